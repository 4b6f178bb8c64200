use proptest::prelude::*;

use super::*;
use crate::model::{Day, Grade, INITIAL_EASINESS, MIN_EASINESS, Sm2};

fn g(v: u8) -> Grade {
    Grade::new(v).unwrap()
}

/// Answer `grades` in order, each on the day the card is due (the same day after a failure or
/// a grade 3), starting on day 0. Returns the final state.
fn run(grades: &[u8]) -> Sm2 {
    let config = Config::default();
    let mut state = Sm2::NEW;
    let mut today = Day(0);
    for &q in grades {
        state = answer(&state, g(q), today, &config);
        today = state.due.unwrap_or(today);
    }
    state
}

fn check(grades: &[u8], n: u32, ef: u16, interval: u32, due: i32) {
    let s = run(grades);
    assert_eq!(
        (s.repetitions, s.easiness, s.interval, s.due),
        (n, ef, interval, Some(Day(due))),
        "grades {grades:?}"
    );
}

// The worked examples of shared/design/sm2.md, row by row.
#[test]
fn example_5() {
    check(&[5], 1, 260, 1, 1);
}

#[test]
fn example_5_5() {
    check(&[5, 5], 2, 270, 6, 7);
}

#[test]
fn example_5_5_5() {
    check(&[5, 5, 5], 3, 280, 17, 24);
}

#[test]
fn example_5_5_5_5() {
    check(&[5, 5, 5, 5], 4, 290, 50, 74);
}

#[test]
fn example_five_fives_is_exactly_150_days() {
    // Binary floats give 151 here (3.0000000000000004 * 50).
    check(&[5, 5, 5, 5, 5], 5, 300, 150, 224);
}

#[test]
fn example_4_4_4() {
    check(&[4, 4, 4], 3, 250, 15, 22);
}

#[test]
fn example_3_then_drill_4() {
    check(&[3, 4], 1, 236, 1, 1);
    assert!(!run(&[3, 4]).drill);
    let after_three = run(&[3]);
    assert!(after_three.drill);
    assert_eq!(after_three.due, Some(Day(0)));
}

#[test]
fn example_5_5_2_fails_back_to_today() {
    check(&[5, 5, 2], 0, 270, 0, 7);
    assert_eq!(run(&[5, 5, 2]).lapses, 1);
}

#[test]
fn example_5_5_2_4() {
    check(&[5, 5, 2, 4], 1, 270, 1, 8);
}

#[test]
fn example_5_5_2_4_4() {
    check(&[5, 5, 2, 4, 4], 2, 270, 6, 14);
}

#[test]
fn example_5_5_2_4_4_3_4_drill_only_clears_the_flag() {
    check(&[5, 5, 2, 4, 4, 3, 4], 3, 256, 16, 30);
}

#[test]
fn example_3_4_nine_times_hits_the_floor() {
    let grades: Vec<u8> = [3, 4].repeat(9);
    let s = run(&grades);
    assert_eq!((s.repetitions, s.easiness), (9, MIN_EASINESS));
}

#[test]
fn a_failed_new_card_is_not_a_lapse() {
    let s = run(&[1]);
    assert_eq!(
        (s.repetitions, s.lapses, s.due, s.easiness),
        (0, 0, Some(Day(0)), 250)
    );
}

#[test]
fn a_drill_answered_below_four_changes_nothing() {
    let drilled = run(&[5, 5, 3]);
    for q in 0..=3 {
        assert_eq!(answer(&drilled, g(q), Day(7), &Config::default()), drilled);
    }
}

#[test]
fn a_pending_drill_answered_days_later_counts_from_the_grade_three_day() {
    // Clarification: a drill left pending keeps the card due; cleared later, its due day is the
    // grade-3 day + I, which may already be past (then it is simply due again).
    let drilled = run(&[3]); // day 0, I = 1
    let cleared = answer(&drilled, g(5), Day(5), &Config::default());
    assert_eq!(cleared.due, Some(Day(1)));
    assert!(!cleared.drill);
    assert!(cleared.is_due(Day(5)));
}

#[test]
fn a_late_review_is_scheduled_from_the_day_it_is_made() {
    let s = run(&[5, 5]); // due day 7, I = 6
    let late = answer(&s, g(4), Day(20), &Config::default());
    assert_eq!(late.interval, 17); // ceil(6 * 2.70)
    assert_eq!(late.due, Some(Day(37)));
}

#[test]
fn the_interval_is_capped_and_the_cap_feeds_the_next_interval() {
    let config = Config { max_interval: 100 };
    let state = Sm2 {
        repetitions: 5,
        easiness: 300,
        interval: 90,
        due: Some(Day(0)),
        ..Sm2::NEW
    };
    let next = answer(&state, g(4), Day(0), &config);
    assert_eq!(next.interval, 100);
    let after = answer(&next, g(4), Day(100), &config);
    assert_eq!(after.interval, 100);
    let default_cap = Sm2 {
        interval: MAX_INTERVAL,
        ..state
    };
    assert_eq!(
        answer(&default_cap, g(5), Day(0), &Config::default()).interval,
        MAX_INTERVAL
    );
}

#[test]
fn previews_describe_every_grade() {
    let today = Day(10);
    let learned = run(&[5, 5]);
    let shown: Vec<String> = next_states(&learned, today, &Config::default())
        .iter()
        .map(|o| o.to_string())
        .collect();
    assert_eq!(
        shown,
        [
            "again today",
            "again today",
            "again today",
            "again today, then 16 days",
            "17 days",
            "17 days"
        ]
    );
    let fresh: Vec<String> = next_states(&Sm2::NEW, today, &Config::default())
        .iter()
        .map(|o| o.to_string())
        .collect();
    assert_eq!(fresh[4], "1 day");
    assert_eq!(fresh[3], "again today, then 1 day");
}

fn grade_strategy() -> impl Strategy<Value = u8> {
    0u8..=5
}

proptest! {
    #[test]
    fn easiness_never_drops_below_the_floor(grades in prop::collection::vec(grade_strategy(), 0..60)) {
        let s = run(&grades);
        prop_assert!(s.easiness >= MIN_EASINESS);
    }

    #[test]
    fn repetitions_are_zero_exactly_when_the_last_plain_answer_failed(
        grades in prop::collection::vec(grade_strategy(), 1..60)
    ) {
        let config = Config::default();
        let mut state = Sm2::NEW;
        let mut today = Day(0);
        let mut last_plain_failed = None;
        for q in grades {
            let was_drill = state.drill;
            state = answer(&state, g(q), today, &config);
            if !was_drill {
                last_plain_failed = Some(q < 3);
            }
            today = state.due.unwrap_or(today);
        }
        prop_assert_eq!(state.repetitions == 0, last_plain_failed == Some(true));
    }

    #[test]
    fn a_failure_keeps_easiness_and_a_drill_keeps_n_ef_and_i(
        grades in prop::collection::vec(grade_strategy(), 0..40),
        next in grade_strategy(),
        day in 0i32..100_000,
    ) {
        let before = run(&grades);
        let after = answer(&before, g(next), Day(day), &Config::default());
        if before.drill {
            prop_assert_eq!(
                (after.repetitions, after.easiness, after.interval),
                (before.repetitions, before.easiness, before.interval)
            );
        } else if next < 3 {
            prop_assert_eq!(after.easiness, before.easiness);
            prop_assert_eq!((after.repetitions, after.interval), (0, 0));
            prop_assert_eq!(after.due, Some(Day(day)));
        }
    }

    #[test]
    fn successes_never_shrink_the_interval_and_respect_the_cap(
        grades in prop::collection::vec(3u8..=5, 1..80)
    ) {
        let config = Config::default();
        let mut state = Sm2::NEW;
        let mut today = Day(0);
        for q in grades {
            let before = state;
            state = answer(&state, g(q), today, &config);
            prop_assert!(state.interval >= before.interval);
            prop_assert!(state.interval <= MAX_INTERVAL);
            prop_assert!(state.due.unwrap() >= today);
            today = state.due.unwrap_or(today);
        }
    }

    #[test]
    fn easiness_moves_by_the_published_steps(q in 3u8..=5, start in 130u16..=400) {
        let state = Sm2 { easiness: start, repetitions: 2, interval: 6, due: Some(Day(0)), ..Sm2::NEW };
        let after = answer(&state, g(q), Day(0), &Config::default());
        let delta: i32 = match q { 5 => 10, 4 => 0, _ => -14 };
        prop_assert_eq!(i32::from(after.easiness), (i32::from(start) + delta).max(130));
        prop_assert_eq!(INITIAL_EASINESS, 250);
    }
}
