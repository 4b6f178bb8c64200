//! A cloze whose single gap is one common word: "Its intricate ring system has fascinated
//! astronomers for {{centuries}}", "In de {{bessen}} worden kleine zaden gevormd". The
//! sentence around the gap is the fact, and a teacher does not ask for its one everyday noun
//! or adjective. Round 29 measured this on first-contact decks (each round's texts generated
//! by the generator of the commit that added them, before any rule was fitted to them): in
//! nine rounds 41 such clozes below `weak::GOOD` (not list members, not named gaps) were
//! chosen and 2 hit a gold fact (docs/generator-unseen-round29.md). Names, figures, number
//! words, phrases and long terms keep their gap.

use super::analyse::Analysis;

/// Letters in the longest word counted as common. Longer single words are mostly technical
/// terms or compounds a teacher does ask ("stollingsgesteente", "verbrandingsmotoren",
/// "zooxanthellen", "locomobiel"); shorter ones are everyday words ("eeuwen", "kusten",
/// "column", "touch"). Round 29: on the first-contact decks 9 letters kept 3 of the 5 facts
/// an unlimited length lost and 10 of its 51 drops; on the tuning texts it kept 5 of 6.
const COMMON_LEN: usize = 9;

/// The gap `back` is one short lower-case word (letters and hyphens only): no name, no
/// symbol like "pH" or "mRNA", no figure, no number word and no long technical term.
pub fn one_common_word(a: &Analysis, back: &str) -> bool {
    let word = back.trim();
    !word.is_empty()
        && word.chars().count() <= COMMON_LEN
        && word.chars().all(|c| c.is_lowercase() || c == '-')
        && !a.lex().number_words.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::sentences::sentences;

    fn parse(lang: &'static dyn Language, text: &str) -> Analysis {
        let doc = normalise(&format!("Title\n\nTopic\n\n{text}"));
        let s = sentences(&doc);
        analyse(&doc, &s, lang)
    }

    #[test]
    fn one_lower_case_word_is_a_common_word_gap() {
        let a = parse(
            &ENGLISH,
            "Saturn has rings. The rings fascinated astronomers.",
        );
        assert!(one_common_word(&a, "centuries"));
        assert!(one_common_word(&a, "ice-free"));
        let keep = [
            "Titan",
            "pH",
            "mRNA",
            "CO2",
            "20",
            "three",
            "icy clouds",
            "",
            "stalactites",
        ];
        for keep in keep {
            assert!(!one_common_word(&a, keep), "{keep}");
        }
        let a = parse(
            &DUTCH,
            "De aardappel vormt knollen. In de bessen worden zaden gevormd.",
        );
        assert!(one_common_word(&a, "bessen"));
        assert!(one_common_word(&a, "zee-egels"));
        for keep in [
            "Carboon",
            "twee",
            "14e",
            "kleine zaden",
            "locomobiel",
            "lichtflitsen",
        ] {
            assert!(!one_common_word(&a, keep), "{keep}");
        }
    }
}
