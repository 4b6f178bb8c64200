//! The one intermediate form every source of cards produces (deck files, generated decks, and
//! later foreign formats) and the store's single insert path consumes.

use crate::model::{Day, Grade, Sm2};

/// Cards to add or update, grouped by note.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Batch {
    /// Decks the batch puts cards into, with the metadata the source gives for them.
    pub decks: Vec<DeckSpec>,
    pub notes: Vec<NoteSpec>,
    /// The source holds whole decks (a deck file): cards of those decks that the batch no
    /// longer mentions are reported as missing (never deleted).
    pub complete_decks: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeckSpec {
    pub name: String,
    pub description: Option<String>,
    pub language: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NoteSpec {
    /// Stable identity: re-importing a note with the same guid updates it in place.
    pub guid: String,
    pub notetype: String,
    pub fields: Vec<(String, String)>,
    pub tags: Vec<String>,
    pub source: Option<String>,
    pub context: Option<String>,
    pub cards: Vec<CardSpec>,
    /// Where the note starts in its file, for messages.
    pub line: Option<usize>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CardSpec {
    pub ord: u32,
    pub deck: String,
    pub front: String,
    pub back: String,
    pub answer: String,
    /// Scheduling carried by the source (an export with scheduling); `None` keeps what the
    /// collection has, or starts the card new.
    pub sched: Option<Sm2>,
    pub suspended: Option<bool>,
    /// Answers the source recorded for this card (an Anki review log), oldest first. They are
    /// saved as imported review-log rows when the card is added, or when its scheduling is
    /// replaced (`--overwrite-scheduling`); an answer already saved is never saved twice.
    pub reviews: Vec<ReviewSpec>,
}

/// One answer from another program's review log, as recall's review log keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewSpec {
    /// The original time of the answer, Unix milliseconds: with the card, its identity.
    pub answered_at_ms: i64,
    pub day: Day,
    pub grade: Grade,
    pub duration_ms: i64,
    pub before: Sm2,
    pub after: Sm2,
}

/// The user-facing id of a note's card: the note's guid for its first card, `guid/N` for the
/// N-th (cloze c2 is `guid/2`).
pub fn card_key(guid: &str, ord: u32) -> String {
    if ord == 0 {
        guid.to_string()
    } else {
        format!("{guid}/{}", ord + 1)
    }
}
