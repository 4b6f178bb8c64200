//! Round nineteen: parse changes that recur across texts (a Dutch subordinate clause in front
//! without its comma), with positive and negative examples. Written for these tests.

use super::Rule;
use super::tests::{assert_card, cards};
use crate::generate::lang::{DUTCH, ENGLISH, Language};

/// The main clause's (front, finite verb) of the first sentence of `text`.
fn parse(lang: &'static dyn Language, text: &str) -> Option<(Option<String>, String)> {
    super::tests_round18::parse(lang, text).map(|(front, fin, _)| (front, fin))
}

#[test]
fn a_dutch_subordinate_clause_without_its_comma_ends_at_the_main_verb() {
    assert_card(
        &DUTCH,
        "Omdat tijdens de explosie veel massa wordt weggeblazen is de kern zelf lichter.",
        Rule::Reason,
        "Waarom is de kern zelf lichter?",
        "tijdens de explosie veel massa wordt weggeblazen",
    );
    let got = parse(
        &DUTCH,
        "Omdat de kleuren niet verloren gaan worden vlinders al lang verzameld.",
    );
    assert_eq!(
        got,
        Some((
            Some("omdat de kleuren niet verloren gaan".to_string()),
            "worden".to_string()
        ))
    );
    // no run of verbs: no main clause to find, no question
    let no_run = "Omdat de kleuren van de vlinders mooi zijn en lang blijven.";
    assert_eq!(parse(&DUTCH, no_run), None);
    assert!(
        !cards(&DUTCH, no_run)
            .iter()
            .any(|(r, _, _)| *r == Rule::Reason)
    );
    // English puts its comma: without one, no guess
    assert_eq!(
        parse(
            &ENGLISH,
            "Because much mass is blown away the core itself is lighter."
        ),
        None
    );
}
