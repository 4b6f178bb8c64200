//! Answers: saving one (card row and review-log row in one transaction), undoing one, and the
//! counts the dashboard and `stats` show.

use rusqlite::{Transaction, params};

use super::cards::sched_from_row;
use super::{Result, Store, StoreError};
use crate::model::{Day, Grade, Sm2};

/// One answer to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRecord {
    pub card_id: i64,
    pub answered_at_ms: i64,
    pub day: Day,
    pub grade: Grade,
    pub drill: bool,
    pub duration_ms: i64,
    pub before: Sm2,
    pub after: Sm2,
}

/// The new cards beyond a session (see [`Store::new_cards_waiting`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NewWaiting {
    pub all: usize,
    /// Of them, those no sibling holds back today, counted up to `READY_MAX`.
    pub ready: usize,
}

impl NewWaiting {
    pub const READY_MAX: usize = 10;
}

/// Card and review counts for `today`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: usize,
    pub new: usize,
    pub learning: usize,
    pub young: usize,
    pub mature: usize,
    pub suspended: usize,
    pub due_today: usize,
    pub due_tomorrow: usize,
    pub reviews_total: usize,
    pub reviews_today: usize,
}

/// A card counts as mature from this interval on, like Anki.
pub const MATURE_DAYS: u32 = crate::stats::MATURE_DAYS;

impl Store {
    /// Save an answer: the card's new state and its review-log row, all or nothing. Refused
    /// (nothing written) when the card is no longer in the `before` state, which means another
    /// process answered it meanwhile.
    pub fn record_answer(&mut self, record: &ReviewRecord) -> Result<i64> {
        self.transact(|tx| {
            set_state(tx, record.card_id, &record.before, &record.after)?;
            super::bulk::insert_review(tx, record)?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Take back a saved answer: the card returns to its state before it and the review-log
    /// row is deleted. Only the card's latest answer can be undone.
    pub fn undo_answer(&mut self, review_id: i64) -> Result<()> {
        self.transact(|tx| {
            let (card_id, before, after): (i64, Sm2, Sm2) = tx.query_row(
                "SELECT card_id, reps_before, ef_before, ivl_before, due_before, drill_before, \
                 lapses_before, reps_after, ef_after, ivl_after, due_after, drill_after, \
                 lapses_after FROM reviews WHERE id = ?1",
                [review_id],
                |r| Ok((r.get(0)?, sched_from_row(r, 1)?, sched_from_row(r, 7)?)),
            )?;
            let latest: i64 = tx.query_row(
                "SELECT max(id) FROM reviews WHERE card_id = ?1",
                [card_id],
                |r| r.get(0),
            )?;
            if latest != review_id {
                return Err(StoreError::Conflict(card_key(tx, card_id)?));
            }
            set_state(tx, card_id, &after, &before)?;
            tx.execute("DELETE FROM reviews WHERE id = ?1", [review_id])?;
            Ok(())
        })
    }

    /// New, unsuspended cards in `deck` (and its subdecks) or in every deck: what the end of a
    /// study session offers. `all` reads only the `cards_new` index, unlike [`Store::counts`],
    /// which reads every card and every answer (~50 ms on 100,000 cards and 1,000,000 answers).
    /// `ready` counts, up to [`NewWaiting::READY_MAX`], those that no sibling holds back on
    /// `today`: what `recall study --new N` would show now.
    pub fn new_cards_waiting(&self, deck: Option<&str>, today: Day) -> Result<NewWaiting> {
        let decks = self.deck_ids_json(deck)?;
        let filter = "c.due IS NULL AND c.suspended = 0 \
                      AND (?1 IS NULL OR c.deck_id IN (SELECT value FROM json_each(?1)))";
        let all: i64 = self
            .conn()
            .prepare_cached(&format!("SELECT count(*) FROM cards c WHERE {filter}"))?
            .query_row(params![decks], |r| r.get(0))?;
        let ready: i64 = self
            .conn()
            .prepare_cached(&format!(
                "SELECT count(*) FROM (SELECT 1 FROM cards c WHERE {filter} AND {} LIMIT ?3)",
                super::decks::no_sibling_first(2)
            ))?
            .query_row(params![decks, today.0, NewWaiting::READY_MAX], |r| r.get(0))?;
        Ok(NewWaiting {
            all: usize::try_from(all).unwrap_or_default(),
            ready: usize::try_from(ready).unwrap_or_default(),
        })
    }

    /// Whether the collection holds no card at all.
    pub fn has_no_cards(&self) -> Result<bool> {
        let any: bool = self
            .conn()
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM cards)")?
            .query_row([], |r| r.get(0))?;
        Ok(!any)
    }

    /// Counts over every deck, or over `deck` and its subdecks.
    pub fn counts(&self, today: Day, deck: Option<&str>) -> Result<Counts> {
        // NULL means every deck; otherwise a JSON array of deck ids.
        let decks = self.deck_ids_json(deck)?;
        let mut counts = self
            .conn()
            .prepare_cached(
                "SELECT count(*), \
               coalesce(sum(suspended = 0 AND due IS NULL), 0), \
               coalesce(sum(suspended = 0 AND due <= ?1 AND (drill = 1 OR repetitions = 0)), 0), \
               coalesce(sum(suspended = 0 AND due IS NOT NULL AND NOT (due <= ?1 AND \
                   (drill = 1 OR repetitions = 0)) AND interval < ?3), 0), \
               coalesce(sum(suspended = 0 AND due IS NOT NULL AND NOT (due <= ?1 AND \
                   (drill = 1 OR repetitions = 0)) AND interval >= ?3), 0), \
               coalesce(sum(suspended), 0), \
               coalesce(sum(suspended = 0 AND due <= ?1), 0), \
               coalesce(sum(suspended = 0 AND due = ?2), 0) \
             FROM cards WHERE ?4 IS NULL OR deck_id IN (SELECT value FROM json_each(?4))",
            )?
            .query_row(params![today.0, today.0 + 1, MATURE_DAYS, decks], |r| {
                Ok(Counts {
                    total: r.get(0)?,
                    new: r.get(1)?,
                    learning: r.get(2)?,
                    young: r.get(3)?,
                    mature: r.get(4)?,
                    suspended: r.get(5)?,
                    due_today: r.get(6)?,
                    due_tomorrow: r.get(7)?,
                    ..Counts::default()
                })
            })?;
        let (total, on_day) = self.conn().prepare_cached(
            "SELECT count(*), coalesce(sum(day = ?1), 0) FROM reviews WHERE ?2 IS NULL OR card_id IN \
             (SELECT id FROM cards WHERE deck_id IN (SELECT value FROM json_each(?2)))",
        )?
        .query_row(params![today.0, decks], |r| Ok((r.get(0)?, r.get(1)?)))?;
        counts.reviews_total = total;
        counts.reviews_today = on_day;
        Ok(counts)
    }

    /// Consecutive days with at least one answer, ending today (or yesterday when nothing has
    /// been answered yet today).
    pub fn current_streak(&self, today: Day) -> Result<usize> {
        Ok(self.streak_days(today)?.len())
    }

    /// Answers given on `day`.
    pub fn reviews_on(&self, day: Day) -> Result<usize> {
        Ok(self
            .conn()
            .prepare_cached("SELECT count(*) FROM reviews WHERE day = ?1")?
            .query_row([day.0], |r| r.get(0))?)
    }

    /// The earliest due day after `today` among cards not suspended (of `deck` and its
    /// subdecks, or of every deck), with how many are due then.
    pub fn next_due_after(&self, today: Day, deck: Option<&str>) -> Result<Option<(Day, usize)>> {
        let decks = self.deck_ids_json(deck)?;
        let filter = "suspended = 0 \
                      AND (?2 IS NULL OR deck_id IN (SELECT value FROM json_each(?2)))";
        let next: Option<i32> = self.conn().query_row(
            &format!("SELECT min(due) FROM cards WHERE {filter} AND due > ?1"),
            params![today.0, decks],
            |r| r.get(0),
        )?;
        let Some(day) = next else { return Ok(None) };
        let count: usize = self.conn().query_row(
            &format!("SELECT count(*) FROM cards WHERE {filter} AND due = ?1"),
            params![day, decks],
            |r| r.get(0),
        )?;
        Ok(Some((Day(day), count)))
    }
}

/// Move a card from `from` to `to`, refusing when it is not in `from` any more.
fn set_state(tx: &Transaction<'_>, card_id: i64, from: &Sm2, to: &Sm2) -> Result<()> {
    let changed = tx
        .prepare_cached(
            "UPDATE cards SET repetitions = ?8, easiness = ?9, interval = ?10, due = ?11, \
             drill = ?12, lapses = ?13 \
             WHERE id = ?1 AND repetitions = ?2 AND easiness = ?3 AND interval = ?4 \
             AND due IS ?5 AND drill = ?6 AND lapses = ?7",
        )?
        .execute(params![
            card_id,
            from.repetitions,
            from.easiness,
            from.interval,
            from.due.map(|d| d.0),
            from.drill,
            from.lapses,
            to.repetitions,
            to.easiness,
            to.interval,
            to.due.map(|d| d.0),
            to.drill,
            to.lapses,
        ])?;
    if changed == 0 {
        return Err(StoreError::Conflict(card_key(tx, card_id)?));
    }
    Ok(())
}

fn card_key(tx: &Transaction<'_>, card_id: i64) -> Result<String> {
    Ok(tx
        .query_row("SELECT key FROM cards WHERE id = ?1", [card_id], |r| {
            r.get(0)
        })
        .unwrap_or_else(|_| card_id.to_string()))
}
