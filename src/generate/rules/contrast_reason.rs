//! (faults28b) A trailing reason after a contrast belongs to the clause after the contrast:
//! "Primary headaches happen on their own, while secondary headaches happen because of some
//! other medical condition" asked *Why do primary headaches happen on their own, while
//! secondary headaches happen?*; the reason is the second clause's, so the question is made
//! from it: *Why do secondary headaches happen? → some other medical condition*.

use crate::generate::tokens::{Kind, Tok};

/// Words that open a contrasting clause after a comma, its subject first ("terwijl" puts its
/// verb last: no plain question is made of its clause, and `reason` asks none).
const CONTRAST: &[&str] = &["but", "while", "whereas", "yet", "maar", "doch", "terwijl"];

/// Dutch subordinators among them: the clause's verb comes last.
const VERB_LAST: &[&str] = &["terwijl"];

/// The second clause of a contrast between `from` and `to` (the end of the reason's clause):
/// `None` when there is no ", but/while/maar …"; `Some(None)` when there is one but its clause
/// makes no plain question; `Some(Some((subject, finite verb, rest end)))` otherwise, as
/// token ranges: the subject a short phrase without a pronoun, the rest without a pronoun
/// or demonstrative ("pinguïns kunnen dat niet" leans on the first clause).
pub(super) fn second_clause(
    toks: &[Tok],
    from: usize,
    to: usize,
) -> Option<Option<(usize, usize)>> {
    let x = (from + 1..to)
        .find(|&x| toks[x - 1].is_punct(",") && CONTRAST.contains(&toks[x].lower.as_str()))?;
    if VERB_LAST.contains(&toks[x].lower.as_str()) {
        return Some(None);
    }
    let Some(fin) = (x + 1..to).find(|&f| toks[f].finite()) else {
        return Some(None);
    };
    let lone = |t: &Tok| t.demonstrative() || t.pronoun() && !t.article();
    let plain = fin > x + 1
        && fin - x <= 7
        && !toks[x + 1..to]
            .iter()
            .any(|t| t.kind == Kind::Punct || lone(t) || t.relative());
    Some(plain.then_some((x + 1, fin)))
}
