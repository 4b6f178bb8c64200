//! Round twenty: within one sentence, the span a teacher asks (an object question after a
//! fronted phrase), with positive and negative examples. Written for these tests.

use super::Rule;
use super::tests::{assert_card, cards};
use crate::generate::lang::ENGLISH;

#[test]
fn a_fronted_phrase_before_a_plain_subject_keeps_the_object_question() {
    assert_card(
        &ENGLISH,
        "Over time, high blood glucose damages nerves and blood vessels.",
        Rule::Object,
        "What does high blood glucose damage?",
        "nerves and blood vessels",
    );
    assert_card(
        &ENGLISH,
        "In autoimmune diseases, the immune system attacks the body's own cells.",
        Rule::Object,
        "What does the immune system attack?",
        "body's own cells",
    );
}

#[test]
fn no_object_question_after_a_front_that_is_no_phrase_or_a_subject_cut_from_one() {
    let no_object = |text: &str| {
        let c = cards(&ENGLISH, text);
        assert!(
            !c.iter().any(|(r, _, _)| *r == Rule::Object),
            "{text}: {c:#?}"
        );
    };
    // a subject that opens on "as": parsed out of a longer front
    no_object("In LADA, as in type 1 diabetes, the body's immune system destroys the beta cells.");
    // a front that opens on a participle or a conjunction
    no_object("Depending on their size, kidney stones take days to weeks to pass.");
    no_object("But in asthma, the symptoms often follow a pattern:");
}
