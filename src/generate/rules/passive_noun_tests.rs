//! `passive_pp` and a Dutch plural noun that looks like a participle (round 30, parse30):
//! "de periodieke wind in tropische gebieden" read "gebieden" (ge- … -en) as a participle
//! and asked "Waarin is de moesson de periodieke wind gebieden?" → "tropische". English
//! has no such form ("regions" is no participle). Examples written for the tests.

use crate::generate::lang::DUTCH;
use crate::generate::rules::tests::{asks, cards};

#[test]
fn a_noun_after_an_adjective_is_no_participle() {
    let c = cards(
        &DUTCH,
        "De passaat is de constante wind in tropische gebieden die uit het oosten waait.",
    );
    assert!(!c.iter().any(|(_, _, b)| b == "tropische"), "{c:#?}");
}

#[test]
fn a_participle_after_its_adverb_still_asks_where() {
    let c = cards(
        &DUTCH,
        "Menachinon wordt voornamelijk aangetroffen in gefermenteerde producten.",
    );
    assert!(
        asks(
            &c,
            "Waarin wordt menachinon voornamelijk aangetroffen?",
            "gefermenteerde producten"
        ),
        "{c:#?}"
    );
}
