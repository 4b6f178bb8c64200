#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The bad-input corpus of tests/bad/, reader by reader: each input is refused with one line
//! naming the file (and line), exit code 1, no panic, and the collection unchanged.

mod common;

use std::path::{Path, PathBuf};

use common::Env;

const NOW: &str = "2026-01-01T12:00:00";

fn corpus(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad")
        .join(rel)
}

/// A collection with history, so "unchanged" means something.
fn used_collection() -> Env {
    let env = Env::new();
    env.ok(&["import", "--examples"]);
    env.study(NOW, "\n5\n\n1\n\n3\n\n4\n", &[]);
    env
}

/// Run `args`; expect exit 1, exactly one stderr line `recall: {expected}`, no panic, and the
/// collection's content unchanged.
fn refused(env: &Env, args: &[&str], expected: &str) {
    // A `--db` in `args` replaces the collection under test (whose dump must not change).
    let mut cmd = if args.contains(&"--db") {
        env.bare_cmd()
    } else {
        env.cmd()
    };
    let before = env.dump();
    let out = cmd.args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{args:?} panicked: {stderr}");
    assert_eq!(stderr, format!("recall: {expected}\n"), "{args:?}");
    assert_eq!(env.dump(), before, "{args:?} changed the collection");
}

const DECKS: &[(&str, &str)] = &[
    (
        "array-of-cards-wrong.toml",
        "4: invalid type: map, expected a sequence",
    ),
    (
        "bad-due.toml",
        "11: invalid type: string \"tomorrow\", expected a TOML datetime",
    ),
    (
        "bad-easiness.toml",
        "4: schedule easiness 0.5 is outside 1.3..10",
    ),
    (
        "binary.toml",
        "1: contains a NUL byte; this is not a text file",
    ),
    (
        "card-is-a-string.toml",
        "3: unknown field `card`, expected one of `name`, `description`, `language`, `sources`",
    ),
    (
        "cloze-without-gap.toml",
        "4: cloze text has no deletion like {{c1::answer}}",
    ),
    (
        "duplicate-fronts.toml",
        "8: duplicate card (same prompt) '7ffcb7aa29ca8d79', first at line 4",
    ),
    ("duplicate-ids.toml", "9: duplicate id 'x', first at line 4"),
    ("empty-deck-name.toml", "1: invalid deck name '  '"),
    (
        "empty.toml",
        "1: not a recall deck: the [deck] table with a name is missing",
    ),
    (
        "front-and-cloze.toml",
        "4: a card has either 'front' or 'cloze', not both",
    ),
    (
        "json-not-toml.toml",
        "1: invalid key-value pair, expected key",
    ),
    (
        "latin1.toml",
        "2: not UTF-8 text (byte 18); save the file as UTF-8",
    ),
    ("missing-back.toml", "4: card has a 'front' but no 'back'"),
    (
        "negative-interval.toml",
        "10: invalid value: integer `-3`, expected u32",
    ),
    (
        "no-deck-table.toml",
        "1: not a recall deck: the [deck] table with a name is missing",
    ),
    (
        "nul-byte.toml",
        "5: contains a NUL byte; this is not a text file",
    ),
    (
        "only-whitespace.toml",
        "1: not a recall deck: the [deck] table with a name is missing",
    ),
    (
        "space-id.toml",
        "4: invalid card id 'a b': use up to 100 characters without spaces",
    ),
    (
        "spaced-tag.toml",
        "4: invalid tag 'two words': tags are single words",
    ),
    ("truncated.toml", "5: invalid basic string, expected `\"`"),
    (
        "unknown-field.toml",
        "6: unknown field `bakc`, expected one of `id`, `front`, `back`, `cloze`, `reverse`, `tags`, `source`, `context`, `suspended`, `schedule`",
    ),
    ("utf16.toml", " UTF-16 text; save the file as UTF-8"),
    (
        "wrong-type.toml",
        "5: invalid type: integer `42`, expected a string",
    ),
];

#[test]
fn deck_files() {
    let env = used_collection();
    let listed: Vec<String> = std::fs::read_dir(corpus("deck"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        listed.len(),
        DECKS.len(),
        "every file in tests/bad/deck has a case here"
    );
    for (name, message) in DECKS {
        let path = corpus(&format!("deck/{name}"));
        refused(
            &env,
            &["import", path.to_str().unwrap()],
            &format!("{}:{message}", path.display()),
        );
    }
}

#[test]
fn deck_paths_that_cannot_be_read() {
    let env = used_collection();
    let dir = env.path("folder.toml");
    std::fs::create_dir(&dir).unwrap();
    refused(
        &env,
        &["import", dir.to_str().unwrap()],
        &format!("{}: is a directory, not a deck file", dir.display()),
    );
    let missing = env.path("missing.toml");
    refused(
        &env,
        &["import", missing.to_str().unwrap()],
        &format!(
            "{}: cannot read: No such file or directory (os error 2)",
            missing.display()
        ),
    );
    let dangling = env.path("dangling.toml");
    std::os::unix::fs::symlink(env.path("nowhere.toml"), &dangling).unwrap();
    refused(
        &env,
        &["import", dangling.to_str().unwrap()],
        &format!(
            "{}: cannot read: No such file or directory (os error 2)",
            dangling.display()
        ),
    );
    let through_file = env.write("plain.txt", "x").join("deck.toml");
    refused(
        &env,
        &["import", through_file.to_str().unwrap()],
        &format!(
            "{}: cannot read: Not a directory (os error 20)",
            through_file.display()
        ),
    );
    let unknown = env.write("deck.yaml", "deck: D\n");
    refused(
        &env,
        &["import", unknown.to_str().unwrap()],
        &format!(
            "{}: unknown file type; recall imports .toml, .csv, .tsv, .txt, .apkg and .colpkg files (or pass --format)",
            unknown.display()
        ),
    );
}

#[test]
fn a_ten_megabyte_field() {
    let env = used_collection();
    let huge = "x".repeat(10 * 1024 * 1024);
    let path = env.write(
        "huge.toml",
        format!("[deck]\nname = \"D\"\n\n[[card]]\nfront = \"Q?\"\nback = \"{huge}\"\n"),
    );
    refused(
        &env,
        &["import", path.to_str().unwrap()],
        &format!(
            "{}:4: card field 'back' is 10485760 bytes long; the limit is 100000",
            path.display()
        ),
    );
}

#[test]
fn collection_files() {
    let env = used_collection();
    for (name, reason) in [
        ("text.db", "not a SQLite database"),
        ("truncated-header.db", "not a SQLite database"),
        ("garbage-after-header.db", "not a SQLite database"),
        ("empty-but-magic.db", "not a SQLite database"),
    ] {
        // Work on a copy: the corpus file itself must stay as it is, and so must the copy.
        let db = env.path(name);
        std::fs::copy(corpus(&format!("db/{name}")), &db).unwrap();
        let bytes = std::fs::read(&db).unwrap();
        refused(
            &env,
            &["--db", db.to_str().unwrap(), "cards"],
            &format!(
                "{}: not a recall collection ({reason}); nothing was changed",
                db.display()
            ),
        );
        assert_eq!(std::fs::read(&db).unwrap(), bytes, "{name} was modified");
    }
    let other = env.path("other-app.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE notes (id INTEGER);")
        .unwrap();
    refused(
        &env,
        &["--db", other.to_str().unwrap(), "study", "--plain"],
        &format!(
            "{}: not a recall collection (a SQLite database without recall's tables); nothing was changed",
            other.display()
        ),
    );
    let foreign = env.path("foreign-app-id.db");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("PRAGMA application_id = 42; CREATE TABLE t (x);")
        .unwrap();
    refused(
        &env,
        &["--db", foreign.to_str().unwrap(), "decks"],
        &format!(
            "{}: not a recall collection (a SQLite database of another application); nothing was changed",
            foreign.display()
        ),
    );
    let dir = env.path("a-directory.db");
    std::fs::create_dir(&dir).unwrap();
    refused(
        &env,
        &["--db", dir.to_str().unwrap(), "decks"],
        &format!(
            "{}: not a recall collection (it is a directory); nothing was changed",
            dir.display()
        ),
    );
    let nowhere = env.path("no/such/folder/c.db");
    let out = env
        .bare_cmd()
        .args(["--db", nowhere.to_str().unwrap(), "decks"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with(&format!(
            "recall: {}: cannot open the collection: unable to open database file",
            nowhere.display()
        )),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn now_values() {
    // Wrong usage: exit 2 (cli.md), the value and the accepted forms named, nothing changed.
    let env = used_collection();
    let before = env.dump();
    for value in [
        "tomorrow",
        "2026-02-30",
        "2026-13-01T00:00:00",
        "",
        "1700000000",
        "2026-01-01T25:00:00",
    ] {
        let out = env
            .cmd()
            .args(["--now", value, "study", "--plain"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{value:?}: {stderr}");
        assert!(
            stderr.contains(&format!(
                "invalid value '{value}' for '--now <TIME>': expected RFC 3339 (2026-03-01T09:30:00+01:00), a local date-time (2026-03-01T09:30:00) or a date (2026-03-01)"
            )),
            "{value:?}: {stderr}"
        );
        assert_eq!(env.dump(), before, "{value:?} changed the collection");
    }
}

/// Plain-protocol lines that are not grades: the protocol answers each with a hint and reads
/// again (cli.md), so the session goes on and nothing is saved for them.
#[test]
fn plain_protocol_lines() {
    let env = used_collection();
    let before = env.dump();
    let huge = "7".repeat(10 * 1024 * 1024);
    let lines: Vec<Vec<u8>> = vec![
        b"7".to_vec(),
        b"-1".to_vec(),
        b"5x".to_vec(),
        "٣".as_bytes().to_vec(),
        b"4 4".to_vec(),
        b"\x00".to_vec(),
        b"\xff\xfe".to_vec(),
        huge.into_bytes(),
    ];
    let mut input = b"\n".to_vec(); // the (empty) typed answer of the first card
    for l in &lines {
        input.extend_from_slice(l);
        input.push(b'\n');
    }
    let out = env
        .cmd()
        .args(["--now", NOW, "study", "--plain"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.matches("is not a grade: type a digit 0-5").count(),
        lines.len(),
        "{}",
        &stdout[..stdout.len().min(3000)]
    );
    assert!(
        stdout.contains("recall: '77777777777777777777…' is not a grade"),
        "long lines are cut"
    );
    assert!(stdout.contains("No cards answered."));
    assert_eq!(env.dump(), before);
}

/// CSV/TSV: a file that cannot be read at all is refused; a file with bad rows imports the good
/// ones (by design), so here each is imported with `--strict`, which refuses it whole.
const TEXTS: &[(&str, &str)] = &[
    (
        "bad-column-number.tsv",
        ":3: the header names column 9, but this row has 2 column(s) (--strict: nothing was imported)",
    ),
    (
        "binary.csv",
        ":1: contains a NUL byte; this is not a text file",
    ),
    (
        "cloze-without-gap.txt",
        ":3: a cloze note needs a deletion like {{c1::answer}} (--strict: nothing was imported)",
    ),
    (
        "duplicate-guid.tsv",
        ":4: guid 'g1' repeats line 3 (--strict: nothing was imported)",
    ),
    (
        "empty-first-field.tsv",
        ":2: the first field is empty (--strict: nothing was imported)",
    ),
    ("empty.csv", ": no rows to import"),
    ("header-only.tsv", ": no rows to import"),
    (
        "latin1.tsv",
        ":1: not UTF-8 text (byte 3); save the file as UTF-8",
    ),
    (
        "nul.csv",
        ":2: contains a NUL byte; this is not a text file",
    ),
    (
        "unknown-separator.csv",
        ":1: unknown separator 'banana' (tab, comma, semicolon, space, pipe, colon, or a single punctuation character)",
    ),
    (
        "unterminated-quote.csv",
        ":2: a quoted field starts here and is never closed",
    ),
    ("utf16.csv", ": UTF-16 text; save the file as UTF-8"),
];

#[test]
fn text_files() {
    let env = used_collection();
    let listed = std::fs::read_dir(corpus("csv")).unwrap().count();
    assert_eq!(
        listed,
        TEXTS.len(),
        "every file in tests/bad/csv has a case here"
    );
    for (name, message) in TEXTS {
        let path = corpus(&format!("csv/{name}"));
        refused(
            &env,
            &["import", "--strict", path.to_str().unwrap()],
            &format!("{}{message}", path.display()),
        );
    }
}

/// Anki packages: zip bombs, names escaping the folder, missing or foreign collections (made by
/// tests/bad/apkg/make.py; tests/import_bad_input.rs covers truncated and non-zip files too).
const PACKAGES: &[(&str, &str)] = &[
    (
        "absolute.apkg",
        "unsafe file name '/tmp/recall-evil.txt' in the package; refused",
    ),
    (
        "bomb_deflate.apkg",
        "collection.anki2 would inflate past the limit (1 GiB, or 100 times its packed size); refused",
    ),
    (
        "bomb_zstd.apkg",
        "collection.anki21b would inflate past the limit (1 GiB, or 100 times its packed size); refused",
    ),
    (
        "media_escape.apkg",
        "unsafe media file name '../../escaped.png' in the package; refused",
    ),
    (
        "no_collection.apkg",
        "no Anki collection in the package (collection.anki21b, collection.anki21 or collection.anki2)",
    ),
    (
        "not_anki.apkg",
        "collection.anki2 is not an Anki collection (no 'col' table)",
    ),
    (
        "not_sqlite.apkg",
        "collection.anki2 is not a SQLite database",
    ),
    (
        "traversal.apkg",
        "unsafe file name '../evil.txt' in the package; refused",
    ),
];

#[test]
fn anki_packages() {
    let env = used_collection();
    let listed = std::fs::read_dir(corpus("apkg"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "apkg")
        })
        .count();
    assert_eq!(
        listed,
        PACKAGES.len(),
        "every package in tests/bad/apkg has a case here"
    );
    for (name, message) in PACKAGES {
        let path = corpus(&format!("apkg/{name}"));
        refused(
            &env,
            &["import", path.to_str().unwrap()],
            &format!("{}: {message}", path.display()),
        );
        let colpkg = env.path(&name.replace(".apkg", ".colpkg"));
        std::fs::copy(&path, &colpkg).unwrap();
        refused(
            &env,
            &["import", colpkg.to_str().unwrap()],
            &format!("{}: {message}", colpkg.display()),
        );
    }
    assert!(!Path::new("/tmp/recall-evil.txt").exists());
}

/// Documents for `recall generate`: refused whole, nothing written (no deck file, no change).
const DOCUMENTS: &[(&str, &str)] = &[
    (
        "binary.txt",
        ":1: contains a NUL byte; this is not a text file",
    ),
    (
        "latin1.txt",
        ":1: not UTF-8 text (byte 32); save the file as UTF-8",
    ),
    (
        "nul-byte.txt",
        ":2: contains a NUL byte; this is not a text file",
    ),
    (
        "pdf.txt",
        ":6: contains a NUL byte; this is not a text file",
    ),
    ("utf16.txt", ": UTF-16 text; save the file as UTF-8"),
];

#[test]
fn documents_for_generate() {
    let env = used_collection();
    let listed = std::fs::read_dir(corpus("generate")).unwrap().count();
    assert_eq!(
        listed,
        DOCUMENTS.len(),
        "every file in tests/bad/generate has a case here"
    );
    let good = env.write(
        "good.txt",
        "Vitamine K2\n\nVitamine K2 activeert het eiwit MGP in de vaatwanden.\n",
    );
    let out = env.path("out.toml");
    for (name, message) in DOCUMENTS {
        let path = corpus(&format!("generate/{name}"));
        let expected = format!("{}{message}", path.display());
        refused(
            &env,
            &[
                "generate",
                path.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ],
            &expected,
        );
        refused(
            &env,
            &[
                "generate",
                good.to_str().unwrap(),
                path.to_str().unwrap(),
                "--import",
            ],
            &expected,
        );
        assert!(!out.exists(), "{name}: a deck file was written");
    }
    let dir = env.path("folder.txt");
    std::fs::create_dir(&dir).unwrap();
    refused(
        &env,
        &["generate", dir.to_str().unwrap()],
        &format!("{}: is a directory, not a text document", dir.display()),
    );
    let missing = env.path("missing.txt");
    refused(
        &env,
        &["generate", missing.to_str().unwrap(), "--import"],
        &format!("{}: no such file", missing.display()),
    );
}
