#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Collections written by every earlier schema version open with their data intact. Each
//! fixture under tests/fixtures/schema/ was made by the recall of that version and is never
//! regenerated: it is what users have on disk.

mod common;

use common::Env;

const NOW: &str = "2026-01-03T12:00:00";

fn open_fixture(version: u32) -> Env {
    let env = Env::new();
    let src = format!(
        "{}/tests/fixtures/schema/v{version}.db",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::copy(src, &env.db).unwrap();
    env
}

/// Migration 0004 rebuilt `notes` and `cards` with their uniqueness as named indexes: every
/// row id, every value and every index is there after it, and nothing is left of the old
/// tables.
#[test]
fn schema_v1_collection_gets_named_unique_indexes_with_its_rows_intact() {
    let env = open_fixture(1);
    let src = format!("{}/tests/fixtures/schema/v1.db", env!("CARGO_MANIFEST_DIR"));
    let rows = |path: &std::path::Path| -> Vec<String> {
        let conn = rusqlite::Connection::open(path).unwrap();
        let mut out = Vec::new();
        for sql in [
            "SELECT id, guid, notetype, fields, tags, source, context, created_at, modified_at \
             FROM notes ORDER BY id",
            "SELECT id, key, note_id, deck_id, ord, position, front, back, answer, repetitions, \
             easiness, interval, due, drill, lapses, suspended FROM cards ORDER BY id",
            "SELECT * FROM reviews ORDER BY id",
        ] {
            let mut stmt = conn.prepare(sql).unwrap();
            let n = stmt.column_count();
            let mut q = stmt.query([]).unwrap();
            while let Some(r) = q.next().unwrap() {
                let cells: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get::<_, rusqlite::types::Value>(i).unwrap()))
                    .collect();
                out.push(cells.join("|"));
            }
        }
        out
    };
    let before = rows(std::path::Path::new(&src));
    assert_eq!(before.len(), 45 + 45 + 9);
    env.ok(&["--now", NOW, "decks"]);
    assert_eq!(rows(&env.db), before, "every row kept, with its id");
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let schema: Vec<(String, String)> = conn
        .prepare(
            "SELECT name, coalesce(sql, '') FROM sqlite_schema WHERE tbl_name IN ('notes', 'cards') \
             ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let names: Vec<&str> = schema.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "cards",
            "cards_due",
            "cards_new",
            "cards_note",
            "cards_stats",
            "notes",
            "notes_context",
            "notes_guid"
        ],
        "named indexes only: no automatic index left, no old table"
    );
    let sql = |name: &str| schema.iter().find(|(n, _)| n == name).unwrap().1.clone();
    assert_eq!(
        sql("notes_guid"),
        "CREATE UNIQUE INDEX notes_guid ON notes (guid)"
    );
    assert_eq!(
        sql("cards_note"),
        "CREATE UNIQUE INDEX cards_note ON cards (note_id, ord)"
    );
    assert_eq!(
        sql("cards_stats"),
        "CREATE INDEX cards_stats\n    ON cards (deck_id, id, interval, easiness, lapses, \
         repetitions, drill, due, suspended)",
        "migration 0005: the statistics index in card order"
    );
    let fk: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk, 0);
    // The rules are the same: a guid cannot come twice.
    let err = conn
        .execute(
            "INSERT INTO notes (guid, notetype, fields, created_at, modified_at) \
             SELECT guid, notetype, fields, 0, 0 FROM notes LIMIT 1",
            [],
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("UNIQUE constraint failed: notes.guid"),
        "{err}"
    );
    // Card ids, found through the guids now, still resolve, prefixes too.
    let out = env.ok(&["--now", NOW, "cards", "--json"]);
    assert!(out.contains("58547cbd06e46d7e"));
    assert_eq!(
        env.ok(&["--now", NOW, "suspend", "58547cbd06e4"]),
        "Suspended 1 card.\n"
    );
    assert_eq!(env.card(NOW, "58547cbd06e46d7e")["state"], "suspended");
}

/// v1: the example deck, two days of study (9 answers), one suspended card. Each fixture is
/// the data of its version; never regenerate one with a newer recall.
#[test]
fn schema_v1_collection_opens_with_its_data() {
    let env = open_fixture(1);
    let cards = env.cards(NOW);
    assert_eq!(cards.len(), 45);
    let by_id = |id: &str| cards.iter().find(|c| c["id"] == id).unwrap().clone();
    let c = by_id("58547cbd06e46d7e");
    assert_eq!(
        (
            c["repetitions"].as_u64(),
            c["easiness"].as_f64(),
            c["interval_days"].as_u64(),
            c["due"].as_str()
        ),
        (Some(2), Some(2.6), Some(6), Some("2026-01-08"))
    );
    let lapsed = by_id("04420067a6d1dc75");
    assert_eq!(
        (lapsed["lapses"].as_u64(), lapsed["state"].as_str()),
        (Some(1), Some("learning"))
    );
    assert_eq!(by_id("2ea27eaf0c526259")["easiness"].as_f64(), Some(2.36));
    assert_eq!(by_id("8afdfa698f1270fe")["state"], "suspended");
    assert!(
        env.ok(&["--now", NOW, "check"])
            .starts_with("ok: 45 cards, 9 reviews")
    );
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, recall::store::LATEST_VERSION);
}

/// v2 to v6: the example deck studied over two days (9 answers) plus an Anki package with its
/// review log (37 notes, 52 cards, 440 imported answers). v2 is the collection before the
/// statistics indexes of migration 0003; v4 is v3 after migration 0004 (named unique indexes);
/// v5 is v4 after migration 0005 (the statistics index in card order); v6 is v5 after migration
/// 0006 (the index of the notes' sentences), the schema this version writes, kept so that the
/// next migration is tested from it.
#[test]
fn schema_v2_to_v6_collections_open_with_their_data() {
    for version in [2, 3, 4, 5, 6] {
        let env = open_fixture(version);
        let cards = env.cards(NOW);
        assert_eq!(cards.len(), 97, "v{version}");
        let by_id = |id: &str| cards.iter().find(|c| c["id"] == id).unwrap().clone();
        let c = by_id("G8b}n]q@mE");
        assert_eq!(
            (
                c["deck"].as_str(),
                c["repetitions"].as_u64(),
                c["easiness"].as_f64(),
                c["interval_days"].as_u64(),
                c["due"].as_str()
            ),
            (
                Some("Oracle Small"),
                Some(6),
                Some(2.35),
                Some(40),
                Some("2024-03-03")
            ),
            "v{version}"
        );
        assert_eq!(by_id("x;2#%A(bxK")["lapses"], 1);
        assert_eq!(by_id("58547cbd06e46d7e")["due"], "2026-01-02");
        let out = env.ok(&["--now", NOW, "check"]);
        assert!(
            out.starts_with("ok: 97 cards, 449 reviews"),
            "v{version}: {out}"
        );
        let stats: serde_json::Value =
            serde_json::from_str(&env.ok(&["--now", NOW, "stats", "--json"])).unwrap();
        assert_eq!(stats["reviews"]["total"], 449);
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        let (v, imported): (i64, i64) = conn
            .query_row("SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM reviews WHERE imported = 1)", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        assert_eq!(
            (v, imported),
            (recall::store::LATEST_VERSION, 440),
            "v{version}"
        );
        let backups = recall::backups::list(&env.db).unwrap().len();
        assert_eq!(
            backups,
            usize::from(version < recall::store::LATEST_VERSION as u32),
            "v{version}: a backup only before an upgrade"
        );
    }
}
