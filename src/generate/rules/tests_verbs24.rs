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

#[test]
fn a_present_verb_the_tables_do_not_know_takes_its_s_after_what() {
    // round 29: "What strain the head or neck?"
    let c = cards(
        &ENGLISH,
        "Tight muscles strain the neck during long drives.",
    );
    assert!(
        c.iter()
            .any(|(_, f, b)| f == "What strains the neck during long drives?"
                && b == "tight muscles"),
        "{c:#?}"
    );
    assert!(
        c.iter().all(|(_, f, _)| !f.starts_with("What strain ")),
        "{c:#?}"
    );
    // a singular subject's verb already has it; a past form has none
    let c = cards(&ENGLISH, "A poor posture strains the neck of many workers.");
    assert!(c.iter().all(|(_, f, _)| !f.contains("strainses")), "{c:#?}");
    let c = cards(&ENGLISH, "Poor postures strained the neck of many workers.");
    assert!(c.iter().all(|(_, f, _)| !f.contains("straineds")), "{c:#?}");
    assert_eq!(super::third_person("carry"), "carries");
    assert_eq!(super::third_person("reach"), "reaches");
    assert_eq!(super::third_person("stay"), "stays");
}
