//! "Magnesium helps regulate blood sugar levels": after a finite "help" a bare verb is the
//! content verb and the phrase after it its object (round 27). The object rule asks "What
//! does magnesium help regulate?"; without a bare verb ("helps readers track …") "help"
//! still asks nothing, nor does a modal's "help" ("will help inform future searches for
//! …": its object runs on into phrases the question would strand).

use crate::generate::lang::Lexicon;
use crate::generate::tokens::{Kind, Tok};

/// The index of the bare verb after a form of "help" at `at` (the clause's rest, before
/// `end`), when an object follows it.
pub(super) fn bare_verb_after_help(
    lex: &Lexicon,
    verb: &str,
    toks: &[Tok],
    at: usize,
    end: usize,
) -> Option<usize> {
    if !matches!(verb, "help" | "helps" | "helped") || at + 1 >= end {
        return None;
    }
    let t = &toks[at];
    let w = t.lower.as_str();
    let known_base = lex.verb(w).is_some_and(|(v, ..)| v.pl == w);
    // a word the lexicon knows as a noun only, or a plural, names whom is helped ("helps
    // readers track", "helps people sleep"); that is no content verb
    let verb_like = t.kind == Kind::Word
        && !t.cap
        && w.len() >= 3
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !t.stop()
        && !t.prep()
        && !t.article()
        && !t.pronoun()
        && !t.conj()
        && !t.relative()
        && !w.ends_with("ly")
        && !w.ends_with("ing")
        && !w.ends_with("ed")
        && (known_base || !lex.noun_exact(w) && (!w.ends_with('s') || w.ends_with("ss")));
    let n = &toks[at + 1];
    let object_next =
        n.article() || n.kind == Kind::Word && !n.prep() && !n.is("to") && !n.stop() && !n.finite();
    (verb_like && object_next).then_some(at)
}
