//! The previous `html_to_text` (one `String` per line, a lower-case copy of every tag name),
//! kept for tests only: the faster one must give exactly the same text.

use super::{decode_entities, find_ci, sound_tags};

const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tr",
    "ul",
];

/// Builds the text line by line.
struct Out {
    lines: Vec<String>,
    line: String,
    space: bool,
}

impl Out {
    fn text(&mut self, text: &str) {
        for ch in text.chars() {
            if ch.is_whitespace() && ch != '\u{a0}' {
                self.space = true;
            } else {
                if self.space && !self.line.is_empty() {
                    self.line.push(' ');
                }
                self.space = false;
                self.line.push(if ch == '\u{a0}' { ' ' } else { ch });
            }
        }
    }

    /// A `<br>`: always a new line.
    fn hard_break(&mut self) {
        let line = std::mem::take(&mut self.line);
        self.lines.push(line.trim_end().to_string());
        self.space = false;
    }

    /// A block boundary: a new line unless the current one is empty.
    fn soft_break(&mut self) {
        if !self.line.trim().is_empty() {
            self.hard_break();
        }
        self.space = false;
    }

    fn finish(mut self) -> String {
        self.hard_break();
        let lines: Vec<&str> = self.lines.iter().map(|l| l.trim()).collect();
        let start = lines
            .iter()
            .position(|l| !l.is_empty())
            .unwrap_or(lines.len());
        let end = lines
            .iter()
            .rposition(|l| !l.is_empty())
            .map_or(start, |e| e + 1);
        lines[start..end].join("\n")
    }
}

/// The text a reader sees in `html`.
pub fn html_to_text(html: &str) -> String {
    // Most fields are plain single-spaced text: nothing to do but trim.
    let plain = !html
        .bytes()
        .any(|b| matches!(b, b'<' | b'&' | b'[' | b'\n' | b'\r' | b'\t'))
        && !html.contains("  ")
        && !html.chars().any(|c| c.is_whitespace() && c != ' ');
    if plain {
        return html.trim().to_string();
    }
    let mut out = Out {
        lines: Vec::new(),
        line: String::new(),
        space: false,
    };
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.text(&decode_entities(&sound_tags(&rest[..lt])));
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(tag) = parse_tag(rest) else {
            // A lone '<' is text.
            out.text("<");
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        let name = tag.name.as_str();
        match name {
            "br" => out.hard_break(),
            "img" => {
                if let Some(src) = tag.attr("src") {
                    out.text(&format!(" [image: {}] ", decode_entities(src).trim()));
                }
            }
            "audio" | "video" | "source" if !tag.closing => {
                if let Some(src) = tag.attr("src") {
                    out.text(&format!(" [sound: {}] ", decode_entities(src).trim()));
                }
            }
            "script" | "style" if !tag.closing => {
                let close = format!("</{name}");
                rest = find_ci(rest, &close).map_or("", |e| {
                    rest[e..].find('>').map_or("", |g| &rest[e + g + 1..])
                });
            }
            "td" | "th" if tag.closing => out.text(" "),
            _ if BLOCKS.contains(&name) => out.soft_break(),
            _ => {}
        }
    }
    out.text(&decode_entities(&sound_tags(rest)));
    out.finish()
}

struct Tag<'a> {
    name: String,
    closing: bool,
    attrs: &'a str,
    /// Bytes from '<' to '>' included.
    len: usize,
}

impl Tag<'_> {
    /// The value of attribute `key` (quoted or not), undecoded.
    fn attr(&self, key: &str) -> Option<&str> {
        let bytes = self.attrs.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            let name_start = i;
            while i < bytes.len()
                && !bytes[i].is_ascii_whitespace()
                && bytes[i] != b'='
                && bytes[i] != b'/'
            {
                i += 1;
            }
            let name = &self.attrs[name_start..i];
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = "";
            if i < bytes.len() && bytes[i] == b'=' {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                    let quote = bytes[i];
                    let start = i + 1;
                    let end = self.attrs[start..]
                        .bytes()
                        .position(|b| b == quote)
                        .map_or(bytes.len(), |e| start + e);
                    value = &self.attrs[start..end];
                    i = (end + 1).min(bytes.len());
                } else {
                    let start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    value = &self.attrs[start..i];
                }
            }
            if name.eq_ignore_ascii_case(key) {
                return Some(value);
            }
            if name.is_empty() {
                i += 1;
            }
        }
        None
    }
}

/// A tag at the start of `text` (which starts with '<'); `None` when it is not one.
fn parse_tag(text: &str) -> Option<Tag<'_>> {
    let bytes = text.as_bytes();
    let mut i = 1;
    let closing = bytes.get(1) == Some(&b'/');
    if closing {
        i += 1;
    }
    if !bytes
        .get(i)
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'!')
    {
        return None;
    }
    let name_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'!') {
        i += 1;
    }
    let name = text[name_start..i].to_ascii_lowercase();
    let attrs_start = i;
    // Find the closing '>' outside quotes.
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        match (quote, bytes[i]) {
            (None, b'>') => break,
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (Some(q), b) if b == q => quote = None,
            _ => {}
        }
        i += 1;
    }
    if i >= bytes.len() {
        return None;
    }
    Some(Tag {
        name,
        closing,
        attrs: &text[attrs_start..i],
        len: i + 1,
    })
}
