//! Cloze deletions in Anki's syntax: `{{c1::answer}}` or `{{c1::answer::hint}}`. A note yields
//! one card per distinct number; on card N the N-deletions are hidden, the others shown.

/// One piece of a cloze text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part<'a> {
    Text(&'a str),
    Deletion {
        number: u32,
        answer: &'a str,
        hint: Option<&'a str>,
    },
}

fn parse(text: &str) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{c") {
        let after = &rest[start + 3..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let deletion = (digits > 0 && after[digits..].starts_with("::"))
            .then(|| {
                let body_start = digits + 2;
                let end = after[body_start..].find("}}")?;
                let number: u32 = after[..digits].parse().ok().filter(|n| *n > 0)?;
                let body = &after[body_start..body_start + end];
                let (answer, hint) = match body.split_once("::") {
                    Some((a, h)) => (a, Some(h)),
                    None => (body, None),
                };
                Some((number, answer, hint, 3 + body_start + end + 2))
            })
            .flatten();
        match deletion {
            Some((number, answer, hint, len)) => {
                if start > 0 {
                    parts.push(Part::Text(&rest[..start]));
                }
                parts.push(Part::Deletion {
                    number,
                    answer,
                    hint,
                });
                rest = &rest[start + len..];
            }
            None => {
                // Not a deletion after all: keep "{{c" as text and look further on.
                parts.push(Part::Text(&rest[..start + 3]));
                rest = &rest[start + 3..];
            }
        }
    }
    if !rest.is_empty() {
        parts.push(Part::Text(rest));
    }
    parts
}

/// The distinct deletion numbers in `text`, ascending.
pub fn numbers(text: &str) -> Vec<u32> {
    let mut numbers: Vec<u32> = parse(text)
        .iter()
        .filter_map(|p| match p {
            Part::Deletion { number, .. } => Some(*number),
            Part::Text(_) => None,
        })
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

/// A rendered cloze card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClozeCard {
    /// The text with deletion `number` hidden as `[...]` (or `[hint]`).
    pub front: String,
    /// The full text.
    pub back: String,
    /// The hidden text(s), joined with ", ".
    pub answer: String,
}

pub fn render(text: &str, number: u32) -> ClozeCard {
    let mut front = String::with_capacity(text.len());
    let mut back = String::with_capacity(text.len());
    let mut answers = Vec::new();
    for part in parse(text) {
        match part {
            Part::Text(t) => {
                front.push_str(t);
                back.push_str(t);
            }
            Part::Deletion {
                number: n,
                answer,
                hint,
            } if n == number => {
                front.push('[');
                front.push_str(hint.unwrap_or("..."));
                front.push(']');
                back.push_str(answer);
                answers.push(answer);
            }
            Part::Deletion { answer, .. } => {
                front.push_str(answer);
                back.push_str(answer);
            }
        }
    }
    ClozeCard {
        front,
        back,
        answer: answers.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_card_per_number() {
        let text = "{{c2::MK-7}} heeft een {{c1::langere halfwaardetijd}} dan {{c2::MK-4}}.";
        assert_eq!(numbers(text), vec![1, 2]);
        let c1 = render(text, 1);
        assert_eq!(c1.front, "MK-7 heeft een [...] dan MK-4.");
        assert_eq!(c1.back, "MK-7 heeft een langere halfwaardetijd dan MK-4.");
        assert_eq!(c1.answer, "langere halfwaardetijd");
        let c2 = render(text, 2);
        assert_eq!(
            c2.front,
            "[...] heeft een langere halfwaardetijd dan [...]."
        );
        assert_eq!(c2.answer, "MK-7, MK-4");
    }

    #[test]
    fn hints_show_in_the_gap() {
        let c = render("Natto is {{c1::Japans::land}}.", 1);
        assert_eq!(c.front, "Natto is [land].");
        assert_eq!(c.answer, "Japans");
    }

    #[test]
    fn malformed_markers_stay_text() {
        assert!(numbers("no {{c::x}} {{cx::y}} {{c0::z}} {{c1::open").is_empty());
        let c = render("a {{c::x}} b {{c1::y}}", 1);
        assert_eq!(c.front, "a {{c::x}} b [...]");
        assert_eq!(c.back, "a {{c::x}} b y");
    }

    #[test]
    fn unicode_around_deletions() {
        let c = render("Matrix {{c1::Gla-proteïne}} – μg", 1);
        assert_eq!(c.front, "Matrix [...] – μg");
        assert_eq!(c.answer, "Gla-proteïne");
    }
}
