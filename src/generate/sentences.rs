//! Stage 2: paragraphs → sentences. A hand-written, abbreviation-aware splitter: a sentence
//! ends at `.`, `!`, `?` or `…` (plus closing quotes/brackets) followed by a space and a capital,
//! a digit or an opening quote — unless the word before the dot is a known abbreviation
//! (Dr., bijv., o.a., e.g.), an initial (J.), or the text after a closing quote is an
//! attribution in lower case (“…,” zegt X).

use super::normalise::{BlockKind, Doc};

/// One sentence with where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    /// Index of the block (paragraph or item) in the document.
    pub block: usize,
    /// Index of the heading block it falls under, if any.
    pub heading: Option<usize>,
    pub is_item: bool,
}

/// Abbreviations after which a dot never ends a sentence (lower case, without the final dot).
const NEVER_END: &[&str] = &[
    "dr", "drs", "prof", "ir", "mr", "mrs", "ms", "st", "mt", "bijv", "bv", "o.a", "d.w.z", "ca",
    "t.o.v", "fig", "nr", "vs", "e.g", "i.e", "et al", "al", "mevr", "dhr", "resp", "zgn", "m.b.t",
    "i.p.v", "a.d.h.v", "incl", "excl", "approx", "no", "vol", "ed", "jr", "sr", "u.s", "cf",
    "blz", "p", "pp", "z.g", "n.a.v", "m.a.w", "o.m", "e.d", "dergl", "gem", "max", "min", "evt",
];

/// Abbreviations that may end a sentence: a dot after them ends it only before a capital that
/// starts a new clause (a function word such as De, The, In).
const MAY_END: &[&str] = &["v.chr", "n.chr", "enz", "etc", "e.a", "b.c", "a.d", "u.s.a"];

fn word_before(text: &str, dot: usize) -> &str {
    let start = text[..dot]
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    &text[start..dot]
}

fn is_sentence_start_word(w: &str) -> bool {
    const STARTS: &[&str] = &[
        "de", "het", "een", "in", "dit", "deze", "die", "dat", "op", "bij", "zo", "ook", "toen",
        "daarna", "later", "the", "a", "an", "this", "these", "it", "in", "on", "at", "they", "he",
        "she", "we", "there", "zij", "hij", "ze", "we", "men", "rond", "aan", "door", "na", "voor",
        "tijdens", "bij", "met", "over", "uit", "tot", "from", "after", "by", "during", "with",
        "for", "to", "als", "omdat", "toen", "pas", "ook", "later", "al",
    ];
    STARTS.contains(&w.to_lowercase().as_str())
}

/// Round brackets opened minus closed in `bytes`.
fn bracket_depth(bytes: &[u8]) -> i64 {
    // memchr counts: brackets are rare, and this runs over every sentence
    let count = |b: u8| memchr::memchr_iter(b, bytes).count() as i64;
    count(b'(') - count(b')')
}

/// The first byte at or after `from` that may end a sentence: '.', '!', '?', or 0xE2 (the
/// first byte of '…'). With memchr: this scans every paragraph.
fn next_mark(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = &bytes[from..];
    let mark = memchr::memchr3(b'.', b'!', b'?', rest);
    // an 0xE2 is looked for only before that mark
    memchr::memchr(0xE2, &rest[..mark.unwrap_or(rest.len())])
        .or(mark)
        .map(|off| from + off)
}

/// Split one paragraph into sentences.
pub fn split(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let last_close = memchr::memrchr(b')', bytes);
    let (mut depth, mut counted) = (0, 0);
    while i < text.len() {
        match next_mark(bytes, i) {
            Some(at) => i = at,
            None => break,
        }
        if bytes[i] == 0xE2 && !text[i..].starts_with('…') {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let c = match text[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let clen = c.len_utf8();
        // Swallow repeated marks and closing quotes/brackets.
        let mut end = i + clen;
        let mut closing_quote = false;
        while let Some(n) = text[end..].chars().next() {
            if matches!(n, '.' | '!' | '?' | '…') {
                end += n.len_utf8();
            } else if matches!(n, '”' | '"' | '’' | '\'' | ')' | ']' | '»') {
                closing_quote |= n != ')' && n != ']';
                end += n.len_utf8();
            } else {
                break;
            }
        }
        // Must be followed by whitespace (or the end).
        if end >= text.len() {
            break;
        }
        if !bytes[end].is_ascii_whitespace() {
            i = end;
            continue;
        }
        let next_start = end + text[end..].len() - text[end..].trim_start().len();
        let next = text[next_start..].chars().next().unwrap_or(' ');
        let next_word: &str = text[next_start..]
            .split(|c: char| c.is_whitespace() || c == ',')
            .next()
            .unwrap_or("");
        let starts_new = next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '“' | '"' | '‘' | '„' | '(' | '«');
        let mut boundary = starts_new;
        if c == '.' && boundary {
            let w = word_before(text, i);
            // (no copy of a lower-case ASCII word, the common case)
            let lw = super::check::lower_case(w);
            let lw = lw.trim_start_matches(['(', '“', '"']);
            let single_initial = {
                let mut cs = lw.chars();
                matches!((cs.next(), cs.next()), (Some(a), None) if a.is_alphabetic())
                    && w.chars().next().is_some_and(char::is_uppercase)
            };
            // "vitamine D. In de winter …": a capital after a lower-case word is no initial
            // of a name when a new clause starts after it
            let after_lower_word = || {
                text[..i - w.len()]
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .and_then(|p| p.chars().next())
                    .is_some_and(char::is_lowercase)
            };
            if single_initial && after_lower_word() {
                boundary = is_sentence_start_word(next_word);
            } else if NEVER_END.contains(&lw) || single_initial {
                boundary = false;
            } else if MAY_END.contains(&lw) {
                boundary = is_sentence_start_word(next_word);
            }
        }
        if closing_quote && !starts_new {
            boundary = false; // “…,” zegt X / “….” aldus X
        }
        // Brackets opened and not closed in this sentence so far (counted once per byte).
        depth += bracket_depth(&bytes[counted.max(start)..end]);
        counted = end;
        if boundary && depth > 0 && last_close.is_some_and(|c| c >= end) {
            // A mark inside round brackets that close later in the paragraph ends no
            // sentence: "(meervoud: supernovae. Het meervoud … geaccepteerd.)" is an aside of
            // the sentence around it. Brackets that never close hold nothing together.
            boundary = false;
        }
        if boundary {
            out.push(text[start..end].trim());
            start = next_start;
            depth = 0;
        }
        i = end;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Every sentence of the document's paragraphs and list items, in order.
pub fn sentences(doc: &Doc) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        match block.kind {
            BlockKind::Heading => {}
            BlockKind::Para | BlockKind::Item => {
                for s in split(&block.text) {
                    out.push(Sentence {
                        text: s.to_string(),
                        block: bi,
                        heading: block.heading,
                        is_item: block.kind == BlockKind::Item,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_titles_and_initials_do_not_split() {
        assert_eq!(
            split("Dit zegt Dr. Sophie Jansen. Prof. J. de Vries is het eens, bijv. over MGP."),
            vec![
                "Dit zegt Dr. Sophie Jansen.",
                "Prof. J. de Vries is het eens, bijv. over MGP."
            ]
        );
        assert_eq!(
            split("Bacteria such as E. coli, e.g. in the gut, are common. They grow."),
            vec![
                "Bacteria such as E. coli, e.g. in the gut, are common.",
                "They grow."
            ]
        );
        // a vitamin's letter ends a sentence; an initial in a name does not
        assert_eq!(
            split("Vis is een bron van vitamine D. In de winter maakt de huid weinig aan."),
            vec![
                "Vis is een bron van vitamine D.",
                "In de winter maakt de huid weinig aan."
            ]
        );
        assert_eq!(
            split("It was found by Dan H. Barouch in mice. Prof. J. de Vries agrees."),
            vec![
                "It was found by Dan H. Barouch in mice.",
                "Prof. J. de Vries agrees."
            ]
        );
        assert_eq!(
            split("Mt. Everest is high. Mount St. Helens erupted."),
            vec!["Mt. Everest is high.", "Mount St. Helens erupted."]
        );
        assert_eq!(
            split("Groenten o.a. spinazie, d.w.z. bladgroenten. Meer."),
            vec!["Groenten o.a. spinazie, d.w.z. bladgroenten.", "Meer."]
        );
    }

    #[test]
    fn numbers_and_units_do_not_split() {
        assert_eq!(
            split("Neem 1,5 mg. per dag of 2.5 μg. Niet meer."),
            vec!["Neem 1,5 mg. per dag of 2.5 μg.", "Niet meer."]
        );
    }

    #[test]
    fn era_abbreviations_end_a_sentence_before_a_new_clause() {
        assert_eq!(
            split("Glaskralen uit 2250 v.Chr. De Chinezen gebruikten kobalt."),
            vec![
                "Glaskralen uit 2250 v.Chr.",
                "De Chinezen gebruikten kobalt."
            ]
        );
        assert_eq!(
            split("In 1400 v.Chr. Palestina bloeide."),
            vec!["In 1400 v.Chr. Palestina bloeide."]
        );
    }

    #[test]
    fn quotes_stay_with_their_attribution() {
        assert_eq!(
            split("“K2 werkt het beste samen,” benadrukt Dr. Jansen. “Combineer het.” Klaar."),
            vec![
                "“K2 werkt het beste samen,” benadrukt Dr. Jansen.",
                "“Combineer het.”",
                "Klaar."
            ]
        );
        assert_eq!(
            split("\"Sleep matters.\" said the director. Next one."),
            vec!["\"Sleep matters.\" said the director.", "Next one."]
        );
    }

    #[test]
    fn the_seeds_split_where_a_reader_would() {
        let text = "“Vitamine K2 activeert het matrix Gla-proteïne (MGP), een krachtige remmer van \
                    calcium in de vaatwanden,” legt Dr. Sophie Jansen, cardiovasculair specialist, \
                    uit. “Zonder voldoende K2 kan dit beschermingsmechanisme niet optimaal \
                    functioneren.”";
        let s = split(text);
        assert_eq!(s.len(), 2);
        assert!(s[0].ends_with("specialist, uit."));
        let text = "MK-7, daarentegen, wordt hoofdzakelijk gevormd door bacteriële fermentatie. \
                    De meest voorkomende vormen zijn MK-4 en MK-7.";
        assert_eq!(split(text).len(), 2);
    }

    #[test]
    fn sentences_inside_brackets_stay_with_the_sentence_around_them() {
        let nl = "Een supernova (meervoud: supernovae. Het meervoud supernovii is ongebruikelijk.) \
                  is een explosie. Daarna blijft een neutronenster over.";
        assert_eq!(
            split(nl),
            [
                "Een supernova (meervoud: supernovae. Het meervoud supernovii is ongebruikelijk.) \
                 is een explosie.",
                "Daarna blijft een neutronenster over."
            ]
        );
        let en = "The probe (launched 1977. It is still active.) left the heliosphere. It is far.";
        assert_eq!(split(en).len(), 2);
        // A bracket closed before the mark, or one that never closes, holds nothing together.
        assert_eq!(
            split("Step one (a). Step two follows. Then (see below. More text here."),
            [
                "Step one (a).",
                "Step two follows.",
                "Then (see below.",
                "More text here."
            ]
        );
        // A sentence that is all aside ends at its closing bracket.
        assert_eq!(
            split("(Zie ook hieronder.) De kern is heet."),
            ["(Zie ook hieronder.)", "De kern is heet."]
        );
    }

    #[test]
    fn question_and_exclamation_marks_split() {
        assert_eq!(split("Why? Because! Ok."), vec!["Why?", "Because!", "Ok."]);
    }
}
