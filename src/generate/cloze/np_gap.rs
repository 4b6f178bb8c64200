//! A gap that stops inside a noun phrase asks for half a term: "{{unusually high water}}
//! temperatures", "the {{earth's}} lower atmosphere", "in {{permanent koude}} gebieden",
//! "{{certain}} forms of". Such a gap is carried on to the phrase's head noun (at most two
//! words further), or, when it is a bare determiner, dropped.

use super::super::lang::Lexicon;
use super::super::rules::is_participle;
use super::super::tokens::{Kind, Tok, char_len};
use super::{ADVERBS, DIRECTIONS, is_head, quantifier};

/// The chosen gaps (sorted, not overlapping) with every gap that stops inside a noun
/// phrase carried on to its head; a gap that reaches the next one ends where that one
/// starts, so the merge after this joins them ("the {{earth's lower atmosphere}}"). A
/// one-word gap that is a quantifier ("certain", "andere") is no term and goes.
pub(super) fn close(lex: &Lexicon, toks: &[Tok], gaps: &mut Vec<(usize, usize)>, end: usize) {
    gaps.retain(|&(f, e)| !(e == f + 1 && quantifier(&toks[f].lower)));
    // a coordinated adjective gives its gap to the whole phrase, when that touches no other
    // gap; an adverb to the verb that closes the clause after it; else the gap goes
    for i in (0..gaps.len()).rev() {
        let (f, e) = gaps[i];
        if e != f + 1 || !no_term(lex, toks, f) {
            continue;
        }
        let free = |(x, y): (usize, usize)| {
            y <= end
                && gaps
                    .iter()
                    .enumerate()
                    .all(|(j, &(g, h))| j == i || h <= x || y <= g || x <= g && h <= y)
        };
        match whole_phrase(lex, toks, f).filter(|&sp| free(sp)) {
            Some((x, y)) => {
                gaps[i] = (x, y);
                gaps.retain(|&(g, h)| (g, h) == (x, y) || h <= x || y <= g);
            }
            None => {
                gaps.remove(i);
            }
        }
    }
    gaps.sort();
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

/// Adverbs that say how often or how much, never a term: "bevindt zich dus {{altijd}} onder
/// de horizon", "in plaats van {{slechts}} leegzuigen".
const NEVER_GAPS: &[&str] = &[
    "altijd", "nooit", "slechts", "alleen", "reeds", "steeds", "vooral", "only", "never", "just",
    "already", "mostly", "mainly", "even",
];

/// A one-word gap at `k` that is no term: an adverb of `NEVER_GAPS`, or an adjective
/// coordinated with another modifier of the same noun ("basic, {{translational}} and
/// clinical research", "een {{horizontale}}, van de zon af gerichte staart"): the noun
/// phrase is the term, and one of its adjectives is half of it.
fn no_term(lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let w = t.lower.as_str();
    if NEVER_GAPS.contains(&w) || complex_preposition(toks, k) {
        return true;
    }
    if t.kind != Kind::Word || t.cap {
        return false;
    }
    let coordinated = toks.get(k + 1).is_some_and(|n| n.is_punct(",") || n.conj())
        && toks
            .get(k + 2)
            .is_some_and(|n| n.kind == Kind::Word && !n.cap);
    if !coordinated || lex.noun(w).is_some() {
        return false;
    }
    if lex.dutch {
        // a derived adjective waits for its noun ("een {{horizontale}}, van de zon af
        // gerichte staart"); one in -e when the adjectives after it end on their noun
        // ("{{slanke}}, gespierde en snelle dieren"), not in a list of bare words ("rood,
        // {{oranje}}, geel, groen", "rijst, {{tarwe}} en maïs")
        if char_len(w) > 5
            && [
                "ale", "isch", "ische", "lijk", "lijke", "ige", "bare", "ende",
            ]
            .iter()
            .any(|e| w.ends_with(e))
        {
            return true;
        }
        if !w.ends_with('e') {
            return false;
        }
        let mut j = k + 1;
        loop {
            while toks.get(j).is_some_and(|n| n.conj() || n.is_punct(",")) {
                j += 1;
            }
            let Some(n) = toks.get(j) else {
                return false;
            };
            let x = n.lower.as_str();
            let attributive = n.kind == Kind::Word
                && !n.cap
                && lex.noun(x).is_none()
                && (x.ends_with('e') || lex.adjective_endings.iter().any(|e| x.ends_with(e)));
            if !attributive {
                return false;
            }
            match toks.get(j + 1) {
                Some(m) if m.conj() || m.is_punct(",") => j += 1,
                Some(m) => return plain(lex, m),
                None => return false,
            }
        }
    } else {
        ["al", "ic", "ous", "ive", "ful", "able", "ible", "ary"]
            .iter()
            .any(|x| w.ends_with(x))
    }
}

/// Prepositions of three words whose middle word is a noun only in form: "In
/// {{addition}} to inherited traits", "in {{response}} to forces", "in plaats van".
const COMPLEX_PREPOSITIONS: &[(&str, &str, &str)] = &[
    ("in", "addition", "to"),
    ("in", "response", "to"),
    ("in", "order", "to"),
    ("in", "spite", "of"),
    ("in", "terms", "of"),
    ("in", "case", "of"),
    ("in", "contrast", "to"),
    ("in", "comparison", "to"),
    ("in", "comparison", "with"),
    ("in", "front", "of"),
    ("in", "favor", "of"),
    ("in", "place", "of"),
    ("on", "top", "of"),
    ("by", "means", "of"),
    ("by", "way", "of"),
    ("with", "respect", "to"),
    ("with", "regard", "to"),
    ("in", "plaats", "van"),
    ("in", "tegenstelling", "tot"),
    ("in", "vergelijking", "met"),
    ("ten", "opzichte", "van"),
    ("in", "verband", "met"),
    ("op", "basis", "van"),
    ("met", "behulp", "van"),
    ("aan", "de", "hand"),
    ("in", "staat", "om"),
];

/// The word at `k` is the middle of a `COMPLEX_PREPOSITIONS` entry.
fn complex_preposition(toks: &[Tok], k: usize) -> bool {
    k > 0
        && COMPLEX_PREPOSITIONS.iter().any(|&(a, b, c)| {
            toks[k].lower == b
                && toks[k - 1].lower == a
                && toks.get(k + 1).is_some_and(|t| t.lower == c)
        })
}

/// The phrase a no-term word at `k` belongs to: the adverb with the verb that ends the
/// clause after it ("in plaats van {{slechts leegzuigen}}"), or the coordinated adjectives
/// with their noun ("basic, {{translational}} and clinical research" → "basic,
/// translational and clinical research"). None when there is no such phrase.
fn whole_phrase(lex: &Lexicon, toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    let t = &toks[k];
    if NEVER_GAPS.contains(&t.lower.as_str()) {
        let v = toks.get(k + 1)?;
        let closes = toks.get(k + 2).is_none_or(|n| n.kind == Kind::Punct);
        return (v.kind == Kind::Word && !v.cap && !v.stop() && !v.prep() && closes)
            .then_some((k, k + 2));
    }
    let attributive = |n: &Tok| {
        let x = n.lower.as_str();
        n.kind == Kind::Word
            && !n.cap
            && lex.noun(x).is_none()
            && if lex.dutch {
                x.ends_with('e') || lex.adjective_endings.iter().any(|e| x.ends_with(e))
            } else {
                ["al", "ic", "ous", "ive", "ful", "able", "ible", "ary"]
                    .iter()
                    .any(|e| x.ends_with(e))
            }
    };
    let sep = |n: &Tok| n.is_punct(",") || n.conj();
    // back over the adjectives before it ("basic, ")
    let mut f = k;
    while f >= 2 && sep(&toks[f - 1]) && attributive(&toks[f - 2]) {
        f -= 2;
    }
    // on over the adjectives after it, to the noun
    let mut j = k;
    loop {
        let mut n = j + 1;
        while toks.get(n).is_some_and(sep) {
            n += 1;
        }
        if n == j + 1 {
            // no separator: the word after the adjective is its noun
            let head = toks.get(n)?;
            return plain(lex, head).then_some((f, n + 1));
        }
        if !toks.get(n).is_some_and(attributive) || n - j > 3 {
            return None;
        }
        j = n;
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
    fn an_adverb_or_a_coordinated_adjective_is_no_gap() {
        let g = closed(
            &ENGLISH,
            "NIAID supports basic, translational and clinical research on malaria.",
            &["translational", "malaria"],
        );
        assert_eq!(g, ["basic, translational and clinical research", "malaria"]);
        let g = closed(
            &DUTCH,
            "De bijzon heeft soms een horizontale, van de zon af gerichte staart.",
            &["horizontale", "staart"],
        );
        assert_eq!(g, ["staart"]);
        let g = closed(
            &DUTCH,
            "Het middelpunt bevindt zich dus altijd onder de horizon.",
            &["altijd", "horizon"],
        );
        assert_eq!(g, ["horizon"]);
        // a noun in a list stays: "bacteria, viruses and fungi"
        let g = closed(
            &ENGLISH,
            "Infections are caused by bacteria, viruses and fungi.",
            &["bacteria", "viruses", "fungi"],
        );
        assert_eq!(g, ["bacteria", "viruses", "fungi"]);
        let g = closed(
            &DUTCH,
            "De aardappel is het belangrijkste voedselgewas na rijst, tarwe en maïs.",
            &["rijst", "tarwe", "maïs"],
        );
        assert_eq!(g, ["rijst", "tarwe", "maïs"]);
        let g = closed(
            &DUTCH,
            "De meeste haaien zijn slanke, gespierde en snelle dieren.",
            &["slanke", "gespierde", "snelle dieren"],
        );
        assert_eq!(g, ["slanke, gespierde en snelle dieren"]);
        let g = closed(
            &DUTCH,
            "De cheliceren kunnen prooien vermalen in plaats van slechts leegzuigen.",
            &["vermalen", "slechts"],
        );
        assert_eq!(g, ["vermalen", "slechts leegzuigen"]);
        let g = closed(
            &DUTCH,
            "De kleuren heten rood, oranje, geel, groen, blauw, indigo en violet.",
            &["rood", "oranje", "geel"],
        );
        assert_eq!(g, ["rood", "oranje", "geel"]);
    }

    #[test]
    fn the_noun_of_a_complex_preposition_is_no_gap() {
        let g = closed(
            &ENGLISH,
            "In addition to inherited traits, diet and alcohol play a role in gout.",
            &["addition", "alcohol"],
        );
        assert_eq!(g, ["alcohol"]);
        let g = closed(
            &DUTCH,
            "In tegenstelling tot een regenboog hebben bijzonnen een staart.",
            &["tegenstelling", "regenboog"],
        );
        assert_eq!(g, ["regenboog"]);
        // the same noun as a term stays
        let g = closed(
            &ENGLISH,
            "The immune response to the vaccine was strong in mice.",
            &["immune response"],
        );
        assert_eq!(g, ["immune response"]);
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
