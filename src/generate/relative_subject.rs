//! "Why does which form every spring …?": a question built on a relative clause took its
//! relative pronoun for the subject. A relative pronoun right after the question's
//! do-support, modal or auxiliary stands where the subject belongs, and is never one
//! (English; Dutch "die"/"dat" are also demonstratives, "Vormt die laag …?", so Dutch is
//! left alone).

/// The English words after which a subject follows in a question: do-support, the modals
/// and the finite forms of "be" and "have".
pub(super) fn is_question_aux(w: &str) -> bool {
    super::garble_words::is_do_or_modal(w)
        || matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
}

/// English relative pronouns that are never a question's subject after its auxiliary
/// ("What is who?" asks nothing either). "that" is also a determiner ("Why does that
/// layer form?") and stays out.
pub(super) fn is_relative_pronoun(w: &str) -> bool {
    matches!(w, "which" | "who" | "whom")
}

/// Whether the words (lower case, no punctuation) hold a relative pronoun right after an
/// auxiliary.
pub(super) fn relative_as_subject<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    let Some(mut prev) = words.next() else {
        return false;
    };
    for w in words {
        if is_relative_pronoun(w) && is_question_aux(prev) {
            return true;
        }
        prev = w;
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::generate::check::garbled_tokens;
    use crate::generate::garble_words::may_be_garbled;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    #[test]
    fn a_relative_pronoun_after_the_auxiliary_is_refused() {
        let en = ENGLISH.lex();
        for front in [
            "Why does which form every spring in the northern Gulf of Mexico?",
            "Since which year does which form every spring in the northern Gulf of Mexico?",
            "Where can who apply for the grant?",
        ] {
            assert!(may_be_garbled(en, front), "{front}");
            assert_eq!(
                garbled_tokens(en, front),
                Some("relative as subject"),
                "{front}"
            );
        }
    }

    #[test]
    fn a_question_word_or_a_determiner_is_not_a_relative_subject() {
        let en = ENGLISH.lex();
        for front in [
            "Which gas does the ocean absorb?",
            "Who discovered penicillin?",
            "Why does that layer form every spring?",
            "In which year did the research start?",
            "Which organs do bats use for echolocation?",
        ] {
            assert_eq!(garbled_tokens(en, front), None, "{front}");
        }
        // Dutch "die" after the verb is a demonstrative: left alone
        for front in [
            "Waarom vormt die laag zich elk voorjaar?",
            "Sinds welk jaar onderzoekt men de dode zone?",
        ] {
            assert_eq!(garbled_tokens(DUTCH.lex(), front), None, "{front}");
        }
    }
}
