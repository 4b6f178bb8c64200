//! Reading cards: one column list and one row mapper for every query that returns cards.

use rusqlite::{OptionalExtension, Row, ToSql, params};

use super::{Result, Store, StoreError};
use crate::model::{Card, Day, Sm2};

pub(super) const CARD_SELECT: &str = "SELECT c.id, c.key, d.name, c.front, c.back, c.answer, \
     n.tags, n.source, n.context, c.repetitions, c.easiness, c.interval, c.due, c.drill, \
     c.lapses, c.suspended \
     FROM cards c JOIN notes n ON n.id = c.note_id JOIN decks d ON d.id = c.deck_id";

/// The SQL condition "deck `?N` or one of its subdecks".
pub(super) fn deck_condition(param: usize) -> String {
    format!("(d.name = ?{param} OR substr(d.name, 1, length(?{param}) + 2) = ?{param} || '::')")
}

pub(super) fn card_from_row(row: &Row<'_>) -> rusqlite::Result<Card> {
    let tags: String = row.get(6)?;
    Ok(Card {
        id: row.get(0)?,
        key: row.get(1)?,
        deck: row.get(2)?,
        front: row.get(3)?,
        back: row.get(4)?,
        answer: row.get(5)?,
        // Written by this module as a JSON array; a damaged value shows as no tags.
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        source: row.get(7)?,
        context: row.get(8)?,
        sched: sched_from_row(row, 9)?,
        suspended: row.get(15)?,
    })
}

/// Reads repetitions, easiness, interval, due, drill, lapses from six consecutive columns.
pub(super) fn sched_from_row(row: &Row<'_>, first: usize) -> rusqlite::Result<Sm2> {
    Ok(Sm2 {
        repetitions: row.get(first)?,
        easiness: row.get(first + 1)?,
        interval: row.get(first + 2)?,
        due: row.get::<_, Option<i32>>(first + 3)?.map(Day),
        drill: row.get(first + 4)?,
        lapses: row.get(first + 5)?,
    })
}

/// Which cards `cards` lists.
#[derive(Debug, Clone, Default)]
pub struct CardFilter<'a> {
    /// A deck and its subdecks.
    pub deck: Option<&'a str>,
    /// Case-insensitive text in the front, back or tags.
    pub search: Option<&'a str>,
    /// Only cards due on or before this day (not suspended, not new).
    pub due_by: Option<Day>,
}

/// A card with the ids a listing or export needs.
pub type CardRow = Card;

impl Store {
    pub fn card(&self, id: i64) -> Result<Card> {
        let sql = format!("{CARD_SELECT} WHERE c.id = ?1");
        self.conn()
            .query_row(&sql, [id], card_from_row)
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => StoreError::UnknownCard(id.to_string()),
                other => other.into(),
            })
    }

    /// Cards matching `filter`, in deck order (deck name, then introduction order).
    pub fn cards(&self, filter: &CardFilter<'_>) -> Result<Vec<Card>> {
        let mut sql = format!("{CARD_SELECT} WHERE 1 = 1");
        let mut args: Vec<Box<dyn ToSql>> = Vec::new();
        if let Some(deck) = filter.deck {
            args.push(Box::new(deck.to_string()));
            sql.push_str(&format!(" AND {}", deck_condition(args.len())));
        }
        if let Some(text) = filter.search {
            args.push(Box::new(format!("%{}%", escape_like(&text.to_lowercase()))));
            let n = args.len();
            sql.push_str(&format!(
                " AND (lower(c.front) LIKE ?{n} ESCAPE '\\' OR lower(c.back) LIKE ?{n} ESCAPE '\\' \
                 OR lower(n.tags) LIKE ?{n} ESCAPE '\\')"
            ));
        }
        if let Some(day) = filter.due_by {
            args.push(Box::new(day.0));
            sql.push_str(&format!(
                " AND c.suspended = 0 AND c.due <= ?{}",
                args.len()
            ));
        }
        sql.push_str(" ORDER BY d.name, c.position, c.ord, c.id");
        let mut stmt = self.conn().prepare(&sql)?;
        let params: Vec<&dyn ToSql> = args.iter().map(|a| a.as_ref()).collect();
        let rows = stmt.query_map(params.as_slice(), card_from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Find a card by its id or an unambiguous prefix of it (like git's short hashes).
    ///
    /// A card's id is its note's guid, `guid/N` for the note's N-th card (see
    /// [`crate::batch::card_key`]), so the cards whose id starts with `id` are found through
    /// the index of note guids: every card of a note whose guid starts with `id`, and, when
    /// `id` is a guid followed by `/` and the start of a number, that note's numbered cards.
    pub fn resolve_card(&self, id: &str) -> Result<i64> {
        let id = id.trim();
        if id.is_empty() {
            return Err(StoreError::UnknownCard(id.to_string()));
        }
        let conn = self.conn();
        let mut cards_of = conn.prepare_cached("SELECT key, id FROM cards WHERE note_id = ?1")?;
        let mut found: Vec<(String, i64)> = Vec::new();
        // More than six matches are never listed: seven notes are enough to know.
        let notes: Vec<(i64, String)> = conn
            .prepare_cached("SELECT id, guid FROM notes WHERE guid >= ?1 ORDER BY guid LIMIT 7")?
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (note, _) in notes.iter().take_while(|(_, guid)| guid.starts_with(id)) {
            for card in cards_of.query_map([note], |r| Ok((r.get(0)?, r.get(1)?)))? {
                found.push(card?);
            }
        }
        for (slash, _) in id.match_indices('/') {
            let (guid, number) = (&id[..slash], &id[slash + 1..]);
            if !number.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let note: Option<i64> = conn
                .prepare_cached("SELECT id FROM notes WHERE guid = ?1")?
                .query_row([guid], |r| r.get(0))
                .optional()?;
            if let Some(note) = note {
                for card in cards_of.query_map([note], |r| Ok((r.get(0)?, r.get(1)?)))? {
                    let (key, card): (String, i64) = card?;
                    if key.starts_with(id) {
                        found.push((key, card));
                    }
                }
            }
        }
        found.sort();
        found.dedup();
        found.truncate(6);
        match found.as_slice() {
            [] => Err(StoreError::UnknownCard(id.to_string())),
            [(_, row)] => Ok(*row),
            [(key, row), ..] if key == id => Ok(*row),
            more => Err(StoreError::AmbiguousCard {
                id: id.to_string(),
                matches: more
                    .iter()
                    .map(|(k, _)| k.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }

    /// Suspend or unsuspend cards; all or nothing. Returns how many changed.
    pub fn set_suspended(&mut self, ids: &[i64], suspended: bool) -> Result<usize> {
        self.transact(|tx| {
            let mut stmt = tx.prepare_cached(
                "UPDATE cards SET suspended = ?2 WHERE id = ?1 AND suspended != ?2",
            )?;
            let mut changed = 0;
            for id in ids {
                changed += stmt.execute(params![id, suspended])?;
            }
            Ok(changed)
        })
    }
}

fn escape_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}
