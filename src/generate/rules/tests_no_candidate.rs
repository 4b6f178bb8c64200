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

#[test]
fn a_short_or_common_head_with_its_relative_clause_defines() {
    assert_card(
        &ENGLISH,
        "The ducts are tubes that carry bile to the gut.",
        Rule::Definition,
        "What are the ducts?",
        "tubes that carry bile to the gut",
    );
    assert_card(
        &DUTCH,
        "De luchtpijpen zijn buizen die lucht naar de longen brengen.",
        Rule::Definition,
        "Wat zijn de luchtpijpen?",
        "buizen die lucht naar de longen brengen",
    );
    // a head that names no kind of its own ("a process that …") defines nothing
    for text in [
        "Osmosis is a process that moves water through a membrane.",
        "Erosion is a risk that grows with every storm.",
    ] {
        let c = cards(&ENGLISH, text);
        assert!(
            !c.iter().any(|(r, ..)| *r == Rule::Definition),
            "no Definition expected for {text}: {c:#?}"
        );
    }
}

#[test]
#[ignore]
fn scratch_print() {
    for (nl, t) in [
        (
            false,
            "The plan may include monitoring, avoiding triggers, and using medicines.",
        ),
        (
            false,
            "Classic signs and symptoms may include diarrhea, weight loss, abdominal pain, swelling, and food intolerance.",
        ),
        (
            false,
            "The plan includes monitoring, avoiding triggers, and using medicines.",
        ),
        (false, "Unusually large stones can be medically removed."),
        (
            false,
            "NIHL can be temporary or permanent, and it can affect one ear or both ears.",
        ),
        (true, "De volgorde kan onthouden worden als ROGGBIV."),
        (true, "Een regenboog kan aan de hemel waargenomen worden."),
        (true, "Een regenboog wordt aan de hemel waargenomen."),
    ] {
        let lang: &'static dyn crate::generate::lang::Language = if nl { &DUTCH } else { &ENGLISH };
        let doc = crate::generate::normalise::normalise(&format!(
            "Titel van de tekst\n\nOnderwerp\n\n{t}"
        ));
        let ss = crate::generate::sentences::sentences(&doc);
        let a = crate::generate::analyse::analyse(&doc, &ss, lang);
        println!("{t}");
        for si in 0..a.sents.len() {
            println!(
                "   clause {:?} dangling {}",
                a.sents[si].clause, a.sents[si].dangling
            );
            for c in super::candidates(&a, si) {
                println!(
                    "   {:?} {} -> {} [{:?}]",
                    c.rule,
                    c.front,
                    c.back,
                    crate::generate::check::refuse(&a, &c)
                );
            }
        }
    }
}
