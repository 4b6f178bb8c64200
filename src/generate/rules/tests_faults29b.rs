//! Wrong cards of the round-29 fresh texts (faults29b). The examples are written for these
//! tests.

use super::tests::{asks, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

#[test]
fn a_measure_after_the_copula_is_asked_as_a_measure_not_a_definition() {
    let c = cards(
        &DUTCH,
        "Volwassen egels zijn 20–30 cm lang en wegen ongeveer 1 kilo.",
    );
    assert!(
        asks(&c, "Hoe lang zijn volwassen egels?", "20–30 cm"),
        "{c:#?}"
    );
    assert!(
        !c.iter().any(|(_, f, _)| f == "Wat zijn volwassen egels?"),
        "{c:#?}"
    );
    let c = cards(&DUTCH, "De pupil is ongeveer 4 mm in diameter.");
    assert!(
        asks(&c, "Hoe groot is de diameter van de pupil?", "4 mm"),
        "{c:#?}"
    );
    assert!(!c.iter().any(|(_, f, _)| f == "Wat is de pupil?"), "{c:#?}");
    let c = cards(&ENGLISH, "An adult hedgehog is 20-30 cm long.");
    assert!(
        asks(&c, "How long is an adult hedgehog?", "20-30 cm"),
        "{c:#?}"
    );
    let c = cards(&ENGLISH, "The pupil is about 4 mm in diameter.");
    assert!(
        asks(&c, "What is the diameter of the pupil?", "4 mm"),
        "{c:#?}"
    );
    assert!(
        !c.iter().any(|(_, f, _)| f == "What is the pupil?"),
        "{c:#?}"
    );
}

#[test]
fn a_number_that_is_no_measure_still_defines() {
    // a count of things after the copula is no measure: the definition stays
    let c = cards(&DUTCH, "De nieren zijn twee organen in de buikholte.");
    assert!(
        asks(&c, "Wat zijn de nieren?", "twee organen in de buikholte"),
        "{c:#?}"
    );
    let c = cards(&ENGLISH, "The kidneys are two organs in the abdomen.");
    assert!(
        c.iter().any(|(_, f, _)| f == "What are the kidneys?"),
        "{c:#?}"
    );
}

fn wh_place(c: &[(super::Rule, String, String)]) -> Vec<&String> {
    c.iter()
        .filter(|(_, f, _)| f.starts_with("Where") || f.starts_with("Waar "))
        .map(|(_, f, _)| f)
        .collect()
}

#[test]
fn a_superlatives_comparison_set_is_no_place() {
    let c = cards(
        &ENGLISH,
        "Mercury has the shortest year in the solar system.",
    );
    assert!(wh_place(&c).is_empty(), "{c:#?}");
    let c = cards(
        &ENGLISH,
        "The peacock has the most colourful tail in the bird world.",
    );
    assert!(wh_place(&c).is_empty(), "{c:#?}");
    let c = cards(
        &DUTCH,
        "De blauwe vinvis heeft het grootste hart in het dierenrijk.",
    );
    assert!(wh_place(&c).is_empty(), "{c:#?}");
}

#[test]
fn a_place_after_a_plain_object_is_still_asked() {
    let c = cards(&ENGLISH, "Most ant species build their nests in the soil.");
    assert!(
        asks(
            &c,
            "Where do most ant species build their nests?",
            "in the soil"
        ),
        "{c:#?}"
    );
    let c = cards(&DUTCH, "De meeste mieren bouwen hun nesten in de bodem.");
    assert!(
        asks(
            &c,
            "Waar bouwen de meeste mieren hun nesten?",
            "in de bodem"
        ),
        "{c:#?}"
    );
}

#[test]
fn plaats_of_plaatsvinden_is_no_noun_before_a_bracketed_term() {
    let c = cards(
        &DUTCH,
        "De bevruchting vindt plaats in de eileider (tuba), een dunne buis.",
    );
    assert!(!c.iter().any(|(_, f, _)| f.contains("plaats in")), "{c:#?}");
    let c = cards(
        &ENGLISH,
        "Fertilisation takes place in the oviduct (tuba), a thin tube.",
    );
    assert!(!c.iter().any(|(_, f, _)| f.contains("place in")), "{c:#?}");
    // a real noun before the preposition is still named
    let c = cards(
        &DUTCH,
        "Hartfalen kan leiden tot vocht in de longen (longoedeem) bij oudere patiënten.",
    );
    assert!(
        asks(&c, "Hoe heet vocht in de longen?", "longoedeem"),
        "{c:#?}"
    );
}

#[test]
fn an_adverb_in_lijk_before_the_verb_is_no_subject() {
    let c = cards(
        &DUTCH,
        "Oorspronkelijk is een microscoop een instrument voor kleine dingen.",
    );
    assert!(
        !c.iter().any(|(_, f, _)| f == "Wat is oorspronkelijk?"),
        "{c:#?}"
    );
    assert!(
        asks(
            &c,
            "Wat is een microscoop oorspronkelijk?",
            "instrument voor kleine dingen"
        ),
        "{c:#?}"
    );
    // a relative clause on the predicate keeps the adverb in its statement
    let c = cards(
        &DUTCH,
        "Oorspronkelijk is een microscoop een instrument dat gebruikt wordt voor kleine dingen.",
    );
    assert!(
        asks(
            &c,
            "Waarvoor wordt een microscoop oorspronkelijk gebruikt?",
            "kleine dingen"
        ),
        "{c:#?}"
    );
    let c = cards(
        &DUTCH,
        "Abusievelijk is de uitvinder ook wel aangeduid als Janssen.",
    );
    assert!(
        !c.iter().any(|(_, f, _)| f == "Wat is abusievelijk?"),
        "{c:#?}"
    );
    // English: "Originally, a microscope was …" keeps its comma; the subject stays
    let c = cards(
        &ENGLISH,
        "Originally, a microscope was an instrument for small things.",
    );
    assert!(
        !c.iter().any(|(_, f, _)| f == "What is originally?"),
        "{c:#?}"
    );
}
