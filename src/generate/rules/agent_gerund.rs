//! (faults28b) Two English/Dutch agents whose question must not move what follows them.
//!
//! A gerund agent takes its own object and phrases: "are spread by not washing hands with
//! soap and clean, running water" asked *What are … spread with soap and clean by? → not
//! washing hands*; the phrases belong to "washing", so the answer runs to the clause's end.
//!
//! A phrase after the agent that points back at it ("named by the Romans for their god of
//! war") names nobody once the agent is the answer: the question stops before the agent
//! (*What was Mars named by? → Romans*).

use crate::generate::tokens::{Kind, Tok};

/// Longest gerund answer, in tokens.
const MAX: usize = 14;

/// Where an English gerund agent starting at `from` ("[not] washing hands …") ends: `Some(np_end)`
/// when the agent is no gerund, the end of the sentence's body (`body`) when the rest is
/// the gerund's own phrases, `None` when it is too long. A comma ends it unless only a few
/// plain words follow to the end ("clean, running water"); a finite verb, a relative or
/// other punctuation ends it too.
pub(super) fn gerund_end(toks: &[Tok], from: usize, np_end: usize, body: usize) -> Option<usize> {
    let g = if toks[from].is("not") { from + 1 } else { from };
    let gerund = toks.get(g).is_some_and(|t| {
        t.kind == Kind::Word && !t.cap && t.lower.len() > 5 && t.lower.ends_with("ing")
    });
    if !gerund || np_end >= body {
        return Some(np_end);
    }
    let plain =
        |t: &Tok| t.kind == Kind::Word && !t.conj() && !t.relative() && !t.finite() && !t.prep();
    let mut e = np_end;
    while e < body {
        let t = &toks[e];
        if t.is_punct(",") {
            let tail = &toks[e + 1..body];
            if !tail.is_empty() && tail.len() <= 3 && tail.iter().all(plain) {
                e = body;
            }
            break;
        }
        if t.kind == Kind::Punct || t.finite() || t.relative() {
            break;
        }
        e += 1;
    }
    (e - from <= MAX).then_some(e)
}

/// Whether the words after the agent (`tail`) hold a plural possessive ("their", "hun") that
/// cannot be the subject's, whose finite verb `fin` is singular: it is the agent's.
pub(super) fn points_back(tail: &[Tok], fin: &Tok) -> bool {
    let singular = matches!(
        fin.lower.as_str(),
        "is" | "was" | "has" | "wordt" | "werd" | "heeft" | "had"
    );
    singular && tail.iter().any(|t| t.is("their") || t.is("hun"))
}
