//! Cloze deletions in Anki's syntax: `{{c1::answer}}` or `{{c1::answer::hint}}`. A note yields
//! one card per distinct number; on card N the N-deletions are hidden, the others shown.
//! Deletions may nest, as in Anki 2.1.56 and later: in `{{c1::Canberra was {{c2::founded}}}}`
//! card 1 hides the whole phrase and card 2 only "founded".

/// One piece of a cloze text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part<'a> {
    Text(&'a str),
    Deletion {
        number: u32,
        body: Vec<Part<'a>>,
        hint: Option<&'a str>,
    },
}

/// An opening marker `{{cN::` at the start of `text`: its number and length.
fn opening(text: &str) -> Option<(u32, usize)> {
    let after = text.strip_prefix("{{c")?;
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || !after[digits..].starts_with("::") {
        return None;
    }
    let number: u32 = after[..digits].parse().ok().filter(|n| *n > 0)?;
    Some((number, 3 + digits + 2))
}

/// The hint of a deletion: what follows the first `::` of its last piece, when that piece is
/// text (`{{c1::Japans::land}}`).
fn split_hint<'a>(mut body: Vec<Part<'a>>) -> (Vec<Part<'a>>, Option<&'a str>) {
    if let Some(Part::Text(last)) = body.last().cloned()
        && let Some((text, hint)) = last.split_once("::")
    {
        body.pop();
        if !text.is_empty() {
            body.push(Part::Text(text));
        }
        return (body, Some(hint));
    }
    (body, None)
}

fn parse(text: &str) -> Vec<Part<'_>> {
    // Open deletions, innermost last: number, where its marker starts and ends, and the
    // pieces of the enclosing level gathered so far.
    let mut open: Vec<(u32, usize, usize, Vec<Part<'_>>)> = Vec::new();
    let mut parts = Vec::new();
    let mut text_start = 0;
    let mut i = 0;
    while let Some(off) = text[i..].find(['{', '}']) {
        i += off;
        let rest = &text[i..];
        if let Some((number, len)) = opening(rest) {
            if text_start < i {
                parts.push(Part::Text(&text[text_start..i]));
            }
            open.push((number, i, i + len, std::mem::take(&mut parts)));
            i += len;
            text_start = i;
        } else if rest.starts_with("}}") && !open.is_empty() {
            if text_start < i {
                parts.push(Part::Text(&text[text_start..i]));
            }
            if let Some((number, _, _, outer)) = open.pop() {
                let (body, hint) = split_hint(std::mem::replace(&mut parts, outer));
                parts.push(Part::Deletion { number, body, hint });
            }
            i += 2;
            text_start = i;
        } else {
            i += 1;
        }
    }
    if text_start < text.len() {
        parts.push(Part::Text(&text[text_start..]));
    }
    // A deletion never closed is text after all, its marker included.
    while let Some((_, start, end, outer)) = open.pop() {
        let inner = std::mem::replace(&mut parts, outer);
        parts.push(Part::Text(&text[start..end]));
        parts.extend(inner);
    }
    parts
}

fn collect_numbers(parts: &[Part<'_>], out: &mut Vec<u32>) {
    for part in parts {
        if let Part::Deletion { number, body, .. } = part {
            out.push(*number);
            collect_numbers(body, out);
        }
    }
}

/// The distinct deletion numbers in `text`, ascending.
pub fn numbers(text: &str) -> Vec<u32> {
    let mut numbers = Vec::new();
    collect_numbers(&parse(text), &mut numbers);
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

/// Every piece's text, no deletion hidden.
fn plain(parts: &[Part<'_>], out: &mut String) {
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Deletion { body, .. } => plain(body, out),
        }
    }
}

fn render_parts(parts: &[Part<'_>], number: u32, card: &mut ClozeCard, answers: &mut Vec<String>) {
    for part in parts {
        match part {
            Part::Text(t) => {
                card.front.push_str(t);
                card.back.push_str(t);
            }
            Part::Deletion {
                number: n,
                body,
                hint,
            } if *n == number => {
                card.front.push('[');
                card.front.push_str(hint.unwrap_or("..."));
                card.front.push(']');
                let mut answer = String::new();
                plain(body, &mut answer);
                card.back.push_str(&answer);
                answers.push(answer);
            }
            // Shown, but a deletion of this card may be inside it.
            Part::Deletion { body, .. } => render_parts(body, number, card, answers),
        }
    }
}

pub fn render(text: &str, number: u32) -> ClozeCard {
    let mut card = ClozeCard {
        front: String::with_capacity(text.len()),
        back: String::with_capacity(text.len()),
        answer: String::new(),
    };
    let mut answers = Vec::new();
    render_parts(&parse(text), number, &mut card, &mut answers);
    card.answer = answers.join(", ");
    card
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
    fn deletions_nest() {
        let text = "{{c1::Canberra was {{c2::founded}} in {{c3::1913::year}}}}, by law.";
        assert_eq!(numbers(text), vec![1, 2, 3]);
        let c1 = render(text, 1);
        assert_eq!(c1.front, "[...], by law.");
        assert_eq!(c1.back, "Canberra was founded in 1913, by law.");
        assert_eq!(c1.answer, "Canberra was founded in 1913");
        let c2 = render(text, 2);
        assert_eq!(c2.front, "Canberra was [...] in 1913, by law.");
        assert_eq!(c2.answer, "founded");
        let c3 = render(text, 3);
        assert_eq!(c3.front, "Canberra was founded in [year], by law.");
        assert_eq!(c3.answer, "1913");
        // A hint after a nested deletion belongs to the outer one.
        let c = render("{{c1::a {{c2::b}} c::hint}}", 1);
        assert_eq!((c.front.as_str(), c.answer.as_str()), ("[hint]", "a b c"));
        assert_eq!(render("{{c1::a {{c2::b}} c::hint}}", 2).front, "a [...] c");
    }

    #[test]
    fn an_unclosed_outer_deletion_is_text_around_a_closed_inner_one() {
        let text = "{{c1::open {{c2::inner}} end";
        assert_eq!(numbers(text), vec![2]);
        let c = render(text, 2);
        assert_eq!(c.front, "{{c1::open [...] end");
        assert_eq!(c.back, "{{c1::open inner end");
        // Closing braces outside any deletion are text.
        assert_eq!(render("x }} {{c1::y}} }}", 1).front, "x }} [...] }}");
    }

    #[test]
    fn unicode_around_deletions() {
        let c = render("Matrix {{c1::Gla-proteïne}} – μg", 1);
        assert_eq!(c.front, "Matrix [...] – μg");
        assert_eq!(c.answer, "Gla-proteïne");
    }
}
