//! (faults28b) A cloze gap that opens with a preposition tests what a question of its
//! sentence asks with that preposition: "Saturn is named {{for the Roman god of
//! agriculture}}" and "What is Saturn named for? → Roman god of agriculture" (or "Waarnaar
//! werd Mars genoemd? → hun oorlogsgod" and "genoemd {{naar hun oorlogsgod}}") are one fact.
//! `rank`'s tests of a gap held by a question ask this after their plain one.

/// Whether `gap` is a preposition and a phrase that a question (`front`, `back`, all three in
/// lower case) asks with that preposition: at the question's end ("… named for?") or as a
/// Dutch "waar-" word opening it ("waarnaar …?", "waarmee …?").
pub fn asked_with_preposition(gap: &str, front: &str, back: &str) -> bool {
    let Some((prep, rest)) = gap.split_once(' ') else {
        return false;
    };
    let rest = ["the ", "a ", "an ", "de ", "het ", "een "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    if rest.is_empty() || !back.contains(rest) {
        return false;
    }
    let front = front.trim_end_matches('?').trim_end();
    let english = front.strip_suffix(prep).is_some_and(|f| f.ends_with(' '));
    // Dutch "met" and "tot" become "mee" and "toe" after "waar"
    let waar = match prep {
        "met" => "mee",
        "tot" => "toe",
        p => p,
    };
    let dutch = front
        .split(' ')
        .next()
        .and_then(|w| w.strip_prefix("waar"))
        .is_some_and(|p| p == waar);
    english || dutch
}

#[cfg(test)]
mod tests {
    use super::asked_with_preposition;

    #[test]
    fn a_gap_with_its_preposition_is_the_question_that_ends_on_it() {
        assert!(asked_with_preposition(
            "for the roman god of agriculture",
            "what is saturn named for?",
            "roman god of agriculture"
        ));
        assert!(asked_with_preposition(
            "naar hun oorlogsgod",
            "waarnaar werd mars door de romeinen genoemd?",
            "hun oorlogsgod"
        ));
        assert!(asked_with_preposition(
            "met zoutkristallen",
            "waarmee zijn de bladeren dikwijls bedekt?",
            "zoutkristallen"
        ));
        // another preposition, another answer, or no preposition: another fact
        assert!(!asked_with_preposition(
            "in the solar system",
            "what is saturn named for?",
            "roman god of agriculture"
        ));
        assert!(!asked_with_preposition(
            "for centuries",
            "what is saturn named for?",
            "roman god of agriculture"
        ));
        assert!(!asked_with_preposition(
            "waarin",
            "waarin komen haaien voor?",
            "alle zeeën"
        ));
    }

    #[test]
    fn a_deck_holds_the_question_not_its_cloze_twice() {
        use crate::generate::{Options, Source, generate};
        // the whole text: the cloze came in when the section's other cards left it room
        let text = include_str!("../../tests/gold/texts/en-nasa-saturn.txt");
        let g = generate(
            &[Source {
                name: "saturn.txt".into(),
                text: text.into(),
            }],
            &Options {
                lang: Some("en".into()),
                ..Options::default()
            },
        );
        let fronts: Vec<String> = g
            .deck
            .cards
            .iter()
            .map(|c| format!("{:?}", c.content))
            .collect();
        assert!(
            fronts
                .iter()
                .any(|f| f.to_lowercase().contains("what is saturn named for?")),
            "{fronts:#?}"
        );
        assert!(
            fronts
                .iter()
                .all(|f| !f.contains("{{c1::for the Roman god")),
            "{fronts:#?}"
        );
    }
}
