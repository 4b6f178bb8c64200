//! The words `check::garbled` needs before it can refuse a question, looked for without
//! tokenizing: most fronts hold none of them, and tokenizing every front cost 4% of the
//! generator's instructions. The test is sound, not exact: `false` only when none of
//! `garbled`'s tests can fire on the front; `true` lets `garbled` decide.

use super::lang::Lexicon;
use super::relative_subject::{is_question_aux, is_relative_pronoun};
use super::tokens::{ARTICLE, CONJ, FINITE, PREP, PRONOUN, RELATIVE, STOP, SUBORD, SUCH_AS};

/// The bytes of a front, by what this test does with them: 1 a word byte (letters, digits,
/// '%'), 2 a space or punctuation that is always a token of its own, 0 anything else. A
/// joiner ('-', '\'', '/', '’') or another character makes a token that is not one run of
/// word bytes, so such a front goes to `garbled` as it is.
const CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() || c == b'%' {
            1
        } else if matches!(
            c,
            b' ' | b'?' | b'!' | b',' | b'.' | b':' | b';' | b'(' | b')'
        ) {
            2
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Whether `garbled` may refuse `front`. On a plain front (`CLASS`, no comma or full stop
/// after a digit, which may join "1,5") the tokenizer's words are exactly the runs of word
/// bytes, their flags are the word lists' (`Lexicon::word_flags`; its guesses add only
/// FINITE), so each of `garbled`'s tests can be asked of the runs, by its trigger words:
/// a final conjunction or article; a conjunction after an article, a "such as" start or a
/// subordinator; a final preposition after a "such as" start; a relative word among the
/// last four words; a second finite verb in the singular present after an earlier verb
/// (English: after do-support or a modal); an English relative pronoun right after an
/// auxiliary.
pub(super) fn may_be_garbled(lex: &Lexicon, front: &str) -> bool {
    let b = front.as_bytes();
    let mut buf = [0u8; 48];
    let (mut n, mut prev, mut prev2) = (0usize, 0u16, 0u16);
    let mut last_relative: Option<usize> = None;
    // an earlier word may be the clause's first finite verb (Dutch), or do-support or a
    // modal (English)
    let mut verb_before = false;
    // Dutch: `guess_dutch_verb` guesses a verb only after such a first word
    let mut dutch_guess = false;
    let mut prev_aux = false;
    let mut i = 0;
    while i < b.len() {
        match CLASS[usize::from(b[i])] {
            0 => return true,
            2 => {
                if matches!(b[i], b',' | b'.') && i > 0 && b[i - 1].is_ascii_digit() {
                    return true;
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        let start = i;
        let mut upper = false;
        while i < b.len() && CLASS[usize::from(b[i])] == 1 {
            upper |= b[i].is_ascii_uppercase();
            i += 1;
        }
        // the run's lower case: itself without a capital (both ends are ASCII bytes)
        let w = if !upper {
            &front[start..i]
        } else {
            let run = &b[start..i];
            let Some(low) = buf.get_mut(..run.len()) else {
                return true;
            };
            low.copy_from_slice(run);
            low.make_ascii_lowercase();
            match std::str::from_utf8(low) {
                Ok(w) => w,
                Err(_) => return true,
            }
        };
        let f = lex.word_flags(w);
        if n >= 1 && f & CONJ != 0 && prev & (ARTICLE | SUCH_AS | SUBORD) != 0 {
            return true;
        }
        if verb_before && singular_present(lex, w) {
            return true;
        }
        // `relative_subject`: "does which"
        if !lex.dutch && prev_aux && is_relative_pronoun(w) {
            return true;
        }
        // (asked in English only: the look-up is left out of a Dutch front's words)
        prev_aux = !lex.dutch && is_question_aux(w);
        if lex.dutch {
            if n == 0 {
                dutch_guess = f & (PREP | FINITE | CONJ | RELATIVE | PRONOUN | STOP) == 0
                    || f & ARTICLE != 0
                    || matches!(w, "veel" | "enkele" | "sommige" | "alle" | "beide" | "vele");
            }
            // the auxiliaries are FINITE in the word lists' flags
            let guessed = dutch_guess
                && (1..7).contains(&n)
                && w.len() >= 4
                && matches!(w.as_bytes().last(), Some(b't' | b'n' | b'e'));
            verb_before |= f & FINITE != 0 || guessed;
        } else if !verb_before && is_do_or_modal(w) {
            verb_before = true;
        }
        if n >= 1 && f & RELATIVE != 0 {
            last_relative = Some(n);
        }
        prev2 = prev;
        prev = f;
        n += 1;
    }
    n > 0 && prev & (CONJ | ARTICLE) != 0
        || n > 1 && prev & PREP != 0 && prev2 & SUCH_AS != 0
        || last_relative.is_some_and(|r| n - 1 - r <= 3)
}

/// The English words after which `garbled` counts a second finite verb ("Why do the most
/// damage from sinkholes tends?"): do-support and the modals.
pub(super) fn is_do_or_modal(w: &str) -> bool {
    matches!(
        w,
        "do" | "does"
            | "did"
            | "can"
            | "could"
            | "will"
            | "would"
            | "may"
            | "might"
            | "must"
            | "should"
    )
}

/// `garbled`'s second verb, without its test that the word is finite (a guess may make it
/// one): a singular present form, or in English a word in "-s" the verb lists miss.
fn singular_present(lex: &Lexicon, w: &str) -> bool {
    let verb = lex.verb(w);
    let guessed = !lex.dutch && verb.is_none() && w.ends_with('s') && !w.ends_with("ss");
    (guessed || verb.is_some_and(|(_, plural, past)| !plural && !past))
        && !lex.is_verb_participle(w)
        && !lex.aux.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::may_be_garbled;
    use crate::generate::check::garbled_tokens;
    use crate::generate::lang::{DUTCH, ENGLISH, Language, Lexicon};

    #[test]
    fn each_test_of_garbled_finds_its_trigger_words() {
        let (en, nl) = (ENGLISH.lex(), DUTCH.lex());
        let refused = |lex: &Lexicon, front: &str| {
            assert!(garbled_tokens(lex, front).is_some(), "{front}");
            may_be_garbled(lex, front)
        };
        // a final conjunction or article
        assert!(refused(en, "What do bees collect pollen and?"));
        assert!(refused(nl, "Wat verzamelen bijen stuifmeel en?"));
        assert!(refused(en, "What do bees collect from the?"));
        // a conjunction after an article, a "such as" start or a subordinator
        assert!(refused(en, "Which insects eat the and aphids?"));
        assert!(refused(
            nl,
            "Hoe mossen net zoals en wolfsklauwen vermenigvuldigen de varens zich?"
        ));
        // a final preposition after "such"
        assert!(refused(
            en,
            "What are caves found in other substances such in?"
        ));
        // a relative word with no verb after it
        assert!(refused(en, "What is the process by which food?"));
        assert!(refused(nl, "Wat is het proces waarbij voedsel?"));
        // a spliced second verb: after do-support, after any finite verb in Dutch, and
        // after a verb the Dutch tagger guesses
        assert!(refused(en, "Why do the most damage from sinkholes tends?"));
        assert!(refused(nl, "Wat zijn de kevers activeert?"));
    }

    #[test]
    fn fronts_without_trigger_words_are_not_tokenized() {
        for front in [
            "What is the capital of France?",
            "What did Edison invent?",
            "Which vitamin activates matrix Gla protein?",
            "What causes 80% of all tsunamis?",
        ] {
            assert!(!may_be_garbled(ENGLISH.lex(), front), "{front}");
        }
        for front in [
            "Wat activeert vitamine K2?",
            "Welk eiwit houdt calcium uit de vaatwand?",
            "Waardoor wordt de aard van vulkanisme bepaald?",
        ] {
            assert!(!may_be_garbled(DUTCH.lex(), front), "{front}");
        }
        // a joiner or a character outside ASCII: `garbled` decides
        assert!(may_be_garbled(ENGLISH.lex(), "What is MK-7?"));
        assert!(may_be_garbled(DUTCH.lex(), "Wat is een proteïne?"));
        assert!(may_be_garbled(ENGLISH.lex(), "What rose by 1,5 degrees?"));
    }

    /// Every front `garbled` refuses passes the word test: fronts cut and spliced from the
    /// seed texts and from English prose, in both languages.
    #[test]
    fn no_front_garbled_refuses_is_skipped() {
        let texts = [
            include_str!("../../decks/sources/vitamine-k2-bloedvaten.txt"),
            include_str!("../../decks/sources/vitamine-k2-botgezondheid.txt"),
            include_str!("../../README.md"),
            include_str!("../../docs/generator-garble-round22.md"),
        ];
        let (mut refused, mut skipped) = (0, 0);
        for text in texts {
            for sentence in text.split(['.', '\n', '?', '!']) {
                let words: Vec<&str> = sentence.split_whitespace().take(24).collect();
                for k in 1..=words.len() {
                    let cut = words[..k].join(" ");
                    let spliced = [&words[..k.saturating_sub(1)], &words[k..]]
                        .concat()
                        .join(" ");
                    for front in [cut, spliced] {
                        let front = format!("{front}?");
                        for lex in [ENGLISH.lex(), DUTCH.lex()] {
                            let quick = may_be_garbled(lex, &front);
                            if garbled_tokens(lex, &front).is_some() {
                                refused += 1;
                                assert!(quick, "{front}");
                            } else if !quick {
                                skipped += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(refused > 1000 && skipped > 1000, "{refused} {skipped}");
    }
}
