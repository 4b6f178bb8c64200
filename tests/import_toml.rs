#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Importing native deck files: idempotence, edits that keep progress, missing cards,
//! and refusal of bad files with nothing changed.

mod common;

use common::Env;

const NOW: &str = "2026-01-01T12:00:00";

#[test]
fn reimporting_the_same_file_changes_nothing() {
    let env = Env::new();
    let deck = env.deck("d.toml", "D", &[("a", "Q1?", "A1"), ("b", "Q2?", "A2")]);
    let out = env.ok(&["import", deck.to_str().unwrap()]);
    assert!(
        out.contains("d.toml: 2 added, 0 updated, 0 unchanged"),
        "{out}"
    );
    let before = env.dump();
    let out = env.ok(&["import", deck.to_str().unwrap()]);
    assert!(
        out.contains("d.toml: 0 added, 0 updated, 2 unchanged"),
        "{out}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn an_edited_file_updates_text_and_keeps_progress() {
    let env = Env::new();
    let deck = env.deck("d.toml", "D", &[("a", "Q1?", "A1"), ("b", "Q2?", "A2")]);
    env.ok(&["import", deck.to_str().unwrap()]);
    env.study(NOW, "\n5\n", &["--new", "1"]);
    env.deck(
        "d.toml",
        "D",
        &[("a", "Q1, better?", "A1!"), ("b", "Q2?", "A2")],
    );
    let out = env.ok(&["import", deck.to_str().unwrap()]);
    assert!(out.contains("0 added, 1 updated, 1 unchanged"), "{out}");
    let card = env.card(NOW, "a");
    assert_eq!(
        (card["front"].as_str(), card["back"].as_str()),
        (Some("Q1, better?"), Some("A1!"))
    );
    assert_eq!(
        (card["repetitions"].as_u64(), card["due"].as_str()),
        (Some(1), Some("2026-01-02"))
    );
}

#[test]
fn cards_gone_from_the_file_are_reported_and_kept() {
    let env = Env::new();
    let deck = env.deck("d.toml", "D", &[("a", "Q1?", "A1"), ("b", "Q2?", "A2")]);
    env.ok(&["import", deck.to_str().unwrap()]);
    env.deck("d.toml", "D", &[("a", "Q1?", "A1")]);
    let out = env.ok(&["import", deck.to_str().unwrap()]);
    assert!(
        out.contains(
            "d.toml: 1 card(s) of the collection are no longer in the file; they were kept"
        ),
        "{out}"
    );
    assert!(out.contains("  b  Q2?"), "{out}");
    assert_eq!(env.cards(NOW).len(), 2);
}

#[test]
fn content_hashed_cards_are_stable_across_imports() {
    let env = Env::new();
    let text = "[deck]\nname = \"D\"\n[[card]]\nfront = \"Q?\"\nback = \"A\"\n";
    let deck = env.write("d.toml", text);
    env.ok(&["import", deck.to_str().unwrap()]);
    let id = env.cards(NOW)[0]["id"].as_str().unwrap().to_string();
    assert_eq!(id.len(), 16);
    env.write("d.toml", text.replace("\"A\"", "\"Antwoord\""));
    let out = env.ok(&["import", deck.to_str().unwrap()]);
    assert!(out.contains("0 added, 1 updated"), "{out}");
    assert_eq!(env.cards(NOW)[0]["id"], id.as_str());
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let env = Env::new();
    let deck = env.deck("d.toml", "D", &[("a", "Q1?", "A1")]);
    env.ok(&["decks"]); // creates the empty collection
    let before = env.dump();
    let out = env.ok(&["import", "--dry-run", deck.to_str().unwrap()]);
    assert!(
        out.contains("1 added") && out.contains("Dry run: nothing was changed."),
        "{out}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn examples_flag_imports_the_builtin_deck_anywhere() {
    let env = Env::new();
    let out = env.ok(&["import", "--examples"]);
    assert!(out.starts_with("decks/vitamine-k2.toml: "), "{out}");
    let cards = env.cards(NOW);
    assert!(cards.len() >= 30);
    assert!(cards.iter().all(|c| c["deck"] == "Vitamine K2"));
}

#[test]
fn several_files_import_in_one_transaction() {
    let env = Env::new();
    let good = env.deck("good.toml", "G", &[("g", "Q?", "A")]);
    let bad = env.write(
        "bad.toml",
        "[deck]\nname = \"B\"\n[[card]]\nfront = \"Q\"\n",
    );
    env.ok(&["decks"]);
    let before = env.dump();
    let err = env.fails(&["import", good.to_str().unwrap(), bad.to_str().unwrap()]);
    assert!(
        err.ends_with("bad.toml:3: card has a 'front' but no 'back'\n"),
        "{err}"
    );
    assert_eq!(env.dump(), before, "the good file was not imported either");
}

// ---- bad input: one line naming the file (and line), exit 1, collection unchanged ----

fn refused(env: &Env, file: &std::path::Path) -> String {
    env.ok(&["decks"]);
    let before = env.dump();
    let err = env.fails(&["import", file.to_str().unwrap()]);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("recall: "), "{err}");
    assert_eq!(env.dump(), before, "collection changed");
    err
}

#[test]
fn malformed_toml_names_file_and_line() {
    let env = Env::new();
    let f = env.write(
        "bad.toml",
        "[deck]\nname = \"D\"\n\n[[card]]\nfront = \"unterminated\nback = \"x\"\n",
    );
    let err = refused(&env, &f);
    assert_eq!(
        err,
        format!(
            "recall: {}:5: invalid basic string, expected `\"`\n",
            f.display()
        )
    );
}

#[test]
fn a_card_id_taken_by_another_note_names_the_file() {
    let env = Env::new();
    let first = env.write(
        "first.toml",
        "[deck]\nname = \"D\"\n[[card]]\nid = \"g\"\nfront = \"a\"\nback = \"b\"\nreverse = true\n",
    );
    env.ok(&["import", first.to_str().unwrap()]);
    let second = env.write(
        "second.toml",
        "[deck]\nname = \"D\"\n[[card]]\nid = \"g/2\"\nfront = \"c\"\nback = \"d\"\n",
    );
    let err = refused(&env, &second);
    assert_eq!(
        err,
        format!(
            "recall: {}: card id 'g/2' is the id of another note's card already; give the card \
             another id\n",
            second.display()
        )
    );
}

#[test]
fn a_deck_with_one_invalid_card_is_refused_whole() {
    let env = Env::new();
    let f = env.write(
        "bad.toml",
        "[deck]\nname = \"D\"\n[[card]]\nfront = \"ok\"\nback = \"ok\"\n[[card]]\nfront = [1]\nback = \"x\"\n",
    );
    let err = refused(&env, &f);
    assert!(
        err.contains("bad.toml:7: invalid type: sequence, expected a string"),
        "{err}"
    );
    assert!(!env.ok(&["decks"]).contains("D "), "no deck row");
}

#[test]
fn a_missing_file() {
    let env = Env::new();
    let err = refused(&env, &env.path("nope.toml"));
    assert!(
        err.contains("nope.toml: cannot read: No such file or directory"),
        "{err}"
    );
}

#[test]
fn a_directory() {
    let env = Env::new();
    std::fs::create_dir(env.path("dir.toml")).unwrap();
    let err = refused(&env, &env.path("dir.toml"));
    assert!(
        err.ends_with("dir.toml: is a directory, not a deck file\n"),
        "{err}"
    );
}

#[test]
fn a_file_that_is_not_a_deck() {
    let env = Env::new();
    let err = refused(&env, &env.write("notes.toml", "title = \"my notes\"\n"));
    assert!(
        err.ends_with("notes.toml:1: unknown field `title`, expected `deck` or `card`\n"),
        "{err}"
    );
    let err = refused(&env, &env.write("empty.toml", ""));
    assert!(
        err.ends_with("empty.toml:1: not a recall deck: the [deck] table with a name is missing\n")
    );
    let err = refused(&env, &env.write("notes.md", "hello"));
    assert!(err.ends_with(
        "notes.md: unknown file type; recall imports .toml, .csv, .tsv, .txt, .apkg and .colpkg files (or pass --format)\n"
    ));
}

#[test]
fn binary_and_non_utf8_files() {
    let env = Env::new();
    let err = refused(&env, &env.write("nul.toml", b"[deck]\nname = \"D\0\"\n"));
    assert!(
        err.ends_with("nul.toml:2: contains a NUL byte; this is not a text file\n"),
        "{err}"
    );
    let err = refused(
        &env,
        &env.write("latin1.toml", b"[deck]\nname = \"Caf\xe9\"\n"),
    );
    assert!(
        err.ends_with("latin1.toml:2: not UTF-8 text (byte 18); save the file as UTF-8\n"),
        "{err}"
    );
}

#[test]
fn a_bom_is_fine() {
    let env = Env::new();
    let f = env.write(
        "bom.toml",
        b"\xEF\xBB\xBF[deck]\nname = \"D\"\n[[card]]\nfront = \"Q\"\nback = \"A\"\n",
    );
    assert!(env.ok(&["import", f.to_str().unwrap()]).contains("1 added"));
}

/// Nested deletions (Anki 2.1.56+): the outer card hides the whole phrase, the inner one a word.
#[test]
fn nested_cloze_deletions_make_one_card_each() {
    let env = Env::new();
    let deck = env.write(
        "n.toml",
        "[deck]\nname = \"N\"\n\n[[card]]\nid = \"n\"\n\
         cloze = \"{{c1::Canberra was {{c2::founded}} in 1913}}.\"\n",
    );
    env.ok(&["import", deck.to_str().unwrap()]);
    let cards = env.cards(NOW);
    let shown: Vec<(&str, &str, &str)> = cards
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap(),
                c["front"].as_str().unwrap(),
                c["back"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("n", "[...].", "Canberra was founded in 1913."),
            (
                "n/2",
                "Canberra was [...] in 1913.",
                "Canberra was founded in 1913."
            ),
        ]
    );
}
