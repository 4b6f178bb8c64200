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

/// v1: the example deck, two days of study (9 answers), one suspended card.
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
