#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Sibling cards (the c1 and c2 of one cloze note) are not new on the same day: the second
//! waits while the first is new, due or answered that day, as with Anki's "bury new siblings".

mod common;

use common::Env;
use serde_json::Value;

/// A deck with one cloze note of two deletions, then one basic card.
fn env() -> Env {
    let env = Env::new();
    let deck = env.write(
        "d.toml",
        "[deck]\nname = \"D\"\n\n\
         [[card]]\nid = \"k\"\ncloze = \"{{c1::MK-7}} komt uit {{c2::natto}}.\"\n\n\
         [[card]]\nid = \"b\"\nfront = \"Basic?\"\nback = \"Yes\"\n",
    );
    env.ok(&["import", deck.to_str().unwrap()]);
    env
}

fn questions(out: &str) -> Vec<&str> {
    out.lines().filter_map(|l| l.strip_prefix("Q: ")).collect()
}

fn new_today(env: &Env, now: &str) -> u64 {
    let decks: Value = serde_json::from_str(&env.ok(&["--now", now, "decks", "--json"])).unwrap();
    decks[0]["new_today"].as_u64().unwrap()
}

#[test]
fn the_second_deletion_of_a_note_waits_until_its_sibling_is_no_longer_due() {
    let env = env();
    assert_eq!(new_today(&env, "2026-01-01T12:00:00"), 2, "one card a note");
    let out = env.study("2026-01-01T12:00:00", "\n4\n\n4\n", &[]);
    assert_eq!(questions(&out), ["[...] komt uit natto.", "Basic?"]);
    // Asked again the same day, nothing: the sibling was answered today.
    assert_eq!(new_today(&env, "2026-01-01T18:00:00"), 0);
    let out = env.study("2026-01-01T18:00:00", "", &[]);
    assert!(questions(&out).is_empty(), "{out}");

    // Day 2: c1 and the basic card are due; c2 still waits for its due sibling.
    assert_eq!(new_today(&env, "2026-01-02T12:00:00"), 0);
    let out = env.study("2026-01-02T12:00:00", "\n4\n\n4\n", &[]);
    assert_eq!(questions(&out), ["[...] komt uit natto.", "Basic?"]);

    // Day 3: nothing of the note is due or answered, so c2 is new now.
    assert_eq!(new_today(&env, "2026-01-03T12:00:00"), 1);
    let out = env.study("2026-01-03T12:00:00", "\n5\n", &[]);
    assert_eq!(questions(&out), ["MK-7 komt uit [...]."]);
}

#[test]
fn a_suspended_sibling_holds_nothing_back() {
    let env = env();
    env.ok(&["suspend", "k"]);
    let out = env.study("2026-01-01T12:00:00", "\n4\n\n4\n", &["--new", "10"]);
    assert_eq!(questions(&out), ["MK-7 komt uit [...].", "Basic?"]);
}

#[test]
fn a_run_cap_counts_notes_not_hidden_siblings() {
    let env = env();
    // `--new 2` shows two cards of two notes: c2 does not take the basic card's place.
    let out = env.study("2026-01-01T12:00:00", "\n4\n\n4\n", &["--new", "2"]);
    assert_eq!(questions(&out), ["[...] komt uit natto.", "Basic?"]);
}

/// Two notes made from one sentence (same `context`, as the generator writes them), then a
/// card of another sentence, then a two cards whose context is empty.
fn env_one_sentence() -> Env {
    let env = Env::new();
    let deck = env.write(
        "d.toml",
        "[deck]\nname = \"D\"\n\n\
         [[card]]\nid = \"a\"\nfront = \"Waar staat MGP voor?\"\nback = \"matrix Gla-proteïne\"\n\
         context = \"K2 activeert het matrix Gla-proteïne (MGP).\"\n\n\
         [[card]]\nid = \"b\"\nfront = \"Welk eiwit activeert K2?\"\nback = \"MGP\"\n\
         context = \"K2 activeert het matrix Gla-proteïne (MGP).\"\n\n\
         [[card]]\nid = \"c\"\nfront = \"Other?\"\nback = \"Yes\"\ncontext = \"Iets anders.\"\n\n\
         [[card]]\nid = \"d\"\nfront = \"No context?\"\nback = \"Yes\"\ncontext = \"\"\n\n\
         [[card]]\nid = \"e\"\nfront = \"Empty too?\"\nback = \"Yes\"\ncontext = \"\"\n",
    );
    env.ok(&["import", deck.to_str().unwrap()]);
    env
}

#[test]
fn cards_of_one_sentence_are_new_on_different_days() {
    let env = env_one_sentence();
    assert_eq!(
        new_today(&env, "2026-01-01T12:00:00"),
        4,
        "one card a sentence"
    );
    let out = env.study("2026-01-01T12:00:00", "\n4\n\n4\n\n4\n\n4\n", &[]);
    assert_eq!(
        questions(&out),
        [
            "Waar staat MGP voor?",
            "Other?",
            "No context?",
            "Empty too?"
        ]
    );
    // `--new` could not show the last one today, so the summary does not offer it.
    assert!(
        out.contains(
            "1 more new card is waiting for later days: one new card of a note or sentence a day.\n"
        ),
        "{out}"
    );
    // Day 2: "a" is due, so "b" still waits; day 3 nothing of the sentence is due.
    assert_eq!(new_today(&env, "2026-01-02T12:00:00"), 0);
    env.study("2026-01-02T12:00:00", "\n4\n\n4\n\n4\n\n4\n", &[]);
    assert_eq!(new_today(&env, "2026-01-03T12:00:00"), 1);
    let out = env.study("2026-01-03T12:00:00", "\n5\n", &[]);
    assert_eq!(questions(&out), ["Welk eiwit activeert K2?"]);
}

#[test]
fn a_suspended_card_of_the_sentence_holds_nothing_back() {
    let env = env_one_sentence();
    env.ok(&["suspend", "a"]);
    let out = env.study("2026-01-01T12:00:00", "\n4\n\n4\n\n4\n\n4\n", &[]);
    assert_eq!(
        questions(&out),
        [
            "Welk eiwit activeert K2?",
            "Other?",
            "No context?",
            "Empty too?"
        ]
    );
}
