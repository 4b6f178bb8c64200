//! Anki's card templates: `{{Field}}`, `{{#Field}}…{{/Field}}`, `{{^Field}}…{{/Field}}`,
//! `{{FrontSide}}`, filters such as `{{cloze:Text}}`, `{{type:Back}}`, `{{text:Field}}` and
//! `{{hint:Field}}`, and the special fields (`Tags`, `Deck`, `Subdeck`, `Type`, `Card`).
//! Templates are parsed once per note type and rendered for every card; the result is HTML
//! (turned into terminal text by the caller).

use super::html::{escape, find_ci, html_to_text};
use crate::decks::cloze;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Text(String),
    Field {
        name: String,
        /// Outermost first, as written: `{{a:b:F}}` is `[a, b]`, applied b then a.
        filters: Vec<String>,
    },
    Section {
        name: String,
        inverted: bool,
        body: Vec<Node>,
    },
}

/// A parsed template.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Template {
    nodes: Vec<Node>,
}

/// What a card is rendered from.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// Field names and their HTML, in the note type's order.
    pub fields: &'a [(&'a str, &'a str)],
    /// Tags, space-separated.
    pub tags: &'a str,
    pub notetype: &'a str,
    pub deck: &'a str,
    pub card_name: &'a str,
    /// The cloze number this card shows (ord + 1) for a cloze note type.
    pub cloze: Option<u32>,
}

/// A rendered side.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    /// What a typed answer is compared with, when the template asks for one (`{{type:…}}`),
    /// as text.
    pub typed: Option<String>,
}

impl Template {
    pub fn parse(src: &str) -> Template {
        let mut stack: Vec<(String, bool, Vec<Node>)> = Vec::new();
        let mut nodes: Vec<Node> = Vec::new();
        let mut rest = src;
        while let Some(open) = rest.find("{{") {
            let Some(close) = rest[open + 2..].find("}}") else {
                break;
            };
            if open > 0 {
                nodes.push(Node::Text(rest[..open].to_string()));
            }
            let tag = rest[open + 2..open + 2 + close].trim();
            rest = &rest[open + 2 + close + 2..];
            if let Some(name) = tag.strip_prefix('#') {
                stack.push((name.trim().to_string(), false, std::mem::take(&mut nodes)));
            } else if let Some(name) = tag.strip_prefix('^') {
                stack.push((name.trim().to_string(), true, std::mem::take(&mut nodes)));
            } else if let Some(name) = tag.strip_prefix('/') {
                // Close the matching section (and any left open inside it).
                if stack.iter().any(|(n, _, _)| n == name.trim()) {
                    while let Some((open_name, inverted, outer)) = stack.pop() {
                        let body = std::mem::replace(&mut nodes, outer);
                        let done = open_name == name.trim();
                        nodes.push(Node::Section {
                            name: open_name,
                            inverted,
                            body,
                        });
                        if done {
                            break;
                        }
                    }
                }
            } else if tag.starts_with('!') || tag.is_empty() {
                // A comment.
            } else {
                let mut parts: Vec<&str> = tag.split(':').collect();
                let name = parts.pop().unwrap_or_default().trim().to_string();
                nodes.push(Node::Field {
                    name,
                    filters: parts.into_iter().map(|f| f.trim().to_string()).collect(),
                });
            }
        }
        if !rest.is_empty() {
            nodes.push(Node::Text(rest.to_string()));
        }
        while let Some((name, inverted, outer)) = stack.pop() {
            let body = std::mem::replace(&mut nodes, outer);
            nodes.push(Node::Section {
                name,
                inverted,
                body,
            });
        }
        Template { nodes }
    }

    /// Render the question side.
    pub fn question(&self, ctx: &Context<'_>) -> Rendered {
        let mut out = Rendered::with_room(ctx, 0);
        render(&self.nodes, ctx, true, None, &mut out);
        out
    }

    /// Render the answer side; `front_side` is the rendered question.
    pub fn answer(&self, ctx: &Context<'_>, front_side: &str) -> Rendered {
        let mut out = Rendered::with_room(ctx, front_side.len());
        render(&self.nodes, ctx, false, Some(front_side), &mut out);
        out
    }

    /// Whether the template uses `field` anywhere (directly, in a filter or a section).
    pub fn mentions(&self, field: &str) -> bool {
        fn walk(nodes: &[Node], field: &str) -> bool {
            nodes.iter().any(|n| match n {
                Node::Text(_) => false,
                Node::Field { name, .. } => name == field,
                Node::Section { name, body, .. } => name == field || walk(body, field),
            })
        }
        walk(&self.nodes, field)
    }
}

impl Rendered {
    /// Room for the fields and some template text: most sides need no more.
    fn with_room(ctx: &Context<'_>, extra: usize) -> Rendered {
        let fields: usize = ctx.fields.iter().map(|(_, v)| v.len()).sum();
        Rendered {
            html: String::with_capacity(fields + extra + 64),
            typed: None,
        }
    }
}

fn field_value<'a>(ctx: &Context<'a>, name: &str, front_side: Option<&'a str>) -> Option<&'a str> {
    if let Some((_, v)) = ctx.fields.iter().find(|(n, _)| *n == name) {
        return Some(v);
    }
    Some(match name {
        "FrontSide" => front_side.unwrap_or(""),
        "Tags" => ctx.tags,
        "Type" => ctx.notetype,
        "Deck" => ctx.deck,
        "Subdeck" => ctx.deck.rsplit("::").next().unwrap_or(ctx.deck),
        "Card" => ctx.card_name,
        "CardFlag" | "CardID" => "",
        _ => return None,
    })
}

fn nonempty(html: &str) -> bool {
    !html.trim().is_empty() && !html_to_text(html).trim().is_empty()
}

fn render(
    nodes: &[Node],
    ctx: &Context<'_>,
    question: bool,
    front_side: Option<&str>,
    out: &mut Rendered,
) {
    for node in nodes {
        match node {
            Node::Text(t) => out.html.push_str(t),
            Node::Section {
                name,
                inverted,
                body,
            } => {
                let shown = match name.strip_prefix('c').and_then(|n| n.parse::<u32>().ok()) {
                    Some(n) if ctx.cloze.is_some() => ctx.cloze == Some(n),
                    _ => field_value(ctx, name, front_side).is_some_and(nonempty),
                };
                if shown != *inverted {
                    render(body, ctx, question, front_side, out);
                }
            }
            Node::Field { name, filters } => {
                let Some(value) = field_value(ctx, name, front_side) else {
                    continue;
                };
                apply_filters(value, filters, ctx, question, out);
            }
        }
    }
}

fn apply_filters(
    value: &str,
    filters: &[String],
    ctx: &Context<'_>,
    question: bool,
    out: &mut Rendered,
) {
    if filters.is_empty() {
        out.html.push_str(value);
        return;
    }
    let mut text = value.to_string();
    // Applied innermost (rightmost) first.
    for filter in filters.iter().rev() {
        let filter = filter.as_str();
        text = match filter {
            "cloze" => match ctx.cloze {
                Some(n) => {
                    let card = cloze::render(&text, n);
                    if question { card.front } else { card.back }
                }
                None => text,
            },
            "cloze-only" => match ctx.cloze {
                Some(n) => cloze::render(&text, n).answer,
                None => text,
            },
            "type" => {
                // `{{type:cloze:Text}}` compares with the deleted text of this card.
                let expected = match (filters.iter().any(|f| f == "cloze"), ctx.cloze) {
                    (true, Some(n)) => cloze::render(value, n).answer,
                    _ => text.clone(),
                };
                let expected = html_to_text(&expected);
                out.typed = Some(expected.clone());
                if question {
                    String::new()
                } else {
                    escape(&expected)
                }
            }
            "text" => escape(&html_to_text(&text)),
            // hint, furigana, kana, kanji, tts ..., edit and unknown filters: the text itself.
            _ => text,
        };
    }
    out.html.push_str(&text);
}

/// The answer part of a rendered answer side: what follows `<hr id=answer>` when the template
/// has it, else the side without a leading copy of the question.
pub fn answer_part<'a>(answer: &'a str, question: &str) -> &'a str {
    for marker in ["<hr id=answer", "<hr id=\"answer\"", "<hr id='answer'"] {
        if let Some(pos) = find_ci(answer, marker)
            && let Some(end) = memchr::memchr(b'>', &answer.as_bytes()[pos..])
        {
            return &answer[pos + end + 1..];
        }
    }
    if !question.is_empty()
        && let Some(rest) = answer.strip_prefix(question)
    {
        return rest;
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx<'a>(fields: &'a [(&'a str, &'a str)], cloze: Option<u32>) -> Context<'a> {
        Context {
            fields,
            tags: "geo europe",
            notetype: "Basic",
            deck: "A::B",
            card_name: "Card 1",
            cloze,
        }
    }

    #[test]
    fn basic_front_and_back() {
        let fields = [("Front", "chien"), ("Back", "dog")];
        let c = ctx(&fields, None);
        let q = Template::parse("{{Front}}").question(&c);
        assert_eq!(q.html, "chien");
        let a = Template::parse("{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}").answer(&c, &q.html);
        assert_eq!(a.html, "chien\n\n<hr id=answer>\n\ndog");
        assert_eq!(answer_part(&a.html, &q.html).trim(), "dog");
    }

    #[test]
    fn sections_follow_the_field() {
        let fields = [("Front", "a"), ("Back", "b"), ("Add Reverse", "")];
        let c = ctx(&fields, None);
        let t = Template::parse("{{#Add Reverse}}{{Back}}{{/Add Reverse}}");
        assert_eq!(t.question(&c).html, "");
        let t =
            Template::parse("{{^Add Reverse}}none{{/Add Reverse}} {{#Front}}[{{Front}}]{{/Front}}");
        assert_eq!(t.question(&c).html, "none [a]");
        let fields = [("Front", "a"), ("Add Reverse", "<br>")];
        let c = ctx(&fields, None);
        assert_eq!(
            Template::parse("{{#Add Reverse}}x{{/Add Reverse}}")
                .question(&c)
                .html,
            ""
        );
    }

    #[test]
    fn cloze_and_type_filters() {
        let fields = [
            ("Text", "{{c1::Paris}} is in {{c2::France::country}}"),
            ("Back Extra", ""),
        ];
        let c = ctx(&fields, Some(2));
        let t = Template::parse("{{cloze:Text}}");
        assert_eq!(t.question(&c).html, "Paris is in [country]");
        assert_eq!(t.answer(&c, "").html, "Paris is in France");
        let typed = Template::parse("{{cloze:Text}}{{type:cloze:Text}}").question(&c);
        assert_eq!(typed.typed.as_deref(), Some("France"));
        let fields = [("Front", "Q"), ("Back", "<b>A</b>")];
        let c = ctx(&fields, None);
        let q = Template::parse("{{Front}} {{type:Back}}").question(&c);
        assert_eq!((q.html.as_str(), q.typed.as_deref()), ("Q ", Some("A")));
    }

    #[test]
    fn special_fields_and_unknowns() {
        let fields = [("Front", "<i>x</i>")];
        let c = ctx(&fields, None);
        let t = Template::parse(
            "{{Deck}}|{{Subdeck}}|{{Tags}}|{{Nope}}|{{text:Front}}|{{hint:Front}}|{{!c}}",
        );
        assert_eq!(t.question(&c).html, "A::B|B|geo europe||x|<i>x</i>|");
        assert!(t.mentions("Front"));
        assert!(!t.mentions("Back"));
    }
}
