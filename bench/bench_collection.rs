//! Build a large collection through the store API, for the benchmarks in `bench/`:
//!
//!     cargo run --release --example bench_collection -- PATH [CARDS] [REVIEWS] [TODAY]
//!
//! Defaults: 100,000 cards, 1,000,000 review-log rows, today = 2026-06-01. Every card's history
//! is a real SM-2 simulation (seeded, so the collection is the same every time), and each card's
//! state equals its last review row, so `recall check` passes.

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};
use recall::batch::{Batch, CardSpec, DeckSpec, NoteSpec};
use recall::model::{Day, Grade, Sm2};
use recall::scheduler::{self, Config};
use recall::store::{InsertOptions, ReviewRecord, Store};

/// One simulated answer: day, grade, state before, state after.
type Answered = (Day, Grade, Sm2, Sm2);

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = PathBuf::from(
        args.first()
            .ok_or("usage: bench_collection PATH [CARDS] [REVIEWS] [TODAY]")?,
    );
    let cards: usize = args.get(1).map_or(Ok(100_000), |s| s.parse())?;
    let reviews: usize = args.get(2).map_or(Ok(1_000_000), |s| s.parse())?;
    let today = Day::from_date(NaiveDate::parse_from_str(
        args.get(3).map_or("2026-06-01", String::as_str),
        "%Y-%m-%d",
    )?);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let started = Instant::now();
    let (mut store, _) = Store::open(&path)?;
    let config = Config::default();
    let mut rng = SmallRng::seed_from_u64(2026);

    // Histories: answer each card on its due day until it is due after today or it has its
    // share of the reviews. Every fourth card is left new unless the others could not take
    // all the reviews.
    let per_card = 3 * reviews.div_ceil(cards * 3 / 4).max(1);
    let mut histories: Vec<(Sm2, Vec<Answered>)> = vec![(Sm2::NEW, Vec::new()); cards];
    let order = (0..cards)
        .filter(|i| i % 4 != 3)
        .chain((0..cards).filter(|i| i % 4 == 3));
    let mut total = 0;
    for i in order {
        if total >= reviews {
            break;
        }
        let (state, rows) = &mut histories[i];
        let mut day = today.plus(-rng.random_range(60..3000));
        while day <= today && rows.len() < per_card && total < reviews {
            let q = match rng.random_range(0..100) {
                0..10 => 1,
                10..20 => 3,
                20..75 => 4,
                _ => 5,
            };
            let grade = Grade::new(q).ok_or("grade")?;
            let next = scheduler::answer(state, grade, day, &config);
            rows.push((day, grade, *state, next));
            *state = next;
            total += 1;
            day = state.due.unwrap_or(day);
        }
    }

    let notes = histories
        .iter()
        .enumerate()
        .map(|(i, (state, _))| NoteSpec {
            guid: format!("bench{i:07}"),
            notetype: "basic".into(),
            fields: vec![
                ("Front".into(), format!("Question {i}?")),
                ("Back".into(), format!("Answer {i}")),
            ],
            cards: vec![CardSpec {
                ord: 0,
                deck: format!("Bench::Part {}", i % 10),
                front: format!("Question {i}: what is the answer to item number {i}?"),
                back: format!("Answer {i}"),
                answer: format!("Answer {i}"),
                sched: Some(*state),
                suspended: Some(i % 97 == 0),
                reviews: Vec::new(),
            }],
            ..NoteSpec::default()
        })
        .collect();
    let decks = (0..10)
        .map(|p| DeckSpec {
            name: format!("Bench::Part {p}"),
            ..DeckSpec::default()
        })
        .collect();
    let batch = Batch {
        decks,
        notes,
        complete_decks: false,
    };
    store.insert_batch(&batch, 0, InsertOptions::default())?;
    let ids = store.card_ids_by_key()?;

    let mut records = Vec::with_capacity(total);
    for (i, (_, rows)) in histories.iter().enumerate() {
        let card_id = ids[&format!("bench{i:07}")];
        for (day, grade, before, after) in rows {
            records.push(ReviewRecord {
                card_id,
                answered_at_ms: i64::from(day.0) * 86_400_000 + 12 * 3_600_000,
                day: *day,
                grade: *grade,
                drill: before.drill,
                duration_ms: 4_000,
                before: *before,
                after: *after,
            });
        }
    }
    store.append_reviews(&records)?;
    println!(
        "{}: {cards} cards, {} review rows, today {today}, built in {:.1} s",
        path.display(),
        records.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
