//! Round twenty-eight: facts whose answer follows another phrase in its clause (issue 3),
//! here a purpose that ends the clause. Written for these tests.

use super::Rule;
use super::tests::{asks, cards};
use crate::generate::lang::{DUTCH, ENGLISH};

#[test]
fn om_te_right_before_its_verb_is_a_purpose() {
    // nothing between "om" and "te": still a purpose
    let c = cards(
        &DUTCH,
        "Regenwormen komen bij regenachtig weer bovengronds om te paren.",
    );
    assert!(
        asks(
            &c,
            "Waarom komen regenwormen bij regenachtig weer bovengronds?",
            "om te paren"
        ),
        "{c:#?}"
    );
    // "om" as the separable part of a verb takes no "te": no purpose
    let c = cards(&DUTCH, "De soldaten kwamen in de strijd om.");
    assert!(c.iter().all(|(r, _, _)| *r != Rule::Reason), "{c:#?}");
}

#[test]
fn a_passive_has_a_purpose_too() {
    let c = cards(
        &DUTCH,
        "Het graan wordt enkele weken in droge schuren bewaard om te rijpen.",
    );
    assert!(
        asks(
            &c,
            "Waarom wordt het graan enkele weken in droge schuren bewaard?",
            "om te rijpen"
        ),
        "{c:#?}"
    );
    // a plural, and "zijn" as the auxiliary of a perfect
    let c = cards(
        &DUTCH,
        "De zalmen zijn in het voorjaar naar de rivieren getrokken om te paaien.",
    );
    assert!(
        asks(
            &c,
            "Waarom zijn de zalmen in het voorjaar naar de rivieren getrokken?",
            "om te paaien"
        ),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "Cough medicines are kept behind the pharmacy counter to prevent their misuse.",
    );
    assert!(
        asks(
            &c,
            "Why are cough medicines kept behind the pharmacy counter?",
            "to prevent their misuse"
        ),
        "{c:#?}"
    );
}

#[test]
fn an_infinitive_that_says_what_is_no_purpose_of_a_passive() {
    for text in [
        "Het apparaat wordt in ziekenhuizen gebruikt om bloed te filteren.",
        "De patiënten werden door de artsen gevraagd om minder te eten.",
        "De boer is bij wet verplicht om zijn vee te registreren.",
    ] {
        let c = cards(&DUTCH, text);
        assert!(c.iter().all(|(r, _, _)| *r != Rule::Reason), "{c:#?}");
    }
    for text in [
        "The device is used in hospitals to filter blood.",
        "The device is thought to filter blood.",
        "Adequate sleep is important to stay healthy.",
    ] {
        let c = cards(&ENGLISH, text);
        assert!(c.iter().all(|(r, _, _)| *r != Rule::Reason), "{c:#?}");
    }
}

#[test]
fn a_purpose_ends_at_a_dash_and_leaves_therefore_out() {
    let c = cards(
        &ENGLISH,
        "Cough medicines are kept behind the pharmacy counter to prevent their misuse—a \
         common problem in some countries.",
    );
    assert!(
        asks(
            &c,
            "Why are cough medicines kept behind the pharmacy counter?",
            "to prevent their misuse"
        ),
        "{c:#?}"
    );
    let c = cards(
        &DUTCH,
        "De leden van de orde Sepiida worden daarom ook wel zeekatten genoemd om ze van de inktvissen te \
         onderscheiden.",
    );
    assert!(
        asks(
            &c,
            "Waarom worden de leden van de orde Sepiida ook wel zeekatten genoemd?",
            "om ze van de inktvissen te onderscheiden"
        ),
        "{c:#?}"
    );
}

#[test]
fn based_on_after_the_verb_group_asks_what_it_rests_on() {
    let c = cards(
        &ENGLISH,
        "Measles is diagnosed based on symptoms, a skin rash, and contact with infected people.",
    );
    assert!(
        asks(
            &c,
            "What is measles diagnosed based on?",
            "symptoms, a skin rash, and contact with infected people"
        ),
        "{c:#?}"
    );
    // the object stops before "based": no "hay fever based" answer
    let c = cards(
        &ENGLISH,
        "A family doctor may diagnose hay fever based on a physical exam.",
    );
    assert!(c.iter().all(|(_, _, b)| !b.ends_with("based")), "{c:#?}");
    // after a comma it names a source, no part of the clause
    let c = cards(
        &ENGLISH,
        "Many teens have signs of hearing loss, based on data from 2005.",
    );
    assert!(
        c.iter()
            .all(|(r, f, _)| *r != Rule::Passive || !f.contains("based on")),
        "{c:#?}"
    );
}
