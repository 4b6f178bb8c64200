//! Bad input: each is a one-line error naming the file, exit 1, and the collection unchanged.
//! The hostile packages are made by tests/bad/apkg/make.py.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use common::Env;

const NOW: &str = "2024-03-01T10:00:00";

fn bad(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad/apkg")
        .join(name)
}

/// A collection with something in it, so that "unchanged" means something.
fn env_with_a_deck() -> Env {
    let env = Env::new();
    let deck = env.deck("d.toml", "Mine", &[("a", "front", "back")]);
    env.ok(&["--now", NOW, "import", deck.to_str().unwrap()]);
    env
}

/// Import `path`, expect exactly `recall: PATH: reason` and no change.
fn refused(path: &Path, reason: &str) {
    let env = env_with_a_deck();
    let before = env.dump();
    let err = env.fails(&["--now", NOW, "import", path.to_str().unwrap()]);
    assert_eq!(err, format!("recall: {}: {reason}\n", path.display()));
    assert_eq!(
        env.dump(),
        before,
        "collection changed by {}",
        path.display()
    );
}

#[test]
fn not_a_zip() {
    let env = Env::new();
    let path = env.write("x.apkg", "hello, I am text\n");
    refused(&path, "not an Anki package (not a zip archive)");
}

#[test]
fn empty_file() {
    let env = Env::new();
    let path = env.write("empty.apkg", "");
    refused(&path, "empty file; not an Anki package");
    let path = env.write("empty.csv", "");
    refused(&path, "no rows to import");
}

/// A deck file that declares a deck but no cards is refused like an empty CSV, instead of
/// adding an empty deck to the collection.
#[test]
fn deck_file_without_cards() {
    let env = Env::new();
    let path = env.write("empty.toml", "[deck]\nname = \"Empty\"\n");
    refused(&path, "no cards to import");
}

#[test]
fn truncated_zip() {
    let env = Env::new();
    let full = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anki/small_modern_sched.apkg"),
    )
    .unwrap();
    let path = env.write("cut.apkg", &full[..full.len() / 2]);
    let env2 = env_with_a_deck();
    let before = env2.dump();
    let err = env2.fails(&["--now", NOW, "import", path.to_str().unwrap()]);
    assert!(
        err.starts_with(&format!(
            "recall: {}: damaged or truncated zip archive (",
            path.display()
        )),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    assert_eq!(env2.dump(), before);
}

#[test]
fn zip_bombs() {
    let limit = "would inflate past the limit (1 GiB, or 100 times its packed size); refused";
    refused(
        &bad("bomb_deflate.apkg"),
        &format!("collection.anki2 {limit}"),
    );
    refused(
        &bad("bomb_zstd.apkg"),
        &format!("collection.anki21b {limit}"),
    );
}

#[test]
fn member_names_that_escape() {
    refused(
        &bad("traversal.apkg"),
        "unsafe file name '../evil.txt' in the package; refused",
    );
    refused(
        &bad("absolute.apkg"),
        "unsafe file name '/tmp/recall-evil.txt' in the package; refused",
    );
    refused(
        &bad("media_escape.apkg"),
        "unsafe media file name '../../escaped.png' in the package; refused",
    );
    assert!(!Path::new("/tmp/recall-evil.txt").exists());
}

#[test]
fn package_without_a_collection() {
    refused(
        &bad("no_collection.apkg"),
        "no Anki collection in the package (collection.anki21b, collection.anki21 or \
         collection.anki2)",
    );
}

#[test]
fn collection_that_is_not_sqlite_or_not_anki() {
    refused(
        &bad("not_sqlite.apkg"),
        "collection.anki2 is not a SQLite database",
    );
    refused(
        &bad("not_anki.apkg"),
        "collection.anki2 is not an Anki collection (no 'col' table)",
    );
}

#[test]
fn text_that_is_not_utf8_or_has_nul() {
    let env = Env::new();
    let path = env.write("latin1.csv", b"front,back\ncaf\xe9,coffee\n");
    let env2 = env_with_a_deck();
    let before = env2.dump();
    let err = env2.fails(&["--now", NOW, "import", path.to_str().unwrap()]);
    assert_eq!(
        err,
        format!(
            "recall: {}:2: not UTF-8 text (byte 14); save the file as UTF-8\n",
            path.display()
        )
    );
    assert_eq!(env2.dump(), before);
}

#[test]
fn nul_bytes_refuse_the_text_file() {
    let env = Env::new();
    let path = env.write("nul.tsv", b"front\tback\nbad\0row\tx\n");
    let env2 = env_with_a_deck();
    let before = env2.dump();
    let err = env2.fails(&["--now", NOW, "import", path.to_str().unwrap()]);
    assert_eq!(
        err,
        format!(
            "recall: {}:2: contains a NUL byte; this is not a text file\n",
            path.display()
        )
    );
    assert_eq!(env2.dump(), before);
}

#[test]
fn one_bad_file_imports_nothing_from_the_others() {
    let env = env_with_a_deck();
    let before = env.dump();
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anki/genanki_mixed.apkg");
    let err = env.fails(&[
        "--now",
        NOW,
        "import",
        good.to_str().unwrap(),
        bad("not_anki.apkg").to_str().unwrap(),
    ]);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(env.dump(), before);
}

/// A refused file into a collection that does not exist yet makes no collection.
#[test]
fn a_refused_file_makes_no_collection() {
    let env = Env::new();
    let path = env.write("x.apkg", "hello, I am text\n");
    let err = env.fails(&["--now", NOW, "import", path.to_str().unwrap()]);
    assert_eq!(
        err,
        format!(
            "recall: {}: not an Anki package (not a zip archive)\n",
            path.display()
        )
    );
    assert!(!env.db.exists(), "no collection made");
    assert!(!env.path("backups").exists(), "no backup made");
}

#[test]
fn bad_rows_of_a_windows_text_file_name_their_line() {
    // CRLF line ends, as Excel and Notepad write them: the empty first field is on line 3,
    // after a quoted field over two lines on line 4 and 5 it is line 6.
    let env = env_with_a_deck();
    let path = env.write(
        "words.csv",
        "hola,hello\r\nadios,bye\r\n,empty\r\n\"multi\r\nline\",x\r\n,again\r\n",
    );
    let out = env
        .cmd()
        .args(["--now", NOW, "import", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "{0}:3: the first field is empty\n{0}:6: the first field is empty\n",
            path.display()
        )
    );
}
