//! Round twenty-seven: facts whose answer is the object of a content verb (issue 3).
//! Written for these tests.

use super::Rule;
use super::tests::{asks, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

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

#[test]
fn one_adjective_before_the_noun_of_a_have_object_asks_the_kind() {
    let c = cards(
        &DUTCH,
        "Een stoommachine heeft een relatief laag rendement.",
    );
    assert!(
        asks(
            &c,
            "Wat voor rendement heeft een stoommachine?",
            "relatief laag"
        ),
        "{c:#?}"
    );
    // (round 15 refused a single adjective; a teacher asks it)
    let c = cards(&DUTCH, "Egels hebben een korte snuit met kleine ogen.");
    assert!(
        asks(
            &c,
            "Wat voor snuit hebben egels?",
            "korte snuit met kleine ogen"
        ),
        "{c:#?}"
    );
    let c = cards(
        &DUTCH,
        "Spechten hebben zygodactylische poten waarvan de twee middelste tenen naar voren staan \
         en de buitenste twee naar achteren.",
    );
    assert!(
        asks(
            &c,
            "Wat voor poten hebben spechten?",
            "zygodactylische poten"
        ),
        "{c:#?}"
    );
    let c = cards(
        &DUTCH,
        "Insecten beschikken over een open bloedsomloop met een buisvormig hart.",
    );
    assert!(
        asks(
            &c,
            "Over wat voor bloedsomloop beschikken insecten?",
            "open bloedsomloop met een buisvormig hart"
        ),
        "{c:#?}"
    );
    // (round 29) an inflected adjective keeps its noun: a bare "hoge" is a fragment; an
    // uninflected one answers alone
    let c = cards(&DUTCH, "Mangroven hebben een hoge biodiversiteit.");
    assert!(
        asks(
            &c,
            "Wat voor biodiversiteit hebben mangroven?",
            "hoge biodiversiteit"
        ),
        "{c:#?}"
    );
    let c = cards(&DUTCH, "Zoogdieren hebben een gesloten bloedsomloop.");
    assert!(
        asks(&c, "Wat voor bloedsomloop hebben zoogdieren?", "gesloten"),
        "{c:#?}"
    );
    let c = cards(&ENGLISH, "The planet has a very thin atmosphere.");
    assert!(
        asks(
            &c,
            "What kind of atmosphere does the planet have?",
            "very thin"
        ),
        "{c:#?}"
    );
    let c = cards(&ENGLISH, "Woodpeckers have strong claws with sharp tips.");
    assert!(
        asks(
            &c,
            "What kind of claws do woodpeckers have?",
            "strong claws with sharp tips"
        ),
        "{c:#?}"
    );
}

#[test]
fn no_kind_without_an_adjective_or_with_a_vague_one_or_a_phrase_after_the_noun() {
    for (lang, text) in [
        (
            &DUTCH as &'static dyn crate::generate::lang::Language,
            "Vitamine K heeft een grote invloed op de botten.",
        ),
        (&DUTCH, "Egels hebben twee korte poten."),
        (&DUTCH, "Egels hebben een snuit."),
        (&DUTCH, "Egels hebben korte poten en een staart."),
        (&ENGLISH, "Gluten has a strong effect on the gut."),
        (&ENGLISH, "Owls have many enemies."),
        (&ENGLISH, "The study has recently shown results."),
        (&ENGLISH, "Owls have large eyes."),
        (
            &DUTCH,
            "Het nieuwe medicijn heeft een kortere werkingsduur.",
        ),
        (&ENGLISH, "The new drug has a shorter half-life."),
    ] {
        let c = cards(lang, text);
        assert!(
            c.iter().all(|(_, f, _)| !f.starts_with("Wat voor")
                && !f.starts_with("What kind")
                && !f.starts_with("Over wat voor")),
            "{text}: {c:#?}"
        );
    }
}

#[test]
fn a_bare_verb_after_help_is_the_content_verb() {
    let c = cards(&ENGLISH, "Magnesium helps regulate blood sugar levels.");
    assert!(
        asks(
            &c,
            "What does magnesium help regulate?",
            "blood sugar levels"
        ),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "The lungs also help remove carbon dioxide from the body.",
    );
    assert!(
        asks(
            &c,
            "What do the lungs also help remove from the body?",
            "carbon dioxide"
        ) || asks(
            &c,
            "What do the lungs help remove from the body?",
            "carbon dioxide"
        ),
        "{c:#?}"
    );
}

#[test]
fn help_with_a_person_or_a_to_infinitive_asks_no_object() {
    for text in [
        "A sleep diary helps readers track their sleep habits.",
        "Regular exercise helps people sleep better at night.",
        "Magnesium helps to regulate blood sugar levels.",
    ] {
        let c = cards(&ENGLISH, text);
        assert!(
            c.iter()
                .all(|(r, f, _)| *r != Rule::Object || !f.contains(" help")),
            "{text}: {c:#?}"
        );
    }
    // Dutch "helpt … te": the object rule leaves a "te" infinitive alone
    let c = cards(
        &DUTCH,
        "Magnesium helpt de bloedsuikerspiegel te reguleren.",
    );
    assert!(
        c.iter()
            .all(|(r, _, b)| *r != Rule::Object || !b.contains("te reguleren")),
        "{c:#?}"
    );
}

#[test]
fn a_scale_after_the_object_is_a_measure_of_its_own() {
    // round 29: "What can wind carry? → ash thousands of miles"
    let c = cards(&ENGLISH, "Wind can carry ash thousands of miles.");
    // the object card gives way to the cloze of the measure, the fact a teacher asks
    assert!(
        c.iter()
            .all(|(_, _, b)| b != "ash thousands of miles" && b != "ash"),
        "{c:#?}"
    );
    // a scale that opens the object, or follows "of" inside it, is the object
    let c = cards(
        &ENGLISH,
        "Tsunamis have caused hundreds of billions of dollars in damage.",
    );
    assert!(c.iter().all(|(_, _, b)| b != "hundreds"), "{c:#?}");
    let c = cards(
        &DUTCH,
        "Het veld reikt vele duizenden kilometers ver in de ruimte.",
    );
    assert!(c.iter().all(|(_, _, b)| b != "vele"), "{c:#?}");
}

#[test]
fn how_often_is_no_part_of_the_object() {
    // round 29: "What does COPD kill? → more than 150,000 Americans each year"
    let c = cards(
        &ENGLISH,
        "COPD kills more than 150,000 Americans each year.",
    );
    assert!(
        asks(
            &c,
            "What does COPD kill each year?",
            "more than 150,000 Americans"
        ),
        "{c:#?}"
    );
    let c = cards(&ENGLISH, "Deimos orbits Mars every 30 hours.");
    assert!(
        c.iter().all(|(_, _, b)| b != "Mars every 30 hours"),
        "{c:#?}"
    );
    // how often is a fact of its own
    // (a name in a one-sentence text is lower-cased: the text never shows its capital)
    assert!(
        c.iter().any(
            |(_, f, b)| f.eq_ignore_ascii_case("How often does Deimos orbit Mars?")
                && b == "every 30 hours"
        ),
        "{c:#?}"
    );
    // a clause that ends on its object asks no "How often", nor crashes
    let c = cards(&ENGLISH, "Deimos orbits Mars.");
    assert!(
        c.iter().all(|(_, f, _)| !f.starts_with("How often")),
        "{c:#?}"
    );
    // "every" inside the object, after an adverb, stays in it
    let c = cards(
        &ENGLISH,
        "The survey covers nearly every state of the country.",
    );
    assert!(c.iter().all(|(_, _, b)| b != "nearly"), "{c:#?}");
}
