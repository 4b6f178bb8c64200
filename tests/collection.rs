#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Where the collection lives and what recall refuses to open.

mod common;

use common::Env;

const NOW: &str = "2026-01-01T12:00:00";

#[test]
fn the_default_location_gets_the_example_deck_on_first_use() {
    let env = Env::new();
    let out = env
        .bare_cmd()
        .args(["--now", NOW, "study", "--plain"])
        .write_stdin("")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let db = env.path("data/recall/collection.db");
    assert!(db.exists(), "collection created in the XDG data dir");
    assert!(
        stderr.starts_with(&format!(
            "Created a new collection at {} with the example deck (",
            db.display()
        )),
        "{stderr}"
    );
    // The first card is a K2 card, shown at once.
    assert!(
        stdout.contains("── Vitamine K2 · new · 0/20 done\nQ: "),
        "{stdout}"
    );
    // A second run does not import again.
    let out = env.bare_cmd().args(["decks", "--json"]).output().unwrap();
    assert!(out.stderr.is_empty());
    let decks: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(decks.as_array().unwrap().len(), 1);
}

#[test]
fn an_explicit_db_or_recall_db_starts_empty() {
    let env = Env::new();
    assert_eq!(env.cards(NOW).len(), 0);
    let other = env.path("other.db");
    let out = env
        .bare_cmd()
        .env("RECALL_DB", &other)
        .args(["cards", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "[]");
    assert!(other.exists());
}

fn refused_untouched(env: &Env, db: &std::path::Path, expect: &str) {
    let before = std::fs::read(db).unwrap_or_default();
    let out = env
        .bare_cmd()
        .arg("--db")
        .arg(db)
        .args(["cards"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err, format!("recall: {}: {expect}\n", db.display()));
    assert_eq!(
        std::fs::read(db).unwrap_or_default(),
        before,
        "file modified"
    );
    for suffix in ["-wal", "-shm"] {
        assert!(
            !env.path(&format!(
                "{}{suffix}",
                db.file_name().unwrap().to_str().unwrap()
            ))
            .exists()
        );
    }
}

#[test]
fn a_text_file_as_db_is_refused_and_left_untouched() {
    let env = Env::new();
    let db = env.write("notes.db", "these are my notes, not a database\n");
    refused_untouched(
        &env,
        &db,
        "not a recall collection (not a SQLite database); nothing was changed",
    );
}

#[test]
fn another_applications_sqlite_file_is_refused() {
    let env = Env::new();
    let db = env.path("anki.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("CREATE TABLE col (id INTEGER PRIMARY KEY); INSERT INTO col VALUES (1);")
        .unwrap();
    drop(conn);
    refused_untouched(
        &env,
        &db,
        "not a recall collection (a SQLite database without recall's tables); nothing was changed",
    );
}

#[test]
fn a_directory_as_db_is_refused() {
    let env = Env::new();
    let dir = env.path("somewhere");
    std::fs::create_dir(&dir).unwrap();
    let out = env
        .bare_cmd()
        .arg("--db")
        .arg(&dir)
        .arg("cards")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "recall: {}: not a recall collection (it is a directory); nothing was changed\n",
            dir.display()
        )
    );
}

#[test]
fn a_collection_that_cannot_be_written_beside_is_named() {
    // SQLite's write-ahead log lives beside the collection: when it cannot be made (a
    // read-only folder, or here a folder in its place), even reading fails. The message names
    // the collection and the likely cause instead of SQLite's "unable to open database file".
    let env = Env::new();
    env.ok(&["decks"]);
    let before = std::fs::read(&env.db).unwrap();
    let wal = env.db.with_file_name("collection.db-wal");
    std::fs::create_dir(&wal).unwrap();
    let err = env.fails(&["study", "--plain"]);
    assert_eq!(
        err,
        format!(
            "recall: {}: cannot open the collection: recall must be able to write the file and \
             create files beside it (is the file or its folder read-only?)\n",
            env.db.display()
        )
    );
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
}

#[test]
fn a_collection_that_cannot_be_written_can_still_be_read() {
    // On a read-only mount (or folder) `decks`, `cards`, `stats` and the dashboard only read:
    // they open the collection read-only instead of failing. A folder in the place of the
    // write-ahead log stands in for the read-only folder here, since root may write anyway.
    let env = Env::new();
    let deck = env.deck("d.toml", "D", &[("c1", "Q1?", "A1"), ("c2", "Q2?", "A2")]);
    env.ok(&["import", deck.to_str().unwrap()]);
    env.study("2026-01-01T12:00:00", "\n5\n", &[]);
    let before = std::fs::read(&env.db).unwrap();
    std::fs::create_dir(env.db.with_file_name("collection.db-wal")).unwrap();
    let now = "2026-01-01T13:00:00";
    let decks: serde_json::Value =
        serde_json::from_str(&env.ok(&["--now", now, "decks", "--json"])).unwrap();
    assert_eq!(
        (decks[0]["total"].as_u64(), decks[0]["new"].as_u64()),
        (Some(2), Some(1)),
        "{decks}"
    );
    assert!(env.ok(&["--now", now, "cards"]).contains("Q2?"));
    let stats: serde_json::Value =
        serde_json::from_str(&env.ok(&["--now", now, "stats", "--json"])).unwrap();
    assert_eq!(stats["today"]["answered"], 1);
    assert!(env.ok(&["--now", now]).contains("1 answer"));
    // writing commands still say why they cannot
    assert!(
        env.fails(&["--now", now, "suspend", "c1"])
            .contains("cannot open the collection: recall must be able to write")
    );
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
}

#[test]
fn a_collection_from_a_newer_recall_is_refused_unchanged() {
    let env = Env::new();
    env.ok(&["decks"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    drop(conn);
    let before = std::fs::read(&env.db).unwrap();
    let err = env.fails(&["cards"]);
    assert_eq!(
        err,
        format!(
            "recall: {}: this collection was written by a newer recall (schema version 99, this recall knows up to {}); upgrade recall to open it. Nothing was changed\n",
            env.db.display(),
            recall::store::LATEST_VERSION
        )
    );
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
}

#[test]
fn the_collection_is_wal_with_foreign_keys_and_strict_tables() {
    let env = Env::new();
    env.ok(&["import", "--examples"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, recall::store::LATEST_VERSION);
    let app: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app, 0x5243_4C4C);
    let sql: Vec<String> = conn
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        sql.iter().all(|s| s.trim_end().ends_with("STRICT")),
        "{sql:?}"
    );
}

#[test]
fn check_passes_on_a_used_collection_and_fails_on_a_broken_one() {
    let env = Env::new();
    env.ok(&["import", "--examples"]);
    env.study(NOW, "\n5\n\n1\n\n3\n", &[]);
    let out = env.ok(&["--now", NOW, "check"]);
    let cards = common::builtin_size().1;
    assert!(
        out.starts_with(&format!("ok: {cards} cards, 3 reviews")),
        "{out}"
    );
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "UPDATE cards SET interval = interval + 1 WHERE repetitions > 0 AND drill = 0",
        [],
    )
    .unwrap();
    drop(conn);
    let out = env.cmd().args(["--now", NOW, "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(": state differs from its last review-log row"),
        "{stdout}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.ends_with(": 1 problem found; `recall check --repair` fixes what is safe\n"),
        "{stderr}"
    );

    let out = env.ok(&["--now", NOW, "check", "--repair"]);
    let repaired: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("repaired: "))
        .collect();
    assert_eq!(repaired.len(), 1, "{out}");
    assert!(repaired[0].ends_with(
        ": state differs from its last review-log row → state set to the one its last answer gave"
    ));
    assert!(out.ends_with(
        &format!("ok: {cards} cards, 3 reviews; SQLite integrity, foreign keys and recall's invariants hold\n")
    ));
    // the repair was preceded by the day's backup
    assert_eq!(recall::backups::list(&env.db).unwrap().len(), 1);
}

#[test]
fn invalid_now_is_a_clear_error() {
    // A bad `--now` is wrong usage (cli.md: exit 2), refused by the argument parser like any
    // other bad option value, with the accepted forms.
    let env = Env::new();
    let out = env
        .cmd()
        .args(["--now", "tomorrow", "cards"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("invalid value 'tomorrow' for '--now <TIME>': expected RFC 3339 (2026-03-01T09:30:00+01:00), a local date-time (2026-03-01T09:30:00) or a date (2026-03-01)"),
        "{err}"
    );
    assert!(!env.db.exists(), "nothing created");
    // RECALL_NOW goes the same way.
    let out = env
        .cmd()
        .env("RECALL_NOW", "tomorrow")
        .args(["cards"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!env.db.exists(), "nothing created");
}
