//! Stable note ids from content, so that re-importing (or re-generating) a deck file finds the
//! notes it made before. The hash is FNV-1a 64, written out here because it must never change
//! between versions of recall or of a dependency.

use unicode_normalization::UnicodeNormalization;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv1a(bytes: impl Iterator<Item = u8>, mut hash: u64) -> u64 {
    for b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// NFC, trimmed, inner whitespace collapsed to one space: edits that change nothing a reader
/// sees do not change the id.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let push = |word: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    };
    if text.is_ascii() {
        // ASCII is already NFC.
        text.split_whitespace().for_each(push);
    } else {
        let nfc: String = text.nfc().collect();
        nfc.split_whitespace().for_each(push);
    }
    out
}

/// The id of a note without an explicit one: 16 hex digits from the deck name, the kind of
/// note and its prompt (the front, or the cloze text). The back is left out on purpose, so
/// correcting an answer keeps the card's progress.
pub fn content_id(deck: &str, kind: &str, prompt: &str) -> String {
    format!("{:016x}", content_hash(deck, kind, prompt))
}

/// The number [`content_id`] writes out.
pub fn content_hash(deck: &str, kind: &str, prompt: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    for part in [deck, kind, &normalize(prompt)] {
        hash = fnv1a(part.bytes(), hash);
        hash = fnv1a(std::iter::once(0u8), hash);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fixed_forever() {
        // Changing this value would give every existing card a new id: never do it. (Checked
        // against an independent FNV-1a 64 implementation.)
        assert_eq!(
            content_id("Vitamine K2", "basic", "Wat is MGP?"),
            "3c49eb6c1c7231ba"
        );
    }

    #[test]
    fn invisible_edits_keep_the_id() {
        let a = content_id("D", "basic", "Wat  is\tMGP? ");
        assert_eq!(a, content_id("D", "basic", "Wat is MGP?"));
        // "ï" precomposed vs decomposed
        assert_eq!(
            content_id("D", "basic", "prote\u{ef}ne"),
            content_id("D", "basic", "prote\u{69}\u{308}ne")
        );
    }

    #[test]
    fn deck_kind_and_prompt_all_count() {
        let base = content_id("D", "basic", "Q?");
        assert_ne!(base, content_id("E", "basic", "Q?"));
        assert_ne!(base, content_id("D", "cloze", "Q?"));
        assert_ne!(base, content_id("D", "basic", "Q!"));
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        assert_ne!(content_id("ab", "c", "x"), content_id("a", "bc", "x"));
    }
}
