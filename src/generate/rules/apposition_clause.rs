//! A longer apposition keeps its relative clause when the whole stays short (round 25).
//! "glucose, a form of sugar that enters the bloodstream", "het buikvlies, een dun
//! dubbellaags membraan dat wrijving met andere organen vermindert", "de oligochaeten, een
//! groep van wormen die de zee verlaten hebben en …" gave *form of sugar*, *dun dubbellaags
//! membraan*, *Wat is een groep van wormen?*: the description cut before the clause that
//! says which form, which membrane, which group. A description of up to three words kept
//! its clause already (`apposition`); this takes the longer ones.

use crate::generate::tokens::{Kind, Tok};

/// Words of the description before its clause, at most.
const MAX_DESC: usize = 6;
/// Words of the description with its clause, at most (`apposition`'s own limit).
const MAX_ALL: usize = 12;

/// The end of the relative clause that opens at `rel` after the description
/// `y_from..rel`: English, the next punctuation mark; Dutch, the finite verb that closes the
/// clause (before a punctuation mark or conjunction, as in "verlaten hebben en …"). The
/// clause holds its finite verb and no pronoun; `None` when the description is short (the
/// caller's own case) or long, or the clause is not whole within the limit.
pub(super) fn end(toks: &[Tok], dutch: bool, y_from: usize, rel: usize) -> Option<usize> {
    let r = toks.get(rel)?;
    if !matches!(r.lower.as_str(), "that" | "which" | "die" | "dat")
        || !(4..=MAX_DESC).contains(&(rel - y_from))
    {
        return None;
    }
    let limit = toks.len().min(y_from + MAX_ALL + 1);
    let end = if dutch {
        (rel + 1..limit)
            .find(|&x| {
                toks[x].finite()
                    && toks
                        .get(x + 1)
                        .is_none_or(|n| n.kind == Kind::Punct || n.conj())
            })
            .map(|x| x + 1)
    } else {
        (rel + 1..limit).find(|&x| toks[x].kind == Kind::Punct && !toks[x].is_punct("-"))
    }?;
    let clause = &toks[rel + 1..end];
    (clause.len() >= 2
        && clause.iter().any(Tok::finite)
        && !clause
            .iter()
            .any(|t| t.kind == Kind::Punct || t.pronoun() && !t.article()))
    .then_some(end)
}
