//! Round 29c (faults29c): a subject that ends in a relative pronoun is the relative clause's
//! subject, not the sentence's ("Een telescoop die bestaat uit twee positieve lenzen, keert
//! het beeld om" gave "Uit hoeveel positieve lenzen bestaat een telescoop die, keert het beeld
//! om?"), and such a clause says nothing of every one of its kind ("Uit hoeveel positieve
//! lenzen bestaat een telescoop?").

use super::tests::cards;
use crate::generate::lang::{DUTCH, ENGLISH, Language};

#[test]
fn no_question_takes_a_relative_pronoun_as_the_end_of_its_subject() {
    for (lang, text) in [
        (
            &DUTCH as &'static dyn Language,
            "Een telescoop die bestaat uit twee positieve lenzen, keert het beeld om.",
        ),
        (
            &ENGLISH,
            "A telescope which consists of two positive lenses, flips the image upside down.",
        ),
    ] {
        let c = cards(lang, text);
        assert!(
            !c.iter().any(|(_, f, _)| f.contains(" die,")
                || f.contains(" die?")
                || f.contains(" which,")
                || f.contains(" which?")
                || f.contains("die bestaat")
                || f.contains("telescoop die")
                || f.contains("telescope which")
                // nor says of every telescope what the clause says of some
                || f.ends_with("bestaat een telescoop?")
                || f.contains("a telescope consist")),
            "{c:#?}"
        );
    }
}

#[test]
fn a_relative_clause_with_its_own_verb_keeps_the_subject() {
    let c = cards(
        &DUTCH,
        "Het grootste dier dat ooit heeft geleefd is de blauwe vinvis.",
    );
    assert!(
        c.iter()
            .any(|(_, f, _)| f == "Wat is het grootste dier dat ooit heeft geleefd?"),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "The largest animal that has ever lived is the blue whale.",
    );
    assert!(
        c.iter()
            .any(|(_, f, _)| f == "What is the largest animal that has ever lived?"),
        "{c:#?}"
    );
}
