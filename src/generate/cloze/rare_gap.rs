//! Of the common words a cloze may blank, the one the document uses least is the better gap:
//! a word the text keeps repeating ("gehalte", "mission", "vaccine") is given, a rarer one
//! ("solanine", "column", "glomeruli") is what a teacher asks. Measured on the tuning decks
//! (round 30), a repeated-word gap hits a fact 0.24 of the time when its word occurs once
//! or twice and 0.12 when five times or more, and the same fall holds for every weak rank.

use super::super::analyse::Analysis;
use super::super::tokens::Tok;

/// The rank of a common word the document uses at least twice (`cloze_for`'s weak tier).
const REPEATED_WORD: u8 = 7;

/// The order of a gap among the gaps of its own rank, before its position: a repeated
/// common word by how often the document uses it (rarer first), every other gap alike.
/// Only the order changes: how many weak gaps a card takes stays as it was.
pub(super) fn commonness(a: &Analysis, toks: &[Tok], f: usize, p: u8) -> u32 {
    if p == REPEATED_WORD {
        a.freq(&toks[f].lower)
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::all_clozes;
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn an_english_cloze_blanks_the_rarer_repeated_words_first() {
        let en = all_clozes(&ENGLISH, EN);
        // before: "Every spring the {{c1::sediment}} reaches the {{c2::estuary}} …"
        assert!(
            en.contains("the sediment reaches the {{c1::estuary}}"),
            "{en}"
        );
    }

    #[test]
    fn a_dutch_cloze_blanks_the_rarer_repeated_words_first() {
        let nl = all_clozes(&DUTCH, NL);
        // before: "hoog {{c1::gehalte}} aan {{c2::solanine}} in de schillen"
        assert!(
            nl.contains("gehalte aan {{c1::solanine}} in de {{c2::schillen}}"),
            "{nl}"
        );
    }

    #[test]
    fn repeated_words_used_as_often_keep_their_order_in_both_languages() {
        // no word is rarer: the earlier two stay the gaps, as before
        let en = all_clozes(
            &ENGLISH,
            "Glaciers\n\nGlaciers are large masses of ice. Sediment is ground rock. The \
             estuary is shallow. The channels are narrow.\n\nEvery spring the sediment \
             reaches the estuary through narrow channels.",
        );
        assert!(
            en.contains("the {{c1::sediment}} reaches the {{c2::estuary}}"),
            "{en}"
        );
        let nl = all_clozes(
            &DUTCH,
            "Aardappel\n\nDe aardappel is een knol. Het gehalte is hoog. Solanine is een \
             alkaloïde. De schillen zijn dun.\n\nDoor een hoog gehalte aan solanine in de \
             schillen kunnen de knollen giftig zijn.",
        );
        assert!(
            nl.contains("hoog {{c1::gehalte}} aan {{c2::solanine}} in de schillen"),
            "{nl}"
        );
    }

    const EN: &str = "Glaciers\n\nGlaciers are large masses of ice. Sediment is ground \
        rock. Sediment clogs rivers. Sediment builds deltas.\n\nEvery spring the sediment \
        reaches the estuary through narrow channels. The estuary is shallow. The channels are \
        narrow.";
    const NL: &str = "Aardappel\n\nDe aardappel is een knol. Het gehalte aan zetmeel is \
        hoog. Het gehalte aan water is ook hoog. Het gehalte verschilt per ras.\n\nDoor een hoog \
        gehalte aan solanine in de schillen kunnen de knollen giftig zijn. Solanine is een \
        alkaloïde. De schillen zijn dun.";
}
