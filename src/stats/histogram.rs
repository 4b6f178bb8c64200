//! Terminal histograms: one row per bucket, a horizontal bar in eighths of a character, the
//! count after it.

use super::text::group;
use super::{Bucket, Paint, Role};

/// Left eighth blocks: index n is a bar n/8 of a cell wide.
const EIGHTHS: [&str; 9] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"];

/// Rows `LABEL BAR COUNT`, bars at most `bar_width` characters for the largest count. Each row
/// is `width(buckets, bar_width)` columns wide (padded), so two histograms can stand side by
/// side.
pub fn rows(buckets: &[Bucket], bar_width: usize, paint: &dyn Paint) -> Vec<String> {
    let label_width = buckets
        .iter()
        .map(|b| b.range.chars().count())
        .max()
        .unwrap_or(0);
    let count_width = count_width(buckets);
    let max = buckets.iter().map(|b| b.count).max().unwrap_or(0);
    buckets
        .iter()
        .map(|b| {
            let eighths = scaled(b.count, max, bar_width * 8);
            let mut bar = "█".repeat(eighths / 8);
            bar.push_str(EIGHTHS[eighths % 8]);
            let pad = bar_width - bar.chars().count();
            format!(
                "{} {}{} {:>count_width$}",
                paint.paint(Role::Dim, &format!("{:>label_width$}", b.range)),
                paint.paint(Role::Bar, &bar),
                " ".repeat(pad),
                group(b.count)
            )
        })
        .collect()
}

/// Columns every row of [`rows`] takes.
pub fn width(buckets: &[Bucket], bar_width: usize) -> usize {
    let label_width = buckets
        .iter()
        .map(|b| b.range.chars().count())
        .max()
        .unwrap_or(0);
    label_width + 1 + bar_width + 1 + count_width(buckets)
}

fn count_width(buckets: &[Bucket]) -> usize {
    buckets
        .iter()
        .map(|b| group(b.count).len())
        .max()
        .unwrap_or(1)
}

fn scaled(value: u64, max: u64, steps: usize) -> usize {
    if max == 0 || value == 0 {
        return 0;
    }
    let steps = steps as u128;
    (u128::from(value) * steps)
        .div_ceil(u128::from(max))
        .min(steps) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::Plain;

    fn b(range: &str, count: u64) -> Bucket {
        Bucket {
            range: range.into(),
            count,
        }
    }

    #[test]
    fn counts_are_grouped() {
        let lines = rows(&[b("1", 12_345), b("2", 7)], 1, &Plain);
        assert_eq!(lines, ["1 █ 12,345", "2 ▏      7"]);
    }

    #[test]
    fn bars_are_padded_to_one_width() {
        let buckets = [b("1", 16), b("2-3", 3), b("4+", 0)];
        let lines = rows(&buckets, 2, &Plain);
        assert_eq!(lines, ["  1 ██ 16", "2-3 ▍   3", " 4+     0"]);
        assert!(
            lines
                .iter()
                .all(|l| l.chars().count() == width(&buckets, 2))
        );
    }
}
