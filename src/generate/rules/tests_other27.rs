//! Round twenty-seven (other27): facts after a colon (issue 3). Written for these tests.

use super::tests::{asks, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

#[test]
fn a_statement_after_a_colon_is_a_statement_of_its_own() {
    let c = cards(
        &DUTCH,
        "Veel walvissen vertonen complex sociaal gedrag: bultruggen en dolfijnen communiceren met elkaar door middel van gezang.",
    );
    assert!(
        asks(
            &c,
            "Hoe communiceren bultruggen en dolfijnen met elkaar?",
            "gezang"
        ),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "Glaciers are always moving: the ice flows downhill under its own weight.",
    );
    assert!(
        asks(&c, "What flows downhill under its own weight?", "ice"),
        "{c:#?}"
    );
}

#[test]
fn a_list_or_a_bare_measure_after_a_colon_gives_no_statement() {
    // the measure noun leans on the first half: "the amount" of what?
    let c = cards(
        &DUTCH,
        "De abundantie van germanium op Aarde is vrij laag: de hoeveelheid in de aardkorst bedraagt 1,4 tot 1,5 ppm.",
    );
    assert!(
        c.iter()
            .all(|(_, f, _)| !f.contains("de hoeveelheid in de aardkorst")),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "The abundance of iodine is low: the amount in the crust is about 0.45 ppm.",
    );
    assert!(
        c.iter()
            .all(|(_, f, _)| !f.contains("the amount in the crust")),
        "{c:#?}"
    );
    // a list after the colon is no clause
    let c = cards(
        &ENGLISH,
        "Anemia has three main causes: blood loss, lack of red blood cell production, or high rates of red blood cell destruction.",
    );
    assert!(
        c.iter()
            .all(|(_, f, b)| !f.contains("blood loss") && !b.starts_with("blood loss,")),
        "{c:#?}"
    );
}
