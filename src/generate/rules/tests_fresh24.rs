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

#[test]
fn a_plural_acronym_in_brackets_is_asked_for() {
    assert_card(
        &ENGLISH,
        "Harmful algal blooms (HABs) occur when algae grow out of control. HABs can close beaches.",
        Rule::Acronym,
        "What does HABs stand for?",
        "Harmful algal blooms",
    );
    assert_card(
        &ENGLISH,
        "The vaccine is made from virus-like particles (VLPs) that cannot cause disease. The VLPs stimulate an immune response.",
        Rule::Acronym,
        "What does VLPs stand for?",
        "virus-like particles",
    );
}

#[test]
fn a_word_with_capitals_and_an_s_is_no_plural_acronym_without_its_expansion() {
    // the letters do not spell the words before the bracket
    let c = cards(&ENGLISH, "Scientists studied the samples (HABs) closely.");
    assert!(!c.iter().any(|(r, _, _)| *r == Rule::Acronym), "{c:#?}");
    // a plural acronym named once in passing is not worth a card
    let c = cards(
        &ENGLISH,
        "The ozone layer was damaged by man-made chemicals like chlorofluorocarbons (CFCs).",
    );
    assert!(!c.iter().any(|(r, _, _)| *r == Rule::Acronym), "{c:#?}");
    // one capital and an s is an ordinary word
    let c = cards(
        &ENGLISH,
        "The letter was signed by the teacher (Ms) herself.",
    );
    assert!(!c.iter().any(|(r, _, _)| *r == Rule::Acronym), "{c:#?}");
    // Dutch keeps its singular acronyms
    assert_card(
        &DUTCH,
        "Het Rijksinstituut voor Volksgezondheid en Milieu (RIVM) meet de luchtkwaliteit.",
        Rule::Acronym,
        "Waar staat RIVM voor?",
        "Rijksinstituut voor Volksgezondheid en Milieu",
    );
}
