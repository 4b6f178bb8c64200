//! Round twenty-five (answer25): an apposition's answer is not cut before the relative
//! clause that says which (`apposition_clause`). Written for these tests.

use super::Rule;
use super::tests::cards;
use crate::generate::lang::{DUTCH, ENGLISH, Language};

/// The apposition cards of `text`, as "front -> back".
fn appositions(lang: &'static dyn Language, text: &str) -> Vec<String> {
    cards(lang, text)
        .into_iter()
        .filter(|(r, ..)| *r == Rule::Apposition)
        .map(|(_, f, b)| format!("{f} -> {b}"))
        .collect()
}

#[test]
fn a_longer_apposition_keeps_its_relative_clause() {
    let c = appositions(
        &ENGLISH,
        "The gut turns starch into glucose, a form of sugar that enters the bloodstream.",
    );
    assert!(
        c.iter()
            .any(|x| x.contains("form of sugar that enters the bloodstream")),
        "{c:#?}"
    );
    let c = appositions(
        &DUTCH,
        "De maag is bedekt door het buikvlies, een dun dubbellaags membraan dat wrijving met andere organen vermindert.",
    );
    assert!(
        c.iter()
            .any(|x| x.contains("membraan dat wrijving met andere organen vermindert")),
        "{c:#?}"
    );
    // Dutch: the clause ends on its verb, before "en" and a second clause
    let c = appositions(
        &DUTCH,
        "Bloedzuigers behoren tot de hirudineeën, een groep van wormen die de zee verlaten hebben en op het land kunnen leven.",
    );
    assert!(
        c.iter()
            .any(|x| x.contains("groep van wormen die de zee verlaten hebben?")),
        "{c:#?}"
    );
}

#[test]
fn an_apposition_clause_that_points_elsewhere_is_not_kept() {
    // a pronoun in the clause: the clause is not taken into the answer
    let c = appositions(
        &ENGLISH,
        "The gut turns starch into glucose, a form of sugar that they burn for energy.",
    );
    assert!(!c.iter().any(|x| x.contains("they")), "{c:#?}");
    let c = appositions(
        &DUTCH,
        "De maag is bedekt door het buikvlies, een dun dubbellaags membraan dat zij beschermt.",
    );
    assert!(!c.iter().any(|x| x.contains("zij")), "{c:#?}");
}
