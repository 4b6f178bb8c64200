//! The `context` a generated card carries: its sentence, and the one before when the
//! question leans on it.

use super::{Options, Source, generate};
use crate::decks::Content;

fn contexts(name: &str, text: &str) -> Vec<(String, String)> {
    let sources = [Source {
        name: name.into(),
        text: text.into(),
    }];
    generate(&sources, &Options::default())
        .deck
        .cards
        .into_iter()
        .map(|c| {
            let front = match c.content {
                Content::Basic { front, .. } => front,
                Content::Cloze { text, .. } => text,
            };
            (front, c.context.unwrap_or_default())
        })
        .collect()
}

/// A clause split off at a semicolon leans on the sentence's first part, which the original
/// sentence already holds: it was shown twice in 12 tuning decks ("Ze voeden zich …;
/// enkele soorten … Ze voeden zich …; enkele soorten …").
#[test]
fn a_split_clause_shows_its_sentence_once() {
    for (name, text) in [
        (
            "walvissen.txt",
            "Walvissen\n\nWalvissen leven in alle oceanen van de wereld. Ze voeden zich \
             voornamelijk met kleine vissen en ongewervelde zeedieren; enkele soorten, zoals \
             de orka, voeden zich echter met grotere dieren en vogels, zoals pinguïns en \
             zeehonden.",
        ),
        (
            "tsunamis.txt",
            "Tsunamis\n\nThe Indian Ocean tsunami struck many coasts. It was caused by a \
             large earthquake off Sumatra; the Sumatra tsunami occurred on 26 December 2004 \
             and killed about 230,000 people.",
        ),
    ] {
        let cards = contexts(name, text);
        assert!(!cards.is_empty(), "{name}");
        for (front, context) in cards {
            let half = context.len() / 2;
            assert!(
                !(context.is_char_boundary(half)
                    && context[..half].trim() == context[half..].trim()),
                "{front}: {context}"
            );
        }
    }
}

/// A pronoun subject still shows the sentence before, which is another sentence.
#[test]
fn a_pronoun_subject_still_shows_the_sentence_before() {
    let cards = contexts(
        "kk.txt",
        "Vitamine K2\n\nMenachinon-7 komt voor in natto. Het heeft een halfwaardetijd van \
         drie dagen.",
    );
    assert!(
        cards.iter().any(|(_, c)| c
            == "Menachinon-7 komt voor in natto. Het heeft een halfwaardetijd van drie dagen."),
        "{cards:?}"
    );
}
