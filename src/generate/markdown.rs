//! Stage 1, before the structure: Markdown markup taken off, so that notes written in Markdown
//! read as the plain text they stand for. `# Heading` lines become headings, emphasis and code
//! marks go, a link keeps its text, an image its alternative text; block quotes lose their `>`,
//! rule lines (`---`, `===` under a heading, `***`) become blank lines and fenced code blocks
//! are left out (code is not prose to ask about). Plain text without any of these marks comes
//! back unchanged, without a copy.

use std::borrow::Cow;

/// The text without its Markdown markup.
pub fn plain(text: &str) -> Cow<'_, str> {
    if !has_markup(text) {
        return Cow::Borrowed(text);
    }
    let mut lines: Vec<Cow<'_, str>> = Vec::new();
    let mut fence: Option<&str> = None;
    let skip = front_matter_lines(text);
    let mut changed = skip > 0;
    for line in text.split('\n').skip(skip) {
        let t = line.trim_start();
        if let Some(open) = fence {
            changed = true;
            if t.starts_with(open) {
                fence = None;
            }
            continue;
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            fence = Some(&t[..3]);
            changed = true;
            continue;
        }
        let plain = block(line);
        changed |= plain != line;
        lines.push(plain);
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    Cow::Owned(lines.join("\n"))
}

/// How many lines YAML front matter takes at the top of the text (0 when there is none): a
/// `---` line, `key: value` lines (with indented or `- ` list lines under a key), and a closing
/// `---` or `...` line. Obsidian and static-site tools write it; it is metadata, not prose.
fn front_matter_lines(text: &str) -> usize {
    let mut lines = text.split('\n').map(str::trim_end);
    if lines.next() != Some("---") {
        return 0;
    }
    let is_key = |l: &str| {
        l.split_once(':').is_some_and(|(key, value)| {
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' '))
                && (value.is_empty() || value.starts_with(' '))
        })
    };
    let mut keys = 0;
    for (i, line) in lines.enumerate().take(200) {
        if line == "---" || line == "..." {
            return if keys > 0 { i + 2 } else { 0 };
        }
        if is_key(line) && !line.starts_with([' ', '-']) {
            keys += 1;
        } else if !(line.is_empty() || keys > 0 && line.starts_with([' ', '-', '\t'])) {
            return 0;
        }
    }
    0
}

/// Could the text hold any markup? Emphasis, code, links and headings need one of five bytes
/// that plain prose rarely has (found by memchr); a quote, a fence or a rule needs its mark
/// at the start of a line ("-" and "=" are common inside lines, as hyphens and signs).
fn has_markup(text: &str) -> bool {
    let b = text.as_bytes();
    if memchr::memchr3(b'*', b'_', b'`', b).is_some() || memchr::memchr2(b'[', b'#', b).is_some() {
        return true;
    }
    text.split('\n').any(|line| {
        let t = line.trim_start();
        t.starts_with('>') || t.starts_with("~~~") || is_rule(t.trim_end())
    })
}

/// One line: its block marks (heading, quote, rule) and then its inline marks.
fn block(line: &str) -> Cow<'_, str> {
    let t = line.trim();
    if is_rule(t) {
        return Cow::Borrowed("");
    }
    let mut rest = line;
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
        // "## Title ##": the closing hashes go too
        rest = t[hashes..].trim().trim_end_matches('#').trim_end();
    } else if t.starts_with('>') {
        rest = t.trim_start_matches(['>', ' ']);
        // an Obsidian callout's "[!note]" (and its fold mark) is a style, not text
        if let Some(close) = rest.strip_prefix("[!").and_then(|r| r.find(']')) {
            rest = rest[close + 3..]
                .trim_start_matches(['+', '-'])
                .trim_start();
        }
    }
    match inline(rest) {
        Cow::Borrowed(s) if s.len() == line.len() => Cow::Borrowed(line),
        other => Cow::Owned(other.into_owned()),
    }
}

/// A thematic break or a setext underline: three or more of one of `-`, `=`, `*`, `_`, with
/// spaces between them allowed.
fn is_rule(t: &str) -> bool {
    let Some(first) = t.chars().next() else {
        return false;
    };
    matches!(first, '-' | '=' | '*' | '_')
        && t.chars().filter(|&c| c == first).count() >= 3
        && t.chars().all(|c| c == first || c == ' ')
}

/// Emphasis, code spans, links and images taken off one line.
fn inline(line: &str) -> Cow<'_, str> {
    if !line.bytes().any(|b| matches!(b, b'*' | b'_' | b'`' | b'[')) {
        return Cow::Borrowed(line);
    }
    let mut s = links(line);
    for mark in ["**", "__", "*", "_", "`"] {
        s = pairs(&s, mark);
    }
    if s == line {
        Cow::Borrowed(line)
    } else {
        Cow::Owned(s)
    }
}

/// `[text](target)` → text, `![alt](target)` → alt; a wiki link `[[Page]]` → Page,
/// `[[Page|shown]]` → shown, `[[Page#Part]]` → Page; an embed `![[file]]` goes.
fn links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let image = rest[..open].ends_with('!');
        if let Some(wiki) = rest[open..].strip_prefix("[[")
            && let Some(end) = wiki.find("]]")
        {
            let target = &wiki[..end];
            let shown = match target.split_once('|') {
                Some((_, alias)) => alias,
                None => target.split('#').find(|p| !p.is_empty()).unwrap_or(""),
            };
            out.push_str(&rest[..open - usize::from(image)]);
            if !image {
                out.push_str(shown);
            }
            rest = &wiki[end + 2..];
            continue;
        }
        let Some(close) = rest[open..].find("](").map(|i| open + i) else {
            // no link after this bracket; a wiki link may still follow
            out.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            continue;
        };
        let Some(end) = rest[close + 2..].find(')').map(|i| close + 2 + i) else {
            break;
        };
        let text = &rest[open + 1..close];
        if text.contains('[') {
            // not a simple link: keep the bracket and go on after it
            out.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            continue;
        }
        out.push_str(&rest[..open - usize::from(image)]);
        out.push_str(text);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Remove each pair of `mark`s that opens before a word and closes after one, as Markdown's
/// emphasis does: "**MGP**" and "*in vivo*" lose their marks, "2 * 3 * 4", a bullet's "* " and
/// snake_case names keep theirs.
fn pairs(line: &str, mark: &str) -> String {
    let word_mark = mark.starts_with('_');
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = flanking(rest, mark, word_mark, true) {
        let inner = &rest[open + mark.len()..];
        let Some(close) = flanking(inner, mark, word_mark, false) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&inner[..close]);
        rest = &inner[close + mark.len()..];
    }
    out.push_str(rest);
    out
}

/// Where `mark` next opens (`open`) or closes emphasis in `s`: it is not part of a longer run
/// of the same character, the word it marks is on its inner side, and a `_` stands outside
/// a word ("snake_case" keeps its marks).
fn flanking(s: &str, mark: &str, word_mark: bool, open: bool) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = s[from..].find(mark).map(|i| from + i) {
        let before = s[..i].chars().next_back();
        let after = s[i + mark.len()..].chars().next();
        let doubled = after.is_some_and(|c| mark.starts_with(c))
            || before.is_some_and(|c| mark.starts_with(c));
        let (inner, outer) = if open {
            (after, before)
        } else {
            (before, after)
        };
        let flanks = inner.is_some_and(|c| !c.is_whitespace())
            && (!word_mark || outer.is_none_or(|c| !c.is_alphanumeric()));
        if flanks && !doubled {
            return Some(i);
        }
        from = i + mark.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_comes_back_borrowed() {
        let text = "Vitamine K2 activeert MGP - een eiwit.\n\nTwee = 2; 3 > 2.";
        assert!(matches!(plain(text), Cow::Borrowed(_)));
    }

    #[test]
    fn headings_emphasis_links_and_code() {
        let md = "# Vitamin K2 #\n\n**Matrix Gla protein** (*MGP*) is made in the [vessel wall](https://example.org/a_b).\nIt needs `vitamin K2`.\n";
        assert_eq!(
            plain(md),
            "Vitamin K2\n\nMatrix Gla protein (MGP) is made in the vessel wall.\nIt needs vitamin K2.\n"
        );
    }

    #[test]
    fn marks_that_are_not_emphasis_stay() {
        for line in [
            "* a bullet item",
            "2 * 3 * 4 = 24",
            "the file my_notes_file.txt",
            "#hashtag and C# code",
            "- 5 degrees",
            "[1] a reference marker",
        ] {
            assert_eq!(plain(line), line, "{line}");
        }
        assert_eq!(plain("* **bold** item"), "* bold item");
        assert_eq!(plain("_in vivo_ and __both__"), "in vivo and both");
    }

    #[test]
    fn quotes_rules_images_and_fences() {
        let md = "Title\n=====\n\n> A quoted sentence.\n\n---\n\n![a diagram](d.png)\n\n```rust\nfn main() {}\n```\nAfter the code.";
        assert_eq!(
            plain(md),
            "Title\n\n\nA quoted sentence.\n\n\n\na diagram\n\nAfter the code."
        );
    }

    /// Notes from Obsidian and static-site tools start with YAML front matter; it became the
    /// deck's name ("title: Mitochondria tags: [biology, cells]").
    #[test]
    fn front_matter_is_left_out() {
        let md = "---\ntitle: Mitochondria\ntags: [biology, cells]\naliases:\n  - mito\n---\n\n# Mitochondria\n\nText.";
        assert_eq!(plain(md), "\n# Mitochondria\n\nText.".replace("# ", ""));
        // a rule at the top of a text that is not front matter stays a rule
        let rule = "---\nA first paragraph.\n---\nMore.";
        assert_eq!(plain(rule), "\nA first paragraph.\n\nMore.");
    }

    /// Obsidian's callout marker and wiki links: "[!note]" stayed in the card's context and
    /// "[[Cell biology]]" kept its brackets.
    #[test]
    fn callouts_and_wiki_links() {
        assert_eq!(
            plain("> [!note] Mitochondria have their own DNA."),
            "Mitochondria have their own DNA."
        );
        assert_eq!(plain("> [!tip]- Folded"), "Folded");
        assert_eq!(
            plain("See [[Cell biology]], [[Krebs cycle|the cycle]] and [[ATP#Structure]]."),
            "See Cell biology, the cycle and ATP."
        );
        assert_eq!(plain("An image: ![[cell.png]] here."), "An image:  here.");
        assert_eq!(
            plain("[1] a marker, [[unclosed"),
            "[1] a marker, [[unclosed"
        );
    }
}
