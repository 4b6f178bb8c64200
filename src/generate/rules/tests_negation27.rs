//! Round twenty-seven (negation27): a negation outside the main clause does not refuse the rules that
//! ask about the main clause's shape (`main_negation`). Written for these tests.

use super::Rule;
use super::tests::{asks, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

fn asks_front(c: &[(Rule, String, String)], front: &str) -> bool {
    c.iter().any(|(_, f, _)| f == front)
}

#[test]
fn a_negation_in_a_clause_after_the_main_verb_leaves_the_kind_question() {
    let c = cards(
        &DUTCH,
        "Een stoommachine heeft een relatief laag rendement, dat wil zeggen dat het deel \
         van de energie niet zo groot is.",
    );
    assert!(
        asks(
            &c,
            "Wat voor rendement heeft een stoommachine?",
            "relatief laag"
        ),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "The planet has a very thin atmosphere, which does not protect the surface from radiation.",
    );
    assert!(
        asks(
            &c,
            "What kind of atmosphere does the planet have?",
            "very thin"
        ),
        "{c:#?}"
    );
}

#[test]
fn a_negation_in_brackets_or_not_only_leaves_the_main_clause() {
    let c = cards(
        &DUTCH,
        "Spechten hebben zygodactylische poten (niet alle vogels hebben die).",
    );
    assert!(
        asks(
            &c,
            "Wat voor poten hebben spechten?",
            "zygodactylische poten"
        ),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "The planet has a very thin atmosphere, not only at the poles but also at the equator.",
    );
    assert!(
        asks(
            &c,
            "What kind of atmosphere does the planet have?",
            "very thin"
        ),
        "{c:#?}"
    );
}

#[test]
fn a_negated_main_verb_still_asks_no_kind() {
    let c = cards(
        &DUTCH,
        "Een stoommachine heeft geen laag rendement, dat wil zeggen dat het deel groot is.",
    );
    assert!(
        !asks_front(&c, "Wat voor rendement heeft een stoommachine?"),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "While Venus is hot, the planet does not have a very thin atmosphere.",
    );
    assert!(
        !asks_front(&c, "What kind of atmosphere does the planet have?"),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "The planet has a very thin atmosphere, but Venus does not have one.",
    );
    assert!(
        !asks_front(&c, "What kind of atmosphere does the planet have?"),
        "{c:#?}"
    );
}

#[test]
fn a_comma_after_the_noun_is_no_comma_of_the_series() {
    let c = cards(
        &DUTCH,
        "Uilen hebben een rond, afgeplat gezicht, dat naar voren gericht is.",
    );
    assert!(
        asks(
            &c,
            "Wat voor gezicht hebben uilen?",
            "rond, afgeplat gezicht"
        ),
        "{c:#?}"
    );
}
