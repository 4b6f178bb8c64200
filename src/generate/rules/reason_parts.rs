//! A piece of the `reason` rule (round 30): a reason clause that opens with a demonstrative.
//! (An existential subject, "Waarom zijn er …", "Why is there …", was never refused: the
//! demonstrative answer was what stopped those sentences.)

/// A reason clause that opens with "deze/dit/this/these" and a noun ("omdat deze oömyceet
/// zich snel kan verspreiden", "because this air moves up"): the question names the thing,
/// so the answer reads with the definite article ("de oömyceet …", "the air …"). A
/// demonstrative alone or before a verb ("because this is …") points at a clause: `None`
/// then, and the caller keeps the answer as it was (which `push` refuses).
pub(super) fn definite_reason(ans: &str) -> Option<String> {
    let (first, rest) = ans.split_once(' ')?;
    let article = match first.to_lowercase().as_str() {
        "deze" => "de",
        "dit" => "het",
        "this" | "these" => "the",
        _ => return None,
    };
    // the next word is a noun's, not a verb's or a function word's
    let next = rest.split(' ').next()?;
    if !next.chars().all(char::is_alphabetic)
        || matches!(
            next.to_lowercase().as_str(),
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "can"
                | "may"
                | "will"
                | "would"
                | "zijn"
                | "waren"
                | "heeft"
                | "hebben"
                | "kan"
                | "kunnen"
                | "wordt"
                | "worden"
                | "zou"
                | "zal"
        )
    {
        return None;
    }
    Some(format!("{article} {rest}"))
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    #[test]
    fn existential_subject_after_a_fronted_demonstrative_reason() {
        assert_card(
            &DUTCH,
            "Doordat deze slakken een verkalkt huisje hebben, zijn er veel fossiele soorten bekend.",
            Rule::Reason,
            "Waarom zijn er veel fossiele soorten bekend?",
            "slakken een verkalkt huisje hebben",
        );
        assert_card(
            &ENGLISH,
            "Because this warm air rises from the surface, there is less air near the ground.",
            Rule::Reason,
            "Why is there less air near the ground?",
            "warm air rises from the surface",
        );
    }

    #[test]
    fn a_personal_pronoun_subject_still_gives_no_reason() {
        let langs: [(&'static dyn Language, &str); 2] = [
            (
                &DUTCH,
                "Doordat de slakken een verkalkt huisje hebben, zijn ze goed bekend.",
            ),
            (
                &ENGLISH,
                "Because the warm air rises from the surface, it is less dense.",
            ),
        ];
        for (lang, text) in langs {
            let c = cards(lang, text);
            assert!(
                !c.iter().any(|(r, ..)| *r == Rule::Reason),
                "no reason expected, got {c:#?}"
            );
        }
    }

    #[test]
    fn a_demonstrative_reason_reads_with_the_article() {
        assert_card(
            &DUTCH,
            "De fossielen zijn talrijk, omdat deze slakken een verkalkt huisje hebben.",
            Rule::Reason,
            "Waarom zijn de fossielen talrijk?",
            "slakken een verkalkt huisje hebben",
        );
        assert_card(
            &ENGLISH,
            "The pressure is low near the ground because this air moves up and away.",
            Rule::Reason,
            "Why is the pressure low near the ground?",
            "air moves up and away",
        );
    }

    #[test]
    fn a_demonstrative_before_a_verb_stays_refused() {
        assert_eq!(super::definite_reason("this is warm"), None);
        assert_eq!(super::definite_reason("dit kan snel"), None);
        assert_eq!(
            super::definite_reason("dit gas stijgt"),
            Some("het gas stijgt".to_string())
        );
    }

    /// The subject of the first sentence's clause, as the rules read it.
    fn subject(lang: &'static dyn Language, text: &str) -> String {
        use crate::generate::{analyse::analyse, normalise::normalise, sentences::sentences};
        let doc = normalise(&format!("Titel van de tekst\n\nOnderwerp\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        let s = a
            .sents
            .iter()
            .find(|s| s.clause.is_some())
            .expect("a clause");
        let c = s.clause.expect("a clause");
        crate::generate::tokens::span(&s.text, &s.toks, c.subj.0, c.subj.1).to_string()
    }

    #[test]
    fn a_sentence_adverb_ends_an_inverted_subject() {
        // (round 30) "vooral", "meestal" after the noun belong to the rest
        assert_eq!(
            subject(
                &DUTCH,
                "Omdat de schimmel zich snel verspreidt, veroorzaakt deze ziekte vooral veel schade."
            ),
            "deze ziekte"
        );
        assert_eq!(
            subject(
                &DUTCH,
                "In de Alpen steekt de föhn meestal op aan de voorzijde van een depressie."
            ),
            "de föhn"
        );
        // an adverb before the noun stays in the subject
        assert_eq!(
            subject(&DUTCH, "In de winter zijn vooral jonge dieren in gevaar."),
            "vooral jonge dieren"
        );
    }
}
