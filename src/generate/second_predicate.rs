//! Guards of the second predicate in `analyse::derive` ("Het hart is asymmetrisch van vorm
//! (lijkt … zoals dat vaak getekend wordt) en ligt in de thoraxholte …", "The Earth is not a
//! true sphere, but bulges slightly at the Equator"): a relative pronoun or a comma inside
//! brackets belongs to the aside, not to the first predicate, and a comma right before the
//! joiner closes the first predicate, it does not start a list.

use super::tokens::Tok;

/// The tokens outside brackets.
pub fn unbracketed(toks: &[Tok]) -> impl Iterator<Item = &Tok> {
    let mut depth = 0i32;
    toks.iter().filter(move |t| {
        if t.is_punct("(") {
            depth += 1;
        } else if t.is_punct(")") {
            depth -= 1;
            return false;
        }
        depth <= 0
    })
}

/// Between the first verb and the joiner (`between`, the joiner right after it) stands no
/// comma outside brackets but, perhaps, the one right before the joiner.
pub fn no_comma_but_last(between: &[Tok]) -> bool {
    let inner = match between.split_last() {
        Some((last, inner)) if last.is_punct(",") => inner,
        _ => between,
    };
    !unbracketed(inner).any(|x| x.is_punct(","))
}
