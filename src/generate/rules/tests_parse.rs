//! Round 15: the parse in front of the rules — fronted phrases of time, adjectives joined by
//! a comma, abbreviations inside a subject, participles used as adjectives, weak verbs —
//! seen through the cards they give. The examples are written for these tests.

use super::Rule;
use super::tests::{assert_card, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

#[test]
fn a_fronted_phrase_of_time_is_no_subject() {
    assert_card(
        &ENGLISH,
        "Every night, the liver stores glycogen for the morning.",
        Rule::Subject,
        "What stores glycogen for the morning every night?",
        "liver",
    );
    // "every" opening the subject itself stays in the subject
    assert_card(
        &ENGLISH,
        "Every cell contains a copy of the genome.",
        Rule::Object,
        "What does every cell contain?",
        "copy of the genome",
    );
}

#[test]
fn but_before_a_fronted_phrase_goes() {
    let c = cards(
        &ENGLISH,
        "But in dry years, the desert locust destroys crops across whole regions of Africa.",
    );
    assert!(
        !c.iter()
            .any(|(_, f, b)| f.to_lowercase().contains("but in") || b.contains("but in")),
        "{c:#?}"
    );
}

#[test]
fn adjectives_joined_by_a_comma_stay_in_the_subject() {
    assert_card(
        &ENGLISH,
        "Cold, dense seawater sinks to the bottom of the ocean near Greenland.",
        Rule::Subject,
        "What sinks to the bottom of the ocean near Greenland?",
        "cold dense seawater",
    );
    // a list or an apposition keeps its comma: the list is the subject
    assert_card(
        &ENGLISH,
        "Iron, zinc and copper support the immune system.",
        Rule::Subject,
        "What supports the immune system?",
        "iron, zinc and copper",
    );
}

#[test]
fn an_abbreviation_does_not_end_the_subject() {
    assert_card(
        &ENGLISH,
        "Engineers at the U.S. Army Corps of Engineers maintain the levees along the river.",
        Rule::Subject,
        "Who maintains the levees along the river?",
        "Engineers at the U.S. Army Corps of Engineers",
    );
}

#[test]
fn who_and_what_ask_with_the_singular() {
    let c = cards(
        &ENGLISH,
        "Geologists at the national survey map faults with satellite radar.",
    );
    assert!(
        c.iter().all(|(_, f, _)| !f.starts_with("Who map ")),
        "{c:#?}"
    );
    // Dutch keeps its plural
    assert_card(
        &DUTCH,
        "Onderzoekers uit Leiden ontdekten het eiwit in 1998.",
        Rule::Subject,
        "Wie ontdekten het eiwit in 1998?",
        "onderzoekers uit Leiden",
    );
}

#[test]
fn a_participle_after_a_preposition_is_no_verb() {
    let c = cards(
        &ENGLISH,
        "Rabies, passed on by the bite of infected animals, kills about 59,000 people a year.",
    );
    assert!(!c.iter().any(|(_, f, _)| f.contains("infect")), "{c:#?}");
}

#[test]
fn a_subject_answer_does_not_open_with_a_possessive() {
    let c = cards(
        &ENGLISH,
        "When people with the disease eat gluten, their immune system damages the lining of the gut.",
    );
    assert!(
        !c.iter()
            .any(|(r, _, b)| *r == Rule::Subject && b.starts_with("their ")),
        "{c:#?}"
    );
}

#[test]
fn a_weak_verb_is_the_verb_only_where_the_clause_has_none() {
    assert_card(
        &ENGLISH,
        "Many lizards change colour within seconds.",
        Rule::Object,
        "What do many lizards change within seconds?",
        "colour",
    );
    // "changes" and "attacks" are nouns where a verb of the table follows
    assert_card(
        &ENGLISH,
        "Rapid changes in temperature harm coral reefs.",
        Rule::Object,
        "What do rapid changes in temperature harm?",
        "coral reefs",
    );
    let c = cards(&ENGLISH, "Heart attacks kill many people in Europe.");
    assert!(
        !c.iter()
            .any(|(_, f, b)| f.contains("heart attack") && b.contains("many")
                || b.eq_ignore_ascii_case("heart")),
        "{c:#?}"
    );
}

#[test]
fn a_fronted_regardless_phrase_and_paired_comparatives_are_no_subject() {
    let c = cards(
        &ENGLISH,
        "Regardless of how it might change your plans, one rule is clear: storms need warm water.",
    );
    assert!(
        !c.iter().any(|(_, _, b)| b.contains("regardless")),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "The warmer the ocean, the stronger the storms that it feeds become.",
    );
    assert!(
        !c.iter()
            .any(|(r, ..)| matches!(r, Rule::Subject | Rule::Object)),
        "{c:#?}"
    );
}

#[test]
fn our_body_is_no_subject_answer() {
    let c = cards(
        &ENGLISH,
        "Our muscles can grow stiff and even tear after a long flight.",
    );
    assert!(
        !c.iter()
            .any(|(r, _, b)| *r == Rule::Subject && b.starts_with("our ")),
        "{c:#?}"
    );
}

#[test]
fn a_dutch_role_is_asked_as_a_role() {
    assert_card(
        &DUTCH,
        "Het enzym lipase fungeert als een schaar die vetten in stukjes knipt.",
        Rule::Analogy,
        "Welke rol vervult het enzym lipase?",
        "schaar",
    );
}

#[test]
fn an_agent_of_two_phrases_is_asked_whole() {
    // "by the lava and the sea": both phrases are the answer, none is left in the question
    assert_card(
        &ENGLISH,
        "Volcanic islands are shaped by the lava and the sea.",
        Rule::Agent,
        "What are volcanic islands shaped by?",
        "lava and the sea",
    );
    assert_card(
        &DUTCH,
        "De duinen worden gevormd door de wind en de zee.",
        Rule::Agent,
        "Waardoor worden de duinen gevormd?",
        "wind en de zee",
    );
    // a second clause after "and the …" gives no agent question at all
    let c = cards(
        &ENGLISH,
        "The bridge was damaged by the storm and the river rose quickly.",
    );
    assert!(
        !c.iter()
            .any(|(r, f, _)| *r == Rule::Agent && f.contains("and the")),
        "{c:#?}"
    );
}

#[test]
fn a_bound_on_an_amount_goes_into_the_answer() {
    assert_card(
        &ENGLISH,
        "Most deserts receive less than 250 millimetres of rain in a year.",
        Rule::Amount,
        "How much rain do most deserts receive in a year?",
        "less than 250 millimetres",
    );
    assert_card(
        &DUTCH,
        "De meeste woestijnen krijgen minder dan 250 millimeter regen per jaar.",
        Rule::Amount,
        "Hoeveel regen krijgen de meeste woestijnen per jaar?",
        "minder dan 250 millimeter",
    );
    // "nodig" is what is needed, no substance to count
    let c = cards(
        &DUTCH,
        "De larven hebben minstens twee jaar nodig om zich te ontwikkelen.",
    );
    assert!(
        !c.iter().any(|(_, f, _)| f.starts_with("Hoeveel nodig")),
        "{c:#?}"
    );
}

#[test]
fn a_dutch_verb_after_a_quantifier_or_a_van_phrase_is_found() {
    assert_card(
        &DUTCH,
        "Veel walvissen vertonen complex sociaal gedrag.",
        Rule::Object,
        "Wat vertonen veel walvissen?",
        "complex sociaal gedrag",
    );
    let c = cards(
        &DUTCH,
        "De lichaamslengte van kevers varieert sterk tussen de soorten.",
    );
    assert!(c.iter().any(|(_, f, _)| f.contains("varieert")), "{c:#?}");
}

#[test]
fn a_comma_splice_ends_the_clause() {
    // a new subject and verb after the comma: the question stops at the comma
    assert_card(
        &DUTCH,
        "De rupsen van de meeste vlinders voeden zich met planten, sommige soorten kunnen grote schade aanrichten.",
        Rule::Passive,
        "Waarmee voeden de rupsen van de meeste vlinders zich?",
        "planten",
    );
}

#[test]
fn a_dutch_separable_verb_with_a_preposition_is_asked_with_it() {
    assert_card(
        &DUTCH,
        "De groei van planten hangt af van licht.",
        Rule::Passive,
        "Waarvan hangt de groei van planten af?",
        "licht",
    );
    let c = cards(&DUTCH, "De groei van planten hangt af van licht.");
    assert!(!c.iter().any(|(_, _, b)| b.starts_with("af ")), "{c:#?}");
}

#[test]
fn adjectives_joined_by_a_comma_stay_in_the_subject_answer() {
    assert_card(
        &ENGLISH,
        "The warm, moist air over the lake rises upward from near the surface.",
        Rule::Subject,
        "What rises upward from near the surface?",
        "warm, moist air over the lake",
    );
}
