//! A short constant word list that answers "is this token in it?" for most tokens without a
//! string comparison. `refuse_content` asks several lists about every token of a question
//! (taste adjectives, dangling pronouns, quantifiers): a scan compares the token with each
//! listed word in turn, and almost every token is in none of them. The lengths and first
//! bytes of the listed words, kept as bit sets, turn most tokens away first.

/// `words` with the set of their lengths (bit `min(len, 63)`) and of their first bytes.
pub(super) struct WordList {
    words: &'static [&'static str],
    lengths: u64,
    firsts: [u64; 4],
}

impl WordList {
    pub(super) const fn new(words: &'static [&'static str]) -> WordList {
        let mut lengths = 0u64;
        let mut firsts = [0u64; 4];
        let mut i = 0;
        while i < words.len() {
            let b = words[i].as_bytes();
            lengths |= 1 << length_bit(b.len());
            if !b.is_empty() {
                firsts[(b[0] >> 6) as usize] |= 1 << (b[0] & 63);
            }
            i += 1;
        }
        WordList {
            words,
            lengths,
            firsts,
        }
    }

    /// `words.contains(&w)`.
    #[inline]
    pub(super) fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if self.lengths >> length_bit(b.len()) & 1 == 0 {
            return false;
        }
        if let Some(&f) = b.first()
            && self.firsts[usize::from(f >> 6)] >> (f & 63) & 1 == 0
        {
            return false;
        }
        self.words.contains(&w)
    }
}

/// The bit of a length in `WordList::lengths`: lengths of 63 and more share the last one.
const fn length_bit(len: usize) -> u32 {
    if len < 63 { len as u32 } else { 63 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_is_the_slice_contains() {
        const WORDS: &[&str] = &[
            "hij",
            "ze",
            "these",
            "daarvan",
            "é",
            "",
            "an-extraordinarily-long-word-that-runs-past-sixty-three-bytes-in-all",
        ];
        const LIST: WordList = WordList::new(WORDS);
        const NO_EMPTY: WordList = WordList::new(&["it", "its"]);
        let mut probes: Vec<String> = vec![
            "",
            "h",
            "hi",
            "hij",
            "hijs",
            "Hij",
            "zij",
            "ze",
            "zee",
            "e",
            "é",
            "è",
            "these",
            "those",
            "thesE",
            "daarvan",
            "daarvan ",
            "an-extraordinarily-long-word-that-runs-past-sixty-three-bytes-in-all",
            "an-extraordinarily-long-word-that-runs-past-sixty-three-bytes-in-alL",
            "x-extraordinarily-long-word-that-runs-past-sixty-three-bytes-in-all",
            "it",
            "its",
            "itself",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        // every prefix and suffix of every listed word
        for w in WORDS {
            for (i, _) in w.char_indices() {
                probes.push(w[..i].to_string());
                probes.push(w[i..].to_string());
            }
        }
        for p in &probes {
            assert_eq!(LIST.contains(p), WORDS.contains(&p.as_str()), "{p:?}");
            assert_eq!(
                NO_EMPTY.contains(p),
                ["it", "its"].contains(&p.as_str()),
                "{p:?}"
            );
        }
    }
}
