//! (round 28) Whether a negation changes the main clause. A sentence with "niet/not"
//! anywhere used to count as negated for the rules that ask about the main clause's own
//! shape (`Ctx::plain_clause`), so "Een stoommachine heeft een relatief laag rendement, dat
//! wil zeggen dat … niet zo groot is" asked nothing. A negation does not touch the main
//! clause when it stands
//! - in brackets ("Het hart is asymmetrisch van vorm (lijkt eigenlijk niet op …)");
//! - in "not only / niet alleen" (the "but also" half still holds);
//! - in a clause that a comma and a subordinator, relative pronoun or "dat" open after the
//!   main verb ("…, which does not …", "…, omdat het elektriciteit niet geleidt").
//!
//! A subordinate clause before the main verb ("While X tends to …, it does not …") or a
//! coordinated clause ("…, but Y is not …") still counts: the negation may be the main one.

use crate::generate::clause::Clause;
use crate::generate::tokens::{Kind, Tok};

/// Whether a negation of `toks` lies in the main clause of `c`.
pub(super) fn main_negated(toks: &[Tok], c: &Clause) -> bool {
    let mut depth = 0i32;
    let mut subordinate = false;
    for (k, t) in toks.iter().enumerate() {
        if t.kind == Kind::Punct {
            if t.is_punct("(") {
                depth += 1;
            } else if t.is_punct(")") {
                depth -= 1;
            } else if t.is_punct(",")
                && k > c.fin
                && depth == 0
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.subordinator() || n.relative() || n.is("dat"))
            {
                // the rest of the sentence hangs on the main clause
                subordinate = true;
            }
            continue;
        }
        if !t.negation() || depth > 0 || subordinate {
            continue;
        }
        // "not only … but also", "niet alleen … maar ook"
        if toks
            .get(k + 1)
            .is_some_and(|n| n.is("only") || n.is("alleen"))
        {
            continue;
        }
        return true;
    }
    false
}
