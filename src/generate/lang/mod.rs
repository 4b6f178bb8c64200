//! Languages behind one trait. A language is its word lists (function words, verbs, units,
//! nouns with their gender) and the few places where questions are built differently (Dutch
//! V2 order versus English inversion and do-support). Adding a language is adding a file here
//! and a line in `all()`.

mod en;
mod line_vote;
pub mod nl;
mod reflexive_verb;
mod short_words;

use std::sync::OnceLock;

use super::hash::{FxHashMap, FxHashSet};
use super::tokens::{self, Tok};

pub use en::English;
pub use nl::Dutch;

/// A noun the generator knows: to ask "welk eiwit" / "welke cellen" / "which protein".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    pub singular: &'static str,
    pub plural: &'static str,
    /// Dutch: neuter (het-word). English ignores it.
    pub neuter: bool,
    pub person: bool,
    /// Other words (and compound heads) that name the same kind (proteïne → eiwit).
    pub also: &'static [&'static str],
}

/// A content verb from the closed table: finite forms and the past participle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    /// Third person singular present (activeert / activates).
    pub sg: &'static str,
    /// Plural present (activeren / activate); also the English base form.
    pub pl: &'static str,
    pub past_sg: &'static str,
    pub past_pl: &'static str,
    pub participle: &'static str,
}

impl Verb {
    /// Its finite forms with (plural, past): sg, pl, past sg, past pl.
    fn forms(&self) -> [(&'static str, bool, bool); 4] {
        [
            (self.sg, false, false),
            (self.pl, true, false),
            (self.past_sg, false, true),
            (self.past_pl, true, true),
        ]
    }
}

/// A word list with a hash set built on first use: `contains` is one lookup, after a
/// filter on the word's length and first and last bytes that turns most other words away
/// without hashing them.
pub struct Words {
    list: &'static [&'static str],
    set: OnceLock<(Sieve, FxHashSet<&'static str>)>,
}

/// A one-hash Bloom filter of 16384 bits over (length, first two bytes, last two bytes).
/// With the second and second-to-last bytes in the key and four times the bits of a first
/// version, far fewer words outside a list (and fewer compound tails in `noun`) get to the
/// hash lookup.
pub struct Sieve([u64; 256]);

impl Sieve {
    #[inline]
    fn slot(b: &[u8]) -> usize {
        Self::slot_by(b, |x| x)
    }
    /// The slot of the word whose bytes are `b`'s bytes, each through `f`.
    #[inline]
    fn slot_by(b: &[u8], f: impl Fn(u8) -> u8) -> usize {
        let n = b.len();
        // a word of two bytes or more (nearly every one) has the four bytes: read without
        // a test per byte; a shorter one counts a missing byte as 0
        let key = if let ([b0, b1, ..], [.., y1, y0]) = (b, b) {
            n as u64
                | u64::from(f(*b0)) << 8
                | u64::from(f(*b1)) << 16
                | u64::from(f(*y0)) << 24
                | u64::from(f(*y1)) << 32
        } else {
            let at = |i: usize| u64::from(b.get(i).map_or(0, |&x| f(x)));
            n as u64
                | at(0) << 8
                | at(1) << 16
                | at(n.wrapping_sub(1)) << 24
                | at(n.wrapping_sub(2)) << 32
        };
        // a multiplicative hash: the top 14 bits of the product
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as usize
    }
    pub fn build<'a>(words: impl Iterator<Item = &'a str>) -> Sieve {
        let mut bits = [0u64; 256];
        for w in words {
            let s = Self::slot(w.as_bytes());
            bits[s >> 6] |= 1 << (s & 63);
        }
        Sieve(bits)
    }
    /// False: certainly not in the list. True: maybe.
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        self.may_hold_bytes(w.as_bytes())
    }
    /// `may_hold` of the word these bytes spell.
    #[inline]
    pub fn may_hold_bytes(&self, w: &[u8]) -> bool {
        let s = Self::slot(w);
        self.0[s >> 6] & (1 << (s & 63)) != 0
    }
    /// `may_hold_bytes` of the ASCII lower case of `w`, without lowering it first.
    #[inline]
    pub fn may_hold_ascii_lowered(&self, w: &[u8]) -> bool {
        let s = Self::slot_by(w, |x| x.to_ascii_lowercase());
        self.0[s >> 6] & (1 << (s & 63)) != 0
    }
}

/// A one-hash Bloom filter of 16384 bits over the last four bytes of the words of four
/// bytes or more. Every compound tail `Lexicon::noun` looks up has at least four
/// characters, so at least four bytes, and ends with the word's last four bytes: a word
/// whose last four bytes no noun form ends with has no tail to look up.
pub struct EndSieve([u64; 256]);

impl EndSieve {
    #[inline]
    fn slot(end: &[u8]) -> usize {
        let key = end.iter().fold(0u64, |k, &b| k << 8 | u64::from(b));
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as usize
    }
    fn build<'a>(words: impl Iterator<Item = &'a str>) -> EndSieve {
        let mut bits = [0u64; 256];
        for w in words {
            if let Some(end) = w.as_bytes().last_chunk::<4>() {
                let s = Self::slot(end);
                bits[s >> 6] |= 1 << (s & 63);
            }
        }
        EndSieve(bits)
    }
    /// False: no word of four bytes or more in the list ends as `w` does (or `w` is shorter
    /// than four bytes). True: maybe.
    #[inline]
    fn may_end(&self, w: &str) -> bool {
        w.as_bytes().last_chunk::<4>().is_some_and(|end| {
            let s = Self::slot(end);
            self.0[s >> 6] & (1 << (s & 63)) != 0
        })
    }
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words {
            list,
            set: OnceLock::new(),
        }
    }
    #[inline]
    pub fn contains(&self, w: &&str) -> bool {
        let (sieve, set) = self.set.get_or_init(|| {
            (
                Sieve::build(self.list.iter().copied()),
                self.list.iter().copied().collect(),
            )
        });
        sieve.may_hold(w) && set.contains(*w)
    }
}

impl std::ops::Deref for Words {
    type Target = [&'static str];
    fn deref(&self) -> &[&'static str] {
        self.list
    }
}

/// Lookups built once per language: every verb form, every noun form.
struct Index {
    finite_sieve: Sieve,
    noun_sieve: Sieve,
    noun_ends: EndSieve,
    flag_sieve: Sieve,
    participle_sieve: Sieve,
    finite: FxHashSet<&'static str>,
    verbs: FxHashMap<&'static str, (Verb, bool, bool)>,
    participles: FxHashSet<&'static str>,
    /// The present forms of the weak verbs.
    weak: Words,
    nouns: FxHashMap<&'static str, Noun>,
    flags: FxHashMap<&'static str, u16>,
    /// `flags`' words of at most `short_words::MAX_LEN` bytes (most listed words, and
    /// most words a text holds) by packed key, each with 1 + its place in `short_entries`
    /// (0: not listed); the entries are the map's (a table of small numbers: less memory).
    short_flags: short_words::ShortWords<u32>,
    short_entries: Vec<(&'static str, u16)>,
}

impl Index {
    /// A word in the flags map: the map's own `'static` copy of it and its flags.
    #[inline]
    fn known(&self, w: &str) -> Option<(&'static str, u16)> {
        let b = w.as_bytes();
        if b.len() <= short_words::MAX_LEN {
            // words of one length with one key are the same bytes (a 0 byte, which no
            // listed word holds, could make a longer word's key a shorter one's)
            let place = self.short_flags.get(short_words::pack(b)) as usize;
            return place
                .checked_sub(1)
                .and_then(|i| self.short_entries.get(i).copied())
                .filter(|(k, _)| k.len() == b.len());
        }
        if self.flag_sieve.may_hold(w) {
            self.flags.get_key_value(w).map(|(k, f)| (*k, *f))
        } else {
            None
        }
    }
}

/// The word lists of one language. Every list is lower case.
pub struct Lexicon {
    pub stop: Words,
    /// Auxiliaries and copulas (finite forms).
    pub aux: Words,
    /// Copula forms only (is, zijn, was, are…).
    pub copula: Words,
    pub verbs: &'static [Verb],
    /// Verbs whose present forms are as often nouns ("changes", "lava flows", "heart
    /// attacks"): a present form is taken for the verb only where nothing else in its
    /// clause is one (`guess_weak_verbs`); their past forms are verbs like any other.
    pub weak_verbs: &'static [Verb],
    /// Other finite verbs that mark the end of a subject but make no question.
    pub finite_other: Words,
    pub prepositions: Words,
    pub articles: Words,
    pub pronouns: Words,
    pub demonstratives: Words,
    pub conjunctions: Words,
    pub relatives: Words,
    /// Leading connectives stripped from a sentence (Toch, Bovendien; However).
    pub connectives: Words,
    /// Parenthetical adverbs set off by commas (", daarentegen,").
    pub parentheticals: Words,
    pub hedges: Words,
    pub negations: Words,
    pub units: Words,
    pub number_words: Words,
    pub duration_units: Words,
    pub titles: Words,
    pub nouns: &'static [Noun],
    /// Nouns that name a study (studie, onderzoek; study, trial).
    pub study_nouns: Words,
    /// Nouns that need "of TOPIC" when bare ("vormen" → "vormen van vitamine K2").
    pub relational: Words,
    /// Verbs of saying (zegt, legt … uit, benadrukt; says, notes).
    pub saying: Words,
    /// "such as" markers that introduce examples of the noun before them.
    pub such_as: &'static [&'static [&'static str]],
    /// Words that mark a year after them ("in 1801", "uit 2000").
    pub year_preps: Words,
    /// Imperative sentence openers to skip ("Stel je voor", "Denk aan", "Combineer").
    pub imperatives: Words,
    /// Everyday nouns and adverbs that make poor gaps (onderzoek, lichaam; study, body).
    pub generic: Words,
    /// Adjective and adverb endings (-lijk, -ig; -ly, -ous): not a gap on their own.
    pub adjective_endings: Words,
    /// Dutch word-order and word-formation rules apply.
    pub dutch: bool,
    index: OnceLock<Index>,
}

impl Lexicon {
    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut verbs = FxHashMap::default();
            let mut finite: FxHashSet<&'static str> = FxHashSet::default();
            let mut participles = FxHashSet::default();
            for v in self.verbs {
                // the first form listed wins (sg, pl, past sg, past pl)
                for (form, plural, past) in v.forms() {
                    verbs.entry(form).or_insert((*v, plural, past));
                    finite.insert(form);
                }
                participles.insert(v.participle);
            }
            let mut weak = Vec::new();
            for v in self.weak_verbs {
                for (form, plural, past) in v.forms() {
                    verbs.entry(form).or_insert((*v, plural, past));
                    if past {
                        finite.insert(form);
                    } else {
                        weak.push(form);
                    }
                }
                participles.insert(v.participle);
            }
            finite.extend(self.aux.iter().copied());
            finite.extend(self.finite_other.iter().copied());
            let mut nouns = FxHashMap::default();
            for n in self.nouns {
                for f in [n.singular, n.plural]
                    .into_iter()
                    .chain(n.also.iter().copied())
                {
                    nouns.entry(f).or_insert(*n);
                }
            }
            let mut flags: FxHashMap<&'static str, u16> = FxHashMap::default();
            for (list, flag) in [
                (self.stop.list, tokens::STOP),
                (self.prepositions.list, tokens::PREP),
                (self.articles.list, tokens::ARTICLE),
                (self.relatives.list, tokens::RELATIVE),
                (self.conjunctions.list, tokens::CONJ),
                (self.pronouns.list, tokens::PRONOUN),
                (self.demonstratives.list, tokens::DEMONSTRATIVE),
                (self.number_words.list, tokens::NUMWORD),
                (self.units.list, tokens::UNIT),
                (self.duration_units.list, tokens::DURATION),
                (self.hedges.list, tokens::HEDGE),
                (self.negations.list, tokens::NEGATION),
            ] {
                for w in list {
                    *flags.entry(w).or_insert(0) |= flag;
                }
            }
            for w in &finite {
                *flags.entry(w).or_insert(0) |= tokens::FINITE;
            }
            for w in crate::generate::clause::SUBORDINATORS {
                *flags.entry(w).or_insert(0) |= tokens::SUBORD;
            }
            for marker in self.such_as {
                if let Some(first) = marker.first() {
                    *flags.entry(first).or_insert(0) |= tokens::SUCH_AS;
                }
            }
            let short_entries: Vec<(&'static str, u16)> = flags
                .iter()
                .filter(|(k, _)| k.len() <= short_words::MAX_LEN)
                .map(|(k, f)| (*k, *f))
                .collect();
            Index {
                // the weak verbs' present forms pass too: `verb` finds them
                finite_sieve: Sieve::build(finite.iter().copied().chain(weak.iter().copied())),
                noun_sieve: Sieve::build(nouns.keys().copied()),
                noun_ends: EndSieve::build(nouns.keys().copied()),
                flag_sieve: Sieve::build(flags.keys().copied()),
                short_flags: short_words::ShortWords::build(
                    (1u32..)
                        .zip(&short_entries)
                        .map(|(place, (k, _))| (k.as_bytes(), place)),
                    |x, _| x,
                ),
                short_entries,
                participle_sieve: Sieve::build(participles.iter().copied()),
                finite,
                verbs,
                participles,
                weak: Words::new(weak.leak()),
                nouns,
                flags,
            }
        })
    }
    /// Mark each token with what the word lists say about it.
    pub fn tag(&self, toks: &mut [Tok]) {
        for t in toks.iter_mut() {
            t.flags = self.known(&t.lower).map_or(0, |(_, f)| f);
        }
        self.guess_verbs(toks);
    }
    fn known(&self, w: &str) -> Option<(&'static str, u16)> {
        self.index().known(w)
    }
    /// `tag`'s guesses, after the look-up.
    fn guess_verbs(&self, toks: &mut [Tok]) {
        let index = self.index();
        self.untag_nouns_after_determiners(toks);
        if self.dutch {
            guess_dutch_verb(toks);
            // a clause after a colon or a semicolon opens as a sentence does ("… gedrag:
            // bultruggen en dolfijnen communiceren met elkaar")
            for p in 0..toks.len() {
                if toks[p].kind == tokens::Kind::Punct
                    && (toks[p].is_punct(":") || toks[p].is_punct(";"))
                {
                    guess_dutch_verb(&mut toks[p + 1..]);
                }
            }
            guess_dutch_fronted_verb(toks);
            reflexive_verb::guess(self, toks);
        } else {
            guess_past_verbs(toks);
            // "an inherited disease", "of infected mosquitoes": a past participle right
            // after an article or a preposition is an adjective
            for k in 1..toks.len() {
                if toks[k].flags & tokens::FINITE != 0
                    && toks[k - 1].flags & (tokens::ARTICLE | tokens::PREP) != 0
                    && !toks[k - 1].is("to")
                    && self.past_is_participle(&toks[k].lower)
                {
                    toks[k].flags &= !tokens::FINITE;
                }
            }
            guess_weak_verb(&index.weak, toks);
            guess_english_bare_verb(toks);
            guess_english_after_modal(toks);
            guess_english_verb_after_adverb(toks);
            guess_english_second_verb(toks);
        }
    }
    /// A verb form right after a determiner is a noun or an adjective: "the regular rise
    /// and fall", "in orbit", "during sleep", "de kleuren", "een leven", "in het bestaan".
    /// English also after a preposition other than "to" (and the particles, which may
    /// end a verb: "breaks down"), and after a determiner and an adjective ending ("a
    /// serious lack"); Dutch after "de" or "een" with attributive adjectives in "-e"
    /// between ("de grillige vormen"), and after "het" that follows a preposition ("het"
    /// is a subject pronoun too: "dat het werkt"). Auxiliaries keep their tag.
    fn untag_nouns_after_determiners(&self, toks: &mut [Tok]) {
        for k in 1..toks.len() {
            if toks[k].flags & tokens::FINITE == 0 {
                continue;
            }
            let noun = if self.dutch {
                // back over the adjectives in "-e" ("de grillige vormen"), not over a
                // quantifier or a superlative that may head the subject ("de meeste leven …")
                let mut d = k - 1;
                while d > 0 && dutch_attributive(&toks[d]) {
                    d -= 1;
                }
                let det = &toks[d];
                det.is("de")
                    || det.is("een")
                    || det.is("het") && d > 0 && toks[d - 1].flags & tokens::PREP != 0
            } else {
                let prev = &toks[k - 1];
                english_determiner(prev)
                    || prev.flags & tokens::PREP != 0
                        && !matches!(&*prev.lower, "to" | "up" | "down" | "out" | "off")
                    || k >= 2
                        && prev.flags & tokens::FINITE == 0
                        && english_determiner(&toks[k - 2])
                        && EN_ADJECTIVE_ENDINGS.iter().any(|e| prev.lower.ends_with(e))
            };
            // the auxiliary test last: the context turns most verbs away first
            if noun && !self.aux.contains(&&*toks[k].lower) {
                toks[k].flags &= !tokens::FINITE;
            }
        }
    }
    /// Tokens of a sentence, tagged for this language.
    pub fn tokenize(&self, text: &str) -> Vec<Tok> {
        // the look-up `tag` makes, done while tokenizing: a listed word borrows its text
        let index = self.index();
        let mut toks = tokens::tokenize_with(text, |w| index.known(w));
        self.guess_verbs(&mut toks);
        toks
    }
    pub fn has(list: &[&str], w: &str) -> bool {
        list.contains(&w)
    }
    pub fn is_stop(&self, w: &str) -> bool {
        self.stop.contains(&w)
    }
    /// The `tokens` flags of a word, as `tag` gives them before its guesses: bit STOP set
    /// when the stop list holds it, PREP the prepositions, ARTICLE the articles, NUMWORD the
    /// number words, UNIT the units, and so on. A test of several lists in one look-up.
    pub fn word_flags(&self, w: &str) -> u16 {
        self.index().known(w).map_or(0, |(_, f)| f)
    }
    /// (verb, plural, past)
    pub fn verb(&self, w: &str) -> Option<(Verb, bool, bool)> {
        let index = self.index();
        if !index.finite_sieve.may_hold(w) {
            return None;
        }
        index.verbs.get(w).copied()
    }
    pub fn is_finite(&self, w: &str) -> bool {
        let index = self.index();
        index.finite_sieve.may_hold(w) && index.finite.contains(w)
    }
    /// A past form that is also the verb's participle ("infected", "produced"): after a
    /// comma, a preposition or an article it may be an adjective or a reduced relative.
    pub fn past_is_participle(&self, w: &str) -> bool {
        self.verb(w)
            .is_some_and(|(v, _, past)| past && v.participle == w)
    }
    pub fn is_verb_participle(&self, w: &str) -> bool {
        let index = self.index();
        index.participle_sieve.may_hold(w) && index.participles.contains(w)
    }
    /// A noun by any of its forms, also as the last part of a compound
    /// (botopbouwende cellen → cel, Gla-proteïne → proteïne → eiwit).
    pub fn noun(&self, w: &str) -> Option<Noun> {
        let w = w.trim_end_matches('-');
        let index = self.index();
        let nouns = &index.nouns;
        if index.noun_sieve.may_hold(w)
            && let Some(n) = nouns.get(w)
        {
            return Some(*n);
        }
        // the part after the last hyphen, found by bytes (no char searcher per word)
        let last = w
            .as_bytes()
            .iter()
            .rposition(|&b| b == b'-')
            .map_or(w, |p| &w[p + 1..]);
        // no noun form ends with the word's last four bytes: no tail is one
        if !index.noun_ends.may_end(last) {
            return None;
        }
        // the longest known tail of four letters or more: "kobaltverbindingen" → verbindingen
        let total = last.chars().count();
        for (chars, (i, _)) in last.char_indices().enumerate() {
            if total - chars < 4 {
                break;
            }
            let tail = &last[i..];
            if index.noun_sieve.may_hold(tail)
                && let Some(n) = nouns.get(tail)
            {
                return Some(*n);
            }
        }
        None
    }
    /// The word is itself a noun's singular or plural (no compound tail).
    pub fn noun_exact(&self, w: &str) -> bool {
        let index = self.index();
        index.noun_sieve.may_hold(w)
            && index
                .nouns
                .get(w)
                .is_some_and(|n| n.plural == w || n.singular == w)
    }
    pub fn noun_is_plural(&self, w: &str) -> bool {
        self.index()
            .nouns
            .get(w)
            .is_some_and(|n| n.plural == w && n.singular != w)
    }
}

/// English verbs outside the word lists, by their form and place: a past form in "-ed"
/// right after a noun and before the start of a noun phrase is the finite verb ("the
/// scientists vaccinated mice", "the team analyzed data"). Not after an auxiliary, "not", a
/// preposition or a comma, and not before a preposition (a reduced relative: "mice exposed
/// to …").
fn guess_past_verbs(toks: &mut [Tok]) {
    for k in 1..toks.len().saturating_sub(1) {
        let (before, rest) = toks.split_at_mut(k);
        let (t, after) = rest.split_at_mut(1);
        let (t, prev, next) = (&mut t[0], &before[k - 1], &after[0]);
        let w = t.lower.as_str();
        if t.listed()
            || t.kind != tokens::Kind::Word
            || t.cap
            || w.len() < 6
            || !w.ends_with("ed")
            || w.ends_with("eed")
            // "skin cells called chromatophores": a participle that names
            || matches!(w, "called" | "named" | "termed" | "dubbed" | "labeled" | "labelled")
        {
            continue;
        }
        // ("using specialised skin cells": after a gerund it is an adjective)
        let prev_noun = prev.kind == tokens::Kind::Word
            && prev.flags & (tokens::STOP | tokens::FINITE | tokens::PREP | tokens::ARTICLE) == 0
            && !prev.lower.ends_with("ly")
            && !prev.lower.ends_with("ing");
        let next_np = next.kind == tokens::Kind::Num
            || next.flags & tokens::ARTICLE != 0
            || next.kind == tokens::Kind::Word
                && next.flags & (tokens::PREP | tokens::FINITE | tokens::CONJ | tokens::RELATIVE)
                    == 0
                && !next.is("by")
                && !next.lower.ends_with("ly");
        if prev_noun && next_np {
            t.flags |= tokens::FINITE;
        }
    }
    // an irregular past that is no participle ("flew", "took", "began") after a noun or a
    // number is the verb when the sentence has no other
    if !toks.iter().any(|t| t.flags & tokens::FINITE != 0) {
        for k in 1..toks.len().saturating_sub(1) {
            let prev = &toks[k - 1];
            let after_noun = prev.kind == tokens::Kind::Num
                || prev.kind == tokens::Kind::Word
                    && prev.flags & (tokens::STOP | tokens::PREP | tokens::ARTICLE) == 0;
            if !toks[k].listed()
                && !toks[k].cap
                && after_noun
                && toks[k + 1].kind != tokens::Kind::Punct
                && IRREGULAR_PAST_ONLY.contains(&toks[k].lower.as_str())
            {
                toks[k].flags |= tokens::FINITE;
                break;
            }
        }
    }
    // a past form before a preposition is the verb only when no other verb follows
    // ("the crew landed on the Moon"; not "mice exposed to the virus developed …")
    for k in 1..toks.len().saturating_sub(1) {
        let w = toks[k].lower.as_str();
        if toks[k].listed()
            || toks[k].kind != tokens::Kind::Word
            || toks[k].cap
            || w.len() < 6
            || !w.ends_with("ed")
            || w.ends_with("eed")
        {
            continue;
        }
        let prev = &toks[k - 1];
        let prev_noun = prev.kind == tokens::Kind::Word
            && prev.flags & (tokens::STOP | tokens::FINITE | tokens::PREP | tokens::ARTICLE) == 0
            && !prev.lower.ends_with("ly");
        let next_prep = toks[k + 1].flags & tokens::PREP != 0 && !toks[k + 1].is("by");
        let verb_before = toks[..k].iter().any(|t| t.flags & tokens::FINITE != 0);
        let verb_after = toks[k + 1..].iter().any(|t| t.flags & tokens::FINITE != 0);
        if prev_noun && next_prep && !verb_before && !verb_after {
            toks[k].flags |= tokens::FINITE;
        }
    }
}

/// A Dutch finite verb outside the word lists, by its place: a main clause that opens with a
/// short subject (an article and words, or a capitalised name or noun) has its finite verb
/// second ("De poliepen bouwen een kalkskelet", "Koraalriffen beslaan …"). The word must
/// have a verb's ending (-t, -en, -de, -te), follow a word that is no adjective (-e), and
/// come before an object or a phrase, never before a comma. Only the first such word, and
/// only when no known finite verb comes before it.
fn guess_dutch_verb(toks: &mut [Tok]) {
    const MASK: u16 =
        tokens::PREP | tokens::FINITE | tokens::CONJ | tokens::RELATIVE | tokens::PRONOUN;
    let Some(first) = toks.first() else {
        return;
    };
    // "Veel walvissen vertonen …", "Enkele soorten …": a quantifier opens a subject too
    let quantifier = matches!(
        first.lower.as_str(),
        "veel" | "enkele" | "sommige" | "alle" | "beide" | "vele"
    );
    if first.kind != tokens::Kind::Word
        || first.flags & (MASK | tokens::STOP) != 0
            && first.flags & tokens::ARTICLE == 0
            && !quantifier
    {
        return;
    }
    for k in 1..toks.len().min(7) {
        let t = &toks[k];
        // "De lichaamslengte van spinachtigen varieert …": a "van" phrase after the first
        // noun belongs to the subject
        if k >= 2 && t.lower == "van" && toks[k - 1].flags & tokens::STOP == 0 {
            continue;
        }
        // "Een tweede zijvlak van het hart grenst …": the article after that "van" is no
        // pronoun ("het" is both)
        if k >= 3 && t.flags & tokens::ARTICLE != 0 && toks[k - 1].lower == "van" {
            continue;
        }
        // "bultruggen en dolfijnen communiceren …": two nouns joined by "en" or "of" are
        // one subject
        if (t.is("en") || t.is("of"))
            && toks[k - 1].kind == tokens::Kind::Word
            && toks[k - 1].flags == 0
            && toks
                .get(k + 1)
                .is_some_and(|n| n.kind == tokens::Kind::Word && n.flags & !tokens::ARTICLE == 0)
        {
            continue;
        }
        if t.flags & MASK != 0 || t.kind == tokens::Kind::Punct {
            return; // a known verb, a preposition or a comma first: the parse has its verb
        }
        let prev = &toks[k - 1];
        let w = t.lower.as_str();
        let verb_form = w.len() >= 4
            && w.chars().all(char::is_alphabetic)
            && ["t", "en", "de", "te", "den", "ten"]
                .iter()
                .any(|e| w.ends_with(e))
            && !w.ends_with("heid")
            && !w.ends_with("ische");
        // "-en" after an adjective in "-e" is a plural noun ("de rode bloedcellen"); a
        // present singular in "-t" may follow a noun in "-e" ("lipase splitst")
        let after_noun = prev.kind == tokens::Kind::Word
            && prev.flags & (tokens::ARTICLE | tokens::STOP) == 0
            && (w.ends_with('t') || !prev.lower.ends_with('e'));
        let next_ok = toks.get(k + 1).is_some_and(|n| {
            n.kind == tokens::Kind::Num
                || n.kind == tokens::Kind::Word
                    && n.flags & (tokens::FINITE | tokens::RELATIVE) == 0
        });
        // "Blauw licht van schermen remt …": a known verb later in the clause (before a
        // comma, a relative or a conjunction) is the verb; the word is a noun
        // "De naam buikpotigen en de wetenschappelijke naam verwijzen …": right before "en"
        // the word may end the first of two subjects; the verb after the second is theirs
        // (not when a verb follows "en" at once: "De poliepen filteren en eten plankton")
        let from = if toks.get(k + 1).is_some_and(|n| n.flags & tokens::CONJ != 0)
            && toks
                .get(k + 2)
                .is_some_and(|n| n.flags & tokens::FINITE == 0)
        {
            k + 2
        } else {
            k + 1
        };
        let known_later = || {
            toks[from.min(toks.len())..]
                .iter()
                .take_while(|n| {
                    n.kind != tokens::Kind::Punct
                        && n.flags & (tokens::RELATIVE | tokens::CONJ) == 0
                        // "… kakkerlakken waarvan de larven … leven": a clause of its own
                        && !n.lower.starts_with("waar")
                        && !n.subordinator()
                })
                .any(|n| n.flags & tokens::FINITE != 0)
        };
        if verb_form && after_noun && next_ok && !t.cap && !known_later() {
            toks[k].flags |= tokens::FINITE;
            return;
        }
    }
}

/// A Dutch main clause that opens with a phrase ("In de winter", "Bij enkele soorten", "In
/// 1916", "Daar") has its finite verb second, before the subject: "In de winter kruipen ze
/// dieper", "In 1916 publiceerde Einstein …", "Bij enkele soorten voeren de mannetjes …".
/// So a word of no list right after the phrase's last noun and right before a subject's
/// start (an article, a subject pronoun, a name, a quantifier; an adverb may come between)
/// is the verb, when the clause has no known verb. A phrase followed by a noun and then an
/// article is no Dutch.
fn guess_dutch_fronted_verb(toks: &mut [Tok]) {
    let Some(first) = toks.first() else {
        return;
    };
    let adverb_first = matches!(
        &*first.lower,
        "daar"
            | "hier"
            | "toen"
            | "dan"
            | "nu"
            | "soms"
            | "vaak"
            | "later"
            | "daarna"
            | "eerst"
            | "vroeger"
            | "tegenwoordig"
            | "meestal"
            | "vervolgens"
    );
    if first.flags & tokens::PREP == 0 && !adverb_first || first.is("te") {
        return;
    }
    // the clause: to its first comma, conjunction or relative
    let clause_end = (1..toks.len())
        .find(|&x| {
            let t = &toks[x];
            t.kind == tokens::Kind::Punct
                || t.flags & (tokens::CONJ | tokens::RELATIVE) != 0
                || t.subordinator()
        })
        .unwrap_or(toks.len());
    if toks[..clause_end]
        .iter()
        .any(|t| t.flags & tokens::FINITE != 0)
    {
        return;
    }
    let subject_start = |t: &Tok| {
        t.flags & tokens::ARTICLE != 0
            || t.kind == tokens::Kind::Word && t.cap
            || matches!(
                &*t.lower,
                "ze" | "zij"
                    | "hij"
                    | "men"
                    | "we"
                    | "wij"
                    | "je"
                    | "veel"
                    | "enkele"
                    | "sommige"
                    | "alle"
                    | "beide"
                    | "deze"
                    | "dit"
                    | "hun"
                    | "zijn"
                    | "haar"
            )
    };
    for k in 1..clause_end.saturating_sub(1) {
        let (prev, t) = (&toks[k - 1], &toks[k]);
        let w = t.lower.as_str();
        let word = t.kind == tokens::Kind::Word
            && !t.cap
            && t.flags == 0
            && w.len() >= 3
            && w.chars().all(char::is_alphabetic)
            // an adjective in "-e" before its noun, not a past in "-de"/"-te"
            && (!w.ends_with('e') || w.ends_with("de") || w.ends_with("te"));
        // the phrase's last word: a noun or a number (or the opening adverb)
        let after_phrase = k == 1 && adverb_first
            || prev.kind == tokens::Kind::Num
            || prev.kind == tokens::Kind::Word
                && prev.flags & (tokens::ARTICLE | tokens::PREP | tokens::STOP) == 0;
        let mut j = k + 1;
        if toks.get(j).is_some_and(|n| {
            matches!(
                &*n.lower,
                "dan"
                    | "ook"
                    | "echter"
                    | "nog"
                    | "al"
                    | "vaak"
                    | "meestal"
                    | "soms"
                    | "dus"
                    | "eens"
                    | "wel"
                    | "zelfs"
                    | "vooral"
            )
        }) {
            j += 1;
        }
        if word && after_phrase && j < clause_end && subject_start(&toks[j]) {
            toks[k].flags |= tokens::FINITE;
            return;
        }
    }
}

/// English adverbs without "-ly" that stand where a verb might: "may also cause", "rinse
/// your hands well under …".
fn english_adverb(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "still"
            | "never"
            | "often"
            | "even"
            | "either"
            | "always"
            | "only"
            | "well"
            | "then"
            | "just"
            | "already"
            | "again"
            | "too"
            | "ever"
    )
}

/// The bare word after an English modal (with "not" or an adverb between) is its verb,
/// as the listed ones are: "flares may last longer", "it doesn't hurt", "can relieve
/// symptoms", "will eventually shape". "do", "does" and "did" only with "not" ("what to
/// do with these").
fn guess_english_after_modal(toks: &mut [Tok]) {
    // a question puts the subject after the modal: "What can stars be divided into?"
    if toks.last().is_some_and(|t| t.is_punct("?")) {
        return;
    }
    for k in 1..toks.len() {
        let t = &toks[k];
        // the cheap tests first: this runs on every word
        if t.kind != tokens::Kind::Word || t.cap || t.flags != 0 {
            continue;
        }
        // a modal is an auxiliary (FINITE) or a negation in "-t" ("doesn't", "cannot"),
        // one or two words back
        let maybe_modal =
            |x: &Tok| x.flags & tokens::FINITE != 0 || x.lower.as_bytes().last() == Some(&b't');
        if !(maybe_modal(&toks[k - 1]) || k >= 2 && maybe_modal(&toks[k - 2])) {
            continue;
        }
        // back over one "not" or adverb
        let mut m = k - 1;
        let between = &toks[m];
        let skip = between.is("not")
            || english_adverb(&between.lower)
            || between.lower.ends_with("ly") && between.flags & tokens::FINITE == 0;
        if skip && m > 0 {
            m -= 1;
        }
        let modal = toks[m].lower.as_str();
        let negated = m < k - 1 && toks[m + 1].is("not");
        // "doesn't", "don’t", "can't", "won't": the stem before the negation, no copy
        let stem = modal
            .strip_suffix("n't")
            .or_else(|| modal.strip_suffix("n’t"));
        let is_modal = matches!(
            modal,
            "can"
                | "could"
                | "will"
                | "would"
                | "may"
                | "might"
                | "must"
                | "should"
                | "shall"
                | "cannot"
        ) || stem.is_some_and(|s| {
            matches!(
                s,
                "do" | "does" | "did" | "ca" | "wo" | "would" | "could" | "should"
            )
        }) || negated && matches!(modal, "do" | "does" | "did");
        if !is_modal || toks[m].cap {
            continue;
        }
        let w = t.lower.as_str();
        if w.len() >= 3
            && w.chars().all(|c| c.is_ascii_alphabetic())
            && !["ly", "ing", "ed"].iter().any(|e| w.ends_with(e))
            && !english_adverb(w)
        {
            toks[k].flags |= tokens::FINITE;
        }
    }
}

/// Adverbs of frequency and degree that stand before a verb.
const EN_VERB_ADVERBS: &[&str] = &[
    "often",
    "usually",
    "sometimes",
    "always",
    "never",
    "rarely",
    "frequently",
    "generally",
    "typically",
    "normally",
    "also",
    "gradually",
    "eventually",
    "slowly",
];

/// A bare word after an adverb of frequency that follows a noun or "and" is a verb: "and
/// often starts during childhood", "Gout flares often start suddenly". A preposition, a
/// noun phrase's start or an adverb must follow ("and sometimes tornadoes." is a noun),
/// and it has no adjective's ending ("and often fatal to …"). Not after "even", which
/// goes with nouns as well ("and even death").
fn guess_english_verb_after_adverb(toks: &mut [Tok]) {
    for k in 2..toks.len().saturating_sub(1) {
        let (before, adv, t, next) = (&toks[k - 2], &toks[k - 1], &toks[k], &toks[k + 1]);
        // the cheap tests first: this runs on every word
        if t.flags != 0 || t.cap || !EN_VERB_ADVERBS.contains(&&*adv.lower) {
            continue;
        }
        let ends = next.flags & (tokens::PREP | tokens::ARTICLE) != 0 && !next.is("of")
            || english_determiner(next)
            || next.flags == 0 && next.lower.ends_with("ly");
        if !ends {
            continue;
        }
        let w = t.lower.as_str();
        let word = t.kind == tokens::Kind::Word
            && w.len() >= 3
            && w.chars().all(|c| c.is_ascii_alphabetic())
            && !["ly", "ing", "ed", "al", "ic", "ent", "ant", "ary", "ory"]
                .iter()
                .chain(EN_ADJECTIVE_ENDINGS)
                .any(|e| w.ends_with(e));
        let after = before.is("and")
            || before.is("or")
            || before.kind == tokens::Kind::Word
                && before.flags == 0
                && !before.cap
                && !before.lower.ends_with("ly");
        if word && after {
            toks[k].flags |= tokens::FINITE;
        }
    }
}

/// "to control and eliminate malaria", "can prevent and treat it": a bare word right after
/// "and" or "or" that follows a verb after "to" or a modal is a verb too.
fn guess_english_second_verb(toks: &mut [Tok]) {
    for k in 3..toks.len() {
        // the cheap tests first: this runs on every word
        if toks[k].flags != 0 || !(toks[k - 1].is("and") || toks[k - 1].is("or")) {
            continue;
        }
        let w = toks[k].lower.as_str();
        let word = toks[k].kind == tokens::Kind::Word
            && !toks[k].cap
            && toks[k].flags == 0
            && w.len() >= 3
            && w.chars().all(|c| c.is_ascii_alphabetic())
            && !["ly", "ing", "ed"].iter().any(|e| w.ends_with(e));
        let head = &toks[k - 3];
        let to_or_modal = head.is("to")
            || matches!(
                &*head.lower,
                "can" | "could" | "will" | "would" | "may" | "might" | "must" | "should"
            );
        if word
            && (toks[k - 1].is("and") || toks[k - 1].is("or"))
            && toks[k - 2].flags & tokens::FINITE != 0
            && to_or_modal
        {
            toks[k].flags |= tokens::FINITE;
        }
    }
}

/// An English clause with no verb the lists know: a bare word right after its subject's
/// noun and before a preposition or the start of a noun phrase is the verb ("Tides
/// originate in the ocean", "Such mutations account for 20%", "Low tide corresponds to
/// …", "The water then deposits the calcite"). Not after an article or a possessive, not
/// "-ly", "-ing", "-ed" or "-en" (an adverb, a gerund or a participle), and not before
/// "of", which ties two nouns, nor before a number ("type 10", "every 4 minutes").
fn guess_english_bare_verb(toks: &mut [Tok]) {
    let Some(first) = toks.first() else {
        return;
    };
    if first.kind != tokens::Kind::Word
        || first.flags & (tokens::PREP | tokens::CONJ | tokens::RELATIVE | tokens::SUBORD) != 0
        || first.lower.ends_with("ing")
    {
        return;
    }
    // a sentence (a heading or a list item has no full stop) whose main clause, before any
    // relative or subordinate clause, has no verb: a long subject ("The sea level on the
    // west side … is") has its verb later
    if !toks.last().is_some_and(|t| t.is_punct("."))
        || toks
            .iter()
            .take_while(|t| t.flags & tokens::RELATIVE == 0 && !t.subordinator())
            .any(|t| t.flags & tokens::FINITE != 0)
    {
        return;
    }
    // the clause: to its first punctuation, preposition, conjunction or relative
    let stretch_end = (1..toks.len())
        .find(|&x| {
            let t = &toks[x];
            t.kind == tokens::Kind::Punct
                || t.flags & (tokens::CONJ | tokens::RELATIVE | tokens::PREP) != 0
                || t.subordinator()
        })
        .unwrap_or(toks.len());
    for k in 1..stretch_end.min(toks.len() - 1) {
        let (prev, t, next) = (&toks[k - 1], &toks[k], &toks[k + 1]);
        let w = t.lower.as_str();
        let word = t.kind == tokens::Kind::Word
            && !t.cap
            && t.flags == 0
            && w.len() >= 3
            && w.chars().all(|c| c.is_ascii_alphabetic())
            && !["ly", "ing", "ed", "en"].iter().any(|e| w.ends_with(e))
            && !english_adverb(w);
        // the subject's noun agrees with the verb: a plural and a bare form ("Tides
        // originate"), or a singular and a form in -s ("Low tide corresponds"); a noun
        // phrase of a list item does not ("Intermittent pain in …"), nor does a name
        // inside it ("Additional EM rashes on …")
        let agrees = prev.lower.ends_with('s') != w.ends_with('s');
        let after_noun = prev.kind == tokens::Kind::Word
            && (k == 1 || !prev.cap)
            && agrees
            && prev.flags & (tokens::ARTICLE | tokens::PREP | tokens::NUMWORD) == 0
            && !english_determiner(prev)
            && !EN_ADJECTIVE_ENDINGS.iter().any(|e| prev.lower.ends_with(e));
        let before_phrase = next.flags & tokens::PREP != 0 && !next.is("of")
            || next.flags & tokens::ARTICLE != 0
            || english_determiner(next)
            || matches!(&*next.lower, "up" | "down" | "out" | "off");
        if word && after_noun && before_phrase {
            toks[k].flags |= tokens::FINITE;
            return;
        }
    }
}

/// "Many species change colour", "The rest flows over the surface …": a present form of a
/// weak verb is the verb when no verb comes before it, none follows it in its clause, and
/// a word that may end a subject comes right before it (not an article, a preposition, a
/// possessive or a number: "the changes", "of lava flows", "their attacks").
fn guess_weak_verb(weak: &Words, toks: &mut [Tok]) {
    for k in 1..toks.len().saturating_sub(1) {
        let t = &toks[k];
        if t.flags & tokens::FINITE != 0 {
            return;
        }
        if t.listed() || t.kind != tokens::Kind::Word || t.cap || !weak.contains(&&*t.lower) {
            continue;
        }
        let prev = &toks[k - 1];
        let subject_end = prev.kind == tokens::Kind::Word
            && prev.flags
                & (tokens::ARTICLE | tokens::PREP | tokens::DEMONSTRATIVE | tokens::NUMWORD)
                == 0
            && (prev.flags & tokens::STOP == 0 || prev.flags & tokens::PRONOUN != 0)
            && !matches!(
                &*prev.lower,
                "its" | "their" | "his" | "her" | "our" | "your" | "my"
            );
        let next = &toks[k + 1];
        let verb_later = toks[k + 1..]
            .iter()
            .take_while(|n| {
                n.kind != tokens::Kind::Punct
                    && n.flags & (tokens::RELATIVE | tokens::CONJ) == 0
                    && !n.subordinator()
            })
            .any(|n| n.flags & tokens::FINITE != 0);
        // "Lactase breaks down lactose into simpler forms of sugar": with its particle the
        // word is the verb, whatever looks like a verb later (round 18)
        let particle = matches!(&*next.lower, "down" | "up" | "out" | "off");
        if subject_end
            && matches!(next.kind, tokens::Kind::Word | tokens::Kind::Num)
            && (!verb_later || particle)
        {
            toks[k].flags |= tokens::FINITE;
            return;
        }
    }
}

/// An article or a possessive: what follows it starts a noun phrase.
fn english_determiner(t: &Tok) -> bool {
    t.flags & tokens::ARTICLE != 0
        || matches!(&*t.lower, "its" | "their" | "his" | "our" | "your" | "my")
}

/// Adjective endings that no common noun or verb of the texts has ("-al" has "animal",
/// "-ic" "mechanic", "-ary" "library", "-ant" "plant": left out).
const EN_ADJECTIVE_ENDINGS: &[&str] =
    &["ous", "ful", "less", "able", "ible", "ical", "ive", "ular"];

/// A Dutch attributive adjective between a determiner and its noun: a lower-case word of
/// no list with an adjective's ending in "-e" ("grillige", "primaire"). A bare "-e" is no
/// sign: many nouns end so ("de kolonie maken", "de cristae zit"); nor a quantifier
/// ("sommige"), which may head the subject itself ("Sommige leven in …").
fn dutch_attributive(t: &Tok) -> bool {
    const ENDINGS: &[&str] = &[
        "lijke", "ige", "ische", "ende", "bare", "ieve", "ele", "aire",
    ];
    t.kind == tokens::Kind::Word
        && !t.cap
        && t.flags == 0
        && ENDINGS.iter().any(|e| t.lower.ends_with(e))
        && !matches!(&*t.lower, "sommige" | "enige" | "overige" | "vorige")
}

/// English irregular past forms that are no past participle: in a sentence without another
/// verb, one of them is the verb.
const IRREGULAR_PAST_ONLY: &[&str] = &[
    "gave", "took", "went", "came", "ate", "drank", "fell", "rose", "grew", "began", "became",
    "flew", "knew", "saw", "wrote", "drove", "spoke", "broke", "chose", "froze", "swam", "sang",
    "ran", "drew", "threw", "shook", "woke", "wore", "tore", "forgot", "arose", "struck",
];

/// What kind of thing an answer is, for the question word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wh {
    Who,
    What,
    Which(Noun, bool),
    Year,
    Amount,
    Duration,
    Place,
    Why,
}

/// The grammar that differs between languages.
pub trait Language: Sync {
    fn code(&self) -> &'static str;
    fn lex(&self) -> &'static Lexicon;
    /// The auxiliaries (finite forms).
    fn aux(&self) -> &'static Words {
        &self.lex().aux
    }
    /// The wh-phrase for a subject or fronted position ("Wie", "Welk eiwit", "In welk jaar").
    fn wh(&self, wh: Wh) -> String;
    /// "Waar staat MGP voor?"
    fn acronym_question(&self, acronym: &str) -> String;
    /// "Wat is X?" / "Wat zijn X?"
    fn what_is(&self, np: &str, plural: bool) -> String;
    /// "Welk eiwit is een krachtige remmer …?" / "Wat is een …?" — asks for the apposition's
    /// anchor given its description.
    fn which_is(&self, wh: Wh, description: &str) -> String;
    /// "Waarmee worden bloedvaten vergeleken?"
    fn analogy_question(&self, thing: &str, plural: bool) -> String;
    /// "Waarvoor is vitamine K2 nodig?"
    fn needed_for(&self, thing: &str, plural: bool) -> String;
    /// A question with a wh-phrase in front of a clause: `finite` is the finite verb as
    /// written, `subject` the subject, `rest` the remaining words in their order. Returns
    /// None when the language cannot form it without a verb it does not know.
    fn front_question(&self, wh: &str, finite: &str, subject: &str, rest: &str) -> Option<String>;
    /// A question about the passive agent or a PP: "Door wie werd X ontdekt?" /
    /// "Who was X discovered by?".
    fn pp_question(
        &self,
        prep: &str,
        person: bool,
        finite: &str,
        subject: &str,
        rest: &str,
    ) -> Option<String>;
    /// "Wie zegt: “…”?" / "Welke voedingsdeskundige zegt: “…”?"
    fn quote_question(&self, who: Wh, quote: &str) -> String;
    /// Study attribute questions.
    fn study_year(&self, study: &str) -> String;
    fn study_journal(&self, study: &str) -> String;
    fn study_dose(&self, substance: &str, daily: bool, study: &str) -> String;
    fn study_duration(&self, study: &str) -> String;
    /// Make an indefinite NP definite ("een baanbrekend Japans onderzoek" → "het
    /// baanbrekende Japanse onderzoek").
    fn definite(&self, np: &str) -> String;
    /// "Wat zijn de meest voorkomende vormen van X?" — `of_topic` completes a bare relational noun.
    fn of_topic(&self, topic: &str) -> String;
}

pub static DUTCH: Dutch = Dutch;
pub static ENGLISH: English = English;

/// Every language, in the order `--lang auto` breaks ties.
pub fn all() -> [&'static dyn Language; 2] {
    [&DUTCH, &ENGLISH]
}

pub fn by_code(code: &str) -> Option<&'static dyn Language> {
    all().into_iter().find(|l| l.code() == code)
}

/// The words of `all()`'s stop lists, each with bit i set when language i lists it (what
/// `is_stop` of each says), and a sieve over them: `detect` asks once per word instead of
/// once per language. Keyed by bytes: `line_votes` lowers ASCII words into a byte buffer.
fn stop_votes() -> &'static (Sieve, FxHashMap<&'static [u8], u8>) {
    static VOTES: OnceLock<(Sieve, FxHashMap<&'static [u8], u8>)> = OnceLock::new();
    VOTES.get_or_init(|| {
        let mut stops: FxHashMap<&'static [u8], u8> = FxHashMap::default();
        let mut words: Vec<&'static str> = Vec::new();
        for (i, l) in all().iter().enumerate() {
            for w in l.lex().stop.iter() {
                *stops.entry(w.as_bytes()).or_insert(0) |= 1 << i;
                words.push(w);
            }
        }
        (Sieve::build(words.into_iter()), stops)
    })
}

/// `stop_votes`' words of at most `short_words::MAX_LEN` ASCII bytes, by packed key:
/// `line_votes` builds a word's key while it reads the word, and a probe is one compare.
fn short_stop_votes() -> &'static short_words::ShortWords<u8> {
    static SHORT: OnceLock<short_words::ShortWords<u8>> = OnceLock::new();
    SHORT.get_or_init(|| {
        let (_, stops) = stop_votes();
        short_words::ShortWords::build(
            stops
                .iter()
                .filter(|(w, _)| w.is_ascii())
                .map(|(w, bits)| (*w, *bits)),
            |x, y| x | y,
        )
    })
}

/// Detect the language of a document by a vote of function words (the stop lists) over its
/// first 400 words.
/// Sentences are too short for character statistics; documents are not.
pub fn detect(text: &str) -> &'static dyn Language {
    let langs = all();
    // a lead of 30 function words is never overturned in a real document
    let votes = votes(text, 400, 30);
    if votes[1] > votes[0] {
        langs[1]
    } else if votes[0] > votes[1] {
        langs[0]
    } else {
        // a tie (a short text without function words: "Insulin lowers blood sugar."):
        // the finite verbs each language knows decide; Dutch if still even
        let verbs = |lang: &dyn Language| {
            text.split(|c: char| !c.is_alphabetic())
                .take(400)
                .filter(|w| !w.is_empty() && lang.lex().is_finite(&w.to_lowercase()))
                .count()
        };
        if verbs(langs[1]) > verbs(langs[0]) {
            langs[1]
        } else {
            langs[0]
        }
    }
}

/// The function words of each language (in `all()`'s order) among the first `limit` words,
/// counting stopped once one language leads by `lead`.
fn votes(text: &str, limit: usize, lead: usize) -> [usize; 2] {
    let mut votes = [0usize; 2];
    for w in text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(limit)
    {
        // lower-case short ASCII words on the stack: this runs over every document
        let mut buf = [0u8; 16];
        let owned;
        // a word without an ASCII capital that is all ASCII (most words) is its own lower case
        let lw: &str = if w.bytes().all(|b| b < 0x80 && !b.is_ascii_uppercase()) {
            w
        } else if w.is_ascii() && w.len() <= buf.len() {
            for (b, c) in buf.iter_mut().zip(w.bytes()) {
                *b = c.to_ascii_lowercase();
            }
            std::str::from_utf8(&buf[..w.len()]).unwrap_or("")
        } else {
            owned = w.to_lowercase();
            &owned
        };
        // one look-up for both languages' stop lists: bit i set when language i lists it
        let (sieve, stops) = stop_votes();
        if sieve.may_hold(lw)
            && let Some(&bits) = stops.get(lw.as_bytes())
        {
            votes[0] += usize::from(bits & 1);
            votes[1] += usize::from(bits >> 1);
        }
        if votes[0].abs_diff(votes[1]) >= lead {
            break;
        }
    }
    votes
}

/// How much of a document reads as another language than `lang`: that language and its share
/// of the words in percent, counted over lines of at least eight words whose function words vote for it
/// clearly (twice as many, and three or more). None when it is under a tenth or 40 words: a
/// quoted phrase or a title in another language is normal; a document half Dutch and half
/// English gets the rules of one language for both halves, which a learner should know.
pub fn other_language_share(text: &str, lang: &dyn Language) -> Option<(&'static str, usize)> {
    let langs = all();
    let mine = langs.iter().position(|l| l.code() == lang.code())?;
    let other = 1 - mine;
    // the lines that count and their words first (a cheap count): the total is then known
    // before a vote is read, and the reading stops as soon as the lines left could not
    // bring the share up to a tenth or 40 words. Longest lines first (the sums do not
    // depend on the order), so that the tenth left unread is many short lines
    let mut lines: Vec<(&str, usize)> = text
        .lines()
        .map(|line| (line, word_count(line)))
        .filter(|&(_, n)| n >= 8)
        .collect();
    lines.sort_unstable_by_key(|&(_, n)| std::cmp::Reverse(n));
    let words: usize = lines.iter().map(|&(_, n)| n).sum();
    let (mut other_words, mut left) = (0usize, words);
    let reachable = |most: usize| most >= 40 && most * 100 / words.max(1) >= 10;
    for (line, n) in lines {
        if !reachable(other_words + left) {
            return None;
        }
        left -= n;
        if line_vote::votes_for(line, other, mine) {
            other_words += n;
        }
    }
    let percent = other_words * 100 / words.max(1);
    (other_words >= 40 && percent >= 10).then(|| (langs[other].code(), percent))
}

/// The ASCII bytes `line_votes` tells apart: 1 white space (`char::is_whitespace`), 2 a
/// letter or an apostrophe (what the words `votes` splits off are made of), 0 any other.
const LINE_CLASS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_whitespace() || c == 0x0B {
            1
        } else if c.is_ascii_alphabetic() || c == b'\'' {
            2
        } else {
            0
        };
        b += 1;
    }
    table
};

/// `line.split_whitespace().count()`. A line without non-ASCII white space (nearly every
/// one; every such character starts with 0xC2, 0xE1, 0xE2 or 0xE3, found by memchr) has
/// its words start where a byte that is no ASCII white space follows one that is (or the
/// line's start): counted over byte pairs without a branch, so that the loop vectorises.
fn word_count(line: &str) -> usize {
    let bytes = line.as_bytes();
    let unicode_space = memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes)
        .chain(memchr::memchr_iter(0xE3, bytes))
        .any(|i| {
            line.get(i..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_whitespace)
        });
    if unicode_space {
        return line.split_whitespace().count();
    }
    // ' ' and 0x09..=0x0D (tab, line feed, vertical tab, form feed, carriage return)
    let space = |b: u8| b == b' ' || b.wrapping_sub(0x09) < 5;
    let first = bytes.first().map_or(0, |&b| usize::from(!space(b)));
    let (before, after) = (bytes, bytes.get(1..).unwrap_or_default());
    // byte counters over pieces of 128 pairs (at most 128 word starts: no overflow), so
    // that each vector lane is one byte wide
    before
        .chunks(128)
        .zip(after.chunks(128))
        .map(|(x, y)| {
            let starts = x
                .iter()
                .zip(y)
                .fold(0u8, |acc, (&p, &q)| acc + u8::from(space(p) & !space(q)));
            usize::from(starts)
        })
        .sum::<usize>()
        + first
}

/// A line's words (split at white space) and `votes` of its function words, or None for
/// a line of under eight words, which `other_language_share` does not count (what its
/// tests compare with `votes`).
#[cfg(test)]
fn line_votes(line: &str) -> Option<(usize, [usize; 2])> {
    let n = word_count(line);
    (n >= 8).then(|| (n, stop_word_votes(line)))
}

/// `votes(line, usize::MAX, usize::MAX)`: `read_votes` to the line's end.
#[cfg(test)]
fn stop_word_votes(line: &str) -> [usize; 2] {
    read_votes(line, |_, _| false)
}

/// The votes of a line's function words, as `votes` counts them, read word by word (a
/// word: a run of letters and apostrophes); after each word `done(votes so far, words
/// read)` may end the reading, and the votes so far are returned. `other_language_share`
/// reads nearly every line of every document: the line is read byte by byte, a character
/// decoded only where a byte is not ASCII, a short ASCII word looked up by the key made
/// while reading it and a longer one lowered on the stack; only a word with a non-ASCII
/// letter is lowered as `votes` does.
#[inline(always)]
fn read_votes(line: &str, mut done: impl FnMut([usize; 2], usize) -> bool) -> [usize; 2] {
    let bytes = line.as_bytes();
    let mut runs = 0usize;
    // the character starting at byte `i` (`i` only steps over whole characters); a byte
    // that starts none cannot occur in a str
    let decode = |i: usize| line.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
    let (sieve, stops) = stop_votes();
    let short = short_stop_votes();
    let mut v = [0usize; 2];
    let vote = |v: &mut [usize; 2], lw: &[u8]| {
        if let Some(&bits) = stops.get(lw) {
            v[0] += usize::from(bits & 1);
            v[1] += usize::from(bits >> 1);
        }
    };
    // the votes of the short ASCII words (most words), added after the loop
    let mut short_votes = [0usize; 2];
    let mut buf = [0u8; 24];
    let mut i = 0;
    while i < bytes.len() {
        // a run of letters and apostrophes from `start`; `ascii` while all its bytes are,
        // and then `key` is its last eight bytes lowered (`short_words::pack`): letters
        // and the apostrophe (0x27) all lower by setting bit 0x20
        let start = i;
        let mut ascii = true;
        let mut key = 0u64;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                if LINE_CLASS[usize::from(b)] != 2 {
                    break;
                }
                key = key << 8 | u64::from(b | 0x20);
                i += 1;
            } else {
                let c = decode(i);
                if !c.is_alphabetic() {
                    break;
                }
                ascii = false;
                i += c.len_utf8();
            }
        }
        if i == start {
            // no word here: step over the character
            i += match bytes[i] {
                b if b < 0x80 => 1,
                _ => decode(i).len_utf8(),
            };
            continue;
        }
        let w = &line[start..i];
        if ascii && w.len() <= short_words::MAX_LEN {
            let bits = short.get(key);
            short_votes[0] += usize::from(bits & 1);
            short_votes[1] += usize::from(bits >> 1);
        } else if !ascii {
            let lw = w.to_lowercase();
            if sieve.may_hold(&lw) {
                vote(&mut v, lw.as_bytes());
            }
        } else if !sieve.may_hold_ascii_lowered(w.as_bytes()) {
            // most words: no copy, no look-up
        } else if let Some(dst) = buf.get_mut(..w.len()) {
            for (d, b) in dst.iter_mut().zip(w.bytes()) {
                *d = b.to_ascii_lowercase();
            }
            vote(&mut v, dst);
        }
        // (an ASCII word longer than the buffer is no function word: no vote)
        runs += 1;
        if done([v[0] + short_votes[0], v[1] + short_votes[1]], runs) {
            break;
        }
    }
    [v[0] + short_votes[0], v[1] + short_votes[1]]
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The words of `text` the tokenizer takes for finite verbs, lower case.
    pub(super) fn finite_in(lang: &dyn Language, text: &str) -> Vec<String> {
        lang.lex()
            .tokenize(text)
            .iter()
            .filter(|t| t.finite())
            .map(|t| t.lower.to_string())
            .collect()
    }

    /// The sieve asked of a word's ASCII lower case without lowering it says what it says of
    /// the lowered word (each slot `Sieve::build` sets is found both ways).
    #[test]
    fn the_sieve_lowers_while_it_reads() {
        let (sieve, _) = stop_votes();
        for w in [
            "The", "DE", "hEt", "A", "", "Een", "Vitamine", "OF", "x", "Kan't",
        ] {
            let lower = w.to_ascii_lowercase();
            assert_eq!(
                sieve.may_hold_ascii_lowered(w.as_bytes()),
                sieve.may_hold(&lower),
                "{w}"
            );
            assert_eq!(
                Sieve::slot_by(w.as_bytes(), |x| x.to_ascii_lowercase()),
                Sieve::slot(lower.as_bytes())
            );
        }
    }

    /// The byte-level reading of an ASCII line gives the words and votes of the general one.
    #[test]
    fn line_votes_reads_as_votes_does() {
        let general = |line: &str| {
            let n = line.split_whitespace().count();
            (n >= 8).then(|| (n, votes(line, usize::MAX, usize::MAX)))
        };
        let mut lines: Vec<String> = [
            "The Sun is the star at the center of our solar system and it holds the planets.",
            "Het hart is een holle spier die het bloed door het lichaam pompt.",
            "THE Sun IS\tthe\x0bstar,at\x0cthe 'center' of our don't THE de het een van",
            "Een   heel\t\tlang woord: antidisestablishmentarianismthe de het een en of the a",
            "one two three four five six seven",
            "one two three four five six seven eight",
            "Het café is een plek waar de mensen van de stad en het dorp komen.",
            "Één van de\u{a0}mensen\u{2003}is dé man — het is \u{212a}oud en ‘de’ «het» 'n the",
            // a kelvin sign lowers to an ASCII 'k': "\u{212a}AN" votes as "kan"
            "\u{212a}AN \u{212a}an \u{212a}unnen Ｔｈｅ de HET Een ĲSSEL, İ, the het de een een der des über straße ÉÉN zó",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for f in [
            "decks/sources/vitamine-k2-bloedvaten.txt",
            "decks/sources/vitamine-k2-botgezondheid.txt",
            "README.md",
        ] {
            if let Ok(t) = std::fs::read_to_string(f) {
                lines.extend(t.lines().map(str::to_string));
            }
        }
        // a word too long for the buffer is no function word of any list
        for l in all() {
            assert!(l.lex().stop.iter().all(|w| w.len() <= 24));
        }
        let mut counted = 0;
        for line in &lines {
            assert_eq!(line_votes(line), general(line), "{line:?}");
            counted += usize::from(line_votes(line).is_some());
        }
        assert!(counted > 20, "{counted}");
    }

    #[test]
    fn the_sieve_lets_every_listed_word_through() {
        for lang in all() {
            let lex = lang.lex();
            for list in [&lex.stop, &lex.prepositions, &lex.units, &lex.generic] {
                for w in list.iter() {
                    assert!(list.contains(w), "{w}");
                }
            }
            for v in lex.verbs {
                assert!(lex.is_finite(v.sg) && lex.verb(v.pl).is_some(), "{}", v.sg);
                assert!(lex.is_verb_participle(v.participle), "{}", v.participle);
            }
            for n in lex.nouns {
                assert!(
                    lex.noun_exact(n.singular) && lex.noun_exact(n.plural),
                    "{}",
                    n.singular
                );
            }
        }
        // a word of no list is still turned away
        assert!(!ENGLISH.lex().stop.contains(&"vitamine"));
    }

    #[test]
    fn a_document_half_in_the_other_language_is_noticed() {
        let nl = "Het hart is een holle spier die het bloed door het lichaam pompt en zo de organen van zuurstof voorziet.\n";
        let en = "The Sun is the star at the center of our solar system and it holds the planets in their orbits.\n";
        let mixed = format!("{}{}", nl.repeat(4), en.repeat(4));
        let (code, share) = other_language_share(&mixed, &DUTCH).unwrap();
        assert_eq!(code, "en");
        assert_eq!(share, 50);
        // one English line in a Dutch text, or a Dutch text alone: nothing to say
        assert_eq!(
            other_language_share(&format!("{}{en}", nl.repeat(12)), &DUTCH),
            None
        );
        assert_eq!(other_language_share(&nl.repeat(8), &DUTCH), None);
        assert_eq!(other_language_share(&en.repeat(8), &ENGLISH), None);
    }

    /// Without function words the vote was even and Dutch won: a short English note got
    /// Dutch rules and no card.
    #[test]
    fn a_tie_is_broken_by_the_verbs_each_language_knows() {
        assert_eq!(detect("Insulin lowers blood sugar.").code(), "en");
        assert_eq!(detect("Photosynthesis produces oxygen.").code(), "en");
        assert_eq!(detect("Insuline verlaagt bloedsuiker.").code(), "nl");
        assert_eq!(detect("MGP remt verkalking.").code(), "nl");
    }

    #[test]
    fn detection_votes_on_function_words() {
        assert_eq!(detect("Vitamine K2 activeert MGP.").code(), "nl");
        assert_eq!(
            detect("Vitamine K2 activeert het eiwit dat calcium uit de vaten houdt.").code(),
            "nl"
        );
        assert_eq!(
            detect("Iron deficiency is the most common cause of anaemia in the world.").code(),
            "en"
        );
    }

    #[test]
    fn a_dutch_verb_outside_the_lists_is_found_by_its_place() {
        let finite = |text: &str| finite_in(&DUTCH, text);
        assert_eq!(
            finite("De rode bloedcellen vervoeren zuurstof."),
            ["vervoeren"]
        );
        assert_eq!(finite("Het enzym lipase splitst vetten."), ["splitst"]);
        assert_eq!(finite("Koraalpoliepen filteren plankton."), ["filteren"]);
        // a known verb, a fronted phrase, a comma or a pronoun first: nothing guessed
        assert_eq!(finite("De cellen bevatten enzymen."), ["bevatten"]);
        assert!(finite("In de winter verzamelen mieren voedsel.").is_empty());
        assert!(finite("Zij filteren plankton.").is_empty());
        assert!(finite("De kleine, groene kikkers kwaken.").is_empty());
        // English irregular past forms that are no participle, when no other verb is known
        let en = |text: &str| finite_in(&ENGLISH, text);
        assert_eq!(en("Mariner missions in the 1960s flew by Mars."), ["flew"]);
        assert_eq!(en("The Viking lander took a photograph."), ["took"]);
        assert_eq!(en("The Mariner probes flew by Mars."), ["flew"]);
        // English is left to its own guesser
        assert!(
            ENGLISH
                .lex()
                .tokenize("The red cells ferry oxygen.")
                .iter()
                .all(|t| !t.finite())
        );
    }

    #[test]
    fn a_verb_form_after_a_determiner_is_no_verb() {
        let en = |text: &str| finite_in(&ENGLISH, text);
        assert_eq!(
            en("They appear as the regular rise and fall of the sea."),
            ["appear", "fall"]
        );
        assert_eq!(en("Debris in orbit harms satellites."), ["harms"]);
        assert_eq!(en("Our brains are very active during sleep."), ["are"]);
        assert_eq!(en("A serious lack of sleep harms health."), ["harms"]);
        assert_eq!(en("NIAID is the lead agency."), ["is"]);
        // a verb after "to", after a noun, or an auxiliary after an article keeps its tag
        assert_eq!(en("They work to prevent their use."), ["work", "prevent"]);
        assert_eq!(en("Hurricanes form over warm water."), ["form"]);
        let nl = |text: &str| finite_in(&DUTCH, text);
        assert_eq!(
            nl("De kleuren van de regenboog worden benoemd."),
            ["worden"]
        );
        assert_eq!(
            nl("Ze gebruikten het voor het kleuren van glas."),
            ["gebruikten"]
        );
        assert_eq!(
            nl("De grillige vormen en de kleuren werden toegeschreven aan tovenarij."),
            ["werden"]
        );
        assert_eq!(
            nl("Er zijn soorten die aan een leven in het water wennen."),
            ["zijn"]
        );
        // "het" after no preposition may be the subject; a noun in "-e" is no adjective
        assert_eq!(nl("Men ziet dat het werkt."), ["ziet", "werkt"]);
        assert_eq!(
            nl("De poliepen uit de kolonie maken een skelet."),
            ["maken"]
        );
    }

    #[test]
    fn a_verb_outside_the_lists_is_found_by_its_place_round_24() {
        let nl = |text: &str| finite_in(&DUTCH, text);
        // verb second after a fronted phrase, before the subject
        assert_eq!(
            nl("In de winter kruipen ze dieper de grond in."),
            ["kruipen"]
        );
        assert_eq!(
            nl("In 1916 publiceerde Einstein de algemene relativiteitstheorie."),
            ["publiceerde"]
        );
        assert_eq!(
            nl("Bij enkele soorten voeren de mannetjes een vliegshow op."),
            ["voeren"]
        );
        assert_eq!(nl("Daar waait dan een warme zuidenwind."), ["waait"]);
        // no subject after the word, a known verb in the clause, or no fronted phrase
        assert!(nl("In de tropische regenwouden van Azië.").is_empty());
        assert_eq!(
            nl("In de winter gaan ze in een soort winterslaap."),
            ["gaan"]
        );
        assert!(nl("Zij vouwen de vleugels.").is_empty());
        // the first of two subjects joined by "en" is no verb
        assert_eq!(
            nl("De naam buikpotigen en de wetenschappelijke naam verwijzen naar de voet."),
            ["verwijzen"]
        );
        assert_eq!(
            nl("De poliepen filteren en eten plankton."),
            ["filteren", "eten"]
        );
        let en = |text: &str| finite_in(&ENGLISH, text);
        // a bare word after the subject and before a preposition or a noun phrase
        assert_eq!(
            en("Tides originate in the ocean and progress toward the coast."),
            ["originate"]
        );
        assert_eq!(en("Such mutations account for most cases."), ["account"]);
        assert_eq!(en("The water then deposits the calcite."), ["deposits"]);
        // not before "of" or a number, not in a heading, not with a verb in the clause
        assert!(en("Noise of heavy city traffic near the road.").is_empty());
        assert!(en("Leber amaurosis type 10 in children.").is_empty());
        assert!(en("Dark circles under the eyes").is_empty());
        // a list item that is a noun phrase: no agreement, or a name before the noun
        assert!(en("Intermittent pain in tendons and joints.").is_empty());
        assert!(en("Additional EM rashes on other areas of the body.").is_empty());
        assert_eq!(en("Low tide corresponds to the trough."), ["corresponds"]);
        // an adverb is no bare verb: "What well under clean, running water?" (round 28)
        assert!(en("Rinse your hands well under clean, running water.").is_empty());
        assert_eq!(en("The sea level on the west side is higher."), ["is"]);
        // the bare verb after a modal, over an adverb or "not"
        assert_eq!(en("Your flares may last longer."), ["may", "last"]);
        assert_eq!(en("Bone loss doesn't hurt."), ["hurt"]);
        assert_eq!(en("Bone loss doesn’t hurt."), ["hurt"]);
        assert_eq!(en("It can’t last."), ["last"]);
        assert_eq!(en("It will eventually shape the cave."), ["will", "shape"]);
        assert_eq!(en("They do not interfere with work."), ["do", "interfere"]);
        // not an adverb after the modal, nor "do" without "not", nor a question's subject
        assert_eq!(en("You can't always stay indoors."), ["stay"]);
        assert_eq!(
            en("What can measles infection result in?"),
            ["can", "result"]
        );
        assert_eq!(en("What to do with these cells."), ["do"]);
        // after an adverb of frequency, before a preposition or an adverb
        assert_eq!(
            en("It affects people of all ages and often starts during childhood."),
            ["affects", "starts"]
        );
        assert_eq!(en("Gout flares often start suddenly at night."), ["start"]);
        assert_eq!(en("The bands hold rain and sometimes tornadoes."), ["hold"]);
        assert_eq!(en("Such pain is often fatal to the old."), ["is"]);
        // a second verb joined by "and" after "to" or a modal
        assert_eq!(
            en("Progress was made to control and eliminate malaria."),
            ["was", "made", "control", "eliminate"]
        );
        assert_eq!(en("They came to cells and tissues."), ["came"]);
        // Dutch: "van het hart" belongs to the subject ("het" is no pronoun there)
        assert_eq!(
            nl("Een tweede zijvlak van het hart grenst aan het borstbeen."),
            ["grenst"]
        );
        assert!(nl("Een tweede zijvlak van het hart.").is_empty());
        // a clause after a colon, with a subject of two nouns joined by "en"
        assert_eq!(
            nl(
                "Walvissen vertonen sociaal gedrag: bultruggen en dolfijnen communiceren met elkaar."
            ),
            ["vertonen", "communiceren"]
        );
        assert_eq!(
            nl("Mieren en termieten bouwen nesten van aarde."),
            ["bouwen"]
        );
        assert_eq!(
            nl("Voorbeelden zijn: de bultruggen en de dolfijnen."),
            ["zijn"]
        );
    }

    #[test]
    fn nouns_are_found_through_compounds() {
        let l = DUTCH.lex();
        assert_eq!(l.noun("gla-proteïne").map(|n| n.singular), Some("eiwit"));
        assert_eq!(l.noun("cellen").map(|n| n.singular), Some("cel"));
        assert!(l.noun("onderzoek").is_some_and(|n| n.neuter));
        assert_eq!(
            ENGLISH.lex().noun("proteins").map(|n| n.singular),
            Some("protein")
        );
    }

    #[test]
    fn a_noun_found_by_its_tail_passes_the_end_sieve() {
        for lang in all() {
            let lex = lang.lex();
            let index = lex.index();
            for n in lex.nouns {
                for w in [n.singular, n.plural] {
                    assert!(w.len() < 4 || index.noun_ends.may_end(w), "{w}");
                    // a compound with the form as its tail is found by it
                    let compound = format!("kobalt{w}");
                    if w.chars().count() >= 4 {
                        assert!(lex.noun(&compound).is_some(), "{compound}");
                    }
                }
            }
        }
        assert!(DUTCH.lex().noun("kobaltverbindingen").is_some());
        assert!(DUTCH.lex().noun("xyzq").is_none());
    }

    #[test]
    fn the_stop_votes_are_each_languages_stop_list() {
        let (sieve, stops) = stop_votes();
        for (i, l) in all().iter().enumerate() {
            for w in l.lex().stop.iter() {
                assert!(
                    sieve.may_hold(w) && stops.get(w.as_bytes()).is_some_and(|b| b >> i & 1 == 1),
                    "{w}"
                );
            }
        }
        for (w, bits) in stops {
            let w = std::str::from_utf8(w).unwrap();
            for (i, l) in all().iter().enumerate() {
                assert_eq!(bits >> i & 1 == 1, l.lex().is_stop(w), "{w}");
            }
        }
    }

    /// `Index::known` by packed key for short words is the flags map's look-up.
    #[test]
    fn known_short_words_are_the_flags_map() {
        for lang in all() {
            let index = lang.lex().index();
            let mut words: Vec<&str> = index.flags.keys().copied().collect();
            words.extend([
                "",
                "a",
                "vitamine",
                "\0de",
                "de\0",
                "\0\0\0\0\0\0de",
                "één",
                "(",
                "k2",
                "xyzzy",
                "abcdefgh",
                "abcdefghi",
            ]);
            for w in words {
                let by_map = index.flags.get_key_value(w).map(|(k, f)| (*k, *f));
                assert_eq!(index.known(w), by_map, "{w:?}");
            }
        }
    }

    /// The share, which stops reading once the lines left cannot bring it up to the bar,
    /// is the share of all lines: on every shipped text, and on documents with a part in
    /// the other language at the start, in the middle and at the end, near the bar.
    #[test]
    fn the_share_read_in_part_is_the_share_of_all_lines() {
        let whole = |text: &str, lang: &dyn Language| {
            let langs = all();
            let mine = langs.iter().position(|l| l.code() == lang.code())?;
            let other = 1 - mine;
            let (mut words, mut other_words) = (0usize, 0usize);
            for line in text.lines() {
                let Some((n, v)) = line_votes(line) else {
                    continue;
                };
                words += n;
                if v[other] >= 3 && v[other] >= 2 * v[mine] {
                    other_words += n;
                }
            }
            let percent = other_words * 100 / words.max(1);
            (other_words >= 40 && percent >= 10).then(|| (langs[other].code(), percent))
        };
        let nl = "Het hart is een holle spier die het bloed door het lichaam pompt en dat doet het elke dag.";
        let en = "The heart is a hollow muscle that pumps the blood through the body and it does so every day.";
        let mut texts = crate::generate::shipped_texts();
        for (a, b) in [
            (0, 9),
            (9, 0),
            (3, 27),
            (27, 3),
            (4, 30),
            (30, 4),
            (2, 2),
            (5, 40),
        ] {
            let (start, end) = (vec![en; a].join("\n"), vec![en; b].join("\n"));
            let middle = vec![nl; 30].join("\n");
            texts.push(format!("{start}\n{middle}\n{end}"));
            texts.push(format!("{middle}\n{start}\n{middle}"));
        }
        let mut found = 0;
        for text in &texts {
            for lang in all() {
                let share = other_language_share(text, lang);
                assert_eq!(share, whole(text, lang), "{} {text:?}", lang.code());
                found += usize::from(share.is_some());
            }
        }
        assert!(found > 10, "{found}");
    }

    /// Every short ASCII word of the stop votes is in the packed table with its bits.
    #[test]
    fn the_short_stop_votes_are_the_stop_votes() {
        let (_, stops) = stop_votes();
        let short = short_stop_votes();
        let mut found = 0;
        for (w, bits) in stops {
            if w.is_ascii() && w.len() <= short_words::MAX_LEN {
                assert_eq!(short.get(short_words::pack(w)), *bits, "{w:?}");
                found += 1;
            }
        }
        assert!(found > 100, "{found}");
        assert_eq!(short.get(short_words::pack(b"vitamine")), 0);
    }

    #[test]
    fn word_flags_are_the_lists_that_hold_the_word() {
        for lang in all() {
            let lex = lang.lex();
            let lists = [
                (&lex.stop, tokens::STOP),
                (&lex.prepositions, tokens::PREP),
                (&lex.articles, tokens::ARTICLE),
                (&lex.number_words, tokens::NUMWORD),
                (&lex.units, tokens::UNIT),
            ];
            let words = lists.iter().flat_map(|(l, _)| l.iter().copied());
            for w in words.chain(["vitamine", "the", "of", "k2", "mg", "twee"]) {
                let f = lex.word_flags(w);
                for (list, flag) in &lists {
                    assert_eq!(f & flag != 0, list.contains(&w), "{w}");
                }
            }
        }
    }

    #[test]
    fn tokens_tagged_while_tokenizing_are_the_tokens_tagged_after() {
        let mut lines = vec![
            "“Zo,” zegt De Man – d’r THE Of blauw/wit 2.5 K2 co- ééntje… x & -".to_string(),
            "Het is één van de (twee) Vitamines; In Nederland wordt het ‘gegeten’.".to_string(),
        ];
        for dir in ["decks/sources", "tests/gold/texts"] {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                lines.extend(text.lines().map(str::to_string));
            }
        }
        assert!(lines.len() > 100);
        for lang in all() {
            let lex = lang.lex();
            for l in &lines {
                let mut old = tokens::tokenize(l);
                lex.tag(&mut old);
                assert_eq!(lex.tokenize(l), old, "{l}");
            }
        }
    }

    #[test]
    fn the_subordinator_flag_is_the_subordinators_list() {
        let list = crate::generate::clause::SUBORDINATORS;
        let others = [
            "de", "the", "as-is", "omdatje", "when,", "Because", "If", "x",
        ];
        for lang in all() {
            let lex = lang.lex();
            for w in list.iter().chain(others.iter()) {
                for t in lex.tokenize(w) {
                    assert_eq!(t.subordinator(), list.contains(&t.lower.as_str()), "{w}");
                }
            }
        }
    }

    #[test]
    fn listed_words_and_punctuation_borrow_their_text() {
        let toks = ENGLISH.lex().tokenize("The cells of Mars, “red” – x");
        let fixed: Vec<bool> = toks.iter().map(|t| t.lower.is_fixed()).collect();
        // the, of, the comma and the quotes and dash are listed or punctuation
        assert_eq!(
            fixed,
            [
                true, false, true, false, true, true, false, true, true, false
            ]
        );
        assert_eq!(toks[0].lower, "the");
        assert_eq!(toks[5].lower, "\"");
    }

    #[test]
    fn the_sieve_slot_reads_the_same_bytes_as_before() {
        // the slot of round 15: a byte past either end counts as 0
        let reference = |w: &str| {
            let b = w.as_bytes();
            let n = b.len();
            let at = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
            let key = n as u64
                | at(0) << 8
                | at(1) << 16
                | at(n.wrapping_sub(1)) << 24
                | at(n.wrapping_sub(2)) << 32;
            (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as usize
        };
        for w in [
            "",
            "a",
            "ab",
            "abc",
            "vitamine",
            "é",
            "ïe",
            "proteïne",
            "K2",
            "1,5",
        ] {
            assert_eq!(Sieve::slot(w.as_bytes()), reference(w), "{w}");
        }
    }
}
