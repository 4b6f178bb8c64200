//! A measure after the copula: "zijn 10–13 cm lang", "is ongeveer 1 cm in diameter", "is
//! about 4 cm long". Such a complement says how big the thing is, not what it is: the
//! definition rule leaves it to `measure` ("Hoe lang zijn menselijke nieren? → 10–13 cm").

use super::{MEASURE_ADJECTIVES, measure_hedge};
use crate::generate::tokens::{Kind, Tok};

/// Words before the number: a hedge ("ongeveer") or a bound ("less than", "tot").
fn before_number(w: &str) -> bool {
    measure_hedge(w)
        || matches!(
            w,
            "less" | "more" | "than" | "over" | "under" | "ca." | "minder" | "meer" | "dan"
        )
}

/// After the number at `k`: past a range's second number ("10–13", "2-3"), else `k + 1`.
pub(super) fn range_end(toks: &[Tok], k: usize) -> usize {
    let dash = toks
        .get(k + 1)
        .is_some_and(|t| t.is_punct("–") || t.is_punct("-"));
    if dash && toks.get(k + 2).is_some_and(|t| t.kind == Kind::Num) {
        k + 3
    } else {
        k + 1
    }
}

/// "in diameter" / "in doorsnede" at `k`: the measure's dimension in a phrase, not an
/// adjective.
pub(super) fn diameter_at(toks: &[Tok], k: usize) -> bool {
    toks[k].is("in")
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is("diameter") || t.is("doorsnede"))
}

/// Whether the complement `r0..end` opens with a measure: hedges, a number or a range, up to
/// three unit words, then a measure adjective or "in diameter".
pub(super) fn is_measure(toks: &[Tok], r0: usize, end: usize) -> bool {
    let mut k = r0;
    while k < end && before_number(&toks[k].lower) {
        k += 1;
    }
    if k >= end || toks[k].kind != Kind::Num {
        return false;
    }
    let from = range_end(toks, k);
    // the clause may end at a range's dash: the range's words reach past it
    let limit = if from > k + 1 { toks.len() } else { end };
    (from..limit.min(from + 4))
        .take_while(|&x| toks[x].kind == Kind::Word)
        .any(|x| MEASURE_ADJECTIVES.contains(&toks[x].lower.as_str()) || diameter_at(toks, x))
}
