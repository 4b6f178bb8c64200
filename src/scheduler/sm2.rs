use super::Config;
use crate::model::{Day, Easiness, Grade, MIN_EASINESS, Sm2};

/// Apply one answer with grade `grade`, given on day `today`.
///
/// - A pending drill (the card was graded 3) is cleared by a 4 or 5, which schedules the card
///   from the day of that grade-3 answer; any other grade leaves everything as it was.
/// - A success (3-5) updates EF, grows the interval (1, 6, then ceil(I * EF')), and schedules
///   the card from today; a 3 also sets the drill flag and keeps the card due today.
/// - A failure (0-2) resets the repetitions and the interval, keeps EF, and leaves the card due
///   today; it counts as a lapse when the card had been learned.
pub fn answer(state: &Sm2, grade: Grade, today: Day, config: &Config) -> Sm2 {
    if state.drill {
        return if grade.value() >= 4 {
            // While the drill flag is set, `due` holds the day of the grade-3 answer.
            let drilled_on = state.due.unwrap_or(today);
            Sm2 {
                drill: false,
                due: Some(drilled_on.plus(i64::from(state.interval))),
                ..*state
            }
        } else {
            *state
        };
    }

    if grade.is_success() {
        let easiness = next_easiness(state.easiness, grade);
        let interval = match state.repetitions {
            0 => 1,
            1 => 6,
            _ => grown_interval(state.interval, easiness),
        }
        .min(config.max_interval);
        let drill = grade.value() == 3;
        let due = if drill {
            today
        } else {
            today.plus(i64::from(interval))
        };
        Sm2 {
            repetitions: state.repetitions.saturating_add(1),
            easiness,
            interval,
            due: Some(due),
            drill,
            lapses: state.lapses,
        }
    } else {
        Sm2 {
            repetitions: 0,
            easiness: state.easiness,
            interval: 0,
            due: Some(today),
            drill: false,
            lapses: state.lapses + u32::from(state.repetitions > 0),
        }
    }
}

/// EF' = max(1.30, EF + 0.1 - (5-q)(0.08 + (5-q)0.02)), in hundredths: +10, 0, -14 for 5, 4, 3.
fn next_easiness(easiness: Easiness, grade: Grade) -> Easiness {
    let miss = i32::from(5 - grade.value());
    let delta = 10 - miss * (8 + miss * 2);
    let next = (i32::from(easiness) + delta).max(i32::from(MIN_EASINESS));
    Easiness::try_from(next).unwrap_or(Easiness::MAX)
}

/// ceil(I * EF / 100) with integers: "if the interval is a fraction, round it up".
fn grown_interval(interval: u32, easiness: Easiness) -> u32 {
    let product = u64::from(interval) * u64::from(easiness);
    u32::try_from(product.div_ceil(100)).unwrap_or(u32::MAX)
}
