//! Charts as inline SVG for the HTML report: a column chart (the forecast), a calendar
//! heatmap (answers per day) and horizontal histograms. Each mark carries its figure in
//! `data-date` / `data-range` and `data-value` attributes and a `<title>` tooltip, so the page
//! can be checked against the JSON and read by hovering.

use std::fmt::Write;

use chrono::Datelike;

use super::heatmap::{level, week_start};
use super::text::{group, plural};
use super::{Bucket, ForecastDay, HistoryDay};
use crate::model::Day;

/// Escape text for XML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0.
            c if c.is_control() && !matches!(c, '\n' | '\t' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A round step for an axis from 0 to `max` with at most `ticks` steps: 1, 2 or 5 times a
/// power of ten.
pub fn nice_step(max: u64, ticks: u64) -> u64 {
    let rough = max.div_ceil(ticks.max(1)).max(1);
    let mut magnitude = 1u64;
    while magnitude.saturating_mul(10) <= rough {
        magnitude *= 10;
    }
    [1, 2, 5, 10]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|step| *step >= rough)
        .unwrap_or(rough)
}

/// Vertical bars, one per day, with a value axis and a date under every seventh bar.
pub fn forecast(days: &[ForecastDay]) -> String {
    const WIDTH: u64 = 760;
    const HEIGHT: u64 = 240;
    const LEFT: u64 = 48;
    const TOP: u64 = 12;
    const BOTTOM: u64 = 36;
    let plot_w = WIDTH - LEFT - 8;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let max = days.iter().map(|d| d.due).max().unwrap_or(0);
    let step = nice_step(max, 5);
    let top = if max == 0 {
        step
    } else {
        max.div_ceil(step) * step
    };
    let n = days.len().max(1) as u64;
    let slot = plot_w as f64 / n as f64;
    let bar = (slot * 0.72).max(1.0);
    let y = |v: u64| TOP as f64 + plot_h as f64 * (1.0 - v as f64 / top as f64);

    let mut svg = format!(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         role=\"img\" aria-label=\"Cards due on each of the next {} days\">",
        days.len()
    );
    let mut tick = 0;
    while tick <= top {
        let ty = y(tick);
        let _ = write!(
            svg,
            "<line class=\"grid\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{ty:.1}\" y2=\"{ty:.1}\"/>\
             <text class=\"axis\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            WIDTH - 8,
            LEFT - 6,
            ty + 4.0,
            group(tick)
        );
        tick += step;
    }
    for (i, d) in days.iter().enumerate() {
        let x = LEFT as f64 + slot * i as f64 + (slot - bar) / 2.0;
        let top_y = y(d.due);
        let date = d.date.to_string();
        let _ = write!(
            svg,
            "<rect class=\"bar\" x=\"{x:.1}\" y=\"{top_y:.1}\" width=\"{bar:.1}\" height=\"{:.1}\" \
             data-date=\"{date}\" data-value=\"{}\"><title>{}: {} due</title></rect>",
            y(0) - top_y,
            d.due,
            d.date.date().format("%a %-d %b"),
            group(d.due)
        );
        if i % 7 == 0 {
            let _ = write!(
                svg,
                "<text class=\"axis\" x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                x + bar / 2.0,
                HEIGHT - BOTTOM + 18,
                d.date.date().format("%-d %b")
            );
        }
    }
    let _ = write!(
        svg,
        "<line class=\"base\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{:.1}\" y2=\"{:.1}\"/></svg>",
        WIDTH - 8,
        y(0),
        y(0)
    );
    svg
}

/// A calendar of `history` (one entry per day, oldest first, today last): weeks as columns,
/// Monday on top, month names above, shades by quarters of the busiest day. Long histories
/// are drawn as several calendars of at most 53 weeks, newest first.
pub fn calendar(history: &[HistoryDay]) -> String {
    const WEEKS: usize = 53;
    let Some(last) = history.last() else {
        return String::new();
    };
    let max = history.iter().map(|h| h.reviews).max().unwrap_or(0);
    let mut blocks = Vec::new();
    let mut end = last.date;
    loop {
        let first_week = week_start(end).plus(-7 * (WEEKS as i64 - 1));
        let shown: Vec<&HistoryDay> = history
            .iter()
            .filter(|h| h.date >= first_week && h.date <= end)
            .collect();
        if shown.is_empty() {
            break;
        }
        let caption = format!(
            "<div class=\"range\">{} – {}</div>",
            shown[0].date.date().format("%-d %b %Y"),
            end.date().format("%-d %b %Y")
        );
        blocks.push(caption + &calendar_block(&shown, end, max));
        end = first_week.plus(-1);
        if history.first().is_none_or(|f| f.date > end) {
            break;
        }
    }
    if blocks.len() == 1 {
        // One calendar needs no caption: the note above it says what it covers.
        if let Some(i) = blocks[0].find("<svg") {
            return blocks[0][i..].to_string();
        }
    }
    blocks.concat()
}

fn calendar_block(days: &[&HistoryDay], end: Day, max: u64) -> String {
    const CELL: usize = 13;
    const LEFT: usize = 34;
    const TOP: usize = 20;
    let first_week = week_start(days[0].date);
    let weeks = (first_week.days_until(week_start(end)) / 7 + 1) as usize;
    let width = LEFT + weeks * CELL + 4;
    let height = TOP + 7 * CELL + 4;
    let mut svg = format!(
        "<svg class=\"calendar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"Answers per day\">"
    );
    for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri"), (6, "Sun")] {
        let _ = write!(
            svg,
            "<text class=\"axis\" x=\"0\" y=\"{}\">{name}</text>",
            TOP + row * CELL + 10
        );
    }
    let mut previous_month = None;
    for week in 0..weeks {
        let sunday = first_week.plus(7 * week as i64 + 6).date();
        if previous_month != Some(sunday.month()) && week + 2 < weeks {
            let _ = write!(
                svg,
                "<text class=\"axis\" x=\"{}\" y=\"12\">{}</text>",
                LEFT + week * CELL,
                sunday.format("%b")
            );
        }
        previous_month = Some(sunday.month());
    }
    for h in days {
        let offset = first_week.days_until(h.date);
        let (week, row) = ((offset / 7) as usize, (offset % 7) as usize);
        let _ = write!(
            svg,
            "<rect class=\"l{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" \
             data-date=\"{}\" data-value=\"{}\"><title>{}: {} answer{}</title></rect>",
            level(h.reviews, max),
            LEFT + week * CELL,
            TOP + row * CELL,
            CELL - 2,
            CELL - 2,
            h.date,
            h.reviews,
            h.date.date().format("%a %-d %b %Y"),
            group(h.reviews),
            if h.reviews == 1 { "" } else { "s" }
        );
    }
    svg.push_str("</svg>");
    svg
}

/// One horizontal bar per bucket, its label on the left and its count on the right.
pub fn histogram(buckets: &[Bucket], label: &str) -> String {
    const WIDTH: usize = 370;
    const ROW: usize = 22;
    const LEFT: usize = 78;
    const RIGHT: usize = 64;
    let height = buckets.len() * ROW + 8;
    let max = buckets.iter().map(|b| b.count).max().unwrap_or(0);
    let plot = (WIDTH - LEFT - RIGHT) as f64;
    let mut svg = format!(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" \
         role=\"img\" aria-label=\"{}\">",
        esc(label)
    );
    for (i, b) in buckets.iter().enumerate() {
        let y = 4 + i * ROW;
        let w = if max == 0 {
            0.0
        } else {
            plot * b.count as f64 / max as f64
        };
        let _ = write!(
            svg,
            "<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <rect class=\"bar\" x=\"{LEFT}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" \
             data-range=\"{}\" data-value=\"{}\"><title>{}: {}</title></rect>\
             <text class=\"count\" x=\"{:.1}\" y=\"{}\">{}</text>",
            LEFT - 6,
            y + 15,
            esc(&b.range),
            y + 3,
            ROW - 6,
            esc(&b.range),
            b.count,
            esc(&b.range),
            plural(b.count, "card"),
            LEFT as f64 + w + 5.0,
            y + 15,
            group(b.count)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// The shade legend under a calendar.
pub fn legend() -> String {
    let mut svg = String::from(
        "<svg class=\"legend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 150 14\" \
         width=\"150\" height=\"14\" aria-hidden=\"true\">\
         <text class=\"axis\" x=\"0\" y=\"11\">less</text>",
    );
    for i in 0..5 {
        let _ = write!(
            svg,
            "<rect class=\"l{i}\" x=\"{}\" y=\"1\" width=\"11\" height=\"11\" rx=\"2\"/>",
            30 + i * 14
        );
    }
    svg.push_str("<text class=\"axis\" x=\"102\" y=\"11\">more</text></svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("a < b & \"c\" 'd'"),
            "a &lt; b &amp; &quot;c&quot; &#39;d&#39;"
        );
        assert_eq!(esc("x\u{1}y"), "x\u{FFFD}y");
    }

    #[test]
    fn long_histories_become_several_calendars_each_day_drawn_once() {
        let today = Day::from_date(chrono::NaiveDate::from_ymd_opt(2026, 6, 3).unwrap());
        let history: Vec<HistoryDay> = (0..400)
            .map(|i| HistoryDay {
                date: today.plus(i - 399),
                reviews: i as u64 % 7,
            })
            .collect();
        let svg = calendar(&history);
        assert_eq!(svg.matches("<svg").count(), 2);
        assert_eq!(svg.matches("data-date=").count(), 400);
        // Newest first.
        assert!(svg.starts_with("<div class=\"range\">2 Jun 2025 – 3 Jun 2026</div><svg"));
        assert!(svg.contains("<div class=\"range\">30 Apr 2025 – 1 Jun 2025</div><svg"));
        assert!(svg.contains("data-date=\"2026-06-03\" data-value=\"0\""));
        assert!(svg.contains("data-date=\"2026-06-02\" data-value=\"6\""));
        // One calendar: no caption.
        assert!(calendar(&history[300..]).starts_with("<svg"));
    }

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(0, 4), 1);
        assert_eq!(nice_step(3, 4), 1);
        assert_eq!(nice_step(10, 4), 5);
        assert_eq!(nice_step(412, 4), 200);
        assert_eq!(nice_step(1_000, 4), 500);
        assert_eq!(nice_step(90, 4), 50);
    }
}
