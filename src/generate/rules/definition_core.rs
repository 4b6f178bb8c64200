//! A definition's subject cut to its core where the cut tears a phrase apart (round 30,
//! parse30). `definition` asks about the subject up to its first bracket or comma. Two
//! subjects the clause parser now reaches past a long bracket showed where that goes wrong:
//! "Hans (of Johannes) Lipperhey, (…) was een brillenmaker" gave "Wat was Hans?" (the
//! bracket sits inside the name), and "Het eerste … object dat (volgens …) de ruimte
//! bereikte was …" gave "Wat was het eerste … object dat?" (the bracket sits inside a
//! relative clause). Neither question says what is meant: no card.

use crate::generate::tokens::{Kind, Tok};

/// Whether the core `subj.0..core_end` of the subject `subj` ends in a relative pronoun, or
/// stops at a bracket after which the same noun phrase goes on (a word, not a comma, nor
/// "of"/"or" before a synonym).
pub fn torn(toks: &[Tok], subj: (usize, usize), core_end: usize) -> bool {
    let Some(last) = core_end.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    if core_end > subj.0 + 1
        && matches!(
            last.lower.as_str(),
            "dat" | "die" | "that" | "which" | "who" | "waarin" | "waarvan" | "whose"
        )
    {
        return true;
    }
    if !toks.get(core_end).is_some_and(|t| t.is_punct("(")) {
        return false;
    }
    // the bracket's close, then what follows it inside the subject
    let mut depth = 0u32;
    for k in core_end..subj.1 {
        if toks[k].is_punct("(") {
            depth += 1;
        } else if toks[k].is_punct(")") {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                // "Bijzonnen (…) of parhelium zijn …": a synonym after "of"/"or" is no
                // torn name; the core is the first term
                return toks.get(k + 1).is_some_and(|n| {
                    k + 1 < subj.1 && n.kind == Kind::Word && !n.conj() && !n.is("of")
                });
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::generate::lang::{DUTCH, ENGLISH};
    use crate::generate::rules::Rule;
    use crate::generate::rules::tests::cards;

    fn definitions(c: &[(Rule, String, String)]) -> Vec<&str> {
        c.iter()
            .filter(|(r, _, _)| *r == Rule::Definition)
            .map(|(_, f, _)| f.as_str())
            .collect()
    }

    #[test]
    fn no_definition_of_half_a_name_or_a_torn_relative() {
        let c = cards(
            &DUTCH,
            "Pieter (of Petrus) Jansen, (Kampen, rond 1520 – Zwolle, begraven 3 mei 1580) \
             was een Nederlandse klokkengieter en orgelbouwer.",
        );
        assert!(
            !definitions(&c)
                .iter()
                .any(|f| f.to_lowercase().ends_with(" pieter?")),
            "{c:#?}"
        );
        let c = cards(
            &DUTCH,
            "Het eerste gebouwde schip dat (volgens een latere telling) de oceaan overstak \
             was echter een Portugese kraak.",
        );
        assert!(
            !definitions(&c).iter().any(|f| f.ends_with(" dat?")),
            "{c:#?}"
        );
        let c = cards(
            &ENGLISH,
            "John (or Jack) Miller, (Leeds, about 1720 – York, buried 3 May 1790) was an \
             English clockmaker and instrument maker.",
        );
        assert!(
            !definitions(&c)
                .iter()
                .any(|f| f.to_lowercase().ends_with(" john?")),
            "{c:#?}"
        );
    }

    #[test]
    fn a_bracket_before_a_synonym_keeps_the_definition() {
        let c = cards(
            &DUTCH,
            "Lichtpilaren (in het Engels light pillars (enkelvoud light pillar)) of \
             zonnezuilen zijn een optisch verschijnsel boven de zon.",
        );
        assert!(
            definitions(&c).contains(&"Wat zijn lichtpilaren?"),
            "{c:#?}"
        );
    }

    #[test]
    fn a_bracket_at_the_end_of_the_subject_keeps_the_definition() {
        let c = cards(
            &DUTCH,
            "De stoomketel (een gesloten vat) is een toestel dat water verhit tot stoom.",
        );
        assert!(definitions(&c).contains(&"Wat is de stoomketel?"), "{c:#?}");
        let c = cards(
            &ENGLISH,
            "The boiler (a closed vessel) is a device that heats water into steam.",
        );
        assert!(definitions(&c).contains(&"What is the boiler?"), "{c:#?}");
    }
}
