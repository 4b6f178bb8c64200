//! A superlative's comparison set is no place: "Jupiter has the shortest day in the solar
//! system" says which set Jupiter's day is the shortest of, so *Where does Jupiter have the
//! shortest day? → in the solar system* asks a false question; likewise "De blauwe vinvis
//! heeft het grootste hart in het dierenrijk".

use super::superlative;
use crate::generate::tokens::Tok;

/// Whether `words` (the object before a phrase "in …") hold a definite superlative: "the
/// shortest day", "the most spectacular rings", "het grootste hart".
pub(super) fn has_superlative(words: &[Tok]) -> bool {
    words
        .windows(2)
        .any(|w| matches!(w[0].lower.as_str(), "the" | "de" | "het") && superlative(&w[1].lower))
}
