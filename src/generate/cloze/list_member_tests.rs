//! A list cloze gaps every member it can (round 29): all of a list of six ("…, {{radiation
//! belts}}, and aurorae" left its last member showing), and a member inside a longer word of
//! another answer ("mud" in "mudflows"); a longer list keeps five gaps.

use super::tests::all_clozes;
use crate::generate::lang::{DUTCH, ENGLISH};

#[test]
fn a_list_of_six_gaps_all_its_members() {
    let en = all_clozes(
        &ENGLISH,
        "Diabetes\n\nHigh blood glucose leads to complications such as heart disease, stroke, \
         kidney disease, blindness, dental disease, and amputations.",
    );
    assert!(en.contains("and {{c6::amputations}}"), "{en}");
    let nl = all_clozes(
        &DUTCH,
        "Regenboog\n\nDe regenboog heeft de kleuren rood, oranje, geel, groen, blauw en violet.",
    );
    assert!(nl.contains("en {{c6::violet}}"), "{nl}");
}

#[test]
fn a_list_of_seven_keeps_five_gaps() {
    let en = all_clozes(
        &ENGLISH,
        "Sinkholes\n\nThe most damage tends to occur in Florida, Texas, Alabama, Missouri, \
         Kentucky, Tennessee, and Pennsylvania.",
    );
    assert!(en.contains("{{c5::") && !en.contains("{{c6::"), "{en}");
    let nl = all_clozes(
        &DUTCH,
        "Regenboog\n\nDe regenboog heeft de kleuren rood, oranje, geel, groen, blauw, indigo en \
         violet.",
    );
    assert!(nl.contains("{{c5::") && !nl.contains("{{c6::"), "{nl}");
}

#[test]
fn a_member_inside_a_longer_word_of_another_answer_keeps_its_gap() {
    // "mudflows", the answer of the sentence's naming card, holds no word "mud"; the answer
    // itself, or a word of it, is still no gap
    let gaps = |lang: &'static dyn crate::generate::lang::Language, text: &str, answer: &str| {
        let doc = crate::generate::normalise::normalise(text);
        let s = crate::generate::sentences::sentences(&doc);
        let a = crate::generate::analyse::analyse(&doc, &s, lang);
        (0..a.sents.len())
            .filter_map(|si| super::cloze(&a, si, &[answer.to_string()]).map(|c| c.front))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let en = gaps(
        &ENGLISH,
        "Lahars\n\nLahars (also called debris flows or mudflows) are mixtures of water, rock, \
         sand, and mud that rush down valleys leading away from a volcano.",
        "debris flows or mudflows",
    );
    assert!(en.contains("and {{c4::mud}}"), "{en}");
    assert!(!en.contains("{{c1::debris"), "{en}");
    let nl = gaps(
        &DUTCH,
        "Lahars\n\nLahars (ook modderstromen genoemd) bestaan uit water, gesteente, zand en \
         modder die door dalen stromen.",
        "modderstromen",
    );
    assert!(nl.contains("en {{c4::modder}}"), "{nl}");
    let nl = gaps(
        &DUTCH,
        "Lahars\n\nLahars (ook modderstromen genoemd) bestaan uit water, gesteente, zand en \
         modder die door dalen stromen.",
        "modder en zand",
    );
    assert!(!nl.contains("{{c4::modder}}"), "{nl}");
}

#[test]
fn a_common_word_in_a_list_is_a_member_like_the_others() {
    // round 29: "including children, {{teens}}, …" left "children" showing
    let en = all_clozes(
        &ENGLISH,
        "Hearing\n\nPeople of all ages, including children, teens, young adults, and older \
         people, can develop hearing loss.",
    );
    assert!(
        en.contains("including {{c1::children}}, {{c2::teens}}"),
        "{en}"
    );
    let nl = all_clozes(
        &DUTCH,
        "Algen\n\nDe bloei is schadelijk voor mensen, vissen, schelpdieren en vogels die in \
         de buurt leven.",
    );
    assert!(nl.contains("voor {{c1::mensen}}, {{c2::vissen}}"), "{nl}");
}
