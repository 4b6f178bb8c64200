use std::fmt;

use super::{Config, answer};
use crate::model::{Day, Grade, Sm2};

/// What one grade would do to a card: the state it leads to, and when the card is seen next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub grade: Grade,
    pub next: Sm2,
    pub today: Day,
}

impl Outcome {
    /// The card comes back in this session (a failure, or a pending drill).
    pub fn again_today(&self) -> bool {
        self.next.is_due(self.today)
    }

    /// Days until the card is due after this answer; 0 when it comes back today.
    pub fn days(&self) -> i64 {
        self.next.due.map_or(0, |d| self.today.days_until(d).max(0))
    }
}

impl fmt::Display for Outcome {
    /// `again today`, `again today, then 1 day`, `6 days`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = |n: i64| {
            if n == 1 {
                "1 day".to_string()
            } else {
                format!("{n} days")
            }
        };
        if self.next.drill {
            write!(
                f,
                "again today, then {}",
                days(i64::from(self.next.interval))
            )
        } else if self.again_today() {
            f.write_str("again today")
        } else {
            f.write_str(&days(self.days()))
        }
    }
}

/// Every grade's outcome, 0 to 5, for the grade picker.
pub fn next_states(state: &Sm2, today: Day, config: &Config) -> [Outcome; 6] {
    Grade::ALL.map(|grade| Outcome {
        grade,
        next: answer(state, grade, today, config),
        today,
    })
}
