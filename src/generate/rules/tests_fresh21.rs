//! fresh21: an answer that is a kind word alone ("condition", "stoffen") points back at what
//! the sentence named elsewhere; it is refused (`check::refuse`). Written for these tests.

use super::Rule;
use super::tests::{assert_card, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

fn no_back(lang: &'static dyn crate::generate::lang::Language, text: &str, back: &str) {
    let c = cards(lang, text);
    assert!(!c.iter().any(|(_, _, b)| b == back), "{text}: {c:#?}");
}

#[test]
fn a_kind_word_alone_is_no_answer() {
    no_back(
        &ENGLISH,
        "Asthma is a chronic (long-term) condition that affects the airways in the lungs.",
        "condition",
    );
    no_back(
        &ENGLISH,
        "Younger people develop the disease; however, if they do, the disease tends to be worse.",
        "disease",
    );
}

#[test]
fn een_soortwoord_alleen_is_geen_antwoord() {
    no_back(
        &DUTCH,
        "Gal bevat stoffen die vet tot heel kleine vetdruppels in een waterige oplossing kunnen verdelen.",
        "stoffen",
    );
}

#[test]
fn a_kind_word_with_its_modifier_stays_an_answer() {
    assert_card(
        &ENGLISH,
        "Asthma is a chronic lung condition.",
        Rule::Definition,
        "What is asthma?",
        "chronic lung condition",
    );
    assert_card(
        &DUTCH,
        "Gal bevat galzouten.",
        Rule::Object,
        "Wat bevat gal?",
        "galzouten",
    );
}

// An apposition whose description names a class, not its anchor (fresh21).

#[test]
fn a_short_description_with_a_phrase_asks_the_anchor() {
    assert_card(
        &ENGLISH,
        "Gout happens when urate, a substance in your body, builds up and forms crystals in your joints.",
        Rule::Apposition,
        "What is urate?",
        "substance in your body",
    );
    no_back(
        &ENGLISH,
        "Gout happens when urate, a substance in your body, builds up and forms crystals in your joints.",
        "urate",
    );
}

#[test]
fn a_description_that_singles_out_is_still_asked() {
    assert_card(
        &ENGLISH,
        "The pancreas, an organ located behind the stomach, makes insulin.",
        Rule::Apposition,
        "What is an organ located behind the stomach?",
        "pancreas",
    );
    assert_card(
        &DUTCH,
        "De walvishaai, de grootste vis ter wereld, eet plankton.",
        Rule::Apposition,
        "Wat is de grootste vis ter wereld?",
        "walvishaai",
    );
}

#[test]
fn een_waarbij_zin_hoort_bij_de_beschrijving() {
    let fata = "Een luchtspiegeling ontstaat door temperatuurinversie, een verschijnsel waarbij er grote temperatuurverschillen bestaan tussen verschillende luchtlagen.";
    assert_card(
        &DUTCH,
        fata,
        Rule::Apposition,
        "Wat is een verschijnsel waarbij er grote temperatuurverschillen bestaan tussen verschillende luchtlagen?",
        "temperatuurinversie",
    );
    let c = cards(&DUTCH, fata);
    assert!(
        !c.iter().any(|(_, f, _)| f == "Wat is een verschijnsel?"),
        "{c:#?}"
    );
}

#[test]
fn een_beschrijving_van_een_bijvoeglijk_woord_vraagt_niets() {
    let hart = "Als eerste het viscerale pericard - de binnenste, dunne laag van het dubbelvlies, dat direct om het hart zit en ermee vergroeid is.";
    let c = cards(&DUTCH, hart);
    assert!(
        !c.iter().any(|(_, f, _)| f == "Wat is de binnenste?"),
        "{c:#?}"
    );
}

// A frequency or time adverb before the subject, with no comma (fresh21).

#[test]
fn a_leading_frequency_adverb_is_no_part_of_the_subject() {
    assert_card(
        &ENGLISH,
        "Sometimes the calcite speleothems have pastel and earth colors.",
        Rule::Object,
        "What do the calcite speleothems have?",
        "pastel and earth colors",
    );
    let c = cards(
        &ENGLISH,
        "Even today, it is frequently called the Red Planet because iron minerals in the dirt oxidize.",
    );
    assert!(
        !c.iter()
            .any(|(_, f, _)| f.to_lowercase().contains("even today")),
        "{c:#?}"
    );
}

#[test]
fn an_adverb_before_a_participle_stays() {
    let c = cards(
        &ENGLISH,
        "Often cited studies show that adequate sleep protects the heart.",
    );
    assert!(
        !c.iter().any(|(_, f, _)| f.starts_with("What do cited")),
        "{c:#?}"
    );
    // (Dutch puts the verb second after such an adverb, "Soms hebben …": the subject never
    // starts with it, and the change is English only)
}
