#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Every worked example of shared/design/sm2.md, end to end through the binary: each grade is
//! one `study --plain` run at the card's due day (12:00), read back with `cards --json`.

mod common;

use chrono::{Days, NaiveDate};
use common::Env;
use serde_json::Value;

const START: &str = "2026-01-01";

fn date_plus(days: u64) -> String {
    let d = NaiveDate::parse_from_str(START, "%Y-%m-%d").unwrap();
    d.checked_add_days(Days::new(days))
        .unwrap()
        .format("%Y-%m-%d")
        .to_string()
}

/// Answer `grades` one run at a time, each on the day the card is due. Returns the card's
/// JSON after the last answer and the day of the last answer.
fn replay(grades: &[u8]) -> (Value, String) {
    let env = Env::new();
    let deck = env.deck("d.toml", "D", &[("only", "Q?", "A")]);
    env.ok(&["import", deck.to_str().unwrap()]);
    let mut day = START.to_string();
    for g in grades {
        let now = format!("{day}T12:00:00");
        let out = env.study(&now, &format!("\n{g}\n"), &[]);
        assert!(out.contains("Q: Q?"), "card not shown on {day}: {out}");
        let card = env.card(&now, "only");
        day = card["due"]
            .as_str()
            .expect("answered card has a due day")
            .to_string();
    }
    let now = format!("{day}T12:00:00");
    (env.card(&now, "only"), day)
}

fn check(grades: &[u8], n: u64, ef: f64, interval: u64, due_day: u64) {
    let (card, _) = replay(grades);
    assert_eq!(card["repetitions"], n, "n after {grades:?}");
    assert_eq!(
        card["easiness"].as_f64().unwrap(),
        ef,
        "EF after {grades:?}"
    );
    assert_eq!(card["interval_days"], interval, "I after {grades:?}");
    assert_eq!(card["due"], date_plus(due_day), "due after {grades:?}");
}

#[test]
fn done_when_one_card_graded_5() {
    // The exact command of the "Done when".
    let env = Env::new();
    let deck = env.deck("d.toml", "D", &[("c1", "Welk eiwit?", "MGP")]);
    env.ok(&["import", deck.to_str().unwrap()]);
    let out = env
        .cmd()
        .args([
            "--now",
            "2026-01-01T12:00:00",
            "study",
            "--plain",
            "--deck",
            "D",
        ])
        .write_stdin("\n5\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let card = env.card("2026-01-01T12:00:00", "c1");
    assert_eq!(card["repetitions"], 1);
    assert_eq!(card["easiness"].as_f64().unwrap(), 2.6);
    assert_eq!(card["interval_days"], 1);
    assert_eq!(card["due"], "2026-01-02");
    assert_eq!(card["state"], "review");
}

#[test]
fn example_5() {
    check(&[5], 1, 2.6, 1, 1);
}

#[test]
fn example_5_5() {
    check(&[5, 5], 2, 2.7, 6, 7);
}

#[test]
fn example_5_5_5() {
    check(&[5, 5, 5], 3, 2.8, 17, 24);
}

#[test]
fn example_5_5_5_5() {
    check(&[5, 5, 5, 5], 4, 2.9, 50, 74);
}

#[test]
fn example_5_5_5_5_5() {
    check(&[5, 5, 5, 5, 5], 5, 3.0, 150, 224);
}

#[test]
fn example_4_4_4() {
    check(&[4, 4, 4], 3, 2.5, 15, 22);
}

#[test]
fn example_3_then_drill_4() {
    check(&[3, 4], 1, 2.36, 1, 1);
}

#[test]
fn example_5_5_2_is_due_again_the_same_day() {
    let (card, day) = replay(&[5, 5, 2]);
    assert_eq!(day, date_plus(7));
    assert_eq!(
        (card["repetitions"].as_u64(), card["interval_days"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(card["easiness"].as_f64(), Some(2.7));
    assert_eq!(card["lapses"], 1);
    assert_eq!(card["state"], "learning");
}

#[test]
fn example_5_5_2_4() {
    check(&[5, 5, 2, 4], 1, 2.7, 1, 8);
}

#[test]
fn example_5_5_2_4_4() {
    check(&[5, 5, 2, 4, 4], 2, 2.7, 6, 14);
}

#[test]
fn example_5_5_2_4_4_3_4() {
    check(&[5, 5, 2, 4, 4, 3, 4], 3, 2.56, 16, 30);
}

#[test]
fn example_3_4_nine_times() {
    let grades = [3, 4].repeat(9);
    let (card, _) = replay(&grades);
    assert_eq!(card["repetitions"], 9);
    assert_eq!(card["easiness"].as_f64(), Some(1.3));
}

#[test]
fn a_failed_card_is_drilled_in_the_same_session_until_it_passes() {
    // One session: 5 5 on earlier days, then 2, 3 (drill set), 4 (clears) in one run.
    let env = Env::new();
    let deck = env.deck("d.toml", "D", &[("only", "Q?", "A")]);
    env.ok(&["import", deck.to_str().unwrap()]);
    env.study("2026-01-01T12:00:00", "\n5\n", &[]);
    env.study("2026-01-02T12:00:00", "\n5\n", &[]);
    let out = env.study("2026-01-08T12:00:00", "\n2\n\n3\n\n4\n", &[]);
    assert_eq!(out.matches("Q: Q?").count(), 3, "{out}");
    let card = env.card("2026-01-08T12:00:00", "only");
    // 2 → n 0; 3 → n 1, EF 2.70 - 0.14, I 1, drill; 4 clears → due = day + 1.
    assert_eq!(card["repetitions"], 1);
    assert_eq!(card["easiness"].as_f64(), Some(2.56));
    assert_eq!(card["due"], "2026-01-09");
    assert_eq!(card["drill"], false);
    assert!(
        out.contains("Session done: 3 answers (0 new, 1 drill)"),
        "{out}"
    );
}
