//! The TOML deck reader: never panics, and whatever it accepts survives write → parse intact.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recall::decks::{self, CardEntry};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(deck) = decks::parse(text, "fuzz.toml") else { return };
    let _ = deck.to_batch();
    let written = decks::write(&deck).expect("a parsed deck can be written");
    let again = decks::parse(&written, "again.toml").expect("a written deck parses");
    let strip = |cards: &[CardEntry]| cards.iter().map(|c| CardEntry { line: 0, ..c.clone() }).collect::<Vec<_>>();
    assert_eq!(again.deck, deck.deck);
    assert_eq!(strip(&again.cards), strip(&deck.cards));
});
