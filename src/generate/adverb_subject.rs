//! "Wat is bijgevolg?", "What is however?": a sentence adverb in first place read as the
//! subject leaves a question about no thing at all. `simplify` takes the known connectives
//! off before the rules run; this is the last check for the ones it does not know.

use super::lang::Lexicon;

/// Sentence adverbs that are never a subject, beyond the language's connectives and
/// parentheticals.
const ADVERBS: &[&str] = &[
    "bijgevolg",
    "daardoor",
    "hierdoor",
    "namelijk",
    "derhalve",
    "dientengevolge",
    "desondanks",
    "niettemin",
    "nochtans",
    "daarna",
    "hierna",
    "toen",
    "nu",
    "dan",
    "consequently",
    "hence",
    "accordingly",
    "nevertheless",
    "nonetheless",
    "then",
    "now",
];

/// The front is a short question whose last word, right after its verb, is a sentence
/// adverb: "Wat is bijgevolg?", "What is however?".
pub fn adverb_subject(lex: &Lexicon, front: &str) -> bool {
    // cheap tests first: a short question only, counted by its spaces (no allocation)
    let Some(q) = front.strip_suffix('?') else {
        return false;
    };
    if q.len() > 60 || !(2..=3).contains(&q.bytes().filter(|&b| b == b' ').count()) {
        return false;
    }
    let mut words = q.rsplit(' ');
    let (Some(last), Some(verb)) = (words.next(), words.next()) else {
        return false;
    };
    // the last word first, and each lowered only when it has a capital or a letter outside
    // ASCII: most short questions end on no adverb, and their verb is never looked at
    let last = super::check::lower_case(last);
    let adverb = ADVERBS.contains(&&*last)
        || lex.connectives.contains(&&*last)
        || lex.parentheticals.contains(&&*last);
    if !adverb {
        return false;
    }
    let verb = super::check::lower_case(verb);
    lex.copula.contains(&&*verb) || lex.is_finite(&verb)
}

#[cfg(test)]
mod tests {
    use super::adverb_subject;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    #[test]
    fn a_sentence_adverb_is_no_subject() {
        let nl = DUTCH.lex();
        assert!(adverb_subject(nl, "Wat is bijgevolg?"));
        assert!(adverb_subject(nl, "Wat is bovendien?"));
        assert!(adverb_subject(nl, "Wat zijn echter?"));
        assert!(adverb_subject(ENGLISH.lex(), "What is however?"));
        assert!(adverb_subject(ENGLISH.lex(), "What was consequently?"));
    }

    #[test]
    fn both_words_are_compared_in_lower_case() {
        // the last word is lowered first and the verb only after it: capitals in either
        let nl = DUTCH.lex();
        assert!(adverb_subject(nl, "Wat IS Bijgevolg?"));
        assert!(adverb_subject(ENGLISH.lex(), "What WAS Consequently?"));
        assert!(!adverb_subject(nl, "Wat ÉÉN bijgevolg?"));
        assert!(!adverb_subject(nl, "Wat is Bijgevolgd?"));
    }

    #[test]
    fn a_fronted_bijgevolg_goes_and_the_sentence_keeps_a_card() {
        use crate::decks::Content;
        use crate::generate::{Options, Source, generate};
        let text = "Kompas\n\nDe aarde heeft een magnetisch veld. Bijgevolg is de magnetische \
                    pool bij de Noordpool een magnetische zuidpool, en ligt bij de Zuidpool de \
                    magnetische noordpool van het aardmagnetisch veld.";
        let sources = [Source {
            name: "kompas.txt".into(),
            text: text.into(),
        }];
        let options = Options {
            lang: Some("nl".into()),
            ..Options::default()
        };
        let cards: Vec<String> = generate(&sources, &options)
            .deck
            .cards
            .into_iter()
            .filter(|c| {
                c.context
                    .as_deref()
                    .is_some_and(|x| x.contains("Bijgevolg"))
            })
            .map(|c| match c.content {
                Content::Basic { front, back, .. } => format!("{front} -> {back}"),
                Content::Cloze { text, .. } => text,
            })
            .collect();
        assert!(!cards.is_empty(), "no card");
        assert!(
            !cards.iter().any(|c| c.to_lowercase().contains("bijgevolg")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_noun_subject_or_a_longer_question_stays() {
        let nl = DUTCH.lex();
        assert!(!adverb_subject(nl, "Wat is bijgevolg de magnetische pool?"));
        assert!(!adverb_subject(nl, "Wat is seismologie?"));
        assert!(!adverb_subject(nl, "Waar leven spechten meestal?"));
        assert!(!adverb_subject(ENGLISH.lex(), "What is gout?"));
        assert!(!adverb_subject(
            ENGLISH.lex(),
            "What did the team find then?"
        ));
    }
}
