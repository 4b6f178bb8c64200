//! Terminal bar charts from Unicode block characters: a vertical chart with a value axis and
//! date ticks (the forecast), and a one-line sparkline (the dashboard).

use super::{Paint, Role};

/// Lower eighth blocks: index n is a bar n/8 of a cell high.
const EIGHTHS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// A column chart `height` rows high, one value per column, each column two characters wide
/// (the bar and a gap). `ticks` are labels under given columns (index, text); a label that
/// would run into the previous one is left out. Returns lines without trailing spaces.
pub fn columns(
    values: &[u64],
    ticks: &[(usize, String)],
    height: usize,
    paint: &dyn Paint,
) -> Vec<String> {
    let height = height.max(1);
    let max = values.iter().copied().max().unwrap_or(0);
    let top = max.to_string();
    let axis_width = top.len();
    let eighths: Vec<usize> = values.iter().map(|v| scaled(*v, max, height * 8)).collect();
    let mut lines = Vec::with_capacity(height + 2);
    for row in (0..height).rev() {
        let label = if row + 1 == height { top.as_str() } else { "" };
        let mut bars = String::new();
        for e in &eighths {
            let filled = e.saturating_sub(row * 8).min(8);
            bars.push(EIGHTHS[filled]);
            bars.push(' ');
        }
        let tick = if row + 1 == height { "┤" } else { "│" };
        lines.push(
            format!(
                "{} {}{}",
                paint.paint(Role::Dim, &format!("{label:>axis_width$}")),
                paint.paint(Role::Dim, tick),
                paint.paint(Role::Bar, bars.trim_end())
            )
            .trim_end()
            .to_string(),
        );
    }
    lines.push(paint.paint(
        Role::Dim,
        &format!("{:>axis_width$} └{}", "0", "─".repeat(values.len() * 2)),
    ));
    let margin = axis_width + 2;
    let mut under = String::new();
    let mut used = 0;
    for (column, text) in ticks {
        let at = margin + column * 2;
        if at < used || (used > 0 && at < used + 1) {
            continue;
        }
        under.push_str(&" ".repeat(at - used));
        under.push_str(text);
        used = at + text.chars().count();
    }
    if !under.is_empty() {
        lines.push(paint.paint(Role::Dim, &under));
    }
    lines
}

/// One character per value: nothing for 0, then ▁ to █ in proportion to the largest value.
pub fn sparkline(values: &[u64], paint: &dyn Paint) -> String {
    let max = values.iter().copied().max().unwrap_or(0);
    let line: String = values.iter().map(|v| EIGHTHS[scaled(*v, max, 8)]).collect();
    paint.paint(Role::Bar, &line)
}

/// `value / max` of `steps`, rounded up, so that any value above 0 shows.
fn scaled(value: u64, max: u64, steps: usize) -> usize {
    if max == 0 || value == 0 {
        return 0;
    }
    let steps = steps as u128;
    let n = (u128::from(value) * steps).div_ceil(u128::from(max));
    n.min(steps) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::Plain;

    #[test]
    fn columns_scale_to_the_largest_value_in_eighths() {
        let lines = columns(
            &[8, 0, 3, 16],
            &[(0, "a".into()), (2, "b".into())],
            2,
            &Plain,
        );
        assert_eq!(
            lines,
            ["16 ┤      █", "   │█   ▃ █", " 0 └────────", "    a   b",]
        );
    }

    #[test]
    fn ticks_that_would_overlap_are_left_out() {
        let lines = columns(
            &[1, 1, 1],
            &[(0, "June".into()), (1, "X".into())],
            1,
            &Plain,
        );
        assert_eq!(lines.last().unwrap(), "   June");
    }

    #[test]
    fn sparkline_shows_zero_as_blank_and_any_value_as_at_least_one_eighth() {
        assert_eq!(sparkline(&[0, 1, 100, 50], &Plain), " ▁█▄");
        assert_eq!(sparkline(&[0, 0], &Plain), "  ");
        assert_eq!(sparkline(&[], &Plain), "");
    }
}
