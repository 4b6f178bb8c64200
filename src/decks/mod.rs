//! recall's own deck files (TOML) and the deck shipped inside the binary.

pub mod cloze;
pub mod format;
pub mod id;

pub use format::{
    CardEntry, Content, DeckError, DeckFile, DeckMeta, is_valid_deck_name, parse, write,
};

/// The default deck, compiled in so a fresh install has something to study at once.
pub const BUILTIN_DECK: &str = include_str!("../../decks/vitamine-k2.toml");
pub const BUILTIN_DECK_PATH: &str = "decks/vitamine-k2.toml";
