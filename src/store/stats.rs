//! Loading what the statistics are computed from, all of it prepared by migrations/0003: the
//! `review_days` summary (answers per day), and two covering indexes (`cards_stats`,
//! `reviews_stats`), so that no card text and no second copy of a card's state is read, except
//! for the handful of cards listed by name.

use rusqlite::params;

use super::{Result, Store};
use crate::model::{Day, Grade, Sm2};
use crate::stats::{self, Answer, CardFacts, CardText, DayCount, DeckName, ReviewLog, StatsInput};

/// What the dashboard computes its glance from (see [`stats::glance`]).
pub struct GlanceInput {
    pub cards: Vec<CardFacts>,
    /// Answers per day, all of history.
    pub days: Vec<DayCount>,
    /// Every answer from `since`.
    pub answers: Vec<Answer>,
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

    /// Every card's schedule, the answers per day, and the answers from `since` in detail.
    pub fn glance_input(&self, since: Day) -> Result<GlanceInput> {
        Ok(GlanceInput {
            cards: self.card_facts(None)?,
            days: self.review_days(None)?,
            answers: self.answers_since(None, since)?,
        })
    }

    /// The schedule of every card (or of the decks in `scope`, a JSON array of deck ids).
    pub(super) fn card_facts(&self, scope: Option<&str>) -> Result<Vec<CardFacts>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, deck_id, repetitions, easiness, interval, due, drill, lapses, suspended \
             FROM cards WHERE ?1 IS NULL OR deck_id IN (SELECT value FROM json_each(?1))",
        )?;
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
        Ok(ReviewLog {
            days: self.review_days(scope)?,
            answers: self.answers_since(scope, detail_from)?,
            detail_from: Some(detail_from),
        })
    }

    /// Answers per day over all of history, ascending: from the `review_days` summary for
    /// every deck, from the log itself for some.
    pub(super) fn review_days(&self, scope: Option<&str>) -> Result<Vec<DayCount>> {
        let mut stmt = match scope {
            None => self
                .conn()
                .prepare_cached("SELECT day, answers FROM review_days ORDER BY day")?,
            Some(_) => self.conn().prepare_cached(
                "SELECT day, count(*) FROM reviews WHERE card_id IN \
                 (SELECT id FROM cards WHERE deck_id IN (SELECT value FROM json_each(?1))) \
                 GROUP BY day ORDER BY day",
            )?,
        };
        let map = |r: &rusqlite::Row<'_>| {
            Ok(DayCount {
                day: Day(r.get(0)?),
                answers: r.get(1)?,
            })
        };
        let rows = match scope {
            None => stmt.query_map([], map)?,
            Some(scope) => stmt.query_map([scope], map)?,
        };
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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
}
