//! Talking to the learner during `study`: a dialoguer/console front end for terminals, and
//! the plain line protocol of `shared/design/cli.md` for everything else. The only module that
//! uses dialoguer and console.

mod line_input;
mod plain;
pub mod progress;
pub mod style;
pub mod table;
mod text;
mod tty;

use std::io;
use std::time::Duration;

pub use plain::PlainUi;
pub use text::{count, describe_due, format_duration, grade_counts};
pub use tty::TtyUi;

use crate::answer::Verdict;
use crate::model::{Card, Day, Grade};
use crate::scheduler::Outcome;
use crate::session::{Progress, Tally};

/// Colour on stdout and stderr, for every module that prints (set once by `commands`).
pub fn set_colors(enabled: bool) {
    console::set_colors_enabled(enabled);
    console::set_colors_enabled_stderr(enabled);
}

/// Whether stdout supports colour (a terminal that is not "dumb").
pub fn stdout_supports_color() -> bool {
    console::Term::stdout().features().colors_supported()
}

/// What the learner did on the front of a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrontAction {
    /// Show the back; with what was typed, in type mode.
    Reveal {
        typed: Option<String>,
    },
    Undo,
    Suspend,
    Quit,
}

/// What the learner did on the back of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackAction {
    Grade(Grade),
    Undo,
    Suspend,
    Quit,
}

/// A card as the session shows it.
pub struct CardView<'a> {
    pub card: &'a Card,
    pub progress: Progress,
    pub today: Day,
    /// The answer will be typed rather than recalled silently.
    pub typing: bool,
}

/// The end of a session.
pub struct Summary {
    pub tally: Tally,
    pub elapsed: Duration,
    pub today: Day,
    /// Cards still waiting when the session stopped.
    pub left: usize,
    /// The next day with due cards after today, and how many.
    pub next_due: Option<(Day, usize)>,
    /// New cards beyond today's limit (in the studied decks).
    pub new_waiting: usize,
    /// How many of them (up to ten) no sibling holds back: what `study --new N` would show now.
    pub new_ready: usize,
    /// After a run capped by `--new`/`--reviews`: the cards `recall study` would show now,
    /// within the daily limits (0 for an uncapped run, which held them all).
    pub more_today: usize,
}

pub trait StudyUi {
    fn front(&mut self, view: &CardView<'_>) -> io::Result<FrontAction>;
    fn back(
        &mut self,
        view: &CardView<'_>,
        verdict: Option<(Verdict, &str)>,
        outcomes: &[Outcome; 6],
        suggested: Option<Grade>,
    ) -> io::Result<BackAction>;
    /// After a grade: where the card went.
    fn graded(&mut self, outcome: &Outcome) -> io::Result<()>;
    /// A one-line message (undo, suspend, a conflict).
    fn notice(&mut self, text: &str) -> io::Result<()>;
    fn summary(&mut self, summary: &Summary) -> io::Result<()>;
    /// After the last card's answer: whether the learner wants it undone (a slip of the
    /// finger on the last card could not be taken back otherwise). The line protocol ends.
    fn undo_the_last(&mut self) -> io::Result<bool> {
        Ok(false)
    }
}

/// Ask a yes/no question on the terminal (default: no).
pub fn confirm(question: &str) -> std::io::Result<bool> {
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|dialoguer::Error::IO(e)| e)
}
