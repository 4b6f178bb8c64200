//! fresh30: faults found in the four texts of that round. Written for these tests.

use super::tests::cards;
use super::{Rule, candidates};
use crate::generate::analyse::analyse;
use crate::generate::check;
use crate::generate::lang::{DUTCH, ENGLISH, Language};
use crate::generate::sentences::sentences;

/// As `tests::cards`, through the document stage that splits a list's items from the
/// sentence that introduces them, as the generator does.
fn doc_cards(lang: &'static dyn Language, text: &str) -> Vec<(Rule, String, String)> {
    let doc =
        crate::generate::document(&format!("Titel van de tekst\n\nOnderwerp\n\n{text}"), lang);
    let s = sentences(&doc);
    let a = analyse(&doc, &s, lang);
    (0..a.sents.len())
        .flat_map(|si| candidates(&a, si))
        .filter(|c| check::refuse(&a, c).is_none())
        .map(|c| (c.rule, c.front, c.back))
        .collect()
}

#[test]
fn a_separable_particle_after_a_measure_is_no_substance() {
    // "legt 60 kilometer af": "af" is the verb's, not what 60 kilometers are of
    let c = cards(&DUTCH, "De rivier legt elk jaar 60 kilometer af.");
    assert!(
        !c.iter().any(|(_, f, _)| f.starts_with("Hoeveel af")),
        "{c:#?}"
    );
    // a noun after the measure is still asked for
    let c = cards(&DUTCH, "Het vat bevat ongeveer 60 liter water.");
    assert!(
        c.iter().any(|(_, f, _)| f.starts_with("Hoeveel water")),
        "{c:#?}"
    );
    let c = cards(&ENGLISH, "The barrel holds about 60 liters of water.");
    assert!(
        c.iter().any(|(_, f, _)| f.starts_with("How much water")),
        "{c:#?}"
    );
}

#[test]
fn an_object_answer_gives_the_separable_particle_back_to_the_verb() {
    let c = cards(&DUTCH, "De rivier legt een lange weg af.");
    assert!(
        c.iter()
            .any(|(_, f, b)| f == "Wat legt de rivier af?" && b == "lange weg"),
        "{c:#?}"
    );
    assert!(!c.iter().any(|(_, _, b)| b.ends_with(" af")), "{c:#?}");
    // a preposition inside the object stays with it; English has no such particle
    let c = cards(&DUTCH, "De rivier legt een lange weg af naar zee.");
    assert!(!c.iter().any(|(_, f, _)| f.ends_with(" af?")), "{c:#?}");
    let c = cards(&ENGLISH, "The river carries sand and silt.");
    assert!(
        c.iter()
            .any(|(_, f, b)| f == "What does the river carry?" && b == "sand and silt"),
        "{c:#?}"
    );
}

#[test]
fn a_list_item_of_a_term_and_its_gloss_defines_the_term() {
    let c = doc_cards(
        &ENGLISH,
        "Tetanus can cause serious health problems, including:\n\n- Laryngospasm (uncontrolled \
         tightening of the vocal cords)\n- Aspiration pneumonia (lung infection from inhaling \
         spit or vomit)\n\nTetanus can lead to death.",
    );
    assert!(
        c.iter().any(|(_, f, b)| f == "What is laryngospasm?"
            && b == "uncontrolled tightening of the vocal cords"),
        "{c:#?}"
    );
    assert!(
        c.iter()
            .any(|(_, f, b)| f == "What is aspiration pneumonia?"
                && b == "lung infection from inhaling spit or vomit"),
        "{c:#?}"
    );
    let c = doc_cards(
        &DUTCH,
        "Tetanus kan ernstige problemen geven, zoals:\n\n- Laryngospasme (onwillekeurig \
         samentrekken van de stembanden)\n- Longontsteking (infectie van de longen door \
         inademen van speeksel)\n\nTetanus kan tot de dood leiden.",
    );
    assert!(
        c.iter().any(|(_, f, b)| f == "Wat is laryngospasme?"
            && b == "onwillekeurig samentrekken van de stembanden"),
        "{c:#?}"
    );
    // inside a sentence such a bracket is a relation, not a gloss; a bracket that does not
    // end the item neither
    let c = doc_cards(
        &ENGLISH,
        "The highlands (the bright areas of the moon) are older than the maria.",
    );
    assert!(
        !c.iter().any(|(_, f, _)| f == "What are the highlands?"),
        "{c:#?}"
    );
    let c = doc_cards(
        &DUTCH,
        "De hooglanden (de lichte delen van de maan) zijn ouder dan de zeeën.",
    );
    assert!(
        !c.iter()
            .any(|(_, f, _)| f == "Wat zijn de hooglanden?" || f == "Wat is de hooglanden?"),
        "{c:#?}"
    );
}
