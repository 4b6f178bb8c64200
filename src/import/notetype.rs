//! Note types as Anki defines them (fields and card templates) and the rendering of a note's
//! cards into terminal text. Packages bring their own note types; text files name one of
//! Anki's stock types, which are built in here.

use super::html::html_to_text;
use super::template::{Context, Template, answer_part};
use crate::decks::cloze;

#[derive(Debug, Clone)]
pub struct Notetype {
    pub name: String,
    /// A cloze note type: one card per deletion number, all from the first template.
    pub cloze: bool,
    pub fields: Vec<String>,
    pub templates: Vec<CardTemplate>,
}

#[derive(Debug, Clone)]
pub struct CardTemplate {
    pub name: String,
    pub question: Template,
    pub answer: Template,
}

/// A card as recall shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardText {
    pub front: String,
    pub back: String,
    /// What a typed answer is compared with.
    pub answer: String,
}

const BASIC_BACK: &str = "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}";

impl CardTemplate {
    pub fn new(name: &str, question: &str, answer: &str) -> CardTemplate {
        CardTemplate {
            name: name.to_string(),
            question: Template::parse(question),
            answer: Template::parse(answer),
        }
    }
}

impl Notetype {
    /// Anki's stock note type called `name` (compared without case), or, for any other name,
    /// a Basic-like type showing the first field on the front and the second on the back.
    /// `fields` names the fields of an unknown type.
    pub fn stock(name: &str, fields: &[String]) -> Notetype {
        let lower = name.to_lowercase();
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (cloze, field_names, templates) = if lower.contains("cloze") {
            (
                true,
                names(&["Text", "Back Extra"]),
                vec![CardTemplate::new(
                    "Cloze",
                    "{{cloze:Text}}",
                    "{{cloze:Text}}<br>\n{{Back Extra}}",
                )],
            )
        } else if lower.contains("optional reversed") {
            (
                false,
                names(&["Front", "Back", "Add Reverse"]),
                vec![
                    CardTemplate::new("Card 1", "{{Front}}", BASIC_BACK),
                    CardTemplate::new(
                        "Card 2",
                        "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
                        "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}",
                    ),
                ],
            )
        } else if lower.contains("reversed") {
            (
                false,
                names(&["Front", "Back"]),
                vec![
                    CardTemplate::new("Card 1", "{{Front}}", BASIC_BACK),
                    CardTemplate::new(
                        "Card 2",
                        "{{Back}}",
                        "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}",
                    ),
                ],
            )
        } else if lower.contains("type in") {
            (
                false,
                names(&["Front", "Back"]),
                vec![CardTemplate::new(
                    "Card 1",
                    "{{Front}}\n\n{{type:Back}}",
                    "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}",
                )],
            )
        } else if lower == "basic" || fields.len() < 2 {
            (
                false,
                names(&["Front", "Back"]),
                vec![CardTemplate::new("Card 1", "{{Front}}", BASIC_BACK)],
            )
        } else {
            let q = format!("{{{{{}}}}}", fields[0]);
            let a = format!(
                "{{{{FrontSide}}}}\n\n<hr id=answer>\n\n{{{{{}}}}}",
                fields[1]
            );
            (
                false,
                fields.to_vec(),
                vec![CardTemplate::new("Card 1", &q, &a)],
            )
        };
        Notetype {
            name: name.to_string(),
            cloze,
            fields: field_names,
            templates,
        }
    }

    /// The cards a note of this type has: template numbers whose front is not empty, or for
    /// a cloze type the deletion numbers less one.
    pub fn card_ords(&self, values: &[&str], tags: &str, deck: &str) -> Vec<u32> {
        if self.cloze {
            let mut numbers: Vec<u32> = values.iter().flat_map(|v| cloze::numbers(v)).collect();
            numbers.sort_unstable();
            numbers.dedup();
            return numbers.into_iter().map(|n| n - 1).collect();
        }
        (0..self.templates.len())
            .filter_map(|i| u32::try_from(i).ok())
            .filter(|&ord| self.render(values, ord, tags, deck).is_some())
            .collect()
    }

    /// Every card a note of this type has, rendered.
    pub fn cards(&self, values: &[&str], tags: &str, deck: &str) -> Vec<(u32, CardText)> {
        let ords: Vec<u32> = if self.cloze {
            self.card_ords(values, tags, deck)
        } else {
            (0..self.templates.len())
                .filter_map(|i| u32::try_from(i).ok())
                .collect()
        };
        ords.into_iter()
            .filter_map(|ord| Some((ord, self.render(values, ord, tags, deck)?)))
            .collect()
    }

    /// Card `ord` of a note with field values `values` (HTML); `None` when that card would be
    /// empty (no template, no such cloze number, or a blank front).
    pub fn render(&self, values: &[&str], ord: u32, tags: &str, deck: &str) -> Option<CardText> {
        let index = if self.cloze { 0 } else { ord as usize };
        let template = self.templates.get(index)?;
        let number = ord.checked_add(1)?;
        if self.cloze && !values.iter().any(|v| cloze::numbers(v).contains(&number)) {
            return None;
        }
        let fields: Vec<(&str, &str)> = self
            .fields
            .iter()
            .enumerate()
            .map(|(i, name)| (name.as_str(), values.get(i).copied().unwrap_or("")))
            .collect();
        let ctx = Context {
            fields: &fields,
            tags,
            notetype: &self.name,
            deck,
            card_name: &template.name,
            cloze: self.cloze.then_some(number),
        };
        let question = template.question.question(&ctx);
        let front = html_to_text(&question.html);
        if front.is_empty() {
            return None;
        }
        let answer_side = template.answer.answer(&ctx, &question.html);
        let back = html_to_text(answer_part(&answer_side.html, &question.html));
        let answer = match question.typed.or(answer_side.typed) {
            Some(typed) => typed,
            None if self.cloze => {
                let answers: Vec<String> = values
                    .iter()
                    .filter(|v| cloze::numbers(v).contains(&number))
                    .map(|v| html_to_text(&cloze::render(v, number).answer))
                    .collect();
                answers.join(", ")
            }
            None => back.clone(),
        };
        Some(CardText {
            front,
            back,
            answer,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(nt: &Notetype, values: &[&str], ord: u32) -> Option<(String, String, String)> {
        nt.render(values, ord, "", "D")
            .map(|c| (c.front, c.back, c.answer))
    }

    #[test]
    fn stock_basic_and_reversed() {
        let nt = Notetype::stock("Basic (and reversed card)", &[]);
        let v = ["chien", "dog"];
        assert_eq!(nt.card_ords(&v, "", "D"), vec![0, 1]);
        assert_eq!(
            card(&nt, &v, 1).unwrap(),
            ("dog".into(), "chien".into(), "chien".into())
        );
        let basic = Notetype::stock("basic", &[]);
        assert_eq!(
            card(&basic, &["<b>Q</b>", "A<br>B"], 0).unwrap(),
            ("Q".into(), "A\nB".into(), "A\nB".into())
        );
        assert_eq!(card(&basic, &["", "A"], 0), None);
    }

    #[test]
    fn optional_reverse_only_when_filled() {
        let nt = Notetype::stock("Basic (optional reversed card)", &[]);
        assert_eq!(nt.card_ords(&["a", "b", ""], "", "D"), vec![0]);
        assert_eq!(nt.card_ords(&["a", "b", "y"], "", "D"), vec![0, 1]);
    }

    #[test]
    fn cloze_cards_and_extra() {
        let nt = Notetype::stock("Cloze", &[]);
        let v = [
            "The {{c1::mitochondria}} is the {{c2::powerhouse::organelle role}}",
            "bio",
        ];
        assert_eq!(nt.card_ords(&v, "", "D"), vec![0, 1]);
        assert_eq!(
            card(&nt, &v, 1).unwrap(),
            (
                "The mitochondria is the [organelle role]".into(),
                "The mitochondria is the powerhouse\nbio".into(),
                "powerhouse".into()
            )
        );
        assert_eq!(card(&nt, &v, 2), None);
    }

    #[test]
    fn type_in_the_answer() {
        let nt = Notetype::stock("Basic (type in the answer)", &[]);
        assert_eq!(
            card(&nt, &["Capital of France?", "Paris"], 0).unwrap(),
            ("Capital of France?".into(), "Paris".into(), "Paris".into())
        );
    }

    #[test]
    fn unknown_types_show_their_first_two_fields() {
        let fields = vec![
            "Word".to_string(),
            "Meaning".to_string(),
            "Notes".to_string(),
        ];
        let nt = Notetype::stock("Vocab", &fields);
        assert_eq!(
            card(&nt, &["Hund", "dog", "x"], 0).unwrap(),
            ("Hund".into(), "dog".into(), "dog".into())
        );
    }
}
