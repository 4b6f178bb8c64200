//! Stage 3: analysis of a whole document — tokens per sentence, acronyms with their
//! expansions, names, numbers with units, term frequencies, hypernyms read from the text
//! itself (Hearst patterns), and the topic of the document and of each section.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lang::{Language, Lexicon, Noun};
use super::normalise::{BlockKind, Doc};
use super::sentences::Sentence;
use super::simplify;
use super::tokens::{self, Kind, Tok, span};

/// A sentence's content tokens with their stems.
/// (the word's key, its stem's key), see `word_key` and `stem_key`.
pub type StemList = std::rc::Rc<Vec<(u64, u64)>>;

/// One sentence, simplified, with its tokens.
#[derive(Debug, Clone)]
pub struct Sent {
    /// The sentence exactly as the document has it (for `context`).
    pub original: String,
    /// Simplified: leading connectives and parentheticals gone, pronouns resolved.
    pub text: String,
    pub toks: Vec<Tok>,
    pub block: usize,
    pub heading: Option<usize>,
    pub is_item: bool,
    /// The sentence before it in the same block, if any (index into `sents`).
    pub prev: Option<usize>,
    /// Still starts with (or leans on) a pronoun or demonstrative nobody resolved.
    pub dangling: bool,
    pub hedged: bool,
    pub negated: bool,
    /// A statement split off another sentence ("…, het behoort tot …"): rules only, no cloze.
    pub derived: bool,
    /// The subject put in for a plural pronoun ("They" → "The missions"): a guess, so no
    /// card may ask for it, and no cloze is made of the sentence.
    pub guessed: Option<String>,
    /// The noun phrase put in for a demonstrative from the sentence before ("These winds" →
    /// "The trade winds"): said there, so no card of this sentence asks for it.
    pub resolved: Option<String>,
    /// Runs of name tokens (see `names`).
    pub names: Vec<(usize, usize)>,
    /// The main clause, parsed once (see `clause::parse`).
    pub clause: Option<super::clause::Clause>,
    /// A statement split off a relative or contrast clause: only the clause rules read it
    /// (the rest of its sentence is read in the sentence itself).
    pub clause_only: bool,
}

/// What the cloze needs to know of a topic (see `Analysis::topic_for`), worked out once per
/// document and section instead of for every sentence.
#[derive(Debug, Clone, Default)]
pub struct TopicFacts {
    /// The topic in lower case.
    pub lower: String,
    /// The stems of its words that are nouns (`Lexicon::noun`).
    pub noun_stems: Vec<u64>,
    /// The acronym whose expansion it is, in lower case.
    pub acronym: Option<String>,
}

pub struct Analysis {
    pub lang: &'static dyn Language,
    pub sents: Vec<Sent>,
    /// Acronym → expansion, first seen first.
    pub acronyms: Vec<(String, String)>,
    /// Lower-case term → the kind of thing it is.
    pub hyper: BTreeMap<String, Noun>,
    /// The most frequent multi-word term, as written (e.g. "vitamine K2").
    pub topic: Option<String>,
    /// Heading block index → the section's topic (a short heading the section repeats).
    pub section_topic: BTreeMap<usize, String>,
    /// Heading texts by block index.
    pub headings: BTreeMap<usize, String>,
    pub title: Option<String>,
    stems: HashMap<u64, u32>,
    /// words written in lower case, by `word_key` (a key each, not a copy of every word)
    lower_seen: HashSet<u64>,
    /// words written with a capital somewhere other than at a sentence's start
    cap_mid_seen: HashSet<u64>,
    /// the kinds the text names (lower case), computed once
    pub class_words: Vec<&'static str>,
    /// how often each pair of adjacent content words occurs (keys: `pair_key`)
    pub pairs: HashMap<(u64, u64), u32>,
    /// sentence → its content stems, for ranking
    /// (a slot per sentence: every candidate of a sentence asks, a hash lookup each cost more)
    stem_memo: RefCell<Vec<Option<StemList>>>,
    /// The normalised tokens of the document's topic and of each section's topic.
    topic_norm: Vec<String>,
    section_topic_norm: BTreeMap<usize, Vec<String>>,
    /// Heading texts in lower case, by block index.
    pub headings_lower: BTreeMap<usize, String>,
    /// `lang.lex()`, kept: asked for at almost every step of every rule (a field load
    /// instead of a call through the trait object)
    lex: &'static Lexicon,
    /// `TopicFacts` of the document's topic and of each section's (by heading block).
    topic_facts: Option<TopicFacts>,
    section_topic_facts: BTreeMap<usize, TopicFacts>,
}

impl Analysis {
    /// A light stem: the folded word without a plural or inflection ending (vitamine ~
    /// vitamines, osteoblast ~ osteoblasten, study ~ studies is not caught), as a hash.
    pub fn stem(&self, w: &str) -> u64 {
        stem_key(w)
    }
    /// How often the document uses the word's stem.
    pub fn freq(&self, w: &str) -> u32 {
        self.stems.get(&stem_key(w)).copied().unwrap_or(0)
    }
    /// The content stems of sentence `si` (computed once).
    pub fn sentence_stems(&self, si: usize, make: impl FnOnce() -> Vec<(u64, u64)>) -> StemList {
        if let Some(Some(s)) = self.stem_memo.borrow().get(si) {
            return s.clone();
        }
        let s = std::rc::Rc::new(make());
        let mut memo = self.stem_memo.borrow_mut();
        if memo.len() <= si {
            memo.resize(si + 1, None);
        }
        memo[si] = Some(s.clone());
        s
    }
    /// The document also writes this word in lower case (so a capital is only sentence-initial).
    /// Is `w` (lower case) written with a capital somewhere other than at a sentence's start?
    pub fn seen_cap_mid(&self, w: &str) -> bool {
        self.cap_mid_seen.contains(&word_key(w))
    }

    pub fn seen_lower(&self, w: &str) -> bool {
        if w.chars().all(|c| !c.is_uppercase()) {
            return self.lower_seen.contains(&word_key(w));
        }
        self.lower_seen.contains(&word_key(&w.to_lowercase()))
    }
    #[inline]
    pub fn lex(&self) -> &'static Lexicon {
        self.lex
    }
    /// `TopicFacts` of `topic_for(s)`.
    pub fn topic_facts_for(&self, s: &Sent) -> Option<&TopicFacts> {
        s.heading
            .and_then(|h| self.section_topic_facts.get(&h))
            .or(self.topic_facts.as_ref())
    }
    /// The facts of one topic text (after the acronyms are known).
    fn topic_facts(&self, topic: &str) -> TopicFacts {
        let lower = topic.to_lowercase();
        let noun_stems = lower
            .split_whitespace()
            .filter(|w| self.lex.noun(w).is_some())
            .map(|w| self.stem(w))
            .collect();
        let acronym = self
            .acronyms
            .iter()
            .find(|(_, exp)| exp.to_lowercase() == lower)
            .map(|(acr, _)| acr.to_lowercase());
        TopicFacts {
            lower,
            noun_stems,
            acronym,
        }
    }
    /// The topic that applies to a sentence: its section's, else the document's.
    pub fn topic_for(&self, s: &Sent) -> Option<&str> {
        s.heading
            .and_then(|h| self.section_topic.get(&h))
            .map(String::as_str)
            .or(self.topic.as_deref())
    }
    /// `topic_for`'s normalised tokens (computed once).
    pub fn topic_tokens_for(&self, s: &Sent) -> Option<&[String]> {
        if let Some(h) = s.heading
            && let Some(t) = self.section_topic_norm.get(&h)
        {
            return Some(t);
        }
        self.topic.as_ref().map(|_| self.topic_norm.as_slice())
    }
    /// The kind of thing a term is: from the text's own patterns, else from its head noun.
    pub fn kind_of(&self, term: &str) -> Option<Noun> {
        // (no copy of a lower-case ASCII term)
        let lower = super::check::lower_case(term);
        let lower = strip_article(self.lex(), &lower);
        if let Some(n) = self.hyper.get(lower) {
            return Some(*n);
        }
        if let Some((_, exp)) = self
            .acronyms
            .iter()
            // ASCII acronyms (nearly all) are compared without a lower-case copy each
            .find(|(a, _)| {
                if a.is_ascii() {
                    a.eq_ignore_ascii_case(lower)
                } else {
                    a.to_lowercase() == lower
                }
            })
        {
            return self.kind_of(exp);
        }
        let lex = self.lex();
        let head = super::tokens::before_short(lower, " (")
            .split_whitespace()
            .take_while(|w| !lex.prepositions.contains(w) || *w == "van" || *w == "of")
            .filter(|w| *w != "van" && *w != "of")
            .last()?;
        lex.noun(head)
    }
    /// A sentence-initial word is taken for a common noun when the document never writes it
    /// with a capital inside a sentence and it does not look like a name (no inner capitals).
    fn lang_common(&self, w: &str) -> bool {
        !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '\'')
    }
    /// Write a phrase that opened a sentence as it would stand inside one: "Vitamine K2" →
    /// "vitamine K2", "De Japanse" → "de Japanse"; names and acronyms keep their capitals.
    pub fn unstart(&self, phrase: &str) -> String {
        let first = phrase.split_whitespace().next().unwrap_or("");
        let letters_upper = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && first
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        let lower = first.to_lowercase();
        let lower_word = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
        if letters_upper {
            return phrase.to_string();
        }
        // English adjectives of nations keep their capital (Japanese, Italian, British)
        if !self.lex().dutch
            && ["ese", "ian", "ean", "can", "ish"]
                .iter()
                .any(|e| lower_word.ends_with(e))
            && !self.seen_lower(lower_word)
        {
            return phrase.to_string();
        }
        // the four lists in one look-up
        let listed = tokens::STOP | tokens::ARTICLE | tokens::PREP | tokens::NUMWORD;
        if self.lex().word_flags(lower_word) & listed != 0
            || matches!(
                lower_word,
                "later" | "pas" | "acht" | "rond" | "omstreeks" | "vroeger" | "toen"
            )
            || self.seen_lower(lower_word)
            || (!name_goes_on(phrase, self.lex().noun(lower_word).is_none())
                && !self.cap_mid_seen.contains(&word_key(lower_word))
                && (COMMON_NOUN_ENDINGS.iter().any(|e| lower_word.ends_with(e))
                    || self.lex().noun(lower_word).is_some()
                    || self.freq(lower_word) >= 1
                        && !first.contains('-')
                        && self.lang_common(lower_word)))
        {
            // the Dutch digraph: IJzer → ijzer
            if let Some(rest) = phrase.strip_prefix("IJ") {
                return format!("ij{rest}");
            }
            let mut cs = phrase.chars();
            if let Some(c) = cs.next() {
                // one string of the phrase's length (a lower-case letter can be longer than
                // its capital: it grows then), not a short one that is grown for the rest
                let mut out = String::with_capacity(phrase.len());
                out.extend(c.to_lowercase());
                out.push_str(cs.as_str());
                return out;
            }
        }
        phrase.to_string()
    }
}

/// Does the phrase's first word open a name that goes on: a capital next, or, for a first
/// word that is no known noun (`may_be_name`), a capital after a name particle ("Karl von
/// Frisch", not "Onderzoek van Dr. Jansen")?
fn name_goes_on(phrase: &str, may_be_name: bool) -> bool {
    let mut words = phrase.split_whitespace().skip(1);
    let mut next = words.next();
    if may_be_name && next.is_some_and(|w| NAME_PARTICLES.contains(&w)) {
        next = words.next();
    }
    next.is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Lower-case words inside a person's name, between a first name and a surname.
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "du", "da", "di", "ter", "ten", "le", "la",
];

/// Endings of common nouns that a name rarely has (osteocalcine, titanium, vitamine, oxide):
/// such a word at the start of a sentence is written in lower case inside a question.
const COMMON_NOUN_ENDINGS: &[&str] = &[
    "ine", "ase", "ose", "ium", "ide", "een", "ing", "heid", "teit", "tion", "sion", "ism", "ogen",
    "aat", "iet", "ol", "eine", "ance", "ence", "ity", "ness", "ment",
];

/// The key of a lower-case word, for counting word pairs.
pub fn word_key(w: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = super::hash::FxHasher::default();
    h.write(w.as_bytes());
    h.finish()
}

/// The key of a word's light stem (see `Analysis::stem`).
pub fn stem_key(w: &str) -> u64 {
    // fold into a stack buffer: the words are short, and this is called for every token
    let mut buf = [0u8; 48];
    let mut n = 0;
    // without an early exit the check vectorises: most words are plain
    let plain = w.len() <= buf.len()
        && w.bytes().fold(true, |ok, b| {
            ok & ((b.wrapping_sub(b'a') < 26) | (b.wrapping_sub(b'0') < 10))
        });
    if plain {
        // already folded: no copy
        return stem_hash(w.as_bytes());
    }
    if w.is_ascii() {
        // the common case: fold bytes directly (what fold_char does for ASCII)
        for b in w.bytes() {
            if b.is_ascii_alphanumeric() {
                if n == buf.len() {
                    break;
                }
                buf[n] = b.to_ascii_lowercase();
                n += 1;
            }
        }
    } else {
        for c in w.chars().filter_map(super::check::fold_char) {
            let mut tmp = [0u8; 4];
            let e = c.encode_utf8(&mut tmp);
            if n + e.len() > buf.len() {
                break;
            }
            buf[n..n + e.len()].copy_from_slice(e.as_bytes());
            n += e.len();
        }
    }
    stem_hash(&buf[..n])
}

/// `stem_key(w)` when `key` is `word_key(w)`: a plain word (lower-case ASCII letters and
/// digits) with no ending to cut is its own stem, and its word key is then its stem key
/// (both hash the same bytes), so the hash is not made twice.
pub fn stem_with_key(w: &str, key: u64) -> u64 {
    let b = w.as_bytes();
    // the same test as `stem_key`'s (its buffer holds 48 bytes)
    let plain = b.len() <= 48
        && b.iter().fold(true, |ok, &c| {
            ok & ((c.wrapping_sub(b'a') < 26) | (c.wrapping_sub(b'0') < 10))
        });
    if !plain {
        return stem_key(w);
    }
    plain_base_key(b, key)
}

/// `stem_with_key(w, key)` for a word the caller has found plain (lower-case ASCII letters
/// and digits only): the same value without testing its bytes again.
pub fn plain_stem_with_key(w: &str, key: u64) -> u64 {
    let b = w.as_bytes();
    // `stem_key` folds at most 48 bytes: a longer word goes the general way
    if b.len() > 48 {
        return stem_with_key(w, key);
    }
    plain_base_key(b, key)
}

/// The key of a plain word's light stem: its own `key` when no ending comes off.
fn plain_base_key(b: &[u8], key: u64) -> u64 {
    let base = stem_base(b);
    if base.len() == b.len() {
        return key;
    }
    use std::hash::Hasher;
    let mut h = super::hash::FxHasher::default();
    h.write(base);
    h.finish()
}

/// The hash of a folded word's light stem: without a plural or inflection ending.
fn stem_hash(folded: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = super::hash::FxHasher::default();
    h.write(stem_base(folded));
    h.finish()
}

/// A folded word's light stem: without a plural or inflection ending.
#[inline]
fn stem_base(folded: &[u8]) -> &[u8] {
    // the first of -en, -es, -s, -e that leaves more than three letters
    let n = folded.len();
    let cut = match folded {
        [.., b'e', b'n' | b's'] if n > 5 => 2,
        [.., b's' | b'e'] if n > 4 => 1,
        _ => 0,
    };
    let mut base = &folded[..n - cut];
    if let [rest @ .., b'e'] = base
        && base.len() > 4
    {
        base = rest;
    }
    base
}

pub fn strip_article<'a>(lex: &Lexicon, s: &'a str) -> &'a str {
    for a in lex.articles.iter() {
        if let Some(rest) = s.strip_prefix(a)
            && let Some(rest) = rest.strip_prefix(' ')
        {
            return rest;
        }
    }
    s
}

/// Is token `i` a capitalised word that is part of a name (not just sentence-initial)?
pub fn is_name_tok(a: &Analysis, text: &str, toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if t.kind != Kind::Word || !t.cap {
        return false;
    }
    if t.stop() || t.article() {
        return false;
    }
    if i == 0 || toks[i - 1].is_punct("\"") {
        // sentence-initial: a name only if the document never writes it in lower case
        return !a.seen_lower(&t.lower) && !t.finite();
    }
    let _ = text;
    true
}

/// Name particles that may sit inside a name run (Andrés Manuel del Río, Anton van Arkel).
const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "del", "von", "da", "di", "le", "la", "ter", "ten",
];

/// Runs of name tokens: (from, to) exclusive, at least two tokens, or one preceded by a title.
pub fn names(a: &Analysis, text: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !is_name_tok(a, text, toks, i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        loop {
            if j < toks.len() && is_name_tok(a, text, toks, j) {
                j += 1;
                continue;
            }
            if j + 1 < toks.len()
                && (PARTICLES.contains(&toks[j].lower.as_str())
                    || (!a.lex().dutch
                        && matches!(toks[j].lower.as_str(), "of" | "on" | "for" | "and")
                        && j > start
                        && toks[j + 1].cap))
                && is_name_tok(a, text, toks, j + 1)
            {
                j += 2;
                continue;
            }
            // a middle initial: "Dan H. Barouch", "Stephen J. Thomas"
            let initial = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    t.kind == Kind::Word && t.cap && text[t.start..t.end].chars().count() == 1
                })
            };
            // "Mount St. Helens", "Mt. Everest", "U.S. Geological Survey": an abbreviation
            // inside a name
            let abbreviation = |k: usize| matches!(toks[k].lower.as_str(), "st" | "mt" | "ft");
            if j + 1 < toks.len()
                && toks[j].is_punct(".")
                && abbreviation(j - 1)
                && is_name_tok(a, text, toks, j + 1)
            {
                j += 2;
                continue;
            }
            // "U.S. Geological Survey": initials that open a name
            if j == start + 1
                && j + 3 < toks.len()
                && initial(start)
                && toks[j].is_punct(".")
                && initial(j + 1)
                && toks[j + 2].is_punct(".")
                && is_name_tok(a, text, toks, j + 3)
            {
                j += 4;
                continue;
            }
            if j + 1 < toks.len() && toks[j].is_punct(".") && initial(j - 1) && j - 1 > start {
                if is_name_tok(a, text, toks, j + 1) {
                    j += 2;
                    continue;
                }
            } else if j + 2 < toks.len()
                && initial(j)
                && toks[j + 1].is_punct(".")
                && is_name_tok(a, text, toks, j + 2)
            {
                j += 3;
                continue;
            }
            break;
        }
        let titled = start >= 2
            && toks[start - 1].is_punct(".")
            && a.lex().titles.contains(&toks[start - 2].lower.as_str());
        if j - start >= 2 || titled {
            out.push((start, j));
        }
        i = j;
    }
    out
}

/// (fresh24) An English plural acronym, "HABs", "VLPs", "CFCs": two or more capitals and a
/// final "s"; `is_acronym_like` wants capitals only.
fn plural_acronym(text: &str, t: &Tok) -> bool {
    let w = &text[t.start..t.end];
    w.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// A plural acronym is worth a card when the text goes on using it ("HABs may be linked …");
/// one named once in passing ("chlorofluorocarbons (CFCs)") is not.
fn used_again(sentences: &[Sentence], acr: &str) -> bool {
    sentences
        .iter()
        .map(|s| s.text.matches(acr).count())
        .sum::<usize>()
        >= 2
}

/// Schwartz & Hearst: the shortest run of words before "(" whose letters spell the acronym,
/// the first letter starting a word. Returns the token index where the expansion starts.
pub fn acronym_expansion(text: &str, toks: &[Tok], open: usize, acronym: &str) -> Option<usize> {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if letters.len() < 2 || open == 0 {
        return None;
    }
    let max_words = (letters.len() + 5).min(letters.len() * 2);
    let mut first = open;
    let mut words = 0;
    while first > 0 && words < max_words {
        let t = &toks[first - 1];
        if t.kind == Kind::Punct && !matches!(t.lower.as_str(), "," | "-" | "'") {
            break;
        }
        if t.kind != Kind::Punct {
            words += 1;
        }
        first -= 1;
    }
    if first == open {
        return None;
    }
    // first try: every letter starts a word, small words between may be skipped
    // ("National Institute of Neurological Disorders and Stroke (NINDS)", where letter
    // matching inside words would stop at "Neurological Disorders and Stroke")
    if let Some(f) = initials_expansion(toks, first, open, &letters) {
        return Some(f);
    }
    let long = &text[toks[first].start..toks[open - 1].end];
    let chars: Vec<char> = long.chars().flat_map(char::to_lowercase).collect();
    let mut l = chars.len() as isize - 1;
    let mut s = letters.len() as isize - 1;
    while s >= 0 {
        let c = letters[s as usize];
        while l >= 0
            && (chars[l as usize] != c
                || (s == 0 && l > 0 && chars[(l - 1) as usize].is_alphanumeric()))
        {
            l -= 1;
        }
        if l < 0 {
            return None;
        }
        l -= 1;
        s -= 1;
    }
    // l + 1 is the char index where the expansion starts: find its token
    let start_char = (l + 1) as usize;
    let byte = toks[first].start + long.char_indices().nth(start_char).map_or(0, |(b, _)| b);
    (first..open).find(|&k| toks[k].start <= byte && byte < toks[k].end.max(toks[k].start + 1))
}

/// The expansion whose words begin with the acronym's letters, one letter a word, read
/// backwards from the bracket; "of", "and", "the", "for", "on", "in", "van", "en", "voor"
/// and "de" may stand between them. The token where it starts, if every letter is found.
fn initials_expansion(toks: &[Tok], first: usize, open: usize, letters: &[char]) -> Option<usize> {
    let small = |w: &str| {
        matches!(
            w,
            "of" | "and" | "the" | "for" | "on" | "in" | "van" | "en" | "voor" | "de" | "het"
        )
    };
    let mut s = letters.len();
    let mut k = open;
    while s > 0 {
        if k <= first {
            return None;
        }
        k -= 1;
        let t = &toks[k];
        if t.kind == Kind::Punct {
            return None;
        }
        let initial = t.lower.chars().next()?;
        if initial == letters[s - 1] && !(small(&t.lower) && s > 1) {
            s -= 1;
        } else if !small(&t.lower) {
            return None;
        }
    }
    Some(k)
}

/// The head noun of a noun phrase: the last word before a preposition, comma or relative.
pub fn head_of<'t>(lex: &Lexicon, toks: &'t [Tok], from: usize, to: usize) -> Option<&'t Tok> {
    let mut head = None;
    for (i, t) in toks.iter().enumerate().take(to).skip(from) {
        if t.kind == Kind::Punct
            || t.prep()
            || t.relative()
            || t.conj()
            || (head.is_some()
                && super::rules::is_participle(lex, &t.lower)
                && toks.get(i + 1).is_some_and(|n| n.prep()))
        {
            break;
        }
        if t.kind == Kind::Word {
            head = Some(t);
        }
    }
    head
}

pub fn analyse(doc: &Doc, sentences: &[Sentence], lang: &'static dyn Language) -> Analysis {
    // about one distinct word per twelve bytes of text: size the maps once
    let words = sentences.iter().map(|s| s.text.len()).sum::<usize>() / 12 + 16;
    let map = || HashMap::with_capacity_and_hasher(words, Default::default());
    let set = || HashSet::with_capacity_and_hasher(words, Default::default());
    let mut a = Analysis {
        lang,
        sents: Vec::with_capacity(sentences.len()),
        acronyms: Vec::new(),
        hyper: BTreeMap::new(),
        topic: None,
        section_topic: BTreeMap::new(),
        headings: BTreeMap::new(),
        title: doc.title.clone(),
        stems: map(),
        lower_seen: set(),
        cap_mid_seen: HashSet::default(),
        stem_memo: RefCell::new(Vec::new()),
        topic_norm: Vec::new(),
        section_topic_norm: BTreeMap::new(),
        headings_lower: BTreeMap::new(),
        class_words: Vec::new(),
        pairs: HashMap::default(),
        lex: lang.lex(),
        topic_facts: None,
        section_topic_facts: BTreeMap::new(),
    };
    for (i, b) in doc.blocks.iter().enumerate() {
        if b.kind == BlockKind::Heading {
            a.headings.insert(i, b.text.clone());
            a.headings_lower.insert(i, b.text.to_lowercase());
        }
    }

    // Pass 1: tokens, lower-case words, stems, bigrams.
    let mut raw: Vec<Vec<Tok>> = Vec::with_capacity(sentences.len());
    // (hash of the two words) → (count, first sentence, byte span there)
    let mut bigrams: HashMap<(u64, u64), (u32, usize, usize, usize)> =
        HashMap::with_capacity_and_hasher(words, Default::default());
    let word_key = word_key;
    for (si, s) in sentences.iter().enumerate() {
        let toks = a.lex().tokenize(&s.text);
        // the key of the word after a bigram, made for the bigram: (its index, its key)
        let mut next_key: Option<(usize, u64)> = None;
        for (k, t) in toks.iter().enumerate() {
            if t.kind != Kind::Word {
                continue;
            }
            let key = match next_key.take() {
                Some((i, key)) if i == k => key,
                _ => word_key(&t.lower),
            };
            if !t.cap {
                a.lower_seen.insert(key);
            } else if k > 0 && !toks[k - 1].is_punct("\"") {
                a.cap_mid_seen.insert(key);
            }
            if !t.stop() && super::tokens::char_len(&t.lower) > 2 {
                let st = stem_with_key(&t.lower, key);
                *a.stems.entry(st).or_insert(0) += 1;
            }
            if k + 1 < toks.len() {
                let u = &toks[k + 1];
                if u.kind != Kind::Punct
                    && !t.stop()
                    && !u.stop()
                    && !t.finite()
                    && !u.finite()
                    && (!t.cap || !u.cap || k == 0)
                    && t.kind == Kind::Word
                {
                    let u_key = word_key(&u.lower);
                    next_key = Some((k + 1, u_key));
                    let e = bigrams
                        .entry((key, u_key))
                        .or_insert((0, si, t.start, u.end));
                    e.0 += 1;
                }
            }
        }
        raw.push(toks);
    }
    // Topic: the most frequent bigram (ties: first seen), if repeated.
    let mut best: Option<(u32, usize, usize, &str)> = None;
    for &(count, first, from, to) in bigrams.values() {
        let written = &sentences[first].text[from..to];
        // most frequent; ties: first sentence, first position, then the text
        if count >= 2
            && best.is_none_or(|(c, f, p, w)| {
                (
                    count,
                    std::cmp::Reverse(first),
                    std::cmp::Reverse(from),
                    std::cmp::Reverse(written),
                ) > (
                    c,
                    std::cmp::Reverse(f),
                    std::cmp::Reverse(p),
                    std::cmp::Reverse(w),
                )
            })
        {
            best = Some((count, first, from, written));
        }
    }
    // Pass 2: acronyms and hypernyms (need lower_seen).
    for (si, s) in sentences.iter().enumerate() {
        let toks = &raw[si];
        for k in 1..toks.len().saturating_sub(2) {
            if toks[k].is_punct("(")
                && toks[k + 2].is_punct(")")
                && (toks[k + 1].is_acronym_like(&s.text)
                    || plural_acronym(&s.text, &toks[k + 1])
                        && used_again(sentences, &s.text[toks[k + 1].start..toks[k + 1].end]))
            {
                let acr = &s.text[toks[k + 1].start..toks[k + 1].end];
                if acr.chars().any(|c| c.is_ascii_digit()) {
                    continue;
                }
                // "HABs": the plural ending spells no word of the expansion
                let letters = acr
                    .strip_suffix('s')
                    .filter(|x| x.len() >= 2)
                    .unwrap_or(acr);
                if let Some(from) = acronym_expansion(&s.text, toks, k, letters) {
                    let exp = span(&s.text, toks, from, k).to_string();
                    if !a.acronyms.iter().any(|(x, _)| x == acr) {
                        a.acronyms.push((acr.to_string(), exp));
                    }
                }
            }
        }
        hypernyms(&mut a, &s.text, toks);
    }
    a.topic = best.map(|(_, _, _, w)| a.unstart(w));
    a.pairs = bigrams.iter().map(|(k, v)| (*k, v.0)).collect();
    let mut class_words: Vec<&'static str> = a
        .hyper
        .values()
        .flat_map(|n| [n.singular, n.plural])
        .collect();
    class_words.sort_unstable();
    class_words.dedup();
    a.class_words = class_words;
    // a short title that the text repeats is the topic (an encyclopedia article's subject)
    if let Some(title) = &doc.title
        && title.split_whitespace().count() <= 4
    {
        let tl = title.to_lowercase();
        if sentences.iter().any(|s| contains_lowered(&s.text, &tl)) {
            a.topic = Some(a.unstart(title));
        }
    }
    // Section topics: a short heading whose words the section's first sentence repeats.
    for (h, text) in &a.headings {
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        if words.len() > 3 {
            continue;
        }
        if let Some(first) = sentences.iter().find(|s| s.heading == Some(*h))
            && contains_lowered(&first.text, &words.join(" "))
        {
            a.section_topic.insert(*h, a.unstart(text));
        }
    }
    a.topic_norm = a
        .topic
        .as_deref()
        .map(super::check::norm_tokens)
        .unwrap_or_default();
    a.section_topic_norm = a
        .section_topic
        .iter()
        .map(|(h, t)| (*h, super::check::norm_tokens(t)))
        .collect();
    // Pass 3: simplify each sentence; split off the statements it holds.
    let mut last_main: Option<(usize, usize)> = None; // (block, index in a.sents)
    for (si, s) in sentences.iter().enumerate() {
        let prev = last_main.filter(|(b, _)| *b == s.block).map(|(_, i)| i);
        let toks = std::mem::take(&mut raw[si]);
        let mut simple = simplify::simplify(&a, s, toks, prev.map(|p| &a.sents[p]));
        simple.prev = prev;
        simple.clause = super::clause::parse(&a, &simple.text, &simple.toks);
        let derived = derive(&a, s, &simple);
        let idx = a.sents.len();
        a.sents.push(simple);
        for mut d in derived {
            d.prev = Some(idx);
            d.clause = super::clause::parse(&a, &d.text, &d.toks);
            d.original = s.text.clone();
            d.derived = true;
            a.sents.push(d);
        }
        last_main = Some((s.block, idx));
    }
    // the topics and acronyms are final: their facts for the cloze, once
    a.topic_facts = a.topic.as_deref().map(|t| a.topic_facts(t));
    a.section_topic_facts = a
        .section_topic
        .iter()
        .map(|(h, t)| (*h, a.topic_facts(t)))
        .collect();
    a
}

/// `text.to_lowercase().contains(lower)`, for a `lower` that is already in lower case. When
/// both are ASCII (nearly every sentence), the lower case of the text is its bytes lowered
/// one by one, at the same offsets, so a place of `lower` in it is a place where the text
/// equals `lower` ignoring ASCII case: those are looked for directly (memchr on both cases
/// of the first byte), with no lower-case copy of every sentence.
fn contains_lowered(text: &str, lower: &str) -> bool {
    let (t, l) = (text.as_bytes(), lower.as_bytes());
    let Some(&first) = l.first() else {
        return true;
    };
    if !text.is_ascii() || !lower.is_ascii() {
        return super::lower_text::lower_text(text).contains(lower);
    }
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), t).any(|i| {
        t.get(i..i + l.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(l))
    })
}

/// Statements inside a sentence: after a semicolon, a coordinated clause with a pronoun
/// subject ("…, het behoort tot …", "… en hij noemde …"), or a relative clause on the
/// predicate of a copula ("X is een Y, dat behoort tot Z" → "X behoort tot Z").
fn derive(a: &Analysis, s: &Sentence, simple: &Sent) -> Vec<Sent> {
    let lex = a.lex();
    let toks = &simple.toks;
    let text = &simple.text;
    let mut out = Vec::new();
    let main = simple.clause;
    // the main subject, made only when a derived statement needs it (rarely)
    let main_subj = || super::clause::plain_main_subject(a, text, toks, main);
    let copula_main = main.is_some_and(|c| lex.copula.contains(&toks[c.fin].lower.as_str()));
    let make = |t: String, prev: &Sent| -> Sent {
        let sentence = Sentence {
            text: t,
            block: s.block,
            heading: s.heading,
            is_item: s.is_item,
        };
        let tk = a.lex().tokenize(&sentence.text);
        simplify::simplify(a, &sentence, tk, Some(prev))
    };
    // English reported findings: "They found that S", "The authors have shown that S",
    // "A study provides evidence that S" → S (hedged when the verb is)
    if !lex.dutch
        && let Some(k) = (2..toks.len().min(14).saturating_sub(4)).find(|&k| {
            toks[k].is("that")
                && REPORTING.contains(&toks[k - 1].lower.as_str())
                && !toks[..k].iter().any(|t| t.kind == Kind::Punct)
        })
    {
        let mut d = make(
            super::lang::nl::capitalise(&text[toks[k + 1].start..]),
            simple,
        );
        if !d.dangling && d.toks.iter().filter(|t| t.kind == Kind::Word).count() >= 4 {
            d.hedged |= matches!(
                toks[k - 1].lower.as_str(),
                "suggest"
                    | "suggests"
                    | "suggested"
                    | "believe"
                    | "believes"
                    | "think"
                    | "thinks"
                    | "estimate"
                    | "estimated"
                    | "evidence"
            );
            out.push(d);
        }
    }
    let mut depth = 0i32;
    for k in 1..toks.len().saturating_sub(3) {
        let t = &toks[k];
        if t.is_punct("(") {
            depth += 1;
        } else if t.is_punct(")") {
            depth -= 1;
        }
        if depth > 0 {
            continue;
        }
        let next = toks[k + 1].lower.as_str();
        // decided last in the tests below: most tokens fail a cheaper test first
        let finite_next = || super::clause::finite_at(lex, toks, k + 2);
        if t.is_punct(";") {
            let mut rest = text[toks[k + 1].start..].to_string();
            // "Tandwalvissen zijn rovers …; voorbeelden zijn de dolfijnen, …": examples of
            // the first clause's subject ("Voorbeelden van tandwalvissen zijn …")
            if let Some(of) = examples_of(lex, &toks[k + 1..])
                && let Some(w) = main_subj()
            {
                let at = toks[k + 1].end - toks[k + 1].start;
                rest = format!("{} {of} {w}{}", &rest[..at], &rest[at..]);
            }
            let d = make(super::lang::nl::capitalise(&rest), simple);
            if !d.dangling && d.toks.len() > 3 {
                out.push(d);
            }
            continue;
        }
        // (round 28) "X: S": a statement after a colon that opens with its own subject
        if super::colon_clause::may_open_statement(toks, k) {
            let d = make(
                super::lang::nl::capitalise(&text[toks[k + 1].start..]),
                simple,
            );
            if !d.dangling && super::colon_clause::opens_with_subject(a, &d.text, &d.toks) {
                out.push(d);
            }
            continue;
        }
        let joiner = t.is_punct(",") || t.is("en") || t.is("and");
        // (round 14) "Mieren behoren tot de wespachtigen, ze stammen af van …": Dutch "ze"
        // after a plural main subject stands for it
        let plural_they =
            next == "ze" && main_subj().is_some_and(|w| super::simplify::plural_phrase(a, &w));
        // (a word the lists do not know as a verb may follow "ze": after a subject
        // pronoun a plain lower-case word is the verb)
        let they_verb = plural_they
            && toks[k + 2].kind == Kind::Word
            && !toks[k + 2].cap
            && !toks[k + 2].stop()
            && !toks[k + 2].prep();
        if joiner
            && (plural_they || matches!(next, "het" | "it" | "hij" | "zij" | "he" | "she"))
            && (they_verb || finite_next())
        {
            let who = if plural_they || matches!(next, "het" | "it") {
                main_subj()
            } else {
                names(a, text, toks)
                    .into_iter()
                    .rfind(|&(_, e)| e <= k)
                    .map(|(f, e)| span(text, toks, f, e).to_string())
            };
            if let Some(w) = who {
                let d = make(
                    format!(
                        "{} {}",
                        super::lang::nl::capitalise(&w),
                        &text[toks[k + 2].start..]
                    ),
                    simple,
                );
                out.push(d);
            }
            continue;
        }
        // (round 14) "…, en de grootste levende haai is de walvishaai …", "…, and the
        // largest one is …": a second main clause with a subject of its own after a comma
        // and "en"/"and" is a statement of its own
        if t.is_punct(",")
            && matches!(next, "en" | "and")
            && toks[k + 2].article()
            && let Some(f) = (k + 3..toks.len().min(k + 9))
                .find(|&x| toks[x].kind != Kind::Word || super::clause::finite_at(lex, toks, x))
            && toks[f].kind == Kind::Word
            && !toks[k + 3..f]
                .iter()
                .any(|x| x.relative() && !x.article() || x.prep())
        {
            let d = make(
                super::lang::nl::capitalise(&text[toks[k + 2].start..]),
                simple,
            );
            if !d.dangling && d.toks.len() > 3 {
                out.push(d);
            }
            continue;
        }
        // "Renal colic begins sporadically … and can lead to nausea", "Een nierkoliek begint
        // … en kan leiden tot misselijkheid": a second predicate of the main clause's subject
        // is a statement of its own (never inside a subordinate or relative clause)
        // (round 27) after a comma too, when the verb agrees with the subject: "De nieren
        // houden … constant, en verwijderen …", "Magnesium helps maintain …, keeps heart
        // rhythm steady, supports …, and keeps bones strong" (each member of a list of
        // predicates that closes with "and" + verb); "but"/"maar" joins a second predicate
        // too ("Stones are often painless but can block …"), and after a conjunction an
        // English verb-group adverb may open it ("… and sometimes need surgery"); the word
        // tests come first, they turn most tokens away
        let and_verb = matches!(t.lower.as_str(), "and" | "en" | "but" | "maar");
        let opens_verb = |v: usize| {
            toks.get(v).is_some_and(|x| x.kind == Kind::Word)
                && super::clause::finite_at(lex, toks, v)
        };
        if (and_verb || t.is_punct(",") && !matches!(next, "and" | "en"))
            && let Some(c) = main
            && c.front.is_none()
            && c.fin < k
            && toks[k + 1].kind == Kind::Word
            && (opens_verb(k + 1)
                || and_verb
                    && !lex.dutch
                    && super::clause::VERB_GROUP_ADVERBS.contains(&toks[k + 1].lower.as_str())
                    && opens_verb(k + 2))
            && (and_verb || super::coordinated_predicates::closes_list(lex, toks, k + 2))
            && !toks[c.fin + 1..k].iter().any(|x| {
                x.is_punct(";") || lex.relatives.contains(&x.lower.as_str()) || x.subordinator()
            })
            && (and_verb && !toks[c.fin + 1..k].iter().any(|x| x.is_punct(","))
                || main_subj().is_some_and(|w| {
                    super::coordinated_predicates::comma_list_ok(a, &w, toks, c.fin, k)
                }))
            // "… en wordt daarom …": a predicate that leans on the first one stays with it
            && !toks[k + 1..].iter().any(|x| {
                matches!(
                    x.lower.as_str(),
                    "daarom" | "dus" | "daardoor" | "hierdoor" | "therefore" | "thus" | "hence"
                )
            })
            && let Some(w) = &main_subj()
        {
            // "Renal colic usually begins": the adverbs before the first verb are not part
            // of the subject
            // (not "the family", "a butterfly": a word in -ly after an article is the noun)
            let mut w = w.as_str();
            while let Some((head, last)) = w.rsplit_once(' ')
                && (super::clause::VERB_GROUP_ADVERBS.contains(&last)
                    || last.ends_with("ly")
                        && last.len() > 4
                        && lex.noun(last).is_none()
                        && !head
                            .rsplit(' ')
                            .next()
                            .is_some_and(|b| lex.articles.contains(&b.to_lowercase().as_str())))
            {
                w = head;
            }
            // the statement ends before an apposition or a relative clause on its last noun
            // ("… zoals natto, een traditioneel Japans gerecht …")
            // (or before the next predicate of a list: ", keeps …", ", and keeps …")
            let end = (k + 2..toks.len().saturating_sub(1))
                .find(|&x| {
                    toks[x].is_punct(",")
                        && (toks[x + 1].article()
                            || lex.relatives.contains(&toks[x + 1].lower.as_str())
                            || super::coordinated_predicates::predicate_at(lex, toks, x + 1)
                                && super::coordinated_predicates::closes_list(lex, toks, k + 2))
                })
                .map_or(text.len(), |x| toks[x].start);
            let rest = text[toks[k + 1].start..end].trim_end();
            let stop = if rest.ends_with(['.', '!', '?']) {
                ""
            } else {
                "."
            };
            let d = make(
                format!("{} {rest}{stop}", super::lang::nl::capitalise(w)),
                simple,
            );
            if !d.dangling && d.toks.len() > 3 {
                out.push(d);
            }
            continue;
        }
        if t.is_punct(",")
            && copula_main
            && matches!(next, "die" | "dat" | "which" | "who")
            // (round 14) not when the predicate has a relative clause of its own before
            // the comma ("a condition in which … levels, which reflect …")
            && main.is_some_and(|c| {
                c.fin >= k
                    || !toks[c.fin + 1..k]
                    .iter()
                    .any(|x| x.relative() && !x.article() || x.finite())
            })
            // (round 28) not after a passive or a perfect ("is associated with the
            // overgrowth of algae, which can lead to …"): the clause is said of that noun
            && main.is_none_or(|c| {
                c.fin >= k || !super::passive_relative::participle_after(lex, toks, c.fin, k)
            })
            && finite_next()
            && let Some(w) = &main_subj()
        {
            let d = make(
                format!(
                    "{} {}",
                    super::lang::nl::capitalise(w),
                    &text[toks[k + 2].start..]
                ),
                simple,
            );
            out.push(d);
        }
    }
    // statements in relative clauses ("… cells that transform X into Y" → "Cells transform …")
    // and in clauses of contrast ("…, while larger stones can block …")
    for t in super::clause::relative_statements(a, text, toks, main)
        .into_iter()
        .chain(super::clause::subordinate_statements(a, text, toks))
    {
        let mut d = make(t, simple);
        d.clause_only = true;
        if !d.dangling
            && d.toks.len() > 3
            && !out.iter().any(|o: &Sent| o.text == d.text)
            && super::clause::parse(a, &d.text, &d.toks).is_some()
        {
            out.push(d);
        }
    }
    out
}

/// "voorbeelden zijn …", "examples include …": a clause that starts with a bare plural
/// "examples" and a verb names examples of something said before; returns the preposition
/// that completes it ("van" / "of").
fn examples_of(lex: &Lexicon, toks: &[Tok]) -> Option<&'static str> {
    let first = toks.first()?;
    let verb = toks.get(1)?;
    let of = match first.lower.as_str() {
        "voorbeelden" => "van",
        "examples" => "of",
        _ => return None,
    };
    (verb.finite() && (lex.copula.contains(&verb.lower.as_str()) || verb.is("include")))
        .then_some(of)
}

/// Do the tokens from `k` spell the multi-word marker ("such as", "onder andere")? The
/// first letter is compared before the words.
#[inline]
pub fn marker_at(toks: &[Tok], k: usize, marker: &[&str]) -> bool {
    k + marker.len() <= toks.len()
        && marker.iter().enumerate().all(|(x, m)| {
            let w = toks[k + x].lower.as_bytes();
            w.len() == m.len() && w.first() == m.as_bytes().first() && w == m.as_bytes()
        })
}

/// Verbs (and a noun) that report a finding in a "that" clause.
const REPORTING: &[&str] = &[
    "found",
    "find",
    "finds",
    "showed",
    "shown",
    "show",
    "shows",
    "suggest",
    "suggests",
    "suggested",
    "reported",
    "report",
    "reports",
    "revealed",
    "reveal",
    "reveals",
    "demonstrated",
    "demonstrate",
    "demonstrates",
    "concluded",
    "established",
    "discovered",
    "observed",
    "confirmed",
    "believe",
    "believes",
    "think",
    "thinks",
    "estimate",
    "estimated",
    "know",
    "evidence",
];

/// Hearst patterns: "Y, waaronder A en B", "Y zoals A", "A, een Y", "A (Y)", "A is een Y".
fn hypernyms(a: &mut Analysis, text: &str, toks: &[Tok]) {
    let lex = a.lex();
    let mut found: Vec<(String, Noun)> = Vec::new();
    // such-as lists
    for k in 1..toks.len() {
        if toks[k].kind != Kind::Word || !toks[k].such_as_start() {
            continue;
        }
        for marker in lex.such_as {
            let m = marker.len();
            if k + m > toks.len() || !super::analyse::marker_at(toks, k, marker) {
                continue;
            }
            // Y: the word before the marker (skipping a comma)
            let mut y = k;
            if y > 0 && toks[y - 1].is_punct(",") {
                y -= 1;
            }
            if y == 0 {
                continue;
            }
            let Some(noun) = lex.noun(&toks[y - 1].lower) else {
                continue;
            };
            for (from, to) in list_members(lex, toks, k + m) {
                found.push((span(text, toks, from, to).to_lowercase(), noun));
            }
        }
    }
    // A, een Y / A – een Y / A (Y)
    for k in 1..toks.len().saturating_sub(1) {
        let sep = &toks[k];
        let next = &toks[k + 1];
        let appos = (sep.is_punct(",") || sep.is_punct("-"))
            && next.article()
            && next.lower != "de"
            && next.lower != "het"
            && next.lower != "the";
        let paren = sep.is_punct("(");
        if !appos && !paren {
            continue;
        }
        let y_from = if appos { k + 2 } else { k + 1 };
        let y_to = (y_from..toks.len())
            .find(|&x| toks[x].kind == Kind::Punct)
            .unwrap_or(toks.len());
        let Some(head) = head_of(lex, toks, y_from, y_to) else {
            continue;
        };
        let Some(noun) = lex.noun(&head.lower) else {
            continue;
        };
        if paren && !(y_to < toks.len() && toks[y_to].is_punct(")")) {
            continue;
        }
        if let Some(from) = np_before(lex, toks, k) {
            found.push((span(text, toks, from, k).to_lowercase(), noun));
        }
    }
    // A is een Y (A at the start)
    if let Some(cop) = toks
        .iter()
        .position(|t| lex.copula.contains(&t.lower.as_str()))
        && (1..=4).contains(&cop)
        && toks
            .get(cop + 1)
            .is_some_and(|t| t.lower == "een" || t.lower == "a" || t.lower == "an")
    {
        let y_to = (cop + 2..toks.len())
            .find(|&x| toks[x].kind == Kind::Punct)
            .unwrap_or(toks.len());
        if let Some(noun) = head_of(lex, toks, cop + 2, y_to).and_then(|h| lex.noun(&h.lower)) {
            let subj_to = toks[..cop]
                .iter()
                .position(|t| t.lower == "of" || t.lower == "or" || t.kind == Kind::Punct)
                .unwrap_or(cop);
            if subj_to > 0 {
                found.push((span(text, toks, 0, subj_to).to_lowercase(), noun));
            }
        }
    }
    for (term, noun) in found {
        let term = strip_article(lex, &term).to_string();
        if !term.is_empty() {
            a.hyper.entry(term).or_insert(noun);
        }
    }
}

/// The members of a list starting at token `from`: "A, B en C" up to the end of the list.
/// Each member is cut at its first preposition or bracket.
pub fn list_members(lex: &Lexicon, toks: &[Tok], from: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = from;
    let mut k = from;
    let mut member_end: Option<usize> = None;
    let close = |out: &mut Vec<(usize, usize)>, s: usize, e: usize| {
        if e > s {
            out.push((s, e));
        }
    };
    while k < toks.len() {
        let t = &toks[k];
        let is_and = lex.conjunctions[..2].contains(&t.lower.as_str());
        if t.is_punct(",") || is_and {
            close(&mut out, start, member_end.unwrap_or(k));
            member_end = None;
            start = k + 1;
            if is_and {
                // the last member: up to the end of the list
                let mut e = k + 1;
                while e < toks.len()
                    && toks[e].kind != Kind::Punct
                    && !toks[e].prep()
                    && !(e > k + 1 && toks[e].finite())
                    && !(e > k + 1 && toks[e].stop() && !toks[e].article())
                    && !toks[e].relative()
                {
                    e += 1;
                }
                if e < toks.len()
                    && toks[e].finite()
                    && e >= k + 3
                    && toks[e - 1].cap
                    && !toks[e - 2].cap
                {
                    e -= 1;
                }
                close(&mut out, k + 1, e);
                return out;
            }
            k += 1;
            continue;
        }
        if t.kind == Kind::Punct && !t.is_punct("-") {
            if t.is_punct("(") {
                member_end.get_or_insert(k);
                // skip the bracket
                while k < toks.len() && !toks[k].is_punct(")") {
                    k += 1;
                }
                k += 1;
                continue;
            }
            break;
        }
        if member_end.is_none() && k > start && (t.prep() || t.finite()) {
            member_end = Some(k);
        }
        if k - start > 6 {
            break;
        }
        k += 1;
    }
    // no "and": not a list we can trust, unless there was one member
    if out.is_empty() && k > start {
        close(&mut out, start, member_end.unwrap_or(k));
    }
    out.truncate(1);
    out
}

/// The noun phrase that ends just before token `end` (an apposition's anchor): back over
/// words until a verb, preposition (other than "van"/"of"), punctuation or conjunction.
pub fn np_before(lex: &Lexicon, toks: &[Tok], end: usize) -> Option<usize> {
    np_span_before(lex, toks, end).map(|(from, _)| from)
}

/// `np_before` with the end of the phrase too (before a trailing "te + infinitive").
pub fn np_span_before(lex: &Lexicon, toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    let mut k = end;
    // "helpt aderverkalking te voorkomen, een …": the object before "te + infinitive"
    if k >= 3 && (toks[k - 2].is("te") || toks[k - 2].is("to")) && toks[k - 1].kind == Kind::Word {
        k -= 2;
    }
    let phrase_end = k;
    // include an acronym in brackets right before: "matrix Gla-proteïne (MGP)"
    if k >= 3 && toks[k - 1].is_punct(")") && toks[k - 3].is_punct("(") {
        k -= 3;
    }
    let mut from = k;
    while from > 0 {
        let t = &toks[from - 1];
        let lw = t.lower.as_str();
        if t.kind == Kind::Punct && lw != "'" {
            break;
        }
        if lex.is_finite(lw)
            || (t.stop() && !t.article() && lw != "van" && lw != "of" && !t.cap)
            || (lex.pronouns.contains(&lw) && !lex.articles.contains(&lw))
            || lex.conjunctions.contains(&lw)
            || lex.relatives.contains(&lw)
            || (lex.prepositions.contains(&lw) && lw != "van" && lw != "of")
            || lw == "te"
            || lw == "to"
            || matches!(lw, "zoals" | "waaronder" | "including" | "such" | "like")
        {
            break;
        }
        from -= 1;
        if k - from >= 6 {
            break;
        }
    }
    // a trailing "te + infinitive" is not part of the NP: "aderverkalking te voorkomen"
    // never start with the "van"/"of" that linked it to a noun before
    while from < k && (toks[from].lower == "van" || toks[from].lower == "of") {
        from += 1;
    }
    (from < k).then_some((from, phrase_end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::lang::{DUTCH, ENGLISH};
    use crate::generate::normalise::normalise;
    use crate::generate::sentences::sentences;

    #[test]
    fn a_name_with_a_particle_keeps_its_capital_at_a_sentence_start() {
        let text = "Bees\n\nKarl von Frisch, an Austrian biologist, decoded the waggle dance. \
                    Onderzoek van Dr. Jansen liep lang. \
                    Onderzoek is nodig.";
        let doc = normalise(text);
        let s = sentences(&doc);
        let a = analyse(&doc, &s, &ENGLISH);
        assert_eq!(a.unstart("Karl von Frisch"), "Karl von Frisch");
        assert_eq!(a.unstart("Karl Frisch"), "Karl Frisch");
        // A known noun before "van" is no first name.
        let a = analyse(&doc, &s, &DUTCH);
        assert_eq!(
            a.unstart("Onderzoek van Dr. Jansen"),
            "onderzoek van Dr. Jansen"
        );
    }

    #[test]
    fn an_abbreviation_inside_a_name_keeps_the_name_whole() {
        // before: "{{c1::Mount St}}. Helens", "the U.S. {{c1::Geological Survey}}"
        let text = "Volcanoes\n\nThe eruption of Mount St. Helens killed 57 people. \
                    Scientists at the U.S. Geological Survey watch volcanoes. \
                    Mt. Everest is the highest mountain on Earth.";
        let doc = normalise(text);
        let s = sentences(&doc);
        let a = analyse(&doc, &s, &ENGLISH);
        let named: Vec<Vec<&str>> = a
            .sents
            .iter()
            .map(|s| {
                names(&a, &s.text, &s.toks)
                    .iter()
                    .map(|&(b, e)| crate::generate::tokens::span(&s.text, &s.toks, b, e))
                    .collect()
            })
            .collect();
        assert_eq!(
            named,
            vec![
                vec!["Mount St. Helens"],
                vec!["U.S. Geological Survey"],
                vec!["Mt. Everest"]
            ]
        );
    }

    #[test]
    fn contains_lowered_is_contains_of_the_lower_case() {
        let texts = [
            "",
            "Vitamine K2 is een vitamine.",
            "VITAMINE k2",
            "De vitamine-K2 (MK-7)",
            "Één vitamine K2 en İstanbul",
            "x",
            // over 64 bytes and not ASCII: the lower case made by `lower_text`
            "Het matrix Gla-proteïne (MGP) voorkomt calciumafzetting in zachte weefsels, zegt Één studie.",
        ];
        for t in texts {
            for l in [
                "",
                "vitamine k2",
                "k2",
                "mk-7",
                "één",
                "vitamine-k2 (",
                "x",
                "z",
                "proteïne (mgp)",
                "zegt één studie.",
            ] {
                assert_eq!(
                    contains_lowered(t, l),
                    t.to_lowercase().contains(l),
                    "{t:?} {l:?}"
                );
            }
        }
    }

    #[test]
    fn stem_with_key_is_stem_key() {
        for w in [
            "vitamine",
            "vitamines",
            "osteoblasten",
            "bot",
            "the",
            "es",
            "huizen",
            "k2",
            "mk-7",
            "Vitamine",
            "eiwit",
            "proteïne",
            "studies",
            "base",
            "bases",
            "µg",
            "",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ] {
            assert_eq!(stem_with_key(w, word_key(w)), stem_key(w), "{w}");
        }
    }

    /// The first, simpler stem: the fast one must strip every word the same way.
    fn stem_reference(folded: &[u8]) -> u64 {
        use std::hash::Hasher;
        let mut base = folded;
        for end in [&b"en"[..], b"es", b"s", b"e"] {
            if base.len() > end.len() + 3 && base.ends_with(end) {
                base = &base[..base.len() - end.len()];
                break;
            }
        }
        if base.len() > 4 && base.ends_with(b"e") {
            base = &base[..base.len() - 1];
        }
        let mut h = crate::generate::hash::FxHasher::default();
        h.write(base);
        h.finish()
    }

    #[test]
    fn the_fast_stem_strips_like_the_simple_one() {
        let mut words: Vec<String> = ["", "e", "es", "en", "ees", "eens", "geen", "genes", "bases"]
            .map(String::from)
            .to_vec();
        for stem in ["a", "ab", "abc", "abcd", "abcde", "abcdef"] {
            for end in ["", "e", "s", "es", "en", "ee", "ees", "een", "ens", "se"] {
                words.push(format!("{stem}{end}"));
            }
        }
        for w in &words {
            assert_eq!(stem_hash(w.as_bytes()), stem_reference(w.as_bytes()), "{w}");
        }
        for dir in ["decks/sources", "tests/gold/texts"] {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                for w in text.split(|c: char| !c.is_alphanumeric()) {
                    let plain = w.len() <= 48
                        && w.bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
                    if plain {
                        assert_eq!(stem_key(w), stem_reference(w.as_bytes()), "{w}");
                    }
                }
            }
        }
    }

    fn analysis(text: &str, lang: &'static dyn Language) -> Analysis {
        let doc = normalise(text);
        let s = sentences(&doc);
        analyse(&doc, &s, lang)
    }

    #[test]
    fn acronyms_find_their_expansion() {
        let a = analysis(
            "Titel\n\nVitamine K2 activeert het matrix Gla-proteïne (MGP), een remmer. \
             Het handboek van het National Heart, Lung, and Blood Institute (NHLBI) helpt.",
            &DUTCH,
        );
        assert_eq!(
            a.acronyms,
            vec![
                ("MGP".to_string(), "matrix Gla-proteïne".to_string()),
                (
                    "NHLBI".to_string(),
                    "National Heart, Lung, and Blood Institute".to_string()
                )
            ]
        );
        let a = analysis(
            "Antimicrobial resistance (AMR) is common. Oxide (Y2O3) is not an acronym.",
            &ENGLISH,
        );
        assert_eq!(
            a.acronyms,
            vec![("AMR".to_string(), "Antimicrobial resistance".to_string())]
        );
    }

    #[test]
    fn hypernyms_come_from_the_text() {
        let a = analysis(
            "K2 activeert verschillende eiwitten, waaronder osteocalcine en matrix Gla-proteïne \
             (MGP). Osteocalcine, geproduceerd door osteoblasten (botopbouwende cellen), bindt \
             calcium. Natto, een traditioneel Japans gerecht, is lekker. Zuiver germanium is een \
             halfgeleider.",
            &DUTCH,
        );
        assert_eq!(
            a.hyper.get("osteocalcine").map(|n| n.singular),
            Some("eiwit")
        );
        assert_eq!(a.kind_of("MGP").map(|n| n.singular), Some("eiwit"));
        assert_eq!(a.hyper.get("osteoblasten").map(|n| n.singular), Some("cel"));
        assert_eq!(a.hyper.get("natto").map(|n| n.singular), Some("gerecht"));
        assert_eq!(
            a.hyper.get("zuiver germanium").map(|n| n.singular),
            Some("halfgeleider")
        );
        let a = analysis(
            "Foods such as spinach and kale contain iron. Insulin, a hormone made in the pancreas, \
             lowers blood sugar.",
            &ENGLISH,
        );
        assert_eq!(a.hyper.get("spinach").map(|n| n.singular), Some("food"));
        assert_eq!(a.hyper.get("kale").map(|n| n.singular), Some("food"));
        assert_eq!(a.hyper.get("insulin").map(|n| n.singular), Some("hormone"));
    }

    #[test]
    fn topic_names_and_section_topics() {
        let a = analysis(
            "Over vitamine K2\n\nVitamine K2 is nuttig. Dr. Sophie Jansen zegt dat vitamine K2 \
             werkt.\n\nTitanium\n\nTitanium is een element. Het werd ontdekt door William Gregor.",
            &DUTCH,
        );
        assert_eq!(a.topic.as_deref(), Some("vitamine K2"));
        assert_eq!(
            a.section_topic.values().collect::<Vec<_>>(),
            vec!["titanium"]
        );
        let s = &a.sents[1];
        let n: Vec<&str> = names(&a, &s.text, &s.toks)
            .into_iter()
            .map(|(f, t)| span(&s.text, &s.toks, f, t))
            .collect();
        assert_eq!(n, vec!["Sophie Jansen"]);
    }

    #[test]
    fn a_middle_initial_stays_inside_the_name() {
        let a = analysis(
            "Vaccines\n\nScientists led by Dan H. Barouch developed one of the vaccines. \
             The study was led by vitamin D researcher John Smith at a hospital.",
            &ENGLISH,
        );
        let spans = |si: usize| -> Vec<String> {
            let s = &a.sents[si];
            names(&a, &s.text, &s.toks)
                .into_iter()
                .map(|(f, t)| span(&s.text, &s.toks, f, t).to_string())
                .collect()
        };
        assert_eq!(spans(0), vec!["Dan H. Barouch"]);
        // a capital letter that names a vitamin is no initial: the name starts after it
        assert_eq!(spans(1), vec!["John Smith"]);
    }

    #[test]
    fn a_dropped_connective_leaves_a_main_clause_in_order() {
        let a = analysis(
            "Titel\n\nVerder is er vooral in de zomer een tekort aan water. Toch activeert vitamine K2 het eiwit.",
            &DUTCH,
        );
        assert_eq!(
            a.sents[0].text,
            "Er is vooral in de zomer een tekort aan water."
        );
        assert_eq!(a.sents[1].text, "Vitamine K2 activeert het eiwit.");
    }

    #[test]
    fn an_acronym_prefers_the_initials_of_whole_words() {
        let a = analysis(
            "Titel\n\nThe work was done at the National Institute of Neurological Disorders and Stroke (NINDS) in 2019.",
            &ENGLISH,
        );
        assert_eq!(
            a.acronyms,
            vec![(
                "NINDS".to_string(),
                "National Institute of Neurological Disorders and Stroke".to_string()
            )]
        );
        // letters inside words still make an expansion when initials alone do not
        let a = analysis(
            "Titel\n\nLow-density lipoprotein (LDL) carries cholesterol in the blood.",
            &ENGLISH,
        );
        assert_eq!(
            a.acronyms,
            vec![("LDL".to_string(), "Low-density lipoprotein".to_string())]
        );
    }
}
