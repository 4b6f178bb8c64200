//! Rare words some rules need before they can make a card, found in one pass over a
//! sentence's tokens. A rule whose first test looks for one of these words returns at once
//! when its bit is absent, instead of walking the tokens itself: most sentences have none of
//! them, and about fifty rules run on every sentence. Each bit is set exactly when a token is
//! one of its words, so a rule that keeps its own test after the bit makes the same cards.

use crate::generate::tokens::{Kind, Tok};

/// "as" or "als": a role (`as_role`).
pub(super) const AS: u32 = 1;
/// "also" or "ook": a name given inside the sentence (`also_called_inside`).
pub(super) const ALSO: u32 = 2;
/// "men": "X noemt men Y", "spreekt men van Y" (`men_naming`).
pub(super) const MEN: u32 = 4;
/// "this", "dit" or "deze": "This process is called X" (`this_process_is_called`).
pub(super) const THIS: u32 = 8;
/// The punctuation token ":" (`colon_list`).
pub(super) const COLON: u32 = 16;
/// "means", "middel" or "behulp": "by means of", "door middel van" (`by_means_of`).
pub(super) const MEANS: u32 = 32;
/// "behorend", "behorende" or "belonging" (`belongs_to`).
pub(super) const BELONGING: u32 = 64;
/// "risk", "chance", "likelihood", "risico" or "kans" (`risk`).
pub(super) const RISK: u32 = 128;
/// A comma before "the", "de" or "het" (`definite_apposition`).
pub(super) const COMMA_THE: u32 = 256;
/// A comma before "a", "an" or "een" (`process_called`).
pub(super) const COMMA_A: u32 = 512;
/// A "-" token before "a", "an" or "een" (`dash_apposition`).
pub(super) const DASH_A: u32 = 1024;

/// The pair bit of a punctuation token `p` ("," or "-") before the word `next`.
fn pair(p: &[u8], next: &[u8]) -> u32 {
    let the = matches!(next, b"the" | b"de" | b"het");
    let a = matches!(next, b"a" | b"an" | b"een");
    match p {
        b"," if the => COMMA_THE,
        b"," if a => COMMA_A,
        b"-" if a => DASH_A,
        _ => 0,
    }
}

/// The bits of the words `toks` holds.
pub(super) fn of(toks: &[Tok]) -> u32 {
    let mut f = 0;
    for (k, t) in toks.iter().enumerate() {
        let w = t.lower.as_bytes();
        // by length first: one comparison for almost every token
        f |= match w.len() {
            1 if t.kind == Kind::Punct => match w {
                b":" => COLON,
                b"," | b"-" => toks.get(k + 1).map_or(0, |n| pair(w, n.lower.as_bytes())),
                _ => 0,
            },
            2 if w == b"as" => AS,
            3 => match w {
                b"als" => AS,
                b"men" => MEN,
                b"ook" => ALSO,
                b"dit" => THIS,
                _ => 0,
            },
            4 => match w {
                b"also" => ALSO,
                b"this" | b"deze" => THIS,
                b"risk" | b"kans" => RISK,
                _ => 0,
            },
            5 if w == b"means" => MEANS,
            6 => match w {
                b"middel" | b"behulp" => MEANS,
                b"chance" | b"risico" => RISK,
                _ => 0,
            },
            8 if w == b"behorend" => BELONGING,
            9 if w == b"behorende" || w == b"belonging" => BELONGING,
            10 if w == b"likelihood" => RISK,
            _ => 0,
        };
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::rules::{HAS_BY, facts};

    /// Every sentence of the shipped texts and some made for the edges, tokenized in both
    /// languages.
    fn sentences() -> Vec<Vec<Tok>> {
        let mut texts = crate::generate::shipped_texts();
        texts.push(
            "As seen: also AS, Als, OOK; men Men. This, Dit, deze: by means of, door middel \
             van, met behulp van. as: als- ook's mens asbestos alsof ooknog deze/dit \
             When, wanneer; behorende tot, belonging to, the risk, een kans, chance. It is, \
             the end, de kat, het huis - a dash - een streep, a comma, an idea, een"
                .to_string(),
        );
        let mut out = Vec::new();
        for text in &texts {
            for sentence in text.split(['.', '\n']) {
                for lex in [ENGLISH.lex(), DUTCH.lex()] {
                    out.push(lex.tokenize(sentence));
                }
            }
        }
        out
    }

    /// Each bit is set exactly when a token passes the test its rule makes (`Tok::is`, or
    /// `Tok::is_punct` for the colon).
    #[test]
    fn each_bit_is_its_words_test() {
        let bits: [(u32, &[&str]); 7] = [
            (AS, &["as", "als"]),
            (ALSO, &["also", "ook"]),
            (MEN, &["men"]),
            (THIS, &["this", "dit", "deze"]),
            (MEANS, &["means", "middel", "behulp"]),
            (BELONGING, &["behorend", "behorende", "belonging"]),
            (RISK, &["risk", "chance", "likelihood", "risico", "kans"]),
        ];
        let mut seen = [0usize; 8];
        for toks in sentences() {
            let f = of(&toks);
            for (i, (bit, words)) in bits.iter().enumerate() {
                let has = toks.iter().any(|t| words.iter().any(|w| t.is(w)));
                assert_eq!(f & bit != 0, has, "{words:?} in {toks:?}");
                seen[i] += usize::from(has);
            }
            let colon = toks.iter().any(|t| t.is_punct(":"));
            assert_eq!(f & COLON != 0, colon, "':' in {toks:?}");
            seen[7] += usize::from(colon);
        }
        // the texts hold each word, so every bit was tested set and unset
        assert!(seen.iter().all(|&n| n > 0), "{seen:?}");
    }

    /// Each pair bit is set exactly when a token passes its rule's punctuation test and the
    /// next token is one of the words after it.
    #[test]
    fn each_pair_bit_is_its_tokens_test() {
        let pairs: [(u32, &str, &[&str]); 3] = [
            (COMMA_THE, ",", &["the", "de", "het"]),
            (COMMA_A, ",", &["a", "an", "een"]),
            (DASH_A, "-", &["a", "an", "een"]),
        ];
        let mut seen = [0usize; 3];
        for toks in sentences() {
            let f = of(&toks);
            for (i, (bit, p, words)) in pairs.iter().enumerate() {
                let has = toks
                    .windows(2)
                    .any(|w| w[0].is_punct(p) && words.iter().any(|x| w[1].is(x)));
                assert_eq!(f & bit != 0, has, "{p} {words:?} in {toks:?}");
                seen[i] += usize::from(has);
            }
        }
        assert!(seen.iter().all(|&n| n > 0), "{seen:?}");
    }

    /// `door_np` and `by_means`'s `by_doing` skip on the existing `HAS_BY`: it is set exactly
    /// when a token is "door" or "by".
    #[test]
    fn the_by_fact_is_door_or_by() {
        for toks in sentences() {
            let has = toks.iter().any(|t| t.is("door") || t.is("by"));
            assert_eq!(facts(&toks) & HAS_BY != 0, has, "{toks:?}");
        }
    }
}
