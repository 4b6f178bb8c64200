//! Round twenty-seven: facts inside relative and subordinate clauses (issue 3): a trailing
//! "when"/"wanneer" clause after a verb group, and in a relative clause. Written for these
//! tests.

use super::Rule;
use super::tests::{asks, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

fn asks_when(c: &[(Rule, String, String)]) -> bool {
    c.iter()
        .any(|(_, f, _)| f.starts_with("When ") || f.starts_with("Wanneer "))
}

#[test]
fn a_when_clause_after_a_modal_verb_group_is_asked() {
    let c = cards(
        &DUTCH,
        "Uilen kunnen grote legsels krijgen wanneer voedsel overvloedig is.",
    );
    assert!(
        asks(
            &c,
            "Wanneer kunnen uilen grote legsels krijgen?",
            "wanneer voedsel overvloedig is"
        ),
        "{c:#?}"
    );
    let c = cards(&ENGLISH, "Loud sounds can be harmful when they last long.");
    assert!(
        asks(
            &c,
            "When can loud sounds be harmful?",
            "when they last long"
        ),
        "{c:#?}"
    );
}

#[test]
fn a_when_clause_after_a_noun_with_an_article_is_not_asked() {
    // the clause may be about the noun ("the day when …"), not about the event
    let c = cards(
        &ENGLISH,
        "Older residents can still remember the day when the volcano erupted.",
    );
    assert!(!asks_when(&c), "{c:#?}");
    let c = cards(
        &DUTCH,
        "Oudere bewoners kunnen zich de dag herinneren wanneer de vulkaan uitbarstte.",
    );
    assert!(!asks_when(&c), "{c:#?}");
}

#[test]
fn a_relative_clause_keeps_its_when_clause() {
    let c = cards(
        &DUTCH,
        "Bijzonnen zijn lichtvlekken naast de zon, die kunnen worden waargenomen wanneer de zon door ijskristallen schijnt.",
    );
    assert!(
        asks(
            &c,
            "Wanneer kunnen lichtvlekken naast de zon worden waargenomen?",
            "wanneer de zon door ijskristallen schijnt"
        ) || asks(
            &c,
            "Wanneer kunnen bijzonnen worden waargenomen?",
            "wanneer de zon door ijskristallen schijnt"
        ),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "Owls are nomadic birds that can lay large clutches when food is plentiful.",
    );
    assert!(
        asks(
            &c,
            "When can owls lay large clutches?",
            "when food is plentiful"
        ),
        "{c:#?}"
    );
}

#[test]
fn a_relative_clause_with_a_when_clause_on_its_object_asks_no_time() {
    let c = cards(
        &ENGLISH,
        "Owls are nomadic birds that remember the years when food was plentiful.",
    );
    assert!(!asks_when(&c), "{c:#?}");
    let c = cards(
        &DUTCH,
        "Uilen zijn vogels die de jaren onthouden wanneer voedsel overvloedig was.",
    );
    assert!(!asks_when(&c), "{c:#?}");
}

#[test]
fn a_relative_clause_on_a_predicate_with_an_adjective_series_states_a_fact() {
    let c = cards(
        &DUTCH,
        "Uilen zijn nomadische, opportunistische broedvogels die grote legsels kunnen krijgen wanneer voedsel overvloedig is.",
    );
    assert!(
        asks(
            &c,
            "Wanneer kunnen uilen grote legsels krijgen?",
            "wanneer voedsel overvloedig is"
        ),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "Owls are nomadic, opportunistic birds that can lay large clutches when food is plentiful.",
    );
    assert!(
        asks(
            &c,
            "When can owls lay large clutches?",
            "when food is plentiful"
        ),
        "{c:#?}"
    );
}

#[test]
fn a_comma_before_a_new_clause_keeps_the_relative_off_the_main_subject() {
    let c = cards(
        &ENGLISH,
        "Tides are long, slow waves, and storms that hit the coast can cause floods.",
    );
    assert!(
        c.iter()
            .all(|(_, f, b)| !f.contains("tides") && !b.contains("tides") && !f.contains("Tides")),
        "{c:#?}"
    );
    let c = cards(
        &DUTCH,
        "Uilen zijn stille, geduldige jagers, en vogels die overdag jagen zijn zeldzaam.",
    );
    assert!(
        c.iter()
            .all(|(_, f, _)| !f.contains("uilen overdag") && !f.contains("Uilen jagen")),
        "{c:#?}"
    );
}
