//! The definitions: every figure of [`Stats`] from cards, review log and today. Each part is
//! a function of its own so that the dashboard can compute only what it shows.

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::HashMap;

use super::{
    Answer, Bucket, CardCounts, CardFacts, DeckCounts, Due, ForecastDay, Glance, HardCard,
    HistoryDay, Retention, ReviewLog, Reviews, Stats, StatsInput, Streak, Today,
};
use crate::model::{Day, Easiness, easiness_f64};

/// A card counts as mature from this interval on (days), like Anki.
pub const MATURE_DAYS: u32 = 21;
/// A card with this many lapses or more is a leech.
pub const LEECH_LAPSES: u32 = 8;
/// How many cards `hardest` lists.
pub const HARDEST: usize = 10;
/// Retention is given over the last 7, 30 and 365 days (today included).
pub const RETENTION_WINDOWS: [u32; 3] = [7, 30, 365];
/// The forecast covers this many days, from tomorrow.
pub const FORECAST_DAYS: u32 = 30;
/// The dashboard looks this many days back (activity, retention) and ahead (forecast).
pub const GLANCE_DAYS: u32 = 30;

/// Interval histogram: inclusive day ranges (the last one open).
const INTERVAL_RANGES: [(u32, u32); 11] = [
    (0, 0),
    (1, 1),
    (2, 3),
    (4, 7),
    (8, 14),
    (15, 20),
    (21, 30),
    (31, 60),
    (61, 120),
    (121, 365),
    (366, u32::MAX),
];

/// Easiness histogram: buckets of 0.20 from the 1.30 floor, the last one open.
const EASINESS_STEP: Easiness = 20;
const EASINESS_BUCKETS: usize = 10;

/// All statistics for `today`, with a history window of `days` days (today included).
///
/// `input.log` must hold in detail every answer of the history window and of the longest
/// retention window (see [`ReviewLog::covers`] and [`detail_from`]).
pub fn compute(input: &StatsInput, today: Day, days: u32) -> Stats {
    let days = days.max(1);
    let log = &input.log;
    debug_assert!(
        log.covers(detail_from(today, days)),
        "the review log does not cover the windows in detail"
    );
    let (cards, due) = counts(&input.cards, today);
    let today_figures = today_figures(&log.answers, today);
    Stats {
        reviews: Reviews {
            total: log.total,
            today: today_figures.answered,
        },
        today: today_figures,
        cards,
        due,
        retention: retention(log, today),
        streak: streak(&log.active_days, today),
        forecast: forecast(&input.cards, today, FORECAST_DAYS),
        history: history(&log.answers, today, days),
        intervals: interval_buckets(&input.cards),
        easiness: easiness_buckets(&input.cards),
        hardest: hardest(input),
        decks: decks(input, today),
    }
}

/// The first day whose answers [`compute`] needs in detail: the start of the history window
/// of `days` days or of the longest retention window, whichever is earlier.
pub fn detail_from(today: Day, days: u32) -> Day {
    window_start(today, days.max(RETENTION_WINDOWS[2]))
}

/// Cards by state, and how many are due.
///
/// - `new`: never answered; `learning`: due today or earlier after a failure (n = 0), or with
///   a drill pending; `young` / `mature`: answered, not learning, interval below / from
///   [`MATURE_DAYS`]. These four count cards that are not suspended; `suspended` the others;
///   `total` all of them.
/// - `due.today`: due day today or earlier; `tomorrow`: due day tomorrow exactly; `week`: due
///   day up to today + 6, overdue included. Suspended cards are never due.
pub fn counts(cards: &[CardFacts], today: Day) -> (CardCounts, Due) {
    let mut c = CardCounts::default();
    let mut d = Due::default();
    let (tomorrow, week_end) = (today.plus(1), today.plus(6));
    for card in cards {
        c.total += 1;
        if card.suspended {
            c.suspended += 1;
            continue;
        }
        let Some(due) = card.sched.due else {
            c.new += 1;
            continue;
        };
        if card.sched.is_learning(today) {
            c.learning += 1;
        } else if card.sched.interval >= MATURE_DAYS {
            c.mature += 1;
        } else {
            c.young += 1;
        }
        d.today += u64::from(due <= today);
        d.tomorrow += u64::from(due == tomorrow);
        d.week += u64::from(due <= week_end);
    }
    (c, d)
}

/// Cards (not suspended) whose due day is each of the `n` days from tomorrow on.
pub fn forecast(cards: &[CardFacts], today: Day, n: u32) -> Vec<ForecastDay> {
    let mut counts = vec![0u64; n as usize];
    for card in cards.iter().filter(|c| !c.suspended) {
        if let Some(due) = card.sched.due {
            let ahead = today.days_until(due);
            if ahead >= 1 && ahead <= i64::from(n) {
                counts[(ahead - 1) as usize] += 1;
            }
        }
    }
    counts
        .into_iter()
        .enumerate()
        .map(|(i, due)| ForecastDay {
            date: today.plus(i as i64 + 1),
            due,
        })
        .collect()
}

/// Answers per day for the `days` days ending today, oldest first, days without answers
/// included. `answers` must hold every answer of the window.
pub fn history(answers: &[Answer], today: Day, days: u32) -> Vec<HistoryDay> {
    let first = window_start(today, days);
    let mut counts = vec![0u64; days as usize];
    for a in answers {
        let offset = first.days_until(a.day);
        if offset >= 0 && offset < i64::from(days) {
            counts[offset as usize] += 1;
        }
    }
    counts
        .into_iter()
        .enumerate()
        .map(|(i, reviews)| HistoryDay {
            date: first.plus(i as i64),
            reviews,
        })
        .collect()
}

fn today_figures(answers: &[Answer], today: Day) -> Today {
    let mut t = Today {
        date: today,
        answered: 0,
        new_seen: 0,
        time_ms: 0,
        grades: [0; 6],
    };
    for a in answers.iter().filter(|a| a.day == today) {
        t.answered += 1;
        t.new_seen += u64::from(a.was_new);
        t.time_ms = t.time_ms.saturating_add(a.duration_ms);
        t.grades[usize::from(a.grade.value())] += 1;
    }
    t
}

/// Retention over each of [`RETENTION_WINDOWS`]; a window the log does not hold in detail is
/// `None`, like a window without scheduled reviews.
pub fn retention(log: &ReviewLog, today: Day) -> Retention {
    let [d7, d30, d365] = RETENTION_WINDOWS.map(|w| {
        if log.covers(window_start(today, w)) {
            retention_over(&log.answers, today, w)
        } else {
            None
        }
    });
    Retention { d7, d30, d365 }
}

fn window_start(today: Day, days: u32) -> Day {
    today.plus(1 - i64::from(days))
}

/// Of the scheduled reviews answered in the `days` days ending today, the share graded 3 or
/// more; `None` when there were none. `answers` must hold every answer of the window.
///
/// A scheduled review is an answer that is not a drill, of a card with repetitions ≥ 1 before
/// it (so not a new card's first answer, nor the re-answer of a card failed earlier, which has
/// n = 0), and that is the card's first answer of its day (so never the re-answer of a card
/// failed earlier that day, whatever an imported log says its repetitions were).
pub fn retention_over(answers: &[Answer], today: Day, days: u32) -> Option<f64> {
    let start = window_start(today, days);
    let (mut reviews, mut recalled) = (0u64, 0u64);
    for_each_first_of_day(answers, |a, first_of_day| {
        if a.day >= start && a.day <= today && first_of_day && !a.drill && a.reps_before >= 1 {
            reviews += 1;
            recalled += u64::from(a.grade.is_success());
        }
    });
    (reviews > 0).then(|| recalled as f64 / reviews as f64)
}

/// Visit every answer in (day, card, answer order), saying whether it is the card's first
/// answer that day. Sorts a copy only when the answers are not in that order already.
fn for_each_first_of_day(answers: &[Answer], mut visit: impl FnMut(&Answer, bool)) {
    let key = |a: &Answer| (a.day, a.card, a.seq);
    let sorted: Cow<'_, [Answer]> = if answers.is_sorted_by_key(key) {
        Cow::Borrowed(answers)
    } else {
        let mut v = answers.to_vec();
        v.sort_unstable_by_key(key);
        Cow::Owned(v)
    };
    let mut previous: Option<(Day, i64)> = None;
    for a in sorted.iter() {
        let first = previous != Some((a.day, a.card));
        previous = Some((a.day, a.card));
        visit(a, first);
    }
}

/// `current`: consecutive days with at least one answer ending today, or ending yesterday
/// when nothing has been answered yet today; `longest`: the longest such run up to today.
/// `active_days` is ascending; days after today are ignored.
pub fn streak(active_days: &[Day], today: Day) -> Streak {
    let past = &active_days[..active_days.partition_point(|d| *d <= today)];
    let mut longest = 0u64;
    let mut run = 0u64;
    let mut previous: Option<Day> = None;
    for day in past {
        run = match previous {
            Some(p) if p.plus(1) == *day => run + 1,
            Some(p) if p == *day => run,
            _ => 1,
        };
        longest = longest.max(run);
        previous = Some(*day);
    }
    let current = match previous {
        Some(last) if last == today || last == today.plus(-1) => run,
        _ => 0,
    };
    Streak { current, longest }
}

/// The population of the histograms: cards answered at least once and not suspended.
fn scheduled(cards: &[CardFacts]) -> impl Iterator<Item = &CardFacts> {
    cards
        .iter()
        .filter(|c| !c.suspended && c.sched.due.is_some())
}

/// Cards (answered, not suspended) by interval: 0 (failed), 1, 2-3, 4-7, 8-14, 15-20, 21-30,
/// 31-60, 61-120, 121-365, 366+ days.
pub fn interval_buckets(cards: &[CardFacts]) -> Vec<Bucket> {
    let mut counts = [0u64; INTERVAL_RANGES.len()];
    for card in scheduled(cards) {
        let i = INTERVAL_RANGES.partition_point(|(lo, _)| *lo <= card.sched.interval);
        counts[i.saturating_sub(1)] += 1;
    }
    INTERVAL_RANGES
        .iter()
        .zip(counts)
        .map(|((lo, hi), count)| Bucket {
            range: match (lo, hi) {
                (lo, hi) if lo == hi => lo.to_string(),
                (lo, &u32::MAX) => format!("{lo}+"),
                (lo, hi) => format!("{lo}-{hi}"),
            },
            count,
        })
        .collect()
}

/// Cards (answered, not suspended) by easiness in steps of 0.20 from 1.30: 1.30-1.49, …,
/// 2.90-3.09, 3.10+.
pub fn easiness_buckets(cards: &[CardFacts]) -> Vec<Bucket> {
    let floor = crate::model::MIN_EASINESS;
    let mut counts = [0u64; EASINESS_BUCKETS];
    for card in scheduled(cards) {
        let i = usize::from(card.sched.easiness.saturating_sub(floor) / EASINESS_STEP);
        counts[i.min(EASINESS_BUCKETS - 1)] += 1;
    }
    counts
        .into_iter()
        .enumerate()
        .map(|(i, count)| {
            let lo = floor + EASINESS_STEP * i as Easiness;
            let range = if i == EASINESS_BUCKETS - 1 {
                format!("{:.2}+", easiness_f64(lo))
            } else {
                format!(
                    "{:.2}-{:.2}",
                    easiness_f64(lo),
                    easiness_f64(lo + EASINESS_STEP - 1)
                )
            };
            Bucket { range, count }
        })
        .collect()
}

/// The row ids of the [`HARDEST`] cards with the most lapses (at least one), most first,
/// then in card order; suspended cards included.
pub fn hardest_ids(cards: &[CardFacts]) -> Vec<i64> {
    hardest_cards(cards).into_iter().map(|c| c.id).collect()
}

fn hardest_cards(cards: &[CardFacts]) -> Vec<&CardFacts> {
    let mut hard: Vec<&CardFacts> = cards.iter().filter(|c| c.sched.lapses > 0).collect();
    let key = |c: &&CardFacts| (Reverse(c.sched.lapses), c.id);
    if hard.len() > HARDEST {
        hard.select_nth_unstable_by_key(HARDEST, key);
        hard.truncate(HARDEST);
    }
    hard.sort_unstable_by_key(key);
    hard
}

/// The cards of [`hardest_ids`], with their deck, front and schedule. Leeches have
/// [`LEECH_LAPSES`] or more lapses.
pub fn hardest(input: &StatsInput) -> Vec<HardCard> {
    hardest_cards(&input.cards)
        .into_iter()
        .map(|c| {
            let text = input.texts.iter().find(|t| t.id == c.id);
            HardCard {
                id: text.map_or_else(String::new, |t| t.key.clone()),
                deck: deck_name(input, c.deck),
                front: text.map_or_else(String::new, |t| t.front.clone()),
                lapses: c.sched.lapses,
                easiness: easiness_f64(c.sched.easiness),
                interval: c.sched.interval,
                suspended: c.suspended,
                leech: c.sched.lapses >= LEECH_LAPSES,
            }
        })
        .collect()
}

fn deck_name(input: &StatsInput, id: i64) -> String {
    input
        .decks
        .iter()
        .find(|d| d.id == id)
        .map_or_else(String::new, |d| d.name.clone())
}

/// Every deck in scope with its own cards (not its subdecks'): `total` (suspended included),
/// `new` and `due` (today or overdue) as in [`counts`].
pub fn decks(input: &StatsInput, today: Day) -> Vec<DeckCounts> {
    let index: HashMap<i64, usize> = input
        .decks
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id, i))
        .collect();
    let mut rows: Vec<DeckCounts> = input
        .decks
        .iter()
        .map(|d| DeckCounts {
            name: d.name.clone(),
            total: 0,
            new: 0,
            due: 0,
        })
        .collect();
    for card in &input.cards {
        let Some(row) = index.get(&card.deck).and_then(|i| rows.get_mut(*i)) else {
            continue;
        };
        row.total += 1;
        if !card.suspended {
            row.new += u64::from(card.sched.due.is_none());
            row.due += u64::from(card.sched.is_due(today));
        }
    }
    rows
}

/// The few figures the dashboard shows. `answers` must hold every answer of the last
/// [`GLANCE_DAYS`] days, and `streak_days` at least the days of the current streak.
pub fn glance(cards: &[CardFacts], answers: &[Answer], streak_days: &[Day], today: Day) -> Glance {
    let (_, due) = counts(cards, today);
    let recent = history(answers, today, GLANCE_DAYS);
    Glance {
        due_today: due.today,
        answered_today: recent.last().map_or(0, |h| h.reviews),
        streak: streak(streak_days, today).current,
        retention: retention_over(answers, today, GLANCE_DAYS),
        forecast: forecast(cards, today, GLANCE_DAYS)
            .into_iter()
            .map(|f| f.due)
            .collect(),
        recent: recent.into_iter().map(|h| h.reviews).collect(),
    }
}
