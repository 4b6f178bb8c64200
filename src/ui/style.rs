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

/// Colours for the statistics' roles; plain text when colour is off.
#[derive(Debug, Clone, Copy, Default)]
pub struct Painter;

impl crate::stats::Paint for Painter {
    fn paint(&self, role: crate::stats::Role, text: &str) -> String {
        use crate::stats::Role;
        let styled = match role {
            Role::Title | Role::Figure => style(text).bold(),
            Role::Dim => style(text).dim(),
            Role::Bar => style(text).cyan(),
            Role::Heat(1) => style(text).green().dim(),
            Role::Heat(2) => style(text).green(),
            Role::Heat(3) => style(text).green().bright(),
            Role::Heat(_) => style(text).green().bright().bold(),
            Role::Warn => style(text).red().bold(),
        };
        styled.to_string()
    }
}
