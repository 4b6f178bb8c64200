//! Tests of the pronoun resolution in `simplify` (round 27).

use crate::generate::analyse::analyse;
use crate::generate::lang::{DUTCH, ENGLISH, Language};
use crate::generate::normalise::normalise;
use crate::generate::sentences::sentences;

/// (simplified text, dangling) of every sentence of a one-section document, derived
/// statements included (marked by a leading "+ ").
fn sents(lang: &'static dyn Language, text: &str) -> Vec<(String, bool)> {
    let doc = normalise(&format!("Titel van de tekst\n\nOnderwerp\n\n{text}"));
    let s = sentences(&doc);
    let a = analyse(&doc, &s, lang);
    a.sents
        .iter()
        .map(|s| {
            let mark = if s.derived { "+ " } else { "" };
            (format!("{mark}{}", s.text), s.dangling)
        })
        .collect()
}

#[test]
fn it_before_a_passive_with_to_and_a_relative_that_is_no_expletive() {
    let s = sents(
        &ENGLISH,
        "Lyme disease is caused by a bacterium. It is transmitted to humans through the bite \
         of infected ticks.",
    );
    assert_eq!(
        s[1].0, "Lyme disease is transmitted to humans through the bite of infected ticks.",
        "{s:?}"
    );
    let s = sents(
        &ENGLISH,
        "Malaria is common in the tropics. It is a disease that affects millions of people.",
    );
    assert_eq!(
        s[1].0, "Malaria is a disease that affects millions of people.",
        "{s:?}"
    );
    let s = sents(
        &DUTCH,
        "Een regenboog kan aan de hemel waargenomen worden. Het is een optisch effect dat \
         wordt veroorzaakt door de breking van licht.",
    );
    assert_eq!(
        s[1].0,
        "Een regenboog is een optisch effect dat wordt veroorzaakt door de breking van licht.",
        "{s:?}"
    );
}

#[test]
fn an_expletive_it_or_het_stays_as_it_is() {
    for (lang, text) in [
        (
            &ENGLISH as &'static dyn Language,
            "Lyme disease is caused by a bacterium. It is important to remove ticks promptly.",
        ),
        (
            &ENGLISH,
            "The town council met in spring. It was decided to build a new bridge.",
        ),
        (
            &ENGLISH,
            "Lyme disease is caused by a bacterium. It is likely that the disease spreads north.",
        ),
        (
            &DUTCH,
            "De ziekte van Lyme wordt veroorzaakt door een bacterie. Het is belangrijk dat de \
             teek snel wordt verwijderd.",
        ),
    ] {
        let s = sents(lang, text);
        assert!(
            s[1].0.starts_with("It ") || s[1].0.starts_with("Het "),
            "{s:?}"
        );
    }
}
