//! A definition's answer holds a relative clause whole or not at all (round 25). Three cuts
//! left half a clause or a noun without the clause that says which:
//! "een celorganel dat een dubbel membraan bevat en …" gave *celorganel dat een dubbel
//! membraan* (the clause's verb-final "bevat" read as a participle and dropped by `shape`,
//! which now keeps the last word of a relative clause), "tubes that carry air in
//! and out of your lungs" gave *tubes that carry air* (the "and" of "in and out" read as the
//! clause's end), "the lowering of the land-surface elevation from changes that take place
//! underground" gave *… from changes* (the noun kept, the clause that restricts it dropped).

use crate::generate::tokens::{Kind, Tok};

/// The conjunction at `x` joins two particles inside a clause ("in and out", "up and
/// down"), so it does not end the clause it stands in.
pub(super) fn joins_particles(toks: &[Tok], x: usize) -> bool {
    x > 0
        && toks[x].conj()
        && toks[x - 1].prep()
        && toks
            .get(x + 1)
            .is_some_and(|n| n.kind == Kind::Word && (n.prep() || n.stop()) && !n.article())
}

/// The answer `r0..e` stops before a relative clause (at `e`) that it does not keep, and
/// ends in a bare noun after a preposition ("from changes" before "that take place
/// underground"): that phrase only means something with its clause, so the answer ends
/// before the preposition. `None` when the answer does not end so, or nothing would be left
/// before the preposition.
pub(super) fn before_restricted(toks: &[Tok], r0: usize, e: usize) -> Option<usize> {
    let rel = toks.get(e)?;
    if !(rel.relative() && !rel.article() || rel.is("that")) || e < r0 + 3 {
        return None;
    }
    let (p, noun) = (&toks[e - 2], &toks[e - 1]);
    let bare = noun.kind == Kind::Word && !noun.stop() && !noun.cap && !noun.article();
    // "of"/"van" binds the noun to the head before it ("the size of cells that …")
    (p.prep()
        && !p.is("of")
        && !p.is("van")
        && bare
        && toks[r0..e - 2]
            .iter()
            .any(|t| t.kind == Kind::Word && !t.stop() && !t.article()))
    .then_some(e - 2)
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::cards;
    use crate::generate::lang::{DUTCH, ENGLISH};

    fn definitions(dutch: bool, text: &str) -> Vec<String> {
        cards(if dutch { &DUTCH } else { &ENGLISH }, text)
            .into_iter()
            .filter(|(r, ..)| *r == Rule::Definition)
            .map(|(_, f, b)| format!("{f} -> {b}"))
            .collect()
    }

    fn has(dutch: bool, text: &str, card: &str) {
        let c = definitions(dutch, text);
        assert!(c.iter().any(|x| x == card), "{card}\n{c:#?}");
    }

    #[test]
    fn a_dutch_relative_clause_keeps_its_closing_verb() {
        has(
            true,
            "Een chloroplast is een celorganel dat een dubbel membraan bevat en in de plantencel ligt.",
            "Wat is een chloroplast? -> celorganel dat een dubbel membraan bevat",
        );
        // a verb the tables know as finite closed the clause before too
        has(
            true,
            "Een ribosoom is een celorganel dat eiwitten maakt.",
            "Wat is een ribosoom? -> celorganel dat eiwitten maakt",
        );
    }

    #[test]
    fn in_and_out_does_not_end_the_relative_clause() {
        has(
            false,
            "The bronchi are tubes that carry air in and out of the lungs.",
            "What are the bronchi? -> tubes that carry air in and out of the lungs",
        );
        // an "and" between two clauses still ends it
        has(
            false,
            "Veins are tubes that carry blood and they have valves.",
            "What are veins? -> tubes that carry blood",
        );
    }

    #[test]
    fn a_noun_restricted_by_a_dropped_clause_goes_with_it() {
        let c = definitions(
            false,
            "Karst is the dissolving of the bedrock by acids that seep down from the surface soil layers.",
        );
        assert!(
            c.iter()
                .any(|x| x == "What is karst? -> dissolving of the bedrock"),
            "{c:#?}"
        );
        assert!(!c.iter().any(|x| x.ends_with("by acids")), "{c:#?}");
        // with its article the noun says enough: the answer stays
        has(
            false,
            "Karst is the dissolving of the bedrock by the acids that seep down from the surface soil layers.",
            "What is karst? -> dissolving of the bedrock by the acids",
        );
    }
}
