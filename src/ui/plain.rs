//! The plain study protocol (stdin is not a terminal, or `--plain`): the front, one line for
//! the typed answer, the back, one line for the grade. Everything on stdout, flushed before
//! every read, so a program driving recall sees each front before it answers.

use std::io::{self, BufRead, Write};

use super::text::{graded, summary_lines};
use super::{BackAction, CardView, FrontAction, StudyUi, Summary};
use crate::answer::Verdict;
use crate::model::Grade;
use crate::scheduler::Outcome;

pub struct PlainUi<R, W> {
    input: R,
    out: W,
}

impl<R: BufRead, W: Write> PlainUi<R, W> {
    pub fn new(input: R, out: W) -> Self {
        PlainUi { input, out }
    }

    /// One line without its line ending; `None` at end of input.
    fn read_line(&mut self, prompt: &str) -> io::Result<Option<String>> {
        write!(self.out, "{prompt}")?;
        self.out.flush()?;
        let mut bytes = Vec::new();
        if self.input.read_until(b'\n', &mut bytes)? == 0 {
            writeln!(self.out)?;
            return Ok(None);
        }
        // Bytes that are not UTF-8 cannot be a grade; as a typed answer they compare as
        // replacement characters. Either way the session goes on.
        let mut line = String::from_utf8_lossy(&bytes).into_owned();
        while line.ends_with(['\n', '\r']) {
            line.pop();
        }
        Ok(Some(line))
    }
}

/// "0-2 again today · 3 again today, then 1 day · 4 1 day · 5 1 day": grades with the same
/// outcome text are grouped.
fn intervals_line(outcomes: &[Outcome; 6]) -> String {
    let mut groups: Vec<(u8, u8, String)> = Vec::new();
    for o in outcomes {
        let text = o.to_string();
        let g = o.grade.value();
        match groups.last_mut() {
            Some((_, last, t)) if *t == text => *last = g,
            _ => groups.push((g, g, text)),
        }
    }
    groups
        .into_iter()
        .map(|(a, b, t)| {
            if a == b {
                format!("{a} {t}")
            } else {
                format!("{a}-{b} {t}")
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

impl<R: BufRead, W: Write> StudyUi for PlainUi<R, W> {
    fn front(&mut self, view: &CardView<'_>) -> io::Result<FrontAction> {
        let p = view.progress;
        let mut header = format!(
            "── {} · {} · {}/{} done",
            view.card.deck,
            view.card.state(view.today).as_str(),
            p.finished,
            p.total
        );
        if p.repeats_left > 0 {
            header.push_str(&format!(" · {} to repeat", p.repeats_left));
        }
        writeln!(self.out, "\n{header}")?;
        writeln!(self.out, "Q: {}", view.card.front)?;
        match self.read_line("answer> ")? {
            None => Ok(FrontAction::Quit),
            // The terminal's type-mode commands; a bare `q` stays an answer, as the line is one.
            Some(typed) if typed.trim() == ":q" => Ok(FrontAction::Quit),
            Some(typed) if typed.trim() == ":u" => Ok(FrontAction::Undo),
            Some(typed) if typed.trim() == ":s" => Ok(FrontAction::Suspend),
            Some(typed) => {
                let typed = (view.typing || !typed.trim().is_empty()).then_some(typed);
                Ok(FrontAction::Reveal { typed })
            }
        }
    }

    fn back(
        &mut self,
        view: &CardView<'_>,
        verdict: Option<(Verdict, &str)>,
        outcomes: &[Outcome; 6],
        suggested: Option<Grade>,
    ) -> io::Result<BackAction> {
        writeln!(self.out, "A: {}", view.card.back)?;
        if let Some((verdict, typed)) = verdict {
            let line = match verdict {
                Verdict::Correct => "typed: correct".to_string(),
                Verdict::Near => format!("typed: almost (\"{typed}\")"),
                Verdict::Wrong => format!("typed: wrong (\"{typed}\")"),
                Verdict::Empty => "typed: nothing".to_string(),
            };
            writeln!(self.out, "{line}")?;
        }
        if let Some(context) = &view.card.context {
            match &view.card.source {
                Some(source) => writeln!(self.out, "context: {context} ({source})")?,
                None => writeln!(self.out, "context: {context}")?,
            }
        }
        writeln!(self.out, "intervals: {}", intervals_line(outcomes))?;
        let prompt = match suggested {
            Some(g) => format!("grade 0-5 [{g}]> "),
            None => "grade 0-5> ".to_string(),
        };
        loop {
            let Some(line) = self.read_line(&prompt)? else {
                return Ok(BackAction::Quit);
            };
            let line = line.trim();
            match (line, suggested) {
                ("", Some(g)) => return Ok(BackAction::Grade(g)),
                ("q", _) => return Ok(BackAction::Quit),
                ("u", _) => return Ok(BackAction::Undo),
                ("s", _) => return Ok(BackAction::Suspend),
                _ => {}
            }
            if let Some(g) = line.parse::<u8>().ok().and_then(Grade::new) {
                return Ok(BackAction::Grade(g));
            }
            let shown: String = line.chars().take(20).filter(|c| !c.is_control()).collect();
            let cut = if line.chars().count() > 20 { "…" } else { "" };
            writeln!(
                self.out,
                "recall: '{shown}{cut}' is not a grade: type a digit 0-5 (q quits, u undoes the \
                 last answer, s suspends this card)"
            )?;
        }
    }

    fn graded(&mut self, outcome: &Outcome) -> io::Result<()> {
        writeln!(self.out, "→ {}", graded(outcome))
    }

    fn notice(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")
    }

    fn summary(&mut self, summary: &Summary) -> io::Result<()> {
        writeln!(self.out)?;
        for line in summary_lines(summary) {
            writeln!(self.out, "{line}")?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Day, Sm2};
    use crate::scheduler::{Config, next_states};

    #[test]
    fn intervals_are_grouped() {
        let o = next_states(&Sm2::NEW, Day(0), &Config::default());
        assert_eq!(
            intervals_line(&o),
            "0-2 again today · 3 again today, then 1 day · 4-5 1 day"
        );
    }
}
