//! The terminal views: the page of `recall stats` and the glance of the dashboard. Both fit
//! [`WIDTH`] columns and read the same without colour (shapes carry the meaning, colour only
//! helps).

use super::{Glance, HardCard, Paint, Role, Stats, bars, heatmap, histogram};
use crate::model::Day;
use crate::ui::style;
use crate::ui::table::{self, Column};

/// The views never print wider than this.
pub const WIDTH: usize = 80;
/// The calendar heatmap shows this many weeks.
pub const HEATMAP_WEEKS: usize = 26;
/// Where values start after a row label ("Retention  ").
const LABEL_WIDTH: usize = 11;
const FORECAST_HEIGHT: usize = 6;
const HISTOGRAM_BAR: usize = 20;
/// Card ids and deck names in the hardest-cards list are cut to these widths. Content-hash
/// ids (16 hex digits, `/N` for a note's later cards) are shown whole: a shorter cut of a
/// note with several cards is a prefix of all of them, which `recall suspend` refuses.
const ID_WIDTH: usize = 20;
const DECK_WIDTH: usize = 16;

/// What the page is about: the date as words, and the deck when `--deck` narrowed it.
pub struct Heading<'a> {
    pub date: &'a str,
    pub deck: Option<&'a str>,
}

/// The whole page of `recall stats`.
pub fn page(stats: &Stats, heading: &Heading<'_>, paint: &dyn Paint) -> String {
    let mut out: Vec<String> = Vec::new();
    let scope = heading
        .deck
        .map_or_else(|| "all decks".to_string(), |d| format!("deck {d}"));
    out.push(format!(
        "{} · {} · {}",
        paint.paint(Role::Title, "recall stats"),
        heading.date,
        scope
    ));
    if stats.cards.total == 0 && stats.reviews.total == 0 {
        out.push(String::new());
        out.push("No cards yet: add some with `recall import FILE.toml`,".into());
        out.push("or try the example deck with `recall import --examples`.".into());
        return join(out);
    }
    out.push(headline(
        stats.due.today,
        stats.streak.current,
        Some(stats.streak.longest),
        stats.retention.d30,
        paint,
    ));
    out.push(String::new());
    out.extend(summary(stats, paint));
    out.push(String::new());
    out.extend(forecast(stats, paint));
    out.push(String::new());
    out.extend(activity(stats, paint));
    out.push(String::new());
    out.extend(histograms(stats, paint));
    out.push(String::new());
    out.push(paint.paint(Role::Title, "Decks"));
    out.extend(decks(stats));
    if !stats.hardest.is_empty() {
        out.push(String::new());
        out.push(format!(
            "{} {}",
            paint.paint(Role::Title, "Hardest cards"),
            paint.paint(Role::Dim, "· most lapses · a leech has 8 or more")
        ));
        out.extend(hardest(&stats.hardest, paint));
    }
    join(out)
}

/// The dashboard's lines: the headline, then the next and the last 30 days as sparklines.
pub fn glance(g: &Glance, paint: &dyn Paint) -> Vec<String> {
    let ahead: u64 = g.forecast.iter().sum();
    let behind: u64 = g.recent.iter().sum();
    vec![
        headline(g.due_today, g.streak, None, g.retention, paint),
        format!(
            "{}  {}  {} due",
            paint.paint(Role::Dim, &format!("Next {} days", g.forecast.len())),
            bars::sparkline(&g.forecast, paint),
            group(ahead)
        ),
        format!(
            "{}  {}  {}, {} today",
            paint.paint(Role::Dim, &format!("Last {} days", g.recent.len())),
            bars::sparkline(&g.recent, paint),
            plural(behind, "answer"),
            group(g.answered_today)
        ),
    ]
}

/// "402 due today · streak 12 days (longest 40) · retention 91.2% over 30 days".
fn headline(
    due: u64,
    streak: u64,
    longest: Option<u64>,
    retention: Option<f64>,
    paint: &dyn Paint,
) -> String {
    let longest = longest.map_or_else(String::new, |l| format!(" (longest {})", group(l)));
    format!(
        "{} due today · streak {}{longest} · retention {} over 30 days",
        paint.paint(Role::Figure, &group(due)),
        paint.paint(Role::Figure, &plural(streak, "day")),
        paint.paint(Role::Figure, &percent(retention)),
    )
}

fn summary(s: &Stats, paint: &dyn Paint) -> Vec<String> {
    let t = &s.today;
    let grades = crate::ui::grade_counts(&t.grades);
    let mut today = vec![
        format!("{} answered", group(t.answered)),
        format!("{} new", group(t.new_seen)),
        format!(
            "{} spent",
            crate::ui::format_duration(std::time::Duration::from_millis(t.time_ms))
        ),
    ];
    if !grades.is_empty() {
        today.push(format!("grades {grades}"));
    }
    let c = &s.cards;
    let r = &s.retention;
    let mut lines = Vec::new();
    lines.extend(wrap("Today", &today, paint));
    lines.extend(wrap(
        "Cards",
        &[
            format!("{} in all", group(c.total)),
            format!("{} new", group(c.new)),
            format!("{} learning", group(c.learning)),
            format!("{} young", group(c.young)),
            format!("{} mature", group(c.mature)),
            format!("{} suspended", group(c.suspended)),
        ],
        paint,
    ));
    lines.extend(wrap(
        "Due",
        &[
            format!("{} today", group(s.due.today)),
            format!("{} tomorrow", group(s.due.tomorrow)),
            format!("{} within 7 days", group(s.due.week)),
        ],
        paint,
    ));
    lines.extend(wrap(
        "Reviews",
        &[
            format!("{} in all", group(s.reviews.total)),
            format!("{} today", group(s.reviews.today)),
        ],
        paint,
    ));
    lines.extend(wrap(
        "Retention",
        &[
            format!("{} last 7 days", percent(r.d7)),
            format!("{} last 30 days", percent(r.d30)),
            format!("{} last 365 days", percent(r.d365)),
        ],
        paint,
    ));
    lines
}

/// A labelled line of items joined with " · ", continued under the first item when it would
/// pass [`WIDTH`].
fn wrap(label: &str, items: &[String], paint: &dyn Paint) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = paint.paint(Role::Dim, &format!("{label:<LABEL_WIDTH$}"));
    let mut first = true;
    for item in items {
        let joined = if first {
            item.clone()
        } else {
            format!(" · {item}")
        };
        if !first && style::width(&line) + style::width(&joined) > WIDTH {
            lines.push(line);
            line = format!("{:LABEL_WIDTH$}{item}", "");
        } else {
            line.push_str(&joined);
        }
        first = false;
    }
    lines.push(line);
    lines
}

fn forecast(s: &Stats, paint: &dyn Paint) -> Vec<String> {
    let values: Vec<u64> = s.forecast.iter().map(|f| f.due).collect();
    let total: u64 = values.iter().sum();
    let ticks: Vec<(usize, String)> = s
        .forecast
        .iter()
        .enumerate()
        .step_by(7)
        .map(|(i, f)| (i, f.date.date().format("%b %-d").to_string()))
        .collect();
    let mut lines = vec![format!(
        "{} {}",
        paint.paint(Role::Title, "Forecast"),
        paint.paint(
            Role::Dim,
            &format!(
                "· cards due on each of the next {} days · {} in all",
                values.len(),
                group(total)
            )
        )
    )];
    lines.extend(bars::columns(&values, &ticks, FORECAST_HEIGHT, paint));
    lines
}

fn activity(s: &Stats, paint: &dyn Paint) -> Vec<String> {
    let today = s.today.date;
    let weeks = s.history.first().map_or(1, |first| {
        let span = heatmap::week_start(first.date).days_until(heatmap::week_start(today));
        usize::try_from(span / 7 + 1).unwrap_or(1)
    });
    let weeks = weeks.clamp(1, HEATMAP_WEEKS);
    let first_shown = heatmap::week_start(today).plus(-7 * (weeks as i64 - 1));
    let shown: Vec<u64> = s
        .history
        .iter()
        .filter(|h| h.date >= first_shown)
        .map(|h| h.reviews)
        .collect();
    let active = shown.iter().filter(|n| **n > 0).count();
    let busiest = shown.iter().copied().max().unwrap_or(0);
    let mut lines = vec![format!(
        "{} {}",
        paint.paint(Role::Title, "Activity"),
        paint.paint(
            Role::Dim,
            &format!(
                "· answers per day, last {} · {} of {} days active",
                plural(weeks as u64, "week"),
                active,
                shown.len()
            )
        )
    )];
    lines.extend(heatmap::calendar(&s.history, today, weeks, paint));
    lines.push(format!(
        "    {}  {}",
        heatmap::legend(paint),
        paint.paint(Role::Dim, &format!("(busiest day {})", group(busiest)))
    ));
    lines
}

/// Intervals and easiness side by side.
fn histograms(s: &Stats, paint: &dyn Paint) -> Vec<String> {
    let left = histogram::rows(&s.intervals, HISTOGRAM_BAR, paint);
    let right = histogram::rows(&s.easiness, HISTOGRAM_BAR, paint);
    let left_width = histogram::width(&s.intervals, HISTOGRAM_BAR).max(WIDTH / 2 - 2) + 2;
    let mut lines = vec![format!(
        "{}{}",
        pad(&paint.paint(Role::Title, "Intervals (days)"), left_width),
        paint.paint(Role::Title, "Easiness")
    )];
    for i in 0..left.len().max(right.len()) {
        let l = left.get(i).map_or("", String::as_str);
        let r = right.get(i).map_or("", String::as_str);
        lines.push(format!("{}{r}", pad(l, left_width)).trim_end().to_string());
    }
    lines
}

fn decks(s: &Stats) -> Vec<String> {
    let columns = [
        Column::cut("DECK", 40),
        Column::number("TOTAL"),
        Column::number("NEW"),
        Column::number("DUE"),
    ];
    let rows: Vec<Vec<String>> = s
        .decks
        .iter()
        .map(|d| vec![d.name.clone(), group(d.total), group(d.new), group(d.due)])
        .collect();
    table::render(&columns, &rows)
        .lines()
        .map(str::to_string)
        .collect()
}

fn hardest(cards: &[HardCard], paint: &dyn Paint) -> Vec<String> {
    const GAP: usize = 2;
    let lapses_width = "LAPSES".len();
    let id_width = cards
        .iter()
        .map(|c| c.id.chars().count().min(ID_WIDTH))
        .max()
        .unwrap_or(0)
        .max(2);
    let deck_width = cards
        .iter()
        .map(|c| style::width(&c.deck).min(DECK_WIDTH))
        .max()
        .unwrap_or(0)
        .max(4);
    let tag_width = cards.iter().map(|c| tags(c).len()).max().unwrap_or(0);
    let front_width = WIDTH
        - lapses_width
        - id_width
        - deck_width
        - 3 * GAP
        - if tag_width > 0 { GAP + tag_width } else { 0 };
    let mut lines = vec![paint.paint(
        Role::Dim,
        &format!(
            "{:>lapses_width$}  {}  {}  FRONT",
            "LAPSES",
            style::pad("ID", id_width),
            style::pad("DECK", deck_width)
        ),
    )];
    for c in cards {
        // Only a long id of the user's own is cut: still a prefix `recall cards` and `suspend`
        // accept.
        let id: String = c.id.chars().take(ID_WIDTH).collect();
        let tag = tags(c);
        let front = table::truncate(&c.front, front_width);
        let line = format!(
            "{:>lapses_width$}  {}  {}  {}{}",
            c.lapses,
            style::pad(&id, id_width),
            style::pad(&c.deck, deck_width),
            if tag.is_empty() {
                front
            } else {
                style::pad(&front, front_width)
            },
            if tag.is_empty() {
                String::new()
            } else {
                format!("  {}", paint.paint(Role::Warn, &tag))
            }
        );
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// "leech", "suspended", "leech, suspended" or nothing.
fn tags(card: &HardCard) -> String {
    let mut tags = Vec::new();
    if card.leech {
        tags.push("leech");
    }
    if card.suspended {
        tags.push("suspended");
    }
    tags.join(", ")
}

fn join(lines: Vec<String>) -> String {
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

fn pad(text: &str, width: usize) -> String {
    let shown = style::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(shown)))
}

/// "91.2%", or "–" when there is nothing to measure.
pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| format!("{:.1}%", v * 100.0))
}

/// "1 day", "12 days".
pub fn plural(n: u64, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{} {word}s", group(n))
    }
}

/// Digits in groups of three: 1,000,000.
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// "Monday 1 June 2026".
pub fn long_date(day: Day) -> String {
    day.date().format("%A %-d %B %Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::Plain;

    #[test]
    fn numbers_are_grouped_and_percentages_rounded() {
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(1000), "1,000");
        assert_eq!(group(1_000_000), "1,000,000");
        assert_eq!(percent(Some(0.9123)), "91.2%");
        assert_eq!(percent(Some(1.0)), "100.0%");
        assert_eq!(percent(None), "–");
        assert_eq!(plural(1, "day"), "1 day");
        assert_eq!(plural(0, "day"), "0 days");
    }

    #[test]
    fn hardest_cards_show_ids_that_recall_accepts() {
        // Two cards of one note: a 12-character cut would show the same prefix twice, and
        // that prefix matches both cards, so `recall suspend` would refuse it.
        let card = |id: &str| HardCard {
            id: id.into(),
            deck: "Vitamine K2".into(),
            front: "Verschillende klinische studies tonen aan dat [...]".into(),
            lapses: 1,
            easiness: 2.5,
            interval: 1,
            suspended: false,
            leech: false,
        };
        let lines = hardest(
            &[card("7466c0eb0f8306b3"), card("7466c0eb0f8306b3/2")],
            &Plain,
        );
        assert!(lines[1].contains(" 7466c0eb0f8306b3  "), "{lines:?}");
        assert!(lines[2].contains(" 7466c0eb0f8306b3/2  "), "{lines:?}");
        assert!(lines.iter().all(|l| style::width(l) <= WIDTH), "{lines:?}");
    }
}
