#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The plain study protocol of cli.md, exactly: what is printed, what is read, and what is saved.

mod common;

use common::Env;

const NOW: &str = "2026-01-01T12:00:00";

fn env_with(n: usize) -> Env {
    let env = Env::new();
    let cards: Vec<(String, String, String)> = (1..=n)
        .map(|i| {
            (
                format!("c{i}"),
                format!("Question {i}?"),
                format!("Answer {i}"),
            )
        })
        .collect();
    let refs: Vec<(&str, &str, &str)> = cards
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    let deck = env.deck("d.toml", "D", &refs);
    env.ok(&["import", deck.to_str().unwrap()]);
    env
}

#[test]
fn two_cards_answered_5_and_4_with_the_exact_transcript() {
    let env = env_with(2);
    let out = env.study(NOW, "\n5\n\n4\n", &[]);
    let expected = "
── D · new · 0/2 done
Q: Question 1?
answer> A: Answer 1
intervals: 0-2 again today · 3 again today, then 1 day · 4-5 1 day
grade 0-5> → next on 2026-01-02 (1 day)

── D · new · 1/2 done
Q: Question 2?
answer> A: Answer 2
intervals: 0-2 again today · 3 again today, then 1 day · 4-5 1 day
grade 0-5> → next on 2026-01-02 (1 day)

Session done: 2 answers (2 new, 0 drills) in 0:00 · grades 5×1 4×1
Next: 2 cards due tomorrow.
";
    assert_eq!(out, expected);
    let cards = env.cards(NOW);
    assert_eq!(cards[0]["easiness"].as_f64(), Some(2.6));
    assert_eq!(cards[1]["easiness"].as_f64(), Some(2.5));
}

#[test]
fn end_of_input_saves_what_was_answered_and_exits_0() {
    let env = env_with(3);
    let out = env.run(&["--now", NOW, "study", "--plain"], "\n5\n\n");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.ends_with("Session done: 1 answer (1 new, 0 drills) in 0:00 · grades 5×1\n2 cards left for today; run `recall study` to go on.\nNext: 1 card due tomorrow.\n"), "{stdout}");
    let states: Vec<String> = env
        .cards(NOW)
        .iter()
        .map(|c| c["state"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(states, ["review", "new", "new"]);
}

#[test]
fn an_invalid_grade_gets_a_hint_and_is_read_again() {
    let env = env_with(1);
    let out = env.study(NOW, "\n7\nfive\n\n4\n", &[]);
    let hint = "recall: '7' is not a grade: type a digit 0-5 (q quits, u undoes the last answer, s suspends this card)\n";
    assert!(out.contains(hint), "{out}");
    assert!(out.contains("recall: 'five' is not a grade"));
    assert!(out.contains("recall: '' is not a grade"));
    assert_eq!(env.card(NOW, "c1")["interval_days"], 1);
}

#[test]
fn failed_cards_come_back_after_a_few_others_until_graded_4_or_5() {
    let env = env_with(6);
    // c1 fails, then c2..c6 are answered as they come; c1 must reappear once the gap is passed.
    let input = "\n1\n".to_string() + &"\n5\n".repeat(8);
    let out = env.study(NOW, &input, &[]);
    let fronts: Vec<&str> = out.lines().filter_map(|l| l.strip_prefix("Q: ")).collect();
    assert_eq!(fronts.len(), 7, "{out}");
    assert_eq!(fronts[0], "Question 1?");
    let again = fronts
        .iter()
        .skip(1)
        .position(|f| *f == "Question 1?")
        .unwrap();
    assert!(
        (3..=5).contains(&again),
        "came back after {again} other cards: {fronts:?}"
    );
    let c1 = env.card(NOW, "c1");
    assert_eq!(
        (c1["repetitions"].as_u64(), c1["due"].as_str()),
        (Some(1), Some("2026-01-02"))
    );
    assert!(
        out.contains("1 to repeat"),
        "progress shows the pending repeat"
    );
}

#[test]
fn grade_3_is_drilled_and_the_drill_answer_is_logged_as_drill() {
    let env = env_with(1);
    let out = env.study(NOW, "\n3\n\n2\n\n4\n", &[]);
    assert_eq!(out.matches("Q: Question 1?").count(), 3);
    let c = env.card(NOW, "c1");
    assert_eq!(
        (
            c["repetitions"].as_u64(),
            c["easiness"].as_f64(),
            c["drill"].as_bool()
        ),
        (Some(1), Some(2.36), Some(false))
    );
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let drills: Vec<(u8, bool)> = conn
        .prepare("SELECT grade, drill FROM reviews ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(drills, [(3, false), (2, true), (4, true)]);
}

#[test]
fn a_pending_drill_survives_the_session_and_is_due_the_next_day() {
    let env = env_with(1);
    env.study(NOW, "\n3\n", &[]);
    let c = env.card(NOW, "c1");
    assert_eq!(
        (c["drill"].as_bool(), c["state"].as_str(), c["due"].as_str()),
        (Some(true), Some("learning"), Some("2026-01-01"))
    );
    let out = env.study("2026-01-02T12:00:00", "\n5\n", &[]);
    assert!(out.contains("Q: Question 1?"));
    // cleared: due = grade-3 day + I = 2026-01-02, so it is due again (today)
    let c = env.card("2026-01-02T12:00:00", "c1");
    assert_eq!(
        (c["drill"].as_bool(), c["due"].as_str(), c["state"].as_str()),
        (Some(false), Some("2026-01-02"), Some("review"))
    );
}

#[test]
fn typed_answers_are_compared_leniently_and_empty_accepts_the_suggestion() {
    let env = env_with(3);
    let out = env.study(
        NOW,
        "answer 1\n\nanswr 2\n\nsomething\n\n",
        &["--mode", "type"],
    );
    assert!(out.contains("typed: correct\n"), "{out}");
    assert!(out.contains("typed: almost (\"answr 2\")\n"));
    assert!(out.contains("typed: wrong (\"something\")\n"));
    assert!(out.contains("grade 0-5 [4]> "));
    assert!(out.contains("grade 0-5 [3]> "));
    assert!(out.contains("grade 0-5 [1]> "));
    // 4 → 1 day; 3 → drill; 1 → failed, came back, then end of input.
    let c: Vec<(u64, bool)> = env
        .cards(NOW)
        .iter()
        .map(|c| {
            (
                c["repetitions"].as_u64().unwrap(),
                c["drill"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(c, [(1, false), (1, true), (0, false)]);
}

#[test]
fn in_flip_mode_a_typed_answer_is_checked_too() {
    let env = env_with(1);
    let out = env.study(NOW, "Answer 1\n5\n", &[]);
    assert!(out.contains("A: Answer 1\ntyped: correct\n"), "{out}");
}

#[test]
fn daily_limits_and_run_caps() {
    let env = env_with(25);
    let out = env.study(NOW, "", &[]);
    assert!(
        out.contains("0/20 done"),
        "20 new cards a day by default: {out}"
    );
    let out = env.study(NOW, "", &["--new", "3"]);
    assert!(out.contains("0/3 done"), "{out}");
    let out = env.study(NOW, "", &["--new", "400"]);
    assert!(
        out.contains("0/25 done"),
        "--new overrides the daily limit: {out}"
    );
    // 5 new answered today: 15 left of the daily limit
    env.study(NOW, &"\n4\n".repeat(5), &[]);
    let out = env.study(NOW, "", &[]);
    assert!(out.contains("0/15 done"), "{out}");
    // the day's limit used up: the summary says how to learn more
    let out = env.study(NOW, &"\n4\n".repeat(15), &[]);
    assert!(
        out.contains(
            "5 more new cards are waiting: `recall study --new 5` learns some ahead of schedule.\n"
        ),
        "{out}"
    );
    let out = env.study(NOW, "", &[]);
    assert!(
        out.starts_with("\nNothing to study right now.\n5 more new cards are waiting"),
        "{out}"
    );
}

#[test]
fn a_capped_run_says_what_today_still_holds() {
    // `--new 1` and `--reviews 1` cap one run, not the day: the summary says that
    // `recall study` has more today, instead of "nothing else" or "ahead of schedule".
    let env = env_with(3);
    let out = env.study(NOW, "\n5\n", &["--new", "1"]);
    assert!(
        out.contains("\n2 more cards within today's limits: `recall study` shows them.\n"),
        "{out}"
    );
    assert!(!out.contains("ahead of schedule"), "{out}");
    env.study(NOW, "\n5\n\n5\n", &[]);
    let next = "2026-01-02T12:00:00";
    let out = env.study(next, "\n5\n", &["--reviews", "1"]);
    assert!(
        out.contains("\n2 more cards within today's limits: `recall study` shows them.\n"),
        "{out}"
    );
    let out = env.study(next, "\n5\n", &["--reviews", "1"]);
    assert!(
        out.contains("\n1 more card within today's limits: `recall study` shows it.\n"),
        "{out}"
    );
    let out = env.study(next, "\n5\n", &["--reviews", "1"]);
    assert!(!out.contains("within today's limits"), "{out}");
}

#[test]
fn due_cards_come_first_most_overdue_first() {
    let env = env_with(4);
    env.study("2026-01-01T12:00:00", "\n4\n", &["--new", "1"]); // c1 due 01-02
    env.study("2026-01-02T12:00:00", "\n4\n\n4\n", &["--new", "1"]); // c1 → 01-08, c2 due 01-03
    let out = env.study("2026-01-10T12:00:00", "", &["--new", "1"]);
    let first = out.lines().find_map(|l| l.strip_prefix("Q: ")).unwrap();
    assert_eq!(
        first, "Question 2?",
        "c2 (7 days overdue) before c1 (2 days) and new c3: {out}"
    );
}

#[test]
fn undo_and_suspend_on_the_grade_line() {
    let env = env_with(2);
    // answer c1 with 1, undo it (c1 shown again), answer 5; suspend c2.
    let out = env.study(NOW, "\n1\n\nu\n\n5\n\ns\n", &[]);
    assert!(out.contains("Undid the last answer (card c1)."), "{out}");
    assert!(
        out.contains("Suspended card c2; `recall unsuspend c2` brings it back."),
        "{out}"
    );
    let c1 = env.card(NOW, "c1");
    assert_eq!(
        (c1["repetitions"].as_u64(), c1["lapses"].as_u64()),
        (Some(1), Some(0))
    );
    assert_eq!(env.card(NOW, "c2")["state"], "suspended");
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM reviews", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1, "the undone answer left no review row");
    assert!(env.ok(&["--now", NOW, "check"]).starts_with("ok:"));
}

#[test]
fn quit_on_the_grade_line_ends_cleanly() {
    let env = env_with(2);
    let out = env.study(NOW, "\nq\n", &[]);
    assert!(
        out.ends_with("No cards answered.\n2 cards left for today; run `recall study` to go on.\n"),
        "{out}"
    );
}

/// On the answer line, `:q`, `:u` and `:s` quit, undo and suspend, as at the terminal's type-mode
/// prompt; a bare `q` stays a typed answer (it may be one: the line is the answer, cli.md).
#[test]
fn colon_commands_on_the_answer_line() {
    let env = env_with(3);
    // c1: typed "q" is an answer, graded 5; c2: `:u` undoes c1, which comes back and is
    // graded 4; c2 again: `:s` suspends it; c3: `:q` quits.
    let out = env.study(NOW, "q\n5\n:u\n\n4\n:s\n:q\n", &[]);
    assert!(out.contains("typed: wrong (\"q\")\n"), "{out}");
    assert!(out.contains("Undid the last answer (card c1)."), "{out}");
    assert!(
        out.contains("Suspended card c2; `recall unsuspend c2` brings it back."),
        "{out}"
    );
    assert!(
        out.contains("Session done: 1 answer (1 new, 0 drills)"),
        "{out}"
    );
    assert_eq!(
        env.card(NOW, "c1")["easiness"].as_f64(),
        Some(2.5),
        "graded 4"
    );
    assert_eq!(env.card(NOW, "c2")["state"], "suspended");
    assert_eq!(env.card(NOW, "c3")["state"], "new");
}

#[test]
fn nothing_to_study_and_empty_collection() {
    let env = Env::new();
    let out = env.study(NOW, "", &[]);
    assert_eq!(
        out,
        "The collection is empty: add cards with `recall import FILE.toml` or `recall import --examples`.\n"
    );
    let env = env_with(1);
    env.study(NOW, "\n5\n", &[]);
    let out = env.study(NOW, "", &[]);
    assert_eq!(
        out,
        "\nNothing to study right now.\nNext: 1 card due tomorrow.\n"
    );
}

#[test]
fn the_summary_of_a_deck_session_speaks_of_that_deck_only() {
    // Deck D's two cards are due tomorrow, Other's card in six days: a session of Other ends
    // on Other's next day, not on D's.
    let env = env_with(2);
    let other = env.deck("o.toml", "Other", &[("o1", "Other?", "O")]);
    env.ok(&["import", other.to_str().unwrap()]);
    env.study(NOW, "\n5\n", &["--deck", "Other"]);
    let next = "2026-01-02T12:00:00";
    env.study(next, "\n5\n\n5\n", &["--deck", "D"]);
    let out = env.study(next, "\n5\n", &["--deck", "Other"]);
    assert!(
        out.ends_with("Next: 1 card due in 6 days (2026-01-08).\n"),
        "{out}"
    );
}

#[test]
fn deck_filter_and_unknown_deck() {
    let env = env_with(1);
    let other = env.deck("o.toml", "Other", &[("o1", "Other?", "O")]);
    env.ok(&["import", other.to_str().unwrap()]);
    let out = env.study(NOW, "", &["--deck", "other"]);
    assert!(
        out.contains("Q: Other?") && !out.contains("Question 1?"),
        "{out}"
    );
    let err = env.fails(&["study", "--plain", "--deck", "Nope"]);
    assert_eq!(err, "recall: unknown deck 'Nope'\n");
}

#[test]
fn each_answer_is_committed_before_the_next_card_is_shown() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    let env = env_with(2);
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("recall"))
        .args([
            "--db",
            env.db.to_str().unwrap(),
            "--now",
            NOW,
            "study",
            "--plain",
        ])
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    stdin.write_all(b"\n5\n").unwrap();
    stdin.flush().unwrap();
    // Wait until the second front is on screen, then look at the collection from outside.
    for line in lines.by_ref() {
        if line.unwrap().starts_with("Q: Question 2?") {
            break;
        }
    }
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let (reps, reviews): (i64, i64) = conn
        .query_row("SELECT (SELECT repetitions FROM cards WHERE key = 'c1'), (SELECT count(*) FROM reviews)", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((reps, reviews), (1, 1));
    child.kill().unwrap();
    child.wait().unwrap();
    drop(conn);
    assert!(
        env.ok(&["--now", NOW, "check"])
            .starts_with("ok: 2 cards, 1 review")
    );
}
