//! A question about "some" of a kind and little else (round 30): "Waarmee voeden enkele
//! soorten zich?", "Waarom zijn sommige soorten zeer bekend?", "What do some people with gout
//! have?". Which species, which people? The sentence before named them, or nobody did: the
//! learner cannot tell which fact is asked. "Most" and "many" make a general claim ("Waar
//! leven de meeste soorten?") and stay; so does a question that says more ("Waarom worden
//! sommige soorten nachtvlinders bestreden?").

use super::lang::Lexicon;

/// "Some" of a kind: an unnamed part.
const SOME: &[&str] = &[
    "enkele", "sommige", "bepaalde", "some", "several", "certain",
];

/// Nouns that name no kind of their own.
const GENERIC: &[&str] = &[
    "soorten",
    "soort",
    "mensen",
    "dieren",
    "planten",
    "gevallen",
    "individuen",
    "species",
    "people",
    "animals",
    "plants",
    "cases",
    "individuals",
    "types",
    "kinds",
];

/// Verbs and words that say nothing about which fact is meant.
const LIGHT: &[&str] = &[
    "zich", "hebben", "heeft", "have", "has", "had", "do", "does", "did",
];

/// Whether the normalised question words `qt` (question word first) hold "some" before a
/// generic noun and at most one other content word, outside a phrase of its own.
pub fn vague_some(lex: &Lexicon, qt: &[&str]) -> bool {
    let Some(k) = qt
        .windows(2)
        .position(|w| SOME.contains(&w[0]) && GENERIC.contains(&w[1]))
    else {
        return false;
    };
    let mut content = qt
        .iter()
        .enumerate()
        .skip(1)
        .filter(|&(i, t)| i != k && i != k + 1 && !lex.is_stop(t) && !LIGHT.contains(t))
        .map(|(i, _)| i);
    // one word more in a phrase of its own names a part or a group ("Wat hebben sommige
    // soorten aan hun poten?", round 29 keeps it; "some people with gout"); a verb or an
    // adjective alone does not
    let in_phrase = |i: usize| {
        qt[i.saturating_sub(2)..i]
            .iter()
            .any(|w| lex.prepositions.contains(w))
    };
    match (content.next(), content.next()) {
        (None, _) => true,
        (Some(i), None) => !in_phrase(i),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::vague_some;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    fn vague(lang: &'static dyn Language, q: &str) -> bool {
        let qt = crate::generate::check::norm_tokens(q);
        let qt: Vec<&str> = qt.iter().map(String::as_str).collect();
        vague_some(lang.lex(), &qt)
    }

    #[test]
    fn some_of_a_kind_and_one_word_more_is_vague() {
        assert!(vague(&DUTCH, "Waarmee voeden enkele soorten zich?"));
        assert!(vague(&DUTCH, "Waarom zijn sommige soorten zeer bekend?"));
        assert!(vague(&ENGLISH, "What do some species eat?"));
        assert!(vague(&ENGLISH, "Why are some species endangered?"));
    }

    #[test]
    fn most_many_or_a_fuller_question_is_not() {
        assert!(!vague(&DUTCH, "Waar leven de meeste soorten?"));
        assert!(!vague(
            &DUTCH,
            "Waarom worden sommige soorten nachtvlinders bestreden?"
        ));
        assert!(!vague(&ENGLISH, "Why do many people cut back on sleep?"));
        assert!(!vague(
            &ENGLISH,
            "What can multiply in some types of foods or drinks?"
        ));
        assert!(!vague(&ENGLISH, "Why are some sharks endangered?"));
        assert!(!vague(&DUTCH, "Wat hebben sommige soorten aan hun poten?"));
        assert!(!vague(&ENGLISH, "What do some species have on their feet?"));
        assert!(!vague(&ENGLISH, "What do some people with gout have?"));
    }
}
