//! Writing many review-log rows at once: for building large collections (benchmarks) and for
//! history that arrives with its cards.

use rusqlite::{Transaction, params};

use super::{Result, ReviewRecord, Store};

impl Store {
    /// Append review-log rows as they are, in one transaction. Card rows are not touched: the
    /// caller sets each card's state to its last row's `after` state (see `check`).
    pub fn append_reviews(&mut self, rows: &[ReviewRecord]) -> Result<()> {
        self.transact(|tx| {
            for r in rows {
                insert_review(tx, r)?;
            }
            Ok(())
        })
    }

    /// Row ids of every card by key, for callers that built cards from a batch.
    pub fn card_ids_by_key(&self) -> Result<std::collections::HashMap<String, i64>> {
        let mut stmt = self.conn().prepare("SELECT key, id FROM cards")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The one INSERT of a review-log row.
pub(super) fn insert_review(tx: &Transaction<'_>, r: &ReviewRecord) -> Result<()> {
    let (b, a) = (&r.before, &r.after);
    tx.prepare_cached(
        "INSERT INTO reviews (card_id, answered_at, day, grade, drill, duration_ms, \
         reps_before, ef_before, ivl_before, due_before, drill_before, lapses_before, \
         reps_after, ef_after, ivl_after, due_after, drill_after, lapses_after) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    )?
    .execute(params![
        r.card_id,
        r.answered_at_ms,
        r.day.0,
        r.grade.value(),
        r.drill,
        r.duration_ms.max(0),
        b.repetitions,
        b.easiness,
        b.interval,
        b.due.map(|d| d.0),
        b.drill,
        b.lapses,
        a.repetitions,
        a.easiness,
        a.interval,
        a.due.map(|d| d.0),
        a.drill,
        a.lapses,
    ])?;
    Ok(())
}
