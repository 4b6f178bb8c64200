//! recall's deck files. A deck file holds one deck, so an export of several decks is one
//! file per deck. A note is written as a normal entry (front/back with `reverse`, or cloze)
//! when importing that entry gives back exactly its cards; otherwise (a custom Anki note
//! type, siblings with different schedules) each card becomes an entry of its own whose id is
//! the card's id, so an import into an empty collection gives the same cards, ids and
//! schedules.

use crate::decks::{CardEntry, Content, DeckFile, DeckMeta};
use crate::import::html::html_to_text;
use crate::store::{ExportCard, ExportNote};

/// One deck file per deck, in the order the decks first appear.
pub fn decks(notes: &[ExportNote], with_scheduling: bool) -> Vec<DeckFile> {
    let mut files: Vec<DeckFile> = Vec::new();
    let mut push =
        |deck: &str, entry: CardEntry| match files.iter_mut().find(|f| f.deck.name == deck) {
            Some(file) => file.cards.push(entry),
            None => files.push(DeckFile {
                deck: DeckMeta {
                    name: deck.to_string(),
                    ..DeckMeta::default()
                },
                cards: vec![entry],
            }),
        };
    for note in notes {
        let Some(first) = note.cards.first() else {
            continue;
        };
        match whole_note(note, with_scheduling) {
            Some(entry) => push(&first.deck, entry),
            None => {
                for card in &note.cards {
                    push(&card.deck, single_card(note, card, with_scheduling));
                }
            }
        }
    }
    files
}

/// An entry the deck reader would refuse for a blank field, by card id and field name.
pub struct BlankField<'a> {
    pub id: &'a str,
    pub field: &'static str,
}

/// The entries with a blank front, back or cloze text (an Anki note with an empty answer
/// field): the deck reader refuses a file holding one, so an export must say so.
pub fn blank_fields(files: &[DeckFile]) -> Vec<BlankField<'_>> {
    let blank = |v: &str| v.trim().is_empty();
    files
        .iter()
        .flat_map(|f| &f.cards)
        .filter_map(|e| {
            let field = match &e.content {
                Content::Basic { front, .. } if blank(front) => "front",
                Content::Basic { back, .. } if blank(back) => "back",
                Content::Cloze { text, .. } if blank(text) => "cloze",
                _ => return None,
            };
            Some(BlankField {
                id: e.id.as_deref().unwrap_or_default(),
                field,
            })
        })
        .collect()
}

fn entry(
    note: &ExportNote,
    id: &str,
    content: Content,
    card: &ExportCard,
    with_scheduling: bool,
) -> CardEntry {
    CardEntry {
        id: Some(id.to_string()),
        content,
        tags: note.tags.clone(),
        source: note.source.clone(),
        context: note.context.clone(),
        suspended: (with_scheduling && card.suspended).then_some(true),
        schedule: (with_scheduling && !card.sched.is_new()).then_some(card.sched),
        line: 0,
    }
}

fn single_card(note: &ExportNote, card: &ExportCard, with_scheduling: bool) -> CardEntry {
    let content = Content::Basic {
        front: card.front.clone(),
        back: card.back.clone(),
        reverse: false,
    };
    entry(note, &card.key, content, card, with_scheduling)
}

/// The note as one entry, when that gives back exactly its cards.
fn whole_note(note: &ExportNote, with_scheduling: bool) -> Option<CardEntry> {
    let first = note.cards.first()?;
    let same = |c: &ExportCard| {
        c.deck == first.deck
            && (!with_scheduling || (c.sched == first.sched && c.suspended == first.suspended))
    };
    if !note.cards.iter().all(same) {
        return None;
    }
    let field = |name: &str| {
        note.fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    let plain = |v: &str| {
        if note.notetype == "basic" || note.notetype == "cloze" {
            v.to_string()
        } else {
            html_to_text(v)
        }
    };
    let mut candidates = vec![Content::Basic {
        front: first.front.clone(),
        back: first.back.clone(),
        reverse: note.cards.len() == 2,
    }];
    if let Some(text) = field("Text").or_else(|| note.fields.first().map(|f| f.1.as_str())) {
        let extra = field("Back Extra")
            .map(plain)
            .filter(|e| !e.trim().is_empty());
        candidates.push(Content::Cloze {
            text: plain(text),
            extra,
        });
    }
    candidates.into_iter().find_map(|content| {
        let e = entry(note, &note.guid, content, first, with_scheduling);
        let file = DeckFile {
            deck: DeckMeta {
                name: first.deck.clone(),
                ..DeckMeta::default()
            },
            cards: vec![e.clone()],
        };
        let batch = file.to_batch();
        let made = &batch.notes.first()?.cards;
        let equal = made.len() == note.cards.len()
            && made.iter().zip(&note.cards).all(|(m, c)| {
                m.ord == c.ord && m.front == c.front && m.back == c.back && m.answer == c.answer
            });
        equal.then_some(e)
    })
}
