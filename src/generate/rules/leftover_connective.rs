//! A contrast or conclusion adverb left in a question (round 30): "Waarmee voeden enkele
//! soorten zich echter?", "Waarom moet een uil dus steeds de kop draaien?", "What does
//! removing germs therefore help prevent?". The word ties the sentence to the one before;
//! a question stands alone, so the word goes.

/// Adverbs that only link a statement to what came before it.
const CONNECTIVES: &[&str] = &[
    "echter",
    "dus",
    "immers",
    "daarentegen",
    "overigens",
    "evenwel",
    "however",
    "therefore",
    "thus",
    "hence",
    "nevertheless",
];

/// The question without its linking adverbs, or `None` when it has none (most questions:
/// one scan of the words, nothing made).
pub(super) fn drop_connectives(front: &str) -> Option<String> {
    let linking = |w: &str| {
        let w = w.trim_end_matches([',', '?']);
        // every push comes here: the first letter turns most words away before the list
        matches!(
            w.as_bytes().first().map(u8::to_ascii_lowercase),
            Some(b'd' | b'e' | b'h' | b'i' | b'n' | b'o' | b't')
        ) && CONNECTIVES.iter().any(|c| c.eq_ignore_ascii_case(w))
    };
    // never the question word itself, and a question of two words has nothing to spare
    let mut words = front.split(' ');
    words.next();
    if !words.any(linking) || front.split(' ').count() < 4 {
        return None;
    }
    let mut out = String::with_capacity(front.len());
    for (i, w) in front.split(' ').enumerate() {
        if i > 0 && linking(w) {
            // "… zich echter?": the mark stays with the word before
            if w.ends_with('?') {
                out.push('?');
            }
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::drop_connectives;
    use crate::generate::lang::{DUTCH, ENGLISH};
    use crate::generate::rules::tests::cards;

    /// The first-letter filter lets every listed word through, in any case.
    #[test]
    fn the_first_letter_filter_keeps_every_connective() {
        for c in super::CONNECTIVES {
            for w in [c.to_string(), c.to_uppercase()] {
                let q = format!("Waarom gaat het {w} zo?");
                assert_eq!(
                    drop_connectives(&q).as_deref(),
                    Some("Waarom gaat het zo?"),
                    "{w}"
                );
            }
        }
    }

    #[test]
    fn a_linking_adverb_leaves_the_question() {
        assert_eq!(
            drop_connectives("Waarmee voeden grote walvissen zich echter?").as_deref(),
            Some("Waarmee voeden grote walvissen zich?")
        );
        assert_eq!(
            drop_connectives("Waarom moet een uil dus steeds de kop draaien?").as_deref(),
            Some("Waarom moet een uil steeds de kop draaien?")
        );
        assert_eq!(
            drop_connectives("What does handwashing therefore help prevent?").as_deref(),
            Some("What does handwashing help prevent?")
        );
        assert_eq!(drop_connectives("Waarom draait een uil zijn kop?"), None);
        assert_eq!(drop_connectives("What do bats eat?"), None);
    }

    #[test]
    fn cards_lose_the_linking_adverb() {
        let nl = cards(
            &DUTCH,
            "Baleinwalvissen eten plankton. Potvissen voeden zich echter met grote inktvissen.",
        );
        assert!(
            nl.iter()
                .any(|(_, f, _)| f.contains("Potvissen") || f.contains("potvissen"))
                && !nl.iter().any(|(_, f, _)| f.contains("echter")),
            "{nl:#?}"
        );
        let en = cards(
            &ENGLISH,
            "Germs spread through hands. Handwashing therefore prevents respiratory infections in children.",
        );
        assert!(
            en.iter().any(|(_, f, _)| f.contains("andwashing"))
                && !en.iter().any(|(_, f, _)| f.contains("therefore")),
            "{en:#?}"
        );
    }

    #[test]
    fn a_question_about_some_species_is_refused() {
        // (round 30) without "echter" the question is still vague: which species?
        let nl = cards(
            &DUTCH,
            "Baleinwalvissen eten plankton. Enkele soorten voeden zich echter met grote inktvissen.",
        );
        assert!(
            !nl.iter().any(|(_, f, _)| f.contains("enkele soorten")),
            "{nl:#?}"
        );
        let en = cards(
            &ENGLISH,
            "Most whales eat plankton. Some species are threatened by large nets.",
        );
        assert!(
            !en.iter().any(|(_, f, _)| f.contains("some species")),
            "{en:#?}"
        );
    }
}
