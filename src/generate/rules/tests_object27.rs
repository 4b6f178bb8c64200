//! Round twenty-seven: facts whose answer is the object of a content verb (issue 3).
//! Written for these tests.

use super::Rule;
use super::tests::cards;
use crate::generate::lang::{DUTCH, ENGLISH};

fn asks(c: &[(Rule, String, String)], front: &str, back: &str) -> bool {
    c.iter().any(|(_, f, b)| f == front && b == back)
}

#[test]
fn a_second_predicate_after_but_is_a_statement_of_its_own() {
    let c = cards(
        &ENGLISH,
        "Kidney stones are often painless but can block the flow of urine.",
    );
    assert!(
        asks(&c, "What can kidney stones block?", "flow of urine"),
        "{c:#?}"
    );
    let c = cards(
        &DUTCH,
        "Nierstenen zijn vaak pijnloos maar kunnen de urinestroom blokkeren.",
    );
    assert!(
        asks(&c, "Wat kunnen nierstenen blokkeren?", "urinestroom"),
        "{c:#?}"
    );
}

#[test]
fn an_adverb_may_open_the_second_predicate() {
    let c = cards(
        &ENGLISH,
        "Broken bones can be painful and sometimes need surgery to heal.",
    );
    assert!(
        asks(&c, "What do broken bones need to heal?", "surgery"),
        "{c:#?}"
    );
}

#[test]
fn but_after_a_comma_or_before_a_new_subject_gives_no_statement() {
    // "but" after a comma opens a clause of its own: no second predicate of the subject
    let c = cards(
        &ENGLISH,
        "There is no cure for asthma, but treatment can help you manage it.",
    );
    assert!(
        c.iter().all(|(_, f, _)| !f.contains("asthma help")),
        "{c:#?}"
    );
    // a subject after "maar" is a clause of its own, not a predicate of the main subject
    let c = cards(
        &DUTCH,
        "Zeesterren leven in zee maar sommige soorten leven in brak water.",
    );
    assert!(
        c.iter().all(|(_, f, _)| !f.contains("zeesterren sommige")
            && !f.contains("Zeesterren sommige")),
        "{c:#?}"
    );
}
