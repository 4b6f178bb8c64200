//! Decks: summaries, name resolution, and what today's session may show.

use std::collections::HashMap;

use rusqlite::{Connection, params};

use super::cards::{CARD_SELECT, card_from_row, deck_condition};
use super::{Result, Store, StoreError};
use crate::model::{Card, Day};
use crate::stats::CardFacts;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckSummary {
    pub name: String,
    pub description: String,
    pub total: usize,
    /// Never answered (suspended excluded).
    pub new: usize,
    /// Due today or overdue (suspended excluded).
    pub due: usize,
    pub suspended: usize,
    /// New cards today's limits still allow.
    pub new_today: usize,
    /// Due cards today's limits allow (learning cards are never held back).
    pub due_today: usize,
    pub new_per_day: usize,
    pub reviews_per_day: usize,
}

/// Caps for one run of `study`; `None` means "the deck's daily limit, minus what was already
/// answered today".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StudyLimits {
    pub new: Option<usize>,
    pub reviews: Option<usize>,
}

pub(super) struct DeckRow {
    pub(super) id: i64,
    pub(super) name: String,
    description: String,
    new_per_day: usize,
    reviews_per_day: usize,
}

impl Store {
    /// [`Store::resolve_deck`] for an optional `--deck`: `None` stays `None` (all decks).
    pub fn resolve_deck_arg(&self, name: Option<&str>) -> Result<Option<String>> {
        name.map(|d| self.resolve_deck(d)).transpose()
    }

    /// The canonical name of a deck given by the user (exact, or case-insensitively unique).
    pub fn resolve_deck(&self, name: &str) -> Result<String> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT name FROM decks WHERE name = ?1 COLLATE NOCASE ORDER BY name",
        )?;
        let names: Vec<String> = stmt
            .query_map([name.trim()], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        match names.iter().find(|n| n.as_str() == name.trim()) {
            Some(exact) => Ok(exact.clone()),
            None if names.len() == 1 => Ok(names[0].clone()),
            None => Err(self.unknown_deck(name)?),
        }
    }

    /// The error for a deck name that matches no deck: it names up to three decks whose
    /// names contain it, since a learner often types part of a name (`--deck vitamine`).
    fn unknown_deck(&self, name: &str) -> Result<StoreError> {
        let typed = name.trim().to_lowercase();
        if typed.is_empty() {
            return Ok(StoreError::UnknownDeck(name.to_string()));
        }
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT name FROM decks ORDER BY name")?;
        let like: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .filter(|n| n.as_ref().is_ok_and(|n| n.to_lowercase().contains(&typed)))
            .take(3)
            .collect::<rusqlite::Result<_>>()?;
        Ok(match like.is_empty() {
            true => StoreError::UnknownDeck(name.to_string()),
            false => StoreError::UnknownDeckLike {
                name: name.to_string(),
                like,
            },
        })
    }

    /// Every deck (or `deck` and its subdecks) with its counts for `today`.
    pub fn deck_summaries(&self, today: Day, deck: Option<&str>) -> Result<Vec<DeckSummary>> {
        let scope = self.deck_ids_json(deck)?;
        let cards = self.card_facts(scope.as_deref())?;
        self.deck_summaries_of(today, deck, &cards)
    }

    /// The same from card schedules the caller has loaded already (the dashboard loads them
    /// once for its glance and its deck lines). `cards` must hold every card of the decks.
    pub fn deck_summaries_of(
        &self,
        today: Day,
        deck: Option<&str>,
        cards: &[CardFacts],
    ) -> Result<Vec<DeckSummary>> {
        let decks = self.deck_rows(deck)?;
        let done = answered_today(self.conn(), today)?;
        // Per deck id: total, new, due, learning (due and failed or drilled), suspended.
        let mut counts: HashMap<i64, [usize; 5]> = HashMap::with_capacity(decks.len());
        for card in cards {
            let c = counts.entry(card.deck).or_default();
            c[0] += 1;
            if card.suspended {
                c[4] += 1;
            } else if card.sched.is_new() {
                c[1] += 1;
            } else if card.sched.is_due(today) {
                c[2] += 1;
                c[3] += usize::from(card.sched.is_learning(today));
            }
        }
        let mut out = Vec::with_capacity(decks.len());
        for d in decks {
            let [total, new, due, learning, suspended] =
                counts.get(&d.id).copied().unwrap_or_default();
            let (new_done, reviews_done) = done.get(&d.id).copied().unwrap_or((0, 0));
            let reviews_left = d.reviews_per_day.saturating_sub(reviews_done);
            out.push(DeckSummary {
                new_per_day: d.new_per_day,
                reviews_per_day: d.reviews_per_day,
                new_today: self.new_cards_today(
                    d.id,
                    today,
                    new.min(d.new_per_day.saturating_sub(new_done)),
                )?,
                due_today: learning + (due - learning).min(reviews_left),
                name: d.name,
                description: d.description,
                total,
                new,
                due,
                suspended,
            });
        }
        Ok(out)
    }

    /// The cards for today's session, in order: due cards (most overdue first), then new cards
    /// deck by deck in their introduction order. Failed and drilled cards are always included;
    /// reviews and new cards follow the daily limits, or the run's caps when given.
    pub fn study_cards(
        &self,
        today: Day,
        deck: Option<&str>,
        limits: StudyLimits,
    ) -> Result<Vec<Card>> {
        let decks = self.deck_rows(deck)?;
        let done = answered_today(self.conn(), today)?;
        let [learning_sql, review_sql, new_sql] = study_queries();
        let mut due = Vec::new();
        let mut reviews = Vec::new();
        let mut new = Vec::new();
        for d in &decks {
            let (new_done, reviews_done) = done.get(&d.id).copied().unwrap_or((0, 0));
            let review_cap = limits
                .reviews
                .unwrap_or(d.reviews_per_day.saturating_sub(reviews_done));
            let new_cap = limits.new.unwrap_or(d.new_per_day.saturating_sub(new_done));
            let conn = self.conn();
            due.extend(
                conn.prepare_cached(&learning_sql)?
                    .query_map(params![d.id, today.0], card_from_row)?
                    .collect::<rusqlite::Result<Vec<_>>>()?,
            );
            reviews.extend(
                conn.prepare_cached(&review_sql)?
                    .query_map(
                        params![d.id, today.0, to_sql_limit(review_cap)],
                        card_from_row,
                    )?
                    .collect::<rusqlite::Result<Vec<_>>>()?,
            );
            new.extend(
                conn.prepare_cached(&new_sql)?
                    .query_map(params![d.id, to_sql_limit(new_cap), today.0], card_from_row)?
                    .collect::<rusqlite::Result<Vec<_>>>()?,
            );
        }
        reviews.sort_by_key(|c| (c.sched.due, c.id));
        if let Some(cap) = limits.reviews {
            reviews.truncate(cap);
        }
        if let Some(cap) = limits.new {
            new.truncate(cap);
        }
        due.extend(reviews);
        due.sort_by_key(|c| (c.sched.due, c.id));
        due.extend(new);
        Ok(due)
    }

    /// How many new cards of deck `deck_id` a session would show on `today`, at most `cap`:
    /// the same rule as the session's query, siblings waiting included.
    fn new_cards_today(&self, deck_id: i64, today: Day, cap: usize) -> Result<usize> {
        if cap == 0 {
            return Ok(0);
        }
        let sql = format!(
            "SELECT count(*) FROM (SELECT 1 FROM cards c WHERE c.deck_id = ?1 AND c.suspended = 0 \
             AND c.due IS NULL AND {} LIMIT ?2)",
            no_sibling_first(3)
        );
        let n: i64 = self
            .conn()
            .prepare_cached(&sql)?
            .query_row(params![deck_id, to_sql_limit(cap), today.0], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// Set the daily limits of `deck` and its subdecks; `None` keeps a limit as it is.
    /// Returns how many decks changed.
    pub fn set_limits(
        &mut self,
        deck: &str,
        new: Option<u32>,
        reviews: Option<u32>,
    ) -> Result<usize> {
        let ids: Vec<i64> = self.deck_rows(Some(deck))?.iter().map(|d| d.id).collect();
        self.transact(|tx| {
            let mut stmt = tx.prepare_cached(
                "UPDATE decks SET new_per_day = coalesce(?2, new_per_day), \
                 reviews_per_day = coalesce(?3, reviews_per_day) WHERE id = ?1",
            )?;
            let mut changed = 0;
            for id in ids {
                changed += stmt.execute(rusqlite::params![id, new, reviews])?;
            }
            Ok(changed)
        })
    }

    pub(super) fn deck_rows(&self, deck: Option<&str>) -> Result<Vec<DeckRow>> {
        let map = |r: &rusqlite::Row<'_>| {
            Ok(DeckRow {
                id: r.get(0)?,
                name: r.get(1)?,
                description: r.get(2)?,
                new_per_day: r.get(3)?,
                reviews_per_day: r.get(4)?,
            })
        };
        let base =
            "SELECT d.id, d.name, d.description, d.new_per_day, d.reviews_per_day FROM decks d";
        let rows = match deck {
            Some(name) => {
                let sql = format!("{base} WHERE {} ORDER BY d.name", deck_condition(1));
                let mut stmt = self.conn().prepare_cached(&sql)?;
                stmt.query_map([name], map)?
                    .collect::<rusqlite::Result<Vec<_>>>()?
            }
            None => {
                let mut stmt = self
                    .conn()
                    .prepare_cached(&format!("{base} ORDER BY d.name"))?;
                stmt.query_map([], map)?
                    .collect::<rusqlite::Result<Vec<_>>>()?
            }
        };
        if rows.is_empty()
            && let Some(name) = deck
        {
            return Err(self.unknown_deck(name)?);
        }
        Ok(rows)
    }
}

/// Per deck id: (new cards first answered today, review cards answered today). Drills,
/// re-answers of cards failed today and imported history do not count against the limits.
fn answered_today(conn: &Connection, today: Day) -> Result<HashMap<i64, (usize, usize)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.deck_id, \
                count(DISTINCT CASE WHEN r.due_before IS NULL THEN r.card_id END), \
                count(DISTINCT CASE WHEN r.due_before IS NOT NULL AND r.drill = 0 \
                                     AND r.reps_before > 0 THEN r.card_id END) \
         FROM reviews r JOIN cards c ON c.id = r.card_id \
         WHERE r.day = ?1 AND r.imported = 0 GROUP BY c.deck_id",
    )?;
    let rows = stmt.query_map([today.0], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    Ok(rows.collect::<rusqlite::Result<HashMap<_, _>>>()?)
}

fn to_sql_limit(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Store {
    /// `None` for every deck, else the ids of `deck` and its subdecks as a JSON array, for
    /// queries that filter with `json_each`.
    pub(super) fn deck_ids_json(&self, deck: Option<&str>) -> Result<Option<String>> {
        let Some(_) = deck else { return Ok(None) };
        let ids: Vec<i64> = self.deck_rows(deck)?.iter().map(|d| d.id).collect();
        Ok(Some(serde_json::to_string(&ids)?))
    }
}

/// The study session's queries of one deck (`?1`): failed and drilled cards due on day `?2`;
/// reviews due on day `?2`, at most `?3`; new cards in their order, at most `?2`, one card a
/// note a day (`?3` = today).
pub(super) fn study_queries() -> [String; 3] {
    [
        format!(
            "{CARD_SELECT} WHERE c.deck_id = ?1 AND c.suspended = 0 AND c.due <= ?2 \
             AND (c.drill = 1 OR c.repetitions = 0) ORDER BY c.due, c.id"
        ),
        format!(
            "{CARD_SELECT} WHERE c.deck_id = ?1 AND c.suspended = 0 AND c.due <= ?2 \
             AND c.drill = 0 AND c.repetitions > 0 ORDER BY c.due, c.id LIMIT ?3"
        ),
        format!(
            "{CARD_SELECT} WHERE c.deck_id = ?1 AND c.suspended = 0 AND c.due IS NULL \
             AND {} ORDER BY c.position, c.ord, c.id LIMIT ?2",
            no_sibling_first(3)
        ),
    ]
}

/// The SQL condition "no sibling of new card `c` comes first on day `?N`": a new card waits
/// for the next day while another card of its note is an earlier new card, is due, or was
/// answered that day (Anki's "bury new siblings"). Without it the c1 and c2 of one cloze note
/// come one after the other, and each shows the other's answer. The cards of other notes made
/// from the same sentence (a generated deck's `context`) are siblings too: "Waar staat MGP
/// voor?" and "Welk eiwit …? → matrix Gla-proteïne (MGP)" give each other away just the same.
/// Suspended siblings don't count. (`o.context <> ''` lets SQLite use the partial index
/// `notes_context`; without it, it scans every card for every new card.)
pub(super) fn no_sibling_first(day_param: usize) -> String {
    let first = format!(
        "s.id <> c.id AND s.suspended = 0 AND ((s.due IS NULL AND (s.position, s.ord, s.id) < (c.position, c.ord, c.id)) \
         OR s.due <= ?{day_param} OR EXISTS (SELECT 1 FROM reviews r WHERE r.card_id = s.id \
         AND r.day = ?{day_param} AND r.imported = 0))"
    );
    format!(
        "NOT EXISTS (SELECT 1 FROM cards s WHERE s.note_id = c.note_id AND {first}) \
         AND NOT EXISTS (SELECT 1 FROM notes m JOIN notes o ON o.context = m.context \
         AND o.context IS NOT NULL AND o.context <> '' AND o.id <> m.id \
         JOIN cards s ON s.note_id = o.id WHERE m.id = c.note_id AND {first})"
    )
}
