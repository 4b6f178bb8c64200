//! Stage 1: bytes of text → a structured document. Unicode NFC, soft hyphens dropped, NBSP and
//! other spaces made plain, µ (micro sign) made μ (Greek mu); headings, paragraphs and list
//! items told apart. Headings give topic and tags, never cards.

use unicode_normalization::{IsNormalized, UnicodeNormalization};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    Para,
    /// A bullet or numbered line; `lead` on the block is the paragraph it belongs to.
    Item,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// Index of the heading block this block falls under (the title counts), if any.
    pub heading: Option<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub title: Option<String>,
    pub blocks: Vec<Block>,
}

/// Clean the characters: NFC, no soft hyphens or zero-width characters, plain spaces, one
/// micro sign, `\n` line ends.
pub fn clean(text: &str) -> String {
    const SPECIAL: &[char] = &[
        '\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{feff}', '\u{a0}', '\u{2007}', '\u{202f}',
        '\u{2009}', '\u{2002}', '\u{2003}', '\t', '\u{b5}', '\r',
    ];
    // (a tab or carriage return by memchr: both are ASCII bytes, which in UTF-8 stand only
    // for themselves; a char-set search decodes every character)
    if text.is_ascii() && memchr::memchr2(b'\t', b'\r', text.as_bytes()).is_none() {
        return text.to_string(); // ASCII is NFC and has none of the special characters
    }
    // `text.contains(SPECIAL)` by bytes: every special character but the two ASCII ones
    // starts with 0xC2, 0xE2 or 0xEF, and those only start a character
    let special = memchr::memchr2(b'\t', b'\r', text.as_bytes()).is_some()
        || memchr::memchr3_iter(0xC2, 0xE2, 0xEF, text.as_bytes()).any(|i| {
            text[i..]
                .chars()
                .next()
                .is_some_and(|c| SPECIAL.contains(&c))
        });
    if !special && nfc_quick_yes(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    // most text is already NFC: skip the composing iterator then
    let composed: Box<dyn Iterator<Item = char>> = if nfc_quick_yes(text) {
        Box::new(text.chars())
    } else {
        Box::new(text.nfc())
    };
    let mut composed = composed.peekable();
    while let Some(c) = composed.next() {
        match c {
            '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => {}
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' | '\u{2002}' | '\u{2003}' | '\t' => {
                out.push(' ')
            }
            '\u{b5}' => out.push('\u{3bc}'),
            // Windows' `\r\n` is one line end; a `\r` alone is an old Mac line end
            '\r' if composed.peek() != Some(&'\n') => out.push('\n'),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// `is_nfc_quick(text.chars()) == IsNormalized::Yes`, with each run of ASCII characters
/// handed to it as one ASCII character. The quick check does the same for every ASCII
/// character (it is allowed and a starter: the check's state goes back to the start and
/// nothing else happens), so one stands for a run, and the runs (most of a text) are
/// skipped eight bytes at a time instead of being decoded character by character.
fn nfc_quick_yes(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    let chars = std::iter::from_fn(|| {
        if *b.get(i)? < 0x80 {
            while let Some(w) = b.get(i..i + 8) {
                let mut word = [0u8; 8];
                word.copy_from_slice(w);
                if u64::from_ne_bytes(word) & 0x8080_8080_8080_8080 != 0 {
                    break;
                }
                i += 8;
            }
            while b.get(i).is_some_and(|&x| x < 0x80) {
                i += 1;
            }
            return Some('a');
        }
        // `i` is on a character's first byte: it only ever steps over whole characters
        let c = text.get(i..)?.chars().next()?;
        i += c.len_utf8();
        Some(c)
    });
    unicode_normalization::is_nfc_quick(chars) == IsNormalized::Yes
}

/// A bullet line ("• x", "- x", "* x", "+ x", "1. x", "2) x"): the text after the bullet.
pub fn bullet(line: &str) -> Option<&str> {
    let t = line.trim_start();
    for b in ['•', '-', '*', '+', '–', '·', '▪', '◦'] {
        if let Some(rest) = t.strip_prefix(b)
            && rest.starts_with(' ')
        {
            return Some(rest.trim());
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &t[digits..];
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(r.trim());
        }
    }
    None
}

/// A heading: one short line (≤ 12 words) without a final sentence mark or colon.
pub fn is_heading(line: &str) -> bool {
    let t = line.trim();
    if t.ends_with(['.', '?', '!', ':', ';', ',', '”', '"', '’']) || t.starts_with(['“', '"', '„'])
    {
        return false;
    }
    let words = t.split_whitespace().take(13).count();
    (1..=12).contains(&words)
}

/// The words of the lines, joined by single spaces.
fn collapse<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for line in lines {
        // a line that is already words and single spaces is copied whole
        // (by bytes and memchr: this reads every paragraph; ASCII white space other than ' '
        // is 0x09..=0x0d, and every non-ASCII white space character starts with 0xC2, 0xE1,
        // 0xE2 or 0xE3)
        let bytes = line.as_bytes();
        let plain = !line.is_empty()
            && !line.starts_with(' ')
            && !line.ends_with(' ')
            && memchr::memmem::find(bytes, b"  ").is_none()
            // without an early exit, so that it vectorises: a plain line has none
            && !bytes.iter().fold(false, |any, &b| any | (b.wrapping_sub(0x09) < 5))
            && !memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes)
                .chain(memchr::memchr_iter(0xE3, bytes))
                .any(|i| {
                    line.get(i..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(char::is_whitespace)
                });
        if plain {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(line);
            continue;
        }
        for w in line.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

/// Split clean text into headings, paragraphs and list items.
pub fn structure(text: &str) -> Doc {
    let mut doc = Doc::default();
    let mut heading: Option<usize> = None;
    let mut para: Vec<&str> = Vec::new();
    let flush = |para: &mut Vec<&str>, doc: &mut Doc, heading: &mut Option<usize>| {
        if para.is_empty() {
            return;
        }
        let joined = collapse(para.iter().copied());
        para.clear();
        if joined.is_empty() {
            return;
        }
        if is_heading(&joined) {
            if doc.title.is_none() {
                doc.title = Some(joined.clone());
            } else if doc.title.as_deref() == Some(joined.as_str())
                || heading.is_some_and(|h| doc.blocks[h].text == joined)
            {
                return; // a repeated title or heading
            }
            doc.blocks.push(Block {
                kind: BlockKind::Heading,
                text: joined,
                heading: None,
            });
            *heading = Some(doc.blocks.len() - 1);
        } else {
            doc.blocks.push(Block {
                kind: BlockKind::Para,
                text: joined,
                heading: *heading,
            });
        }
    };
    let lines: Vec<&str> = text.lines().collect();
    for (i, &line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            flush(&mut para, &mut doc, &mut heading);
            continue;
        }
        // A heading with text right under it, no blank line between: the heading is a block
        // of its own, the text starts the next.
        if heading_above_text(&para, line, &lines[i + 1..]) {
            flush(&mut para, &mut doc, &mut heading);
            para.push(line.trim());
            flush(&mut para, &mut doc, &mut heading);
            continue;
        }
        if let Some(item) = bullet(line) {
            flush(&mut para, &mut doc, &mut heading);
            if !item.is_empty() {
                doc.blocks.push(Block {
                    kind: BlockKind::Item,
                    text: collapse([item]),
                    heading,
                });
            }
            continue;
        }
        para.push(line.trim());
    }
    flush(&mut para, &mut doc, &mut heading);
    doc
}

/// Articles, conjunctions and prepositions (Dutch and English) after which a line goes on.
const HEADING_CANNOT_END: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "by", "to", "in", "on", "at", "for", "with",
    "from", "as", "that", "de", "het", "een", "en", "maar", "van", "door", "naar", "met", "voor",
    "bij", "op", "aan", "uit", "als", "dat", "die", "om", "te",
];

/// Is `line` a heading although text follows it on the next line (`after`), with no blank
/// line between? Only when it looks like one (short, no final mark), holds no sentence break,
/// comes after a finished sentence or a blank line (`above` = the lines of its block so far),
/// is followed by a line that starts a sentence, and is clearly shorter than the lines around
/// it: a hard-wrapped paragraph fills its lines, a heading does not.
fn heading_above_text(above: &[&str], line: &str, after: &[&str]) -> bool {
    let t = line.trim();
    let Some(next) = after.first().map(|l| l.trim()) else {
        return false;
    };
    if !is_heading(t) || next.is_empty() || bullet(next).is_some() {
        return false;
    }
    if [". ", "? ", "! "].iter().any(|m| t.contains(m)) {
        return false;
    }
    // A line cut after a joining word is the start of a sentence, not a title.
    let last = t.rsplit(' ').next().unwrap_or(t).to_lowercase();
    if HEADING_CANNOT_END.contains(&last.as_str()) {
        return false;
    }
    if above
        .last()
        .is_some_and(|p| !p.ends_with(['.', '?', '!', '”', '"', '’']))
    {
        return false;
    }
    if !next
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "“\"„‘'(".contains(c))
    {
        return false;
    }
    // The text around it: the block above, and the next block's lines up to a blank line.
    let width = above
        .iter()
        .copied()
        .chain(after.iter().map(|l| l.trim()).take_while(|l| !l.is_empty()))
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    t.chars().count() * 10 <= width * 6
}

/// A paragraph that ends in a colon and is followed by short list items ("Slaaptekort
/// verhoogt het risico op:" "- overgewicht" "- diabetes type 2") says one sentence: the items
/// join it as an inline list ("… op overgewicht, diabetes type 2 en …"), so that the rules
/// and clozes of lists read it. `and` is the document's language's word; the colon goes when
/// a `preposition` stands before it. A list with a long item, or an item with a sentence mark
/// or comma inside, stays items. The joined items keep their blocks, emptied, so that block
/// indexes stay valid.
pub fn join_short_lists(doc: &mut Doc, and: &str, preposition: impl Fn(&str) -> bool) {
    const MAX_WORDS: usize = 6;
    let mut i = 0;
    while i < doc.blocks.len() {
        let intro = &doc.blocks[i];
        if intro.kind != BlockKind::Para || !intro.text.ends_with(':') {
            i += 1;
            continue;
        }
        let items: Vec<&str> = doc.blocks[i + 1..]
            .iter()
            .take_while(|b| b.kind == BlockKind::Item)
            .map(|b| b.text.trim_end_matches([';', ',', '.']).trim())
            .collect();
        let short = |t: &&str| {
            !t.is_empty()
                && t.split_whitespace().count() <= MAX_WORDS
                && !t.contains([',', ';', ':', '.', '?', '!'])
        };
        if !(2..=8).contains(&items.len()) {
            i += 1 + items.len();
            continue;
        }
        // items with a comment ("Coughing, especially at night") give their heads, and stay
        let all_short = items.iter().all(short);
        let is_name = |w: &str| written_as_name(doc, w);
        let members: Vec<String> = if all_short {
            items
                .iter()
                .map(|t| crate::generate::list_heads::lower_first(t, &is_name))
                .collect()
        } else if let Some(heads) = crate::generate::list_heads::heads(
            &doc.blocks[i + 1..=i + items.len()]
                .iter()
                .map(|b| b.text.as_str())
                .collect::<Vec<_>>(),
            &is_name,
        ) {
            heads
        } else {
            i += 1 + items.len();
            continue;
        };
        let Some((last, rest)) = members.split_last() else {
            i += 1;
            continue;
        };
        let list = format!("{} {and} {last}.", rest.join(", "));
        let n = items.len();
        let before_colon = doc.blocks[i].text[..doc.blocks[i].text.len() - 1]
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_lowercase();
        if preposition(&before_colon) {
            doc.blocks[i].text.pop();
        }
        doc.blocks[i].text.push(' ');
        doc.blocks[i].text.push_str(&list);
        if all_short {
            for b in &mut doc.blocks[i + 1..=i + n] {
                b.text.clear();
            }
        }
        i += 1 + n;
    }
}

/// Does the document write `word` with its capital after a lower-case word or a comma, as
/// a name is written ("in Florida, Texas")? A list item's capital only starts its line, and
/// a heading's words may all have one ("Migraine and Other Vascular Headaches").
fn written_as_name(doc: &Doc, word: &str) -> bool {
    doc.blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Para)
        .any(|b| {
            let t = b.text.as_str();
            t.match_indices(word).any(|(i, w)| {
                let before = t[..i].strip_suffix(' ').unwrap_or("");
                let after = t[i + w.len()..].chars().next();
                !before.is_empty()
                    && before
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_lowercase() || c == ',')
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
}

/// `clean`, Markdown's markup taken off, then `structure`.
pub fn normalise(text: &str) -> Doc {
    let clean = clean(text);
    structure(&crate::generate::markdown::plain(&clean))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_check_by_runs_is_the_quick_check() {
        let mut texts: Vec<String> = vec![
            String::new(),
            "plain ascii text that is long enough for eight-byte words".into(),
            "caf\u{e9} na\u{ef}ve \u{2019}quote\u{2019} \u{2013} dash".into(),
            // a combining acute after a letter (NFC: maybe / no), and two marks out of order
            "cafe\u{301} x".into(),
            "a\u{301}\u{316} and a\u{316}\u{301}".into(),
            "e\u{301}abcdefghijklmnop\u{316}".into(),
            "\u{2126} ohm, \u{212b} angstrom, \u{340} grave tone".into(),
            "\u{301}".into(),
        ];
        for dir in ["decks/sources", "tests/gold/texts"] {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                texts.push(std::fs::read_to_string(e.path()).unwrap_or_default());
            }
        }
        for t in &texts {
            assert_eq!(
                nfc_quick_yes(t),
                unicode_normalization::is_nfc_quick(t.chars()) == IsNormalized::Yes,
                "{t:?}"
            );
        }
    }

    fn kinds(doc: &Doc) -> Vec<(BlockKind, &str)> {
        doc.blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str()))
            .collect()
    }

    #[test]
    fn characters_are_cleaned() {
        assert_eq!(
            clean("vaat\u{ad}wand\u{a0}180\u{b5}g\r\n"),
            "vaatwand 180μg\n"
        );
        // NFC: e + combining diaeresis becomes ë
        assert_eq!(clean("prote\u{69}\u{308}ne"), "prote\u{ef}ne");
    }

    /// Old Mac line ends (a carriage return alone) end a line too; they used to vanish and
    /// glue the lines together ("# Photosynthesis\rPhotosynthesis is" gave one word).
    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        assert_eq!(
            clean("Title\rFirst line.\r\rNext\r\n"),
            "Title\nFirst line.\n\nNext\n"
        );
        assert_eq!(clean("a\r"), "a\n");
    }

    #[test]
    fn headings_paragraphs_and_items() {
        let doc = normalise(
            "Titel van het stuk\n\nKop een\n\nEen zin. Nog een zin\ndie doorloopt.\n\n\
             Onderzoek toont verbeteringen:\n\n  • Verlaging van de bloeddruk\n  - Minder stijfheid\n\n\
             Titel van het stuk\n\nLaatste alinea.",
        );
        assert_eq!(doc.title.as_deref(), Some("Titel van het stuk"));
        let kinds = kinds(&doc);
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading, "Titel van het stuk"),
                (BlockKind::Heading, "Kop een"),
                (BlockKind::Para, "Een zin. Nog een zin die doorloopt."),
                (BlockKind::Para, "Onderzoek toont verbeteringen:"),
                (BlockKind::Item, "Verlaging van de bloeddruk"),
                (BlockKind::Item, "Minder stijfheid"),
                (BlockKind::Para, "Laatste alinea."),
            ]
        );
        assert_eq!(doc.blocks[2].heading, Some(1));
    }

    #[test]
    fn a_heading_right_above_its_text_is_still_a_heading() {
        let text = "Honey bees\nHow a colony works\nA colony usually contains one queen and \
                    thousands of workers. The queen lays the eggs.\nDrones are male bees whose \
                    task is to mate with a queen from another colony.\nCommunication\nForager \
                    bees perform the waggle dance to show where food can be found.";
        let doc = normalise(text);
        let kinds = kinds(&doc);
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading, "Honey bees"),
                (BlockKind::Heading, "How a colony works"),
                // Lines of text with no blank line between stay one paragraph, as before.
                (
                    BlockKind::Para,
                    "A colony usually contains one queen and thousands of workers. The queen \
                     lays the eggs. Drones are male bees whose task is to mate with a queen \
                     from another colony."
                ),
                (BlockKind::Heading, "Communication"),
                (
                    BlockKind::Para,
                    "Forager bees perform the waggle dance to show where food can be found."
                ),
            ]
        );
        assert_eq!(doc.blocks[4].heading, Some(3));
    }

    #[test]
    fn hard_wrapped_lines_stay_one_paragraph() {
        // Lines of a paragraph wrapped at ~64 characters: a line after an unfinished
        // sentence, before a lower-case word, holding a sentence break, ending in a word
        // that cannot end a heading, or as long as the lines around it.
        for text in [
            "Vitamine K2 activeert het eiwit dat calcium uit de vaatwand\n\
             houdt. Dat is belangrijk voor het hart en\nvoor de botten.",
            "De studie liep drie jaar en gebruikte dagelijks 180 μg MK-7 bij\n\
             vrouwen na de overgang.",
            "The waggle dance shows the direction of the food source.\n\
             The dance was decoded in Munich by Karl\n\
             Von Frisch in the 1940s and it won him a Nobel Prize later on.",
            "The queen lays up to 2,000 eggs a day during the spring season.\n\
             Workers clean the hive and\nFeed the larvae.",
        ] {
            let doc = normalise(text);
            assert_eq!(doc.blocks.len(), 1, "{text}: {:?}", doc.blocks);
            assert_eq!(doc.blocks[0].kind, BlockKind::Para, "{text}");
        }
    }

    #[test]
    fn short_list_items_join_their_introduction() {
        let text = "Titel\n\nSlaaptekort verhoogt het risico op:\n- overgewicht;\n- diabetes type 2;\n\
                    - hart- en vaatziekten.\n\nDe klok kent drie delen:\n- licht\n- melatonine\n\n\
                    Een lange lijst:\n- een punt met een komma, hier\n- kort";
        let mut doc = normalise(text);
        let n = doc.blocks.len();
        join_short_lists(&mut doc, "en", |w| w == "op");
        assert_eq!(doc.blocks.len(), n, "block indexes stay valid");
        let texts: Vec<&str> = doc
            .blocks
            .iter()
            .filter(|b| !b.text.is_empty())
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(
            texts,
            vec![
                "Titel",
                // the colon goes after a preposition, stays after a noun
                "Slaaptekort verhoogt het risico op overgewicht, diabetes type 2 en hart- en vaatziekten.",
                "De klok kent drie delen: licht en melatonine.",
                // an item with a comma inside gives its head, and the items stay
                "Een lange lijst: een punt met een komma en kort.",
                "een punt met een komma, hier",
                "kort",
            ]
        );
    }

    #[test]
    fn heading_rules() {
        assert!(is_heading("Synergie met vitamine D3"));
        assert!(!is_heading("Dit is een zin."));
        assert!(!is_heading("Onderzoek toont verbeteringen:"));
        assert!(!is_heading(
            "een regel met veel te veel woorden om nog een kop te kunnen zijn hier"
        ));
        assert_eq!(bullet("  • Verlaging"), Some("Verlaging"));
        assert_eq!(bullet("12. Item"), Some("Item"));
        assert_eq!(bullet("+ Markdown item"), Some("Markdown item"));
        assert_eq!(bullet("-5 graden"), None);
    }
}
