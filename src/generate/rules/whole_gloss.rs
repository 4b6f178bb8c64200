//! A list item that is only a term and its gloss in brackets (fresh30): "Laryngospasm
//! (uncontrolled tightening of the vocal cords)", "Facial palsy (loss of muscle tone or droop
//! on one or both sides of the face).", "Dehydration (not getting enough water)". The
//! bracket is all the item says about the term, so a gloss with a preposition, a participle
//! or an "or" is still its definition, where inside a sentence (`brackets::bracket_gloss`)
//! such a bracket is often a relation or an aside.

use super::brackets::{GLOSS_ONE_WORD, plain_anchor};
use super::{Ctx, Rule, tidy};
use crate::generate::tokens::Tok;

/// Words of the term, at most: "Aspiration pneumonia", "Pulmonary embolism".
const MAX_TERM: usize = 4;

/// The bracket opened at `k` closes the sentence (a full stop may follow) and a short term
/// without a verb stands before it.
pub(super) fn whole_gloss(toks: &[Tok], k: usize) -> bool {
    let n = toks.len();
    let last = if toks[n - 1].is_punct(".") {
        n - 2
    } else {
        n - 1
    };
    (1..=MAX_TERM).contains(&k)
        && toks[last].is_punct(")")
        && toks[..k]
            .iter()
            .all(|t| !t.finite() && !t.is_punct("(") && !t.is_punct(")"))
        && toks[k + 1..last]
            .iter()
            .all(|t| !t.is_punct("(") && !t.is_punct(")"))
}

/// "(not getting enough water)": a negation opens a gloss of a lack, not an aside.
pub(super) fn negated_gloss(first: &str) -> bool {
    matches!(first, "not" | "niet")
}

/// "Laryngospasm (…)" → "What is laryngospasm?" → uncontrolled tightening of the vocal cords
pub(super) fn term_with_gloss(cx: &mut Ctx, a1: usize, i0: usize, i1: usize) {
    let toks = cx.toks();
    // the gloss ends on a content word: "(lung infection from inhaling spit or vomit)"
    if toks[i1 - 1].stop() || toks[i1 - 1].prep() || !plain_anchor(cx, 0, a1, MAX_TERM) {
        return;
    }
    let anchor = cx.a.unstart(cx.sp(0, a1));
    let plural = crate::generate::simplify::plural_phrase(cx.a, &anchor);
    let q = cx.a.lang.what_is(&anchor, plural);
    let ans = cx.sp(i0, i1).to_string();
    cx.push(Rule::Definition, tidy(&q), &ans, false);
    if toks[..a1].iter().filter(|t| !t.stop()).count() == 1 {
        cx.adjust_last(GLOSS_ONE_WORD);
    }
}
