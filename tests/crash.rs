#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Crash safety: `study` and `import` killed with SIGKILL at random moments never leave a
//! half-written answer or a partial import. `RECALL_CRASH_ITERATIONS` sets the number of kills
//! per test (default 12; `bench/crash_loop.sh` runs 1000).

#![cfg(unix)]

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::Env;
use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};

const NOW: &str = "2026-01-01T12:00:00";

fn iterations() -> usize {
    std::env::var("RECALL_CRASH_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12)
}

fn recall(env: &Env, args: &[&str]) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("recall"));
    cmd.arg("--db")
        .arg(&env.db)
        .args(args)
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0")
        .env("TZ", "UTC");
    cmd
}

/// The collection is sound: SQLite integrity, foreign keys, and every card's state equal to
/// the state its last review-log row recorded (so each answer was all or nothing).
fn assert_sound(env: &Env, context: &str) {
    let out = recall(env, &["--now", NOW, "check"]).output().unwrap();
    assert!(
        out.status.success(),
        "{context}: check failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    // Answered cards and cards with review rows are the same set.
    let mismatched: i64 = conn
        .query_row(
            "SELECT count(*) FROM cards c WHERE (c.due IS NOT NULL) != \
             EXISTS (SELECT 1 FROM reviews r WHERE r.card_id = c.id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        mismatched, 0,
        "{context}: a card's state and its review rows disagree"
    );
}

#[test]
fn killed_study_sessions_never_lose_or_half_write_an_answer() {
    let env = Env::new();
    let cards: Vec<(String, String, String)> = (0..60)
        .map(|i| (format!("c{i}"), format!("Q{i}?"), format!("A{i}")))
        .collect();
    let refs: Vec<(&str, &str, &str)> = cards
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    let deck = env.deck("d.toml", "D", &refs);
    env.ok(&["import", deck.to_str().unwrap()]);
    let mut rng = SmallRng::seed_from_u64(7);
    let mut answered_before = 0i64;
    for i in 0..iterations() {
        let mut child = recall(&env, &["--now", NOW, "study", "--plain", "--new", "1000"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input: String = (0..400)
            .map(|_| format!("\n{}\n", rng.random_range(0..=5u8)))
            .collect();
        let delay = Duration::from_micros(rng.random_range(0..60_000));
        let writer = std::thread::spawn(move || {
            // Feed answers in small pieces so the kill can land anywhere.
            for chunk in input.as_bytes().chunks(7) {
                if stdin.write_all(chunk).is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_micros(200));
            }
        });
        std::thread::sleep(delay);
        child.kill().unwrap();
        child.wait().unwrap();
        writer.join().unwrap();
        assert_sound(&env, &format!("kill {i} after {delay:?}"));
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        let answered: i64 = conn
            .query_row("SELECT count(*) FROM reviews", [], |r| r.get(0))
            .unwrap();
        assert!(answered >= answered_before, "answers were lost");
        answered_before = answered;
    }
    assert!(
        answered_before > 0,
        "no kill landed after an answer: the test did not test anything"
    );
}

#[test]
fn a_killed_import_adds_everything_or_nothing() {
    let env = Env::new();
    env.ok(&["decks"]);
    let mut text = String::from("[deck]\nname = \"Big\"\n");
    for i in 0..4000 {
        text.push_str(&format!("\n[[card]]\nfront = \"Question number {i}?\"\nback = \"Answer {i}\"\ntags = [\"t{}\"]\n", i % 7));
    }
    let deck = env.write("big.toml", text);
    let mut rng = SmallRng::seed_from_u64(11);
    let (mut none, mut all) = (0, 0);
    for i in 0..iterations() {
        let started = Instant::now();
        let mut child = recall(&env, &["--now", NOW, "import", deck.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let delay = Duration::from_micros(rng.random_range(0..400_000));
        std::thread::sleep(delay);
        child.kill().unwrap();
        child.wait().unwrap();
        assert_sound(&env, &format!("import kill {i}"));
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM cards", [], |r| r.get(0))
            .unwrap();
        assert!(
            n == 0 || n == 4000,
            "kill {i} after {:?}: {n} cards, a partial import",
            started.elapsed()
        );
        if n == 0 {
            none += 1
        } else {
            all += 1
        }
        if n == 4000 {
            // Start again from an empty collection so later kills can land mid-import too.
            drop(conn);
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", env.db.display()));
            }
            env.ok(&["decks"]);
        }
    }
    eprintln!("import kills: {none} left nothing, {all} completed");
}
