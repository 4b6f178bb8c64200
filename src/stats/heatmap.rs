//! A calendar heatmap of answers per day, like Anki's and GitHub's: one column per week
//! (Monday to Sunday downwards), shades by activity, month names above.

use chrono::Datelike;

use super::{HistoryDay, Paint, Role};
use crate::model::Day;

/// The shades, from no answers to the busiest days. Readable without colour.
pub const SHADES: [char; 5] = ['·', '░', '▒', '▓', '█'];

/// The activity level of a day: 0 for none, then 1 to 4, each a quarter of the busiest day
/// (`max`), rounded up.
pub fn level(count: u64, max: u64) -> u8 {
    if count == 0 || max == 0 {
        return 0;
    }
    (u128::from(count) * 4).div_ceil(u128::from(max)).min(4) as u8
}

/// The Monday of the week `day` is in.
pub fn week_start(day: Day) -> Day {
    let weekday = day.date().weekday().num_days_from_monday();
    day.plus(-i64::from(weekday))
}

/// The last `weeks` weeks up to `today` of `history` (ascending, one entry per day). Days
/// before the history or after today stay blank. Cells are a shade and a space, after a
/// four-column weekday margin: `4 + 2 * weeks` columns.
pub fn calendar(
    history: &[HistoryDay],
    today: Day,
    weeks: usize,
    paint: &dyn Paint,
) -> Vec<String> {
    let weeks = weeks.max(1);
    let first = week_start(today).plus(-7 * (weeks as i64 - 1));
    let count_on = |day: Day| -> Option<u64> {
        let first_known = history.first()?.date;
        let i = usize::try_from(first_known.days_until(day)).ok()?;
        history.get(i).filter(|h| h.date == day).map(|h| h.reviews)
    };
    let max = history
        .iter()
        .filter(|h| h.date >= first && h.date <= today)
        .map(|h| h.reviews)
        .max()
        .unwrap_or(0);

    let mut lines = vec![month_labels(first, weeks, paint)];
    let names = ["Mon", "", "Wed", "", "Fri", "", "Sun"];
    for (row, name) in names.iter().enumerate() {
        let mut line = paint.paint(Role::Dim, &format!("{name:<3} "));
        for week in 0..weeks {
            let day = first.plus(7 * week as i64 + row as i64);
            let cell = match (day <= today).then(|| count_on(day)).flatten() {
                None => " ".to_string(),
                Some(n) => {
                    let level = level(n, max);
                    let shade = SHADES[usize::from(level)].to_string();
                    if level == 0 {
                        paint.paint(Role::Dim, &shade)
                    } else {
                        paint.paint(Role::Heat(level), &shade)
                    }
                }
            };
            line.push_str(&cell);
            line.push(' ');
        }
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Month abbreviations over the first week column of each month. A column belongs to the
/// month of its Sunday; a label that would run into the next one is left out.
fn month_labels(first: Day, weeks: usize, paint: &dyn Paint) -> String {
    let mut labels: Vec<(usize, String)> = Vec::new();
    let mut previous_month = None;
    for week in 0..weeks {
        let sunday = first.plus(7 * week as i64 + 6).date();
        if previous_month != Some(sunday.month()) {
            labels.push((4 + 2 * week, sunday.format("%b").to_string()));
            previous_month = Some(sunday.month());
        }
    }
    let mut out = String::new();
    for (i, (at, name)) in labels.iter().enumerate() {
        let fits = labels
            .get(i + 1)
            .is_none_or(|(next, _)| *next > at + name.len());
        if fits {
            out.push_str(&" ".repeat(at - out.chars().count()));
            out.push_str(name);
        }
    }
    paint.paint(Role::Dim, &out)
}

/// The legend line under a calendar.
pub fn legend(paint: &dyn Paint) -> String {
    let shades: Vec<String> = SHADES
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if i == 0 {
                paint.paint(Role::Dim, &s.to_string())
            } else {
                paint.paint(Role::Heat(i as u8), &s.to_string())
            }
        })
        .collect();
    format!(
        "{} {} {}",
        paint.paint(Role::Dim, "less"),
        shades.join(" "),
        paint.paint(Role::Dim, "more")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::Plain;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_date(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn levels_are_quarters_of_the_busiest_day() {
        assert_eq!(level(0, 100), 0);
        assert_eq!(level(1, 100), 1);
        assert_eq!(level(25, 100), 1);
        assert_eq!(level(26, 100), 2);
        assert_eq!(level(75, 100), 3);
        assert_eq!(level(76, 100), 4);
        assert_eq!(level(100, 100), 4);
        assert_eq!(level(5, 0), 0);
    }

    #[test]
    fn weeks_run_down_from_monday_and_future_days_stay_blank() {
        // Wednesday 2026-06-03; two weeks: 25 May - 7 June.
        let today = day(2026, 6, 3);
        let history: Vec<HistoryDay> = (0..10)
            .map(|i| HistoryDay {
                date: today.plus(i - 9),
                reviews: i as u64,
            })
            .collect();
        let lines = calendar(&history, today, 2, &Plain);
        assert_eq!(
            lines,
            [
                "      Jun",
                "Mon · █",
                "    ░ █",
                "Wed ░ █",
                "    ▒",
                "Fri ▒",
                "    ▓",
                "Sun ▓",
            ]
        );
        assert_eq!(legend(&Plain), "less · ░ ▒ ▓ █ more");
    }
}
