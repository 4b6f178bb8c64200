//! Stage 6: hard filters. A candidate that fails one is dropped, whatever its score: the
//! answer may not show in the question (not even as part of a compound), the question must
//! be a grammatical-looking question of sensible length, and no pronoun may dangle.

use unicode_normalization::UnicodeNormalization;

use super::analyse::Analysis;
use super::lang::Lexicon;
use super::rules::{Candidate, Rule};
use super::tokens::{ARTICLE, STOP, UNIT};

mod word_list;
use word_list::WordList;

/// Lower case, no diacritics, μ → u, split on anything not a letter or digit.
pub fn norm_tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    norm_each(s, |t| out.push(t.to_string()));
    out
}

/// Words that say how many of a kind, not which ("enkele soorten", "some species").
const QUANTIFIERS: &[&str] = &[
    "some",
    "many",
    "several",
    "few",
    "various",
    "enkele",
    "sommige",
    "veel",
    "vele",
    "verschillende",
    "diverse",
    "weinig",
];

/// `norm_tokens(s).join(" ")` in one string: the ranking needs the joined form as a key and
/// the tokens as slices of it (`norm_split`), and a string per token cost an allocation each.
pub fn norm_joined(s: &str) -> String {
    if s.is_ascii() {
        return norm_joined_ascii(s.as_bytes());
    }
    norm_joined_mixed(s)
}

/// `norm_joined` of a text with non-ASCII characters (most Dutch fronts and clozes: a few
/// accented letters or curly quotes among ASCII words). The ASCII bytes go as in
/// `norm_joined_ascii`, eight plain ones at a time where they can be copied as they are, and
/// a space is written after a token as soon as a separator follows it (the last one dropped
/// at the end), so a block may start or end on a space; a character outside ASCII is
/// decoded and folded as `norm_each` does.
fn norm_joined_mixed(s: &str) -> String {
    let bytes = s.as_bytes();
    // a folded character may be longer than its bytes (a ligature, a decomposed capital):
    // pushed, with room for most texts reserved
    let mut out: Vec<u8> = Vec::with_capacity(s.len() + 8);
    // the last byte written belongs to a token: a separator now writes one space
    let mut open = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            // eight plain ASCII bytes (the test of `plain_spaces` needs ASCII: a byte of
            // 0x80 or more could carry into the next) that keep single spaces between tokens
            if let Some(w) = bytes
                .get(i..i + 8)
                .and_then(|c| <[u8; 8]>::try_from(c).ok())
            {
                let x = u64::from_le_bytes(w);
                if x & 0x8080_8080_8080_8080 == 0
                    && let Some(sp) = plain_spaces(x)
                    && sp & (sp << 8) == 0
                    && (sp & 0x80 == 0 || open)
                {
                    out.extend_from_slice(&w);
                    open = w[7] != b' ';
                    i += 8;
                    continue;
                }
            }
            match ASCII_FOLD[usize::from(b)] {
                0 if open => {
                    out.push(b' ');
                    open = false;
                }
                0 => {}
                l => {
                    out.push(l);
                    open = true;
                }
            }
            i += 1;
            continue;
        }
        // a non-ASCII byte starts a character here: `i` only ever steps over whole ones
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        let put = |out: &mut Vec<u8>, l: char| {
            let mut buf = [0u8; 4];
            out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
        };
        match fold_char(c) {
            Some(f) => {
                put(&mut out, f);
                open = true;
            }
            None if c.is_alphanumeric() => {
                for d in c.nfkd() {
                    if !unicode_normalization::char::is_combining_mark(d) {
                        for l in d.to_lowercase() {
                            put(&mut out, l);
                            open = true;
                        }
                    }
                }
            }
            None if open => {
                out.push(b' ');
                open = false;
            }
            None => {}
        }
    }
    // a separator's space at the end: no token follows it
    if !open {
        out.pop();
    }
    // whole characters and ASCII bytes only: always UTF-8
    String::from_utf8(out).unwrap_or_default()
}

/// An ASCII byte's lower case if it is a letter or digit, else 0 (`fold_char` on ASCII).
const ASCII_FOLD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// `norm_joined` of an ASCII text (most fronts and answers). Each letter or digit gives one
/// lower-case byte; the first other byte after a token gives one space, and a space left at
/// the end is dropped. That is the tokens joined by single spaces, and the result is never
/// longer than the text, so it is written into a buffer of the text's length. Eight bytes
/// that are already in that form (lower-case letters, digits and single spaces: most of a
/// sentence between its capitals and punctuation) are copied as they are.
fn norm_joined_ascii(b: &[u8]) -> String {
    let mut out = vec![0u8; b.len()];
    let mut n = 0;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let spaces = <[u8; 8]>::try_from(c)
            .ok()
            .and_then(|w| plain_spaces(u64::from_le_bytes(w)));
        // no two spaces in a row, nor a space after the space or the start written so far
        let copy = spaces.is_some_and(|sp| {
            sp & (sp << 8) == 0 && (sp & 0x80 == 0 || n > 0 && out[n - 1] != b' ')
        });
        if copy {
            // `n` is at most the bytes read so far: the eight fit
            out[n..n + 8].copy_from_slice(c);
            n += 8;
        } else {
            for &x in c {
                n = put_folded(&mut out, n, x);
            }
        }
    }
    for &x in chunks.remainder() {
        n = put_folded(&mut out, n, x);
    }
    if n > 0 && out[n - 1] == b' ' {
        n -= 1;
    }
    out.truncate(n);
    // ASCII letters, digits and spaces only: always UTF-8
    String::from_utf8(out).unwrap_or_default()
}

/// One byte of `norm_joined_ascii`: a letter or digit in lower case (one table load for the
/// test and the case), or a space after a token; returns the new length.
#[inline]
fn put_folded(out: &mut [u8], n: usize, c: u8) -> usize {
    let l = ASCII_FOLD[usize::from(c)];
    if l != 0 {
        out[n] = l;
        n + 1
    } else if n > 0 && out[n - 1] != b' ' {
        out[n] = b' ';
        n + 1
    } else {
        n
    }
}

/// For eight ASCII bytes (little-endian in `x`) that are all lower-case letters, digits or
/// spaces, the spaces (bit 7 of each space byte); else `None`. Each test adds a constant to
/// every byte at once: a byte below 0x80 plus at most 0x7f does not carry into the next.
fn plain_spaces(x: u64) -> Option<u64> {
    const fn each(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    const HIGH: u64 = each(0x80);
    // bit 7 set where the byte is at least `lo` and below `hi`
    let within = |lo: u8, hi: u8| (x + each(0x80 - lo)) & !(x + each(0x80 - hi)) & HIGH;
    let word = within(b'a', b'z' + 1) | within(b'0', b'9' + 1);
    // a zero byte of `x ^ "        "`, tested exactly (no borrow from the byte below)
    let y = x ^ each(b' ');
    let spaces = !(((y & each(0x7f)) + each(0x7f)) | y) & HIGH;
    (word | spaces == HIGH).then_some(spaces)
}

/// The tokens of a `norm_joined` string (no token holds a space).
pub fn norm_split(joined: &str) -> Vec<&str> {
    // by bytes: the tokens are short, and a char searcher's set-up per token cost more than
    // the scan (a space is one byte and never inside a UTF-8 sequence)
    let mut out = Vec::with_capacity(joined.len() / 4 + 1);
    let mut from = 0;
    for (i, b) in joined.bytes().enumerate() {
        if b == b' ' {
            out.push(&joined[from..i]);
            from = i + 1;
        }
    }
    if !joined.is_empty() {
        out.push(&joined[from..]);
    }
    out
}

/// `norm_tokens` without collecting them: `f` sees each token in turn.
pub fn norm_each(s: &str, mut f: impl FnMut(&str)) {
    let bytes = s.as_bytes();
    let mut cur = String::new();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                // a token of lower-case ASCII letters and digits that ends at an ASCII
                // separator or the end (most words) is handed out as a slice, not copied
                if cur.is_empty() {
                    let run = bytes[i..]
                        .iter()
                        .position(|x| !(x.is_ascii_lowercase() || x.is_ascii_digit()))
                        .map_or(bytes.len(), |p| i + p);
                    if bytes
                        .get(run)
                        .is_none_or(|x| x.is_ascii() && !x.is_ascii_alphanumeric())
                    {
                        f(&s[i..run]);
                        i = run;
                        continue;
                    }
                }
                cur.push(char::from(b.to_ascii_lowercase()));
            } else if !cur.is_empty() {
                f(&cur);
                cur.clear();
            }
            i += 1;
            continue;
        }
        // a non-ASCII byte starts a character here: `i` only ever steps over whole ones
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        let folded = fold_char(c);
        match folded {
            Some(f) => cur.push(f),
            None if c.is_alphanumeric() => {
                // other letters: decompose and keep the base letters
                for d in c.nfkd() {
                    if !unicode_normalization::char::is_combining_mark(d) {
                        cur.extend(d.to_lowercase());
                    }
                }
            }
            None => {
                if !cur.is_empty() {
                    f(&cur);
                    cur.clear();
                }
            }
        }
    }
    if !cur.is_empty() {
        f(&cur);
    }
}

/// Lower case without diacritics for the characters Dutch and English text uses; `None` for
/// a separator or a character that needs full decomposition.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric().then(|| c.to_ascii_lowercase());
    }
    Some(match c {
        'à' | 'á' | 'â' | 'ä' | 'À' | 'Á' | 'Â' | 'Ä' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        'μ' | 'µ' => 'u',
        _ => return None,
    })
}

/// Two normalised tokens are the same word for leak purposes: equal, one a compound part of
/// the other (tuinslangen / elastische tuinslangen, heemijzer / non-heemijzer), or sharing a
/// prefix of at least five letters that covers three quarters of the shorter
/// (vitamine / vitamines, verharding / verhardt) — but not osteoblasten / osteocalcine.
pub fn same_word(a: &str, w: &str) -> bool {
    same_word_counted(a, char_count(a), w, char_count(w))
}

/// The number of characters of a token.
#[inline]
fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `same_word(a, w)` with `la = char_count(a)` and `lw = char_count(w)` at hand: `leaks_toks`
/// counts each token once instead of once for every pair it is in.
fn same_word_counted(a: &str, la: usize, w: &str, lw: usize) -> bool {
    // Most pairs differ in their first byte: then neither is the other plus an ending, nor
    // equal, nor do they share a prefix, and only a compound part is left to look for.
    if let (Some(x), Some(y)) = (a.as_bytes().first(), w.as_bytes().first())
        && x != y
    {
        return la >= 4
            && lw >= 4
            && ((la >= 5 && w.len() > a.len() && holds(w, a))
                || (lw >= 6 && a.len() > w.len() && holds(a, w)));
    }
    // x is y plus a plural ending
    let plural = |x: &str, y: &str| {
        x.len() > y.len() && x.starts_with(y) && matches!(&x[y.len()..], "s" | "es" | "en" | "n")
    };
    if plural(a, w) || plural(w, a) {
        return true;
    }
    if la < 4 || lw < 4 {
        return a == w;
    }
    if a == w
        || (la >= 5 && w.len() > a.len() && holds(w, a))
        || (lw >= 6 && a.len() > w.len() && holds(a, w))
    {
        return true;
    }
    let common = a.chars().zip(w.chars()).take_while(|(x, y)| x == y).count();
    common >= 5 && common * 4 >= la.min(lw) * 3
}

/// `hay.contains(needle)` for short words, without a searcher's setup.
fn holds(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    (0..=h.len() - n.len()).any(|i| h[i] == first && &h[i..i + n.len()] == n)
}

/// Does any content token of the answer show in the question (5-letter prefixes, parts of
/// compounds included)?
pub fn leaks(lex: &Lexicon, question: &str, answer: &str) -> bool {
    let (q, ans) = (norm_joined(question), norm_joined(answer));
    leaks_toks(lex, &norm_split(&q), &norm_split(&ans))
}

/// `leaks` on normalised tokens.
pub fn leaks_toks(lex: &Lexicon, q: &[&str], answer: &[&str]) -> bool {
    // units do not give an amount away: "27 mg" is not leaked by "18 mg" in the question
    let mut content: Vec<&str> = answer
        .iter()
        .copied()
        // one look-up for the three lists
        .filter(|t| lex.word_flags(t) & (STOP | ARTICLE | UNIT) == 0)
        .collect();
    // a word the answer repeats ("oxygene fotosynthese en anoxygene fotosynthese") counts once
    content.sort_unstable();
    content.dedup();
    if content.is_empty() {
        return false;
    }
    // each question token's character count once, not once per answer token
    let q: Vec<(&str, usize)> = q.iter().map(|w| (*w, char_count(w))).collect();
    let shows = |a: &&str| {
        let la = char_count(a);
        let a0 = a.as_bytes().first();
        // `same_word_counted`'s first branch, inline: a pair with different first bytes
        // where either word is shorter than four characters is no match
        q.iter().any(|&(w, lw)| {
            if a0 != w.as_bytes().first() && a0.is_some() && !w.is_empty() && (la < 4 || lw < 4) {
                return false;
            }
            same_word_counted(a, la, w, lw)
        })
    };
    // one content word: any sign of it leaks; more: half of them showing leaks. That is
    // `need` words shown (at least one), so the count stops once the answer is known: at
    // `need` words shown, or when too few words are left to reach it
    let need = content.len().div_ceil(2).max(1);
    let (mut shown, mut left) = (0, content.len());
    for a in &content {
        if shown + left < need {
            return false;
        }
        left -= 1;
        if shows(a) {
            shown += 1;
            if shown >= need {
                return true;
            }
        }
    }
    false
}

/// `refuse_form`'s pass over an ASCII front: (words, characters, open round brackets,
/// straight quotes, a stray space or punctuation mark). `char::is_whitespace` on an ASCII
/// character is a tab, line feed, vertical tab, form feed, carriage return or space.
fn form_ascii(b: &[u8]) -> (usize, usize, i32, u32, bool) {
    // separate counting passes without branches or early exits, which the compiler
    // vectorises: the fronts are a few dozen bytes, and the pass byte by byte with its
    // running state cost about fifteen instructions a byte
    let space = |x: u8| (x.wrapping_sub(9) < 5) | (x == b' ');
    let count = |x: u8| b.iter().fold(0u32, |n, &c| n + u32::from(c == x));
    // a word starts at a non-space after a space, or at the first byte
    let first = b.first().is_some_and(|&c| !space(c));
    // (b[i - 1], b[i]) for i >= 1: two slice iterators, which the compiler zips by index
    let pairs = || b.iter().zip(b.get(1..).unwrap_or_default());
    let words = pairs().fold(usize::from(first), |n, (&p, &c)| {
        n + usize::from(space(p) & !space(c))
    });
    let paren = count(b'(') as i32 - count(b')') as i32;
    let straight = count(b'"');
    // a stray space or punctuation mark: " ,", ",?", " ?", "  " or " ." anywhere after
    // the first byte (the pairs of consecutive bytes)
    let stray = pairs().fold(false, |acc, (&p, &c)| {
        acc | ((p == b' ') & ((c == b',') | (c == b'?') | (c == b' ') | (c == b'.')))
            | ((p == b',') & (c == b'?'))
    });
    (words, b.len(), paren, straight, stray)
}

/// One character's step of the curly-quote count: Dutch opens low („) and closes with ” or
/// “; English opens with “ and closes with ”. Both counts end at 0 in a balanced text.
fn curly_step(c: char, curly: &mut i32, low: &mut i32) {
    match c {
        '„' => *low += 1,
        '“' | '”' if *low > 0 => *low -= 1,
        '“' => *curly += 1,
        '”' => *curly -= 1,
        _ => {}
    }
}

/// `refuse_form`'s pass over any front: (words, characters, open round brackets, open curly
/// quotes, straight quotes, a stray space or punctuation mark).
fn form_chars(front: &str) -> (usize, usize, i32, i32, u32, bool) {
    let (mut words, mut chars, mut prev) = (0usize, 0usize, ' ');
    let (mut paren, mut curly, mut straight, mut stray) = (0i32, 0i32, 0u32, false);
    let mut low = 0i32;
    for c in front.chars() {
        chars += 1;
        if !c.is_whitespace() && prev.is_whitespace() {
            words += 1;
        }
        match c {
            '(' => paren += 1,
            ')' => paren -= 1,
            '"' => straight += 1,
            _ => curly_step(c, &mut curly, &mut low),
        }
        stray |= matches!(
            (prev, c),
            (' ', ',') | (',', '?') | (' ', '?') | (' ', ' ') | (' ', '.')
        ) && chars > 1;
        prev = c;
    }
    // a low quote left open counts as an unclosed one (never cancelling a stray closing one)
    let open = if low == 0 { curly } else { curly.abs() + low };
    (words, chars, paren, open, straight, stray)
}

fn balanced(s: &str) -> bool {
    let (mut paren, mut curly, mut straight) = (0i32, 0i32, 0u32);
    // an ASCII text has no curly quotes, and its bytes are its characters
    if s.is_ascii() {
        for b in s.bytes() {
            match b {
                b'(' => paren += 1,
                b')' => paren -= 1,
                b'"' => straight += 1,
                _ => {}
            }
        }
        return paren == 0 && straight.is_multiple_of(2);
    }
    let mut low = 0i32;
    for c in s.chars() {
        match c {
            '(' => paren += 1,
            ')' => paren -= 1,
            '"' => straight += 1,
            _ => curly_step(c, &mut curly, &mut low),
        }
    }
    paren == 0 && curly == 0 && low == 0 && straight.is_multiple_of(2)
}

/// A pronoun of either language that would dangle in a question (see `refuse`'s check).
pub(super) fn dangling_word(w: &str) -> bool {
    DANGLING_NL.contains(&w) || DANGLING_EN.contains(&w)
}

const DANGLING_NL: &[&str] = &[
    "hij", "zij", "ze", "hierdoor", "daardoor", "hem", "hen", "deze", "dit", "hiervan", "daarvan",
    "ervan", "hun", "haar",
];
const DANGLING_EN: &[&str] = &[
    "he", "she", "they", "them", "it", "this", "these", "those", "its", "their", "his", "her",
    "him",
];

/// Why a question/answer candidate is refused, if it is.
pub fn refuse(a: &Analysis, c: &Candidate) -> Option<&'static str> {
    let (q, ans) = (norm_joined(&c.front), norm_joined(&c.back));
    refuse_toks(a, c, &norm_split(&q), &norm_split(&ans))
}

/// `refuse` with the front's and back's normalised tokens already at hand.
pub fn refuse_toks(a: &Analysis, c: &Candidate, qt: &[&str], ans: &[&str]) -> Option<&'static str> {
    refuse_form(c).or_else(|| refuse_content(a, c, qt, ans))
}

/// The checks on the question's form alone, which need no tokens: a question mark, a
/// capital, a sensible length, clean punctuation, balanced brackets and quotes.
pub fn refuse_form(c: &Candidate) -> Option<&'static str> {
    if c.cloze {
        return None;
    }
    let front = c.front.trim();
    if !front.ends_with('?') {
        return Some("no question mark");
    }
    if !front.chars().next().is_some_and(char::is_uppercase) {
        return Some("no capital");
    }
    // one pass: words, characters, stray spaces, brackets and quotes; most fronts are ASCII,
    // and their pass goes by bytes (a byte is a character; no curly quotes)
    let (words, chars, paren, curly, straight, stray) = if front.is_ascii() {
        let (words, chars, paren, straight, stray) = form_ascii(front.as_bytes());
        (words, chars, paren, 0, straight, stray)
    } else {
        form_chars(front)
    };
    if !(3..=30).contains(&words) {
        return Some("length");
    }
    if chars > 300 {
        return Some("too long");
    }
    if stray {
        return Some("punctuation");
    }
    if paren != 0 || curly != 0 || !straight.is_multiple_of(2) || !balanced(&c.back) {
        return Some("unbalanced");
    }
    // "What clears waste products such?": a question cut before the "as" of "such as"
    if front.ends_with(" such?") || front.ends_with(" zoals?") {
        return Some("cut question");
    }
    // "Waarvan is de naam afgeleid, een woord?": an apposition left behind by the answer
    // "What do plants release through tiny pores, a process called transpiration?": so is
    // a naming apposition
    let unasked = front.trim_end_matches('?');
    if let Some(at) = super::tokens::rfind_short(unasked, ", ")
        && let tail = &unasked[at + 2..]
        && ["een ", "a ", "an "].iter().any(|a| tail.starts_with(a))
        && (tail.split(' ').count() <= 3
            || [" called ", " known as ", " genoemd", " heet "]
                .iter()
                .any(|w| tail.contains(w)))
    {
        return Some("stranded apposition");
    }
    // "→ (niet) en scorbutus": an answer that opens with a bracket lost what it glosses;
    // "→ voorbeeld van zo'n kolonie" points at a sentence the card does not show
    // "→ , minder correct, ook wel zeebevingen": an answer that opens with a mark other than
    // a quote was cut in the wrong place
    if c.back.starts_with(['(', ',', ';', ':', '.', ')']) {
        return Some("cut answer");
    }
    let mut words = c.back.split(' ').peekable();
    while let Some(raw) = words.next() {
        // every word looked for starts with s, z, d or t: a word whose first byte is ASCII
        // and lowers to none of them lowers to none of the words (an ASCII character's lower
        // case is its ASCII lower case), and is not lowered at all
        if !raw
            .as_bytes()
            .first()
            .is_some_and(|&b| b >= 0x80 || matches!(b | 0x20, b's' | b'z' | b'd' | b't'))
        {
            continue;
        }
        let w = lower_case(raw);
        let such = w == "such" && words.peek().is_some_and(|n| lower_case(n) != "as");
        if such
            || matches!(
                &*w,
                "zo'n" | "zulke" | "dergelijke" | "dergelijk" | "deze" | "these" | "those"
            )
        {
            return Some("dangling reference");
        }
    }
    None
}

/// A question whose clause was cut or spliced by some rule ("What is the process by which
/// food?", "Hoe mossen net zoals en wolfsklauwen?"): checked once on the finished front, with
/// the token flags of the language, because the faults come from many rules.
fn garbled(lex: &Lexicon, front: &str) -> Option<&'static str> {
    // most fronts hold none of the words the tests below need: no tokenizing for them (a new
    // test in `garbled_tokens` needs its trigger words in `may_be_garbled` too)
    if super::how_many_of::bare_how_many_of(front) {
        return Some("how many of a bare noun");
    }
    if super::adverb_subject::adverb_subject(lex, front) {
        return Some("adverb as subject");
    }
    if !super::garble_words::may_be_garbled(lex, front) {
        return None;
    }
    garbled_tokens(lex, front)
}

/// `garbled`'s tests, on the front's tokens.
pub(super) fn garbled_tokens(lex: &Lexicon, front: &str) -> Option<&'static str> {
    let mut toks = lex.tokenize(front);
    // an acronym is a name, whatever word it spells: "What does WHO stand for?" (all its
    // letters are capitals: an ASCII token without a capital is none, and is not scanned)
    for t in toks.iter_mut() {
        let raw = front.as_bytes().get(t.start..t.end).unwrap_or_default();
        if (!raw.is_ascii() || raw.iter().any(u8::is_ascii_uppercase)) && t.is_acronym_like(front) {
            t.flags = 0;
        }
    }
    let words: Vec<&super::tokens::Tok> = toks
        .iter()
        .filter(|t| t.kind != super::tokens::Kind::Punct)
        .collect();
    // "Why does which form …?": a relative pronoun (an acronym is none, "does WHO") where
    // the subject belongs
    if !lex.dutch
        && super::relative_subject::relative_as_subject(
            words
                .iter()
                .map(|t| if t.flags == 0 { "" } else { t.lower.as_str() }),
        )
    {
        return Some("relative as subject");
    }
    // "… and?", "… een?": a conjunction or an article needs what follows it
    if words.last().is_some_and(|t| t.conj() || t.article()) {
        return Some("cut question");
    }
    // "Hoe mossen net zoals en wolfsklauwen …?": a conjunction right after a word that needs
    // a noun phrase lost the first half of its coordination; "What are caves found … such
    // in?": a final preposition after "such" lost its "as" and its object
    for (i, t) in words.iter().enumerate().skip(1) {
        let prev = words[i - 1];
        // not after a preposition: "in and out", "voor en na" are fine
        let open = prev.article() || prev.such_as_start() || prev.subordinator();
        if t.conj() && open {
            return Some("cut coordination");
        }
        if i + 1 == words.len() && t.prep() && prev.such_as_start() {
            return Some("cut question");
        }
    }
    // "Wat zijn de kevers activeert?", "Why do the most damage from sinkholes tends?": after
    // a finite verb, a singular present form in the same clause (no conjunction or comma
    // between) was spliced in from another clause. (A modal after a finite verb, "What
    // returned … would not result …?", is one too, but its refusal gave way to a cloze that
    // shows its own gap, "ground-water … {{ground water}}": left for the cloze side.) Plural and past forms are left alone: they are also infinitives, bare
    // forms and participles ("Why do birds migrate?"). English singular forms are also
    // plural nouns ("the principal causes"), so they count only after do-support or a modal.
    // A subordinate or relative clause ends where the words do not say: the check stops
    // there ("people who have one stone will develop more").
    const MODALS: &[&str] = &[
        "can", "could", "will", "would", "may", "might", "must", "should",
    ];
    let mut first: Option<&str> = None;
    for (i, t) in toks.iter().enumerate() {
        let l = t.lower.as_str();
        // the question word ("Wat", "When", "In welk jaar") opens no subordinate clause
        let question_word = i == 0 || (i == 1 && toks[0].prep());
        // a quote is a clause of its own: "Wie zegt: “Vitamine K2 activeert …”?"
        let quote = t.kind == super::tokens::Kind::Punct && !t.is(",");
        if (t.subordinator() || t.relative()) && !question_word || quote {
            break;
        }
        if t.conj() || t.is_punct(",") {
            first = None;
            continue;
        }
        if !t.finite() && !lex.aux.contains(&l) {
            continue;
        }
        let Some(before) = first else {
            first = Some(l);
            continue;
        };
        // a verb the lists miss but the tagger took for one: "tends"
        let guessed_singular =
            !lex.dutch && lex.verb(l).is_none() && l.ends_with('s') && !l.ends_with("ss");
        let singular_present = (guessed_singular
            || lex
                .verb(l)
                .is_some_and(|(_, plural, past)| !plural && !past))
            && !lex.is_verb_participle(l)
            && !lex.aux.contains(&l)
            && (lex.dutch || matches!(before, "do" | "does" | "did") || MODALS.contains(&before));
        if singular_present {
            return Some("two finite verbs");
        }
    }
    // "What is the process by which food?": a relative clause with no verb was cut short;
    // the first word is the question word, and "that"/"dat"/"wat" are also determiners or
    // pronouns, so only a relative after a preposition ("by which") or an unambiguous one
    for (i, t) in words.iter().enumerate().skip(1) {
        let rest = &words[i + 1..];
        let verb_like = |w: &&super::tokens::Tok| {
            let l = w.lower.as_str();
            w.finite() || lex.aux.contains(&l) || lex.verb(l).is_some() || l.ends_with("not")
        };
        // a short rest only: a verb the word lists miss may hide in a longer one
        if !t.relative() || rest.len() > 3 || rest.iter().any(verb_like) {
            continue;
        }
        let after_prep = words[i - 1].prep() && i >= 2;
        let unambiguous = matches!(
            t.lower.as_str(),
            "which" | "who" | "whom" | "whose" | "waarin" | "waarbij" | "waardoor" | "waarmee"
        );
        if after_prep || unambiguous {
            return Some("cut relative clause");
        }
    }
    None
}

/// `w.to_lowercase()`, without a copy for an ASCII word with no capital (most words of an
/// answer), which is its own lower case; another ASCII word is lowered byte by byte, which
/// for ASCII is what `to_lowercase` does.
pub(crate) fn lower_case(w: &str) -> std::borrow::Cow<'_, str> {
    if !w.is_ascii() {
        super::lower_text::lower_text(w).into()
    } else if w.bytes().any(|b| b.is_ascii_uppercase()) {
        w.to_ascii_lowercase().into()
    } else {
        w.into()
    }
}

/// Kind words that, alone as an answer, stand for a thing named elsewhere (fresh21).
const BARE_KINDS: &[&str] = &[
    "condition",
    "conditions",
    "disease",
    "diseases",
    "disorder",
    "disorders",
    "diagnosis",
    "problem",
    "problems",
    "process",
    "processes",
    "thing",
    "things",
    "substance",
    "substances",
    "behavior",
    "behaviour",
    "aandoening",
    "aandoeningen",
    "ziekte",
    "ziekten",
    "ziektes",
    "stoornis",
    "diagnose",
    "probleem",
    "problemen",
    "proces",
    "processen",
    "ding",
    "dingen",
    "stof",
    "stoffen",
    "gedrag",
];

/// The checks that need the question's and answer's tokens (leaks, answer size, pronouns).
/// Adjectives of taste, in both languages: a question built on one has no single answer.
const SUBJECTIVE: &[&str] = &[
    "fascinerend",
    "fascinerende",
    "interessant",
    "interessante",
    "boeiend",
    "boeiende",
    "spannend",
    "spannende",
    "intrigerend",
    "intrigerende",
    "opwindend",
    "opwindende",
    "fascinating",
    "interesting",
    "exciting",
    "intriguing",
    "thrilling",
];

// the lists `refuse_content` asks about every token of a question (or of its answer)
const SUBJECTIVE_LIST: WordList = WordList::new(SUBJECTIVE);
const DANGLING_NL_LIST: WordList = WordList::new(DANGLING_NL);
const DANGLING_EN_LIST: WordList = WordList::new(DANGLING_EN);
const QUANTIFIERS_LIST: WordList = WordList::new(QUANTIFIERS);
const BARE_KINDS_LIST: WordList = WordList::new(BARE_KINDS);

/// "Wat voor poten hebben spechten? → zygodactylische poten", "What kind of atmosphere …":
/// the noun a which-kind question names is the head its answer needs (round 29), no leak;
/// the answer less that last word is what must not show.
fn without_kind_noun<'a, 'b>(qt: &[&str], ans: &'b [&'a str]) -> &'b [&'a str] {
    let noun = match qt {
        ["wat", "voor", n, ..] | ["over", "wat", "voor", n, ..] => *n,
        ["what", "kind" | "type" | "sort", "of", n, ..] => *n,
        _ => return ans,
    };
    match ans.split_last() {
        Some((last, rest)) if !rest.is_empty() && *last == noun => rest,
        _ => ans,
    }
}

pub fn refuse_content(
    a: &Analysis,
    c: &Candidate,
    qt: &[&str],
    ans: &[&str],
) -> Option<&'static str> {
    let lex = a.lex();
    let s = &a.sents[c.sent];
    if c.cloze {
        return None;
    }
    let front = c.front.trim();
    if matches!(c.rule, Rule::Definition | Rule::Naming) {
        // a definition may repeat a word of the term, never most of the answer
        let q = qt;
        let content: Vec<&str> = ans.iter().copied().filter(|t| !lex.is_stop(t)).collect();
        let shown = content
            .iter()
            .filter(|t| q.iter().any(|w| same_word(t, w)))
            .count();
        if content.len() <= 1 && shown > 0 || shown * 2 > content.len() {
            return Some("leak");
        }
    } else if leaks_toks(lex, qt, without_kind_noun(qt, ans)) {
        return Some("leak");
    }
    // "Wat bereiken de meeste soorten tot 13 cm? → lengte van 7": a range cut in two
    if super::split_range::split_range(&s.toks, qt, ans) {
        return Some("split range");
    }
    // "Wat is een fascinerend gebied van onderzoek?": a judgement of taste singles nothing out
    if qt.iter().any(|t| SUBJECTIVE_LIST.contains(t)) {
        return Some("subjective question");
    }
    let content = ans.iter().filter(|t| !lex.is_stop(t)).count();
    let max = if c.rule == Rule::Reason { 14 } else { 8 };
    let acronym = c.back.chars().filter(|ch| ch.is_uppercase()).count() >= 2;
    // the answer of a yes/no question (`rules::denial`) is a stop word, and all of it
    let yes_no = matches!(c.back.as_str(), "no" | "nee");
    if (content == 0 && !acronym && !yes_no) || content > max {
        return Some("answer size");
    }
    // "Wat zorgt gal? → ervoor": a pronominal adverb stands for something else too
    if ans.len() == 1 && (lex.pronouns.contains(&ans[0]) || super::cloze::pronominal_adverb(ans[0]))
    {
        return Some("pronoun answer");
    }
    // "What affects the airways in the lungs? → condition", "What occurs after age 30? →
    // diagnosis", "Wat bevat gal? → stoffen": a kind word alone points back at what the
    // sentence or the one before it named; it names nothing to recall (fresh21)
    if content == 1
        && ans
            .iter()
            .find(|t| !lex.is_stop(t))
            .is_some_and(|t| BARE_KINDS_LIST.contains(t))
    {
        return Some("bare kind answer");
    }
    // "What responds by damaging villi? → their immune system": whose, the card does not say
    if c.rule == Rule::Subject
        && ans.first().is_some_and(|t| {
            matches!(
                *t,
                "their"
                    | "its"
                    | "his"
                    | "her"
                    | "our"
                    | "your"
                    | "hun"
                    | "zijn"
                    | "haar"
                    | "onze"
                    | "ons"
                    | "jouw"
                    | "je"
            )
        })
    {
        return Some("possessive answer");
    }
    // "… and conducts basic research": the second half of a coordination, cut off its first
    if ans.first().is_some_and(|t| lex.conjunctions.contains(t)) {
        return Some("answer starts with a conjunction");
    }
    // "researchers", "women", "the scientists": a role or everyday noun alone tests nothing
    let content_words: Vec<&str> = ans
        .iter()
        .copied()
        .filter(|t| lex.word_flags(t) & (STOP | ARTICLE) == 0)
        .collect();
    const WEAK: &[&str] = &[
        "onderzoekers",
        "wetenschappers",
        "eigenschappen",
        "westerlingen",
        "vrouwen",
        "mannen",
        "mensen",
        "kinderen",
        "schaduw",
        "dingen",
        "researchers",
        "scientists",
        "investigators",
        "authors",
        "women",
        "men",
        "people",
        "children",
        "properties",
        "participants",
        "things",
    ];
    if content_words.len() == 1
        && c.back.chars().all(|ch| !ch.is_uppercase())
        && (WEAK.contains(&content_words[0])
            || lex.noun(content_words[0]).is_some_and(|n| {
                n.person && (content_words[0] == n.plural || content_words[0] == n.singular)
            }))
    {
        return Some("weak answer");
    }
    let lead = usize::from(s.toks.first().is_some_and(|t| t.is_punct("\"")));
    let first = s.toks.get(lead).map(|t| t.lower.as_str()).unwrap_or("");
    if lex.imperatives.contains(&first) && c.rule != Rule::Analogy {
        return Some("imperative");
    }
    let dangling = if a.lang.code() == "nl" {
        &DANGLING_NL_LIST
    } else {
        &DANGLING_EN_LIST
    };
    // "Plants release water vapor …. What is this process called?": the question states the
    // process before it points at it
    let stated = c.rule == Rule::Naming && c.front.contains(". ");
    for (i, &t) in qt.iter().enumerate() {
        if stated && matches!(t, "this" | "dit" | "these" | "deze") && i + 4 >= qt.len() {
            continue;
        }
        // "What helps readers track their habits?": a possessive after a noun of the
        // question refers to it
        let possessive_with_noun = matches!(t, "their" | "its" | "his" | "her" | "hun" | "haar")
            && i >= 2
            && qt[1..i]
                .iter()
                .any(|w| !lex.is_stop(w) && !lex.is_finite(w) && w.len() > 3);
        // "het haar", "de haren": hair, no pronoun
        let noun_after_article = t == "haar" && i > 0 && lex.articles.contains(&qt[i - 1]);
        // lengths and first bytes first: most words differ there from every pronoun
        if !noun_after_article && dangling.contains(t) && !possessive_with_noun {
            return Some("dangling pronoun");
        }
        // Dutch "het" as a pronoun: before a verb, a preposition or the end
        if t == "het" && a.lang.code() == "nl" {
            let next = qt.get(i + 1).copied().unwrap_or("");
            let prev = if i > 0 { qt[i - 1] } else { "" };
            let expletive = c.rule == Rule::Reason && lex.copula.contains(&prev);
            // after a preposition "het" is an article: Dutch says "eraan", not "aan het"
            // ("aan het leven aangepast": "leven" is also a verb)
            if !expletive
                && !lex.prepositions.contains(&prev)
                && (next.is_empty()
                    || lex.is_finite(next)
                    || lex.prepositions.contains(&next)
                    || matches!(next, "niet" | "ook" | "al" | "later" | "voor" | "nu"))
            {
                return Some("dangling het");
            }
        }
    }
    // "Wat is een vaak over het hoofd geziene voedingsstof?" → the document's topic: no card
    // (the topic's lower case is `topic_for(s).to_lowercase()`, made once per document and
    // section in its `TopicFacts`)
    if matches!(c.rule, Rule::Subject | Rule::Apposition)
        && let Some(facts) = a.topic_facts_for(s)
        && facts
            .lower
            .contains(super::analyse::strip_article(lex, &c.back.to_lowercase()))
    {
        return Some("topic answer");
    }
    if c.rule == Rule::Subject {
        let content = qt.iter().skip(1).filter(|t| !lex.is_stop(t)).count();
        if content < 3 {
            return Some("vague subject question");
        }
    }
    // "What do males have?": one word besides a light verb leaves the answer open; so does a
    // word besides a quantifier ("Wat hebben enkele soorten?")
    if c.rule == Rule::Object {
        let content = qt
            .iter()
            .skip(1)
            .filter(|t| {
                !lex.is_stop(t)
                    && !matches!(
                        **t,
                        "have" | "has" | "had" | "do" | "does" | "did" | "include" | "includes"
                    )
                    && !QUANTIFIERS_LIST.contains(t)
            })
            .count();
        if content < 2 {
            return Some("vague object question");
        }
    }
    // "Waarmee voeden enkele soorten zich?": which species? (round 30)
    if super::quantifier_question::vague_some(lex, qt) {
        return Some("vague quantifier question");
    }
    if let Some(why) = garbled(lex, front) {
        return Some(why);
    }
    // the answer must not be the whole question's subject matter only
    if c.back
        .trim()
        .eq_ignore_ascii_case(front.trim_end_matches('?'))
    {
        return Some("echo");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    #[test]
    fn the_form_pass_by_bytes_counts_like_the_one_by_chars() {
        // the pass by characters, as `refuse_form` makes it for a non-ASCII front (an ASCII
        // front has no curly quotes)
        let by_chars = |front: &str| {
            let (words, chars, paren, curly, straight, stray) = form_chars(front);
            assert_eq!(curly, 0);
            (words, chars, paren, straight, stray)
        };
        for front in [
            "What is MGP?",
            " What is it ?",
            "What (the \"thing\") is,?",
            "Why\tdoes\x0bit\x0cwork\r\nso ,well .?",
            "A  b?",
            ", x?",
            "?",
            "",
            "  ",
            "What is (a) b) c?",
            ",?",
            " ,",
            ",  ?",
            "a\t.?",
            "((\"x\" y z",
        ] {
            assert_eq!(form_ascii(front.as_bytes()), by_chars(front), "{front:?}");
        }
        assert!(balanced("(a) \"b\""));
        assert!(!balanced("(a"));
        assert!(!balanced("a \""));
        assert!(balanced("“a” (b)"));
        assert!(!balanced("“a (b)"));
        // Dutch quotes: „…” and „…“ are closed, a lone „ is not
        assert!(balanced("„ver-kijker”"));
        assert!(balanced("„ver-kijker“ (b)"));
        assert!(!balanced("„ver-kijker"));
    }

    #[test]
    fn joined_tokens_of_the_texts_are_their_tokens_joined() {
        // the shipped and evaluation texts mix ASCII runs with accented letters, curly quotes
        // and μ: the non-ASCII path of `norm_joined` reads the ASCII bytes by a table
        for dir in ["decks/sources", "tests/gold/texts"] {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                for line in text.lines() {
                    assert_eq!(norm_joined(line), norm_tokens(line).join(" "), "{line}");
                }
            }
        }
    }

    #[test]
    fn joined_ascii_texts_are_their_tokens_joined() {
        // texts of letters, digits, spaces, capitals and punctuation in every mix and at
        // every offset of the eight-byte blocks (a fixed pseudo-random sequence)
        let alphabet = b"abcxyz09 AZ,.-({}):@`[/\t\n";
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for len in 0..60 {
            for _ in 0..200 {
                let text: String = (0..len)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        // half of the bytes from the plain ones ("abcxyz09 ")
                        let k = (seed % 18) as usize;
                        let k = if k < 9 {
                            k
                        } else {
                            (seed >> 8) as usize % alphabet.len()
                        };
                        char::from(alphabet[k])
                    })
                    .collect();
                assert_eq!(norm_joined(&text), norm_tokens(&text).join(" "), "{text:?}");
            }
        }
        for x in 0..=0x7fu8 {
            let w = u64::from_le_bytes([x, b'a', b'z', b'0', b'9', b' ', b'q', x]);
            let plain = x.is_ascii_lowercase() || x.is_ascii_digit() || x == b' ';
            assert_eq!(plain_spaces(w).is_some(), plain, "{x}");
        }
    }

    #[test]
    fn joined_mixed_texts_are_their_tokens_joined() {
        // the non-ASCII path copies plain blocks of eight ASCII bytes: accented letters,
        // curly quotes, a micro sign, a ligature and capitals that decompose, at every
        // offset of the blocks (a fixed pseudo-random sequence)
        let plain = ['a', 'b', 'z', 'q', '0', '9', ' ', 'e', 'n'];
        let other = [
            'A', 'Z', ',', '.', '-', '(', ')', '{', '}', ':', '\t', 'é', 'ë', 'Ë', 'ï', '“', '”',
            '’', '–', 'µ', 'μ', 'ﬁ', 'İ', 'Œ', '½', '\u{a0}', '√', 'ß', 'Ω', '\u{301}',
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for len in 0..48 {
            for _ in 0..300 {
                let text: String = (0..len)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        // most characters plain, as in a sentence
                        if !seed.is_multiple_of(4) {
                            plain[(seed >> 8) as usize % plain.len()]
                        } else {
                            other[(seed >> 8) as usize % other.len()]
                        }
                    })
                    .collect();
                assert_eq!(norm_joined(&text), norm_tokens(&text).join(" "), "{text:?}");
            }
        }
    }

    #[test]
    fn joined_tokens_split_back_into_the_tokens() {
        for s in [
            "",
            "  ,. ",
            "Wat is Gla-proteïne (MGP)?",
            "180 μg per dag, 2,5 mg",
            "Œuvre d’art — ½ x",
            "one",
            "What is MK-7 (MGP)? 2.5 mg,a",
            ",Lead  and\ttrail, ",
            "x",
        ] {
            let joined = norm_joined(s);
            assert_eq!(joined, norm_tokens(s).join(" "), "{s}");
            assert_eq!(norm_split(&joined), norm_tokens(s), "{s}");
        }
    }

    #[test]
    fn leaks_catch_compounds_and_prefixes() {
        let nl = DUTCH.lex();
        assert!(leaks(
            nl,
            "Waarmee worden tuinslangen vergeleken?",
            "elastische tuinslangen"
        ));
        assert!(leaks(nl, "Wat zit in non-heemijzer?", "heemijzer"));
        assert!(leaks(nl, "Welk eiwit activeert MGP?", "MGP"));
        assert!(!leaks(
            nl,
            "Welk eiwit remt calciumafzetting in de vaatwanden?",
            "matrix Gla-proteïne (MGP)"
        ));
        assert!(!leaks(nl, "Hoeveel MK-7 per dag?", "180 μg"));
        let en = ENGLISH.lex();
        assert!(leaks(
            en,
            "What does resistance cause?",
            "antimicrobial resistance"
        ));
        assert!(!leaks(
            en,
            "What does AMR stand for?",
            "antimicrobial resistance"
        ));
    }

    #[test]
    fn a_question_cut_at_an_initial_is_refused() {
        let q = |front: &str| Candidate {
            sent: 0,
            rule: Rule::Agent,
            front: front.into(),
            back: "Stephen J".into(),
            cloze: false,
            typed: false,
            with_prev: false,
            adjust: 0,
        };
        // the answer stopped at "J." and the rest of the name stayed in the question
        assert_eq!(
            refuse_form(&q(
                "Who was the second vaccine developed . Thomas, Kenneth H. Eckels by?"
            )),
            Some("punctuation")
        );
        // an initial inside a name, or a title, is fine
        assert_eq!(
            refuse_form(&q(
                "Which vaccine did Dr. Stephen J. Thomas develop in Maryland?"
            )),
            None
        );
    }

    /// Why `refuse` turns away the card `front` → `back` of `rule` on the first sentence of
    /// `text`, if it does.
    fn refuse_in(
        lang: &'static dyn Language,
        text: &str,
        rule: Rule,
        front: &str,
        back: &str,
    ) -> Option<&'static str> {
        use crate::generate::analyse::analyse;
        use crate::generate::normalise::normalise;
        use crate::generate::sentences::sentences;
        let doc = normalise(text);
        let a = analyse(&doc, &sentences(&doc), lang);
        let c = Candidate {
            sent: 0,
            rule,
            front: front.into(),
            back: back.into(),
            cloze: false,
            typed: false,
            with_prev: false,
            adjust: 0,
        };
        refuse(&a, &c)
    }

    #[test]
    fn a_question_cut_before_such_as_is_refused() {
        let q = |front: &str| Candidate {
            sent: 0,
            rule: Rule::Subject,
            front: front.into(),
            back: "brain".into(),
            cloze: false,
            typed: false,
            with_prev: false,
            adjust: 0,
        };
        assert_eq!(
            refuse_form(&q("What clears waste products such?")),
            Some("cut question")
        );
        assert_eq!(refuse_form(&q("What clears waste products?")), None);
    }

    #[test]
    fn a_dutch_quote_left_open_is_unbalanced() {
        // "… en betekent „ver-kijker”." gave "Wat betekent „ver-kijker?": the low opening
        // quote was not counted, and „…” counted as a closing quote alone
        let q = |front: &str| Candidate {
            sent: 0,
            rule: Rule::Subject,
            front: front.into(),
            back: "naam".into(),
            cloze: false,
            typed: false,
            with_prev: false,
            adjust: 0,
        };
        assert_eq!(
            refuse_form(&q("Wat betekent „ver-kijker?")),
            Some("unbalanced")
        );
        assert_eq!(refuse_form(&q("Wat betekent „ver-kijker” hier?")), None);
        assert_eq!(refuse_form(&q("Wat betekent „ver-kijker“ hier?")), None);
        assert_eq!(
            refuse_form(&q("What does “far-seer mean?")),
            Some("unbalanced")
        );
        assert_eq!(refuse_form(&q("What does “far-seer” mean?")), None);
    }

    #[test]
    fn a_possessive_with_nothing_to_refer_to_dangles() {
        let check = |lang: &'static dyn Language, text: &str, front: &str, back: &str| {
            refuse_in(lang, text, Rule::Definition, front, back)
        };
        const WHY: Option<&str> = Some("dangling pronoun");
        let nl = "Bijen\n\nHun belangrijkste taak is het bevruchten van een koningin.";
        let q = "Wat is hun belangrijkste taak?";
        assert_eq!(check(&DUTCH, nl, q, "bevruchten van een koningin"), WHY);
        let en = "Bees\n\nHis main discovery was the meaning of the waggle dance.";
        let q = "What was his main discovery?";
        assert_eq!(check(&ENGLISH, en, q, "meaning of the waggle dance"), WHY);
        // after a noun of the question, the possessive refers to it
        let q = "What did the Austrian biologist receive for his discovery of the dance?";
        assert_ne!(check(&ENGLISH, en, q, "Nobel Prize"), WHY);
        let q = "Wat voeren werksters aan hun larven in de kast?";
        assert_ne!(check(&DUTCH, nl, q, "nectar"), WHY);
        assert_eq!(
            check(
                &DUTCH,
                nl,
                "Wat is haar belangrijkste taak?",
                "eieren leggen"
            ),
            WHY
        );
        let q = "Waaruit bestaat het haar van zoogdieren?";
        assert_ne!(check(&DUTCH, nl, q, "keratine"), WHY);
        assert_eq!(
            check(&ENGLISH, en, "What did the committee give him?", "a prize"),
            WHY
        );
    }

    #[test]
    fn the_noun_a_which_kind_question_names_heads_its_answer_without_a_leak() {
        let check = |lang: &'static dyn Language, text: &str, front: &str, back: &str| {
            refuse_in(lang, text, Rule::Object, front, back)
        };
        const WHY: Option<&str> = Some("leak");
        let nl = "Mangroven\n\nMangroven hebben een hoge biodiversiteit.";
        let q = "Wat voor biodiversiteit hebben mangroven?";
        assert_ne!(check(&DUTCH, nl, q, "hoge biodiversiteit"), WHY);
        // the noun alone, or another question, still leaks
        assert_eq!(check(&DUTCH, nl, q, "biodiversiteit"), WHY);
        let q = "Wat hebben mangroven met een hoge biodiversiteit?";
        assert_eq!(check(&DUTCH, nl, q, "hoge biodiversiteit"), WHY);
        let en = "Mars\n\nMars has a thin atmosphere.";
        let q = "What kind of atmosphere does Mars have?";
        assert_ne!(check(&ENGLISH, en, q, "thin atmosphere"), WHY);
        let q = "What does Mars have besides its atmosphere?";
        assert_eq!(check(&ENGLISH, en, q, "thin atmosphere"), WHY);
    }

    #[test]
    fn an_answer_that_starts_with_a_conjunction_is_refused() {
        let check = |lang: &'static dyn Language, text: &str, front: &str, back: &str| {
            refuse_in(lang, text, Rule::Object, front, back)
        };
        const WHY: Option<&str> = Some("answer starts with a conjunction");
        let en = "Research\n\nThe institute supports and conducts clinical research on malaria.";
        assert_eq!(
            check(
                &ENGLISH,
                en,
                "What does the institute support?",
                "and conducts clinical research"
            ),
            WHY
        );
        assert_ne!(
            check(
                &ENGLISH,
                en,
                "What does the institute conduct?",
                "basic and clinical research"
            ),
            WHY
        );
        let nl = "Onderzoek\n\nHet instituut steunt en verricht klinisch onderzoek naar malaria.";
        assert_eq!(
            check(
                &DUTCH,
                nl,
                "Wat steunt het instituut?",
                "en verricht klinisch onderzoek"
            ),
            WHY
        );
        assert_ne!(
            check(
                &DUTCH,
                nl,
                "Wat verricht het instituut?",
                "klinisch en medisch onderzoek"
            ),
            WHY
        );
    }

    #[test]
    fn a_repeated_answer_word_counts_once_for_a_leak() {
        let nl = DUTCH.lex();
        // one of three distinct words shows: no leak, though it appears twice in the answer
        assert!(!leaks(
            nl,
            "Waarin kan fotosynthese onderverdeeld worden?",
            "oxygene fotosynthese en anoxygene fotosynthese"
        ));
        // two of three show: a leak
        assert!(leaks(
            nl,
            "Waarin kan oxygene fotosynthese onderverdeeld worden?",
            "oxygene fotosynthese en anoxygene fotosynthese"
        ));
    }

    #[test]
    fn tokens_fold_case_diacritics_and_micro() {
        assert_eq!(
            norm_tokens("Gla-Proteïne 180 µg"),
            vec!["gla", "proteine", "180", "ug"]
        );
    }

    /// `leaks_toks` as it counted every content word before deciding (round 15).
    fn leaks_toks_counting(lex: &Lexicon, q: &[&str], answer: &[&str]) -> bool {
        let mut content: Vec<&str> = answer
            .iter()
            .copied()
            .filter(|t| !lex.is_stop(t) && !lex.articles.contains(t) && !lex.units.contains(t))
            .collect();
        content.sort_unstable();
        content.dedup();
        let shown = content
            .iter()
            .filter(|a| q.iter().any(|w| same_word(a, w)))
            .count();
        shown > 0 && (content.len() <= 1 || shown * 2 >= content.len())
    }

    #[test]
    fn leaks_stops_counting_with_the_same_answer() {
        let words = [
            "vitamine",
            "k2",
            "vitamines",
            "botten",
            "bot",
            "eiwit",
            "heemijzer",
            "non-heemijzer",
            "mgp",
            "180",
            "mg",
            "de",
            "het",
            "calcium",
            "kalk",
            "bloedvaten",
        ];
        let lex = crate::generate::lang::DUTCH.lex();
        // every question and answer of one to four words drawn in turn from the list
        for i in 0..words.len() {
            for n in 1..=4 {
                for m in 1..=4 {
                    let q: Vec<&str> = (0..n).map(|j| words[(i + 3 * j) % words.len()]).collect();
                    let ans: Vec<&str> = (0..m)
                        .map(|j| words[(i * 7 + 5 * j + n) % words.len()])
                        .collect();
                    assert_eq!(
                        leaks_toks(lex, &q, &ans),
                        leaks_toks_counting(lex, &q, &ans),
                        "{q:?} {ans:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_question_cut_inside_a_clause_is_refused() {
        let en = |front: &str| garbled(ENGLISH.lex(), front);
        let nl = |front: &str| garbled(DUTCH.lex(), front);
        // a relative clause cut before its verb
        assert_eq!(
            en("What is the process by which food?"),
            Some("cut relative clause")
        );
        assert_eq!(
            nl("Wat is het proces waarbij voedsel?"),
            Some("cut relative clause")
        );
        // a coordination that lost its first half, a question that ends on "and", "such in"
        assert_eq!(
            nl("Hoe mossen net zoals en wolfsklauwen vermenigvuldigen de varens zich?"),
            Some("cut coordination")
        );
        assert_eq!(
            en("Which insects eat the and aphids?"),
            Some("cut coordination")
        );
        assert_eq!(en("What do bees collect pollen and?"), Some("cut question"));
        assert_eq!(
            nl("Wat verzamelen bijen stuifmeel en?"),
            Some("cut question")
        );
        assert_eq!(
            en("What are caves found and in other substances such in?"),
            Some("cut question")
        );
        // whole questions that look alike
        for ok in [
            "Why do birds migrate while fish stay?",
            "What is the process by which food is digested?",
            "In which year was the vaccine developed?",
            "What do the airways carry in and out of the lungs?",
            "What formed the basin between 4.5 and 4.3 billion years ago?",
            "Which people cannot tolerate gluten?",
            "What is the disorder in which people cannot tolerate gluten?",
        ] {
            assert_eq!(en(ok), None, "{ok}");
        }
        for ok in [
            "Wat zijn de twee soorten die voorkomen?",
            "Hoe vermenigvuldigen varens zich, net zoals mossen en wolfsklauwen?",
            "In welk jaar werd de stoommachine verbeterd?",
            "Wat is het proces waarbij voedsel wordt verteerd?",
            "Waarmee vangen spinnen insecten en andere prooien?",
        ] {
            assert_eq!(nl(ok), None, "{ok}");
        }
        // the check runs in `refuse`
        assert_eq!(
            refuse_in(
                &ENGLISH,
                "Digestion is the process by which food is broken down.",
                Rule::Definition,
                "What is the process by which food?",
                "digestion"
            ),
            Some("cut relative clause")
        );
    }

    #[test]
    fn a_question_with_a_spliced_second_verb_is_refused() {
        let en = |front: &str| garbled(ENGLISH.lex(), front);
        let nl = |front: &str| garbled(DUTCH.lex(), front);
        assert_eq!(
            en("Why do the most damage from sinkholes tends?"),
            Some("two finite verbs")
        );
        assert_eq!(
            nl("Wat zijn de kevers activeert?"),
            Some("two finite verbs")
        );
        for ok in [
            "Why do birds migrate while fish stay?",
            "What share of people who have one kidney stone will develop more stones?",
            "What are the principal causes of land subsidence?",
            "What does lactase break down lactose into?",
            "Why do many people cut back on sleep?",
            "What can lack of sleep increase?",
            "What does WHO stand for?",
        ] {
            assert_eq!(en(ok), None, "{ok}");
        }
        for ok in [
            "Wat zijn de twee soorten die voorkomen?",
            "Waardoor wordt de aard van vulkanisme bepaald?",
            "Hoe kan de volgorde onthouden worden?",
            "Wat heeft Watt verbeterd en wat activeert vitamine K2?",
            "Welke specialist zegt: “Vitamine K2 activeert het matrix Gla-proteïne (MGP) …”?",
        ] {
            assert_eq!(nl(ok), None, "{ok}");
        }
    }

    #[test]
    fn how_many_of_a_bare_noun_is_refused() {
        let en = |front: &str| garbled(ENGLISH.lex(), front);
        let nl = |front: &str| garbled(DUTCH.lex(), front);
        let why = Some("how many of a bare noun");
        assert_eq!(en("How many of species are there of algae?"), why);
        assert_eq!(nl("Hoeveel van soorten leven er in zee?"), why);
        assert_eq!(en("How many of the species produce toxins?"), None);
        assert_eq!(nl("Hoeveel van de soorten maken gif?"), None);
    }
}
