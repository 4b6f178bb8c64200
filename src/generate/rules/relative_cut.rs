//! A long definition is cut at its first preposition (`definition`); when that preposition
//! lies inside the relative clause of the answer, the cut leaves the clause without its end:
//! "De aardappel is een plant die in ondergrondse knollen … aanlegt" gave *plant die*, "Ozone
//! is a gas that occurs both in … and at ground level" gave *gas that occurs both* (fresh22).
//! A head and half a clause is no answer, and there is no card; a cut after the clause's verb
//! and a content word keeps an English clause whole enough ("Ice sheets are glaciers that
//! have spread outward to cover …" → *glaciers that have spread outward*), a Dutch one never
//! (its verb comes last).

use crate::generate::tokens::{Kind, Tok};

/// Where a long definition answer starting at `r0` ends, given its first preposition `p`:
/// `p` when no relative clause starts before it, or when the clause's part before `p` has
/// its finite verb and ends in a content word; `None` (no answer) otherwise.
pub(super) fn settle(toks: &[Tok], r0: usize, p: usize) -> Option<usize> {
    let Some(rel) = (r0 + 1..p).find(|&k| relative(&toks[k])) else {
        return Some(p);
    };
    let part = &toks[rel + 1..p];
    let whole = part.iter().any(Tok::finite)
        && part.last().is_some_and(|t| {
            t.kind == Kind::Word && !t.stop() && !t.finite() && !t.is("both") && !t.is("either")
        });
    whole.then_some(p)
}

/// A relative pronoun that opens a clause ("die", "dat", "that", "which", "who"), not the
/// article "de"/"het".
fn relative(t: &Tok) -> bool {
    t.relative() && !t.article() || t.is("that")
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::cards;
    use crate::generate::lang::{DUTCH, ENGLISH};

    fn definitions(dutch: bool, text: &str) -> Vec<String> {
        cards(if dutch { &DUTCH } else { &ENGLISH }, text)
            .into_iter()
            .filter(|(r, _, _)| *r == Rule::Definition)
            .map(|(_, f, b)| format!("{f} -> {b}"))
            .collect()
    }

    #[test]
    fn a_cut_inside_the_relative_clause_gives_no_answer() {
        let nl = definitions(
            true,
            "De aardappel is een plant die in ondergrondse knollen een energievoorraad in de vorm van zetmeel aanlegt.",
        );
        assert!(!nl.iter().any(|c| c.ends_with("plant die")), "{nl:?}");
        let en = definitions(
            false,
            "Ozone is a gas that occurs both in the Earth's upper atmosphere and at ground level.",
        );
        assert!(!en.iter().any(|c| c.ends_with(" both")), "{en:?}");
    }

    #[test]
    fn an_english_clause_cut_after_its_verb_and_a_content_word_stays() {
        let en = definitions(
            false,
            "Ice sheets are glaciers that have spread outward to cover an area larger than 50,000 square kilometers.",
        );
        assert!(
            en.contains(&"What are ice sheets? -> glaciers that have spread outward".to_string()),
            "{en:?}"
        );
    }

    #[test]
    fn a_long_answer_without_a_relative_clause_is_still_cut_at_its_preposition() {
        // the preposition comes before any relative pronoun: the usual cut stands
        let nl = definitions(
            true,
            "Een heksenkring is een natuurlijk ontstane cirkel van paddenstoelen in een grasveld of bos die soms meters groot wordt.",
        );
        assert!(
            nl.iter().any(|c| c.starts_with(
                "Wat is een heksenkring? -> natuurlijk ontstane cirkel van paddenstoelen"
            )),
            "{nl:?}"
        );
    }
}
