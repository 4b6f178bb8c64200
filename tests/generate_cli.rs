#![allow(clippy::unwrap_used, clippy::expect_used)]

//! `recall generate` through the binary: output to stdout or a file, deterministic bytes,
//! `--import` through the same insert path as `recall import`, and clear errors for input
//! that is not a text document.

mod common;

use common::Env;

const NOW: &str = "2026-03-01T09:00:00";

const NL: &str = "Vitamine K2 en botten\n\nEiwitten\n\n\
Osteocalcine, geproduceerd door osteoblasten (botopbouwende cellen), bindt calcium aan de \
botmatrix. MK-7 heeft een langere halfwaardetijd in het lichaam en wordt daarom vaak \
geprefereerd in supplementen. Het matrix Gla-proteïne (MGP) voorkomt calciumafzetting in \
zachte weefsels zoals bloedvaten en organen.\n";

const EN: &str = "Iron in the body\n\nIron deficiency\n\n\
Haemoglobin, a protein in red blood cells, carries oxygen from the lungs to the body. \
Iron deficiency causes anaemia in millions of people. A 2019 study, published in The Lancet, \
gave 60 mg of iron daily for three months to 200 women.\n";

fn cards_in(toml: &str) -> usize {
    toml.lines().filter(|l| *l == "[[card]]").count()
}

#[test]
fn writes_a_deck_to_stdout_that_import_reads() {
    let env = Env::new();
    let doc = env.write("botten.txt", NL);
    let out = env.ok(&["generate", doc.to_str().unwrap()]);
    assert!(
        out.starts_with("[deck]\nname = \"Vitamine K2 en botten\"\nlanguage = \"nl\"\n"),
        "{out}"
    );
    assert!(out.contains("front = \"Door welke cellen wordt osteocalcine geproduceerd?\"\nback = \"osteoblasten\"\ntags = [\"eiwitten\"]\nsource = \"botten.txt\"\ncontext = \"Osteocalcine, geproduceerd door osteoblasten (botopbouwende cellen), bindt calcium aan de botmatrix.\"\n"), "{out}");
    assert!(out.contains("front = \"Waarom wordt MK-7 vaak geprefereerd in supplementen?\"\nback = \"langere halfwaardetijd in het lichaam\""), "{out}");
    // the acronym with its expansion, asked once
    assert!(
        out.contains("front = \"Welk eiwit voorkomt calciumafzetting in zachte weefsels?\"\nback = \"matrix Gla-proteïne (MGP)\""),
        "{out}"
    );
    assert!(!out.contains("Waar staat MGP voor?"), "{out}");
    // the same text again gives the same bytes
    assert_eq!(env.ok(&["generate", doc.to_str().unwrap()]), out);
    // and `recall import` accepts it as it is
    let deck = env.write("botten.toml", &out);
    let imported = env.ok(&["--now", NOW, "import", deck.to_str().unwrap()]);
    assert!(
        imported.contains(&format!("{} added", cards_in(&out))),
        "{imported}"
    );
}

#[test]
fn english_is_detected_and_asked_in_english() {
    let env = Env::new();
    let doc = env.write("iron.txt", EN);
    let out = env.ok(&["generate", doc.to_str().unwrap(), "--deck", "Iron"]);
    assert!(
        out.starts_with("[deck]\nname = \"Iron\"\nlanguage = \"en\"\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "front = \"What causes anaemia in millions of people?\"\nback = \"iron deficiency\""
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "front = \"What daily dose of iron was used in the 2019 study?\"\nback = \"60 mg\""
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "front = \"In which journal was the 2019 study published?\"\nback = \"Lancet\""
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "front = \"Which protein in red blood cells carries oxygen from the lungs to the body?\"\nback = \"haemoglobin\""
        ),
        "{out}"
    );
    // --lang nl forces the Dutch rules (and their question words)
    let forced = env.ok(&["generate", doc.to_str().unwrap(), "--lang", "nl"]);
    assert!(forced.contains("language = \"nl\""));
    assert!(!forced.contains("front = \"What"));
}

#[test]
fn markdown_notes_give_the_cards_of_their_plain_text() {
    // The same article written as Markdown notes: heading marks, emphasis, a link, a code span,
    // a rule line and a fenced block. The cards (and the deck's name and tags) are those of the
    // plain text, with the context sentences free of markup.
    let env = Env::new();
    let plain = env.write("botten.txt", NL);
    let md = env.write(
        "botten.md",
        "# Vitamine K2 en botten\n\n## Eiwitten\n\n\
**Osteocalcine**, geproduceerd door *osteoblasten* (botopbouwende cellen), bindt calcium aan de \
botmatrix. `MK-7` heeft een langere halfwaardetijd in het lichaam en wordt daarom vaak \
geprefereerd in supplementen. Het [matrix Gla-proteïne](https://example.org/mgp) (MGP) voorkomt \
calciumafzetting in zachte weefsels zoals bloedvaten en organen.\n\n---\n\n\
```\nnot = \"prose\"\n```\n",
    );
    let from_plain = env.ok(&["generate", plain.to_str().unwrap()]);
    let from_md = env.ok(&["generate", md.to_str().unwrap()]);
    assert!(cards_in(&from_md) >= 3, "{from_md}");
    assert_eq!(
        from_md.replace("botten.md", "botten.txt"),
        from_plain,
        "{from_md}"
    );
}

#[test]
fn output_file_max_and_import() {
    let env = Env::new();
    let doc = env.write("botten.txt", NL);
    let deck = env.path("out/deck.toml");
    std::fs::create_dir_all(deck.parent().unwrap()).unwrap();
    let out = env
        .cmd()
        .args([
            "generate",
            doc.to_str().unwrap(),
            "-o",
            deck.to_str().unwrap(),
            "--max",
            "2",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr, "botten.txt: nl (3 sentences): 2 cards\n");
    let written = std::fs::read_to_string(&deck).unwrap();
    assert_eq!(cards_in(&written), 2);

    // --import: straight into the collection, the report of `recall import`
    let out = env.ok(&[
        "--now",
        NOW,
        "generate",
        doc.to_str().unwrap(),
        "--import",
        "--deck",
        "Botten",
    ]);
    let full = env.ok(&["generate", doc.to_str().unwrap(), "--deck", "Botten"]);
    let n = cards_in(&full);
    assert!(
        out.starts_with(&format!("Botten: {n} added, 0 updated, 0 unchanged")),
        "{out}"
    );
    let cards = env.cards(NOW);
    assert!(cards.len() >= n);
    assert!(cards.iter().all(|c| c["deck"] == "Botten"));
    // generating again changes nothing: content ids
    let again = env.ok(&[
        "--now",
        NOW,
        "generate",
        doc.to_str().unwrap(),
        "--import",
        "--deck",
        "Botten",
    ]);
    assert!(
        again.starts_with(&format!("Botten: 0 added, 0 updated, {n} unchanged")),
        "{again}"
    );
}

#[test]
fn bad_input_is_refused_with_the_file_named_and_nothing_written() {
    let env = Env::new();
    let good = env.write("good.txt", NL);
    let deck = env.path("deck.toml");
    let cases: Vec<(std::path::PathBuf, String)> = vec![
        (env.path("missing.txt"), "missing.txt: no such file".into()),
        (
            env.dir.path().to_path_buf(),
            "is a directory, not a text document".into(),
        ),
        (
            env.write("binary.txt", b"PK\x03\x04\x00\x00binary"),
            "binary.txt:1: contains a NUL byte; this is not a text file".into(),
        ),
        (
            env.write("latin1.txt", b"caf\xe9 au lait\n"),
            "latin1.txt:1: not UTF-8 text (byte 3); save the file as UTF-8".into(),
        ),
    ];
    for (path, message) in cases {
        env.ok(&["--now", NOW, "import", "--examples"]);
        let before = env.dump();
        let err = env.fails(&[
            "--now",
            NOW,
            "generate",
            good.to_str().unwrap(),
            path.to_str().unwrap(),
            "-o",
            deck.to_str().unwrap(),
            "--import",
        ]);
        assert!(
            err.starts_with("recall: ") && err.contains(&message),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!deck.exists(), "nothing may be written");
        assert_eq!(env.dump(), before, "the collection must not change");
    }
}

#[test]
fn an_empty_document_gives_no_cards_and_a_note() {
    let env = Env::new();
    let empty = env.write("empty.txt", "\n  \n");
    let out = env
        .cmd()
        .args(["generate", empty.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        "[deck]\nname = \"empty.txt\"\nlanguage = \"nl\"\nsources = [\"empty.txt\"]\n"
    );
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!("recall: {}: empty document, no cards\n", empty.display())
    );
}

#[test]
fn an_empty_document_with_import_adds_no_empty_deck() {
    let env = Env::new();
    env.ok(&["decks"]);
    let before = env.dump();
    let empty = env.write("empty.txt", "\n  \n");
    let out = env.ok(&[
        "--now",
        NOW,
        "generate",
        empty.to_str().unwrap(),
        "--import",
    ]);
    assert_eq!(out, "empty.txt: no cards, nothing imported\n");
    assert_eq!(env.dump(), before, "no deck without cards");
}

#[test]
fn an_unwritable_output_is_an_error_and_imports_nothing() {
    let env = Env::new();
    let doc = env.write("botten.txt", NL);
    let bad = env.path("no/such/dir/deck.toml");
    let err = env.fails(&[
        "--now",
        NOW,
        "generate",
        doc.to_str().unwrap(),
        "-o",
        bad.to_str().unwrap(),
        "--import",
    ]);
    assert!(
        err.starts_with(&format!("recall: {}: cannot write", bad.display())),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(env.dump(), "<no collection>");
}

/// One card, one sentence, one answer: the counts in the reports agree with their nouns
/// ("1 cards added", "(1 sentences): 1 cards" before).
#[test]
fn a_count_of_one_is_singular() {
    let env = Env::new();
    let doc = env.write(
        "k2.txt",
        "Vitamine K2 activeert het eiwit osteocalcine in de botten.\n",
    );
    let out = env
        .cmd()
        .args(["--now", NOW, "generate", doc.to_str().unwrap()])
        .args(["--lang", "nl", "--max", "1", "--import", "--deck", "K"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr, "k2.txt: nl (1 sentence): 1 card\n");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        "K: 1 added, 0 updated, 0 unchanged (1 card added, 0 updated)\n"
    );
    let check = env.ok(&["--now", NOW, "check"]);
    assert!(check.starts_with("ok: 1 card, 0 reviews;"), "{check}");
}

/// A document half Dutch, half English gets one language's rules for both halves ("Wat is
/// the Sun?"): recall says so on stderr, and only when it detected the language itself.
#[test]
fn a_document_in_two_languages_gets_a_warning() {
    let env = Env::new();
    let nl = "Het hart is een holle spier die het bloed door het lichaam pompt en zo de organen van zuurstof voorziet.\n\n";
    let en = "The Sun is the star at the center of our solar system and it holds the planets in their orbits.\n\n";
    let doc = env.write("mix.txt", format!("{}{}", nl.repeat(4), en.repeat(4)));
    let out = env
        .cmd()
        .args(["generate", doc.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "recall: warning: mix.txt: about 50% of it reads as English, but its cards are made with \
         the rules of Dutch; give each language a file of its own (each file's language is \
         detected on its own)\n"
    );
    let out = env
        .cmd()
        .args(["generate", doc.to_str().unwrap(), "--lang", "nl"])
        .output()
        .unwrap();
    assert!(out.stderr.is_empty(), "the user chose the language");
}

/// `-o` naming one of the documents (a slip: `generate notes.txt -o notes.txt`) is refused
/// before anything is written; it used to replace the document with the deck.
#[test]
fn an_output_that_is_one_of_the_documents_is_refused() {
    let env = Env::new();
    let text = "Amsterdam is de hoofdstad van Nederland.\n";
    let doc = env.write("notes.txt", text);
    let other = env.write("other.txt", text);
    // the same file by another spelling of its path
    let again = doc.parent().unwrap().join(".").join("notes.txt");
    let out = env
        .cmd()
        .args(["generate", other.to_str().unwrap(), doc.to_str().unwrap()])
        .args(["-o", again.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("recall: ") && stderr.ends_with(
            "notes.txt: -o names one of the documents; the deck would replace it (write it to a .toml file)\n"
        ),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&doc).unwrap(),
        text,
        "the document is kept"
    );
}

/// `--deck "A::B"` makes a subdeck, as `import --deck` does (it became "A:B"); a name that
/// cannot be a deck's is refused naming `--deck`, not an internal "<generated deck>:1".
#[test]
fn deck_names_given_are_kept_or_refused_clearly() {
    let env = Env::new();
    let doc = env.write("a.txt", "Amsterdam is de hoofdstad van Nederland.\n");
    let deck = env.ok(&[
        "generate",
        doc.to_str().unwrap(),
        "--deck",
        "Aardrijkskunde::Steden ❤",
    ]);
    assert!(
        deck.contains("name = \"Aardrijkskunde::Steden ❤\""),
        "{deck}"
    );
    for bad in ["", "  ", "A::", "A::::B"] {
        let err = env.fails(&["generate", doc.to_str().unwrap(), "--deck", bad]);
        assert_eq!(
            err,
            format!(
                "recall: --deck '{bad}': a deck name needs text, also on both sides of each '::'\n"
            )
        );
    }
}

/// `-` reads the document from standard input (`pbpaste | recall generate -`), as a Unix tool
/// does; it was "-: no such file".
#[test]
fn a_dash_reads_the_document_from_stdin() {
    let env = Env::new();
    let out = env.run(
        &["generate", "-", "--lang", "nl"],
        "Hoofdsteden\n\nAmsterdam is de hoofdstad van Nederland.\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let deck = String::from_utf8(out.stdout).unwrap();
    assert!(deck.contains("name = \"Hoofdsteden\""), "{deck}");
    assert!(deck.contains("source = \"stdin\""), "{deck}");
}

/// A saved web page (`.html`) is read as the text a browser shows; its tags used to make
/// every line markup, and the deck came out empty without a word.
#[test]
fn a_web_page_is_read_as_its_text() {
    let env = Env::new();
    let page = env.write(
        "volcanoes.html",
        "<!DOCTYPE html>\n<html><head><title>Volcanoes</title><style>p{color:red}</style></head>\n<body><h1>Volcanoes</h1>\n<p>Mount Vesuvius destroyed the Roman city of Pompeii in 79 AD.</p>\n<p>A volcano is an opening in the Earth&#39;s crust through which <b>molten rock</b> escapes.</p>\n</body></html>\n",
    );
    let deck = env.ok(&["generate", page.to_str().unwrap(), "--lang", "en"]);
    assert!(deck.contains("name = \"Volcanoes\""), "{deck}");
    assert!(
        deck.contains("context = \"Mount Vesuvius destroyed the Roman city of Pompeii in 79 AD.\""),
        "{deck}"
    );
    assert!(!deck.contains('<') && !deck.contains("&#39;"), "{deck}");
}

/// A document that is not empty but gives no card said nothing when the deck went to stdout:
/// an empty deck, exit 0, and no hint why.
#[test]
fn a_document_without_cards_is_mentioned() {
    let env = Env::new();
    let doc = env.write("shop.txt", "Shopping\n\nmilk\neggs\nbread\n");
    let out = env
        .cmd()
        .args(["generate", doc.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "recall: shop.txt: no cards (no sentence in it gave a question or a cloze)\n"
    );
}

/// `-o FILE --import`: the deck takes the file's place only once the collection has its cards.
/// A collection that refuses them leaves the old file as it was (it used to be deleted), and
/// no temporary file stays behind.
#[test]
fn a_refused_import_keeps_the_file_that_was_there() {
    let env = Env::new();
    let doc = env.write("botten.txt", NL);
    let out = env.write("deck.toml", "my own notes\n");
    std::fs::write(&env.db, "this is no collection, just some bytes of text").unwrap();
    let err = env.fails(&[
        "--now",
        NOW,
        "generate",
        doc.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--import",
    ]);
    assert!(err.contains("not a SQLite database"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "my own notes\n");
    let dir = out.parent().unwrap();
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".recall-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // and when the collection takes the cards, the file is the deck
    std::fs::remove_file(&env.db).unwrap();
    env.ok(&[
        "--now",
        NOW,
        "generate",
        doc.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--import",
    ]);
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("[deck]"));
}

/// The report of `generate -o --import` counts the cards to study as the import does: a cloze
/// of several gaps is one note and several cards ("21 cards" was printed where the import
/// said "25 cards added").
#[test]
fn the_report_counts_cards_as_the_import_does() {
    let env = Env::new();
    env.ok(&["decks"]);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let a = root.join("decks/sources/vitamine-k2-bloedvaten.txt");
    let b = root.join("decks/sources/vitamine-k2-botgezondheid.txt");
    let out = env.path("k2.toml");
    let run = env
        .cmd()
        .args(["--now", NOW, "generate"])
        .args([&a, &b])
        .arg("-o")
        .arg(&out)
        .arg("--import")
        .output()
        .unwrap();
    assert!(run.status.success());
    let stdout = String::from_utf8(run.stdout).unwrap();
    let stderr = String::from_utf8(run.stderr).unwrap();
    let added: usize = stdout
        .split(" cards added")
        .next()
        .and_then(|s| s.rsplit('(').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{stdout}"));
    let reported: usize = stderr
        .lines()
        .map(|l| {
            let n = l.trim_end_matches(" cards)").rsplit('(').next().unwrap();
            n.parse::<usize>().unwrap_or_else(|_| panic!("{l}"))
        })
        .sum();
    assert_eq!(reported, added, "{stdout}{stderr}");
    assert!(stderr.contains(" notes ("), "{stderr}");
}
