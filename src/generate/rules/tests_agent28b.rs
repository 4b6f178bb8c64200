//! Round twenty-eight b: a passive's agent asked with "by"/"door" when more of the clause
//! follows the agent (issue 3). Written for these tests.

use super::Rule;
use super::tests::{asks, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

#[test]
fn a_gerund_agent_keeps_its_own_phrases() {
    // "with soap and clean, running water" belongs to "washing hands", not to "spread"
    let c = cards(
        &ENGLISH,
        "Many diseases and conditions are spread by not washing hands with soap and clean, running water.",
    );
    assert!(
        asks(
            &c,
            "What are many diseases and conditions spread by?",
            "not washing hands with soap and clean, running water"
        ),
        "{c:#?}"
    );
    assert!(c.iter().all(|(_, f, _)| !f.contains("with soap")), "{c:#?}");
    let c = cards(
        &ENGLISH,
        "The infection is spread by eating raw meat from infected animals.",
    );
    assert!(
        asks(
            &c,
            "What is the infection spread by?",
            "eating raw meat from infected animals"
        ),
        "{c:#?}"
    );
    // a noun agent leaves its clause's other phrases in the question, as before
    let c = cards(
        &ENGLISH,
        "The disease is spread by mosquitoes in warm regions.",
    );
    assert!(
        c.iter().all(|(_, _, b)| !b.contains("warm regions")),
        "{c:#?}"
    );
}

#[test]
fn a_phrase_that_points_back_at_the_agent_stays_with_it() {
    // "their" is the Romans': asked without them, "their god of war" names nobody
    let c = cards(
        &ENGLISH,
        "Mars was named by the Romans for their god of war.",
    );
    assert!(
        c.iter()
            .all(|(r, f, _)| *r != Rule::Agent || !f.contains("their")),
        "{c:#?}"
    );
    // the agent is still asked, without the phrase
    assert!(asks(&c, "What was mars named by?", "Romans"), "{c:#?}");
    let c = cards(
        &DUTCH,
        "Mars werd door de Romeinen naar hun oorlogsgod genoemd.",
    );
    assert!(
        c.iter()
            .all(|(r, f, _)| *r != Rule::Agent || !f.contains("hun")),
        "{c:#?}"
    );
    // "its" is the subject's own: the agent is still asked
    let c = cards(
        &ENGLISH,
        "The planet was named by the Romans for its red colour.",
    );
    assert!(
        c.iter()
            .any(|(r, _, b)| *r == Rule::Agent && b.contains("Romans")),
        "{c:#?}"
    );
}

#[test]
fn a_name_is_no_phrase_with_a_preposition() {
    // "named for …": the passive question asks it with its preposition
    let c = cards(
        &ENGLISH,
        "Saturn is named for the Roman god of agriculture.",
    );
    assert!(c.iter().all(|(r, ..)| *r != Rule::Naming), "{c:#?}");
    assert!(
        asks(&c, "What is saturn named for?", "Roman god of agriculture"),
        "{c:#?}"
    );
    let c = cards(
        &DUTCH,
        "Mars werd door de Romeinen naar hun oorlogsgod genoemd.",
    );
    assert!(c.iter().all(|(r, ..)| *r != Rule::Naming), "{c:#?}");
    // a name stays a name
    let c = cards(&ENGLISH, "Large cracks in glaciers are called crevasses.");
    assert!(
        c.iter()
            .any(|(r, _, b)| *r == Rule::Naming && b == "crevasses"),
        "{c:#?}"
    );
    let c = cards(&DUTCH, "Het hartzakje wordt ook wel pericard genoemd.");
    assert!(
        c.iter()
            .any(|(r, _, b)| *r == Rule::Naming && b.contains("pericard")),
        "{c:#?}"
    );
}

#[test]
fn a_reason_after_a_contrast_is_the_second_clauses() {
    let c = cards(
        &ENGLISH,
        "Primary headaches happen on their own, while secondary headaches happen because of some other medical condition.",
    );
    assert!(
        asks(
            &c,
            "Why do secondary headaches happen?",
            "some other medical condition"
        ),
        "{c:#?}"
    );
    assert!(c.iter().all(|(_, f, _)| !f.contains("while")), "{c:#?}");
    let c = cards(
        &ENGLISH,
        "Many urban areas tend to have high levels of ozone, but even rural areas are also subject to increased ozone levels because wind carries ozone hundreds of miles away.",
    );
    assert!(
        asks(
            &c,
            "Why are even rural areas also subject to increased ozone levels?",
            "wind carries ozone hundreds of miles away"
        ),
        "{c:#?}"
    );
    let c = cards(
        &DUTCH,
        "Veel vogels trekken in de winter naar het zuiden, maar mussen blijven in Nederland omdat ze genoeg voedsel vinden.",
    );
    assert!(
        asks(
            &c,
            "Waarom blijven mussen in Nederland?",
            "ze genoeg voedsel vinden"
        ),
        "{c:#?}"
    );
    // a second clause that leans on the first ("dat") makes no question
    let c = cards(
        &DUTCH,
        "De meeste vogels kunnen vliegen, maar pinguïns kunnen dat niet omdat hun vleugels te klein zijn.",
    );
    assert!(c.iter().all(|(r, ..)| *r != Rule::Reason), "{c:#?}");
    // no contrast: the clause's own question, as before
    let c = cards(
        &ENGLISH,
        "Many urban areas have high levels of ozone because traffic produces pollutants.",
    );
    assert!(
        asks(
            &c,
            "Why do many urban areas have high levels of ozone?",
            "traffic produces pollutants"
        ),
        "{c:#?}"
    );
}

#[test]
fn how_far_is_no_object() {
    let c = cards(
        &ENGLISH,
        "A stalactite and stalagmite may meet midway, forming a column.",
    );
    assert!(c.iter().all(|(r, ..)| *r != Rule::Object), "{c:#?}");
    let c = cards(
        &ENGLISH,
        "Some stalactites may grow all the way to the floor of the cave.",
    );
    assert!(c.iter().all(|(r, ..)| *r != Rule::Object), "{c:#?}");
    // an object after the same verbs is asked, as before
    let c = cards(
        &ENGLISH,
        "Dripping water may form large columns of calcite.",
    );
    assert!(
        c.iter()
            .any(|(r, _, b)| *r == Rule::Object && b.contains("columns")),
        "{c:#?}"
    );
}
