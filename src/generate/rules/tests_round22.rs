//! Round twenty-two: a definition's answer keeps the whole description a teacher asks for.
//! Written for these tests.

use super::Rule;
use super::tests::{assert_card, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

#[test]
fn a_chain_of_comma_joined_adjectives_is_one_phrase() {
    assert_card(
        &ENGLISH,
        "A desert is a dry, hot, barren region.",
        Rule::Definition,
        "What is a desert?",
        "dry, hot, barren region",
    );
    assert_card(
        &DUTCH,
        "Een woestijn is een droog, warm, kaal gebied.",
        Rule::Definition,
        "Wat is een woestijn?",
        "droog, warm, kaal gebied",
    );
}

#[test]
fn a_chain_that_ends_in_a_list_or_a_name_is_no_phrase() {
    // a chain that does not go on to its noun is no phrase: the answer ends at the comma
    let c = cards(&ENGLISH, "A desert is a dry, hot, in summer.");
    assert!(
        !c.iter()
            .any(|(r, _, b)| *r == Rule::Definition && b.contains("dry, hot")),
        "{c:#?}"
    );
    // a capitalised word after the comma is a name, no adjective of the phrase
    let c = cards(&DUTCH, "De stad is een oud, rustig, Hollands stadje.");
    assert!(
        !c.iter()
            .any(|(r, _, b)| *r == Rule::Definition && b.contains("rustig, Hollands")),
        "{c:#?}"
    );
}
