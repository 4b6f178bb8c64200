//! Dutch verbs the weak tier took for terms: a plain word the text repeats is a weak gap,
//! and the lexicon lists few verbs, so "die zich {{voeden}} met", "raketten te
//! {{lanceren}}", "kunnen hun prooi niet {{vermalen}}" and "laat de gehoorbeentjes
//! {{trillen}}" were asked as if they were nouns. The words around such a verb show it.

use super::super::lang::Lexicon;
use super::super::tokens::{Kind, Tok};

/// The forms of "laten": like an auxiliary, it takes an infinitive at the clause's end.
const LATEN: &[&str] = &["laat", "laten", "liet", "lieten"];

/// The Dutch word at `k` is a verb by the words around it.
pub(super) fn verb_by_context(lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    if !lex.dutch || k == 0 {
        return false;
    }
    let w = toks[k].lower.as_str();
    let prev = &toks[k - 1];
    match prev.lower.as_str() {
        // "kunnen hun prooi niet {{vermalen}}": a noun is negated by "geen", not "niet"
        "niet" => return true,
        // "vleeseters die zich {{voeden}}": the reflexive after its subject comes before the
        // verb (after a verb, "bevinden zich {{mitochondriën}}", the subject follows it)
        "zich" => {
            return k >= 2 && (toks[k - 2].relative() || toks[k - 2].pronoun());
        }
        // "om raketten te {{lanceren}}": "te" before a word in -en marks the infinitive
        "te" => return w.ends_with("en"),
        _ => {}
    }
    if finite_by_place(lex, toks, k) {
        return true;
    }
    // "laat de gehoorbeentjes {{trillen}} en …": in a clause with an auxiliary or "laten", a
    // word in -en right after a noun and before the clause ends is the infinitive (before a
    // preposition it may be a noun: "het aantal {{isopreeneenheden}} in de molecuulstaart")
    if !w.ends_with("en") {
        return false;
    }
    let after_noun = prev.kind == Kind::Word
        && !prev.stop()
        && !prev.prep()
        && !prev.article()
        && !prev.lower.ends_with('e');
    let closes = toks
        .get(k + 1)
        .is_none_or(|n| n.kind == Kind::Punct || n.conj());
    if !after_noun || !closes {
        return false;
    }
    let clause_start = toks[..k]
        .iter()
        .rposition(|t| t.kind == Kind::Punct)
        .map_or(0, |x| x + 1);
    toks[clause_start..k - 1]
        .iter()
        .any(|t| lex.aux.contains(&t.lower.as_str()) || LATEN.contains(&t.lower.as_str()))
}

/// A finite Dutch verb the tables do not know, by its place in the clause (round 30):
/// - the last word of a subordinate clause that has no other finite verb, in -t ("wanneer
///   de zon door ijskristallen {{schijnt}}, …"): Dutch puts the verb there;
/// - second in a main clause after a fronted phrase, in -de/-te, with an article after it
///   ("Tot die dag {{beschouwde}} de Verenigde Staten zich …"): a noun there would stand
///   after its own article, not before another one.
fn finite_by_place(lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let w = t.lower.as_str();
    if t.cap || lex.noun(w).is_some() || w.chars().count() < 5 {
        return false;
    }
    let prev = &toks[k - 1];
    // (a word right after an article is its noun: "net als de {{tomaat}}")
    if w.ends_with('t')
        && !prev.article()
        && toks
            .get(k + 1)
            .is_none_or(|n| n.kind == Kind::Punct || n.conj())
    {
        // back to the clause's start: a subordinator or relative pronoun opens it, and no
        // finite verb stands between
        for x in (0..k).rev() {
            let b = &toks[x];
            // (an aside in brackets is no boundary: "de (laagstaande) zon")
            if b.is_punct("(") || b.is_punct(")") {
                continue;
            }
            if b.kind == Kind::Punct || b.finite() || lex.is_finite(&b.lower) {
                return false;
            }
            if b.subordinator() || b.relative() && !b.article() {
                return x + 1 < k;
            }
        }
        return false;
    }
    (w.ends_with("de") || w.ends_with("te"))
        && toks.get(k + 1).is_some_and(|n| n.article())
        && !prev.article()
        && !prev.prep()
        && prev.kind == Kind::Word
        && k >= 2
        // a fronted phrase before it: a preposition opens the clause ("Tot die dag")
        && toks[..k - 1].first().is_some_and(|f| f.prep())
        && !toks[..k].iter().any(|b| b.finite() || b.kind == Kind::Punct)
}

#[cfg(test)]
mod tests {
    use super::super::tests::all_clozes;
    use crate::generate::lang::{DUTCH, Language};

    #[test]
    fn a_dutch_verb_that_its_neighbours_show_is_no_gap() {
        let c = all_clozes(
            &DUTCH,
            "Libellen\n\nLibellen jagen op insecten. Libellen en hun larven zijn vleeseters die \
             zich voeden met kleinere dieren, voornamelijk insecten. De larven voeden zich \
             onder water.",
        );
        assert!(!c.contains("::voeden}}"), "{c}");
        let c = all_clozes(
            &DUTCH,
            "Spoetnik\n\nDe Spoetnik was een satelliet. De schok werd verergerd door het \
             mislukken van twee pogingen om Vanguard raketten te lanceren. Het lanceren \
             mislukte. Lanceren is moeilijk.",
        );
        assert!(!c.contains("::lanceren}}"), "{c}");
        let c = all_clozes(
            &DUTCH,
            "Spinnen\n\nSpinnen hebben kaken. Ze kunnen hun prooi niet vermalen en kunnen \
             alleen gif inspuiten. Vermalen kost tijd.",
        );
        assert!(!c.contains("::vermalen}}"), "{c}");
        let c = all_clozes(
            &DUTCH,
            "Oor\n\nHet oor hoort. Het trommelvlies laat de gehoorbeentjes trillen en die \
             brengen de vloeistof in het slakkenhuis in beweging. Trillen is bewegen. Het \
             trillen stopt.",
        );
        assert!(!c.contains("::trillen}}"), "{c}");
    }

    #[test]
    fn a_noun_in_the_same_places_stays_a_gap() {
        // after a verb, "zich" is followed by the subject; a noun after an article, not after
        // a noun, before a preposition
        let c = all_clozes(
            &DUTCH,
            "Cellen\n\nCellen zijn klein. In de cel bevinden zich mitochondriën die energie \
             leveren. Mitochondriën zijn organellen.",
        );
        assert!(c.contains("::mitochondriën}}"), "{c}");
        let c = all_clozes(
            &DUTCH,
            "Vleermuizen\n\nVleermuizen vliegen. Vleermuizen kunnen de insecten in het \
             donker vinden met echolocatie. De insecten zijn klein.",
        );
        assert!(c.contains("{{c1::"), "{c}");
        let c = all_clozes(
            &DUTCH,
            "Vitamine K2\n\nVitamine K2 is niet één enkele molecule, maar een groep verwante \
             verbindingen bekend als menaquinonen. Deze worden aangeduid met de afkorting MK \
             gevolgd door een nummer dat het aantal isopreeneenheden in de molecuulstaart \
             aangeeft. Isopreeneenheden zijn klein.",
        );
        assert!(c.contains("::isopreeneenheden}}"), "{c}");
    }

    /// `verb_by_context` for the word `w` of `text`.
    fn verb_at(text: &str, w: &str) -> bool {
        let lex = DUTCH.lex();
        let toks = lex.tokenize(text);
        let k = toks.iter().position(|t| t.lower == w).unwrap_or(0);
        assert!(k > 0, "{w} not in {text}");
        super::verb_by_context(lex, &toks, k)
    }

    #[test]
    fn a_finite_verb_by_its_place_is_no_gap() {
        // the verb that ends a subordinate clause (round 30)
        assert!(verb_at(
            "Ze worden waargenomen wanneer de zon door ijskristallen schijnt, veelal in de winter.",
            "schijnt"
        ));
        assert!(verb_at(
            "Hij ziet het als de (laagstaande) zon tegen een nevel aan schijnt en de zon ondergaat.",
            "schijnt"
        ));
        // second after a fronted phrase, before an article
        assert!(verb_at(
            "Tot die dag beschouwde de regering zich superieur.",
            "beschouwde"
        ));
        // a noun after its article, a noun after a subordinate clause's verb, a noun after
        // a plain subject
        assert!(!verb_at(
            "De aardappel behoort tot de nachtschadefamilie, net als de tomaat, paprika en tabak.",
            "tomaat"
        ));
        assert!(!verb_at(
            "Het licht valt op de aarde wanneer de zon schijnt op het ijskristal.",
            "ijskristal"
        ));
        assert!(!verb_at("In de winter groeide de plant langzaam.", "plant"));
    }
}
