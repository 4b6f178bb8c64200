//! Anki fields are HTML; a terminal shows text. Tags are dropped, `<br>` and block elements
//! become line breaks, entities are decoded, runs of spaces collapse as a browser would, and
//! media become placeholders: `[image: name]`, `[sound: name]`.

/// Elements that start and end a line.
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

/// Builds the text line by line, in one buffer: finished lines (without trailing spaces)
/// separated by `\n`, then the line being built.
struct Out {
    buf: String,
    /// Where the line being built starts in `buf`.
    line_start: usize,
    space: bool,
}

impl Out {
    fn text(&mut self, text: &str) {
        for ch in text.chars() {
            if ch.is_whitespace() && ch != '\u{a0}' {
                self.space = true;
            } else {
                if self.space && self.buf.len() > self.line_start {
                    self.buf.push(' ');
                }
                self.space = false;
                self.buf.push(if ch == '\u{a0}' { ' ' } else { ch });
            }
        }
    }

    /// A `<br>`: always a new line.
    fn hard_break(&mut self) {
        let kept = self.buf[self.line_start..].trim_end().len();
        self.buf.truncate(self.line_start + kept);
        self.buf.push('\n');
        self.line_start = self.buf.len();
        self.space = false;
    }

    /// A block boundary: a new line unless the current one is empty.
    fn soft_break(&mut self) {
        if !self.buf[self.line_start..].trim().is_empty() {
            self.hard_break();
        }
        self.space = false;
    }

    /// The lines, each trimmed, without empty lines at the start and end.
    fn finish(mut self) -> String {
        self.hard_break();
        let mut text = self.buf;
        // Only a no-break space can start a line with a space.
        if text.starts_with(' ') || text.contains("\n ") {
            text = text
                .split('\n')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join("\n");
        }
        let end = text.trim_end_matches('\n').len();
        text.truncate(end);
        let start = text.len() - text.trim_start_matches('\n').len();
        text.drain(..start);
        text
    }
}

/// `name` in lower case, in `buf`; empty when longer than any element name recall knows.
fn lower<'b>(name: &str, buf: &'b mut [u8; 16]) -> &'b str {
    let Some(slot) = buf.get_mut(..name.len()) else {
        return "";
    };
    slot.copy_from_slice(name.as_bytes());
    slot.make_ascii_lowercase();
    std::str::from_utf8(slot).unwrap_or("")
}

/// The text a reader sees in `html`.
pub fn html_to_text(html: &str) -> String {
    // Most fields are plain single-spaced text: nothing to do but trim. Whitespace at either
    // end (a rendered side often starts or ends with new lines) is dropped either way.
    let inner = html.trim_matches(|c: char| c.is_whitespace() && c != '\u{a0}');
    if plain(inner) {
        return inner.to_string();
    }
    slow_html_to_text(html)
}

/// Whether `text` reads as it is: no markup, entity, sound marker, line break or other
/// whitespace than single spaces (`Out` would give it back unchanged, trimmed).
fn plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Eight bytes at a time while they are ASCII and none of them is one of those markers or
    // the second of two spaces (exact per byte; see `plain_bytes` for the rest).
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const LOWS: u64 = u64::from_le_bytes([0x7f; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    // 0x80 in each byte of `x` that is zero, nothing elsewhere.
    let zero = |x: u64| !(((x & LOWS).wrapping_add(LOWS)) | x) & HIGHS;
    let is = |x: u64, b: u8| zero(x ^ (ONES * u64::from(b)));
    let mut chunks = bytes.chunks_exact(8);
    // Whether the byte before the current word was a space.
    let mut space_before = false;
    let mut done = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        if x & HIGHS != 0 {
            break;
        }
        // ASCII only: 0x80 in each byte below 0x0e and in each byte below 0x09.
        let below = |n: u8| !((x | HIGHS).wrapping_sub(ONES * u64::from(n))) & HIGHS;
        let control = below(0x0e) & !below(0x09);
        let spaces = is(x, b' ');
        // A space whose byte before is one too (the first byte's is the last word's).
        let second_space = spaces & ((spaces << 8) | (u64::from(space_before) << 7));
        if (is(x, b'<') | is(x, b'&') | is(x, b'[') | control | second_space) != 0 {
            return false;
        }
        space_before = word[7] == b' ';
        done += 8;
    }
    plain_bytes(&bytes[done..], space_before) && (done == bytes.len() || plain_rest(text, done))
}

/// Whether a text of which the first `done` bytes were found plain (ASCII) is plain as a
/// whole: what `plain_bytes` decided for the rest, with its non-ASCII whitespace test.
fn plain_rest(text: &str, done: usize) -> bool {
    let rest = &text.as_bytes()[done..];
    rest.is_ascii() || !text[done..].chars().any(|c| c.is_whitespace() && c != ' ')
}

/// [`plain`] byte by byte, for bytes after a space (`space`) or not, without its final test
/// of non-ASCII whitespace (done by the caller).
fn plain_bytes(bytes: &[u8], mut space: bool) -> bool {
    for &b in bytes {
        match b {
            b'<' | b'&' | b'[' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => return false,
            b' ' if space => return false,
            b' ' => space = true,
            _ => space = false,
        }
    }
    true
}

/// [`html_to_text`] without its shortcut for plain text.
fn slow_html_to_text(html: &str) -> String {
    let mut out = Out {
        buf: String::with_capacity(html.len()),
        line_start: 0,
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
        let mut name_buf = [0u8; 16];
        let name = lower(tag.name, &mut name_buf);
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

/// Anki's `[sound:name]` markers as placeholders.
fn sound_tags(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("[sound:") {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(start) = rest.find("[sound:") {
        let Some(end) = rest[start..].find(']') else {
            break;
        };
        out.push_str(&rest[..start]);
        let name = rest[start + 7..start + end].trim();
        out.push_str(&format!(" [sound: {name}] "));
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out.into()
}

/// Where `needle` first occurs in `haystack`, ignoring ASCII case.
pub(super) fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    let first = *needle.first()?;
    if first.is_ascii_alphabetic() {
        return hay
            .windows(needle.len())
            .position(|w| w.eq_ignore_ascii_case(needle));
    }
    // The first byte has no case: jump from one occurrence of it to the next.
    let mut from = 0;
    while let Some(i) = memchr::memchr(first, &hay[from..]) {
        let at = from + i;
        if hay.len() - at < needle.len() {
            return None;
        }
        if hay[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

struct Tag<'a> {
    /// As written (any case).
    name: &'a str,
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
    let name = &text[name_start..i];
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

/// Decode `&amp;`, `&#39;`, `&#x1F600;` and the named entities that occur in practice;
/// anything else stays as written.
pub fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .char_indices()
            .take(32)
            .find(|(_, c)| !c.is_ascii_alphanumeric() && *c != '#')
            .map(|(i, c)| (i + 1, c));
        let decoded = match end {
            Some((end, ';')) => entity(&rest[1..end]).map(|c| (c, end + 1)),
            _ => None,
        };
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// Whether `text` (starting with '&') starts with an entity this module decodes.
fn entity_at(text: &str) -> bool {
    text[1..]
        .char_indices()
        .take(32)
        .find(|(_, c)| !c.is_ascii_alphanumeric() && *c != '#')
        .is_some_and(|(i, c)| c == ';' && entity(&text[1..i + 1]).is_some())
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "times" => '×',
        "divide" => '÷',
        "plusmn" => '±',
        "euro" => '€',
        "pound" => '£',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "harr" => '↔',
        "rArr" => '⇒',
        "le" => '≤',
        "ge" => '≥',
        "ne" => '≠',
        "minus" => '−',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "ccedil" => 'ç',
        "shy" => '\u{ad}',
        "zwj" => '\u{200d}',
        "zwnj" => '\u{200c}',
        _ => return None,
    })
}

/// Plain text as HTML, the way Anki stores a field from a text file without HTML: special
/// characters escaped, line breaks as `<br>`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether a field looks like HTML (a tag or an entity), as Anki guesses for text files.
pub fn looks_like_html(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        (b == b'<' && parse_tag(&text[i..]).is_some()) || (b == b'&' && entity_at(&text[i..]))
    })
}

mod page;
#[cfg(test)]
mod reference;

pub use page::page_to_text;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_line_breaks_stay() {
        assert_eq!(
            html_to_text("<b>Bold</b> question with <i>italics</i>"),
            "Bold question with italics"
        );
        assert_eq!(
            html_to_text("Answer with<br>line break"),
            "Answer with\nline break"
        );
        assert_eq!(
            html_to_text("Multi-line<div>second line</div><div>third line</div>"),
            "Multi-line\nsecond line\nthird line"
        );
        assert_eq!(
            html_to_text("<ul><li>one</li><li>two</li></ul>"),
            "one\ntwo"
        );
        assert_eq!(html_to_text("a<br><br>b"), "a\n\nb");
        assert_eq!(html_to_text("H<sub>2</sub>O is"), "H2O is");
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            html_to_text("water &amp; ice &lt;solid&gt;"),
            "water & ice <solid>"
        );
        assert_eq!(
            html_to_text("a&nbsp;b &#39;c&#x27; &#128578; &bogus; & x"),
            "a b 'c' 🙂 &bogus; & x"
        );
    }

    #[test]
    fn media_become_placeholders() {
        assert_eq!(
            html_to_text("Image card <img src=\"oracle_pixel.png\">"),
            "Image card [image: oracle_pixel.png]"
        );
        assert_eq!(html_to_text("<img src='a b.png'/>"), "[image: a b.png]");
        assert_eq!(
            html_to_text("say [sound:hello.mp3]"),
            "say [sound: hello.mp3]"
        );
    }

    #[test]
    fn whitespace_collapses_like_a_browser() {
        assert_eq!(
            html_to_text("  Leading and   trailing  "),
            "Leading and trailing"
        );
        assert_eq!(html_to_text("multi\nline"), "multi line");
        assert_eq!(html_to_text("tab\there | pipe"), "tab here | pipe");
    }

    #[test]
    fn scripts_styles_comments_and_stray_brackets() {
        assert_eq!(html_to_text("a<style>.x{}</style>b<!-- c -->d"), "abd");
        assert_eq!(html_to_text("<script>alert(1)</script>ok"), "ok");
        assert_eq!(html_to_text("1 < 2 and 3 > 2"), "1 < 2 and 3 > 2");
        assert_eq!(html_to_text("<div>x"), "x");
        assert_eq!(html_to_text("broken <b"), "broken <b");
    }

    #[test]
    fn escaping_round_trips() {
        let text = "a < b & \"c\" 'd'\nnext";
        assert_eq!(
            escape(text),
            "a &lt; b &amp; &quot;c&quot; &#x27;d&#x27;<br>next"
        );
        assert_eq!(html_to_text(&escape(text)), text);
        assert!(looks_like_html("<b>x</b>"));
        assert!(looks_like_html("a &amp; b"));
        assert!(!looks_like_html("a < b & c"));
    }

    proptest::proptest! {
        /// The one-buffer builder gives exactly what the line-by-line one gave.
        #[test]
        fn same_text_as_the_reference(tokens in proptest::collection::vec(0usize..TOKENS.len(), 0..24)) {
            let html: String = tokens.iter().map(|&t| TOKENS[t]).collect();
            proptest::prop_assert_eq!(html_to_text(&html), reference::html_to_text(&html));
        }

        /// The shortcut for plain text gives what the whole conversion gives.
        #[test]
        fn plain_text_shortcut_changes_nothing(tokens in proptest::collection::vec(0usize..PLAIN.len(), 0..16)) {
            let html: String = tokens.iter().map(|&t| PLAIN[t]).collect();
            proptest::prop_assert_eq!(html_to_text(&html), slow_html_to_text(&html));
        }
    }

    /// `plain` as it was, byte by byte.
    fn plain_by_bytes(text: &str) -> bool {
        let mut space = false;
        let mut ascii = true;
        for &b in text.as_bytes() {
            match b {
                b'<' | b'&' | b'[' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => return false,
                b' ' if space => return false,
                b' ' => space = true,
                0x80.. => {
                    ascii = false;
                    space = false;
                }
                _ => space = false,
            }
        }
        ascii || !text.chars().any(|c| c.is_whitespace() && c != ' ')
    }

    #[test]
    fn plain_eight_bytes_at_a_time_is_plain_byte_by_byte() {
        // Every ASCII character and a few others at every place of texts of 1 to 17
        // characters, among letters, spaces or other characters; and two of them at once.
        let mut chars: Vec<char> = (0u8..0x80).map(char::from).collect();
        chars.extend(['é', '\u{a0}', '\u{2003}', '\u{85}', '€', '𝄞']);
        for len in 1..=17 {
            for filler in ['a', ' ', '~', '\u{7f}', 'é', '\u{2003}'] {
                let mut text = vec![filler; len];
                for at in 0..len {
                    for &c in &chars {
                        text[at] = c;
                        let s: String = text.iter().collect();
                        assert_eq!(plain(&s), plain_by_bytes(&s), "{s:?}");
                        for &d in &[' ', '<', '\n', '\u{2003}'] {
                            let mut two = text.clone();
                            two[(at + 1) % len] = d;
                            let s: String = two.iter().collect();
                            assert_eq!(plain(&s), plain_by_bytes(&s), "{s:?}");
                        }
                    }
                    text[at] = filler;
                }
            }
        }
    }

    const PLAIN: &[&str] = &[
        "a",
        "Back 01",
        "é",
        " ",
        "  ",
        "\n",
        "\t",
        "\r",
        "\x0b",
        "\x0c",
        "\u{a0}",
        "\u{2003}",
        "\u{85}",
        "ß",
        "x\u{3000}y",
        "[",
        "&",
        "<",
    ];

    #[test]
    fn plain_sides_keep_their_text_without_the_ends() {
        assert_eq!(html_to_text("\n\nBack 000001 beta"), "Back 000001 beta");
        assert_eq!(html_to_text(" \t élan vital \r\n"), "élan vital");
        assert_eq!(html_to_text("\n\u{a0}x"), "x");
        assert_eq!(html_to_text("a\u{2003}b"), "a b");
        assert!(plain("Back 000001 beta"));
        assert!(!plain("two  spaces"));
        assert!(!plain("a\nb"));
        assert!(!plain("a\u{2003}b"));
    }

    const TOKENS: &[&str] = &[
        "a",
        "word",
        "é",
        " ",
        "  ",
        "\n",
        "\t",
        "\r\n",
        "\u{a0}",
        "&nbsp;",
        "&amp;",
        "&#x1F600;",
        "&bogus;",
        "&",
        "<",
        ">",
        "<br>",
        "<BR/>",
        "<div>",
        "</div>",
        "<P>",
        "</p>",
        "<b>",
        "</b>",
        "<li>",
        "<td>",
        "</td>",
        "</TH>",
        "<hr id=answer>",
        "<img src=\"x.png\">",
        "<audio src='s.mp3'>",
        "[sound:a.mp3]",
        "<script>x</script>",
        "<STYLE>y</style>",
        "<!-- c -->",
        "<figcaption>",
        "<averyveryverylongname>",
        "<span class=\"x\">",
    ];
}
