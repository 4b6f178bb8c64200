//! A Dutch finite verb outside the word lists, found by "zich" right after it (round 30):
//! "In de trommelholte bevindt zich een keten …", "Enkele soorten, zoals de orka, voeden
//! zich met …", "Deze bevonden zich op …". In a main clause the finite verb stands before
//! the reflexive; in a subordinate clause the subject does ("omdat de larven zich …"), so
//! the word before "zich" is taken for the verb only when it has a verb's ending, is no
//! noun the lexicon knows, follows no article, and no subordinator, relative
//! or known finite verb stands before it in its part of the sentence. Without the verb the
//! clause parser finds no clause and no rule asks the sentence (six sentences in five
//! tuning texts had none).

use super::Lexicon;
use crate::generate::tokens::{self, Kind, Tok};

pub(super) fn guess(lex: &Lexicon, toks: &mut [Tok]) {
    // cheap first: most sentences hold no "zich"
    let Some(z) = toks.iter().position(|t| t.lower == "zich") else {
        return;
    };
    if z < 1 {
        return;
    }
    let v = z - 1;
    let t = &toks[v];
    let w = t.lower.as_str();
    let verb_form = t.kind == Kind::Word
        && t.flags == 0
        && !t.cap
        && w.len() >= 4
        && w.chars().all(char::is_alphabetic)
        && ["t", "en", "de", "te"].iter().any(|e| w.ends_with(e));
    if !verb_form || lex.noun(w).is_some() {
        return;
    }
    // "de larven zich": a word right after an article is a noun
    if v >= 1 && toks[v - 1].article() {
        return;
    }
    // its part of the sentence: back to a semicolon or colon; a subordinator, relative or
    // known verb there makes "zich" a subordinate clause's, or leaves the verb known
    let from = toks[..v]
        .iter()
        .rposition(|t| t.is_punct(";") || t.is_punct(":"))
        .map_or(0, |p| p + 1);
    if toks[from..v].iter().any(|t| {
        t.flags & (tokens::FINITE | tokens::RELATIVE | tokens::SUBORD) != 0
            || t.lower.starts_with("waar")
    }) {
        return;
    }
    toks[v].flags |= tokens::FINITE;
}

#[cfg(test)]
mod tests {
    use crate::generate::lang::Dutch;

    /// The words of `text` the tokenizer takes for finite verbs, lower case.
    fn finite(text: &str) -> Vec<String> {
        crate::generate::lang::tests::finite_in(&Dutch, text)
    }

    #[test]
    fn an_unknown_word_before_zich_is_the_finite_verb() {
        assert_eq!(
            finite("In de neusholte bevindt zich een laag van fijne haartjes."),
            ["bevindt"]
        );
        assert_eq!(
            finite("Sommige kevers, zoals de loopkever, voeden zich met slakken."),
            ["voeden"]
        );
        assert_eq!(
            finite("Aan de achterkant van de bladeren bevinden zich sporendoosjes."),
            ["bevinden"]
        );
    }

    #[test]
    fn a_subject_before_zich_stays_a_noun() {
        // a subordinate clause puts the subject before "zich"
        assert!(
            !finite("Omdat de larven zich snel voeden, groeien ze hard.")
                .contains(&"larven".to_string())
        );
        // a known noun before "zich", inverted after a known verb
        assert!(
            !finite("Daarna ontwikkelen de rupsen zich tot vlinders.")
                .contains(&"rupsen".to_string())
        );
        // a relative clause
        assert!(
            !finite("Het continent dat zich uitstrekte naar het zuiden.")
                .contains(&"dat".to_string())
        );
    }
}
