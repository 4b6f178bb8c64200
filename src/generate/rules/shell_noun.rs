//! An answer that ends in a bare shell noun (round 25). "Subsidence is a global problem",
//! "The Moon was the logical first target", "the term "hypoxia" refers to …" gave *What is
//! subsidence? → global problem*, *What was the Moon? → logical first target*, *What refers
//! to low … oxygen …? → term*. Such a noun (problem, target, example, term) is a shell: it
//! judges or labels its subject and says what it is only with a complement ("an example of
//! …", "the term for …"), so without one the answer tells a student nothing to recall.

use crate::generate::tokens::{Kind, Tok};

/// Nouns that only label or judge what they stand for (linguistics' "shell nouns"), in
/// both languages; with no complement they carry no content of their own. ("issue" is a
/// generic head already: its card ranks low, see `definition`.)
const SHELL: &[&str] = &[
    "problem",
    "problems",
    "challenge",
    "challenges",
    "concern",
    "threat",
    "target",
    "goal",
    "aim",
    "objective",
    "priority",
    "example",
    "case",
    "matter",
    "question",
    "term",
    "word",
    "thing",
    "probleem",
    "problemen",
    "kwestie",
    "uitdaging",
    "uitdagingen",
    "bedreiging",
    "doel",
    "doelwit",
    "prioriteit",
    "voorbeeld",
    "geval",
    "zaak",
    "vraag",
    "term",
    "woord",
    "ding",
];

/// The answer `r0..e` ends in a shell noun with nothing after it in the answer: its last
/// word (before a comma or conjunction) is the noun, so no "of"/"van" phrase or clause
/// completes it.
pub(super) fn bare(toks: &[Tok], r0: usize, e: usize) -> bool {
    toks[r0..e]
        .iter()
        .rev()
        // a trailing "and" is trimmed from the card's answer ("a global problem and, …")
        .find(|t| t.kind != Kind::Punct && !t.conj())
        .is_some_and(|t| !t.cap && SHELL.contains(&t.lower.as_str()))
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::cards;
    use crate::generate::lang::{DUTCH, ENGLISH};

    fn backs(dutch: bool, text: &str) -> Vec<String> {
        cards(if dutch { &DUTCH } else { &ENGLISH }, text)
            .into_iter()
            .filter(|(r, ..)| matches!(r, Rule::Definition | Rule::Subject))
            .map(|(_, f, b)| format!("{f} -> {b}"))
            .collect()
    }

    #[test]
    fn a_bare_shell_noun_is_no_answer() {
        let c = backs(
            false,
            "Erosion is a global problem and, in Europe, it costs billions.",
        );
        assert!(
            !c.iter().any(|x| x.ends_with("-> global problem")),
            "{c:#?}"
        );
        let c = backs(
            false,
            "The Moon, the closest body to Earth, was the logical first target.",
        );
        assert!(
            !c.iter().any(|x| x.ends_with("-> logical first target")),
            "{c:#?}"
        );
        let c = backs(
            false,
            "In lakes, the term \"anoxia\" refers to a total lack of oxygen.",
        );
        assert!(!c.iter().any(|x| x.ends_with("-> term")), "{c:#?}");
        let c = backs(true, "Bodemdaling is een wereldwijd probleem.");
        assert!(
            !c.iter().any(|x| x.ends_with("-> wereldwijd probleem")),
            "{c:#?}"
        );
    }

    #[test]
    fn a_shell_noun_with_its_complement_stays() {
        let c = backs(false, "The whale shark is an example of a filter feeder.");
        assert!(
            c.iter()
                .any(|x| x == "What is the whale shark? -> example of a filter feeder"),
            "{c:#?}"
        );
        let c = backs(true, "De walvishaai is een voorbeeld van een filtervoeder.");
        assert!(
            c.iter()
                .any(|x| x == "Wat is de walvishaai? -> voorbeeld van een filtervoeder"),
            "{c:#?}"
        );
        // a kind of thing, not a shell: the definition stays
        let c = backs(false, "Struvite is a phosphate mineral.");
        assert!(
            c.iter()
                .any(|x| x == "What is struvite? -> phosphate mineral"),
            "{c:#?}"
        );
    }
}
