//! A progress bar on stderr for long imports, shown only when stderr is a terminal.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Imports of more notes than this get a bar.
pub const MIN_NOTES: usize = 5000;

/// A bar, or nothing (not a terminal, or a small job).
pub struct Progress(Option<ProgressBar>);

impl Progress {
    pub fn new(total: usize, what: &str) -> Progress {
        if total <= MIN_NOTES || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} notes ({eta})")
            .map(|s| s.progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar.set_message(what.to_string());
        Progress(Some(bar))
    }

    pub fn advance(&self, notes: usize) {
        if let Some(bar) = &self.0 {
            bar.inc(notes as u64);
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
