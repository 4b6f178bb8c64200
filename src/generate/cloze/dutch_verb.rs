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

#[cfg(test)]
mod tests {
    use super::super::tests::all_clozes;
    use crate::generate::lang::DUTCH;

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
}
