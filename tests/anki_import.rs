//! Anki packages and text files, checked against the manifests of tests/fixtures/anki: note,
//! card and review-log counts, every card's state after the documented conversion
//! (README, "Anki packages"), and the rendered text of a sample of cards.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Days, NaiveDate, TimeDelta};
use common::Env;
use serde_json::Value;

const NOW: &str = "2024-03-01T10:00:00";
const TODAY: &str = "2024-03-01";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/anki")
        .join(name)
}

fn manifest(name: &str) -> Value {
    let text = std::fs::read_to_string(fixture(&format!("{name}.manifest.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn import(env: &Env, name: &str, extra: &[&str]) -> String {
    let path = fixture(name);
    let mut args = vec!["--now", NOW, "import", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    env.ok(&args)
}

fn count(env: &Env, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn cards_by_id(env: &Env) -> HashMap<String, Value> {
    env.cards(NOW)
        .into_iter()
        .map(|c| (c["id"].as_str().unwrap().to_string(), c))
        .collect()
}

/// The study day of `col.crt` (04:00 local of the creation day) as a date.
fn crt_date(crt: i64) -> NaiveDate {
    let dt = DateTime::from_timestamp(crt + 12 * 3600, 0).unwrap() - TimeDelta::hours(4);
    dt.date_naive()
}

fn plus(date: NaiveDate, days: i64) -> String {
    let d = if days >= 0 {
        date.checked_add_days(Days::new(days as u64))
    } else {
        date.checked_sub_days(Days::new((-days) as u64))
    };
    d.unwrap().format("%Y-%m-%d").to_string()
}

fn is_answer(r: &Value) -> bool {
    (1..=4).contains(&r["ease"].as_i64().unwrap()) && (0..=3).contains(&r["type"].as_i64().unwrap())
}

/// What recall's documented conversion makes of one Anki card: (state, due, interval,
/// easiness, repetitions, lapses).
fn expected_state(
    card: &Value,
    revlog: &[&Value],
    crt: NaiveDate,
) -> (String, Option<String>, i64, f64, i64, i64) {
    let int = |k: &str| card[k].as_i64().unwrap();
    let ef = |factor: i64| {
        if factor <= 0 {
            2.5
        } else {
            (((factor + 5) / 10).clamp(130, 1000)) as f64 / 100.0
        }
    };
    let suspended = int("queue") == -1;
    let state = |s: &str| {
        if suspended {
            "suspended".to_string()
        } else {
            s.to_string()
        }
    };
    match int("type") {
        2 => {
            let mut streak = 0;
            for r in revlog.iter().filter(|r| is_answer(r)) {
                streak = if r["ease"].as_i64().unwrap() == 1 {
                    0
                } else {
                    streak + 1
                };
            }
            let due = if int("odid") != 0 {
                int("odue")
            } else {
                int("due")
            };
            let due = plus(crt, due);
            let st = if suspended { "suspended" } else { "review" };
            (
                st.into(),
                Some(due),
                int("ivl").max(1),
                ef(int("factor")),
                streak.max(1),
                int("lapses"),
            )
        }
        1 | 3 => (
            state("learning"),
            Some(TODAY.into()),
            0,
            ef(int("factor")),
            0,
            int("lapses"),
        ),
        _ => (state("new"), None, 0, 2.5, 0, 0),
    }
}

fn key(guid: &str, ord: i64) -> String {
    if ord == 0 {
        guid.to_string()
    } else {
        format!("{guid}/{}", ord + 1)
    }
}

/// Import a package and compare every card with the manifest's ground truth.
fn check_package(name: &str, scheduling: bool) {
    let m = manifest(name);
    let truth = &m["ground_truth"];
    let env = Env::new();
    let out = import(
        &env,
        name,
        if scheduling {
            &[]
        } else {
            &["--no-scheduling"]
        },
    );
    let notes = truth["note_count"].as_i64().unwrap();
    let cards = truth["card_count"].as_i64().unwrap();
    assert!(
        out.starts_with(&format!(
            "{}: {notes} added, 0 updated, 0 unchanged ({cards} cards added, 0 updated)",
            fixture(name).display()
        )),
        "{out}"
    );
    assert_eq!(count(&env, "SELECT count(*) FROM notes"), notes);
    assert_eq!(count(&env, "SELECT count(*) FROM cards"), cards);

    let answers: Vec<&Value> = truth["revlog"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| is_answer(r))
        .collect();
    let expected_reviews = if scheduling { answers.len() as i64 } else { 0 };
    assert_eq!(
        count(&env, "SELECT count(*) FROM reviews WHERE imported = 1"),
        expected_reviews
    );
    assert_eq!(
        count(&env, "SELECT count(*) FROM reviews WHERE imported = 0"),
        0
    );

    let guid_of: HashMap<i64, String> = truth["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["id"].as_i64().unwrap(),
                n["guid"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let deck_of: HashMap<String, String> = truth["decks"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(id, d)| (id.clone(), d["name"].as_str().unwrap().to_string()))
        .collect();
    let crt = crt_date(truth["crt"].as_i64().unwrap());
    let got = cards_by_id(&env);
    for card in truth["cards"].as_array().unwrap() {
        let id = key(
            &guid_of[&card["nid"].as_i64().unwrap()],
            card["ord"].as_i64().unwrap(),
        );
        let c = got
            .get(&id)
            .unwrap_or_else(|| panic!("{name}: card {id} missing"));
        let did = match card["odid"].as_i64().unwrap() {
            0 => card["did"].as_i64().unwrap(),
            odid => odid,
        };
        assert_eq!(
            c["deck"],
            deck_of[&did.to_string()].as_str(),
            "{name}: deck of {id}"
        );
        let revlog: Vec<&Value> = truth["revlog"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["cid"] == card["id"])
            .collect();
        let (state, due, ivl, ef, reps, lapses) = if scheduling {
            expected_state(card, &revlog, crt)
        } else {
            ("new".into(), None, 0, 2.5, 0, 0)
        };
        let what = format!("{name}: card {id}");
        let answers = revlog.iter().filter(|r| is_answer(r)).count() as i64;
        let imported = count(
            &env,
            &format!(
                "SELECT count(*) FROM reviews r JOIN cards c ON c.id = r.card_id \
                 WHERE c.key = '{}' AND r.imported = 1",
                id.replace('\'', "''")
            ),
        );
        assert_eq!(
            imported,
            if scheduling { answers } else { 0 },
            "{what}: review log"
        );
        assert_eq!(c["state"], state.as_str(), "{what}: state");
        assert_eq!(c["due"].as_str().map(str::to_string), due, "{what}: due");
        assert_eq!(
            c["interval_days"].as_i64().unwrap(),
            ivl,
            "{what}: interval"
        );
        assert_eq!(c["easiness"].as_f64().unwrap(), ef, "{what}: easiness");
        assert_eq!(
            c["repetitions"].as_i64().unwrap(),
            reps,
            "{what}: repetitions"
        );
        assert_eq!(c["lapses"].as_i64().unwrap(), lapses, "{what}: lapses");
    }
    // Nothing is left inconsistent.
    let check = env.ok(&["--now", NOW, "check"]);
    assert!(!check.contains("card "), "{check}");
}

/// The rendered text of a sample of the small collection's cards.
fn check_small_texts(env: &Env) {
    let got = cards_by_id(env);
    let expect = [
        ("G8b}n]q@mE", "What is the capital of France?", "Paris"),
        (
            "boQ-d-u?Xc",
            "Bold question with italics",
            "Answer with\nline break",
        ),
        ("L4*Vu;.:{$", "H2O is", "water & ice <solid>"),
        (
            "x;2#%A(bxK",
            "Quote test: \"double\", 'single', comma, semi;colon",
            "tab here | pipe",
        ),
        (
            "I,R7Qq0QLK",
            "Multi-line\nsecond line\nthird line",
            "one\ntwo",
        ),
        (
            "m=a=c4`?73",
            "Image card [image: oracle_pixel.png]",
            "a 16x16 PNG",
        ),
        ("f;U.6-ug+B", "Leading and trailing spaces", "spaced"),
        ("A:268ywu#z/2", "dog", "chien"),
        ("QL&[Q[g3Dv", "猫 (ねこ)", "cat 🐈"),
        (
            "HUwS=usLU<",
            "[...] is the capital of France",
            "Paris is the capital of France\nEurope",
        ),
        (
            "CL[%pI`%TY/2",
            "The mitochondria is the [organelle role] of the cell",
            "The mitochondria is the powerhouse of the cell",
        ),
        (
            "8nGfo@,iQ",
            "[...][...] is helium; Ne is neon; Ar is argon",
            "He is helium; Ne is neon; Ar is argon\nnoble gases",
        ),
        (
            "wrJ,uTQ0z^",
            "[...] with html",
            "Bold cloze with html\nextra underlined",
        ),
        (
            "iH(6hDL^d_/3",
            "Unicode cloze: 東京 / Ελλάδα / [...]",
            "Unicode cloze: 東京 / Ελλάδα / 🙂",
        ),
        (
            "pTgo3c!0(!/2",
            "Cloze with hint [hint two] before first",
            "Cloze with hint second before first\norder test",
        ),
        (
            "vn->@779,u",
            "Nested-looking braces {curly} and [...]",
            "Nested-looking braces {curly} and real cloze",
        ),
    ];
    for (id, front, back) in expect {
        let c = got.get(id).unwrap_or_else(|| panic!("card {id} missing"));
        assert_eq!(c["front"], front, "front of {id}");
        assert_eq!(c["back"], back, "back of {id}");
    }
    assert_eq!(got["IaRm*t~bM9"]["deck"], "Oracle Small::Sub 日本語");
    assert_eq!(
        got["G8b}n]q@mE"]["tags"],
        serde_json::json!(["europe", "geo"])
    );
}

#[test]
fn modern_package_with_scheduling() {
    check_package("small_modern_sched.apkg", true);
}

#[test]
fn legacy_package_with_scheduling() {
    check_package("small_legacy_sched.apkg", true);
}

#[test]
fn packages_without_scheduling() {
    check_package("small_modern_nosched.apkg", true);
    check_package("small_legacy_nosched.apkg", true);
    check_package("genanki_mixed.apkg", true);
}

#[test]
fn no_scheduling_flag_makes_every_card_new() {
    check_package("small_modern_sched.apkg", false);
}

#[test]
fn modern_and_legacy_give_the_same_cards_and_texts() {
    let (a, b) = (Env::new(), Env::new());
    import(&a, "small_modern_sched.apkg", &[]);
    import(&b, "small_legacy_sched.apkg", &[]);
    assert_eq!(a.cards(NOW), b.cards(NOW));
    check_small_texts(&a);
}

#[test]
fn the_best_collection_is_read_not_the_dummy() {
    // A modern package also holds collection.anki2 with one "please update" note.
    let env = Env::new();
    import(&env, "small_modern_nosched.apkg", &[]);
    let fronts: Vec<String> = env
        .cards(NOW)
        .iter()
        .map(|c| c["front"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(fronts.len(), 52);
    assert!(!fronts.iter().any(|f| f.contains("Please update")));
}

#[test]
fn genanki_texts_and_decks() {
    let env = Env::new();
    import(&env, "genanki_mixed.apkg", &[]);
    let got = cards_by_id(&env);
    assert_eq!(
        got["AfI;?d1lJj"]["front"],
        "gen front 2 [image: oracle_pixel.png]"
    );
    assert_eq!(got["vo;?c4{X<c/2"]["front"], "Berlin is in [...]");
    assert_eq!(got["vo;?c4{X<c/2"]["back"], "Berlin is in Germany\nextra");
    assert_eq!(got["H-RQeU^(j2/2"]["deck"], "Genanki Deck::Child ✓");
    assert_eq!(got["H-RQeU^(j2/2"]["front"], "dog");
}

#[test]
fn reimporting_changes_nothing() {
    let env = Env::new();
    import(&env, "small_modern_sched.apkg", &[]);
    let before = env.dump();
    let out = import(&env, "small_modern_sched.apkg", &[]);
    assert!(
        out.contains(": 0 added, 0 updated, 37 unchanged (0 cards added, 0 updated)"),
        "{out}"
    );
    assert_eq!(env.dump(), before);
    // Even when the scheduling is taken again, no review-log row is doubled.
    import(&env, "small_modern_sched.apkg", &["--overwrite-scheduling"]);
    assert_eq!(count(&env, "SELECT count(*) FROM reviews"), 440);
    assert_eq!(env.dump(), before);
}

#[test]
fn dry_run_changes_nothing() {
    let env = Env::new();
    env.ok(&["--now", NOW, "decks"]);
    let before = env.dump();
    let out = import(&env, "small_modern_sched.apkg", &["--dry-run"]);
    assert!(out.contains("37 added"), "{out}");
    assert!(out.contains("Dry run: nothing was changed."));
    assert_eq!(env.dump(), before);
}

#[test]
fn deck_option_puts_everything_in_one_deck() {
    let env = Env::new();
    import(
        &env,
        "small_modern_nosched.apkg",
        &["--deck", "Imported::Anki"],
    );
    let cards = env.cards(NOW);
    assert_eq!(cards.len(), 52);
    assert!(cards.iter().all(|c| c["deck"] == "Imported::Anki"));
}

/// A copy of the legacy package with one note's answer changed.
fn updated_package(env: &Env) -> PathBuf {
    modified_package(
        env,
        "small_legacy_sched.apkg",
        "UPDATE notes SET flds = 'What is the capital of France?' || char(31) || 'Paris (updated)' \
         WHERE guid = 'G8b}n]q@mE'",
    )
}

/// A copy of a legacy package whose collection was changed by `sql`.
fn modified_package(env: &Env, name: &str, sql: &str) -> PathBuf {
    let src = std::fs::File::open(fixture(name)).unwrap();
    let mut zip = zip::ZipArchive::new(src).unwrap();
    let mut bytes = Vec::new();
    zip.by_name("collection.anki21")
        .unwrap()
        .read_to_end(&mut bytes)
        .unwrap();
    let db = env.write("col.anki21", &bytes);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(sql).unwrap();
    drop(conn);
    let out = env.path("modified.apkg");
    let mut w = zip::ZipWriter::new(std::fs::File::create(&out).unwrap());
    w.start_file(
        "collection.anki21",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    w.write_all(&std::fs::read(&db).unwrap()).unwrap();
    w.finish().unwrap();
    out
}

#[test]
fn an_updated_package_updates_text_and_keeps_progress() {
    let env = Env::new();
    import(&env, "small_legacy_sched.apkg", &[]);
    let before = env.card(NOW, "G8b}n]q@mE");
    let updated = updated_package(&env);
    let out = env.ok(&["--now", NOW, "import", updated.to_str().unwrap()]);
    assert!(
        out.contains(": 0 added, 1 updated, 36 unchanged (0 cards added, 1 updated)"),
        "{out}"
    );
    let after = env.card(NOW, "G8b}n]q@mE");
    assert_eq!(after["back"], "Paris (updated)");
    for k in [
        "due",
        "interval_days",
        "easiness",
        "repetitions",
        "lapses",
        "state",
    ] {
        assert_eq!(after[k], before[k], "{k}");
    }
    assert_eq!(count(&env, "SELECT count(*) FROM reviews"), 440);
}

#[test]
fn a_note_longer_than_its_page_is_read_all_the_same() {
    // Notes are read off the collection's pages while it is unpacked, unless one of them
    // spills onto overflow pages: then SQLite reads them all, with the same result.
    let env = Env::new();
    let long = modified_package(
        &env,
        "small_legacy_sched.apkg",
        "UPDATE notes SET flds = 'What is the capital of France?' || char(31) || 'Paris ' || \
         replace(hex(zeroblob(3000)), '00', 'ab') WHERE guid = 'G8b}n]q@mE'",
    );
    let out = env.ok(&["--now", NOW, "import", long.to_str().unwrap()]);
    assert!(
        out.contains(": 37 added, 0 updated, 0 unchanged (52 cards added, 0 updated)"),
        "{out}"
    );
    assert_eq!(count(&env, "SELECT count(*) FROM reviews"), 440);
    let plain = Env::new();
    import(&plain, "small_legacy_sched.apkg", &[]);
    let (mut got, mut expected) = (cards_by_id(&env), cards_by_id(&plain));
    let back = got["G8b}n]q@mE"]["back"].as_str().unwrap().to_string();
    assert_eq!(back, format!("Paris {}", "ab".repeat(3000)));
    for cards in [&mut got, &mut expected] {
        cards.get_mut("G8b}n]q@mE").unwrap()["back"] = Value::Null;
    }
    assert_eq!(got, expected);
}

#[test]
fn new_cards_keep_a_repositioned_order() {
    // Anki's new-card order is the `due` of new cards, not the order the notes were made in.
    let env = Env::new();
    let reversed = modified_package(
        &env,
        "small_legacy_nosched.apkg",
        "UPDATE cards SET due = 1000 - due",
    );
    env.ok(&["--now", NOW, "import", reversed.to_str().unwrap()]);
    let plain = Env::new();
    import(&plain, "small_legacy_nosched.apkg", &[]);
    let order = |env: &Env| -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for c in env
            .cards(NOW)
            .iter()
            .filter(|c| c["deck"] == "Oracle Small")
        {
            let note = c["id"]
                .as_str()
                .unwrap()
                .split('/')
                .next()
                .unwrap()
                .to_string();
            if !seen.contains(&note) {
                seen.push(note);
            }
        }
        seen
    };
    let mut expected = order(&plain);
    expected.reverse();
    assert_eq!(order(&env), expected);
}

// ---- text files ----

#[test]
fn notes_in_plain_text_with_every_column() {
    let m = manifest("small_notes_full.txt");
    let env = Env::new();
    let out = import(&env, "small_notes_full.txt", &[]);
    assert!(
        out.contains(": 37 added, 0 updated, 0 unchanged (52 cards added, 0 updated)"),
        "{out}"
    );
    assert_eq!(m["ground_truth"]["note_count"], 37);
    assert_eq!(m["ground_truth"]["card_count"], 52);
    // Same guids, note types and decks as the package: the same cards, the same texts.
    check_small_texts(&env);
    let pkg = Env::new();
    import(&pkg, "small_modern_nosched.apkg", &[]);
    let strip = |cards: Vec<Value>| -> Vec<(String, String, String, String)> {
        let mut v: Vec<_> = cards
            .iter()
            .map(|c| {
                let s = |k: &str| c[k].as_str().unwrap().to_string();
                (s("id"), s("deck"), s("front"), s("back"))
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(strip(env.cards(NOW)), strip(pkg.cards(NOW)));
    // Importing it again finds every note by its guid.
    let out = import(&env, "small_notes_full.txt", &[]);
    assert!(out.contains(": 0 added, 0 updated, 37 unchanged"), "{out}");
}

#[test]
fn notes_in_plain_text_without_html_or_guids() {
    let m = manifest("small_notes_plain.txt");
    let env = Env::new();
    let out = import(&env, "small_notes_plain.txt", &[]);
    let notes = m["ground_truth"]["note_count"].as_i64().unwrap();
    let cards = m["ground_truth"]["card_count"].as_i64().unwrap();
    assert!(
        out.contains(&format!(
            ": {notes} added, 0 updated, 0 unchanged ({cards} cards added, 0 updated)"
        )),
        "{out}"
    );
    let all = env.cards(NOW);
    assert!(
        all.iter()
            .all(|c| c["deck"] == "Default" && c["state"] == "new")
    );
    // Text without HTML is shown as written (its '<' is not a tag).
    let truth: Vec<&Value> = m["ground_truth"]["notes"]
        .as_array()
        .unwrap()
        .iter()
        .collect();
    for (card, note) in all.iter().zip(&truth) {
        assert_eq!(card["tags"], note["tags"]);
    }
    let by_front: HashMap<&str, &Value> = all
        .iter()
        .map(|c| (c["front"].as_str().unwrap(), c))
        .collect();
    assert_eq!(by_front["H2O is"]["back"], "water & ice <solid>");
    assert_eq!(
        by_front["{{c1::Paris}} is the capital of {{c2::France}}"]["back"],
        "Europe"
    );
    // Without a guid column the ids come from the content: a second import finds them.
    let out = import(&env, "small_notes_plain.txt", &[]);
    assert!(
        out.contains(&format!(": 0 added, 0 updated, {notes} unchanged")),
        "{out}"
    );
}

#[test]
fn cards_in_plain_text() {
    let m = manifest("small_cards.txt");
    let env = Env::new();
    let out = import(&env, "small_cards.txt", &[]);
    let rows = m["expected_row_count_equals_card_count"].as_i64().unwrap();
    assert!(
        out.contains(&format!(
            ": {rows} added, 0 updated, 0 unchanged ({rows} cards added"
        )),
        "{out}"
    );
    let by_front: HashMap<String, Value> = env
        .cards(NOW)
        .into_iter()
        .map(|c| (c["front"].as_str().unwrap().to_string(), c))
        .collect();
    let quote = &by_front["Quote test: \"double\", 'single', comma, semi;colon"];
    assert_eq!(quote["back"], "tab here | pipe");
}

#[test]
fn comma_csv_skips_the_bad_row_and_names_its_line() {
    let m = manifest("handmade_comma.csv");
    let env = Env::new();
    let path = fixture("handmade_comma.csv");
    let out = env
        .cmd()
        .args(["--now", NOW, "import", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        format!("{}:13: the first field is empty\n", path.display())
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(": 8 added, 0 updated, 0 unchanged (8 cards added, 0 updated)"),
        "{stdout}"
    );
    assert!(stdout.contains(": 1 skipped"), "{stdout}");
    assert_eq!(m["ground_truth"]["note_count"], 8);
    let cards = env.cards(NOW);
    let fronts: Vec<&str> = cards.iter().map(|c| c["front"].as_str().unwrap()).collect();
    assert_eq!(
        fronts,
        vec![
            "plain",
            "has, comma",
            "multi line",
            "unicode 日本語 🙂",
            "html kept",
            "trailing space",
            "duplicate front",
            "duplicate front"
        ]
    );
    assert_eq!(cards[1]["back"], "has \"double quotes\"");
    assert_eq!(cards[1]["tags"], serde_json::json!(["t1", "t2"]));
    assert_eq!(cards[4]["back"], "a & b");
}

#[test]
fn strict_refuses_the_whole_file() {
    let env = Env::new();
    env.ok(&["--now", NOW, "decks"]);
    let before = env.dump();
    let path = fixture("handmade_comma.csv");
    let err = env.fails(&["--now", NOW, "import", "--strict", path.to_str().unwrap()]);
    assert_eq!(
        err,
        format!(
            "recall: {}:13: the first field is empty (--strict: nothing was imported)\n",
            path.display()
        )
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn columns_flag_and_separator_detection() {
    let env = Env::new();
    let semi = env.write(
        "semi.csv",
        "\u{feff}Wie heet de hoofdstad?;Amsterdam;geo nl\nTwee;2;\n",
    );
    let out = env.ok(&[
        "--now",
        NOW,
        "import",
        semi.to_str().unwrap(),
        "--columns",
        "front,back,tags",
        "--deck",
        "NL",
    ]);
    assert!(out.contains(": 2 added"), "{out}");
    let cards = env.cards(NOW);
    assert_eq!(cards[0]["front"], "Wie heet de hoofdstad?");
    assert_eq!(cards[0]["back"], "Amsterdam");
    assert_eq!(cards[0]["deck"], "NL");
    assert_eq!(cards[0]["tags"], serde_json::json!(["geo", "nl"]));
    // The columns can come in another order.
    let tsv = env.write("rev.tsv", "tag1\tback one\tfront one\n");
    env.ok(&[
        "--now",
        NOW,
        "import",
        tsv.to_str().unwrap(),
        "--columns",
        "tags,back,front",
    ]);
    let c = env
        .cards(NOW)
        .into_iter()
        .find(|c| c["front"] == "front one")
        .unwrap();
    assert_eq!(
        (c["back"].as_str(), c["deck"].as_str()),
        (Some("back one"), Some("Default"))
    );
}

#[test]
fn colpkg_and_format_flag() {
    // A collection package has the same layout; --format reads a file of any name.
    let env = Env::new();
    let bytes = std::fs::read(fixture("small_modern_sched.apkg")).unwrap();
    let colpkg = env.write("backup.colpkg", &bytes);
    let out = env.ok(&["--now", NOW, "import", colpkg.to_str().unwrap()]);
    assert!(out.contains(": 37 added"), "{out}");
    let other = Env::new();
    let renamed = other.write("deck.bin", &bytes);
    let err = other.fails(&["--now", NOW, "import", renamed.to_str().unwrap()]);
    assert!(err.contains("unknown file type"), "{err}");
    other.ok(&[
        "--now",
        NOW,
        "import",
        "--format",
        "apkg",
        renamed.to_str().unwrap(),
    ]);
    assert_eq!(env.cards(NOW), other.cards(NOW));
}
