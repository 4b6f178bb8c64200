//! Plain data shared by every layer: days, grades, SM-2 state and cards. No I/O here.

use std::fmt;

use chrono::{DateTime, Days, NaiveDate};
use serde::{Serialize, Serializer};

/// A study day, counted in days since 1970-01-01. A day starts at 04:00 local time (see
/// [`crate::clock`]), so this is not a calendar date of the instant but of the "recall day".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

impl Day {
    pub fn from_date(date: NaiveDate) -> Day {
        let days = date.signed_duration_since(epoch()).num_days();
        // Dates chrono can represent are within ±262,000 years, far inside i32 days.
        Day(i32::try_from(days).unwrap_or(if days < 0 { i32::MIN } else { i32::MAX }))
    }

    pub fn date(self) -> NaiveDate {
        let epoch = epoch();
        let n = u64::from(self.0.unsigned_abs());
        let date = if self.0 >= 0 {
            epoch.checked_add_days(Days::new(n))
        } else {
            epoch.checked_sub_days(Days::new(n))
        };
        date.unwrap_or(if self.0 >= 0 {
            NaiveDate::MAX
        } else {
            NaiveDate::MIN
        })
    }

    pub fn plus(self, days: i64) -> Day {
        let v = i64::from(self.0).saturating_add(days);
        Day(v.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        i64::from(later.0) - i64::from(self.0)
    }
}

fn epoch() -> NaiveDate {
    DateTime::UNIX_EPOCH.date_naive()
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date().format("%Y-%m-%d"))
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// An SM-2 grade, 0 (blackout) to 5 (perfect).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Grade(u8);

impl Grade {
    pub const ALL: [Grade; 6] = [Grade(0), Grade(1), Grade(2), Grade(3), Grade(4), Grade(5)];

    pub fn new(value: u8) -> Option<Grade> {
        (value <= 5).then_some(Grade(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// 3, 4 and 5 count as a successful recall.
    pub fn is_success(self) -> bool {
        self.0 >= 3
    }

    /// What the grade means, in the words of the SM-2 paper (shortened for a picker).
    pub fn meaning(self) -> &'static str {
        match self.0 {
            0 => "blackout, no idea",
            1 => "wrong, but familiar once seen",
            2 => "wrong, the answer seemed easy",
            3 => "correct, with serious difficulty",
            4 => "correct after hesitation",
            _ => "perfect, instant recall",
        }
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Easiness factor in hundredths: 250 is EF 2.50. Every SM-2 step is a multiple of 0.02, so
/// integers keep the arithmetic exact.
pub type Easiness = u16;

pub const INITIAL_EASINESS: Easiness = 250;
pub const MIN_EASINESS: Easiness = 130;

/// The SM-2 state of one card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sm2 {
    /// Consecutive successful repetitions (`n`).
    pub repetitions: u32,
    /// Easiness factor in hundredths (`EF`).
    pub easiness: Easiness,
    /// Interval in days (`I`).
    pub interval: u32,
    /// The day the card is due; `None` for a card never answered.
    pub due: Option<Day>,
    /// Graded 3 at the last answer: must be answered 4 or 5 before it is scheduled. While set,
    /// `due` is the day of that grade-3 answer.
    pub drill: bool,
    pub lapses: u32,
}

impl Sm2 {
    pub const NEW: Sm2 = Sm2 {
        repetitions: 0,
        easiness: INITIAL_EASINESS,
        interval: 0,
        due: None,
        drill: false,
        lapses: 0,
    };

    pub fn is_new(&self) -> bool {
        self.due.is_none()
    }

    pub fn is_due(&self, today: Day) -> bool {
        self.due.is_some_and(|d| d <= today)
    }

    /// A card that must come back within today's session: failed (n = 0) or drill pending.
    pub fn is_learning(&self, today: Day) -> bool {
        self.is_due(today) && (self.drill || self.repetitions == 0)
    }
}

impl Default for Sm2 {
    fn default() -> Self {
        Sm2::NEW
    }
}

/// Where a card stands, as `cards` and the JSON output show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CardState {
    New,
    Learning,
    Review,
    Suspended,
}

impl CardState {
    pub fn of(sched: &Sm2, suspended: bool, today: Day) -> CardState {
        if suspended {
            CardState::Suspended
        } else if sched.is_new() {
            CardState::New
        } else if sched.is_learning(today) {
            CardState::Learning
        } else {
            CardState::Review
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CardState::New => "new",
            CardState::Learning => "learning",
            CardState::Review => "review",
            CardState::Suspended => "suspended",
        }
    }
}

/// A card as study, listing and export see it: rendered text plus schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// The row id in the collection (internal; users see `key`).
    pub id: i64,
    /// The stable, user-facing id: the note's id, plus `/N` for the N-th card of a note.
    pub key: String,
    pub deck: String,
    pub front: String,
    pub back: String,
    /// What a typed answer is compared with (the back, or a cloze's deleted text).
    pub answer: String,
    pub tags: Vec<String>,
    pub source: Option<String>,
    pub context: Option<String>,
    pub sched: Sm2,
    pub suspended: bool,
}

impl Card {
    pub fn state(&self, today: Day) -> CardState {
        CardState::of(&self.sched, self.suspended, today)
    }
}

/// The easiness as a decimal number for display and JSON (250 -> 2.5).
pub fn easiness_f64(ef: Easiness) -> f64 {
    f64::from(ef) / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_round_trips_through_dates() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
        let day = Day::from_date(d);
        assert_eq!(day.date(), d);
        assert_eq!(day.to_string(), "2026-01-02");
        assert_eq!(Day(0).to_string(), "1970-01-01");
        assert_eq!(Day(-1).to_string(), "1969-12-31");
        assert_eq!(day.plus(30).to_string(), "2026-02-01");
    }

    #[test]
    fn grades_are_zero_to_five() {
        assert!(Grade::new(6).is_none());
        assert_eq!(Grade::new(5).map(Grade::value), Some(5));
        assert!(Grade::new(3).unwrap().is_success());
        assert!(!Grade::new(2).unwrap().is_success());
    }

    #[test]
    fn card_state_follows_schedule() {
        let today = Day(100);
        assert_eq!(CardState::of(&Sm2::NEW, false, today), CardState::New);
        assert_eq!(CardState::of(&Sm2::NEW, true, today), CardState::Suspended);
        let failed = Sm2 {
            due: Some(today),
            ..Sm2::NEW
        };
        assert_eq!(CardState::of(&failed, false, today), CardState::Learning);
        let drill = Sm2 {
            repetitions: 2,
            interval: 6,
            due: Some(today),
            drill: true,
            ..Sm2::NEW
        };
        assert_eq!(CardState::of(&drill, false, today), CardState::Learning);
        let review = Sm2 {
            repetitions: 2,
            interval: 6,
            due: Some(today),
            ..Sm2::NEW
        };
        assert_eq!(CardState::of(&review, false, today), CardState::Review);
    }
}
