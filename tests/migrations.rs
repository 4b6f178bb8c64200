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

/// v2 and v3: the example deck studied over two days (9 answers) plus an Anki package with its
/// review log (37 notes, 52 cards, 440 imported answers). v2 is the collection before the
/// statistics indexes of migration 0003.
#[test]
fn schema_v2_and_v3_collections_open_with_their_data() {
    for version in [2, 3] {
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
