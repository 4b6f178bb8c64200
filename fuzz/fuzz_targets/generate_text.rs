//! The generator's splitter and whole pipeline on arbitrary text: no panic, sentences are
//! pieces of the text, output is deterministic, and every card obeys the generator's own rules
//! (fronts end with "?" and stay under 300 characters, the written deck reads back).
#![no_main]

use libfuzzer_sys::fuzz_target;
use recall::decks::{self, Content};
use recall::generate::{self, normalise, sentences};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = normalise::normalise(text);
    for s in sentences::sentences(&doc) {
        assert!(!s.text.trim().is_empty(), "an empty sentence");
    }
    let sources = [generate::Source { name: "fuzz.txt".into(), text: text.to_string() }];
    let options = generate::Options::default();
    let deck = generate::generate(&sources, &options).deck;
    let again = generate::generate(&sources, &options).deck;
    assert_eq!(deck, again, "not deterministic");
    for card in &deck.cards {
        if let Content::Basic { front, .. } = &card.content {
            assert!(front.ends_with('?'), "front without a question mark: {front}");
            assert!(front.chars().count() <= 300, "front over 300 characters");
        }
    }
    let written = decks::write(&deck).expect("a generated deck can be written");
    decks::parse(&written, "fuzz.toml").expect("a generated deck reads back");
});
