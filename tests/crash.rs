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

/// Start from an empty collection again.
fn reset(env: &Env) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", env.db.display()));
    }
    env.ok(&["decks"]);
}

/// Import `file` once without interruption and time it, so the kills can be spread over the
/// whole import however loaded the machine is; leaves an empty collection.
fn calibrate(env: &Env, file: &std::path::Path) -> Duration {
    reset(env);
    let started = Instant::now();
    let out = recall(env, &["--now", NOW, "import", file.to_str().unwrap()])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    reset(env);
    took
}

/// Kill imports of `file` at random moments; each time the collection must hold all of the
/// file's `cards` or none. Returns (left nothing, completed).
fn kill_imports(env: &Env, file: &std::path::Path, cards: i64, seed: u64) -> (usize, usize) {
    let took = calibrate(env, file);
    let window = u64::try_from(took.as_micros() * 6 / 5).unwrap();
    let mut rng = SmallRng::seed_from_u64(seed);
    let (mut none, mut all) = (0, 0);
    for i in 0..iterations() {
        let mut child = recall(env, &["--now", NOW, "import", file.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let delay = Duration::from_micros(rng.random_range(0..window));
        std::thread::sleep(delay);
        child.kill().unwrap();
        child.wait().unwrap();
        assert_sound(env, &format!("import kill {i}"));
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM cards", [], |r| r.get(0))
            .unwrap();
        assert!(
            n == 0 || n == cards,
            "kill {i} after {delay:?} of {took:?}: {n} cards, a partial import"
        );
        if n == 0 {
            none += 1;
        } else {
            all += 1;
            drop(conn);
            reset(env);
        }
    }
    (none, all)
}

/// Sixty new cards in an empty collection, ready to study.
fn study_env() -> Env {
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
    env
}

/// Start a plain study session and feed it 400 random answers in small pieces, so a kill can
/// land anywhere; returns the child and the feeding thread.
fn study_fed(env: &Env, rng: &mut SmallRng) -> (std::process::Child, std::thread::JoinHandle<()>) {
    let mut child = recall(env, &["--now", NOW, "study", "--plain", "--new", "1000"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input: String = (0..400)
        .map(|_| format!("\n{}\n", rng.random_range(0..=5u8)))
        .collect();
    let writer = std::thread::spawn(move || {
        for chunk in input.as_bytes().chunks(7) {
            if stdin.write_all(chunk).is_err() {
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
    });
    (child, writer)
}

#[test]
fn killed_study_sessions_never_lose_or_half_write_an_answer() {
    // The kills are spread over the time a whole session takes on this machine, measured on a
    // collection of its own: with a fixed window, a loaded machine could start every session
    // so slowly that no kill came after an answer.
    let mut rng = SmallRng::seed_from_u64(7);
    let calibration = study_env();
    let started = Instant::now();
    let (mut child, writer) = study_fed(&calibration, &mut rng);
    assert!(child.wait().unwrap().success());
    writer.join().unwrap();
    let window = u64::try_from(started.elapsed().as_micros() * 6 / 5)
        .unwrap()
        .max(60_000);
    let env = study_env();
    let mut answered_before = 0i64;
    for i in 0..iterations() {
        let (mut child, writer) = study_fed(&env, &mut rng);
        let delay = Duration::from_micros(rng.random_range(0..window));
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
    eprintln!("study kills over {window} µs: {answered_before} answers kept");
    assert!(
        answered_before > 0,
        "no kill landed after an answer: the test did not test anything"
    );
}

#[test]
fn a_killed_import_adds_everything_or_nothing() {
    let env = Env::new();
    let mut text = String::from("[deck]\nname = \"Big\"\n");
    for i in 0..4000 {
        text.push_str(&format!("\n[[card]]\nfront = \"Question number {i}?\"\nback = \"Answer {i}\"\ntags = [\"t{}\"]\n", i % 7));
    }
    let deck = env.write("big.toml", text);
    let (none, all) = kill_imports(&env, &deck, 4000, 11);
    eprintln!("deck import kills: {none} left nothing, {all} completed");
}

#[test]
fn a_killed_text_import_adds_everything_or_nothing() {
    // The streaming importer of CSV/TSV and Anki packages: a reader thread, batches of notes,
    // one transaction.
    let env = Env::new();
    let mut text = String::from("#separator:tab\n#html:false\n#deck:Big\n");
    for i in 0..12000 {
        text.push_str(&format!("Question number {i}?\tAnswer {i}\n"));
    }
    let tsv = env.write("big.tsv", text);
    let (none, all) = kill_imports(&env, &tsv, 12000, 13);
    eprintln!("text import kills: {none} left nothing, {all} completed");
}

#[test]
fn a_killed_large_import_through_a_rollback_journal_adds_everything_or_nothing() {
    // 20,000 notes: the bulk path (indexes dropped and built again), and, as nobody else has
    // the collection open, a rollback journal instead of the write-ahead log (the store's
    // `importer_for`). A kill leaves a hot journal that the next open rolls back.
    let env = Env::new();
    let mut text = String::from("#separator:tab\n#html:false\n#deck:Big\n");
    for i in 0..20_000 {
        text.push_str(&format!("Question number {i}?\tAnswer {i}\n"));
    }
    let tsv = env.write("big.tsv", text);
    let (none, all) = kill_imports(&env, &tsv, 20_000, 17);
    eprintln!("large import kills: {none} left nothing, {all} completed");
}
