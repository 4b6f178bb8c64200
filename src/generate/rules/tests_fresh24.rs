//! fresh24: faults found in the four texts of that round that recur in the tuning set.
//! Written for these tests.

use super::Rule;
use super::tests::{assert_card, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

/// A place card whose question keeps the rest of a coordination ("… en Tasmanië?").
fn place_with_conjunct_left(c: &[(Rule, String, String)], left: &str) -> bool {
    c.iter()
        .any(|(r, f, _)| *r == Rule::Agent && f.contains(left))
}

#[test]
fn one_name_of_a_coordination_is_no_place_answer() {
    let c = cards(
        &DUTCH,
        "Families met een beperkte verspreiding leven in Nieuw-Zeeland en Tasmanië.",
    );
    assert!(!place_with_conjunct_left(&c, "Tasmanië"), "{c:#?}");
    let c = cards(
        &DUTCH,
        "Spechten komen wereldwijd voor, behalve in Australië, Nieuw-Zeeland, Madagaskar en de poolgebieden.",
    );
    assert!(!place_with_conjunct_left(&c, "Madagaskar"), "{c:#?}");
    // English did not show the fault; these guard the same reading there
    let c = cards(
        &ENGLISH,
        "Most of these species live in Australia and New Guinea.",
    );
    assert!(!place_with_conjunct_left(&c, "New Guinea"), "{c:#?}");
    let c = cards(&ENGLISH, "The beetle was found in France, Spain and Italy.");
    assert!(!place_with_conjunct_left(&c, "Italy"), "{c:#?}");
}

#[test]
fn a_single_name_is_still_a_place_answer() {
    assert_card(
        &DUTCH,
        "In Perzië werd een ketting met blauwe glaskralen gevonden.",
        Rule::Agent,
        "Waar werd een ketting met blauwe glaskralen gevonden?",
        "Perzië",
    );
    // a clause that goes on after "and" leaves the name alone
    assert_card(
        &ENGLISH,
        "COPD is a leading cause of death in the United States and causes serious disability.",
        Rule::Agent,
        "Where is COPD a leading cause of death?",
        "United States",
    );
    assert_card(
        &ENGLISH,
        "The oldest fossils were found in Morocco.",
        Rule::Agent,
        "Where were the oldest fossils found?",
        "Morocco",
    );
}
