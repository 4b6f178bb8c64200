//! A noun-looking word that is part of the verb: Dutch "vindt … plaats" (plaatsvinden),
//! English "takes place". "Dit proces vindt plaats in het zeeflichaampje (glomerulus)" names
//! no "plaats in het zeeflichaampje": *Hoe heet plaats in het zeeflichaampje?* is no question.

use crate::generate::tokens::Tok;

/// Whether `toks[k]` is "plaats"/"place" after a form of "vinden"/"take" (a few adverbs may
/// stand between: "vindt voornamelijk plaats").
pub(super) fn is_verb_particle(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let dutch = t.is("plaats");
    if !dutch && !t.is("place") {
        return false;
    }
    let reach = if dutch { 3 } else { 1 };
    (k.saturating_sub(reach)..k).any(|j| {
        let w = toks[j].lower.as_str();
        if dutch {
            matches!(w, "vindt" | "vinden" | "vond" | "vonden" | "gevonden")
        } else {
            matches!(w, "take" | "takes" | "took" | "taken" | "taking")
        }
    })
}
