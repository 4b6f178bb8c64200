//! A contracted negation ("doesn't", "can't") is a stop word, as "not" and "does" are: no
//! gap holds it (round 28: "Diabetes develops when the {{body doesn't}} make …").

use super::tests::all_clozes;
use crate::generate::lang::ENGLISH;

#[test]
fn a_contracted_negation_is_no_part_of_a_gap() {
    for text in [
        "Diabetes\n\nDiabetes develops when the body doesn't make enough insulin or is not able \
         to use insulin effectively, or both. If the body doesn't respond to insulin, \
         glucose builds up in the blood.",
        "Diabetes\n\nDiabetes develops when the body doesn’t make enough insulin or is not able \
         to use insulin effectively, or both. If the body doesn’t respond to insulin, \
         glucose builds up in the blood.",
    ] {
        let en = all_clozes(&ENGLISH, text);
        assert!(
            !en.contains("doesn't}}") && !en.contains("doesn’t}}"),
            "{en}"
        );
    }
}

#[test]
fn a_sentence_with_a_contracted_negation_keeps_its_other_gaps() {
    let en = all_clozes(
        &ENGLISH,
        "Saturn\n\nSaturn is made up mostly of gas, including hydrogen, helium and methane. \
         Saturn doesn't have a solid surface.",
    );
    assert!(en.contains("doesn't have {{c1::a solid surface}}"), "{en}");
}
