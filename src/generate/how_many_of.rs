//! "How many of species are there of algae?": "how many of" / "hoeveel van" takes a
//! determined noun phrase ("how many of the species", "hoeveel van deze soorten") or a
//! pronoun ("how many of them"); before a bare noun the question lost its words. Tested on
//! the front's text: a prefix test, no tokenizing.

/// The words that may follow "how many of" / "hoeveel van".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "these", "those", "this", "that", "its", "their", "our", "your", "his",
    "her", "my", "them", "us", "you", "all", "each", "both", "de", "het", "een", "deze", "die",
    "dit", "dat", "hun", "zijn", "haar", "onze", "ons", "jullie", "ze", "hen", "hem", "mijn", "uw",
    "alle",
];

/// Whether `front` opens with "how many of" / "hoeveel van" before a word that is no
/// determiner, pronoun or number.
pub(super) fn bare_how_many_of(front: &str) -> bool {
    // both openings start with an "h": the first byte turns away almost every front (this
    // runs for each question) before its words are split off
    if !matches!(front.trim_start().as_bytes().first(), Some(b'h' | b'H')) {
        return false;
    }
    let mut words = front.split_whitespace();
    let head: [Option<&str>; 3] = [words.next(), words.next(), words.next()];
    let next = match head {
        [Some(a), Some(b), Some(c)]
            if a.eq_ignore_ascii_case("how")
                && b.eq_ignore_ascii_case("many")
                && c.eq_ignore_ascii_case("of") =>
        {
            words.next()
        }
        [Some(a), Some(b), next]
            if a.eq_ignore_ascii_case("hoeveel") && b.eq_ignore_ascii_case("van") =>
        {
            next
        }
        _ => return false,
    };
    let Some(next) = next else {
        return false;
    };
    let word = next
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !word.starts_with(|c: char| c.is_ascii_digit()) && !DETERMINERS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::bare_how_many_of;

    #[test]
    fn a_bare_noun_after_how_many_of_is_refused() {
        assert!(bare_how_many_of("How many of species are there of algae?"));
        assert!(bare_how_many_of("Hoeveel van soorten leven er in zee?"));
    }

    #[test]
    fn a_determiner_or_pronoun_after_how_many_of_is_fine() {
        for front in [
            "How many of the species produce toxins?",
            "How many of them live in the sea?",
            "How many species of algae are there?",
            "How many of 100 people develop the disease?",
            "Hoeveel van de soorten maken gif?",
            "Hoeveel van hen leven in zee?",
            "Hoeveel soorten algen zijn er?",
        ] {
            assert!(!bare_how_many_of(front), "{front}");
        }
    }

    #[test]
    fn white_space_before_the_opening_is_skipped() {
        // `split_whitespace` skips it, and so does the first-byte test before it
        assert!(bare_how_many_of(
            "  How many of species are there of algae?"
        ));
        assert!(bare_how_many_of(
            "\u{a0}hoeveel van soorten leven er in zee?"
        ));
        assert!(!bare_how_many_of("\u{a0}Why many of species?"));
    }
}
