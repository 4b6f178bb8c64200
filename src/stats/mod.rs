//! Progress statistics, pure: the store loads cards and the review log into a [`StatsInput`],
//! [`compute`] turns it into [`Stats`] (serde: the JSON of `recall stats --json`), and the
//! renderers draw it: [`text`] for the terminal (with [`bars`], [`heatmap`] and [`histogram`]
//! charts), [`html`] for a self-contained page (with [`svg`] charts).
//!
//! Every definition lives in [`compute`] and is documented in the README (Statistics). Time is an
//! argument (`today`, a study day that starts at 04:00); nothing here reads the clock, the
//! store or the terminal.

pub mod bars;
mod compute;
pub mod heatmap;
pub mod histogram;
pub mod html;
mod paint;
pub mod svg;
pub mod text;

#[cfg(test)]
mod tests;

use serde::Serialize;

pub use compute::{
    FORECAST_DAYS, GLANCE_DAYS, HARDEST, LEECH_LAPSES, MATURE_DAYS, RETENTION_WINDOWS, compute,
    counts, decks, detail_from, easiness_buckets, forecast, glance, hardest, hardest_ids, history,
    interval_buckets, retention, retention_over, streak,
};
pub use paint::{Paint, Plain, Role};

use crate::model::{Day, Grade, Sm2};

// ---------------------------------------------------------------------------------------------
// Input

/// What statistics are computed from: the cards in scope and their review log.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatsInput {
    /// The decks in scope, sorted by name.
    pub decks: Vec<DeckName>,
    pub cards: Vec<CardFacts>,
    /// Id and front of the cards `hardest` lists ([`hardest_ids`]); a card without an entry is
    /// listed with an empty id and front.
    pub texts: Vec<CardText>,
    pub log: ReviewLog,
}

/// A deck's row id and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckName {
    pub id: i64,
    pub name: String,
}

/// A card's schedule, without its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardFacts {
    /// The card's row id (the same as [`Answer::card`]).
    pub id: i64,
    /// The deck's row id ([`DeckName::id`]).
    pub deck: i64,
    pub sched: Sm2,
    pub suspended: bool,
}

/// The words of a card, for the lists that name cards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardText {
    pub id: i64,
    /// The user-facing id (`recall cards` shows it).
    pub key: String,
    pub front: String,
}

/// One row of the review log: every answer, drills and imported history included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    /// Answer order (the review-log row id): later answers have larger numbers.
    pub seq: i64,
    pub card: i64,
    /// The study day of the answer (04:00 rollover), as the log recorded it.
    pub day: Day,
    pub grade: Grade,
    /// The answer cleared (or tried to clear) a pending drill.
    pub drill: bool,
    /// The card's repetitions (`n`) before the answer.
    pub reps_before: u32,
    /// The card had never been answered before (no due day).
    pub was_new: bool,
    pub duration_ms: u64,
}

/// The review log as statistics need it: for all of history the number of answers and the
/// days that had any, and every answer from `detail_from` on in detail.
///
/// A collection's whole log can be millions of rows, and only the last year (or the history
/// window, when longer) is needed in detail; [`ReviewLog::complete`] builds a log with
/// everything in detail (for tests and small collections).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewLog {
    /// Every answer ever given.
    pub total: u64,
    /// Every day with at least one answer, ascending, over all of history.
    pub active_days: Vec<Day>,
    /// Every answer on or after `detail_from` (any order).
    pub answers: Vec<Answer>,
    /// `None`: `answers` is the whole log.
    pub detail_from: Option<Day>,
}

impl ReviewLog {
    /// A log that holds every answer in detail.
    pub fn complete(answers: Vec<Answer>) -> ReviewLog {
        let mut active_days: Vec<Day> = answers.iter().map(|a| a.day).collect();
        active_days.sort_unstable();
        active_days.dedup();
        ReviewLog {
            total: answers.len() as u64,
            active_days,
            answers,
            detail_from: None,
        }
    }

    /// Whether the answers of `day` and every later day are in detail.
    pub fn covers(&self, day: Day) -> bool {
        self.detail_from.is_none_or(|from| from <= day)
    }
}

// ---------------------------------------------------------------------------------------------
// Output: the JSON of `recall stats --json`. Field order is the documented key order.

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub today: Today,
    pub cards: CardCounts,
    pub due: Due,
    pub reviews: Reviews,
    pub retention: Retention,
    pub streak: Streak,
    /// The next 30 days, from tomorrow.
    pub forecast: Vec<ForecastDay>,
    /// One entry per day of the window (`--days`), oldest first, today last.
    pub history: Vec<HistoryDay>,
    pub intervals: Vec<Bucket>,
    pub easiness: Vec<Bucket>,
    pub hardest: Vec<HardCard>,
    pub decks: Vec<DeckCounts>,
}

/// What happened today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Today {
    pub date: Day,
    /// Answers given today, drills and re-answers included.
    pub answered: u64,
    /// Cards answered today for the first time ever.
    pub new_seen: u64,
    /// Time spent on today's answers, in milliseconds.
    pub time_ms: u64,
    /// Today's answers per grade: index 0 to 5.
    pub grades: [u64; 6],
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CardCounts {
    pub new: u64,
    pub learning: u64,
    pub young: u64,
    pub mature: u64,
    pub suspended: u64,
    pub total: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Due {
    pub today: u64,
    pub tomorrow: u64,
    pub week: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Reviews {
    pub total: u64,
    pub today: u64,
}

/// The share of scheduled reviews recalled (graded 3 or more), over the last 7, 30 and 365
/// days; `None` (JSON `null`) when there were none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Retention {
    pub d7: Option<f64>,
    pub d30: Option<f64>,
    pub d365: Option<f64>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Streak {
    pub current: u64,
    pub longest: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ForecastDay {
    pub date: Day,
    pub due: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HistoryDay {
    pub date: Day,
    pub reviews: u64,
}

/// One bar of a histogram: a label such as "2-3" or "2.50-2.69", and how many cards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bucket {
    pub range: String,
    pub count: u64,
}

/// A card with many lapses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HardCard {
    pub id: String,
    pub deck: String,
    pub front: String,
    pub lapses: u32,
    pub easiness: f64,
    pub interval: u32,
    pub suspended: bool,
    /// [`LEECH_LAPSES`] lapses or more.
    pub leech: bool,
}

/// What the dashboard (`recall` alone) shows: see [`glance`].
#[derive(Debug, Clone, PartialEq)]
pub struct Glance {
    pub due_today: u64,
    pub answered_today: u64,
    /// The current streak.
    pub streak: u64,
    /// Retention over the last [`GLANCE_DAYS`] days.
    pub retention: Option<f64>,
    /// Cards due on each of the next [`GLANCE_DAYS`] days, from tomorrow.
    pub forecast: Vec<u64>,
    /// Answers on each of the last [`GLANCE_DAYS`] days, today last.
    pub recent: Vec<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeckCounts {
    pub name: String,
    pub total: u64,
    pub new: u64,
    pub due: u64,
}
