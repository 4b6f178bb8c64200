#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Backups: automatic on the first write of each study day, on demand, pruned, and restore.

mod common;

use common::Env;

fn backups(env: &Env) -> Vec<String> {
    recall::backups::list(&env.db)
        .unwrap()
        .iter()
        .map(|b| b.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

fn deck(env: &Env) {
    let d = env.deck(
        "d.toml",
        "D",
        &[("a", "Q1?", "A1"), ("b", "Q2?", "A2"), ("c", "Q3?", "A3")],
    );
    env.ok(&["import", d.to_str().unwrap()]);
}

#[test]
fn the_first_write_of_each_day_makes_one_backup() {
    let env = Env::new();
    deck(&env);
    assert!(
        backups(&env).is_empty(),
        "a new collection has nothing to back up"
    );
    env.study("2026-01-01T12:00:00", "\n5\n", &[]);
    assert_eq!(backups(&env), ["collection-20260101-120000.db"]);
    env.study("2026-01-01T13:00:00", "\n5\n", &[]);
    env.ok(&["--now", "2026-01-01T14:00:00", "suspend", "c"]);
    assert_eq!(backups(&env).len(), 1, "one a day");
    // 02:00 on the 2nd still belongs to the 1st (04:00 rollover)
    env.ok(&["--now", "2026-01-02T02:00:00", "unsuspend", "c"]);
    assert_eq!(backups(&env).len(), 1);
    env.ok(&["--now", "2026-01-02T09:00:00", "suspend", "c"]);
    assert_eq!(
        backups(&env),
        [
            "collection-20260101-120000.db",
            "collection-20260102-090000.db"
        ]
    );
    // reading does not back up
    env.ok(&["--now", "2026-01-03T09:00:00", "cards"]);
    assert_eq!(backups(&env).len(), 2);
}

#[test]
fn the_backup_holds_the_collection_as_it_was_before_the_write() {
    let env = Env::new();
    deck(&env);
    let before = env.dump();
    env.study("2026-01-01T12:00:00", "\n5\n", &[]);
    let backup = recall::backups::list(&env.db).unwrap().remove(0).path;
    assert_eq!(common::dump_db(&backup), before);
    assert_ne!(env.dump(), before);
}

#[test]
fn only_the_newest_are_kept() {
    let env = Env::new();
    deck(&env);
    for day in 1..=5 {
        let out = env
            .cmd()
            .env("RECALL_KEEP_BACKUPS", "3")
            .args(["--now", &format!("2026-01-0{day}T12:00:00"), "suspend", "a"])
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    assert_eq!(
        backups(&env),
        [
            "collection-20260103-120000.db",
            "collection-20260104-120000.db",
            "collection-20260105-120000.db"
        ]
    );
    let out = env
        .cmd()
        .env("RECALL_KEEP_BACKUPS", "0")
        .args(["--now", "2026-01-06T12:00:00", "suspend", "a"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(backups(&env).len(), 3, "0 turns automatic backups off");
    let out = env
        .cmd()
        .env("RECALL_KEEP_BACKUPS", "lots")
        .args(["cards"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "recall: RECALL_KEEP_BACKUPS=lots: expected a number of backups to keep: invalid digit found in string\n"
    );
}

#[test]
fn backup_on_demand_and_list() {
    let env = Env::new();
    deck(&env);
    let out = env.ok(&["--now", "2026-01-01T12:00:00", "backup"]);
    let path = env.path("backups/collection-20260101-120000.db");
    assert_eq!(out, format!("Backed up to {}.\n", path.display()));
    let out = env.ok(&["--now", "2026-01-01T12:00:00", "backup", "--keep", "1"]);
    assert!(
        out.ends_with("(1 older backup(s) removed, 1 kept).\n"),
        "{out}"
    );
    assert_eq!(backups(&env), ["collection-20260101-120000-2.db"]);
    let list = env.ok(&["backup", "--list"]);
    assert!(list.starts_with("2026-01-01 12:00:00  "), "{list}");
}

#[test]
fn restore_puts_a_backup_back_after_saving_the_current_one() {
    let env = Env::new();
    deck(&env);
    env.ok(&["--now", "2026-01-01T12:00:00", "backup"]);
    let backup = env.path("backups/collection-20260101-120000.db");
    env.study("2026-01-01T13:00:00", "\n5\n\n5\n", &[]);
    let studied = env.dump();

    // Not on a terminal: needs --yes, and changes nothing without it.
    let err = env.fails(&["restore", backup.to_str().unwrap()]);
    assert_eq!(
        err,
        "recall: restore replaces the whole collection: run it on a terminal to confirm, or pass --yes\n"
    );
    assert_eq!(env.dump(), studied);

    let out = env.ok(&[
        "--now",
        "2026-01-01T14:00:00",
        "restore",
        "--yes",
        backup.to_str().unwrap(),
    ]);
    let safety = env.path("backups/collection-20260101-140000-before-restore.db");
    assert_eq!(
        out,
        format!(
            "Restored {} (3 cards, 0 reviews). The previous collection is in {}.\n",
            backup.display(),
            safety.display()
        )
    );
    assert_eq!(
        env.cards("2026-01-01T14:00:00")
            .iter()
            .filter(|c| c["state"] == "new")
            .count(),
        3
    );
    assert_eq!(common::dump_db(&safety), studied);
    assert!(
        env.ok(&["--now", "2026-01-01T14:00:00", "check"])
            .starts_with("ok: 3 cards, 0 reviews")
    );
}

#[test]
fn restore_refuses_what_is_not_a_recall_collection() {
    let env = Env::new();
    deck(&env);
    let before = env.dump();
    let text = env.write("notes.db", "hello");
    let err = env.fails(&["restore", "--yes", text.to_str().unwrap()]);
    assert_eq!(
        err,
        format!(
            "recall: {}: not a recall collection (not a SQLite database); nothing was changed\n",
            text.display()
        )
    );
    let other = env.path("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x);")
        .unwrap();
    let err = env.fails(&["restore", "--yes", other.to_str().unwrap()]);
    assert_eq!(
        err,
        format!(
            "recall: {}: not a recall collection (not a recall collection); nothing was changed\n",
            other.display()
        )
    );
    let missing = env.path("missing.db");
    let err = env.fails(&["restore", "--yes", missing.to_str().unwrap()]);
    assert!(
        err.contains("missing.db: not a recall collection (the file is missing or empty)"),
        "{err}"
    );
    assert!(!missing.exists());
    assert_eq!(env.dump(), before);
    assert!(
        backups(&env).is_empty(),
        "nothing happened, not even a backup"
    );
}
