//! Aligned text tables for listings; widths are measured as a terminal shows them.

use console::{Alignment, measure_text_width, pad_str, truncate_str};

/// A column: header, and whether numbers are right-aligned.
pub struct Column {
    pub header: &'static str,
    pub right: bool,
    /// Cut cells to this width (with "…"); `None` leaves them whole.
    pub max: Option<usize>,
}

impl Column {
    /// Left-aligned text, whole.
    pub const fn text(header: &'static str) -> Self {
        Self {
            header,
            right: false,
            max: None,
        }
    }

    /// Left-aligned text cut to `max` columns (deck names, card fronts).
    pub const fn cut(header: &'static str, max: usize) -> Self {
        Self {
            header,
            right: false,
            max: Some(max),
        }
    }

    /// A right-aligned number.
    pub const fn number(header: &'static str) -> Self {
        Self {
            header,
            right: true,
            max: None,
        }
    }
}

/// Render rows under headers, columns separated by two spaces, no trailing spaces.
pub fn render(columns: &[Column], rows: &[Vec<String>]) -> String {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .zip(columns)
                .map(|(cell, col)| match col.max {
                    Some(max) => truncate_str(&cell.replace('\n', " "), max, "…").into_owned(),
                    None => cell.replace('\n', " "),
                })
                .collect()
        })
        .collect();
    let widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            cells
                .iter()
                .map(|r| measure_text_width(&r[i]))
                .chain([c.header.len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |row: Vec<&str>| {
        let last = row.len().saturating_sub(1);
        let parts: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                let align = if columns[i].right {
                    Alignment::Right
                } else {
                    Alignment::Left
                };
                if i == last && !columns[i].right {
                    cell.to_string()
                } else {
                    pad_str(cell, widths[i], align, None).into_owned()
                }
            })
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    let mut out = line(columns.iter().map(|c| c.header).collect());
    out.push('\n');
    for row in &cells {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
        out.push('\n');
    }
    out
}

/// Cut text to `width` terminal columns, ending with "…" when cut; newlines become spaces.
pub fn truncate(text: &str, width: usize) -> String {
    truncate_str(&text.replace('\n', " "), width, "…").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_and_truncates() {
        let cols = [
            Column {
                header: "NAME",
                right: false,
                max: None,
            },
            Column {
                header: "N",
                right: true,
                max: None,
            },
            Column {
                header: "TEXT",
                right: false,
                max: Some(6),
            },
        ];
        let rows = vec![
            vec![
                "Vitamine K2".to_string(),
                "45".to_string(),
                "Welk eiwit?".to_string(),
            ],
            vec!["ïj".to_string(), "7".to_string(), "kort".to_string()],
        ];
        assert_eq!(
            render(&cols, &rows),
            "NAME          N  TEXT\nVitamine K2  45  Welk …\nïj            7  kort\n"
        );
    }
}
