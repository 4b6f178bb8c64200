//! A small table of short words, each packed into a `u64`: the look-ups asked for nearly
//! every word of every document (the other-language check's stop words, the tokenizer's
//! word lists). A key is a multiply from its slot, and a probe compares one integer
//! instead of hashing and comparing a string.

/// The longest word a key holds.
pub const MAX_LEN: usize = 8;

/// The key of a word of 1 to `MAX_LEN` bytes, none of them 0: its bytes, the first
/// highest. No byte is 0, so words of different lengths never share a key, and no key is
/// 0 (the empty slot).
pub fn pack(w: &[u8]) -> u64 {
    // without a loop over the bytes: its exit, at a different length from word to word,
    // was the look-up's most mispredicted branch. Two loads that may overlap (an
    // overlapping byte lands on the same place in both, so the `|` keeps it)
    let n = w.len();
    match (w.get(..4), w.get(n.saturating_sub(4)..)) {
        (Some(first), Some(last)) if n <= MAX_LEN => {
            let be = |x: &[u8]| x.try_into().map_or(0, |a| u64::from(u32::from_be_bytes(a)));
            be(first) << (8 * (n - 4)) | be(last)
        }
        _ if (1..4).contains(&n) => {
            u64::from(w[0]) << (8 * (n - 1))
                | u64::from(w[n / 2]) << (8 * (n - 1 - n / 2))
                | u64::from(w[n - 1])
        }
        _ => w.iter().fold(0, |k, &b| k << 8 | u64::from(b)),
    }
}

/// Open addressing with linear probing over a power-of-two number of slots, at most half
/// full: a probe rarely goes past its second slot. A slot holds its key and its value side
/// by side: the tables are larger than the first-level cache, and a hit then reads one
/// cache line instead of one in each of two arrays.
pub struct ShortWords<V> {
    slots: Vec<(u64, V)>,
    shift: u32,
}

impl<V: Copy + Default> ShortWords<V> {
    /// The table of these (word, value) pairs; a word longer than `MAX_LEN`, empty or
    /// holding a 0 byte is left out, and a repeated word keeps the `merge` of its values.
    pub fn build<'a>(
        words: impl Iterator<Item = (&'a [u8], V)>,
        merge: impl Fn(V, V) -> V,
    ) -> ShortWords<V> {
        let words: Vec<(u64, V)> = words
            .filter(|(w, _)| !w.is_empty() && w.len() <= MAX_LEN && !w.contains(&0))
            .map(|(w, v)| (pack(w), v))
            .collect();
        let slots = (words.len() * 2).next_power_of_two().max(16);
        let mut table = ShortWords {
            slots: vec![(0, V::default()); slots],
            shift: 64 - slots.trailing_zeros(),
        };
        for (key, value) in words {
            let mut s = table.slot(key);
            while table.slots[s].0 != 0 && table.slots[s].0 != key {
                s = (s + 1) & (slots - 1);
            }
            let (k, v) = table.slots[s];
            table.slots[s] = (key, if k == key { merge(v, value) } else { value });
        }
        table
    }
    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }
    /// The value of the word whose key is `key` (see `pack`), `V::default()` when it is
    /// not listed.
    #[inline]
    pub fn get(&self, key: u64) -> V {
        let mask = self.slots.len() - 1;
        let mut s = self.slot(key);
        loop {
            match self.slots.get(s) {
                Some(&(k, v)) if k == key => return v,
                Some(&(k, _)) if k != 0 => s = (s + 1) & mask,
                _ => return V::default(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_and_others_are_not() {
        let words: Vec<String> = (0..300).map(|i| format!("w{i}")).collect();
        let table = ShortWords::build(
            words.iter().map(|w| (w.as_bytes(), 1u8)).chain([
                (&b"de"[..], 2u8),
                (&b"de"[..], 4),
                (&b"toolongword"[..], 8),
            ]),
            |x, y| x | y,
        );
        for w in &words {
            assert_eq!(table.get(pack(w.as_bytes())), 1, "{w}");
        }
        assert_eq!(table.get(pack(b"de")), 6);
        for w in ["x1", "w300", "d", "e", "ed", "dee", "toolongw"] {
            assert_eq!(table.get(pack(w.as_bytes())), 0, "{w}");
        }
    }

    /// The two-load key is the bytes' fold, first byte highest, for every length (longer
    /// words keep their last eight bytes, as the fold does).
    #[test]
    fn pack_is_the_fold_of_the_bytes() {
        let fold = |w: &[u8]| w.iter().fold(0u64, |k, &b| k << 8 | u64::from(b));
        let bytes: Vec<u8> = (1..=40u8).map(|i| i.wrapping_mul(37) | 1).collect();
        for n in 0..=12 {
            for start in 0..8 {
                let w = &bytes[start..start + n];
                assert_eq!(pack(w), fold(w), "{w:?}");
            }
        }
        for w in [
            "a", "de", "het", "een", "door", "vitamine", "k2", "'s", "zo'n",
        ] {
            assert_eq!(pack(w.as_bytes()), fold(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn words_of_other_lengths_have_other_keys() {
        assert_ne!(pack(b"a"), pack(b"aa"));
        assert_ne!(pack(b"ab"), pack(b"b"));
        assert_eq!(pack(b"ab"), u64::from(b'a') << 8 | u64::from(b'b'));
    }
}
