//! A definition whose description follows a phrase of place or condition (round 30,
//! parse30): "Keukenzout … is bij kamertemperatuur een witte kristallijne stof", "De
//! magnetische pool is bij de noordpool een magnetische zuidpool", "De aardappel is in veel
//! Europese landen sinds de 16e eeuw een van de basisvoedingsmiddelen" (5 tuning sentences
//! in 5 texts, two with a pronoun subject). `definition` wants the description right after
//! the copula and asked nothing; the phrase now goes into the question ("Wat is keukenzout
//! bij kamertemperatuur?"), as a fronted source does ("… volgens de relativiteitstheorie?").

use crate::generate::tokens::{Kind, Tok};

/// When `r0..r1` (what follows the copula) opens with a short prepositional phrase and a
/// noun phrase with its article follows it, the article's index.
pub fn pp_before_np(toks: &[Tok], r0: usize, r1: usize) -> Option<usize> {
    let p = toks.get(r0)?;
    // "is van hout", "is als een …", "is dan een …": no phrase of place or condition
    if !p.prep()
        || matches!(
            p.lower.as_str(),
            "van" | "of" | "als" | "as" | "like" | "dan" | "than" | "zoals" | "te" | "to"
        )
    {
        return None;
    }
    // the phrase: words and numbers up to an article that follows its noun (an article right
    // after a preposition is the phrase's own: "bij de noordpool", "sinds de 16e eeuw")
    for x in r0 + 2..r1.min(r0 + 9) {
        let t = &toks[x];
        let prev = &toks[x - 1];
        if t.kind == Kind::Punct || t.finite() {
            return None;
        }
        let article = matches!(t.lower.as_str(), "een" | "de" | "het" | "a" | "an" | "the");
        if article && !prev.prep() && !prev.article() && prev.kind != Kind::Num {
            // a noun phrase must follow the article
            return toks
                .get(x + 1)
                .is_some_and(|n| x + 1 < r1 && n.kind == Kind::Word && !n.prep())
                .then_some(x);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::rules::Rule;
    use crate::generate::rules::tests::{cards, has};

    #[test]
    fn a_phrase_between_the_copula_and_the_description_goes_into_the_question() {
        let c = cards(
            &DUTCH,
            "Kwik is bij kamertemperatuur een zilverachtig vloeibaar metaal.",
        );
        assert!(
            has(
                &c,
                Rule::Definition,
                "Wat is kwik bij kamertemperatuur?",
                "zilverachtig vloeibaar metaal"
            ),
            "{c:#?}"
        );
        let c = cards(
            &ENGLISH,
            "Mercury is at room temperature a silvery liquid metal.",
        );
        assert!(
            has(
                &c,
                Rule::Definition,
                "What is mercury at room temperature?",
                "silvery liquid metal"
            ),
            "{c:#?}"
        );
    }

    #[test]
    fn no_definition_from_a_phrase_without_a_description_after_it() {
        // the article belongs to a phrase of its own ("naar de zon"), or none follows
        let langs: [&'static dyn Language; 3] = [&DUTCH, &DUTCH, &ENGLISH];
        for (lang, text) in langs.into_iter().zip([
            "Het rode deel is bij bijzonnen altijd naar de zon toe gericht.",
            "De straal is in de orde van grootte van tien kilometer.",
            "The red part is in most cases toward the sun.",
        ]) {
            let c = cards(lang, text);
            assert!(!c.iter().any(|(r, _, _)| *r == Rule::Definition), "{c:#?}");
        }
    }
}
