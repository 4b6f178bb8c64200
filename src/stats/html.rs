//! The HTML report of `recall stats --html PATH`: one self-contained page (inline CSS and SVG,
//! no script, nothing fetched) with the terminal page's charts, larger and labelled.
//!
//! The markup is well-formed XML (every element closed, every attribute quoted), so tests can
//! parse it. Every figure carries its JSON path and exact value: `data-figure="cards.new"
//! data-value="25"` on scalars, `data-date` / `data-range` / `data-deck` / `data-card` on the
//! rows and marks of charts and tables.

use std::fmt::Write;

use super::svg::{self, esc};
use super::text::{Heading, group, percent, plural};
use super::{HardCard, LEECH_LAPSES, Stats};

const STYLE: &str = "
:root { --ink: #1f2328; --dim: #656d76; --line: #d8dee4; --panel: #ffffff; --bg: #f6f8fa;
        --bar: #2f81f7; --warn: #cf222e; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
       font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
main { max-width: 880px; margin: 0 auto; padding: 28px 20px 40px; }
header h1 { margin: 0; font-size: 26px; letter-spacing: -0.01em; }
header p { margin: 2px 0 18px; color: var(--dim); }
h2 { font-size: 16px; margin: 0 0 4px; }
p.note { margin: 0 0 10px; color: var(--dim); font-size: 13px; }
.tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; margin-bottom: 14px; }
.tile { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
.tile .value { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
.tile .label { color: var(--dim); font-size: 13px; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; margin-bottom: 14px; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px;
         padding: 14px 16px; margin-bottom: 14px; }
.grid .panel { margin-bottom: 0; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 3px 8px 3px 0; border-bottom: 1px solid var(--line); }
th { color: var(--dim); font-weight: 500; font-size: 13px; }
tr:last-child td { border-bottom: none; }
td.num, th.num { text-align: right; }
td.deck { white-space: nowrap; }
table.facts td:first-child { color: var(--dim); }
.tag { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 9px;
       border: 1px solid var(--line); color: var(--dim); margin-left: 4px; }
.tag.leech { color: var(--warn); border-color: var(--warn); }
svg { display: block; max-width: 100%; height: auto; }
svg text { font-family: inherit; }
svg .axis { font-size: 11px; fill: var(--dim); }
svg .count { font-size: 11px; fill: var(--ink); }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .base { stroke: var(--dim); stroke-width: 1; }
svg .bar { fill: var(--bar); }
svg .l0 { fill: #ebedf0; } svg .l1 { fill: #9be9a8; } svg .l2 { fill: #40c463; }
svg .l3 { fill: #30a14e; } svg .l4 { fill: #216e39; }
.calendars svg { margin-bottom: 8px; }
.calendars .range { font-size: 12px; color: var(--dim); margin: 2px 0; }
.legend { margin-top: 4px; }
footer { color: var(--dim); font-size: 12px; margin-top: 18px; }
footer dt { font-weight: 600; display: inline; }
footer dd { display: inline; margin: 0 0 0 4px; }
footer div { margin-bottom: 3px; }
";

/// The whole page.
pub fn page(stats: &Stats, heading: &Heading<'_>) -> String {
    let scope = heading
        .deck
        .map_or_else(|| "all decks".to_string(), |d| format!("deck {d}"));
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n\
         <meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <title>recall stats · {} · {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <header><h1>recall stats</h1><p>{} · {}</p></header>\n",
        esc(heading.date),
        esc(&scope),
        esc(heading.date),
        esc(&scope)
    );
    tiles(&mut out, stats);
    facts(&mut out, stats);
    forecast(&mut out, stats);
    activity(&mut out, stats);
    histograms(&mut out, stats);
    decks(&mut out, stats);
    hardest(&mut out, &stats.hardest);
    footer(&mut out);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// A figure in a table cell or tile: its JSON path, its exact value, and how it reads.
fn figure(path: &str, value: &str, shown: &str) -> String {
    format!(
        "data-figure=\"{}\" data-value=\"{}\">{}",
        esc(path),
        esc(value),
        esc(shown)
    )
}

fn count(path: &str, n: u64) -> String {
    figure(path, &n.to_string(), &group(n))
}

fn rate(path: &str, r: Option<f64>) -> String {
    let exact = r.map_or_else(|| "null".to_string(), |v| v.to_string());
    figure(path, &exact, &percent(r))
}

fn tiles(out: &mut String, s: &Stats) {
    let tile = |body: String, label: &str| {
        format!(
            "<div class=\"tile\"><div class=\"value\" {body}</div><div class=\"label\">{}</div></div>\n",
            esc(label)
        )
    };
    out.push_str("<section class=\"tiles\">\n");
    out.push_str(&tile(count("due.today", s.due.today), "due today"));
    out.push_str(&tile(
        count("streak.current", s.streak.current),
        &format!("day streak · longest {}", group(s.streak.longest)),
    ));
    out.push_str(&tile(
        rate("retention.d30", s.retention.d30),
        "retention, 30 days",
    ));
    out.push_str(&tile(
        count("today.answered", s.today.answered),
        "answered today",
    ));
    out.push_str(&tile(count("cards.total", s.cards.total), "cards"));
    out.push_str("</section>\n");
}

fn facts(out: &mut String, s: &Stats) {
    let row = |label: &str, cell: String| {
        format!(
            "<tr><td>{}</td><td class=\"num\" {cell}</td></tr>",
            esc(label)
        )
    };
    let panel = |out: &mut String, title: &str, rows: Vec<String>| {
        let _ = writeln!(
            out,
            "<div class=\"panel\"><h2>{}</h2><table class=\"facts\">{}</table></div>",
            esc(title),
            rows.concat()
        );
    };
    let t = &s.today;
    let spent = crate::ui::format_duration(std::time::Duration::from_millis(t.time_ms));
    let mut today = vec![
        row("answered", count("today.answered", t.answered)),
        row("new cards seen", count("today.new_seen", t.new_seen)),
        row(
            "time spent",
            figure("today.time_ms", &t.time_ms.to_string(), &spent),
        ),
    ];
    for (grade, n) in t.grades.iter().enumerate().rev() {
        today.push(row(
            &format!("graded {grade}"),
            count(&format!("today.grades.{grade}"), *n),
        ));
    }
    let c = &s.cards;
    let r = &s.retention;
    out.push_str("<section class=\"grid\">\n");
    panel(out, "Today", today);
    panel(
        out,
        "Cards",
        vec![
            row("new", count("cards.new", c.new)),
            row("learning", count("cards.learning", c.learning)),
            row("young (interval < 21 days)", count("cards.young", c.young)),
            row(
                "mature (interval ≥ 21 days)",
                count("cards.mature", c.mature),
            ),
            row("suspended", count("cards.suspended", c.suspended)),
            row("total", count("cards.total", c.total)),
            row("due today", count("due.today", s.due.today)),
            row("due tomorrow", count("due.tomorrow", s.due.tomorrow)),
            row("due within 7 days", count("due.week", s.due.week)),
        ],
    );
    panel(
        out,
        "Reviews",
        vec![
            row("answers, all time", count("reviews.total", s.reviews.total)),
            row("answers today", count("reviews.today", s.reviews.today)),
            row(
                "current streak (days)",
                count("streak.current", s.streak.current),
            ),
            row(
                "longest streak (days)",
                count("streak.longest", s.streak.longest),
            ),
        ],
    );
    panel(
        out,
        "Retention",
        vec![
            row("last 7 days", rate("retention.d7", r.d7)),
            row("last 30 days", rate("retention.d30", r.d30)),
            row("last 365 days", rate("retention.d365", r.d365)),
        ],
    );
    out.push_str("</section>\n");
}

fn forecast(out: &mut String, s: &Stats) {
    let total: u64 = s.forecast.iter().map(|f| f.due).sum();
    let _ = write!(
        out,
        "<section class=\"panel\"><h2>Forecast</h2><p class=\"note\">Cards due on each of the \
         next {} days · {} in all</p>\n{}\n</section>\n",
        s.forecast.len(),
        group(total),
        svg::forecast(&s.forecast)
    );
}

fn activity(out: &mut String, s: &Stats) {
    let active = s.history.iter().filter(|h| h.reviews > 0).count();
    let busiest = s.history.iter().map(|h| h.reviews).max().unwrap_or(0);
    let total: u64 = s.history.iter().map(|h| h.reviews).sum();
    let _ = write!(
        out,
        "<section class=\"panel\"><h2>Activity</h2><p class=\"note\">Answers per day over the \
         last {} · {} · {} with answers · busiest day {}</p>\n\
         <div class=\"calendars\">{}</div>{}\n</section>\n",
        plural(s.history.len() as u64, "day"),
        plural(total, "answer"),
        plural(active as u64, "day"),
        group(busiest),
        svg::calendar(&s.history),
        svg::legend()
    );
}

fn histograms(out: &mut String, s: &Stats) {
    let _ = write!(
        out,
        "<section class=\"grid\">\n\
         <div class=\"panel\"><h2>Intervals</h2><p class=\"note\">Cards by days until their \
         next review (answered, not suspended)</p>{}</div>\n\
         <div class=\"panel\"><h2>Easiness</h2><p class=\"note\">Cards by SM-2 easiness factor \
         (answered, not suspended)</p>{}</div>\n</section>\n",
        svg::histogram(&s.intervals, "Cards by interval in days"),
        svg::histogram(&s.easiness, "Cards by easiness factor")
    );
}

fn decks(out: &mut String, s: &Stats) {
    out.push_str(
        "<section class=\"panel\"><h2>Decks</h2><table><tr><th>Deck</th><th class=\"num\">Total\
         </th><th class=\"num\">New</th><th class=\"num\">Due</th></tr>",
    );
    for d in &s.decks {
        let cell = |field: &str, n: u64| {
            format!(
                "<td class=\"num\" data-field=\"{field}\" data-value=\"{n}\">{}</td>",
                group(n)
            )
        };
        let _ = write!(
            out,
            "<tr data-deck=\"{}\"><td>{}</td>{}{}{}</tr>",
            esc(&d.name),
            esc(&d.name),
            cell("total", d.total),
            cell("new", d.new),
            cell("due", d.due)
        );
    }
    out.push_str("</table></section>\n");
}

fn hardest(out: &mut String, cards: &[HardCard]) {
    let _ = write!(
        out,
        "<section class=\"panel\"><h2>Hardest cards</h2><p class=\"note\">Most lapses first; a \
         card with {LEECH_LAPSES} lapses or more is a leech.</p>"
    );
    if cards.is_empty() {
        out.push_str("<p>No card has lapsed yet.</p></section>\n");
        return;
    }
    out.push_str(
        "<table><tr><th class=\"num\">Lapses</th><th>Card</th><th>Deck</th><th>Front</th>\
         <th class=\"num\">Interval</th><th class=\"num\">Easiness</th></tr>",
    );
    for c in cards {
        let mut tags = String::new();
        if c.leech {
            tags.push_str("<span class=\"tag leech\">leech</span>");
        }
        if c.suspended {
            tags.push_str("<span class=\"tag\">suspended</span>");
        }
        let _ = write!(
            out,
            "<tr data-card=\"{}\" data-leech=\"{}\"><td class=\"num\" data-field=\"lapses\">{}</td>\
             <td><code>{}</code></td><td class=\"deck\">{}</td><td>{}{tags}</td>\
             <td class=\"num\" data-field=\"interval\">{}</td>\
             <td class=\"num\" data-field=\"easiness\">{:.2}</td></tr>",
            esc(&c.id),
            c.leech,
            c.lapses,
            esc(&c.id),
            esc(&c.deck),
            esc(&c.front),
            c.interval,
            c.easiness
        );
    }
    out.push_str("</table></section>\n");
}

fn footer(out: &mut String) {
    out.push_str(
        "<footer><dl>\
         <div><dt>Learning</dt><dd>due today or earlier after a failure, or with a drill (a 4 or 5 \
         after a 3) pending.</dd></div>\
         <div><dt>Young / mature</dt><dd>answered successfully, interval under / from 21 days.</dd></div>\
         <div><dt>Retention</dt><dd>of the scheduled reviews in the window (not drills, not a new \
         card's first answer, not a second answer of a card the same day), the share graded 3 or \
         more.</dd></div>\
         <div><dt>Streak</dt><dd>consecutive days with at least one answer, up to today (or \
         yesterday, before the first answer of the day). Days start at 04:00.</dd></div>\
         </dl><p>Made by recall. The same figures, exactly: <code>recall stats --json</code>.</p>\
         </footer>\n",
    );
}
