#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Large imports (20,000 notes or more) take the bulk path of the store: guids matched in
//! memory, indexes built once at the end. Everything an import promises holds there too: one
//! transaction, re-imports that change nothing, dry runs, refusals that leave the collection
//! as it was, and a kill at any moment leaving all or nothing.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::Env;

const NOW: &str = "2026-01-01T12:00:00";
/// The store's threshold for a bulk import (`store::insert::BULK_NOTES`).
const BULK: usize = 20_000;

/// A TSV file with Anki's headers: guid, deck, front, back, tags; `edit` changes the backs of
/// the rows it names.
fn tsv(rows: std::ops::Range<usize>, edit: &[usize]) -> String {
    let mut text = String::from(
        "#separator:tab\n#html:true\n#guid column:1\n#deck column:2\n#tags column:5\n",
    );
    for i in rows {
        let deck = if i % 3 == 0 { "Big::Three" } else { "Big" };
        let back = if edit.contains(&i) {
            format!("<b>changed</b> {i}")
        } else {
            format!("back <i>{i}</i>")
        };
        text.push_str(&format!(
            "g{i:05}\t{deck}\tfront {i}<br>line\t{back}\tt{}\n",
            i % 4
        ));
    }
    text
}

fn indexes(env: &Env) -> Vec<String> {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Every index of the schema (migrations 0001-0006), by name.
fn expected_indexes() -> Vec<String> {
    [
        "cards_due",
        "cards_new",
        "cards_note",
        "cards_stats",
        "notes_context",
        "notes_guid",
        "reviews_card",
        "reviews_imported",
        "reviews_stats",
    ]
    .map(String::from)
    .to_vec()
}

#[test]
fn a_large_import_is_whole_and_importing_it_again_changes_nothing() {
    let env = Env::new();
    let file = env.write("big.tsv", tsv(0..BULK, &[]));
    let path = file.to_str().unwrap();
    let out = env.ok(&["--now", NOW, "import", path]);
    assert_eq!(
        out,
        format!("{path}: 20000 added, 0 updated, 0 unchanged (20000 cards added, 0 updated)\n")
    );
    assert_eq!(indexes(&env), expected_indexes());
    assert!(
        env.ok(&["--now", NOW, "check"])
            .starts_with("ok: 20000 cards, 0 reviews")
    );
    let card = env.card(NOW, "g06000");
    assert_eq!(
        (
            card["deck"].as_str(),
            card["front"].as_str(),
            card["back"].as_str()
        ),
        (
            Some("Big::Three"),
            Some("front 6000\nline"),
            Some("back 6000")
        )
    );
    // New cards come in the file's order: deck Big starts with row 1.
    let due = env.ok(&["--now", NOW, "study", "--plain", "--new", "2"]);
    assert!(
        due.contains("── Big · new · 0/2 done\nQ: front 1\nline\n"),
        "{due}"
    );
    let before = env.dump();
    let again = env.ok(&["--now", NOW, "import", path]);
    assert_eq!(
        again,
        format!("{path}: 0 added, 0 updated, 20000 unchanged (0 cards added, 0 updated)\n")
    );
    assert_eq!(env.dump(), before, "importing again changes nothing");
    let edited = env.write("edited.tsv", tsv(0..BULK + 1, &[5, 6, 7]));
    let out = env.ok(&["--now", NOW, "import", edited.to_str().unwrap()]);
    assert_eq!(
        out,
        format!(
            "{}: 1 added, 3 updated, 19997 unchanged (1 card added, 3 updated)\n",
            edited.display()
        )
    );
    assert_eq!(env.card(NOW, "g00006")["back"], "changed 6");
    assert_eq!(indexes(&env), expected_indexes());
    assert!(
        env.ok(&["--now", NOW, "check"])
            .starts_with("ok: 20001 cards, 0 reviews")
    );
}

#[test]
fn a_large_dry_run_changes_nothing() {
    let env = Env::new();
    let small = env.write("small.tsv", tsv(0..10, &[]));
    env.ok(&["--now", NOW, "import", small.to_str().unwrap()]);
    let before = env.dump();
    let file = env.write("big.tsv", tsv(0..BULK, &[1]));
    let out = env.ok(&["--now", NOW, "import", "--dry-run", file.to_str().unwrap()]);
    assert!(
        out.starts_with(&format!(
            "{}: 19990 added, 1 updated, 9 unchanged (19990 cards added, 1 updated)\n",
            file.display()
        )),
        "{out}"
    );
    assert!(out.ends_with("Dry run: nothing was changed.\n"));
    assert_eq!(env.dump(), before);
    assert_eq!(indexes(&env), expected_indexes());
}

/// A card id is never given twice, on the bulk path too: the whole import is refused.
#[test]
fn a_large_import_with_a_card_id_taken_twice_changes_nothing() {
    let env = Env::new();
    let small = env.write("small.tsv", tsv(0..10, &[]));
    env.ok(&["--now", NOW, "import", small.to_str().unwrap()]);
    let before = env.dump();
    let mut text = tsv(0..BULK, &[]);
    text = text.replace("#tags column:5\n", "#tags column:5\n#notetype column:6\n");
    text.push_str("zz\tBig\t{{c1::a}} and {{c2::b}}\t\t\tCloze\n");
    text.push_str("zz/2\tBig\tq\ta\t\tBasic\n");
    let file = env.write("clash.tsv", text);
    let err = env.fails(&["--now", NOW, "import", file.to_str().unwrap()]);
    assert_eq!(
        err,
        format!(
            "recall: {}: card id 'zz/2' is the id of another note's card already; give the card \
             another id\n",
            file.display()
        )
    );
    assert_eq!(env.dump(), before);
    assert_eq!(indexes(&env), expected_indexes());
}

/// SIGKILL at random moments of a large import: all of it or nothing, never a collection
/// without its indexes.
#[cfg(unix)]
#[test]
fn a_killed_large_import_adds_everything_or_nothing() {
    let env = Env::new();
    env.ok(&["decks"]);
    let file = env.write("big.tsv", tsv(0..BULK, &[]));
    let (mut none, mut all) = (0, 0);
    for (i, ms) in [40u64, 150, 300, 450, 700].into_iter().enumerate() {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("recall"))
            .arg("--db")
            .arg(&env.db)
            .args(["--now", NOW, "import", file.to_str().unwrap()])
            .env("RUST_BACKTRACE", "0")
            .env("TZ", "UTC")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        let _ = child.kill();
        child.wait().unwrap();
        assert!(
            env.ok(&["--now", NOW, "check"]).starts_with("ok: "),
            "kill {i} after {ms} ms"
        );
        assert_eq!(indexes(&env), expected_indexes(), "kill {i} after {ms} ms");
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM cards", [], |r| r.get(0))
            .unwrap();
        assert!(
            n == 0 || n == BULK as i64,
            "kill {i} after {ms} ms: {n} cards"
        );
        if n == 0 {
            none += 1;
        } else {
            all += 1;
            drop(conn);
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", env.db.display()));
            }
            env.ok(&["decks"]);
        }
    }
    eprintln!("large import kills: {none} left nothing, {all} completed");
}

/// A study session and readers while a large import runs: nobody sees "database is locked",
/// no answer is lost, the import is whole.
#[test]
fn study_and_stats_while_a_large_import_runs() {
    let env = Env::new();
    let small = env.write("small.tsv", tsv(0..40, &[]));
    env.ok(&["--now", NOW, "import", small.to_str().unwrap()]);
    let big = env.write("big.tsv", tsv(100..100 + BULK, &[]));
    let import = env.spawn(&["--now", NOW, "import", big.to_str().unwrap()], "");
    let study = env.spawn(
        &["--now", NOW, "study", "--plain", "--new", "40"],
        &"\n4\n".repeat(40),
    );
    for _ in 0..5 {
        env.ok(&["--now", NOW, "stats", "--json"]);
    }
    import.finish();
    study.finish();
    let out = env.ok(&["--now", NOW, "check"]);
    assert!(out.starts_with("ok: 20040 cards, 40 reviews"), "{out}");
    assert_eq!(indexes(&env), expected_indexes());
}

/// A bulk import through the rollback journal keeps its write lock until it commits, also
/// while it builds its indexes: no code in the importing process may open and close the
/// collection file on its own (POSIX drops every lock a process holds on a file when it closes
/// any descriptor of it; an early flush did, and an answer saved by another process meanwhile
/// was overwritten by the import's pages: its review row stayed, its card state was lost).
#[test]
fn a_journaled_import_keeps_its_lock_until_it_commits() {
    let env = Env::new();
    let small = env.write("small.tsv", tsv(0..40, &[]));
    env.ok(&["--now", NOW, "import", small.to_str().unwrap()]);
    let big = env.write("big.tsv", tsv(100..100 + BULK, &[]));
    let batch = recall::import::load(&big, None).unwrap();
    let (mut store, _) = recall::store::Store::open(&env.db).unwrap();
    let mut importer = store
        .importer_for(0, Default::default(), batch.notes.len())
        .unwrap();
    assert!(importer.journaled());
    importer.insert(&batch).unwrap();
    importer.build_indexes().unwrap();
    // another process that wants to write waits for the import
    let mut other = env.spawn(&["--now", NOW, "suspend", "g00001"], "");
    std::thread::sleep(Duration::from_millis(700));
    assert!(other.running(), "another process wrote during the import");
    importer.finish().unwrap();
    drop(store);
    other.finish();
    let out = env.ok(&["--now", NOW, "check"]);
    assert!(out.starts_with("ok: 20040 cards"), "{out}");
}

/// Answers another process saved in the write-ahead log after the importing connection had read
/// the collection (its daily backup reads every page) survive the import's switch to a rollback
/// journal. Leaving WAL mode copies those answers into the file, but the connection's page
/// cache still holds the pages as they were, and a rollback journal only notices changes to
/// the file by its change counter, which an answer in WAL mode does not touch: the import
/// wrote its old copies of the card pages over the answers (review rows kept, card states
/// lost; the flaky `study_and_stats_while_a_large_import_runs` under load).
#[test]
fn answers_saved_before_a_large_import_leaves_the_log_are_kept() {
    let env = Env::new();
    let small = env.write("small.tsv", tsv(0..40, &[]));
    env.ok(&["--now", NOW, "import", small.to_str().unwrap()]);
    let big = env.write("big.tsv", tsv(100..100 + BULK, &[]));
    let batch = recall::import::load(&big, None).unwrap();
    let (mut store, _) = recall::store::Store::open(&env.db).unwrap();
    // What `recall import` does first on the day's first write: the backup reads every page.
    store.backup_to(&env.path("backup.db")).unwrap();
    // Another process studies meanwhile (its answers stay in the log: this connection's
    // read lock keeps it from checkpointing when it ends).
    env.study(NOW, &"\n4\n".repeat(40), &["--new", "40"]);
    let mut importer = store
        .importer_for(0, Default::default(), batch.notes.len())
        .unwrap();
    assert!(importer.journaled());
    importer.insert(&batch).unwrap();
    importer.finish().unwrap();
    drop(store);
    let out = env.ok(&["--now", NOW, "check"]);
    assert!(out.starts_with("ok: 20040 cards, 40 reviews"), "{out}");
}

/// A large import into a collection nobody else has open goes through a rollback journal (its
/// new pages are written once, not into the write-ahead log and then again into the file);
/// next to another open connection it goes through the log. Either way it is whole, and the
/// collection is back in WAL mode with no journal left behind.
#[test]
fn a_large_import_takes_a_rollback_journal_only_when_alone() {
    let env = Env::new();
    env.ok(&["decks"]);
    let import = |rows: std::ops::Range<usize>| -> String {
        let file = env.write("big.tsv", tsv(rows, &[]));
        let out = env
            .cmd()
            .env("RECALL_IMPORT_TIMING", "1")
            .args(["--now", NOW, "import", file.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stderr).unwrap()
    };

    let alone = import(0..BULK);
    assert!(alone.contains("through the rollback journal"), "{alone}");
    assert_eq!(journal_mode(&env), "wal");
    assert_eq!(leftovers(&env), Vec::<&str>::new());

    // Another process reading the collection (its read transaction over, the connection open).
    let reader = rusqlite::Connection::open(&env.db).unwrap();
    let before: i64 = reader
        .query_row("SELECT count(*) FROM cards", [], |r| r.get(0))
        .unwrap();
    assert_eq!(before, BULK as i64);
    let shared = import(BULK..2 * BULK);
    assert!(shared.contains("through the write-ahead log"), "{shared}");
    let after: i64 = reader
        .query_row("SELECT count(*) FROM cards", [], |r| r.get(0))
        .unwrap();
    assert_eq!(after, 2 * BULK as i64);
    drop(reader);
    assert_eq!(journal_mode(&env), "wal");
    assert!(
        env.ok(&["--now", NOW, "check"])
            .starts_with("ok: 40000 cards")
    );
    assert_eq!(indexes(&env), expected_indexes());
}

/// Long guids in scrambled order: the rebuilt guid index (~2 MB of sorter records) is sorted
/// in several runs, on SQLite's sorter worker thread (store::insert, `build_indexes`), and
/// merged. It must come out whole and in order.
#[test]
fn a_guid_index_sorted_in_runs_is_whole_and_in_order() {
    let env = Env::new();
    let guid = |i: usize| format!("{:05}-{}", (i * 7919) % 20_011, "x".repeat(80));
    let mut text = String::from("#separator:tab\n#html:true\n#guid column:1\n#deck column:2\n");
    for i in 0..BULK {
        text.push_str(&format!("{}\tRuns\tfront {i}\tback {i}\n", guid(i)));
    }
    let file = env.write("runs.tsv", &text);
    let path = file.to_str().unwrap();
    let out = env.ok(&["--now", NOW, "import", path]);
    assert_eq!(
        out,
        format!("{path}: 20000 added, 0 updated, 0 unchanged (20000 cards added, 0 updated)\n")
    );
    // SQLite's integrity check compares every index with its table.
    assert!(
        env.ok(&["--now", NOW, "check"])
            .starts_with("ok: 20000 cards, 0 reviews")
    );
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let plan: String = conn
        .query_row(
            "EXPLAIN QUERY PLAN SELECT guid FROM notes ORDER BY guid",
            [],
            |r| r.get(3),
        )
        .unwrap();
    assert!(plan.contains("notes_guid"), "{plan}");
    let in_index: Vec<String> = conn
        .prepare("SELECT guid FROM notes ORDER BY guid")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut expected: Vec<String> = (0..BULK).map(guid).collect();
    expected.sort();
    assert_eq!(in_index, expected);
    drop(conn);
    assert_eq!(
        env.ok(&["--now", NOW, "import", path]),
        format!("{path}: 0 added, 0 updated, 20000 unchanged (0 cards added, 0 updated)\n")
    );
}

/// Files of 1 MiB or more make the collection leave its write-ahead log while they are read
/// (the import is likely to be large). When the import turns out small, or a file is refused,
/// the collection is back in WAL mode all the same, with no journal left behind.
#[test]
fn large_files_that_are_no_large_import_leave_the_collection_in_wal_mode() {
    let env = Env::new();
    env.ok(&["decks"]);
    // 300 notes of 4 KB each: a large file, a small import (through the log).
    let mut text = tsv(0..300, &[]);
    text = text.replace("\tt", &format!(" {}\tt", "x".repeat(4000)));
    assert!(text.len() > 1 << 20);
    let file = env.write("long.tsv", &text);
    let out = env
        .cmd()
        .env("RECALL_IMPORT_TIMING", "1")
        .args(["--now", NOW, "import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let timing = String::from_utf8(out.stderr).unwrap();
    assert!(timing.contains("through the write-ahead log"), "{timing}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!(
            "{}: 300 added, 0 updated, 0 unchanged (300 cards added, 0 updated)\n",
            file.display()
        )
    );
    assert_eq!(journal_mode(&env), "wal");
    assert_eq!(leftovers(&env), Vec::<&str>::new());
    // A large file refused: nothing changed, WAL mode.
    let before = env.dump();
    let bad = env.write("big.apkg", vec![b'x'; 3 << 20]);
    let err = env.fails(&["--now", NOW, "import", bad.to_str().unwrap()]);
    assert_eq!(
        err,
        format!(
            "recall: {}: not an Anki package (not a zip archive)\n",
            bad.display()
        )
    );
    assert_eq!(env.dump(), before);
    assert_eq!(journal_mode(&env), "wal");
    assert_eq!(leftovers(&env), Vec::<&str>::new());
}

/// The collection's journal mode ("wal" or "delete").
fn journal_mode(env: &Env) -> String {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap()
}

/// The journal files left beside the collection.
fn leftovers(env: &Env) -> Vec<&'static str> {
    ["-journal", "-wal", "-shm"]
        .into_iter()
        .filter(|s| std::path::Path::new(&format!("{}{s}", env.db.display())).exists())
        .collect()
}
