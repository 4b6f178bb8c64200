//! "Hypoxia is often associated with the overgrowth of algae, which can lead to oxygen
//! depletion": a relative clause after a copula's predicate is said of the subject only when
//! the predicate names the subject ("X is een Y, dat behoort tot Z" → "X behoort tot Z").
//! After a passive or a perfect ("is associated with", "is ontstaan uit") the copula is an
//! auxiliary, and the relative clause is said of the noun before it, not of the subject.

use super::clause::VERB_GROUP_ADVERBS;
use super::lang::Lexicon;
use super::tokens::Tok;

/// Whether the first word after the copula at `fin` (past adverbs and "not") is a
/// participle: the clause is a passive or a perfect.
pub fn participle_after(lex: &Lexicon, toks: &[Tok], fin: usize, end: usize) -> bool {
    toks[fin + 1..end]
        .iter()
        .find(|t| {
            !(VERB_GROUP_ADVERBS.contains(&t.lower.as_str())
                || t.negation()
                || t.is("ook")
                || t.lower.ends_with("ly") && lex.noun(&t.lower).is_none())
        })
        .is_some_and(|t| super::rules::is_participle(lex, &t.lower))
}

#[cfg(test)]
mod tests {
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::sentences::sentences;
    use crate::generate::{check, rules};

    /// The accepted questions of a one-section text, as (front, back).
    fn asks(lang: &'static dyn Language, text: &str) -> Vec<(String, String)> {
        let doc = normalise(&format!("Titel\n\nOnderwerp\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        (0..a.sents.len())
            .flat_map(|si| rules::candidates(&a, si))
            .filter(|c| !c.cloze && check::refuse(&a, c).is_none())
            .map(|c| (c.front, c.back))
            .collect()
    }

    #[test]
    fn a_relative_clause_after_a_passive_is_not_said_of_the_subject() {
        let en = asks(
            &ENGLISH,
            "Hypoxia is often associated with the overgrowth of certain species of algae, \
             which can lead to oxygen depletion when they die.",
        );
        assert!(
            !en.iter()
                .any(|(q, a)| q.contains("hypoxia lead") || a == "hypoxia"),
            "{en:?}"
        );
        let nl = asks(
            &DUTCH,
            "Koraal is opgebouwd uit kleine poliepen, die behoren tot de neteldieren.",
        );
        assert!(
            !nl.iter()
                .any(|(q, a)| q.contains("behoort koraal") || a == "koraal"),
            "{nl:?}"
        );
    }

    #[test]
    fn a_relative_clause_after_a_predicate_noun_is_said_of_the_subject() {
        let nl = asks(
            &DUTCH,
            "Germanium is een halfmetaal, dat behoort tot de koolstofgroep.",
        );
        assert!(
            nl.iter()
                .any(|(q, a)| q.to_lowercase().contains("germanium")
                    || a.eq_ignore_ascii_case("germanium")),
            "{nl:?}"
        );
        let en = asks(
            &ENGLISH,
            "Calcite is a common mineral, which forms in warm shallow seas.",
        );
        assert!(
            en.iter()
                .any(|(q, a)| q.to_lowercase().contains("calcite")
                    || a.eq_ignore_ascii_case("calcite")),
            "{en:?}"
        );
    }
}
