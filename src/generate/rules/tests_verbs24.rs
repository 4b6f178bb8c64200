//! Round twenty-four (verbs24): a verb outside the tables, found by its place, still makes
//! the question a modal asks. Written for these tests.

use super::Rule;
use super::tests::{assert_card, cards};
use crate::generate::lang::ENGLISH;

#[test]
fn a_verb_after_a_modal_found_by_its_place_still_takes_an_object() {
    // "relieve" is in no table; the tagger marks it a verb after "can" (round 24)
    assert_card(
        &ENGLISH,
        "Nasal sprays can relieve symptoms.",
        Rule::Object,
        "What can nasal sprays relieve?",
        "symptoms",
    );
    // a listed intransitive verb after the modal still makes no object question
    let c = cards(&ENGLISH, "Tsunamis can occur in lakes.");
    assert!(!c.iter().any(|(r, _, _)| *r == Rule::Object), "{c:#?}");
}
