//! Round 30 (faults30): a definition whose answer is a one-word head before a Dutch "dat"
//! relative clause ("Oorspronkelijk is een telescoop een instrument dat gebruikt wordt voor
//! zichtbaar licht" gave "Wat is een telescoop oorspronkelijk? → instrument").

use super::Rule;
use super::tests::cards;
use crate::generate::lang::{DUTCH, ENGLISH};

/// The Definition cards of `text`: (front, back).
fn definitions(
    lang: &'static dyn crate::generate::lang::Language,
    text: &str,
) -> Vec<(String, String)> {
    cards(lang, text)
        .into_iter()
        .filter(|(r, _, _)| *r == Rule::Definition)
        .map(|(_, f, b)| (f, b))
        .collect()
}

#[test]
fn a_head_before_a_dutch_relative_clause_it_cannot_keep_is_no_answer() {
    // the clause goes on past its verbs: "instrument" alone, or a clause cut short
    for text in [
        "Een kijker is een instrument dat gebruikt wordt voor zichtbaar licht.",
        "Aardappelziekte is een plantenziekte die veroorzaakt wordt door een oömyceet.",
    ] {
        let d = definitions(&DUTCH, text);
        assert!(d.is_empty(), "{text}: {d:?}");
    }
    // an auxiliary and then its participle: the clause is not cut between them
    let d = definitions(
        &DUTCH,
        "Het oor is een orgaan waarmee geluidsgolven worden opgevangen om door de hersenen als \
         geluid te worden ervaren.",
    );
    assert!(!d.iter().any(|(_, b)| b.ends_with("worden")), "{d:?}");
}

#[test]
fn a_head_keeps_a_short_relative_clause_that_ends_on_its_verbs() {
    let d = definitions(&DUTCH, "Een kijker is een instrument dat licht bundelt.");
    assert!(
        d.iter()
            .any(|(f, b)| f == "Wat is een kijker?" && b == "instrument dat licht bundelt"),
        "{d:?}"
    );
    let d = definitions(
        &ENGLISH,
        "A spyglass is an instrument that is used for visible light.",
    );
    assert!(
        d.iter()
            .any(|(f, b)| f == "What is a spyglass?" && b.starts_with("instrument that is used")),
        "{d:?}"
    );
}

/// The Naming cards of `text`: (front, back).
fn namings(
    lang: &'static dyn crate::generate::lang::Language,
    text: &str,
) -> Vec<(String, String)> {
    cards(lang, text)
        .into_iter()
        .filter(|(r, _, _)| *r == Rule::Naming)
        .map(|(_, f, b)| (f, b))
        .collect()
}

#[test]
fn a_name_under_a_condition_is_no_name_of_the_subject() {
    // "Hoe worden instrumenten genoemd? → telescoop" said every instrument is a telescope
    let n = namings(
        &DUTCH,
        "Instrumenten worden ook telescoop genoemd als de techniek verschilt van die van \
         optische telescopen.",
    );
    assert!(n.is_empty(), "{n:?}");
    let n = namings(
        &ENGLISH,
        "The rock is called magma when it is still below the surface.",
    );
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn ook_stays_in_a_naming_question() {
    let n = namings(&DUTCH, "Spiegeltelescopen worden ook reflectoren genoemd.");
    assert!(
        n.iter()
            .any(|(f, b)| f == "Hoe worden spiegeltelescopen ook genoemd?" && b == "reflectoren"),
        "{n:?}"
    );
    // without a condition the name stays
    let n = namings(
        &DUTCH,
        "Spiegeltelescopen worden ook wel reflectoren genoemd.",
    );
    assert!(
        n.iter().any(
            |(f, b)| f == "Hoe worden spiegeltelescopen ook wel genoemd?" && b == "reflectoren"
        ),
        "{n:?}"
    );
    let n = namings(&ENGLISH, "Molten rock below the surface is called magma.");
    assert!(n.iter().any(|(_, b)| b == "magma"), "{n:?}");
}

#[test]
fn a_participle_clause_after_a_comma_is_no_apposition() {
    let c = cards(
        &ENGLISH,
        "A flowstone forms when considerable water flows down walls, over floors and older \
         formations, building up sheets of calcite like icing on a cake.",
    );
    assert!(
        !c.iter()
            .any(|(r, _, b)| *r == Rule::Apposition && b.starts_with("building")),
        "{c:?}"
    );
    // a plural description with an -ing modifier stays one
    let c = cards(
        &ENGLISH,
        "Coral reefs are built by polyps, living animals of the cnidarian group.",
    );
    assert!(
        c.iter().any(|(r, f, b)| *r == Rule::Apposition
            && f == "What are polyps?"
            && b == "living animals of the cnidarian group"),
        "{c:?}"
    );
}
