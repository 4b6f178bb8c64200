//! Round twenty-four (subject24): a definition's answer opens with a noun phrase.
//! Written for these tests.

use super::tests::{assert_card, cards};
use super::{Rule, candidates};
use crate::generate::analyse::analyse;
use crate::generate::check;
use crate::generate::lang::{DUTCH, ENGLISH, Language};
use crate::generate::normalise::normalise;
use crate::generate::sentences::sentences;

/// The accepted questions of a document with its own title (the text's topic).
fn fronts(lang: &'static dyn Language, title: &str, text: &str) -> Vec<String> {
    let doc = normalise(&format!("{title}\n\n{text}"));
    let s = sentences(&doc);
    let a = analyse(&doc, &s, lang);
    (0..a.sents.len())
        .flat_map(|si| candidates(&a, si))
        .filter(|c| check::refuse(&a, c).is_none())
        .map(|c| c.front)
        .collect()
}

/// The predicate is asked as a property, never as what the subject is.
fn property(lang: &'static dyn Language, text: &str, front: &str, back: &str) {
    let c = cards(lang, text);
    assert!(
        c.iter()
            .filter(|(r, _, b)| *r == Rule::Definition && b == back)
            .all(|(_, f, _)| f == front),
        "{c:#?}"
    );
    assert_card(lang, text, Rule::Definition, front, back);
}

/// The predicate is asked neither as what the subject is nor as a property.
fn no_definition(lang: &'static dyn Language, text: &str, back: &str) {
    let c = cards(lang, text);
    assert!(
        !c.iter()
            .any(|(r, _, b)| *r == Rule::Definition && b == back),
        "{c:#?}"
    );
}

#[test]
fn a_predicate_adjective_is_asked_as_a_property() {
    // a plural subject with a bare singular word: an adjective, not a kind of thing
    property(
        &ENGLISH,
        "Winds are weak in this region.",
        "What are winds like?",
        "weak in this region",
    );
    property(
        &DUTCH,
        "Kikkers zijn stil in de droge tijd.",
        "Hoe zijn kikkers?",
        "stil in de droge tijd",
    );
    property(
        &DUTCH,
        "Kolibries zijn inheems in Zuid-Amerika.",
        "Hoe zijn kolibries?",
        "inheems in Zuid-Amerika",
    );
    // round 28: an answer with a second verb is no property (rules/like_question.rs)
    no_definition(
        &DUTCH,
        "Zwaluwen zijn overdag actief en jagen het liefst boven water.",
        "overdag actief en jagen het liefst boven water",
    );
    // round 28: a passive is no property either (rules/like_question.rs)
    no_definition(
        &ENGLISH,
        "The effects of drought are seen as a loss of crops.",
        "seen as a loss of crops",
    );
    // an adjective's ending on a bare head
    property(
        &ENGLISH,
        "The hormone adrenaline is capable of raising the heart rate.",
        "What is the hormone adrenaline like?",
        "capable of raising the heart rate",
    );
    property(
        &ENGLISH,
        "Sprays are available by prescription only.",
        "What are sprays like?",
        "available by prescription only",
    );
    property(
        &DUTCH,
        "Het enzym is zichtbaar onder een gewone microscoop.",
        "Hoe is het enzym?",
        "zichtbaar onder een gewone microscoop",
    );
    // an adverb in -ly before one bare word
    property(
        &ENGLISH,
        "The pain from a sprain is usually mild to moderate.",
        "What is the pain from a sprain like?",
        "mild to moderate",
    );
    // Dutch "het meest", "het liefst": an adverb, no article; never asked the other way
    // round ("Wat zijn het meest zichtbaar …?")
    let c = cards(&DUTCH, "Poollichten zijn het meest zichtbaar in de winter.");
    assert!(
        c.iter()
            .filter(|(r, _, _)| *r == Rule::Definition)
            .all(|(_, f, _)| f == "Hoe zijn poollichten?"),
        "{c:#?}"
    );
    // an answer cut at "'s nachts" is no card at all
    let c = cards(&DUTCH, "Regenwormen zijn verder vooral 's nachts actief.");
    assert!(!c.iter().any(|(r, _, _)| *r == Rule::Definition), "{c:#?}");
}

#[test]
fn a_noun_phrase_without_an_article_stays_a_definition() {
    assert_card(
        &ENGLISH,
        "Kidney stones are small, hard deposits of minerals.",
        Rule::Definition,
        "What are kidney stones?",
        "small, hard deposits of minerals",
    );
    assert_card(
        &DUTCH,
        "Haaien zijn roofvissen van de open zee.",
        Rule::Definition,
        "Wat zijn haaien?",
        "roofvissen van de open zee",
    );
    // "one of": a number, no adjective
    assert_card(
        &ENGLISH,
        "Tides are one of the most regular events on Earth.",
        Rule::Definition,
        "What are tides?",
        "one of the most regular events on Earth",
    );
    // a list of singular nouns after a plural subject
    assert_card(
        &ENGLISH,
        "The principal factors in soil loss are erosion, drainage of wetlands.",
        Rule::Definition,
        "What are the principal factors in soil loss?",
        "erosion, drainage of wetlands",
    );
    // a singular subject with a bare noun before its preposition
    assert_card(
        &ENGLISH,
        "The most common sign of arthritis is stiffness in the joints.",
        Rule::Definition,
        "What is the most common sign of arthritis?",
        "stiffness in the joints",
    );
    // Dutch attributive adjectives (in -e) before "en" and their noun
    assert_card(
        &DUTCH,
        "Zwaluwen zijn snelle en wendbare vliegers.",
        Rule::Definition,
        "Wat zijn zwaluwen?",
        "snelle en wendbare vliegers",
    );
    // "het" before a superlative with its noun is an article
    assert_card(
        &DUTCH,
        "Tarwe is het belangrijkste graan van Europa.",
        Rule::Definition,
        "Wat is tarwe?",
        "belangrijkste graan van Europa",
    );
}

#[test]
fn a_property_the_sentence_defines_already_is_no_second_card() {
    let c = cards(
        &DUTCH,
        "Gierzwaluwen zijn een familie van vogels die inheems zijn in Afrika.",
    );
    assert!(
        !c.iter().any(|(_, f, _)| f == "Hoe zijn gierzwaluwen?"),
        "{c:#?}"
    );
    assert!(
        c.iter().any(|(_, f, _)| f == "Wat zijn gierzwaluwen?"),
        "{c:#?}"
    );
    // a name in brackets after the subject is no other subject
    let c = cards(
        &DUTCH,
        "Gierzwaluwen (Apodidae) zijn een familie van vogels die inheems zijn in Afrika.",
    );
    assert!(
        !c.iter().any(|(_, f, _)| f == "Hoe zijn gierzwaluwen?"),
        "{c:#?}"
    );
    let c = cards(
        &ENGLISH,
        "Swifts are a family of birds that are common in Africa.",
    );
    assert!(
        !c.iter().any(|(_, f, _)| f == "What are swifts like?"),
        "{c:#?}"
    );
}

#[test]
fn a_counted_kind_says_what_it_is_a_kind_of() {
    let f = fronts(
        &ENGLISH,
        "Volcanoes",
        "Volcanoes are openings in the crust of the Earth. There are three types, or shapes, of \
         volcanoes.",
    );
    assert!(
        f.iter()
            .any(|q| q == "How many types of volcanoes are there?"),
        "{f:#?}"
    );
    assert!(
        !f.iter().any(|q| q == "How many types are there?"),
        "{f:#?}"
    );
    let f = fronts(
        &DUTCH,
        "Vulkanen",
        "Vulkanen zijn openingen in de aardkorst. In totaal zijn er ruim 1500 actieve soorten.",
    );
    assert!(
        f.iter()
            .any(|q| q == "Hoeveel actieve soorten van vulkanen zijn er in totaal?"),
        "{f:#?}"
    );
    // a kind with its own "of"/"van", or no relational head, stays as it is
    let f = fronts(
        &DUTCH,
        "Vulkanen",
        "Vulkanen zijn openingen in de aardkorst. Er zijn ruim 1500 soorten van vulkanen. Er \
         zijn ruim 40 actieve vulkanen in Indonesië.",
    );
    assert!(
        f.iter()
            .any(|q| q == "Hoeveel soorten van vulkanen zijn er?"),
        "{f:#?}"
    );
    assert!(
        f.iter()
            .any(|q| q == "Hoeveel actieve vulkanen zijn er in Indonesië?"),
        "{f:#?}"
    );
    // no topic: types of what? No question
    let f = fronts(&ENGLISH, "Notes", "There are three types.");
    assert!(!f.iter().any(|q| q.starts_with("How many types")), "{f:#?}");
}

#[test]
fn a_pronoun_stands_for_a_phrase_of_its_number() {
    // "It is" stands for no plural topic: the singular subject before it
    let f = fronts(
        &ENGLISH,
        "Tides",
        "Tides\n\nTides are very long waves. The Earth is not a true sphere. It is also dotted \
         with large land masses.",
    );
    assert!(
        f.iter().any(|q| q == "What is the Earth also dotted with?"),
        "{f:#?}"
    );
    assert!(!f.iter().any(|q| q.contains("tides also")), "{f:#?}");
    // a singular topic still stands for "it"
    let f = fronts(
        &ENGLISH,
        "Mars",
        "Mars\n\nMars is a cold planet, and the Sun warms Mars little. It is also dotted with \
         large craters.",
    );
    assert!(
        f.iter().any(|q| q == "What is Mars also dotted with?"),
        "{f:#?}"
    );
    // Dutch "Het zijn" with a plural verb may stand for a plural
    let f = fronts(
        &DUTCH,
        "Vleermuizen",
        "Vleermuizen\n\nVleermuizen zijn kleine zoogdieren. Het zijn de enige zoogdieren die \
         kunnen vliegen.",
    );
    assert!(
        f.iter()
            .any(|q| q == "Wat zijn de enige zoogdieren die kunnen vliegen?"),
        "{f:#?}"
    );
    // Dutch "zij" with a plural verb is "they": no person of the sentence before
    let f = fronts(
        &DUTCH,
        "Pinguïns",
        "Pinguïns\n\nPinguïns zijn vogels zonder vliegvermogen. Met het DNA-onderzoek van Jansen \
         (2010) en anderen is hun positie duidelijker geworden. Zij zijn waarschijnlijk verwant \
         aan de albatrossen.",
    );
    assert!(!f.iter().any(|q| q.contains("Jansen")), "{f:#?}");
}

#[test]
fn a_comma_before_the_verb_after_a_fronted_phrase_closes_an_apposition() {
    // round 29: "What flew past Saturn … three NASA spacecraft? → Pioneer 11"
    let c = cards(
        &ENGLISH,
        "Three NASA spacecraft, Pioneer 11, Voyager 1 and Voyager 2, flew past Saturn in 1979.",
    );
    assert!(c.iter().all(|(_, _, b)| b != "Pioneer 11"), "{c:#?}");
    // the front is the subject the apposition names
    assert!(
        c.iter().any(
            |(_, f, b)| f == "Which three NASA spacecraft flew past Saturn in 1979?"
                && b == "Pioneer 11, Voyager 1 and Voyager 2"
        ),
        "{c:#?}"
    );
    let c = cards(
        &DUTCH,
        "Drie ruimtesondes, Pioneer 11, Voyager 1 en Voyager 2, vlogen langs Saturnus.",
    );
    assert!(c.iter().all(|(_, _, b)| b != "Pioneer 11"), "{c:#?}");
    // a fronted phrase without the comma before the verb still gives the subject card
    let c = cards(&ENGLISH, "In 1979, Pioneer 11 flew past Saturn.");
    assert!(c.iter().any(|(_, _, b)| b == "Pioneer 11"), "{c:#?}");
    // (a Dutch fronted phrase inverts its clause: the subject rule asks no inverted clause)
}
