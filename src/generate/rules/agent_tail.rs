//! (fresh26) A Dutch agent after its participle runs to the end of the clause: "werd
//! weggevaagd door goedkoper aardewerk uit met name Engeland (Staffordshire)", "wordt bepaald
//! door een combinatie van … tijdens het omhoog komen door de aardkorst …". Dutch puts the
//! clause's own phrases before the participle, so a phrase with a preposition after the agent
//! belongs to the agent; cut there, it stayed at the end of the question (*Waardoor werd de
//! industrie omstreeks 1800 weggevaagd uit met name Engeland (Staffordshire)?*). The answer
//! takes that phrase when the whole stays short; a longer one makes no card. A person as the
//! agent keeps the phrase after it in the question ("ontdekt door Georg Brandt tijdens het
//! onderzoeken van mineralen": when, not which Georg Brandt).

use crate::generate::tokens::{Kind, Tok};

/// The most tokens an agent with its trailing phrase may have.
const MAX: usize = 10;

/// Where the agent that starts at `from` ends when it ended at `np_end` before a phrase
/// with a preposition (clause end `end`): `Some(end)` when the rest of the clause is that
/// phrase and short (a bracket closing it stays), `Some(np_end)` when no such phrase
/// follows, `None` when it is too long or holds a clause of its own.
pub(super) fn extend(toks: &[Tok], from: usize, np_end: usize, end: usize) -> Option<usize> {
    if np_end >= end || !toks[np_end].prep() {
        return Some(np_end);
    }
    // the clause's end, without its closing punctuation
    let mut e = end;
    while e > np_end && toks[e - 1].kind == Kind::Punct && !toks[e - 1].is_punct(")") {
        e -= 1;
    }
    let own_clause = toks[np_end..e]
        .iter()
        .any(|t| t.finite() || t.relative() || t.is_punct(","));
    (e - from <= MAX && !own_clause).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::cards;
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn a_dutch_agent_takes_the_phrase_after_it() {
        let c = cards(
            &DUTCH,
            "De industrie werd omstreeks 1800 weggevaagd door goedkoper aardewerk uit Engeland.",
        );
        let agent: Vec<_> = c.iter().filter(|(r, ..)| *r == Rule::Agent).collect();
        assert!(
            agent
                .iter()
                .any(|(_, f, b)| b == "goedkoper aardewerk uit Engeland"
                    && !f.contains("uit Engeland")),
            "{c:#?}"
        );
        assert!(
            !agent.iter().any(|(_, f, _)| f.contains("uit Engeland")),
            "{c:#?}"
        );
    }

    #[test]
    fn a_long_trailing_phrase_makes_no_dutch_agent_card_and_english_keeps_its_card() {
        let c = cards(
            &DUTCH,
            "De aard van vulkanisme wordt bepaald door een combinatie van de ontwikkeling van het magma tijdens het omhoog komen door de aardkorst.",
        );
        assert!(!c.iter().any(|(r, ..)| *r == Rule::Agent), "{c:#?}");
        // English adverbials follow the agent ("destroyed by fire in 1900"): unchanged
        let c = cards(
            &ENGLISH,
            "The old town was destroyed by a large fire in the summer.",
        );
        assert!(
            c.iter()
                .any(|(r, _, b)| *r == Rule::Agent && b == "large fire"),
            "{c:#?}"
        );
        // a person: the phrase after the name says when
        let c = cards(
            &DUTCH,
            "Kobalt werd omstreeks 1730 ontdekt door Georg Brandt tijdens het onderzoeken van mineralen.",
        );
        assert!(
            c.iter()
                .any(|(r, _, b)| *r == Rule::Agent && b == "Georg Brandt"),
            "{c:#?}"
        );
    }
}
