//! A list cloze gaps every member of a list of six (round 29: "…, {{radiation belts}}, and
//! aurorae" left its last member showing); a longer list keeps five gaps.

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
