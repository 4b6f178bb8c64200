//! "X is found in Y" says where X is (fresh22): `passive_pp` asked *What are the trees found
//! in? → many areas of the country* (en-epa-ground-level-ozone), *What is rainfall found in?
//! → rising air over the warmest water* (en-noaa-el-nino), and, with a second place left in
//! the question, *What are caves found and in other substances such in?* (en-nps-caves). An
//! English "found/located/situated in/on/at" is asked with "Where", the answer keeping its
//! preposition; when more than the participle and an adverb would stay in the question,
//! there is no card.

use crate::generate::tokens::{Kind, Tok};

/// The English participle `toks[p]` and the preposition `prep` after it say where the
/// subject is.
pub(super) fn asks_where(toks: &[Tok], p: usize, prep: &str) -> bool {
    matches!(toks[p].lower.as_str(), "found" | "located" | "situated")
        && matches!(prep, "in" | "on" | "at")
}

/// The clause `from..to` without the place `k..np_end` is the participle `p` and adverbs
/// only, so "Where … found?" says all the rest of the statement.
pub(super) fn rest_is_bare(
    toks: &[Tok],
    from: usize,
    to: usize,
    p: usize,
    place: (usize, usize),
) -> bool {
    (from..to)
        .filter(|&x| x != p && !(place.0..place.1).contains(&x))
        .all(|x| {
            let t = &toks[x];
            t.kind == Kind::Word
                && (t.lower.ends_with("ly")
                    || matches!(
                        t.lower.as_str(),
                        "also" | "often" | "still" | "now" | "mostly"
                    ))
        })
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn found_in_asks_where() {
        assert_card(
            &ENGLISH,
            "Black cherry trees are found in many areas of the country.",
            Rule::Passive,
            "Where are black cherry trees found?",
            "in many areas of the country",
        );
        assert_card(
            &ENGLISH,
            "Rainfall is usually found in rising air over the warmest water.",
            Rule::Passive,
            "Where is rainfall usually found?",
            "in rising air over the warmest water",
        );
    }

    #[test]
    fn a_second_place_left_in_the_question_gives_no_card() {
        let c = cards(
            &ENGLISH,
            "Caves are found in a variety of rock types and in other substances such as ice.",
        );
        assert!(
            !c.iter()
                .any(|(r, f, _)| *r == Rule::Passive && f.contains("found")),
            "{c:?}"
        );
    }

    #[test]
    fn other_participles_and_dutch_keep_their_question() {
        assert_card(
            &ENGLISH,
            "Vitamin K is stored in the liver.",
            Rule::Passive,
            "What is Vitamin K stored in?",
            "liver",
        );
        assert_card(
            &DUTCH,
            "MK-4 wordt voornamelijk aangetroffen in dierlijke producten.",
            Rule::Passive,
            "Waarin wordt MK-4 voornamelijk aangetroffen?",
            "dierlijke producten",
        );
    }
}
