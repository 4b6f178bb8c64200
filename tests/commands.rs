#![allow(clippy::unwrap_used, clippy::expect_used)]
//! cards, decks, suspend/unsuspend, the dashboard, completions, exit codes.

mod common;

use common::Env;
use serde_json::Value;

const NOW: &str = "2026-01-01T12:00:00";

fn k2() -> Env {
    let env = Env::new();
    env.ok(&["import", "--examples"]);
    env
}

#[test]
fn cards_json_has_every_documented_field() {
    let env = k2();
    env.study(NOW, "\n5\n", &[]);
    let cards = env.cards(NOW);
    let first = cards.iter().find(|c| c["state"] == "review").unwrap();
    let keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for k in [
        "id",
        "deck",
        "front",
        "back",
        "tags",
        "state",
        "repetitions",
        "easiness",
        "interval_days",
        "due",
        "lapses",
        "drill",
        "suspended",
        "source",
        "context",
    ] {
        assert!(keys.contains(&k), "missing {k}");
    }
    assert_eq!(first["easiness"], Value::from(2.6));
    assert_eq!(first["due"], "2026-01-02");
    assert!(first["tags"].is_array());
    let new = cards.iter().find(|c| c["state"] == "new").unwrap();
    assert_eq!(new["due"], Value::Null);
    assert_eq!(new["easiness"], Value::from(2.5));
    assert!(new["source"].as_str().unwrap().ends_with(".txt"));
}

#[test]
fn cards_filters_by_deck_search_and_due() {
    let env = k2();
    let other = env.deck("o.toml", "Other", &[("o1", "Wat is MGP?", "een eiwit")]);
    env.ok(&["import", other.to_str().unwrap()]);
    let found = |args: &[&str]| -> Vec<Value> {
        let mut all = vec!["--now", NOW, "cards", "--json"];
        all.extend_from_slice(args);
        serde_json::from_str(&env.ok(&all)).unwrap()
    };
    assert_eq!(found(&["--deck", "Other"]).len(), 1);
    let mgp = found(&["--search", "mgp"]);
    assert!(mgp.len() >= 2 && mgp.iter().any(|c| c["id"] == "o1"));
    assert!(mgp.iter().all(|c| {
        let text = format!("{} {} {}", c["front"], c["back"], c["tags"]).to_lowercase();
        text.contains("mgp")
    }));
    assert_eq!(
        found(&["--search", "100%"]).len(),
        0,
        "LIKE wildcards are literal"
    );
    assert_eq!(found(&["--due"]).len(), 0);
    env.study(NOW, "\n1\n", &["--deck", "Other"]);
    let due = found(&["--due"]);
    assert_eq!(due.len(), 1);
    assert_eq!(due[0]["id"], "o1");
}

#[test]
fn cards_table_is_readable() {
    let env = k2();
    let out = env.ok(&["--now", NOW, "cards", "--deck", "Vitamine K2"]);
    let header = out.lines().next().unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["ID", "DECK", "STATE", "DUE", "IVL", "FRONT"]
    );
    assert!(out.lines().count() > 30);
    assert!(
        out.lines().all(|l| console_width(l) <= 140),
        "rows are cut to fit"
    );
}

fn console_width(s: &str) -> usize {
    s.chars().count()
}

#[test]
fn suspend_and_unsuspend_by_id_or_prefix() {
    let env = k2();
    // Two cards that are the only card of their sentence (their note has one card, and no other
    // note has its context), so that no sibling takes their place.
    let all: Vec<String> = env
        .cards(NOW)
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    let (groups, group_count) = common::builtin_sibling_groups();
    let alone = |id: &str| groups.values().filter(|&&g| g == groups[id]).count() == 1;
    let ids: Vec<String> = all
        .iter()
        .filter(|id| {
            !id.contains('/') && !all.iter().any(|o| o.starts_with(&format!("{id}/"))) && alone(id)
        })
        .take(2)
        .cloned()
        .collect();
    let out = env.ok(&["suspend", &ids[0], &ids[1][..8]]);
    assert_eq!(out, "Suspended 2 cards.\n");
    assert_eq!(
        env.ok(&["suspend", &ids[0]]),
        "Suspended 0 cards (1 already suspended).\n"
    );
    assert_eq!(env.card(NOW, &ids[0])["state"], "suspended");
    let out = env.study(NOW, "", &["--new", "100"]);
    assert!(
        out.contains(&format!("0/{} done", group_count - 2)),
        "suspended cards are not studied, and one card a sentence is new today: {out}"
    );
    assert_eq!(env.ok(&["unsuspend", &ids[0]]), "Unsuspended 1 card.\n");
    assert_eq!(env.card(NOW, &ids[0])["state"], "new");
}

#[test]
fn an_unknown_card_id_changes_nothing() {
    let env = k2();
    let id = env.cards(NOW)[0]["id"].as_str().unwrap().to_string();
    let before = env.dump();
    let err = env.fails(&["suspend", &id, "nosuchcard"]);
    assert_eq!(err, "recall: unknown card id 'nosuchcard'\n");
    assert_eq!(env.dump(), before);
}

#[test]
fn an_ambiguous_prefix_lists_the_candidates() {
    let env = Env::new();
    let deck = env.deck("d.toml", "D", &[("mk4", "A?", "a"), ("mk7", "B?", "b")]);
    env.ok(&["import", deck.to_str().unwrap()]);
    assert_eq!(
        env.fails(&["suspend", "mk"]),
        "recall: card id 'mk' is ambiguous: it matches mk4, mk7\n"
    );
}

#[test]
fn decks_lists_counts() {
    let env = k2();
    let cards = common::builtin_size().1;
    env.study(NOW, "\n5\n\n1\n", &[]);
    let decks: Value = serde_json::from_str(&env.ok(&["--now", NOW, "decks", "--json"])).unwrap();
    let d = &decks[0];
    assert_eq!(d["name"], "Vitamine K2");
    assert_eq!(
        (d["total"].as_u64(), d["new"].as_u64(), d["due"].as_u64()),
        (Some(cards as u64), Some(cards as u64 - 2), Some(1))
    );
    assert_eq!(
        (d["new_today"].as_u64(), d["due_today"].as_u64()),
        (Some(18), Some(1))
    );
    let table = env.ok(&["--now", NOW, "decks"]);
    assert_eq!(
        table
            .lines()
            .nth(1)
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>(),
        [
            "Vitamine",
            "K2",
            &cards.to_string(),
            &(cards - 2).to_string(),
            "1",
            "0"
        ]
    );
}

#[test]
fn dashboard_shows_what_is_waiting() {
    let env = Env::new();
    let out = env.ok(&["--now", NOW]);
    assert!(out.contains("Your collection is empty."), "{out}");
    env.ok(&["import", "--examples"]);
    let out = env.ok(&["--now", NOW]);
    assert!(
        out.starts_with("recall · Thursday 1 January 2026\n"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "Vitamine K2     0 due ·   20 new ·    {} cards",
            common::builtin_size().1
        )),
        "{out}"
    );
    assert!(out.contains("→ `recall study` (20 cards waiting)"), "{out}");
    env.study(NOW, &"\n5\n".repeat(20), &[]);
    let out = env.ok(&["--now", NOW]);
    assert!(out.contains("0 due today · streak 1 day"), "{out}");
    assert!(out.contains("20 answers, 20 today"), "{out}");
    assert!(
        out.contains("All done for today. Next: 20 cards due tomorrow."),
        "{out}"
    );
}

#[test]
fn basic_stats() {
    let env = k2();
    env.study(NOW, "\n5\n\n1\n", &[]);
    let stats: Value = serde_json::from_str(&env.ok(&["--now", NOW, "stats", "--json"])).unwrap();
    let cards = common::builtin_size().1;
    assert_eq!(stats["cards"]["total"], cards);
    assert_eq!(stats["cards"]["new"], cards - 2);
    assert_eq!(stats["cards"]["learning"], 1);
    assert_eq!(stats["cards"]["young"], 1);
    assert_eq!(stats["reviews"]["today"], 2);
}

#[test]
fn completions_for_common_shells() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish"] {
        let out = env.ok(&["completions", shell]);
        assert!(out.contains("study") && out.contains("import"), "{shell}");
    }
    assert!(!env.db.exists(), "completions do not touch the collection");
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["study", "--mode", "guess"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = env.cmd().args(["suspend"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = env.cmd().args(["frobnicate"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let env = k2();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("recall"))
        .args(["--db", env.db.to_str().unwrap(), "cards", "--json"])
        .env("RUST_BACKTRACE", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // then drop: pipe closed
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn daily_limits_per_deck() {
    let env = k2();
    let out = env.ok(&["limits"]);
    assert_eq!(
        out,
        "DECK         NEW/DAY  REVIEWS/DAY\nVitamine K2       20          200\n"
    );
    let out = env.ok(&["--now", NOW, "limits", "vitamine k2", "--new", "5"]);
    assert_eq!(
        out,
        "DECK         NEW/DAY  REVIEWS/DAY\nVitamine K2        5          200\n"
    );
    let studied = env.study(NOW, "", &[]);
    assert!(studied.contains("0/5 done"), "{studied}");
    let decks: Value = serde_json::from_str(&env.ok(&["--now", NOW, "decks", "--json"])).unwrap();
    assert_eq!(
        (
            decks[0]["new_per_day"].as_u64(),
            decks[0]["new_today"].as_u64()
        ),
        (Some(5), Some(5))
    );
    let out = env.cmd().args(["limits", "--new", "3"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "setting a limit needs a deck");
    assert_eq!(
        env.fails(&["limits", "Nope", "--new", "3"]),
        "recall: unknown deck 'Nope'\n"
    );
}

#[test]
fn study_help_names_the_session_keys_but_short_help_stays_one_line() {
    let env = Env::new();
    let long = env.ok(&["study", "--help"]);
    for key in [
        "u undoes the last answer",
        "s suspends the card",
        ":u, :s or :q",
    ] {
        assert!(long.contains(key), "{key} missing from: {long}");
    }
    let short = env.ok(&["study", "-h"]);
    assert!(!short.contains("suspends the card"), "{short}");
}

#[test]
fn each_commands_help_lists_its_own_options_before_the_global_ones() {
    let env = Env::new();
    for (command, own) in [
        ("study", "--reviews"),
        ("import", "--columns"),
        ("export", "--with-scheduling"),
        ("stats", "--html"),
    ] {
        let help = env.ok(&[command, "--help"]);
        let heading = help.find("Global options:").unwrap_or(0);
        let own_at = help.find(own).unwrap_or(usize::MAX);
        let db_at = help.find("--db").unwrap_or(0);
        assert!(
            heading > 0 && own_at < heading && db_at > heading,
            "{command}: {help}"
        );
    }
}
