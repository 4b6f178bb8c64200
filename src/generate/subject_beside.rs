//! A question for its sentence's subject, when the sentence has another card: "What extends
//! upward from about 6 to 30 miles? → stratosphere" beside the cloze "The stratosphere …
//! extends upward from about {{6 to 30 miles}} …", "What breaks down carbohydrates …? →
//! digestive tract" beside the sentence's apposition. The sentence is about its subject,
//! and the other card already asks what it says of it (round 26: in the tuning texts 6 such
//! questions, none held a teacher's fact).
//! A subject with a capital, a digit or a number word ("Anopheles", "William Gregor",
//! "type 1 diabetes", "two spacecraft") is a name or a number to learn, and stays; so does
//! a question that names the subject's kind ("Welke Japanse delicatesse bevat … MK-7? →
//! natto", a teacher's question in the default deck's sources), and one that asks for a
//! cause ("What causes anaemia …?").

use super::analyse::Analysis;
use super::check::norm_joined;
use super::rank::plain_subject;
use super::rules::Candidate;

/// `c` is a subject question for a common noun phrase, and another chosen card has its
/// sentence.
fn subject_beside_card(a: &Analysis, chosen: &[(Candidate, i32)], i: usize) -> bool {
    let c = &chosen[i].0;
    // a subject question that names the subject's kind, holds a number or asks for a cause
    // ("What causes anaemia …? → iron deficiency", the explanation a teacher asks for) stays
    if c.cloze || !plain_subject(a, c, &norm_joined(&c.back)) {
        return false;
    }
    let lex = a.lex();
    let common = !c
        .back
        .chars()
        .any(|ch| ch.is_uppercase() || ch.is_ascii_digit())
        && !c
            .back
            .split_whitespace()
            .any(|w| lex.number_words.contains(&w));
    // the same analysed sentence: a statement split off it (its own clause, "… occur; the
    // lag varies from one location to another") has a subject of its own, another fact
    common
        && chosen
            .iter()
            .enumerate()
            .any(|(j, (o, _))| j != i && o.sent == c.sent)
}

/// The chosen cards without the subject questions that have another card beside them.
pub fn drop_subjects_beside_cards(a: &Analysis, chosen: &mut Vec<(Candidate, i32)>) {
    super::rank::drop_where(chosen, |all, i| subject_beside_card(a, all, i));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::rules::Rule;
    use crate::generate::sentences::sentences;

    fn card(sent: usize, rule: Rule, front: &str, back: &str) -> (Candidate, i32) {
        (Candidate::for_test(sent, rule, front, back), 40)
    }

    fn kept(
        lang: &'static dyn Language,
        text: &str,
        mut chosen: Vec<(Candidate, i32)>,
    ) -> Vec<String> {
        let doc = normalise(text);
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        drop_subjects_beside_cards(&a, &mut chosen);
        chosen.into_iter().map(|(c, _)| c.back).collect()
    }

    #[test]
    fn a_subject_question_beside_another_card_of_its_sentence_is_not_asked() {
        let text = "Lactase breaks down lactose into simpler sugars. Anopheles mosquitoes \
            transmit malaria. The stratosphere extends upward to 30 miles.";
        let lactase = card(0, Rule::Subject, "What breaks down lactose?", "lactase");
        let into = card(
            0,
            Rule::Agent,
            "What does lactase break lactose down into?",
            "simpler sugars",
        );
        let anopheles = card(
            1,
            Rule::Subject,
            "Which mosquitoes transmit malaria?",
            "Anopheles mosquitoes",
        );
        let what = card(
            1,
            Rule::Object,
            "What do Anopheles mosquitoes transmit?",
            "malaria",
        );
        // alone on its sentence, a subject question stays
        let alone = card(
            2,
            Rule::Subject,
            "What extends upward to 30 miles?",
            "stratosphere",
        );
        assert_eq!(
            kept(&ENGLISH, text, vec![lactase, into, anopheles, what, alone]),
            [
                "simpler sugars",
                "Anopheles mosquitoes",
                "malaria",
                "stratosphere"
            ]
        );

        let text = "De galblaas slaat gal op. Twee kamers pompen het bloed rond.";
        let galblaas = card(0, Rule::Subject, "Wat slaat gal op?", "galblaas");
        let cloze = card(0, Rule::Cloze, "De galblaas slaat {{c1::gal}} op.", "gal");
        let twee = card(1, Rule::Subject, "Wat pompt het bloed rond?", "twee kamers");
        let cloze2 = card(
            1,
            Rule::Cloze,
            "Twee kamers pompen het {{c1::bloed}} rond.",
            "bloed",
        );
        assert_eq!(
            kept(&DUTCH, text, vec![galblaas, cloze.clone(), twee, cloze2]),
            ["gal", "twee kamers", "bloed"]
        );
        // a question for a cause stays
        let cause = card(
            0,
            Rule::Subject,
            "Wat veroorzaakt galstenen?",
            "galblaasontsteking",
        );
        let cloze = card(0, Rule::Cloze, "De galblaas slaat {{c1::gal}} op.", "gal");
        assert_eq!(
            kept(&DUTCH, text, vec![cause, cloze.clone()]),
            ["galblaasontsteking", "gal"]
        );
        // a question that names the subject's kind stays
        let typed = Candidate {
            typed: true,
            ..card(0, Rule::Subject, "Welk orgaan slaat gal op?", "galblaas").0
        };
        assert_eq!(
            kept(&DUTCH, text, vec![(typed, 40), cloze]),
            ["galblaas", "gal"]
        );
    }
}
