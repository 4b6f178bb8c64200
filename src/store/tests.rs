use super::*;
use crate::batch::{Batch, CardSpec, DeckSpec, NoteSpec};
use crate::model::{Day, Grade, Sm2};
use crate::scheduler::{Config, answer};

fn note(guid: &str, deck: &str, front: &str) -> NoteSpec {
    NoteSpec {
        guid: guid.into(),
        notetype: "basic".into(),
        fields: vec![("Front".into(), front.into()), ("Back".into(), "A".into())],
        cards: vec![CardSpec {
            ord: 0,
            deck: deck.into(),
            front: front.into(),
            back: "A".into(),
            answer: "A".into(),
            ..CardSpec::default()
        }],
        ..NoteSpec::default()
    }
}

fn batch(deck: &str, notes: Vec<NoteSpec>) -> Batch {
    Batch {
        decks: vec![DeckSpec {
            name: deck.into(),
            ..DeckSpec::default()
        }],
        notes,
        complete_decks: true,
    }
}

fn store_with(n: usize) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let notes = (0..n)
        .map(|i| note(&format!("n{i}"), "D", &format!("Q{i}?")))
        .collect();
    store
        .insert_batch(&batch("D", notes), 0, InsertOptions::default())
        .unwrap();
    store
}

/// Answer card `id` with grade `q` on `day` through the store, like `study` does.
fn answer_card(store: &mut Store, id: i64, q: u8, day: Day) -> i64 {
    let before = store.card(id).unwrap().sched;
    let after = answer(&before, Grade::new(q).unwrap(), day, &Config::default());
    store
        .record_answer(&ReviewRecord {
            card_id: id,
            answered_at_ms: i64::from(day.0) * 86_400_000,
            day,
            grade: Grade::new(q).unwrap(),
            drill: before.drill,
            duration_ms: 1000,
            before,
            after,
        })
        .unwrap()
}

#[test]
fn insert_is_idempotent_and_updates_keep_progress() {
    let mut store = store_with(2);
    let id = store.resolve_card("n0").unwrap();
    answer_card(&mut store, id, 5, Day(100));

    let again = (0..2)
        .map(|i| note(&format!("n{i}"), "D", &format!("Q{i}?")))
        .collect();
    let report = store
        .insert_batch(&batch("D", again), 1, InsertOptions::default())
        .unwrap();
    assert_eq!(
        (
            report.notes_added,
            report.notes_updated,
            report.notes_unchanged
        ),
        (0, 0, 2)
    );

    let edited = vec![note("n0", "D", "Q0, edited?"), note("n1", "D", "Q1?")];
    let report = store
        .insert_batch(&batch("D", edited), 2, InsertOptions::default())
        .unwrap();
    assert_eq!(
        (
            report.notes_added,
            report.notes_updated,
            report.notes_unchanged
        ),
        (0, 1, 1)
    );
    let card = store.card(id).unwrap();
    assert_eq!(card.front, "Q0, edited?");
    assert_eq!(card.sched.repetitions, 1);
    assert_eq!(card.sched.due, Some(Day(101)));
}

#[test]
fn cards_missing_from_a_complete_deck_are_reported_not_deleted() {
    let mut store = store_with(3);
    let report = store
        .insert_batch(
            &batch("D", vec![note("n0", "D", "Q0?")]),
            1,
            InsertOptions::default(),
        )
        .unwrap();
    let missing: Vec<&str> = report.missing.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(missing, ["n1", "n2"]);
    assert_eq!(store.cards(&CardFilter::default()).unwrap().len(), 3);
}

#[test]
fn dry_run_changes_nothing() {
    let mut store = store_with(1);
    let options = InsertOptions {
        dry_run: true,
        ..InsertOptions::default()
    };
    let report = store
        .insert_batch(&batch("D", vec![note("x", "D", "X?")]), 1, options)
        .unwrap();
    assert_eq!(report.notes_added, 1);
    assert_eq!(store.cards(&CardFilter::default()).unwrap().len(), 1);
}

#[test]
fn scheduling_from_the_source_is_used_for_new_cards_and_kept_otherwise() {
    let mut store = store_with(1);
    let sched = Sm2 {
        repetitions: 3,
        easiness: 260,
        interval: 20,
        due: Some(Day(50)),
        ..Sm2::NEW
    };
    let mut n = note("n0", "D", "Q0?");
    n.cards[0].sched = Some(sched);
    store
        .insert_batch(&batch("D", vec![n.clone()]), 1, InsertOptions::default())
        .unwrap();
    let id = store.resolve_card("n0").unwrap();
    assert_eq!(
        store.card(id).unwrap().sched,
        Sm2::NEW,
        "kept the collection's progress"
    );
    let overwrite = InsertOptions {
        overwrite_scheduling: true,
        ..InsertOptions::default()
    };
    store
        .insert_batch(&batch("D", vec![n]), 1, overwrite)
        .unwrap();
    assert_eq!(store.card(id).unwrap().sched, sched);
}

#[test]
fn answers_are_saved_with_their_review_row_and_undone_exactly() {
    let mut store = store_with(1);
    let id = store.resolve_card("n0").unwrap();
    let review = answer_card(&mut store, id, 4, Day(10));
    assert_eq!(store.card(id).unwrap().sched.due, Some(Day(11)));
    assert_eq!(store.counts(Day(10), None).unwrap().reviews_total, 1);
    assert!(store.check(Day(10)).unwrap().is_empty());
    store.undo_answer(review).unwrap();
    assert_eq!(store.card(id).unwrap().sched, Sm2::NEW);
    assert_eq!(store.counts(Day(10), None).unwrap().reviews_total, 0);
    assert!(store.check(Day(10)).unwrap().is_empty());
}

#[test]
fn a_stale_answer_is_refused_and_writes_nothing() {
    let mut store = store_with(1);
    let id = store.resolve_card("n0").unwrap();
    let before = Sm2::NEW;
    answer_card(&mut store, id, 5, Day(10)); // another process got there first
    let stale = ReviewRecord {
        card_id: id,
        answered_at_ms: 0,
        day: Day(10),
        grade: Grade::new(3).unwrap(),
        drill: false,
        duration_ms: 0,
        before,
        after: answer(&before, Grade::new(3).unwrap(), Day(10), &Config::default()),
    };
    assert!(matches!(store.record_answer(&stale), Err(StoreError::Conflict(k)) if k == "n0"));
    assert_eq!(store.counts(Day(10), None).unwrap().reviews_total, 1);
}

#[test]
fn only_the_latest_answer_of_a_card_can_be_undone() {
    let mut store = store_with(1);
    let id = store.resolve_card("n0").unwrap();
    let first = answer_card(&mut store, id, 1, Day(10));
    answer_card(&mut store, id, 4, Day(10));
    assert!(matches!(
        store.undo_answer(first),
        Err(StoreError::Conflict(_))
    ));
}

#[test]
fn ids_resolve_by_unambiguous_prefix() {
    let mut store = Store::open_in_memory().unwrap();
    let notes = vec![
        note("abc123", "D", "1"),
        note("abd456", "D", "2"),
        note("abc", "D", "3"),
    ];
    store
        .insert_batch(&batch("D", notes), 0, InsertOptions::default())
        .unwrap();
    assert!(store.resolve_card("abd").is_ok());
    assert!(
        store.resolve_card("abc").is_ok(),
        "an exact id wins over longer ones"
    );
    assert!(matches!(
        store.resolve_card("ab"),
        Err(StoreError::AmbiguousCard { .. })
    ));
    assert!(matches!(
        store.resolve_card("zz"),
        Err(StoreError::UnknownCard(_))
    ));
    assert!(matches!(
        store.resolve_card(""),
        Err(StoreError::UnknownCard(_))
    ));
}

#[test]
fn study_queue_follows_due_order_and_daily_limits() {
    let mut store = store_with(30);
    let today = Day(100);
    // n0 overdue by 5, n1 due today, n2 failed earlier (learning)
    for (key, q, day) in [("n0", 5, Day(94)), ("n1", 5, Day(99)), ("n2", 1, Day(100))] {
        let id = store.resolve_card(key).unwrap();
        answer_card(&mut store, id, q, day);
    }
    let queue = store
        .study_cards(today, None, StudyLimits::default())
        .unwrap();
    let keys: Vec<&str> = queue.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(&keys[..3], ["n0", "n1", "n2"]);
    // 1 new card (n2) was started today: 19 more new ones, in deck order.
    assert_eq!(queue.len(), 3 + 19);
    assert_eq!(keys[3], "n3");

    let capped = StudyLimits {
        new: Some(2),
        reviews: Some(1),
    };
    let keys: Vec<String> = store
        .study_cards(today, None, capped)
        .unwrap()
        .into_iter()
        .map(|c| c.key)
        .collect();
    assert_eq!(
        keys,
        ["n0", "n2", "n3", "n4"],
        "learning cards are never held back"
    );
}

#[test]
fn unknown_deck_is_an_error_and_names_resolve_case_insensitively() {
    let store = store_with(1);
    assert_eq!(store.resolve_deck("d").unwrap(), "D");
    assert!(matches!(
        store.resolve_deck("nope"),
        Err(StoreError::UnknownDeck(_))
    ));
    assert!(matches!(
        store.study_cards(Day(0), Some("nope"), StudyLimits::default()),
        Err(StoreError::UnknownDeck(_))
    ));
}

#[test]
fn an_unknown_deck_that_is_part_of_deck_names_suggests_them() {
    let mut store = store_with(1);
    store
        .insert_batch(
            &batch("Vitamine K2", vec![note("v", "Vitamine K2", "Q?")]),
            0,
            InsertOptions::default(),
        )
        .unwrap();
    let err = store.resolve_deck("vitamine").unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown deck 'vitamine'; did you mean 'Vitamine K2'?"
    );
    assert_eq!(
        store
            .study_cards(Day(0), Some("K2"), StudyLimits::default())
            .unwrap_err()
            .to_string(),
        "unknown deck 'K2'; did you mean 'Vitamine K2'?"
    );
    assert_eq!(
        store.resolve_deck("nope").unwrap_err().to_string(),
        "unknown deck 'nope'"
    );
}

#[test]
fn subdecks_belong_to_their_parent() {
    let mut store = Store::open_in_memory().unwrap();
    let mut b = batch(
        "A",
        vec![
            note("1", "A", "1"),
            note("2", "A::B", "2"),
            note("3", "AB", "3"),
        ],
    );
    b.decks.push(DeckSpec {
        name: "A::B".into(),
        ..DeckSpec::default()
    });
    store.insert_batch(&b, 0, InsertOptions::default()).unwrap();
    let keys: Vec<String> = store
        .cards(&CardFilter {
            deck: Some("A"),
            ..CardFilter::default()
        })
        .unwrap()
        .into_iter()
        .map(|c| c.key)
        .collect();
    assert_eq!(keys, ["1", "2"]);
}

#[test]
fn streak_counts_consecutive_days_ending_today_or_yesterday() {
    let mut store = store_with(5);
    assert_eq!(store.current_streak(Day(100)).unwrap(), 0);
    for (i, day) in [95, 97, 98, 99].into_iter().enumerate() {
        let id = store.resolve_card(&format!("n{i}")).unwrap();
        answer_card(&mut store, id, 4, Day(day));
    }
    assert_eq!(store.current_streak(Day(99)).unwrap(), 3);
    assert_eq!(
        store.current_streak(Day(100)).unwrap(),
        3,
        "nothing yet today: up to yesterday"
    );
    assert_eq!(store.current_streak(Day(101)).unwrap(), 0);
    assert_eq!(store.current_streak(Day(96)).unwrap(), 1);
    let id = store.resolve_card("n4").unwrap();
    answer_card(&mut store, id, 4, Day(100));
    assert_eq!(store.current_streak(Day(100)).unwrap(), 4);
}

#[test]
fn counts_split_cards_by_state() {
    let mut store = store_with(4);
    let today = Day(100);
    let ids: Vec<i64> = (0..4)
        .map(|i| store.resolve_card(&format!("n{i}")).unwrap())
        .collect();
    answer_card(&mut store, ids[0], 1, today); // learning
    answer_card(&mut store, ids[1], 4, today); // young, due tomorrow
    store.set_suspended(&[ids[2]], true).unwrap();
    let c = store.counts(today, None).unwrap();
    assert_eq!(
        (
            c.total,
            c.new,
            c.learning,
            c.young,
            c.mature,
            c.suspended,
            c.due_today,
            c.due_tomorrow
        ),
        (4, 1, 1, 1, 0, 1, 1, 1)
    );
    assert_eq!((c.reviews_total, c.reviews_today), (2, 2));
    assert_eq!(store.reviews_on(today).unwrap(), 2);
    assert_eq!(
        store.next_due_after(today, None).unwrap(),
        Some((Day(101), 1))
    );
}

#[test]
fn check_finds_broken_invariants() {
    let store = store_with(1);
    store
        .conn()
        .execute_batch(
            "PRAGMA ignore_check_constraints = ON; UPDATE cards SET drill = 1, due = NULL;",
        )
        .unwrap();
    let problems: Vec<String> = store
        .check(Day(0))
        .unwrap()
        .into_iter()
        .map(|p| p.0)
        .collect();
    assert_eq!(
        problems,
        [
            "card n0: answered but has no due day",
            "card n0: drill flag on a card that is not due"
        ]
    );
}

#[test]
fn repair_fixes_what_is_safe_and_leaves_the_rest() {
    let mut store = store_with(3);
    let today = Day(100);
    let ids: Vec<i64> = (0..3)
        .map(|i| store.resolve_card(&format!("n{i}")).unwrap())
        .collect();
    answer_card(&mut store, ids[0], 5, Day(90));
    store
        .conn()
        .execute_batch(
            "PRAGMA ignore_check_constraints = ON; \
             UPDATE cards SET easiness = 100, drill = 1, due = 200 WHERE key = 'n1'; \
             UPDATE cards SET interval = 99 WHERE key = 'n0'; \
             UPDATE notes SET tags = 'not json' WHERE guid = 'n2';",
        )
        .unwrap();
    assert_eq!(store.check(today).unwrap().len(), 4);
    let done = store.repair(today).unwrap();
    assert_eq!(
        done,
        [
            "card n1: easiness below 1.30 → easiness set to 1.30",
            "card n0: state differs from its last review-log row → state set to the one its last answer gave",
            "card n1: drill flag on a card that is not due → drill flag cleared",
        ]
    );
    let left: Vec<String> = store
        .check(today)
        .unwrap()
        .into_iter()
        .map(|p| p.0)
        .collect();
    assert_eq!(left, ["note n2: malformed fields or tags"]);
    assert_eq!(store.card(ids[0]).unwrap().sched.interval, 1);
}

#[test]
fn stats_input_loads_cards_decks_log_and_the_hardest_cards_texts() {
    let mut store = Store::open_in_memory().unwrap();
    let mut b = batch(
        "A",
        vec![
            note("a1", "A", "Q a1?"),
            note("a2", "A", "Q a2?"),
            note("b1", "A::B", "Q b1?"),
            note("c1", "C", "Q c1?"),
        ],
    );
    for name in ["A::B", "C"] {
        b.decks.push(DeckSpec {
            name: name.into(),
            ..DeckSpec::default()
        });
    }
    store.insert_batch(&b, 0, InsertOptions::default()).unwrap();
    let id = |store: &Store, key: &str| store.resolve_card(key).unwrap();
    let (a1, b1, c1) = (id(&store, "a1"), id(&store, "b1"), id(&store, "c1"));
    // a1 learned and lapsed; b1 answered on two days; c1 once, long ago.
    answer_card(&mut store, a1, 5, Day(593));
    answer_card(&mut store, a1, 5, Day(594));
    answer_card(&mut store, a1, 1, Day(600));
    answer_card(&mut store, a1, 4, Day(600));
    answer_card(&mut store, b1, 3, Day(599));
    answer_card(&mut store, b1, 4, Day(599));
    answer_card(&mut store, c1, 4, Day(10));
    let today = Day(600);

    let input = store
        .stats_input(None, crate::stats::detail_from(today, 30))
        .unwrap();
    let names: Vec<&str> = input.decks.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["A", "A::B", "C"]);
    assert_eq!(input.cards.len(), 4);
    let days: Vec<i32> = input.log.active_days.iter().map(|d| d.0).collect();
    assert_eq!(days, [10, 593, 594, 599, 600]);
    assert_eq!(input.log.total, 7);
    assert_eq!(input.log.answers.len(), 6, "the last 365 days in detail");
    assert_eq!(input.texts.len(), 1);
    assert_eq!(
        (input.texts[0].key.as_str(), input.texts[0].front.as_str()),
        ("a1", "Q a1?")
    );

    let s = crate::stats::compute(&input, today, 30);
    assert_eq!((s.reviews.total, s.reviews.today), (7, 2));
    assert_eq!(
        s.retention.d7,
        Some(0.5),
        "a1 recalled on 594, forgotten on 600"
    );
    assert_eq!((s.streak.current, s.streak.longest), (2, 2));
    assert_eq!(s.hardest[0].id, "a1");
    assert_eq!(s.hardest[0].deck, "A");

    // `--deck A` takes A and A::B, with their part of the log only.
    let input = store
        .stats_input(Some("A"), crate::stats::detail_from(today, 30))
        .unwrap();
    let names: Vec<&str> = input.decks.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["A", "A::B"]);
    assert_eq!(input.cards.len(), 3);
    assert_eq!(input.log.total, 6);
    assert_eq!(input.log.answers.len(), 6);
    let s = crate::stats::compute(&input, today, 30);
    assert_eq!(s.cards.total, 3);
    assert_eq!(s.decks.len(), 2);
}

#[test]
fn deck_summaries_count_states_and_apply_the_daily_limits() {
    let mut store = store_with(25);
    let today = Day(100);
    let ids: Vec<i64> = (0..5)
        .map(|i| store.resolve_card(&format!("n{i}")).unwrap())
        .collect();
    answer_card(&mut store, ids[0], 1, today); // learning: new seen today
    answer_card(&mut store, ids[1], 5, Day(90)); // due on 91: a review, overdue
    answer_card(&mut store, ids[2], 4, Day(99)); // due today
    answer_card(&mut store, ids[3], 5, today); // due tomorrow
    store.set_suspended(&[ids[4]], true).unwrap();
    let summaries = store.deck_summaries(today, None).unwrap();
    let d = &summaries[0];
    assert_eq!(
        (d.total, d.new, d.due, d.suspended),
        (25, 20, 3, 1),
        "n0 n1 n2 due"
    );
    // Two new cards were started today: 18 more of the 20 a day.
    assert_eq!((d.new_today, d.due_today), (18, 3));
    // The dashboard's path gives the same from the cards it has loaded.
    let cards = store.card_facts(None).unwrap();
    assert_eq!(
        store.deck_summaries_of(today, None, &cards).unwrap(),
        summaries
    );
}

/// SQLite's plan for a query, one line per step.
fn plan(store: &Store, sql: &str) -> String {
    let mut stmt = store
        .conn()
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap();
    let unbound = vec![rusqlite::types::Null; stmt.parameter_count()];
    let rows = stmt
        .query_map(rusqlite::params_from_iter(unbound), |r| {
            r.get::<_, String>(3)
        })
        .unwrap();
    rows.map(Result::unwrap).collect::<Vec<_>>().join("\n")
}

/// The study queries take the indexes made for them, and the statistics read the covering
/// index alone: migration 0005 reordered `cards_stats` (deck, then card id) so that the study
/// queries gain nothing from it.
#[test]
fn study_and_statistics_queries_use_their_indexes() {
    let store = store_with(3);
    let [learning, reviews, new] = super::decks::study_queries();
    assert!(
        plan(&store, &learning).contains("SEARCH c USING INDEX cards_due (deck_id=? AND due<?)")
    );
    assert!(
        plan(&store, &reviews).contains("SEARCH c USING INDEX cards_due (deck_id=? AND due<?)")
    );
    assert!(plan(&store, &new).contains("SEARCH c USING INDEX cards_new (deck_id=?)"));
    let facts = plan(&store, super::stats::CARD_FACTS_SQL);
    assert!(
        facts.contains("USING COVERING INDEX cards_stats"),
        "{facts}"
    );
    assert!(
        !facts.contains("SCAN cards\n") && !facts.ends_with("SCAN cards"),
        "{facts}"
    );
}

#[test]
fn a_read_only_open_reads_odd_paths_and_refuses_a_log_that_may_hold_answers() {
    let dir = tempfile::tempdir().unwrap();
    // '?', '#' and '%' mean something in an SQLite URI
    let path = dir.path().join("odd?name#1 100%.db");
    drop(Store::open(&path).unwrap());
    let store = Store::open_read_only(&path).unwrap();
    assert!(store.has_no_cards().unwrap());
    drop(store);
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::write(&wal, b"frames not yet in the file").unwrap();
    assert!(matches!(
        Store::open_read_only(&path),
        Err(StoreError::NotWritable { .. })
    ));
    // nor is a file that is no collection of ours read
    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t(x)")
        .unwrap();
    assert!(Store::open_read_only(&other).is_err());
}
