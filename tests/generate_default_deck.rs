#![allow(clippy::unwrap_used, clippy::expect_used)]

//! The deck compiled into the binary (`decks/vitamine-k2.toml`, the first thing a new user
//! studies) is exactly the generator's output for `decks/sources/*.txt`. If this test fails
//! after a change to the generator, read the new cards, then regenerate the file with
//!
//!     cargo run -- generate decks/sources/vitamine-k2-bloedvaten.txt \
//!         decks/sources/vitamine-k2-botgezondheid.txt --deck "Vitamine K2" --lang nl \
//!         -o decks/vitamine-k2.toml

use recall::decks;
use recall::generate::{self, Options, Source};

fn sources() -> Vec<Source> {
    let mut paths: Vec<_> = std::fs::read_dir("decks/sources")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| Source {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            text: std::fs::read_to_string(p).unwrap(),
        })
        .collect()
}

fn options() -> Options {
    Options {
        lang: Some("nl".into()),
        deck: Some("Vitamine K2".into()),
        max: None,
    }
}

#[test]
fn the_builtin_deck_is_the_generators_output_byte_for_byte() {
    let generated = decks::write(&generate::generate(&sources(), &options()).deck).unwrap();
    let shipped = std::fs::read_to_string("decks/vitamine-k2.toml").unwrap();
    assert!(
        generated == shipped,
        "decks/vitamine-k2.toml is not the generator's output; regenerate it (see this file's \
         comment) after reading the new cards"
    );
    assert_eq!(decks::BUILTIN_DECK, shipped);
}

#[test]
fn generation_is_deterministic_and_the_deck_is_valid() {
    let a = decks::write(&generate::generate(&sources(), &options()).deck).unwrap();
    let b = decks::write(&generate::generate(&sources(), &options()).deck).unwrap();
    assert_eq!(a, b);
    let deck = decks::parse(&a, "vitamine-k2.toml").unwrap();
    assert_eq!(deck.deck.name, "Vitamine K2");
    assert_eq!(deck.deck.language.as_deref(), Some("nl"));
    assert!(deck.cards.len() >= 40, "{} cards", deck.cards.len());
    // every card names its document and keeps the sentence it came from
    for c in &deck.cards {
        let src = c.source.as_deref().unwrap();
        assert!(src.starts_with("vitamine-k2-"), "{src}");
        let text = std::fs::read_to_string(format!("decks/sources/{src}")).unwrap();
        let context = c.context.as_deref().unwrap();
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(context), "context not in {src}: {context}");
        assert_eq!(c.tags.len(), 1);
    }
}
