//! Loading what the statistics are computed from. Everything comes from two covering indexes
//! (`cards_stats`, `reviews_stats`: migrations/0003), so no card text and no second copy of a
//! card's state is read except for the handful of cards that are listed by name.

use std::collections::HashMap;

use rusqlite::params;

use super::{Result, Store};
use crate::model::{Day, Grade, Sm2};
use crate::stats::{Answer, CardFacts, CardText, HARDEST, ReviewLog, StatsInput};

impl Store {
    /// The cards of every deck (or of `deck` and its subdecks) with their review log: the
    /// answers from `detail_from` on in detail, and for all of history the count and the days
    /// with answers.
    pub fn stats_input(&self, deck: Option<&str>, detail_from: Day) -> Result<StatsInput> {
        let scope = self.deck_ids_json(deck)?;
        let (decks, ids) = self.deck_names(deck)?;
        let cards = self.card_facts(scope.as_deref(), &ids)?;
        let texts = self.hardest_texts(scope.as_deref())?;
        let log = self.review_log(scope.as_deref(), detail_from)?;
        Ok(StatsInput {
            decks,
            cards,
            texts,
            log,
        })
    }

    /// Card schedules only, and the log from `detail_from`: what the dashboard needs.
    pub fn stats_glance_input(&self, detail_from: Day) -> Result<(Vec<CardFacts>, ReviewLog)> {
        let (_, ids) = self.deck_names(None)?;
        Ok((
            self.card_facts(None, &ids)?,
            self.review_log(None, detail_from)?,
        ))
    }

    /// Deck names in scope (sorted) and, for each deck id, its index in that list.
    fn deck_names(&self, deck: Option<&str>) -> Result<(Vec<String>, HashMap<i64, usize>)> {
        let rows = self.deck_rows(deck)?;
        let ids = rows.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
        Ok((rows.into_iter().map(|d| d.name).collect(), ids))
    }

    fn card_facts(
        &self,
        scope: Option<&str>,
        decks: &HashMap<i64, usize>,
    ) -> Result<Vec<CardFacts>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, deck_id, repetitions, easiness, interval, due, drill, lapses, suspended \
             FROM cards WHERE ?1 IS NULL OR deck_id IN (SELECT value FROM json_each(?1))",
        )?;
        let index_of = |deck_id: i64| decks.get(&deck_id).copied().unwrap_or(usize::MAX);
        let rows = stmt.query_map([scope], |r| {
            Ok(CardFacts {
                id: r.get(0)?,
                deck: index_of(r.get(1)?),
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

    /// Ids and fronts of the cards `hardest` lists: most lapses first, then card order.
    fn hardest_texts(&self, scope: Option<&str>) -> Result<Vec<CardText>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, key, front FROM cards WHERE lapses > 0 \
             AND (?1 IS NULL OR deck_id IN (SELECT value FROM json_each(?1))) \
             ORDER BY lapses DESC, id LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![scope, HARDEST as i64], |r| {
            Ok(CardText {
                id: r.get(0)?,
                key: r.get(1)?,
                front: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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
        let mut stmt = conn.prepare_cached(
            "SELECT id, card_id, day, grade, drill, reps_before, due_before IS NULL, duration_ms \
             FROM reviews WHERE day >= ?1 \
             AND (?2 IS NULL OR card_id IN \
                  (SELECT id FROM cards WHERE deck_id IN (SELECT value FROM json_each(?2)))) \
             ORDER BY day, card_id, id",
        )?;
        let rows = stmt.query_map(params![detail_from.0, scope], |r| {
            let grade: u8 = r.get(3)?;
            Ok(Answer {
                seq: r.get(0)?,
                card: r.get(1)?,
                day: Day(r.get(2)?),
                // The schema checks 0..=5.
                grade: Grade::new(grade).unwrap_or(Grade::ALL[0]),
                drill: r.get(4)?,
                reps_before: r.get(5)?,
                was_new: r.get(6)?,
                duration_ms: r.get(7)?,
            })
        })?;
        Ok(ReviewLog {
            total,
            active_days,
            answers: rows.collect::<rusqlite::Result<_>>()?,
            detail_from: Some(detail_from),
        })
    }
}
