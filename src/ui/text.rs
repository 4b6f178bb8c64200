//! Wording shared by both front ends.

use std::time::Duration;

use super::Summary;
use crate::model::Day;
use crate::scheduler::Outcome;

/// "today", "tomorrow", "in 6 days (2026-01-08)", "2 days ago".
pub fn describe_due(today: Day, due: Day) -> String {
    match today.days_until(due) {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n < 0 => format!("{} days ago", -n),
        n => format!("in {n} days ({due})"),
    }
}

/// "0:42", "12:05", "1:02:03".
pub fn format_duration(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// How many answers had each grade, highest grade first, grades nobody gave left out:
/// "5×12 4×3 1×1".
pub fn grade_counts<N: Copy + Default + PartialEq + std::fmt::Display>(grades: &[N]) -> String {
    let mut out = String::new();
    for (grade, n) in grades.iter().enumerate().rev() {
        if *n != N::default() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&format!("{grade}×{n}"));
        }
    }
    out
}

/// "1 card", "3 cards".
pub fn cards(n: usize) -> String {
    count(n, "card")
}

/// A number and a regular English noun that agrees with it: "1 card", "0 cards", "3 days".
pub fn count<N: std::fmt::Display + PartialEq + From<u8>>(n: N, word: &str) -> String {
    if n == N::from(1) {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Where a graded card went: "again later today" or "next on 2026-01-02 (1 day)".
pub fn graded(outcome: &Outcome) -> String {
    if outcome.again_today() {
        "again later today".into()
    } else {
        let due = outcome.next.due.map_or_else(String::new, |d| d.to_string());
        format!("next on {due} ({outcome})")
    }
}

/// The summary, as lines without colour.
pub fn summary_lines(s: &Summary) -> Vec<String> {
    let mut lines = Vec::new();
    let t = &s.tally;
    if t.answers == 0 && s.left == 0 {
        lines.push("Nothing to study right now.".to_string());
    } else if t.answers == 0 {
        lines.push("No cards answered.".to_string());
    } else {
        let answers = count(t.answers, "answer");
        lines.push(format!(
            "Session done: {answers} ({} new, {}) in {} · grades {}",
            t.new_cards,
            count(t.drills, "drill"),
            format_duration(s.elapsed),
            grade_counts(&t.grades)
        ));
    }
    if s.left > 0 {
        lines.push(format!(
            "{} left for today; run `recall study` to go on.",
            cards(s.left)
        ));
    }
    if s.left == 0 && s.more_today > 0 {
        lines.push(format!(
            "{} more {} within today's limits: `recall study` shows {}.",
            s.more_today,
            if s.more_today == 1 { "card" } else { "cards" },
            if s.more_today == 1 { "it" } else { "them" }
        ));
    } else if s.left == 0 && s.new_waiting > 0 {
        let (n, are) = match s.new_waiting {
            1 => ("1 more new card".to_string(), "is"),
            n => (format!("{n} more new cards"), "are"),
        };
        lines.push(if s.new_ready > 0 {
            format!(
                "{n} {are} waiting: `recall study --new {}` learns some ahead of schedule.",
                s.new_ready
            )
        } else {
            // Only siblings are left: `--new` would show none of them today.
            format!("{n} {are} waiting for later days: one new card of a note or sentence a day.")
        });
    }
    match s.next_due {
        Some((day, n)) => lines.push(format!(
            "Next: {} due {}.",
            cards(n),
            describe_due(s.today, day)
        )),
        None if s.left == 0 => lines.push("Nothing else is scheduled.".into()),
        None => {}
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Tally;

    #[test]
    fn a_count_agrees_with_its_noun() {
        assert_eq!(count(1usize, "card"), "1 card");
        assert_eq!(count(0u64, "review"), "0 reviews");
        assert_eq!(count(2usize, "day"), "2 days");
    }

    #[test]
    fn due_descriptions() {
        assert_eq!(describe_due(Day(10), Day(10)), "today");
        assert_eq!(describe_due(Day(10), Day(11)), "tomorrow");
        assert_eq!(describe_due(Day(10), Day(16)), "in 6 days (1970-01-17)");
        assert_eq!(describe_due(Day(10), Day(7)), "3 days ago");
    }

    #[test]
    fn durations() {
        assert_eq!(format_duration(Duration::from_secs(42)), "0:42");
        assert_eq!(format_duration(Duration::from_secs(725)), "12:05");
        assert_eq!(format_duration(Duration::from_secs(3723)), "1:02:03");
    }

    #[test]
    fn one_drill_is_one_drill() {
        let s = Summary {
            tally: Tally {
                answers: 1,
                grades: [0, 0, 0, 0, 1, 0],
                new_cards: 0,
                drills: 1,
            },
            elapsed: Duration::from_secs(5),
            today: Day(10),
            left: 0,
            next_due: None,
            new_waiting: 0,
            new_ready: 0,
            more_today: 0,
        };
        assert_eq!(
            summary_lines(&s)[0],
            "Session done: 1 answer (0 new, 1 drill) in 0:05 · grades 4×1"
        );
    }

    #[test]
    fn summary_text() {
        let s = Summary {
            tally: Tally {
                answers: 3,
                grades: [1, 0, 0, 0, 1, 1],
                new_cards: 2,
                drills: 0,
            },
            elapsed: Duration::from_secs(65),
            today: Day(10),
            left: 0,
            next_due: Some((Day(11), 2)),
            new_waiting: 0,
            new_ready: 0,
            more_today: 0,
        };
        assert_eq!(
            summary_lines(&s),
            [
                "Session done: 3 answers (2 new, 0 drills) in 1:05 · grades 5×1 4×1 0×1",
                "Next: 2 cards due tomorrow."
            ]
        );
        let waiting = |all, ready| Summary {
            new_waiting: all,
            new_ready: ready,
            tally: s.tally.clone(),
            ..s
        };
        assert_eq!(
            summary_lines(&waiting(25, 10))[1],
            "25 more new cards are waiting: `recall study --new 10` learns some ahead of schedule."
        );
        assert_eq!(
            summary_lines(&waiting(25, 3))[1],
            "25 more new cards are waiting: `recall study --new 3` learns some ahead of schedule."
        );
        assert_eq!(
            summary_lines(&waiting(6, 0))[1],
            "6 more new cards are waiting for later days: one new card of a note or sentence a day."
        );
        assert_eq!(
            summary_lines(&waiting(1, 0))[1],
            "1 more new card is waiting for later days: one new card of a note or sentence a day."
        );
    }
}
