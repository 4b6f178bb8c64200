//! Round seventeen: sentences that used to give no candidate at all (not even a cloze), with
//! positive and negative examples in Dutch and English. Written for these tests.

use super::Rule;
use super::tests::{assert_card, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

#[test]
fn a_passive_asks_what_it_is_based_on_and_how_it_spreads() {
    assert_card(
        &ENGLISH,
        "The grades are based on exam results.",
        Rule::Passive,
        "What are the grades based on?",
        "exam results",
    );
    assert_card(
        &ENGLISH,
        "Measles is spread through the air when an infected person coughs.",
        Rule::Passive,
        "How is measles spread?",
        "through the air",
    );
    // an active verb is no passive; a participle with nothing after it asks nothing
    for text in [
        "Measles spreads through the air in crowded rooms.",
        "The grades of the students are finally based.",
    ] {
        let c = cards(&ENGLISH, text);
        assert!(
            !c.iter().any(|(r, ..)| *r == Rule::Passive),
            "no Passive expected for {text}: {c:#?}"
        );
    }
    // Dutch "op" was asked before; it still is
    assert_card(
        &DUTCH,
        "De cijfers worden gebaseerd op de examens.",
        Rule::Passive,
        "Waarop worden de cijfers gebaseerd?",
        "examens",
    );
}
