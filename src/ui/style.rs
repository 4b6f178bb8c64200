//! Styling for the non-interactive commands, so that they need not know the terminal crate.
//! Colour follows [`super::set_colors`]; without it these return the plain text.

use console::{Alignment, pad_str, style};

pub fn bold(text: &str) -> String {
    style(text).bold().to_string()
}

pub fn accent(text: &str) -> String {
    style(text).cyan().bold().to_string()
}

pub fn dim(text: &str) -> String {
    style(text).dim().to_string()
}

/// Terminal columns the text takes (wide characters count twice, escapes not at all).
pub fn width(text: &str) -> usize {
    console::measure_text_width(text)
}

/// Left-align in `width` columns, cutting with "…" when longer.
pub fn pad(text: &str, width: usize) -> String {
    pad_str(text, width, Alignment::Left, Some("…")).into_owned()
}
