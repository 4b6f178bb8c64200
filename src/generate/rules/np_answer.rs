//! A definition's answer opens with a noun phrase (round 24). "Winds are light in this
//! area", "Sprays are available by prescription only", "Bijzonnen zijn het meest opvallend
//! bij een lage zonnestand" say how the subject is, not what it is: "What are winds? →
//! light in this area" is no card a teacher writes. Without part-of-speech tags the head
//! is judged by cheap signs: the subject's number (a plural subject with no plural, name,
//! figure or noun ending in its predicate's head is described by an adjective), an
//! adjective's ending, an adverb in -ly before a bare word, Dutch "het meest".

use super::PART_HEADS;
use crate::generate::analyse::Analysis;
use crate::generate::lang::Lexicon;
use crate::generate::tokens::{Kind, Tok};

/// The predicate `r0..e` after the copula at `fin` opens with no noun phrase.
pub fn no_noun_phrase(lex: &Lexicon, toks: &[Tok], fin: usize, r0: usize, e: usize) -> bool {
    let Some(t0) = toks.get(r0).filter(|_| r0 < e) else {
        return false;
    };
    // an article, a name or a figure opens a phrase
    if t0.cap || t0.kind != Kind::Word {
        return false;
    }
    if t0.is("het") && lex.dutch {
        return adverb_het(lex, toks, r0);
    }
    if t0.article() {
        return false;
    }
    let plural = matches!(toks[fin].lower.as_str(), "are" | "were" | "zijn" | "waren");
    // English adverbs in -ly before the head ("usually mild", "relatively dry")
    let mut k0 = r0;
    while k0 < e && !lex.dutch && ly_adverb(&toks[k0]) {
        k0 += 1;
    }
    // the head's words: up to a preposition, relative, "than", "to"/"te", a conjunction
    // (in Dutch after an uninflected word: "actief en jagen", not "snelle en behendige")
    let mut words = 0;
    let mut list = false;
    let mut last: Option<&Tok> = None;
    let mut k = k0;
    while k < e {
        let t = &toks[k];
        if t.kind == Kind::Punct {
            if t.is_punct("(") {
                // a bracket is an aside: "chronic (long-term) condition"
                match (k..e).find(|&x| toks[x].is_punct(")")) {
                    Some(x) => k = x + 1,
                    None => break,
                }
                continue;
            }
            if !t.is_punct(",") {
                break;
            }
            list = true;
            k += 1;
            continue;
        }
        let w = t.lower.as_str();
        if t.prep()
            || t.relative()
            || matches!(w, "than" | "dan" | "to" | "te" | "as" | "als" | "like")
        {
            break;
        }
        if t.conj() {
            if lex.dutch && last.is_some_and(|p| !p.lower.ends_with('e')) {
                break;
            }
            list = true;
            k += 1;
            continue;
        }
        // an article or a name further on opens a phrase ("verreweg de grootste groep")
        if t.article() || t.cap || t.kind == Kind::Num || lex.number_words.contains(&w) {
            return false;
        }
        if plural_like(lex, w) || noun_ending(lex, w) || PART_HEADS.contains(&w) || w == "one" {
            return false;
        }
        words += 1;
        last = Some(t);
        k += 1;
    }
    let Some(head) = last else {
        // "like giant engines", "as …": a preposition first
        return k == k0 && k < e && toks[k].kind == Kind::Word;
    };
    if plural && !list {
        // "Winds are light in this area": a plural described by a bare singular word
        return true;
    }
    // a single bare word: an adjective by its ending ("capable of", "zichtbaar op"), or any
    // word after an adverb in -ly ("usually mild to moderate")
    words == 1 && (adjective(lex, &head.lower) || k0 > r0)
}

/// The statement `si` was split off a sentence whose main clause has the same subject (its
/// words outside brackets: "Kolibries (Trochilidae)") and a copula: that sentence defines
/// the subject, and its answer holds this clause.
pub fn mother_defines(a: &Analysis, si: usize, subj: &[Tok]) -> bool {
    let Some(own) = a.sents.get(si) else {
        return false;
    };
    a.sents[..si]
        .iter()
        .rev()
        .take_while(|m| m.original == own.original)
        .filter(|m| !m.clause_only)
        .filter_map(|m| m.clause.map(|c| (m, c)))
        .any(|(m, c)| {
            a.lang.lex().copula.contains(&m.toks[c.fin].lower.as_str())
                && outside_brackets(&m.toks[c.subj.0..c.subj.1]).eq(outside_brackets(subj))
        })
}

/// The lower-case words of `toks` outside brackets.
fn outside_brackets(toks: &[Tok]) -> impl Iterator<Item = &str> {
    let mut depth = 0usize;
    toks.iter().filter_map(move |t| {
        if t.is_punct("(") {
            depth += 1;
        } else if t.is_punct(")") {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && t.kind == Kind::Word {
            return Some(t.lower.as_str());
        }
        None
    })
}

/// "het meest/minst/liefst/vaakst" at `r0`: an adverb of degree, no article.
pub fn adverb_het(lex: &Lexicon, toks: &[Tok], r0: usize) -> bool {
    lex.dutch
        && toks[r0].is("het")
        && toks
            .get(r0 + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "meest" | "minst" | "liefst" | "vaakst"))
}

/// The question for a property: "What are winds like?", "Hoe zijn kolibries?".
pub fn like_question(lex: &Lexicon, fin: &str, subj: &str) -> String {
    if lex.dutch {
        format!("Hoe {fin} {subj}?")
    } else {
        format!("What {fin} {subj} like?")
    }
}

fn ly_adverb(t: &Tok) -> bool {
    t.kind == Kind::Word && !t.cap && t.lower.len() > 4 && t.lower.ends_with("ly") && !t.stop()
}

/// A plural by its form: English -s (not -ss, -us), a few irregular ones; Dutch -en, or -s
/// after an unstressed syllable (vliegers, tafels, bodems, diertjes; not "inheems").
fn plural_like(lex: &Lexicon, w: &str) -> bool {
    if lex.dutch {
        w.len() > 4
            && (w.ends_with("en")
                || w.ends_with("ers")
                || w.ends_with("els")
                || w.ends_with("es")
                || w.ends_with("ems") && !w.ends_with("eems")
                || w.ends_with("'s"))
    } else {
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
            || matches!(
                w,
                "people"
                    | "children"
                    | "men"
                    | "women"
                    | "mice"
                    | "feet"
                    | "teeth"
                    | "data"
                    | "bacteria"
                    | "phenomena"
                    | "fungi"
                    | "algae"
                    | "larvae"
            )
    }
}

/// Endings of abstract nouns, singular after a plural subject too ("erosion", "verbinding").
fn noun_ending(lex: &Lexicon, w: &str) -> bool {
    let ends: &[&str] = if lex.dutch {
        &["heid", "teit", "ing", "isme", "tie"]
    } else {
        &[
            "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "age",
        ]
    };
    ends.iter().any(|x| w.len() > x.len() + 2 && w.ends_with(x))
}

/// An adjective's ending on a word long enough to carry it ("capable", "zichtbaar").
fn adjective(lex: &Lexicon, w: &str) -> bool {
    lex.adjective_endings
        .iter()
        .any(|x| w.len() >= x.len() + 3 && w.ends_with(x))
}
