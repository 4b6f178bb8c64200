//! A main clause after a colon ("Veel walvissen vertonen complex sociaal gedrag: bultruggen en
//! dolfijnen communiceren met elkaar door middel van gezang", "Rain bands: Bands of clouds and
//! rain go far out from …"): the parser reads one clause per sentence, the first, so the
//! statement after the colon gets no clause of its own. `analyse::derive` makes it one when it
//! opens with its subject; a list after a colon ("twee families: de echte uilen en …") has no
//! finite verb and stays as it is.

use super::analyse::Analysis;
use super::tokens::{Kind, Tok};

/// The colon at `k` is followed by a word that can open a statement (cheap tests, before the
/// caller tokenizes and parses the rest): not a number, a quote or a bracket.
pub fn may_open_statement(toks: &[Tok], k: usize) -> bool {
    toks[k].is_punct(":")
        && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word)
        // at least a subject, a verb and one more word after the colon
        && toks.len() > k + 4
}

/// The derived statement is a clause that opens with its subject (no fronted phrase, no
/// inversion): "bultruggen en dolfijnen communiceren …", not "na een larvestadium … vestigen
/// zij zich …", whose subject the colon's first half does not name.
/// A measure noun with no "of" after it ("De abundantie van germanium is vrij laag: de
/// hoeveelheid in de aardkorst bedraagt …") measures the thing the first half names: on its
/// own the statement would not say what it measures.
pub fn opens_with_subject(a: &Analysis, text: &str, toks: &[Tok]) -> bool {
    super::clause::parse(a, text, toks).is_some_and(|c| {
        c.front.is_none()
            && !c.inverted
            && c.subj.0 == 0
            && c.fin > 0
            // "blood loss, lack of …": a list after the colon, misread as a clause
            && !toks[c.subj.0..c.subj.1].iter().any(|t| t.kind == Kind::Punct)
            && !leaning_measure(&toks[c.subj.0..c.subj.1])
    })
}

const MEASURE_NOUNS: &[&str] = &[
    "hoeveelheid",
    "aantal",
    "omvang",
    "grootte",
    "concentratie",
    "amount",
    "number",
    "size",
    "concentration",
    "level",
];

/// The subject is a measure noun after an article, not followed by "van"/"of".
fn leaning_measure(subj: &[Tok]) -> bool {
    subj.len() >= 2
        && subj[0].article()
        && MEASURE_NOUNS.contains(&subj[1].lower.as_str())
        && !subj.get(2).is_some_and(|t| t.is("van") || t.is("of"))
}
