//! `recall check`: SQLite's own integrity checks plus recall's invariants.

use super::{Result, Store};
use crate::model::Day;

/// One thing found wrong, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem(pub String);

/// Each invariant: a query returning one text column per offending row, and how to say it.
const INVARIANTS: &[(&str, &str, &str)] = &[
    (
        "SELECT key FROM cards WHERE easiness < 130",
        "card",
        "easiness below 1.30",
    ),
    (
        "SELECT key FROM cards WHERE interval < 0",
        "card",
        "negative interval",
    ),
    (
        "SELECT c.key FROM cards c WHERE c.due IS NULL AND (c.repetitions > 0 OR c.lapses > 0 \
         OR c.drill = 1 OR EXISTS (SELECT 1 FROM reviews r WHERE r.card_id = c.id AND r.imported = 0))",
        "card",
        "answered but has no due day",
    ),
    (
        "SELECT key FROM cards WHERE drill = 1 AND (due IS NULL OR due > ?1)",
        "card",
        "drill flag on a card that is not due",
    ),
    (
        "SELECT c.key FROM cards c LEFT JOIN notes n ON n.id = c.note_id WHERE n.id IS NULL",
        "card",
        "has no note",
    ),
    (
        "SELECT c.key FROM cards c LEFT JOIN decks d ON d.id = c.deck_id WHERE d.id IS NULL",
        "card",
        "has no deck",
    ),
    (
        "SELECT c.key FROM cards c JOIN reviews r ON r.id = \
           (SELECT max(id) FROM reviews WHERE card_id = c.id AND imported = 0) \
         WHERE r.reps_after != c.repetitions OR r.ef_after != c.easiness \
            OR r.ivl_after != c.interval OR r.due_after IS NOT c.due \
            OR r.drill_after != c.drill OR r.lapses_after != c.lapses",
        "card",
        "state differs from its last review-log row",
    ),
    (
        "SELECT guid FROM notes WHERE json_valid(fields) = 0 OR json_valid(tags) = 0",
        "note",
        "malformed fields or tags",
    ),
];

impl Store {
    /// Everything wrong with the collection; empty when it is healthy.
    pub fn check(&self, today: Day) -> Result<Vec<Problem>> {
        let conn = self.conn();
        let mut problems = Vec::new();
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(Problem(format!("SQLite integrity: {row}")));
            }
        }
        let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
        for row in stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?))
        })? {
            let (table, rowid) = row?;
            problems.push(Problem(format!(
                "foreign key broken in table {table}, row {}",
                rowid.map_or("?".to_string(), |r| r.to_string())
            )));
        }
        for (sql, noun, what) in INVARIANTS {
            let mut stmt = conn.prepare(sql)?;
            let rows = if sql.contains("?1") {
                stmt.query_map([today.0], |r| r.get::<_, String>(0))?
                    .collect::<rusqlite::Result<Vec<_>>>()?
            } else {
                stmt.query_map([], |r| r.get::<_, String>(0))?
                    .collect::<rusqlite::Result<Vec<_>>>()?
            };
            problems.extend(
                rows.into_iter()
                    .map(|id| Problem(format!("{noun} {id}: {what}"))),
            );
        }
        Ok(problems)
    }
}
