//! Tokens over a sentence: words, numbers and punctuation with their byte spans, so that any
//! phrase can be cut back out of the original text exactly as it was written.

pub use super::lower::Lower;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lower case, curly apostrophes made straight.
    pub lower: Lower,
    /// Starts with a capital letter.
    pub cap: bool,
    /// What the language's word lists say about it (`Lexicon::tag`); 0 until tagged.
    pub flags: u16,
}

pub const STOP: u16 = 1;
pub const PREP: u16 = 2;
pub const ARTICLE: u16 = 4;
pub const FINITE: u16 = 8;
pub const RELATIVE: u16 = 16;
pub const CONJ: u16 = 32;
pub const PRONOUN: u16 = 64;
pub const DEMONSTRATIVE: u16 = 128;
pub const NUMWORD: u16 = 256;
pub const UNIT: u16 = 512;
pub const DURATION: u16 = 1024;
pub const HEDGE: u16 = 2048;
pub const NEGATION: u16 = 4096;
/// The first word of a "such as" marker (`Lexicon::such_as`): the list rules look for a
/// marker only where this is set, instead of comparing every marker at every token.
pub const SUCH_AS: u16 = 8192;
/// In `clause::SUBORDINATORS` (both languages): one bit test where the clause and rule code
/// scanned the list at a token. `Tok::listed` leaves it out: it says nothing of a verb.
pub const SUBORD: u16 = 16384;

impl Tok {
    pub fn stop(&self) -> bool {
        self.flags & STOP != 0
    }
    pub fn prep(&self) -> bool {
        self.flags & PREP != 0
    }
    pub fn article(&self) -> bool {
        self.flags & ARTICLE != 0
    }
    pub fn finite(&self) -> bool {
        self.flags & FINITE != 0
    }
    pub fn relative(&self) -> bool {
        self.flags & RELATIVE != 0
    }
    pub fn conj(&self) -> bool {
        self.flags & CONJ != 0
    }
    pub fn pronoun(&self) -> bool {
        self.flags & PRONOUN != 0
    }
    pub fn demonstrative(&self) -> bool {
        self.flags & DEMONSTRATIVE != 0
    }
    pub fn number_word(&self) -> bool {
        self.flags & NUMWORD != 0
    }
    /// A number in any spelling: a number token, a word that opens with a digit ("80%",
    /// "4.6-billion") or a number word ("twee", "ten").
    pub fn numeric(&self) -> bool {
        self.kind == Kind::Num
            || self
                .lower
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_digit)
            || self.number_word()
    }
    pub fn unit(&self) -> bool {
        self.flags & UNIT != 0
    }
    pub fn duration(&self) -> bool {
        self.flags & DURATION != 0
    }
    /// A negation ("not", "never", "geen", "niet" …).
    pub fn negation(&self) -> bool {
        self.flags & NEGATION != 0
    }
    /// A subordinating conjunction (`clause::SUBORDINATORS`).
    pub fn subordinator(&self) -> bool {
        self.flags & SUBORD != 0
    }
    /// Some word list of the language holds the word, subordinators aside (that flag says
    /// nothing of a verb): what the verb guesses of `Lexicon::tag` leave alone.
    pub fn listed(&self) -> bool {
        self.flags & !SUBORD != 0
    }
    pub fn such_as_start(&self) -> bool {
        self.flags & SUCH_AS != 0
    }
    pub fn is(&self, w: &str) -> bool {
        same_bytes(&self.lower, w)
    }
    pub fn is_punct(&self, c: &str) -> bool {
        self.kind == Kind::Punct && same_bytes(&self.lower, c)
    }
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    /// All capitals and at least two letters (MGP, AMR, NHLBI; MK-7 counts).
    pub fn is_acronym_like(&self, text: &str) -> bool {
        let t = &text[self.start..self.end];
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2
            && t.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    }
}

/// `x == y`, with the first bytes compared inline: the rules test every token against
/// literals, and most differ in length or first byte, so the call to `memcmp` is rarely made.
#[inline]
fn same_bytes(x: &str, y: &str) -> bool {
    let (x, y) = (x.as_bytes(), y.as_bytes());
    x.len() == y.len() && x.first() == y.first() && x == y
}

/// The bytes of a word's ASCII fast path (letters, digits, '%'), as a table: one load a
/// byte instead of three range tests.
const WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b as u8 == b'%';
        b += 1;
    }
    table
};

/// `WORD_BYTE` with the capitals told apart: 0 not a word byte, 1 a lower-case letter, a
/// digit or '%', 2 a capital (A-Z).
const WORD_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        if WORD_BYTE[b] {
            table[b] = if (b as u8).is_ascii_uppercase() { 2 } else { 1 };
        }
        b += 1;
    }
    table
};

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '%'
}

/// Split a sentence into tokens.
pub fn tokenize(text: &str) -> Vec<Tok> {
    tokenize_with(text, |_| None)
}

/// Split a sentence into tokens; `known` gives a word list's own copy of a lower-case text
/// and its flags (`Lexicon::tag`'s look-up). A token it knows borrows that copy and takes
/// those flags; any other owns its text and has flags 0.
pub fn tokenize_with(text: &str, known: impl Fn(&str) -> Option<(&'static str, u16)>) -> Vec<Tok> {
    // the lowered text of a word with ASCII capitals, reused from word to word
    let mut scratch = String::new();
    let lower_of = |s: &str| -> (Lower, u16) {
        match known(s) {
            Some((k, f)) => (Lower::fixed(k), f),
            None => (Lower::from(s), 0),
        }
    };
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    // the character at byte `p` (ASCII without decoding)
    let char_at = |p: usize| -> Option<char> {
        let b = *bytes.get(p)?;
        if b < 0x80 {
            Some(b as char)
        } else {
            text[p..].chars().next()
        }
    };
    let mut p = 0;
    while let Some(c) = char_at(p) {
        let i = p;
        // a plain space, the most common character between tokens, without the tests below
        if c == ' ' {
            p += 1;
            continue;
        }
        p += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        let word_start = if c.is_ascii() {
            WORD_BYTE[usize::from(c as u8)]
        } else {
            word_char(c)
        };
        if word_start {
            let mut end = p;
            let mut all_num = c.is_ascii_digit();
            // every character so far is ASCII (saves a pass over the word below)
            let mut ascii = c.is_ascii();
            // 2 once an ASCII capital is seen: the runs and the first character are the only
            // places an ASCII capital can be (a joiner is not a letter, and a character
            // taken by `word_char` outside a run is not ASCII)
            let mut upper = if c.is_ascii_uppercase() { 2u8 } else { 0 };
            loop {
                // a run of ASCII letters and digits, the common case
                let run = end;
                while let Some(&b) = bytes.get(end) {
                    let k = WORD_CLASS[usize::from(b)];
                    if k == 0 {
                        break;
                    }
                    upper |= k;
                    end += 1;
                }
                // only a token that started with a digit can still be all digits: the
                // run is checked once here instead of at every byte of every word
                if all_num {
                    all_num = bytes[run..end].iter().all(u8::is_ascii_digit);
                }
                let j = end;
                // an ASCII byte that is not a word byte (the run stopped at it) ends the word
                // unless it can join: a space, most often, and a comma or full stop after a
                // letter (the tests below say the same, at more cost)
                if bytes.get(j).is_none_or(|&b| {
                    b < 0x80
                        && match b {
                            b'-' | b'\'' | b'/' => false,
                            b',' | b'.' => !bytes[..j].last().is_some_and(u8::is_ascii_digit),
                            _ => true,
                        }
                }) {
                    break;
                }
                let Some(n) = char_at(j) else {
                    break;
                };
                if word_char(n) {
                    all_num &= n.is_ascii_digit();
                    ascii &= n.is_ascii();
                    end = j + n.len_utf8();
                    continue;
                }
                // Inner joiners: MK-7, Gla-proteïne, 1,5, 2.5, 100-180, d'r, blauw/wit.
                if matches!(n, '-' | '\'' | '’' | ',' | '.' | '/') {
                    let after = char_at(j + n.len_utf8());
                    let prev_digit = text[..j]
                        .chars()
                        .next_back()
                        .is_some_and(|p| p.is_ascii_digit());
                    let ok = match (n, after) {
                        (',' | '.', Some(a)) => prev_digit && a.is_ascii_digit(),
                        ('-', Some(a)) => word_char(a),
                        ('-', None) => false,
                        ('/', Some(a)) => a.is_alphanumeric(),
                        ('\'' | '’', Some(a)) => a.is_alphabetic() && !all_num,
                        _ => false,
                    };
                    if ok {
                        ascii &= n.is_ascii();
                        end = j + n.len_utf8();
                        continue;
                    }
                    // "hart- en vaatziekten": keep the hyphen on the word.
                    if n == '-' && after.is_none_or(char::is_whitespace) {
                        end = j + 1;
                    }
                }
                break;
            }
            p = end;
            let s = &text[i..end];
            let is_num = all_num
                || (s.starts_with(|c: char| c.is_ascii_digit())
                    && s.chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-')));
            // an ASCII word without a capital (most words) is its own lower case
            let (lower, flags) = if ascii && upper & 2 == 0 {
                lower_of(s)
            } else if ascii {
                scratch.clear();
                scratch.push_str(s);
                scratch.make_ascii_lowercase();
                lower_of(&scratch)
            } else {
                // (a byte search: `contains` of a multi-byte char sets up a string searcher)
                let l = if find_str(s, "’").is_some() {
                    s.to_lowercase().replace('’', "'")
                } else {
                    s.to_lowercase()
                };
                match known(&l) {
                    Some((k, f)) => (Lower::fixed(k), f),
                    None => (Lower::from(l), 0),
                }
            };
            out.push(Tok {
                start: i,
                end,
                kind: if is_num { Kind::Num } else { Kind::Word },
                lower,
                cap: c.is_uppercase(),
                flags,
            });
        } else {
            let end = i + c.len_utf8();
            let fixed = match c {
                '“' | '”' | '„' | '«' | '»' => Some("\""),
                '‘' | '’' => Some("'"),
                '–' | '—' => Some("-"),
                other => u8::try_from(other).ok().and_then(super::lower::ascii_char),
            };
            // punctuation borrows a static one-character text; the look-up gives its flags
            let (lower, flags) = match fixed {
                Some(f) => match known(f) {
                    Some((k, fl)) => (Lower::fixed(k), fl),
                    None => (Lower::fixed(f), 0),
                },
                None => {
                    let mut buf = [0u8; 4];
                    lower_of(c.encode_utf8(&mut buf))
                }
            };
            out.push(Tok {
                start: i,
                end,
                kind: Kind::Punct,
                lower,
                cap: false,
                flags,
            });
        }
    }
    out
}

/// The number of characters of `s`: its length when it is ASCII (most words), which is
/// checked inline, where `chars().count()` is a call.
#[inline]
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `s.find(pat)` for a short ASCII pattern that is not all spaces (" | ", ", ", " ("):
/// memchr finds each place of the pattern's first byte that is not a space, and the
/// pattern is compared there. Every match holds that byte at the same offset, so the places
/// come in the order of the matches and the first one that matches is `find`'s; `str::find`
/// sets up a two-way searcher for every call instead, which costs more than these short
/// texts' scan.
pub fn find_short(s: &str, pat: &str) -> Option<usize> {
    let (b, p) = (s.as_bytes(), pat.as_bytes());
    let k = p.iter().position(|&c| c != b' ')?;
    memchr::memchr_iter(p[k], b)
        .filter(|&i| i >= k)
        .map(|i| i - k)
        .find(|&at| b[at..].starts_with(p))
}

/// `s.split(pat)` for the same patterns as `find_short`: each match ends where the next
/// search starts, so the pieces are `split`'s (leftmost matches, none overlapping).
pub fn split_short<'a>(s: &'a str, pat: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_short(r, pat) {
            Some(at) => {
                rest = r.get(at + pat.len()..);
                r.get(..at)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// `s.rfind(pat)` for the same patterns as `find_short`: the places of the key byte from
/// the end.
pub fn rfind_short(s: &str, pat: &str) -> Option<usize> {
    let (b, p) = (s.as_bytes(), pat.as_bytes());
    let k = p.iter().position(|&c| c != b' ')?;
    memchr::memrchr_iter(p[k], b)
        .filter(|&i| i >= k)
        .map(|i| i - k)
        .find(|&at| b[at..].starts_with(p))
}

/// `s.find(pat)` for any pattern, by memchr on the pattern's first byte and a comparison
/// there: the places of that byte come in increasing order, so the first one where `pat`
/// follows is the leftmost match, which is `str::find`'s. The first byte of a UTF-8 text is
/// never a continuation byte, so every such place is on a character boundary of `s`. An
/// empty pattern is found at 0, as by `str::find`. For the short texts of one sentence this
/// costs less than the two-way searcher `str::find` sets up for every call.
pub fn find_str(s: &str, pat: &str) -> Option<usize> {
    let (b, p) = (s.as_bytes(), pat.as_bytes());
    let Some(&first) = p.first() else {
        return Some(0);
    };
    memchr::memchr_iter(first, b).find(|&at| b[at..].starts_with(p))
}

/// `s.split(pat).next()`: the text before the first `pat` (see `find_short`), or all of it.
pub fn before_short<'a>(s: &'a str, pat: &str) -> &'a str {
    match find_short(s, pat) {
        // an ASCII pattern starts on a character's first byte
        Some(at) => s.get(..at).unwrap_or(s),
        None => s,
    }
}

/// The original text of tokens `from..to` (exclusive).
pub fn span<'a>(text: &'a str, toks: &[Tok], from: usize, to: usize) -> &'a str {
    if from >= to || to > toks.len() {
        return "";
    }
    &text[toks[from].start..toks[to - 1].end]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first, simpler tokenizer: the fast one must split every text the same way.
    fn tokenize_reference(text: &str) -> Vec<Tok> {
        let mut out = Vec::with_capacity(text.len() / 5);
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_whitespace() {
                continue;
            }
            if word_char(c) {
                let mut end = i + c.len_utf8();
                let mut all_num = c.is_ascii_digit();
                while let Some(&(j, n)) = iter.peek() {
                    if word_char(n) {
                        all_num &= n.is_ascii_digit();
                        end = j + n.len_utf8();
                        iter.next();
                        continue;
                    }
                    // Inner joiners: MK-7, Gla-proteïne, 1,5, 2.5, 100-180, d'r, blauw/wit.
                    if matches!(n, '-' | '\'' | '’' | ',' | '.' | '/') {
                        let after = text[j + n.len_utf8()..].chars().next();
                        let prev_digit = text[..j]
                            .chars()
                            .next_back()
                            .is_some_and(|p| p.is_ascii_digit());
                        let ok = match (n, after) {
                            (',' | '.', Some(a)) => prev_digit && a.is_ascii_digit(),
                            ('-', Some(a)) => word_char(a),
                            ('-', None) => false,
                            ('/', Some(a)) => a.is_alphanumeric(),
                            ('\'' | '’', Some(a)) => a.is_alphabetic() && !all_num,
                            _ => false,
                        };
                        if ok {
                            iter.next();
                            end = j + n.len_utf8();
                            continue;
                        }
                        // "hart- en vaatziekten": keep the hyphen on the word.
                        if n == '-' && after.is_none_or(char::is_whitespace) {
                            iter.next();
                            end = j + 1;
                        }
                    }
                    break;
                }
                let s = &text[i..end];
                let is_num = all_num
                    || (s.starts_with(|c: char| c.is_ascii_digit())
                        && s.chars()
                            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-')));
                out.push(Tok {
                    start: i,
                    end,
                    kind: if is_num { Kind::Num } else { Kind::Word },
                    lower: if s.is_ascii() {
                        s.to_ascii_lowercase()
                    } else if s.contains('’') {
                        s.to_lowercase().replace('’', "'")
                    } else {
                        s.to_lowercase()
                    }
                    .into(),
                    cap: c.is_uppercase(),
                    flags: 0,
                });
            } else {
                let end = i + c.len_utf8();
                let lower = match c {
                    '“' | '”' | '„' | '«' | '»' => "\"".to_string(),
                    '‘' | '’' => "'".to_string(),
                    '–' | '—' => "-".to_string(),
                    other => other.to_string(),
                };
                out.push(Tok {
                    start: i,
                    end,
                    kind: Kind::Punct,
                    lower: lower.into(),
                    cap: false,
                    flags: 0,
                });
            }
        }
        out
    }

    #[test]
    fn the_fast_tokenizer_splits_like_the_simple_one() {
        let mut texts = vec![
            "MK-7 (1,5 mg) en 100-180 μg, hart- en vaatziekten; 87% zink.".to_string(),
            "“Zo,” zegt hij – d’r blauw/wit 2.5 K2 co- ééntje… x".to_string(),
        ];
        for dir in ["decks/sources", "tests/gold/texts"] {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                texts.push(std::fs::read_to_string(e.path()).unwrap_or_default());
            }
        }
        for t in &texts {
            assert_eq!(tokenize(t), tokenize_reference(t));
        }
    }

    #[test]
    fn the_short_finders_find_what_str_finds() {
        let texts = [
            "",
            " | ",
            "a | b | c",
            "a |b | c",
            "a| b",
            "|| | ",
            "één, twee, drie",
            "x,, y , z,",
            "MK-7 (vitamine K2) (x)",
            "(a) b (c",
            " (",
            "µg | 5 ,  (",
        ];
        for t in texts {
            for pat in [" | ", ", ", " (", ",", "ab"] {
                assert_eq!(find_short(t, pat), t.find(pat), "{t:?} {pat:?}");
                assert_eq!(rfind_short(t, pat), t.rfind(pat), "{t:?} {pat:?}");
                assert_eq!(
                    Some(before_short(t, pat)),
                    t.split(pat).next(),
                    "{t:?} {pat:?}"
                );
            }
        }
    }

    #[test]
    fn split_short_splits_as_str_splits() {
        let texts = [
            "",
            " | ",
            "a",
            "a | b",
            "a | b | c",
            "x | | y",
            "a |  | b",
            " | a | ",
            "a|b | c",
            "één | twee",
            "| |",
        ];
        for t in texts {
            for pat in [" | ", ", ", "|"] {
                let ours: Vec<&str> = split_short(t, pat).collect();
                let std: Vec<&str> = t.split(pat).collect();
                assert_eq!(ours, std, "{t:?} {pat:?}");
            }
        }
    }

    #[test]
    fn find_str_finds_what_str_finds() {
        let texts = [
            "",
            "a",
            "aaa",
            "één, twee, drie, één",
            "the liver, an organ located below the diaphragm",
            "µg µ g µgµg",
            "x,, y , z,",
        ];
        let pats = [
            "",
            "a",
            "aa",
            "één",
            "twee, drie",
            "liver",
            "organ located",
            "µg",
            "g µ",
            " ",
            ",,",
            "zz",
            "diaphragm!",
        ];
        for t in texts {
            for pat in pats {
                assert_eq!(find_str(t, pat), t.find(pat), "{t:?} {pat:?}");
            }
        }
    }

    fn words(s: &str) -> Vec<String> {
        tokenize(s)
            .into_iter()
            .map(|t| s[t.start..t.end].to_string())
            .collect()
    }

    #[test]
    fn joined_words_numbers_and_units() {
        assert_eq!(
            words("MK-7 (1,5 mg) en 100-180 μg, hart- en vaatziekten; 87% zink."),
            vec![
                "MK-7",
                "(",
                "1,5",
                "mg",
                ")",
                "en",
                "100-180",
                "μg",
                ",",
                "hart-",
                "en",
                "vaatziekten",
                ";",
                "87%",
                "zink",
                "."
            ]
        );
        let t = tokenize("Gla-proteïne 2.5 K2");
        assert_eq!(t[0].kind, Kind::Word);
        assert_eq!(t[1].kind, Kind::Num);
        assert_eq!(t[2].lower, "k2");
    }

    #[test]
    fn quotes_are_normalised_for_matching() {
        let t = tokenize("“Zo,” zegt hij – klaar");
        assert_eq!(t[0].lower, "\"");
        assert_eq!(t[2].lower, ",");
        assert_eq!(t[3].lower, "\"");
        assert_eq!(t[6].lower, "-");
    }
}
