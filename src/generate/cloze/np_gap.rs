//! A gap that stops inside a noun phrase asks for half a term: "{{unusually high water}}
//! temperatures", "the {{earth's}} lower atmosphere", "in {{permanent koude}} gebieden",
//! "{{certain}} forms of". Such a gap is carried on to the phrase's head noun (at most two
//! words further), or, when it is a bare determiner, dropped.

use super::super::lang::Lexicon;
use super::super::rules::is_participle;
use super::super::tokens::{Kind, Tok};
use super::{ADVERBS, DIRECTIONS, is_head, quantifier};

/// The chosen gaps (sorted, not overlapping) with every gap that stops inside a noun
/// phrase carried on to its head; a gap that reaches the next one ends where that one
/// starts, so the merge after this joins them ("the {{earth's lower atmosphere}}"). A
/// one-word gap that is a quantifier ("certain", "andere") is no term and goes.
pub(super) fn close(lex: &Lexicon, toks: &[Tok], gaps: &mut Vec<(usize, usize)>, end: usize) {
    gaps.retain(|&(f, e)| !(e == f + 1 && quantifier(&toks[f].lower)));
    let mut open = Vec::new();
    for i in 0..gaps.len() {
        let (f, e) = gaps[i];
        let next = gaps.get(i + 1).map_or(end, |g| g.0);
        if e >= next || !attributive_end(lex, toks, f, e) {
            continue;
        }
        // after a possessive no word is a verb ("the earth's lower atmosphere")
        let owner = possessive(lex, &toks[e - 1]);
        // the head: the first word of the next two that ends the phrase; every word on the
        // way is a plain content word
        let mut closed = false;
        for j in e..(e + 2).min(next + 1) {
            if j == next {
                gaps[i].1 = j;
                closed = true;
                break;
            }
            if !(plain(lex, &toks[j]) || owner && toks[j].finite() && !toks[j].cap) {
                break;
            }
            if is_head(lex, toks, j) {
                gaps[i].1 = j + 1;
                closed = true;
                break;
            }
        }
        // "one of the {{world's}} most widespread diseases": an owner alone is half a term
        if !closed && owner && e == f + 1 {
            open.push(i);
        }
    }
    for i in open.into_iter().rev() {
        gaps.remove(i);
    }
}

/// "earth's", "world's": an owner that stands before what it owns (English only: Dutch
/// "tsunami's", "auto's" are plurals).
fn possessive(lex: &Lexicon, t: &Tok) -> bool {
    !lex.dutch && t.kind == Kind::Word && t.lower.ends_with("'s")
}

/// The gap's last word stands before a noun it belongs to: a possessive ("earth's"), an
/// attributive adjective ("high", "koude"), or (English) a noun that modifies the plain
/// noun after it ("water temperatures", "headache conditions").
fn attributive_end(lex: &Lexicon, toks: &[Tok], f: usize, e: usize) -> bool {
    let last = &toks[e - 1];
    let Some(next) = toks.get(e) else {
        return false;
    };
    // a gap of a name, an acronym or a figure names the kind of what follows ("{{NIAID}}
    // scientists", "{{30}} soorten"): a fact of its own
    if last.kind != Kind::Word || !plain(lex, next) && !possessive(lex, last) {
        return false;
    }
    let w = last.lower.as_str();
    // "{{100 times}} wider", "{{11 years}} due to", "{{a half of a meter}} higher": an
    // amount is whole, what follows it says something of it
    if last.unit() || toks[f..e].iter().any(|t| t.numeric()) {
        return false;
    }
    if possessive(lex, last) {
        return true;
    }
    if last.cap {
        // "the {{South American}} side": a capitalised adjective of a place
        return e - f >= 2
            && ["ean", "ian", "can", "ese", "ish", "aanse", "ische"]
                .iter()
                .any(|x| w.ends_with(x));
    }
    if !plain(lex, last) || w.ends_with("ly") {
        return false;
    }
    if lex.dutch {
        // Dutch writes a noun before a noun as one word: only an inflected or derived
        // adjective waits for its noun ("groene spruit", "koude gebieden")
        lex.adjective_endings.iter().any(|x| w.ends_with(x))
            || w.ends_with('e')
                && (lex.noun(w).is_none()
                    || lex.verb(&next.lower).is_none() && lex.noun(&next.lower).is_some())
    } else {
        // after a noun, a verb is the clause going on ("{{immune system}} responds"): only
        // a word no verb list knows is a noun of the phrase
        lex.adjective_endings.iter().any(|x| w.ends_with(x))
            || lex.verb(&next.lower).is_none()
                && (lex.noun(&next.lower).is_some() || is_head(lex, toks, e))
    }
}

/// A lower-case content word that can stand inside a noun phrase: no function word, verb,
/// participle, number or adverb.
fn plain(lex: &Lexicon, t: &Tok) -> bool {
    let w = t.lower.as_str();
    t.kind == Kind::Word
        && !t.cap
        && !t.stop()
        && !t.prep()
        && !t.conj()
        && !t.article()
        && !t.finite()
        && !t.pronoun()
        && !t.relative()
        && !t.numeric()
        && !w.bytes().any(|b| b.is_ascii_digit())
        && !ADVERBS.contains(&w)
        && !DIRECTIONS.contains(&w)
        && !lex.aux.contains(&w)
        && !lex.copula.contains(&w)
        && !lex.connectives.contains(&w)
        // "koude gebieden": a ge- word in -en that no verb list knows is a guess, no verb
        && !(is_participle(lex, w) && (lex.is_verb_participle(w) || !w.ends_with("en")))
}

#[cfg(test)]
mod tests {
    use super::super::tests::all_clozes;
    use super::close;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    /// The gaps after `close`: each of `gaps` is found in `text` by its words.
    fn closed(lang: &'static dyn Language, text: &str, gaps: &[&str]) -> Vec<String> {
        let lex = lang.lex();
        let toks = lex.tokenize(text);
        let mut spans: Vec<(usize, usize)> = gaps
            .iter()
            .filter_map(|g| {
                let n = g.split_whitespace().count();
                (0..toks.len().saturating_sub(n)).find_map(|f| {
                    (text[toks[f].start..toks[f + n - 1].end] == **g).then_some((f, f + n))
                })
            })
            .collect();
        assert_eq!(spans.len(), gaps.len(), "{gaps:?} in {text}");
        close(lex, &toks, &mut spans, toks.len() - 1);
        spans
            .iter()
            .map(|&(f, e)| text[toks[f].start..toks[e - 1].end].to_string())
            .collect()
    }

    #[test]
    fn a_gap_ends_on_the_head_of_its_noun_phrase() {
        let en = all_clozes(
            &ENGLISH,
            "Algal blooms\n\nSome blooms have been reported after natural events like \
             sluggish water circulation, unusually high water temperatures, and extreme \
             weather events such as hurricanes.",
        );
        assert!(en.contains("::unusually high water temperatures}}"), "{en}");
        let nl = all_clozes(
            &DUTCH,
            "Spinnen\n\nSpinnen hebben zich over de gehele wereld verspreid en ontbreken \
             alleen in permanent koude gebieden.",
        );
        assert!(nl.contains("::permanent koude gebieden}}"), "{nl}");
    }

    #[test]
    fn a_gap_before_a_verb_or_of_a_name_keeps_its_end() {
        let en = all_clozes(
            &ENGLISH,
            "Diabetes\n\nType 1 diabetes develops when the immune system destroys the cells \
             in the pancreas that make insulin. NIAID scientists developed an experimental \
             vaccine against the virus in 2019.",
        );
        assert!(!en.contains("system destroys}}"), "{en}");
        assert!(!en.contains("NIAID scientists}}"), "{en}");
        let nl = all_clozes(
            &DUTCH,
            "Haaien\n\nEr zijn wereldwijd ongeveer 400 soorten haaien bekend, die in alle \
             zeeën leven.",
        );
        assert!(!nl.contains("haaien bekend}}"), "{nl}");
    }

    #[test]
    fn an_english_owner_alone_is_no_gap_a_dutch_plural_in_s_is_no_owner() {
        let g = closed(
            &ENGLISH,
            "Malaria is one of the world's most widespread and ancient infectious diseases.",
            &["world's", "ancient infectious diseases"],
        );
        assert_eq!(g, ["ancient infectious diseases"]);
        let g = closed(
            &ENGLISH,
            "In the earth's lower atmosphere, ground-level ozone is considered bad.",
            &["earth's", "atmosphere"],
        );
        assert_eq!(g, ["earth's lower", "atmosphere"]);
        let g = closed(
            &DUTCH,
            "Zware aardbevingen en tsunami's veroorzaken vaak veel slachtoffers.",
            &["tsunami's", "slachtoffers"],
        );
        assert_eq!(g, ["tsunami's", "slachtoffers"]);
    }

    #[test]
    fn a_determiner_alone_is_no_gap() {
        let g = closed(
            &ENGLISH,
            "The risk is raised by having certain forms of the HLA-DQA1 and HLA-DQB1 genes.",
            &["certain", "HLA-DQA1 and HLA-DQB1"],
        );
        assert_eq!(g, ["HLA-DQA1 and HLA-DQB1"]);
        let g = closed(
            &DUTCH,
            "Bij andere soorten is de kop rood.",
            &["andere", "kop"],
        );
        assert_eq!(g, ["kop"]);
    }

    #[test]
    fn an_amount_keeps_its_end() {
        let g = closed(
            &ENGLISH,
            "The Sun is about 100 times wider than Earth.",
            &["100 times"],
        );
        assert_eq!(g, ["100 times"]);
        let g = closed(
            &DUTCH,
            "Haaien leefden 425 tot 455 miljoen jaar geleden al.",
            &["425 tot 455 miljoen"],
        );
        assert_eq!(g, ["425 tot 455 miljoen"]);
    }
}
