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
fn what_an_animal_lives_on() {
    assert_card(
        &DUTCH,
        "Koalaberen leven van de bladeren van eucalyptusbomen.",
        Rule::Passive,
        "Waarvan leven koalaberen?",
        "bladeren van eucalyptusbomen",
    );
    // one half of a pair is no answer ("Waarvan leven egels zowel?")
    let c = cards(&DUTCH, "Egels leven zowel van insecten als van wormen.");
    assert!(
        !c.iter().any(|(_, f, _)| f.starts_with("Waarvan")),
        "{c:#?}"
    );
}

#[test]
fn a_label_the_sentence_names_again_goes() {
    assert_card(
        &ENGLISH,
        "Tail fin: The tail fin is a flat paddle of cartilage and skin.",
        Rule::Definition,
        "What is the tail fin?",
        "flat paddle of cartilage and skin",
    );
    // a label the sentence does not name again stays
    let doc = crate::generate::normalise::normalise(
        "Title of the text\n\nTopic\n\nNote: Sharks are fish with a skeleton of cartilage.",
    );
    let ss = crate::generate::sentences::sentences(&doc);
    let a = crate::generate::analyse::analyse(&doc, &ss, &ENGLISH);
    assert!(a.sents[0].text.starts_with("Note:"), "{}", a.sents[0].text);
}

#[test]
fn a_quoted_word_in_a_definition_loses_its_quotes() {
    assert_card(
        &ENGLISH,
        "The core is the \"engine\" at the heart of the reactor.",
        Rule::Definition,
        "What is the core?",
        "engine at the heart of the reactor",
    );
}

#[test]
fn what_something_arose_from() {
    assert_card(
        &DUTCH,
        "Veren zijn ontstaan uit de schubben van reptielen.",
        Rule::Passive,
        "Waaruit zijn veren ontstaan?",
        "schubben van reptielen",
    );
    assert_card(
        &DUTCH,
        "De longen ontstaan uit een uitstulping van de darm.",
        Rule::Passive,
        "Waaruit ontstaan de longen?",
        "uitstulping van de darm",
    );
    // "ontstaan" with a place is asked where (`habitat`), not "waaruit"
    let c = cards(&DUTCH, "Vulkanen ontstaan langs de randen van de platen.");
    assert!(
        !c.iter().any(|(_, f, _)| f.starts_with("Waaruit")),
        "{c:#?}"
    );
}

/// The finite verb the clause parse finds in a one-sentence English text.
fn finite_verb(text: &str) -> Option<String> {
    let doc =
        crate::generate::normalise::normalise(&format!("Title of the text\n\nTopic\n\n{text}"));
    let ss = crate::generate::sentences::sentences(&doc);
    let a = crate::generate::analyse::analyse(&doc, &ss, &ENGLISH);
    let s = a.sents.first()?;
    s.clause.map(|c| s.toks[c.fin].lower.as_str().to_owned())
}

#[test]
fn a_noun_before_and_opens_a_list_subject() {
    assert_eq!(
        finite_verb("Short sleep and poor diet quality have negative effects on mood.").as_deref(),
        Some("have")
    );
    assert_card(
        &ENGLISH,
        "Short sleep and poor diet quality have negative effects on mood.",
        Rule::Object,
        "What do short sleep and poor diet quality have negative effects on?",
        "mood",
    );
    // a plural subject before the verb, or a second verb after "and": the verb stays
    assert_eq!(
        finite_verb("Children sleep and play in the garden every day.").as_deref(),
        Some("sleep")
    );
    assert_eq!(
        finite_verb("Young bats sleep and mother bats feed them at night.").as_deref(),
        Some("sleep")
    );
}
