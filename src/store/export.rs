//! Reading notes with their cards for `export`.

use std::collections::HashMap;

use super::cards::{deck_condition, sched_from_row};
use super::{Result, Store};
use crate::model::Sm2;

/// A note as export sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportNote {
    pub guid: String,
    pub notetype: String,
    /// Field names and values (HTML for notes from Anki, plain text for recall's own).
    pub fields: Vec<(String, String)>,
    pub tags: Vec<String>,
    pub source: Option<String>,
    pub context: Option<String>,
    /// In card order (`ord`).
    pub cards: Vec<ExportCard>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExportCard {
    pub key: String,
    pub ord: u32,
    pub deck: String,
    pub front: String,
    pub back: String,
    pub answer: String,
    pub sched: Sm2,
    pub suspended: bool,
}

impl Store {
    /// Every note with a card in `deck` (and its subdecks), or in any deck; notes in the order
    /// their first cards are introduced. Only the cards in those decks are included.
    pub fn export_notes(&self, deck: Option<&str>) -> Result<Vec<ExportNote>> {
        let mut sql = String::from(
            "SELECT n.id, n.guid, n.notetype, n.fields, n.tags, n.source, n.context, c.key, \
             c.ord, d.name, c.front, c.back, c.answer, c.repetitions, c.easiness, c.interval, \
             c.due, c.drill, c.lapses, c.suspended \
             FROM cards c JOIN notes n ON n.id = c.note_id JOIN decks d ON d.id = c.deck_id",
        );
        if deck.is_some() {
            sql.push_str(&format!(" WHERE {}", deck_condition(1)));
        }
        sql.push_str(" ORDER BY c.position, c.ord, c.id");
        let mut stmt = self.conn().prepare(&sql)?;
        let params: Vec<&dyn rusqlite::ToSql> = match &deck {
            Some(d) => vec![d],
            None => Vec::new(),
        };
        let mut rows = stmt.query(params.as_slice())?;
        let mut notes: Vec<ExportNote> = Vec::new();
        let mut index: HashMap<i64, usize> = HashMap::new();
        while let Some(r) = rows.next()? {
            let note_id: i64 = r.get(0)?;
            let card = ExportCard {
                key: r.get(7)?,
                ord: r.get(8)?,
                deck: r.get(9)?,
                front: r.get(10)?,
                back: r.get(11)?,
                answer: r.get(12)?,
                sched: sched_from_row(r, 13)?,
                suspended: r.get(19)?,
            };
            let i = match index.get(&note_id) {
                Some(&i) => i,
                None => {
                    let fields: String = r.get(3)?;
                    let tags: String = r.get(4)?;
                    notes.push(ExportNote {
                        guid: r.get(1)?,
                        notetype: r.get(2)?,
                        fields: serde_json::from_str(&fields)?,
                        tags: serde_json::from_str(&tags)?,
                        source: r.get(5)?,
                        context: r.get(6)?,
                        cards: Vec::new(),
                    });
                    index.insert(note_id, notes.len() - 1);
                    notes.len() - 1
                }
            };
            notes[i].cards.push(card);
        }
        for note in &mut notes {
            note.cards.sort_by_key(|c| c.ord);
        }
        Ok(notes)
    }
}
