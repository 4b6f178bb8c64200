//! "What are X like?" / "Hoe zijn X?" asks for a property of a thing the learner can name.
//! Round 28, tuning decks: the question was also made where the predicate is no property
//! ("the effects are seen as a lowering …": a passive), where the subject is an indefinite
//! "een"/"a" ("Hoe is een veelvoorkomend voorbeeld?", "Hoe zijn een regenboog ontleent?",
//! with "zijn" the possessive), and where the answer holds a second verb ("overdag actief
//! en jagen het liefst overdag").

use super::is_participle;
use crate::generate::lang::Lexicon;
use crate::generate::tokens::{Kind, Tok};

/// The subject `subj` and the predicate `r0..e` make no property question.
pub fn unfit(lex: &Lexicon, toks: &[Tok], subj: (usize, usize), r0: usize, e: usize) -> bool {
    // an indefinite subject names no one thing to describe
    let indefinite = toks
        .get(subj.0)
        .is_some_and(|t| matches!(t.lower.as_str(), "een" | "a" | "an"));
    // a participle after the copula (past -ly adverbs) makes a passive, not a property
    // (or a word in -en/-wn before "as"/"by": "seen as", "shown by", which no list holds)
    let first = (r0..e).find(|&k| {
        let t = &toks[k];
        !(t.lower.len() > 4 && t.lower.ends_with("ly") && !lex.dutch)
    });
    let passive = first.is_some_and(|k| {
        let t = &toks[k];
        let w = t.lower.as_str();
        t.kind == Kind::Word
            && !t.cap
            && !w.ends_with("ing")
            && (is_participle(lex, w)
                || !lex.dutch
                    && (w.ends_with("en") || w.ends_with("wn"))
                    && toks.get(k + 1).is_some_and(|n| n.is("as") || n.is("by")))
    });
    // a second verb in the answer: "actief en jagen …"
    let verb = toks[r0..e].iter().enumerate().any(|(i, t)| {
        t.finite() && !lex.aux.contains(&t.lower.as_str())
            || i > 0
                && toks[r0 + i - 1].conj()
                && lex.dutch
                && t.lower.ends_with("en")
                && toks
                    .get(r0 + i + 1)
                    .is_some_and(|n| n.article() || n.is("het") || n.pronoun())
    });
    indefinite || passive || verb
}

#[cfg(test)]
mod tests {
    use super::super::tests::cards;
    use crate::generate::lang::{DUTCH, ENGLISH};

    fn likes(cards: &[(super::super::Rule, String, String)]) -> Vec<String> {
        cards
            .iter()
            .filter(|(_, f, _)| {
                f.ends_with(" like?") || f.starts_with("Hoe zijn ") || f.starts_with("Hoe is ")
            })
            .map(|(_, f, b)| format!("{f} → {b}"))
            .collect()
    }

    #[test]
    fn no_property_question_for_a_passive_an_indefinite_subject_or_a_second_verb() {
        let en = cards(
            &ENGLISH,
            "The beds compact, and the effects are seen as a lowering of the land surface.",
        );
        assert!(likes(&en).is_empty(), "{en:?}");
        let nl = cards(
            &DUTCH,
            "Een veelvoorkomend voorbeeld is zichtbaar op een warme dag. Volwassen libellen \
             zijn overdag actief en jagen het liefst bij warm weer.",
        );
        assert!(likes(&nl).is_empty(), "{nl:?}");
    }

    #[test]
    fn a_property_of_a_named_subject_is_still_asked() {
        let en = cards(
            &ENGLISH,
            "The pain from a tension headache is usually mild to moderate.",
        );
        assert!(!likes(&en).is_empty(), "{en:?}");
        let nl = cards(&DUTCH, "Bijzonnen zijn frequent bij lage temperaturen.");
        assert!(!likes(&nl).is_empty(), "{nl:?}");
    }
}
