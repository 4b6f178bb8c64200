//! Dutch adverbs in -lijk/-lijks that open a sentence before its verb (V2), the subject after
//! the verb: "Oorspronkelijk is een telescoop een instrument …", "Abusievelijk is Lipperhey
//! ook wel aangeduid als …". Read as the subject they gave *Wat is oorspronkelijk?*. The
//! lists of front adverbs cannot name them all; the ending can (no Dutch noun ends in
//! "-lijk" but "lijk" itself and its compounds, which the lexicon knows).

use super::lang::Lexicon;

/// Whether `w` (lowercase) is an adverb in -lijk/-lijks: "oorspronkelijk", "plaatselijk",
/// "abusievelijk", "jaarlijks".
pub fn is_lijk_adverb(lex: &Lexicon, w: &str) -> bool {
    lex.dutch
        && w.len() > 8
        && (w.ends_with("lijk") || w.ends_with("lijks"))
        && lex.noun(w).is_none()
}

#[cfg(test)]
mod tests {
    use super::is_lijk_adverb;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    #[test]
    fn dutch_adverbs_in_lijk() {
        let lex = DUTCH.lex();
        assert!(is_lijk_adverb(lex, "oorspronkelijk"));
        assert!(is_lijk_adverb(lex, "abusievelijk"));
        assert!(is_lijk_adverb(lex, "jaarlijks"));
        assert!(!is_lijk_adverb(lex, "lijk"));
        assert!(!is_lijk_adverb(lex, "telescoop"));
        assert!(!is_lijk_adverb(ENGLISH.lex(), "oorspronkelijk"));
    }
}
