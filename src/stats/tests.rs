//! `compute`, one definition at a time, on histories built answer by answer with the real
//! scheduler (and imported rows where a definition has to say what happens to them).

use chrono::Utc;
use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};

use super::*;
use crate::clock::{day_of, parse_now};
use crate::model::{Day, Grade, Sm2};
use crate::scheduler::{Config, answer as sm2};

/// The study day of a local time (UTC here): the day starts at 04:00.
fn day(at: &str) -> Day {
    day_of(&parse_now(at, &Utc).unwrap())
}

/// A collection under construction: decks, cards and the review log.
struct History {
    decks: Vec<DeckName>,
    cards: Vec<CardFacts>,
    answers: Vec<Answer>,
}

impl History {
    fn new(decks: &[&str]) -> History {
        History {
            decks: decks
                .iter()
                .enumerate()
                .map(|(i, d)| DeckName {
                    id: i as i64 + 100,
                    name: d.to_string(),
                })
                .collect(),
            cards: Vec::new(),
            answers: Vec::new(),
        }
    }

    /// A new card in the `deck`-th deck; ids count from 1.
    fn card(&mut self, deck: usize) -> i64 {
        self.card_with(deck, Sm2::NEW)
    }

    fn card_with(&mut self, deck: usize, sched: Sm2) -> i64 {
        let id = self.cards.len() as i64 + 1;
        self.cards.push(CardFacts {
            id,
            deck: self.decks[deck].id,
            sched,
            suspended: false,
        });
        id
    }

    fn facts(&mut self, id: i64) -> &mut CardFacts {
        &mut self.cards[id as usize - 1]
    }

    /// Answer like `study` does: the scheduler moves the card, the log gets the row.
    fn answer(&mut self, id: i64, grade: u8, at: &str) {
        let today = day(at);
        let before = self.facts(id).sched;
        let grade = Grade::new(grade).unwrap();
        let after = sm2(&before, grade, today, &Config::default());
        self.facts(id).sched = after;
        self.push(Answer {
            seq: 0,
            card: id,
            day: today,
            grade,
            drill: before.drill,
            reps_before: before.repetitions,
            was_new: before.due.is_none(),
            duration_ms: 5_000,
        });
    }

    /// A row of imported history (Anki's log): it says what it says, and moves no card.
    fn imported(&mut self, id: i64, grade: u8, at: &str, reps_before: u32) {
        self.push(Answer {
            seq: 0,
            card: id,
            day: day(at),
            grade: Grade::new(grade).unwrap(),
            drill: false,
            reps_before,
            was_new: false,
            duration_ms: 7_000,
        });
    }

    /// A row exactly as given (for the retention windows).
    fn row(&mut self, id: i64, at: &str, grade: u8, drill: bool, reps_before: u32) {
        self.push(Answer {
            seq: 0,
            card: id,
            day: day(at),
            grade: Grade::new(grade).unwrap(),
            drill,
            reps_before,
            was_new: reps_before == 0 && !drill,
            duration_ms: 1_000,
        });
    }

    fn push(&mut self, mut answer: Answer) {
        answer.seq = self.answers.len() as i64 + 1;
        self.answers.push(answer);
    }

    fn input(&self) -> StatsInput {
        StatsInput {
            decks: self.decks.clone(),
            cards: self.cards.clone(),
            texts: self
                .cards
                .iter()
                .map(|c| CardText {
                    id: c.id,
                    key: format!("card{}", c.id),
                    front: format!("Front of card {}?", c.id),
                })
                .collect(),
            log: ReviewLog::complete(self.answers.clone()),
        }
    }

    fn stats(&self, now: &str) -> Stats {
        compute(&self.input(), day(now), 365)
    }
}

fn sched(repetitions: u32, interval: u32, due: Day) -> Sm2 {
    Sm2 {
        repetitions,
        interval,
        due: Some(due),
        ..Sm2::NEW
    }
}

/// The keys of a JSON object in the order the text has them.
fn top_level_keys(json: &str) -> Vec<String> {
    struct Keys(Vec<String>);
    impl<'de> serde::Deserialize<'de> for Keys {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visit;
            impl<'de> serde::de::Visitor<'de> for Visit {
                type Value = Keys;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Keys, A::Error> {
                    let mut keys = Vec::new();
                    while let Some((k, _)) = map.next_entry::<String, serde::de::IgnoredAny>()? {
                        keys.push(k);
                    }
                    Ok(Keys(keys))
                }
            }
            d.deserialize_map(Visit)
        }
    }
    serde_json::from_str::<Keys>(json).unwrap().0
}

#[test]
fn an_empty_collection_has_zeros_nulls_and_every_row_of_every_chart() {
    let h = History::new(&["Empty"]);
    let s = h.stats("2026-03-10T12:00:00");
    assert_eq!(s.cards, CardCounts::default());
    assert_eq!(s.due, Due::default());
    assert_eq!(s.reviews, Reviews::default());
    assert_eq!(s.retention, Retention::default());
    assert_eq!(s.streak, Streak::default());
    assert_eq!(
        s.today,
        Today {
            date: day("2026-03-10T12:00:00"),
            answered: 0,
            new_seen: 0,
            time_ms: 0,
            grades: [0; 6]
        }
    );
    assert_eq!(s.forecast.len(), 30);
    assert_eq!(s.forecast[0].date.to_string(), "2026-03-11");
    assert_eq!(s.forecast[29].date.to_string(), "2026-04-09");
    assert!(s.forecast.iter().all(|f| f.due == 0));
    assert_eq!(s.history.len(), 365);
    assert_eq!(s.history[0].date.to_string(), "2025-03-11");
    assert_eq!(s.history[364].date.to_string(), "2026-03-10");
    assert!(s.history.iter().all(|d| d.reviews == 0));
    assert_eq!(s.intervals.len(), 11);
    assert_eq!(s.easiness.len(), 10);
    assert!(s.intervals.iter().chain(&s.easiness).all(|b| b.count == 0));
    assert!(s.hardest.is_empty());
    assert_eq!(
        s.decks,
        [DeckCounts {
            name: "Empty".into(),
            total: 0,
            new: 0,
            due: 0
        }]
    );

    // The JSON: the documented keys in the documented order, null retention.
    let text = serde_json::to_string(&s).unwrap();
    let keys = top_level_keys(&text);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        keys,
        [
            "today",
            "cards",
            "due",
            "reviews",
            "retention",
            "streak",
            "forecast",
            "history",
            "intervals",
            "easiness",
            "hardest",
            "decks"
        ]
    );
    assert_eq!(
        json["retention"],
        serde_json::json!({"d7": null, "d30": null, "d365": null})
    );
    assert_eq!(
        json["forecast"][0],
        serde_json::json!({"date": "2026-03-11", "due": 0})
    );
}

#[test]
fn reviews_count_every_answer_and_today_starts_at_four() {
    let mut h = History::new(&["D"]);
    let c1 = h.card(0);
    let c2 = h.card_with(0, sched(2, 6, day("2026-03-02T12:00:00")));
    let c3 = h.card(0);
    h.answer(c1, 1, "2026-03-01T23:00:00"); // new card fails: day 03-01
    h.answer(c1, 4, "2026-03-02T02:30:00"); // still day 03-01: n = 1, due 03-02
    h.answer(c1, 3, "2026-03-02T04:00:00"); // day 03-02: n = 2, drill pending
    h.answer(c1, 4, "2026-03-02T04:05:00"); // the drill: cleared
    h.imported(c2, 4, "2026-03-02T10:00:00", 2);
    h.answer(c3, 3, "2026-03-02T11:00:00"); // a new card graded 3 ...
    h.answer(c3, 4, "2026-03-02T11:01:00"); // ... and its drill

    let s = h.stats("2026-03-02T12:00:00");
    assert_eq!(s.reviews, Reviews { total: 7, today: 5 });
    assert_eq!(
        s.today,
        Today {
            date: day("2026-03-02T12:00:00"),
            answered: 5,
            new_seen: 1,
            time_ms: 4 * 5_000 + 7_000,
            grades: [0, 0, 0, 2, 3, 0],
        }
    );

    // At 03:59 it is still the day before: two answers, one new card seen.
    let s = h.stats("2026-03-02T03:59:00");
    assert_eq!(s.reviews, Reviews { total: 7, today: 2 });
    assert_eq!(s.today.date.to_string(), "2026-03-01");
    assert_eq!(s.today.new_seen, 1);
    assert_eq!(s.today.grades, [0, 1, 0, 0, 1, 0]);
    assert_eq!(s.today.time_ms, 10_000);
}

#[test]
fn cards_split_into_new_learning_young_mature_suspended() {
    let mut h = History::new(&["D"]);
    let t = day("2026-03-10T12:00:00");
    h.card(0); // new
    let failed_today = h.card_with(0, sched(3, 10, t.plus(-10)));
    h.answer(failed_today, 1, "2026-03-10T09:00:00"); // learning, due today
    h.card_with(0, sched(0, 0, t.plus(-2))); // failed two days ago: learning, overdue
    let drilled = h.card_with(0, sched(1, 1, t));
    h.answer(drilled, 3, "2026-03-10T09:30:00"); // drill pending: learning
    h.card_with(0, sched(2, 20, t.plus(1))); // young (interval 20), due tomorrow
    h.card_with(0, sched(3, 21, t.plus(6))); // mature (interval 21), due in the week
    h.card_with(0, sched(1, 1, t)); // young, due today
    h.card_with(0, sched(4, 40, t.plus(-3))); // mature, overdue
    h.card_with(0, sched(4, 30, t.plus(7))); // mature, due after the week
    let s1 = h.card_with(0, sched(2, 6, t.plus(-1)));
    let s2 = h.card(0);
    h.facts(s1).suspended = true;
    h.facts(s2).suspended = true;

    let s = h.stats("2026-03-10T12:00:00");
    assert_eq!(
        s.cards,
        CardCounts {
            new: 1,
            learning: 3,
            young: 2,
            mature: 3,
            suspended: 2,
            total: 11
        }
    );
    assert_eq!(
        s.due,
        Due {
            today: 5,
            tomorrow: 1,
            week: 7
        }
    );
    // The drill is answered: the card leaves learning and is scheduled (young, interval 6).
    h.answer(drilled, 4, "2026-03-10T09:40:00");
    let s = h.stats("2026-03-10T12:00:00");
    assert_eq!((s.cards.learning, s.cards.young), (2, 3));
    assert_eq!((s.due.today, s.due.week), (4, 7));
}

#[test]
fn retention_counts_scheduled_reviews_in_each_window() {
    let mut h = History::new(&["D"]);
    for _ in 0..12 {
        h.card(0);
    }
    // Today is 2026-06-30.
    h.row(1, "2026-06-30T10:00:00", 4, false, 3); // d7: recalled
    h.row(2, "2026-06-24T10:00:00", 2, false, 2); // d7 (its first day): forgotten
    h.row(2, "2026-06-24T10:05:00", 4, false, 0); // re-answer after the failure: no
    h.row(3, "2026-06-23T10:00:00", 5, false, 1); // d30 only: recalled
    h.row(4, "2026-06-29T10:00:00", 3, false, 5); // d7: a 3 is recalled
    h.row(4, "2026-06-29T10:01:00", 2, true, 6); // the drill after it: no
    h.row(5, "2026-06-28T10:00:00", 5, false, 0); // a new card's first answer: no
    h.imported(6, 1, "2026-06-27T09:00:00", 4); // imported: d7, forgotten
    h.imported(6, 4, "2026-06-27T09:10:00", 4); // imported relearning step: no
    h.row(7, "2026-06-01T10:00:00", 4, false, 2); // d30 (its first day): recalled
    h.row(8, "2026-05-31T10:00:00", 1, false, 2); // d365 only: forgotten
    h.row(9, "2025-07-01T10:00:00", 5, false, 1); // d365 (its first day): recalled
    h.row(9, "2025-06-30T10:00:00", 0, false, 1); // outside every window
    h.row(10, "2026-06-24T03:59:00", 1, false, 3); // day 06-23: d30, forgotten
    h.row(11, "2026-06-25T03:59:00", 4, false, 3); // day 06-24: d7, recalled

    let r = h.stats("2026-06-30T12:00:00").retention;
    assert_eq!(r.d7, Some(3.0 / 5.0));
    assert_eq!(r.d30, Some(5.0 / 8.0));
    assert_eq!(r.d365, Some(6.0 / 10.0));

    // Only drills and first answers: nothing to measure.
    let mut h = History::new(&["D"]);
    let c = h.card(0);
    h.answer(c, 3, "2026-06-30T10:00:00");
    h.answer(c, 4, "2026-06-30T10:01:00");
    assert_eq!(
        h.stats("2026-06-30T12:00:00").retention,
        Retention::default()
    );
}

#[test]
fn retention_follows_the_scheduler_through_failures_and_drills() {
    let mut h = History::new(&["D"]);
    let c = h.card(0);
    h.answer(c, 5, "2026-03-01T10:00:00"); // first answer: not a review
    h.answer(c, 4, "2026-03-02T10:00:00"); // review: recalled (n 1 -> 2, due 03-08)
    h.answer(c, 2, "2026-03-08T10:00:00"); // review: forgotten
    h.answer(c, 3, "2026-03-08T10:02:00"); // re-answer after the failure: not a review
    h.answer(c, 4, "2026-03-08T10:03:00"); // its drill: not a review
    h.answer(c, 4, "2026-03-09T10:00:00"); // review: recalled
    let s = h.stats("2026-03-09T12:00:00");
    assert_eq!(s.retention.d7, Some(1.0 / 2.0), "03-03 to 03-09");
    assert_eq!(s.retention.d30, Some(2.0 / 3.0));
    assert_eq!(s.reviews.total, 6);
    assert_eq!(s.cards.young, 1);
}

#[test]
fn streaks_count_consecutive_days_up_to_today_or_yesterday() {
    let mut h = History::new(&["D"]);
    let c = h.card(0);
    for at in [
        "2026-03-01T10:00:00",
        "2026-03-02T10:00:00",
        "2026-03-03T10:00:00",
        "2026-03-05T10:00:00",
        "2026-03-07T10:00:00",
        "2026-03-08T10:00:00",
        "2026-03-10T03:00:00", // day 03-09
    ] {
        h.row(c, at, 4, false, 1);
    }
    h.imported(c, 4, "2026-03-06T10:00:00", 1); // imported history counts

    let streak = |h: &History, now: &str| h.stats(now).streak;
    // Nothing yet today: the streak up to yesterday (03-05 .. 03-09).
    assert_eq!(
        streak(&h, "2026-03-10T12:00:00"),
        Streak {
            current: 5,
            longest: 5
        }
    );
    h.row(c, "2026-03-10T23:59:00", 4, false, 1);
    assert_eq!(
        streak(&h, "2026-03-10T12:00:00"),
        Streak {
            current: 6,
            longest: 6
        }
    );
    // A day without answers breaks it.
    assert_eq!(
        streak(&h, "2026-03-12T12:00:00"),
        Streak {
            current: 0,
            longest: 6
        }
    );
    // Days after today do not count.
    assert_eq!(
        streak(&h, "2026-03-02T12:00:00"),
        Streak {
            current: 2,
            longest: 2
        }
    );
    assert_eq!(streak(&h, "2026-02-20T12:00:00"), Streak::default());
}

#[test]
fn forecast_and_history_are_one_entry_per_day() {
    let mut h = History::new(&["D"]);
    let t = day("2026-03-10T12:00:00");
    for ahead in [0, 1, 1, 30, 31, -1] {
        h.card_with(0, sched(2, 6, t.plus(ahead)));
    }
    let suspended = h.card_with(0, sched(2, 6, t.plus(2)));
    h.facts(suspended).suspended = true;
    let c = h.card(0);
    h.row(c, "2026-03-04T05:00:00", 4, false, 1); // the window's first day
    h.row(c, "2026-03-04T03:00:00", 4, false, 1); // day 03-03: before the window
    h.row(c, "2026-03-10T23:00:00", 4, false, 1);
    h.row(c, "2026-03-10T23:30:00", 4, false, 1);
    h.row(c, "2026-03-11T02:00:00", 4, false, 1); // still 03-10

    let s = compute(&h.input(), t, 7);
    let forecast: Vec<u64> = s.forecast.iter().map(|f| f.due).collect();
    let mut expected = vec![0; 30];
    expected[0] = 2;
    expected[29] = 1;
    assert_eq!(forecast, expected);
    assert_eq!(s.forecast[29].date.to_string(), "2026-04-09");

    let history: Vec<(String, u64)> = s
        .history
        .iter()
        .map(|d| (d.date.to_string(), d.reviews))
        .collect();
    assert_eq!(
        history,
        [
            ("2026-03-04".to_string(), 1),
            ("2026-03-05".to_string(), 0),
            ("2026-03-06".to_string(), 0),
            ("2026-03-07".to_string(), 0),
            ("2026-03-08".to_string(), 0),
            ("2026-03-09".to_string(), 0),
            ("2026-03-10".to_string(), 3),
        ]
    );
}

#[test]
fn interval_and_easiness_histograms_cover_answered_cards_not_suspended() {
    let mut h = History::new(&["D"]);
    let t = day("2026-03-10T12:00:00");
    for interval in [0, 1, 3, 4, 20, 21, 365, 366, 36_500] {
        h.card_with(0, sched(1, interval, t.plus(1)));
    }
    h.card(0); // new: not in the histograms
    let s = h.card_with(0, sched(1, 5, t));
    h.facts(s).suspended = true;
    let stats = h.stats("2026-03-10T12:00:00");
    let intervals: Vec<(&str, u64)> = stats
        .intervals
        .iter()
        .map(|b| (b.range.as_str(), b.count))
        .collect();
    assert_eq!(
        intervals,
        [
            ("0", 1),
            ("1", 1),
            ("2-3", 1),
            ("4-7", 1),
            ("8-14", 0),
            ("15-20", 1),
            ("21-30", 1),
            ("31-60", 0),
            ("61-120", 0),
            ("121-365", 1),
            ("366+", 2)
        ]
    );

    let mut h = History::new(&["D"]);
    for ef in [130, 149, 150, 250, 309, 310, 400] {
        h.card_with(
            0,
            Sm2 {
                easiness: ef,
                ..sched(1, 1, t)
            },
        );
    }
    let stats = h.stats("2026-03-10T12:00:00");
    let easiness: Vec<(&str, u64)> = stats
        .easiness
        .iter()
        .map(|b| (b.range.as_str(), b.count))
        .collect();
    assert_eq!(
        easiness,
        [
            ("1.30-1.49", 2),
            ("1.50-1.69", 1),
            ("1.70-1.89", 0),
            ("1.90-2.09", 0),
            ("2.10-2.29", 0),
            ("2.30-2.49", 0),
            ("2.50-2.69", 1),
            ("2.70-2.89", 0),
            ("2.90-3.09", 1),
            ("3.10+", 2)
        ]
    );
}

#[test]
fn hardest_lists_most_lapses_first_and_tags_leeches() {
    let mut h = History::new(&["A", "B"]);
    let t = day("2026-03-10T12:00:00");
    for (i, lapses) in [0, 1, 8, 3, 8, 9, 2, 2, 5, 7, 1, 4].into_iter().enumerate() {
        h.card_with(
            i % 2,
            Sm2 {
                lapses,
                ..sched(0, 0, t)
            },
        );
    }
    h.facts(6).suspended = true; // 9 lapses, suspended: still listed
    let s = h.stats("2026-03-10T12:00:00");
    let listed: Vec<(&str, u32, bool)> = s
        .hardest
        .iter()
        .map(|c| (c.id.as_str(), c.lapses, c.leech))
        .collect();
    assert_eq!(
        listed,
        [
            ("card6", 9, true),
            ("card3", 8, true),
            ("card5", 8, true),
            ("card10", 7, false),
            ("card9", 5, false),
            ("card12", 4, false),
            ("card4", 3, false),
            ("card7", 2, false),
            ("card8", 2, false),
            ("card2", 1, false),
        ]
    );
    let first = &s.hardest[0];
    assert_eq!(
        (first.deck.as_str(), first.front.as_str(), first.suspended),
        ("B", "Front of card 6?", true)
    );
    assert_eq!(first.easiness, 2.5);
}

#[test]
fn decks_count_their_own_cards() {
    let mut h = History::new(&["A", "A::B", "C"]);
    let t = day("2026-03-10T12:00:00");
    h.card(0);
    h.card_with(0, sched(1, 1, t));
    h.card_with(0, sched(1, 1, t.plus(1)));
    let s = h.card_with(1, sched(1, 1, t));
    h.facts(s).suspended = true;
    h.card(1);
    let rows: Vec<(String, u64, u64, u64)> = h
        .stats("2026-03-10T12:00:00")
        .decks
        .into_iter()
        .map(|d| (d.name, d.total, d.new, d.due))
        .collect();
    assert_eq!(
        rows,
        [
            ("A".to_string(), 3, 1, 1),
            ("A::B".to_string(), 2, 1, 0),
            ("C".to_string(), 0, 0, 0)
        ]
    );
}

/// A seeded history over three years: 40 cards answered on their due days, with failures,
/// drills and some imported rows.
fn long_history(seed: u64) -> (History, Day) {
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut h = History::new(&["A", "B"]);
    let start = day("2023-01-01T12:00:00");
    let today = start.plus(1100);
    for i in 0..40 {
        let id = h.card(i % 2);
        let mut d = start.plus(rng.random_range(0..900));
        while d <= today {
            let at = format!("{}T{:02}:30:00", d.date(), rng.random_range(4..24));
            if rng.random_range(0..10) == 0 {
                h.imported(id, 4, &at, 2);
            }
            h.answer(id, [1, 3, 4, 4, 5][rng.random_range(0..5)], &at);
            // Like a session: failed and drilled cards come back until they are scheduled.
            while h.facts(id).sched.due == Some(d) {
                h.answer(id, 4, &at);
            }
            d = h.facts(id).sched.due.unwrap_or(today.plus(1));
        }
    }
    (h, today)
}

#[test]
fn a_log_with_only_the_last_year_in_detail_gives_the_same_figures() {
    for seed in 0..5 {
        let (h, today) = long_history(seed);
        let full = h.input();
        assert!(full.log.total > 300, "a long history ({})", full.log.total);
        for days in [30, 365, 500] {
            let from = detail_from(today, days);
            let mut partial = full.clone();
            partial.log.answers.retain(|a| a.day >= from);
            partial.log.detail_from = Some(from);
            // The store hands them over in (day, card, answer) order; any order will do.
            partial.log.answers.reverse();
            assert_eq!(
                compute(&partial, today, days),
                compute(&full, today, days),
                "seed {seed}, {days} days"
            );
        }
    }
}

#[test]
fn the_glance_agrees_with_the_full_statistics() {
    let (h, today) = long_history(7);
    let input = h.input();
    let s = compute(&input, today, 365);
    let recent: Vec<Answer> = input
        .log
        .answers
        .iter()
        .filter(|a| a.day > today.plus(-30))
        .copied()
        .collect();
    // Only the days of the current streak.
    let skip = u64::from(s.today.answered == 0);
    let run: Vec<Day> = (0..s.streak.current)
        .rev()
        .map(|i| today.plus(-((i + skip) as i64)))
        .collect();
    let g = glance(&input.cards, &recent, &run, today);
    assert_eq!(g.due_today, s.due.today);
    assert_eq!(g.answered_today, s.today.answered);
    assert_eq!(g.streak, s.streak.current);
    assert_eq!(g.retention, s.retention.d30);
    let forecast: Vec<u64> = s.forecast.iter().map(|f| f.due).collect();
    assert_eq!(g.forecast, forecast);
    let recent: Vec<u64> = s.history[335..].iter().map(|d| d.reviews).collect();
    assert_eq!(g.recent, recent);
}

/// Compare `actual` with the snapshot file `name` (under src/stats/snapshots); with
/// `UPDATE_SNAPSHOTS=1` in the environment, write it instead.
fn snapshot(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/stats/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run with UPDATE_SNAPSHOTS=1", path.display()));
    if expected != actual {
        panic!(
            "{name} differs from the snapshot (UPDATE_SNAPSHOTS=1 rewrites it):\n\
             --- expected\n{expected}\n--- actual\n{actual}"
        );
    }
}

/// The fixed history of the snapshots: 200 days of daily study in three decks, four new
/// cards a day, a ten-day break, a leech, a suspended card and cards never seen.
fn snapshot_stats() -> (Stats, Glance) {
    let mut rng = SmallRng::seed_from_u64(42);
    let mut h = History::new(&["Biology", "Biology::Cells", "Chemistry"]);
    let today = day("2026-06-01T12:00:00");
    let start = today.plus(-200);
    for i in 0..140 {
        h.card([0, 0, 1, 2][i % 4]);
    }
    let mut introduced = 0;
    for offset in 0..=200 {
        let d = start.plus(offset);
        if (140..150).contains(&offset) {
            continue; // a break
        }
        let at = format!("{}T19:30:00", d.date());
        let due: Vec<i64> = h
            .cards
            .iter()
            .filter(|c| c.sched.is_due(d) && !c.suspended)
            .map(|c| c.id)
            .collect();
        let fresh = (introduced..(introduced + 4).min(120)).map(|i| i as i64 + 1);
        let today_cards: Vec<i64> = due.into_iter().chain(fresh).collect();
        introduced = (introduced + 4).min(120);
        for id in today_cards {
            let grade = if id == 7 {
                [1, 4][rng.random_range(0..2)] // the leech
            } else {
                [1, 3, 4, 4, 4, 5, 5][rng.random_range(0..7)]
            };
            h.answer(id, grade, &at);
            while h.facts(id).sched.due == Some(d) {
                h.answer(id, 4, &at);
            }
        }
        if offset == 100 {
            h.facts(12).suspended = true;
        }
    }
    let input = h.input();
    let stats = compute(&input, today, 365);
    let recent: Vec<Answer> = input
        .log
        .answers
        .iter()
        .filter(|a| a.day > today.plus(-30))
        .copied()
        .collect();
    let glance = glance(&input.cards, &recent, &input.log.active_days, today);
    (stats, glance)
}

#[test]
fn the_terminal_page_matches_its_snapshot_and_fits_80_columns() {
    let (stats, glance_figures) = snapshot_stats();
    let date = text::long_date(stats.today.date);
    let page = text::page(
        &stats,
        &text::Heading {
            date: &date,
            deck: None,
        },
        &Plain,
    );
    for line in page.lines() {
        assert!(line.chars().count() <= text::WIDTH, "too wide: {line:?}");
        assert_eq!(line, line.trim_end(), "no trailing spaces");
    }
    snapshot("page.txt", &page);
    let glance = text::glance(&glance_figures, &Plain).join("\n") + "\n";
    snapshot("glance.txt", &glance);
}

#[test]
fn the_html_page_escapes_names_and_fronts_and_stays_well_formed() {
    let mut h = History::new(&["R&D <lab> \"1\""]);
    let t = day("2026-03-10T12:00:00");
    let c = h.card_with(
        0,
        Sm2 {
            lapses: 9,
            ..sched(2, 6, t)
        },
    );
    h.row(c, "2026-03-09T10:00:00", 4, false, 1);
    let mut input = h.input();
    input.texts[0].front = "<script>alert('x')</script> & \u{1}".into();
    let stats = compute(&input, t, 400);
    let page = html::page(
        &stats,
        &text::Heading {
            date: "Tuesday 10 March 2026",
            deck: Some("R&D <lab> \"1\""),
        },
    );
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(&page, options).unwrap();
    assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
    let title = doc
        .descendants()
        .find(|n| n.has_tag_name("title"))
        .and_then(|n| n.text())
        .unwrap();
    assert_eq!(
        title,
        "recall stats · Tuesday 10 March 2026 · deck R&D <lab> \"1\""
    );
    let row = doc
        .descendants()
        .find(|n| n.attribute("data-card") == Some("card1"))
        .unwrap();
    assert_eq!(row.attribute("data-leech"), Some("true"));
    let text: String = row.descendants().filter_map(|n| n.text()).collect();
    assert!(
        text.contains("<script>alert('x')</script> & \u{FFFD}leech"),
        "{text}"
    );
    // 400 days: two calendars, one cell per day.
    let cells = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.has_attribute("data-date"))
        .filter(|n| n.attribute("class") != Some("bar"))
        .count();
    assert_eq!(cells, 400);
}
