//! Round eighteen: parse changes that let a sentence's key fact be asked (a fronted Dutch
//! "als gevolg van", a Dutch participle phrase after a comma), with positive and negative
//! examples. Written for these tests.

use super::Rule;
use super::tests::{assert_card, cards};
use crate::generate::lang::{DUTCH, ENGLISH, Language};

/// The main clause's (front, finite verb, end of the rest) of the first sentence of `text`.
pub(super) fn parse(
    lang: &'static dyn Language,
    text: &str,
) -> Option<(Option<String>, String, String)> {
    let doc =
        crate::generate::normalise::normalise(&format!("Title of the text\n\nTopic\n\n{text}"));
    let ss = crate::generate::sentences::sentences(&doc);
    let a = crate::generate::analyse::analyse(&doc, &ss, lang);
    let s = a.sents.first()?;
    let c = s.clause?;
    let words = |(f, e): (usize, usize)| {
        s.toks[f..e]
            .iter()
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    Some((
        c.front.map(words),
        s.toks[c.fin].lower.as_str().to_owned(),
        s.toks[c.rest.1 - 1].lower.as_str().to_owned(),
    ))
}

#[test]
fn a_dutch_fronted_als_gevolg_van_is_a_phrase_of_cause() {
    assert_card(
        &DUTCH,
        "Als gevolg van de lange droogte worden de oogsten in het zuiden veel kleiner.",
        Rule::Reason,
        "Waardoor worden de oogsten in het zuiden veel kleiner?",
        "lange droogte",
    );
    // "als" alone still opens a subordinate clause
    let got = parse(
        &DUTCH,
        "Als het lang droog blijft, worden de oogsten in het zuiden kleiner.",
    );
    assert_eq!(
        got.as_ref()
            .and_then(|(f, v, _)| f.as_deref().map(|f| (f, v.as_str()))),
        Some(("als het lang droog blijft", "worden")),
        "{got:?}"
    );
    assert!(
        !cards(
            &DUTCH,
            "Als het lang droog blijft, worden de oogsten in het zuiden kleiner."
        )
        .iter()
        .any(|(r, _, _)| *r == Rule::Reason)
    );
}

#[test]
fn a_dutch_present_participle_after_a_comma_ends_the_clause() {
    let got = parse(
        &DUTCH,
        "De stralen worden naar links verspreid, resulterend in twee lichtplekken.",
    );
    assert_eq!(got.map(|(_, _, last)| last).as_deref(), Some("verspreid"));
    // without a preposition after it the participle may be a modifier: the clause goes on
    let got = parse(
        &DUTCH,
        "De rivier stroomt naar het noorden, kronkelend en breed.",
    );
    assert_eq!(got.map(|(_, _, last)| last).as_deref(), Some("breed"));
}

#[test]
fn a_long_relative_clause_that_ends_the_sentence_defines() {
    assert_card(
        &ENGLISH,
        "Sand dunes are hills that have formed slowly through wind blowing loose sand across dry land.",
        Rule::Definition,
        "What are sand dunes?",
        "hills that have formed slowly",
    );
    // a clause that goes on after a comma, or a head that names no kind: no definition
    for s in [
        "Sand dunes are hills that have formed slowly through wind blowing loose sand across land, and they move.",
        "Erosion is a process that has shaped the land slowly through wind blowing loose sand across dry land.",
    ] {
        assert!(
            !cards(&ENGLISH, s)
                .iter()
                .any(|(r, _, _)| *r == Rule::Definition),
            "{s}"
        );
    }
    // Dutch keeps its own window: see the existing tests of `definition`
}
