//! Loading what the statistics are computed from. Everything comes from two covering indexes
//! (`cards_stats`, `reviews_stats`: migrations/0003 and 0005), so that no card text and no second copy
//! of a card's state is read, except for the handful of cards listed by name.

use rusqlite::params;

use super::{Result, Store};
use crate::model::{Day, Grade, Sm2};
use crate::stats::{self, Answer, CardFacts, CardText, DeckName, ReviewLog, StatsInput};

/// The schedule of every card, or of the decks in `?1` (a JSON array of deck ids): read from
/// the covering index `cards_stats` alone.
pub(super) const CARD_FACTS_SQL: &str = "SELECT id, deck_id, repetitions, easiness, interval, \
     due, drill, lapses, suspended \
     FROM cards WHERE ?1 IS NULL OR deck_id IN (SELECT value FROM json_each(?1))";

/// What the dashboard computes its glance from (see [`stats::glance`]).
pub struct GlanceInput {
    pub cards: Vec<CardFacts>,
    /// Every answer from `since`.
    pub answers: Vec<Answer>,
    /// The days of the current streak.
    pub streak_days: Vec<Day>,
}

impl Store {
    /// The cards of every deck (or of `deck` and its subdecks) with their review log: the
    /// answers from `detail_from` on in detail, and for all of history the count and the days
    /// with answers.
    pub fn stats_input(&self, deck: Option<&str>, detail_from: Day) -> Result<StatsInput> {
        let scope = self.deck_ids_json(deck)?;
        let decks = self
            .deck_rows(deck)?
            .into_iter()
            .map(|d| DeckName {
                id: d.id,
                name: d.name,
            })
            .collect();
        let cards = self.card_facts(scope.as_deref())?;
        let texts = self.card_texts(&stats::hardest_ids(&cards))?;
        let log = self.review_log(scope.as_deref(), detail_from)?;
        Ok(StatsInput {
            decks,
            cards,
            texts,
            log,
        })
    }

    /// Every card's schedule, the answers from `since` in detail, and the current streak.
    pub fn glance_input(&self, today: Day, since: Day) -> Result<GlanceInput> {
        Ok(GlanceInput {
            cards: self.card_facts(None)?,
            answers: self.answers_since(None, since)?,
            streak_days: self.streak_days(today)?,
        })
    }

    /// The schedule of every card (or of the decks in `scope`, a JSON array of deck ids).
    pub(super) fn card_facts(&self, scope: Option<&str>) -> Result<Vec<CardFacts>> {
        let mut stmt = self.conn().prepare_cached(CARD_FACTS_SQL)?;
        let rows = stmt.query_map([scope], |r| {
            Ok(CardFacts {
                id: r.get(0)?,
                deck: r.get(1)?,
                sched: Sm2 {
                    repetitions: r.get(2)?,
                    easiness: r.get(3)?,
                    interval: r.get(4)?,
                    due: r.get::<_, Option<i32>>(5)?.map(Day),
                    drill: r.get(6)?,
                    lapses: r.get(7)?,
                },
                suspended: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// User-facing id and front of the cards with these row ids.
    fn card_texts(&self, ids: &[i64]) -> Result<Vec<CardText>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id, key, front FROM cards WHERE id = ?1")?;
        let mut texts = Vec::with_capacity(ids.len());
        for id in ids {
            texts.push(stmt.query_row([id], |r| {
                Ok(CardText {
                    id: r.get(0)?,
                    key: r.get(1)?,
                    front: r.get(2)?,
                })
            })?);
        }
        Ok(texts)
    }

    fn review_log(&self, scope: Option<&str>, detail_from: Day) -> Result<ReviewLog> {
        let conn = self.conn();
        let (total, active_days) = match scope {
            None => {
                let total: u64 = conn
                    .prepare_cached("SELECT count(*) FROM reviews")?
                    .query_row([], |r| r.get(0))?;
                // One index seek per day with answers, instead of reading every row.
                let mut stmt = conn.prepare_cached(
                    "WITH RECURSIVE active(day) AS ( \
                       SELECT min(day) FROM reviews \
                       UNION ALL \
                       SELECT (SELECT min(day) FROM reviews WHERE day > active.day) FROM active \
                       WHERE active.day IS NOT NULL) \
                     SELECT day FROM active WHERE day IS NOT NULL",
                )?;
                let days = stmt
                    .query_map([], |r| Ok(Day(r.get(0)?)))?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                (total, days)
            }
            Some(scope) => {
                let mut stmt = conn.prepare_cached(
                    "SELECT day, count(*) FROM reviews WHERE card_id IN \
                     (SELECT id FROM cards WHERE deck_id IN (SELECT value FROM json_each(?1))) \
                     GROUP BY day ORDER BY day",
                )?;
                let mut total = 0u64;
                let mut days = Vec::new();
                let rows =
                    stmt.query_map([scope], |r| Ok((Day(r.get(0)?), r.get::<_, u64>(1)?)))?;
                for row in rows {
                    let (day, n) = row?;
                    total += n;
                    days.push(day);
                }
                (total, days)
            }
        };
        Ok(ReviewLog {
            total,
            active_days,
            answers: self.answers_since(scope, detail_from)?,
            detail_from: Some(detail_from),
        })
    }

    /// Every answer from `since` on, in (day, card, answer) order.
    fn answers_since(&self, scope: Option<&str>, since: Day) -> Result<Vec<Answer>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, card_id, day, grade, drill, reps_before, due_before IS NULL, duration_ms \
             FROM reviews WHERE day >= ?1 \
             AND (?2 IS NULL OR card_id IN \
                  (SELECT id FROM cards WHERE deck_id IN (SELECT value FROM json_each(?2)))) \
             ORDER BY day, card_id, id",
        )?;
        let rows = stmt.query_map(params![since.0, scope], |r| {
            let grade: u8 = r.get(3)?;
            Ok(Answer {
                seq: r.get(0)?,
                card: r.get(1)?,
                day: Day(r.get(2)?),
                // The schema keeps grades in 0..=5.
                grade: Grade::new(grade).unwrap_or(Grade::ALL[0]),
                drill: r.get(4)?,
                reps_before: r.get(5)?,
                was_new: r.get(6)?,
                duration_ms: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The days of the current streak (ending today, or yesterday when nothing has been
    /// answered today), oldest first: one index seek per day.
    pub(super) fn streak_days(&self, today: Day) -> Result<Vec<Day>> {
        let mut stmt = self.conn().prepare_cached(
            "WITH RECURSIVE streak(day) AS ( \
               SELECT start FROM (SELECT CASE WHEN EXISTS (SELECT 1 FROM reviews WHERE day = ?1) \
                                         THEN ?1 ELSE ?1 - 1 END AS start) \
               WHERE EXISTS (SELECT 1 FROM reviews WHERE day = start) \
               UNION ALL \
               SELECT day - 1 FROM streak \
               WHERE EXISTS (SELECT 1 FROM reviews WHERE day = streak.day - 1)) \
             SELECT day FROM streak ORDER BY day",
        )?;
        let days = stmt
            .query_map([today.0], |r| Ok(Day(r.get(0)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(days)
    }
}
