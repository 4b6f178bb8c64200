#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Two recall processes on one collection at once: no "database is locked" reaches the user,
//! and no answer is lost or counted twice.

mod common;

use common::Env;

const NOW: &str = "2026-01-01T12:00:00";

fn deck(env: &Env, n: usize) {
    let cards: Vec<(String, String, String)> = (0..n)
        .map(|i| (format!("c{i}"), format!("Q{i}?"), format!("A{i}")))
        .collect();
    let refs: Vec<(&str, &str, &str)> = cards
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    let d = env.deck("d.toml", "D", &refs);
    env.ok(&["import", d.to_str().unwrap()]);
}

fn review_counts(env: &Env) -> (i64, i64) {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.query_row(
        "SELECT count(*), (SELECT count(*) FROM (SELECT card_id FROM reviews GROUP BY card_id HAVING count(*) > 1)) FROM reviews",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

#[test]
fn two_study_sessions_answer_each_card_once() {
    for round in 0..3 {
        let env = Env::new();
        deck(&env, 60);
        let input = "\n5\n".repeat(60);
        let args = ["--now", NOW, "study", "--plain", "--new", "60"];
        let a = env.spawn(&args, &input);
        let b = env.spawn(&args, &input);
        let (a, b) = (a.finish(), b.finish());
        let (total, twice) = review_counts(&env);
        assert_eq!(
            (total, twice),
            (60, 0),
            "round {round}: every card answered exactly once"
        );
        for out in [a, b] {
            // Each session saw the cards not yet answered when it started: it answered each one,
            // or skipped it because the other session answered it meanwhile.
            let text = String::from_utf8_lossy(&out.stdout);
            let queue: usize = text
                .lines()
                .find_map(|l| l.strip_prefix("── D · new · 0/"))
                .map_or(0, |rest| rest.trim_end_matches(" done").parse().unwrap());
            let answered = text.matches("→ next on").count();
            let skipped = text
                .matches("was answered in another recall session meanwhile; skipped.")
                .count();
            assert_eq!(answered + skipped, queue, "round {round}: {text}");
        }
        assert!(
            env.ok(&["--now", NOW, "check"])
                .starts_with("ok: 60 cards, 60 reviews")
        );
    }
}

#[test]
fn study_while_a_large_import_runs() {
    let env = Env::new();
    deck(&env, 40);
    let mut text = String::from("[deck]\nname = \"Big\"\n");
    for i in 0..6000 {
        text.push_str(&format!(
            "\n[[card]]\nfront = \"Big question {i}?\"\nback = \"B{i}\"\n"
        ));
    }
    let big = env.write("big.toml", text);
    let import = env.spawn(&["--now", NOW, "import", big.to_str().unwrap()], "");
    let study = env.spawn(
        &[
            "--now", NOW, "study", "--plain", "--deck", "D", "--new", "40",
        ],
        &"\n4\n".repeat(40),
    );
    let (import, _study) = (import.finish(), study.finish());
    assert!(String::from_utf8_lossy(&import.stdout).contains("6000 added"));
    assert_eq!(review_counts(&env), (40, 0));
    assert!(
        env.ok(&["--now", NOW, "check"])
            .starts_with("ok: 6040 cards, 40 reviews")
    );
}

#[test]
fn stats_and_listing_while_studying() {
    let env = Env::new();
    deck(&env, 80);
    let study = env.spawn(
        &["--now", NOW, "study", "--plain", "--new", "80"],
        &"\n3\n\n4\n".repeat(80),
    );
    let mut reads = 0;
    while reads < 30 {
        for args in [
            ["--now", NOW, "stats", "--json"],
            ["--now", NOW, "cards", "--json"],
            ["--now", NOW, "decks", "--json"],
        ] {
            env.ok(&args);
            reads += 1;
        }
    }
    study.finish();
    assert_eq!(
        review_counts(&env).0,
        160,
        "80 cards graded 3, each drilled once with 4"
    );
    assert!(env.ok(&["--now", NOW, "check"]).starts_with("ok:"));
}

#[test]
fn two_processes_creating_the_same_new_collection() {
    let (notes, cards) = common::builtin_size();
    for _ in 0..5 {
        let env = Env::new();
        let a = env.spawn(&["--now", NOW, "import", "--examples"], "");
        let b = env.spawn(&["--now", NOW, "import", "--examples"], "");
        let (a, b) = (a.finish(), b.finish());
        let outs = [
            String::from_utf8_lossy(&a.stdout).into_owned(),
            String::from_utf8_lossy(&b.stdout).into_owned(),
        ];
        assert_eq!(
            outs.iter()
                .filter(|o| o.contains(&format!(": {notes} added")))
                .count(),
            1,
            "{outs:?}"
        );
        assert_eq!(
            outs.iter()
                .filter(|o| o.contains(&format!(": 0 added, 0 updated, {notes} unchanged")))
                .count(),
            1,
            "{outs:?}"
        );
        assert!(
            env.ok(&["--now", NOW, "check"])
                .starts_with(&format!("ok: {cards} cards"))
        );
    }
}

#[test]
fn a_collection_locked_by_another_program_is_named_in_one_line() {
    // Another program (here: a plain SQLite connection) holds the write lock for longer than
    // recall waits: the error names the collection and says what happened.
    let env = Env::new();
    deck(&env, 1);
    let before = env.dump();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = env.fails(&["--now", NOW, "suspend", "c0"]);
    conn.execute_batch("ROLLBACK").unwrap();
    drop(conn);
    assert_eq!(
        err,
        format!(
            "recall: {}: the collection is locked by another program (waited 10 s); this \
             change was not saved, try again when that program is done\n",
            env.db.display()
        )
    );
    assert_eq!(env.dump(), before);
}
