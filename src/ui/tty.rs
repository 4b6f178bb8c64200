//! The interactive front end: keys read with console (dialoguer's terminal layer), typed
//! answers with recall's own raw-mode prompt (`line_input`), and a grade picker that also takes
//! digits as shortcuts.

use std::io;

use console::{Key, Style, Term};

use super::line_input::{NoLineDiscipline, Typed, read_line};
use super::text::{graded, summary_lines};
use super::{BackAction, CardView, FrontAction, StudyUi, Summary};
use crate::answer::Verdict;
use crate::model::Grade;
use crate::scheduler::Outcome;

pub struct TtyUi {
    term: Term,
    /// Where the previous card went, shown above the next one (the screen is cleared per card).
    last: Option<String>,
    dim: Style,
    strong: Style,
    good: Style,
    bad: Style,
    accent: Style,
}

impl Default for TtyUi {
    fn default() -> Self {
        Self::new()
    }
}

impl TtyUi {
    pub fn new() -> Self {
        TtyUi {
            term: Term::stdout(),
            last: None,
            dim: Style::new().dim(),
            strong: Style::new().bold(),
            good: Style::new().green(),
            bad: Style::new().red(),
            accent: Style::new().cyan().bold(),
        }
    }

    fn line(&self, text: &str) -> io::Result<()> {
        self.term.write_line(text)
    }

    /// One key press. Ctrl-C comes back as a key rather than console's SIGINT, so that it ends
    /// the session like `q`, with the summary (every answer is saved already).
    fn read_key(&self) -> io::Result<Key> {
        self.term.read_key_raw()
    }

    /// Erase lines written last. On a narrow terminal a line can take several rows, and
    /// clearing one row per line would leave the top of a wrapped picker on the screen.
    fn clear_lines(&self, lines: &[&str]) -> io::Result<()> {
        let cols = usize::from(self.term.size().1);
        let rows = lines.iter().map(|l| screen_rows(l, cols)).sum();
        self.term.clear_last_lines(rows)
    }

    /// Text indented by two spaces, wrapped at word boundaries to the terminal's width.
    fn block(&self, text: &str, style: &Style) -> io::Result<()> {
        let width = usize::from(self.term.size().1).clamp(20, 100) - 4;
        for line in wrap(text, width) {
            self.line(&format!("  {}", style.apply_to(line)))?;
        }
        Ok(())
    }

    fn picker_lines(&self, outcomes: &[Outcome; 6], selected: usize) -> Vec<String> {
        let width = Grade::ALL
            .iter()
            .map(|g| g.meaning().chars().count())
            .max()
            .unwrap_or(0);
        outcomes
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let text = format!(
                    "{}  {:<width$}  → {}",
                    o.grade,
                    o.grade.meaning(),
                    o,
                    width = width
                );
                if i == selected {
                    format!(
                        "{} {}",
                        self.accent.apply_to("›"),
                        self.accent.apply_to(text)
                    )
                } else {
                    format!("  {text}")
                }
            })
            .collect()
    }

    /// Arrows or j/k and Enter, or a digit directly; u, s, q for the other actions.
    fn pick_grade(&self, outcomes: &[Outcome; 6], default: usize) -> io::Result<BackAction> {
        let mut selected = default.min(5);
        let hint = self
            .dim
            .apply_to("  ↑↓/jk and Enter, or 0-5 · u undo · s suspend · q quit")
            .to_string();
        let question = format!("  {}", self.strong.apply_to("How well did you remember?"));
        // keys pressed while the picker is redrawn are keys too (Ctrl-C included)
        let _keys = NoLineDiscipline::new();
        self.line(&question)?;
        let mut lines = self.picker_lines(outcomes, selected);
        for l in &lines {
            self.line(l)?;
        }
        self.line(&hint)?;
        let action = loop {
            let key = self.read_key()?;
            let action = match key {
                Key::Char(c @ '0'..='5') => {
                    Some(BackAction::Grade(Grade::ALL[usize::from(c as u8 - b'0')]))
                }
                Key::Enter | Key::Char(' ') => Some(BackAction::Grade(Grade::ALL[selected])),
                Key::ArrowUp | Key::Char('k') => {
                    selected = selected.saturating_sub(1);
                    None
                }
                Key::ArrowDown | Key::Char('j') => {
                    selected = (selected + 1).min(5);
                    None
                }
                Key::Char('u') => Some(BackAction::Undo),
                Key::Char('s') => Some(BackAction::Suspend),
                k if is_quit(&k) => Some(BackAction::Quit),
                _ => None,
            };
            if let Some(action) = action {
                break action;
            }
            self.clear_lines(&picker_and_hint(&lines, &hint))?;
            lines = self.picker_lines(outcomes, selected);
            for l in &lines {
                self.line(l)?;
            }
            self.line(&hint)?;
        };
        let mut shown = vec![question.as_str()];
        shown.extend(picker_and_hint(&lines, &hint));
        self.clear_lines(&shown)?;
        Ok(action)
    }
}

/// q, Escape, Ctrl-C and Ctrl-D (end of input, as on the plain protocol) quit.
fn is_quit(key: &Key) -> bool {
    matches!(key, Key::Char('q' | '\u{4}') | Key::Escape | Key::CtrlC)
}

fn picker_and_hint<'a>(lines: &'a [String], hint: &'a str) -> Vec<&'a str> {
    lines.iter().map(String::as_str).chain([hint]).collect()
}

/// How many terminal rows a written line takes: a line wider than the terminal wraps.
fn screen_rows(line: &str, cols: usize) -> usize {
    console::measure_text_width(line)
        .div_ceil(cols.max(1))
        .max(1)
}

/// Greedy word wrap by terminal columns; a word longer than `width` gets a line of its own.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let needed = console::measure_text_width(&line) + 1 + console::measure_text_width(word);
            if !line.is_empty() && needed > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

impl StudyUi for TtyUi {
    fn front(&mut self, view: &CardView<'_>) -> io::Result<FrontAction> {
        let p = view.progress;
        let mut header = format!("{}/{} · {}", p.finished, p.total, view.card.deck);
        if p.repeats_left > 0 {
            header.push_str(&format!(" · {} to repeat", p.repeats_left));
        }
        header.push_str(&format!(" · {}", view.card.state(view.today).as_str()));
        self.term.clear_screen()?;
        if let Some(last) = self.last.take() {
            self.line(&last)?;
        }
        self.line("")?;
        self.line(&self.dim.apply_to(header).to_string())?;
        self.line("")?;
        self.block(&view.card.front, &self.strong)?;
        self.line("")?;
        if view.typing {
            // The keys go on a line of their own, so that the prompt stays short on a narrow
            // terminal.
            self.line(
                &self
                    .dim
                    .apply_to("  :q quit · :u undo · :s suspend")
                    .to_string(),
            )?;
            let prompt = format!("  {} ", self.accent.apply_to("Your answer ›"));
            let typed = match read_line(&self.term, &prompt)? {
                Typed::Line(typed) => typed,
                Typed::Quit => return Ok(FrontAction::Quit),
            };
            return Ok(match typed.trim() {
                ":q" => FrontAction::Quit,
                ":u" => FrontAction::Undo,
                ":s" => FrontAction::Suspend,
                _ => FrontAction::Reveal { typed: Some(typed) },
            });
        }
        let hint = self
            .dim
            .apply_to("  Enter show answer · u undo · s suspend · q quit")
            .to_string();
        self.line(&hint)?;
        let action = loop {
            match self.read_key()? {
                Key::Enter | Key::Char(' ') => break FrontAction::Reveal { typed: None },
                Key::Char('u') => break FrontAction::Undo,
                Key::Char('s') => break FrontAction::Suspend,
                k if is_quit(&k) => break FrontAction::Quit,
                _ => {}
            }
        };
        self.clear_lines(&[&hint])?;
        Ok(action)
    }

    fn back(
        &mut self,
        view: &CardView<'_>,
        verdict: Option<(Verdict, &str)>,
        outcomes: &[Outcome; 6],
        suggested: Option<Grade>,
    ) -> io::Result<BackAction> {
        if let Some((verdict, typed)) = verdict {
            let line = match verdict {
                Verdict::Correct => self.good.apply_to("✓ correct".to_string()),
                Verdict::Near => self
                    .good
                    .apply_to(format!("≈ almost: you typed \"{typed}\"")),
                Verdict::Wrong => self.bad.apply_to(format!("✗ you typed \"{typed}\"")),
                Verdict::Empty => self.bad.apply_to("✗ no answer typed".to_string()),
            };
            self.line(&format!("  {line}"))?;
        }
        let card = view.card;
        if card.answer != card.back && !card.answer.trim().is_empty() {
            // A cloze's back is its whole text: the deleted words on a line of their own show
            // what was asked, also where no colour marks them.
            self.block(&card.answer, &self.good.clone().bold())?;
            self.block(&card.back, &Style::new())?;
        } else {
            self.block(&card.back, &self.good.clone().bold())?;
        }
        if let Some(context) = &view.card.context {
            self.line("")?;
            self.block(context, &self.dim.clone().italic())?;
            if let Some(source) = &view.card.source {
                self.line(&format!("  {}", self.dim.apply_to(format!("— {source}"))))?;
            }
        }
        self.line("")?;
        let default = usize::from(suggested.map_or(4, Grade::value));
        self.pick_grade(outcomes, default)
    }

    fn graded(&mut self, outcome: &Outcome) -> io::Result<()> {
        let text = format!(
            "  {} {}",
            self.accent
                .apply_to(format!("{} {}", outcome.grade, outcome.grade.meaning())),
            self.dim.apply_to(format!("→ {}", graded(outcome)))
        );
        self.line(&text)?;
        self.last = Some(text);
        Ok(())
    }

    fn notice(&mut self, text: &str) -> io::Result<()> {
        let text = format!("  {}", self.dim.apply_to(text));
        self.line(&text)?;
        self.last = Some(text);
        Ok(())
    }

    fn undo_the_last(&mut self) -> io::Result<bool> {
        let hint = self
            .dim
            .apply_to("  That was the last card · u undo · any other key to finish")
            .to_string();
        self.line(&hint)?;
        let undo = self.read_key()? == Key::Char('u');
        self.clear_lines(&[&hint])?;
        Ok(undo)
    }

    fn summary(&mut self, summary: &Summary) -> io::Result<()> {
        self.line("")?;
        for (i, line) in summary_lines(summary).into_iter().enumerate() {
            let styled = if i == 0 {
                self.strong.apply_to(line)
            } else {
                self.dim.apply_to(line)
            };
            self.line(&styled.to_string())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{screen_rows, wrap};

    #[test]
    fn a_line_wider_than_the_terminal_takes_several_rows() {
        assert_eq!(screen_rows("", 40), 1);
        assert_eq!(screen_rows(&"x".repeat(40), 40), 1);
        assert_eq!(screen_rows(&"x".repeat(41), 40), 2);
        // colour codes take no room, a multi-byte letter one column
        assert_eq!(screen_rows("\u{1b}[2mproteïne\u{1b}[0m", 8), 1);
        assert_eq!(screen_rows("abc", 0), 3);
    }

    #[test]
    fn wraps_at_words() {
        assert_eq!(wrap("een twee drie vier", 9), ["een twee", "drie vier"]);
        assert_eq!(wrap("a\n\nb", 10), ["a", "", "b"]);
        assert_eq!(wrap("superlongword x", 4), ["superlongword", "x"]);
        assert_eq!(wrap("proteïne μg", 11), ["proteïne μg"]);
    }
}
