//! `recall check`: SQLite's own integrity checks plus recall's invariants, and `--repair` for
//! the ones with a safe fix.

use rusqlite::Connection;

use super::{Result, Store};
use crate::model::Day;

/// One thing found wrong, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem(pub String);

/// A rule the collection must satisfy: `find` returns one id per offending row (`?1` is
/// today), `fix` (when a safe one exists) repairs every such row.
struct Invariant {
    noun: &'static str,
    what: &'static str,
    find: &'static str,
    fix: Option<(&'static str, &'static str)>,
}

const INVARIANTS: &[Invariant] = &[
    Invariant {
        noun: "card",
        what: "easiness below 1.30",
        find: "SELECT key FROM cards WHERE easiness < 130",
        fix: Some((
            "easiness set to 1.30",
            "UPDATE cards SET easiness = 130 WHERE easiness < 130",
        )),
    },
    Invariant {
        noun: "card",
        what: "negative interval",
        find: "SELECT key FROM cards WHERE interval < 0",
        fix: Some((
            "interval set to 0",
            "UPDATE cards SET interval = 0 WHERE interval < 0",
        )),
    },
    Invariant {
        noun: "card",
        what: "state differs from its last review-log row",
        find: "SELECT c.key FROM cards c JOIN reviews r ON r.id = \
                 (SELECT max(id) FROM reviews WHERE card_id = c.id AND imported = 0) \
               WHERE r.reps_after != c.repetitions OR r.ef_after != c.easiness \
                  OR r.ivl_after != c.interval OR r.due_after IS NOT c.due \
                  OR r.drill_after != c.drill OR r.lapses_after != c.lapses",
        // The review log is the record of what happened; the card's state is derived from it.
        fix: Some((
            "state set to the one its last answer gave",
            "UPDATE cards SET (repetitions, easiness, interval, due, drill, lapses) = \
               (SELECT reps_after, ef_after, ivl_after, due_after, drill_after, lapses_after \
                FROM reviews WHERE id = (SELECT max(id) FROM reviews \
                                         WHERE card_id = cards.id AND imported = 0)) \
             WHERE EXISTS (SELECT 1 FROM reviews r WHERE r.id = \
                 (SELECT max(id) FROM reviews WHERE card_id = cards.id AND imported = 0) \
               AND (r.reps_after != cards.repetitions OR r.ef_after != cards.easiness \
                  OR r.ivl_after != cards.interval OR r.due_after IS NOT cards.due \
                  OR r.drill_after != cards.drill OR r.lapses_after != cards.lapses))",
        )),
    },
    Invariant {
        noun: "card",
        what: "answered but has no due day",
        find: "SELECT c.key FROM cards c WHERE c.due IS NULL AND (c.repetitions > 0 OR c.lapses > 0 \
               OR c.drill = 1 OR EXISTS (SELECT 1 FROM reviews r WHERE r.card_id = c.id AND r.imported = 0))",
        fix: Some((
            "due today",
            "UPDATE cards SET due = ?1 WHERE due IS NULL AND (repetitions > 0 OR lapses > 0 \
             OR drill = 1 OR EXISTS (SELECT 1 FROM reviews r WHERE r.card_id = cards.id AND r.imported = 0))",
        )),
    },
    Invariant {
        noun: "card",
        what: "drill flag on a card that is not due",
        find: "SELECT key FROM cards WHERE drill = 1 AND (due IS NULL OR due > ?1)",
        fix: Some((
            "drill flag cleared",
            "UPDATE cards SET drill = 0 WHERE drill = 1 AND (due IS NULL OR due > ?1)",
        )),
    },
    Invariant {
        noun: "card",
        what: "has no note",
        find: "SELECT c.key FROM cards c LEFT JOIN notes n ON n.id = c.note_id WHERE n.id IS NULL",
        fix: None,
    },
    Invariant {
        noun: "card",
        what: "has no deck",
        find: "SELECT c.key FROM cards c LEFT JOIN decks d ON d.id = c.deck_id WHERE d.id IS NULL",
        fix: None,
    },
    Invariant {
        noun: "note",
        what: "malformed fields or tags",
        find: "SELECT guid FROM notes WHERE json_valid(fields) = 0 OR json_valid(tags) = 0",
        fix: None,
    },
];

fn ids(conn: &Connection, sql: &str, today: Day) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = if stmt.parameter_count() > 0 {
        stmt.query_map([today.0], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    } else {
        stmt.query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    Ok(rows)
}

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
        for inv in INVARIANTS {
            let found = ids(conn, inv.find, today)?;
            problems.extend(
                found
                    .into_iter()
                    .map(|id| Problem(format!("{} {id}: {}", inv.noun, inv.what))),
            );
        }
        Ok(problems)
    }

    /// Fix every invariant that has a safe fix, in one transaction. Returns what was done,
    /// one line per row changed; run [`Store::check`] afterwards for what remains.
    pub fn repair(&mut self, today: Day) -> Result<Vec<String>> {
        self.transact(|tx| {
            let mut done = Vec::new();
            for inv in INVARIANTS {
                let Some((action, fix)) = inv.fix else {
                    continue;
                };
                let found = ids(tx, inv.find, today)?;
                if found.is_empty() {
                    continue;
                }
                let mut stmt = tx.prepare(fix)?;
                if stmt.parameter_count() > 0 {
                    stmt.execute([today.0])?;
                } else {
                    stmt.execute([])?;
                }
                done.extend(
                    found
                        .into_iter()
                        .map(|id| format!("{} {id}: {} → {action}", inv.noun, inv.what)),
                );
            }
            Ok(done)
        })
    }
}
