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
