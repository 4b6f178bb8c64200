//! `recall export`: TOML that round-trips (same cards and schedule in an empty collection),
//! and CSV/TSV with Anki's header lines.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use common::Env;
use serde_json::Value;

const NOW: &str = "2024-03-01T10:00:00";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/anki")
        .join(name)
}

fn sorted_cards(env: &Env) -> Vec<Value> {
    let mut cards = env.cards(NOW);
    cards.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    cards
}

/// A collection with every kind of card state: the small Anki collection, plus a native
/// deck with a reversed card and a cloze.
fn rich_collection() -> Env {
    let env = Env::new();
    env.ok(&[
        "--now",
        NOW,
        "import",
        fixture("small_modern_sched.apkg").to_str().unwrap(),
    ]);
    let deck = env.write(
        "native.toml",
        "[deck]\nname = \"Native\"\n\n[[card]]\nid = \"n1\"\nfront = \"hond\"\nback = \"dog\"\nreverse = true\n\n\
         [[card]]\ncloze = \"{{c1::Amsterdam}} is de hoofdstad van {{c2::Nederland}}\"\nback = \"geo\"\ntags = [\"nl\"]\n",
    );
    env.ok(&["--now", NOW, "import", deck.to_str().unwrap()]);
    env
}

#[test]
fn toml_round_trip_gives_the_same_cards_and_schedule() {
    let a = rich_collection();
    let dir = a.path("out");
    a.ok(&[
        "--now",
        NOW,
        "export",
        "--format",
        "toml",
        "--with-scheduling",
        "-o",
        dir.to_str().unwrap(),
    ]);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "{files:?}");
    let b = Env::new();
    let mut args = vec!["--now", NOW, "import"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    b.ok(&args);
    let (ca, cb) = (sorted_cards(&a), sorted_cards(&b));
    assert_eq!(ca.len(), 56);
    assert_eq!(ca, cb);
    // New cards keep their order.
    let new_ids = |env: &Env| -> Vec<String> {
        env.cards(NOW)
            .iter()
            .filter(|c| c["state"] == "new")
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(new_ids(&a), new_ids(&b));
    // A second export of the copy is the same text.
    let dir_b = b.path("out");
    b.ok(&[
        "--now",
        NOW,
        "export",
        "--format",
        "toml",
        "--with-scheduling",
        "-o",
        dir_b.to_str().unwrap(),
    ]);
    for f in &files {
        let name = f.file_name().unwrap();
        assert_eq!(
            std::fs::read_to_string(f).unwrap(),
            std::fs::read_to_string(dir_b.join(name)).unwrap()
        );
    }
}

#[test]
fn toml_without_scheduling_starts_every_card_new() {
    let a = rich_collection();
    let out = a.ok(&[
        "--now", NOW, "export", "--deck", "Native", "--format", "toml",
    ]);
    assert!(out.starts_with("[deck]\nname = \"Native\"\n"), "{out}");
    assert!(!out.contains("schedule"));
    let b = Env::new();
    let file = b.write("native.toml", &out);
    b.ok(&["--now", NOW, "import", file.to_str().unwrap()]);
    let cards = sorted_cards(&b);
    assert_eq!(cards.len(), 4);
    assert!(cards.iter().all(|c| c["state"] == "new"));
    let ids: Vec<&str> = cards.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"n1") && ids.contains(&"n1/2"));
}

#[test]
fn several_decks_need_a_folder() {
    let a = rich_collection();
    let err = a.fails(&["--now", NOW, "export", "--format", "toml"]);
    assert_eq!(
        err,
        "recall: 3 decks: a deck file holds one deck; pass -o DIR to write one file per deck (or --deck D)\n"
    );
    // A file name is not taken for a folder: `-o all.toml` would make a folder "all.toml".
    let file = a.path("all.toml");
    let err = a.fails(&["--now", NOW, "export", "-o", file.to_str().unwrap()]);
    assert_eq!(
        err,
        format!(
            "recall: {}: 3 decks: a deck file holds one deck; pass -o DIR to write one file per \
             deck (or --deck D)\n",
            file.display()
        )
    );
    assert!(!file.exists(), "nothing written");
    let err = a.fails(&[
        "--now",
        NOW,
        "export",
        "--format",
        "csv",
        "--with-scheduling",
    ]);
    assert_eq!(
        err,
        "recall: --with-scheduling needs --format toml: CSV/TSV files carry no scheduling\n"
    );
}

#[test]
fn tsv_has_anki_headers_and_reimports_as_the_same_cards() {
    let a = rich_collection();
    let out = a.ok(&["--now", NOW, "export", "--format", "tsv"]);
    let mut lines = out.lines();
    let header: Vec<&str> = lines.by_ref().take(6).collect();
    assert_eq!(
        header,
        vec![
            "#separator:tab",
            "#html:true",
            "#guid column:1",
            "#notetype column:2",
            "#deck column:3",
            "#tags column:6"
        ]
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 39);
    assert!(
        rows.contains(&"n1\tBasic (and reversed card)\tNative\thond\tdog\t"),
        "{rows:?}"
    );
    assert!(rows.contains(
        &"G8b}n]q@mE\tBasic\tOracle Small\tWhat is the capital of France?\tParis\teurope geo"
    ));
    assert!(rows.contains(&"\"x;2#%A(bxK\"\tBasic\tOracle Small\tQuote test: \"\"double\"\", 'single', comma, semi;colon\t\"tab\there | pipe\"\tcsv-edge")
        || rows.contains(&"x;2#%A(bxK\tBasic\tOracle Small\t\"Quote test: \"\"double\"\", 'single', comma, semi;colon\"\t\"tab\there | pipe\"\tcsv-edge"), "{rows:?}");
    let b = Env::new();
    let file = b.write("all.tsv", &out);
    b.ok(&["--now", NOW, "import", file.to_str().unwrap()]);
    let strip = |cards: Vec<Value>| -> Vec<(String, String, String, String)> {
        cards
            .iter()
            .map(|c| {
                let s = |k: &str| c[k].as_str().unwrap().to_string();
                // Anki's cloze template puts the extra on the next line; recall's own deck
                // format leaves a blank line before it.
                (
                    s("id"),
                    s("deck"),
                    s("front"),
                    s("back").replace("\n\n", "\n"),
                )
            })
            .collect()
    };
    assert_eq!(strip(sorted_cards(&a)), strip(sorted_cards(&b)));
    // Importing the export into the collection it came from finds every note; the Anki notes
    // are unchanged, recall's own two notes now carry Anki's note types (progress is kept).
    let back = a.write("again.tsv", &out);
    let report = a.ok(&["--now", NOW, "import", back.to_str().unwrap()]);
    assert!(
        report.contains(": 0 added, 2 updated, 37 unchanged"),
        "{report}"
    );
}

#[test]
fn csv_uses_commas_and_quotes() {
    let a = rich_collection();
    let path = a.path("native.csv");
    a.ok(&[
        "--now",
        NOW,
        "export",
        "--deck",
        "Native",
        "-o",
        path.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("#separator:comma\n#html:true\n"), "{text}");
    assert!(
        text.contains("\nn1,Basic (and reversed card),Native,hond,dog,\n"),
        "{text}"
    );
}

/// A card with an empty back (an Anki note or a TSV row with an empty answer) makes a deck
/// file that the import refuses. The export still writes it, but warns and names the cards;
/// a deck without such cards gets no warning.
#[test]
fn a_deck_file_with_an_empty_back_is_exported_with_a_warning_naming_the_cards() {
    let env = Env::new();
    let tsv = env.write("e.tsv", "hallo\t\nwereld\tworld\nkaas\t \n");
    env.ok(&["--now", NOW, "import", tsv.to_str().unwrap(), "--deck", "E"]);
    let out = env.path("e.toml");
    let run = env
        .cmd()
        .args(["--now", NOW, "export", "--deck", "E", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    let ids: Vec<String> = env
        .cards(NOW)
        .iter()
        .filter(|c| c["back"].as_str().is_some_and(|b| b.trim().is_empty()))
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(
        stderr.contains("recall: warning: 2 cards have an empty back: "),
        "{stderr}"
    );
    for id in &ids {
        assert!(stderr.contains(id.as_str()), "{stderr}");
    }
    // the warning is right: our own import refuses the file
    let other = Env::new();
    assert!(
        other
            .fails(&["import", out.to_str().unwrap()])
            .contains("card field 'back' is empty")
    );

    let fine = rich_collection();
    let run = fine
        .cmd()
        .args([
            "--now", NOW, "export", "--deck", "Native", "--format", "toml",
        ])
        .output()
        .unwrap();
    assert!(run.status.success());
    assert!(!String::from_utf8_lossy(&run.stderr).contains("warning"));
}
