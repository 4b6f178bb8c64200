//! The typed-answer prompt of `study --mode type`, read key by key in raw mode. dialoguer's
//! `Input` reads keys in a way that raises SIGINT on Ctrl-C and ignores Ctrl-D, so either
//! key ended the session without its summary (or not at all). Here both quit like `:q`.

use std::io;

use console::{Key, Term};

/// What the learner did at the prompt.
#[derive(Debug, PartialEq, Eq)]
pub enum Typed {
    Line(String),
    Quit,
}

/// What one key does to the line being typed.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    Edited,
    Ignored,
    Submit,
    Quit,
}

/// Apply one key: printable characters append, Backspace deletes the last character, Ctrl-U
/// the whole line and Ctrl-W the last word (as a shell does); Enter submits; Ctrl-C and Ctrl-D
/// quit. Other keys (arrows, Tab, Escape) are ignored: answers are short, and a cursor that
/// moves inside a line that may wrap is more than this prompt needs.
fn step(line: &mut String, key: &Key) -> Step {
    match key {
        Key::Enter => Step::Submit,
        Key::CtrlC | Key::Char('\u{3}' | '\u{4}') => Step::Quit,
        Key::Backspace => edited(line.pop().is_some()),
        Key::Char('\u{15}') => edited(!std::mem::take(line).is_empty()),
        Key::Char('\u{17}') => {
            let kept = line.trim_end().rfind(' ').map_or(0, |i| i + 1);
            let changed = kept < line.len();
            line.truncate(kept);
            edited(changed)
        }
        Key::Char(c) if !c.is_control() => {
            line.push(*c);
            Step::Edited
        }
        _ => Step::Ignored,
    }
}

fn edited(changed: bool) -> Step {
    if changed { Step::Edited } else { Step::Ignored }
}

/// The row the cursor is on, counted from the prompt's first row, after writing `width`
/// columns on a terminal `cols` wide. A terminal keeps the cursor on a full row's last column
/// until the next character, so exactly `cols` columns are still row 0.
fn cursor_row(width: usize, cols: usize) -> usize {
    width.saturating_sub(1) / cols.max(1)
}

/// Read one line after `prompt`, echoing it (redrawn whole at each key, so that a line
/// longer than the terminal wraps and shrinks back cleanly). The prompt is erased once the
/// line is read, as the card's back shows what was typed.
pub fn read_line(term: &Term, prompt: &str) -> io::Result<Typed> {
    let _quiet = NoLineDiscipline::new();
    let mut line = String::new();
    let mut row = draw(term, prompt, &line, 0)?;
    loop {
        let key = term.read_key_raw()?;
        match step(&mut line, &key) {
            Step::Ignored => {}
            Step::Edited => row = draw(term, prompt, &line, row)?,
            Step::Submit => {
                erase(term, row)?;
                return Ok(Typed::Line(line));
            }
            Step::Quit => {
                erase(term, row)?;
                return Ok(Typed::Quit);
            }
        }
    }
}

/// While a line is read (or the grade picker waits), the terminal neither turns Ctrl-C into
/// SIGINT nor holds keys back for a whole line. console's `read_key_raw` leaves the cooked
/// mode only while it waits for one key: a Ctrl-C typed while the screen was redrawn between
/// two keys killed recall before its summary. The mode is restored when the guard goes.
pub(super) struct NoLineDiscipline {
    #[cfg(unix)]
    saved: Option<rustix::termios::Termios>,
}

impl NoLineDiscipline {
    #[cfg(unix)]
    pub(super) fn new() -> NoLineDiscipline {
        use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
        let stdin = io::stdin();
        // Not a terminal (tests of the prompt's logic): nothing to change.
        let Ok(saved) = tcgetattr(&stdin) else {
            return NoLineDiscipline { saved: None };
        };
        let mut quiet = saved.clone();
        quiet.local_modes -= LocalModes::ISIG | LocalModes::ICANON | LocalModes::ECHO;
        match tcsetattr(&stdin, OptionalActions::Now, &quiet) {
            Ok(()) => NoLineDiscipline { saved: Some(saved) },
            Err(_) => NoLineDiscipline { saved: None },
        }
    }

    #[cfg(not(unix))]
    pub(super) fn new() -> NoLineDiscipline {
        NoLineDiscipline {}
    }
}

impl Drop for NoLineDiscipline {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(saved) = self.saved.take() {
            let _ = rustix::termios::tcsetattr(
                io::stdin(),
                rustix::termios::OptionalActions::Now,
                &saved,
            );
        }
    }
}

/// Erase the prompt's rows (the cursor is on `row` of them) and write it again with `line`;
/// returns the cursor's new row.
fn draw(term: &Term, prompt: &str, line: &str, row: usize) -> io::Result<usize> {
    erase(term, row)?;
    let text = format!("{prompt}{line}");
    term.write_str(&text)?;
    term.flush()?;
    let cols = usize::from(term.size().1);
    Ok(cursor_row(console::measure_text_width(&text), cols))
}

fn erase(term: &Term, row: usize) -> io::Result<()> {
    term.move_cursor_up(row)?;
    term.write_str("\r")?;
    term.clear_to_end_of_screen()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(keys: &[Key]) -> (String, Vec<Step>) {
        let mut line = String::new();
        let steps = keys.iter().map(|k| step(&mut line, k)).collect();
        (line, steps)
    }

    #[test]
    fn ctrl_c_and_ctrl_d_quit_and_enter_submits() {
        for key in [Key::CtrlC, Key::Char('\u{3}'), Key::Char('\u{4}')] {
            assert_eq!(typed(&[Key::Char('a'), key]).1[1], Step::Quit);
        }
        assert_eq!(typed(&[Key::Enter]).1, vec![Step::Submit]);
    }

    #[test]
    fn keys_edit_the_line_like_a_shell() {
        let word = |s: &str| s.chars().map(Key::Char).collect::<Vec<_>>();
        let mut keys = word("matrix Glx");
        keys.push(Key::Backspace);
        keys.extend(word("a-proteïne"));
        assert_eq!(typed(&keys).0, "matrix Gla-proteïne");
        keys.push(Key::Char('\u{17}'));
        assert_eq!(typed(&keys).0, "matrix ");
        keys.push(Key::Char('\u{15}'));
        assert_eq!(typed(&keys).0, "");
        // Nothing to delete, arrows and Tab: nothing changes, nothing is redrawn.
        let (line, steps) = typed(&[Key::Backspace, Key::ArrowLeft, Key::Tab, Key::Escape]);
        assert_eq!(line, "");
        assert!(steps.iter().all(|s| *s == Step::Ignored));
    }

    #[test]
    fn a_full_row_keeps_the_cursor_on_it() {
        assert_eq!(cursor_row(0, 40), 0);
        assert_eq!(cursor_row(39, 40), 0);
        assert_eq!(cursor_row(40, 40), 0);
        assert_eq!(cursor_row(41, 40), 1);
        assert_eq!(cursor_row(81, 40), 2);
    }
}
