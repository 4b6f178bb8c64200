//! Whether a line's function words vote for the other language (`other_language_share`),
//! decided as soon as the words left cannot change the answer: in a one-language document
//! nearly every line is read for a vote that is clear half-way through it.

use super::read_votes;

/// `v[other] >= 3 && v[other] >= 2 * v[mine]` for `v = stop_word_votes(line)`.
pub(super) fn votes_for(line: &str, other: usize, mine: usize) -> bool {
    let most = word_bound(line.as_bytes());
    let v = read_votes(line, |v, read| {
        // each word left adds at most one vote for `other`, and votes for `mine` only grow
        let reach = v[other] + most.saturating_sub(read);
        reach < 3 || reach < 2 * v[mine]
    });
    v[other] >= 3 && v[other] >= 2 * v[mine]
}

/// At least the number of words `read_votes` finds in `bytes` (runs of letters and
/// apostrophes, a non-ASCII letter read as one): every place where an ASCII letter or
/// apostrophe follows another byte, plus every byte that starts a non-ASCII character.
/// Each word starts at one of those places (a word that starts with an ASCII letter
/// follows a byte that is no ASCII letter, or the word would start earlier), so no word is
/// missed. Counted over byte pairs without a branch, so that the loop vectorises; the
/// bound is additive over a split between words, so the words left after `read` words
/// are at most `word_bound - read`.
fn word_bound(bytes: &[u8]) -> usize {
    let letter = |b: u8| (b | 0x20).wrapping_sub(b'a') < 26 || b == b'\'';
    let first = bytes
        .first()
        .map_or(0, |&b| usize::from(letter(b) | (b >= 0xC0)));
    let (before, after) = (bytes, bytes.get(1..).unwrap_or_default());
    // byte counters over pieces of 128 pairs (at most 128 starts: no overflow)
    before
        .chunks(128)
        .zip(after.chunks(128))
        .map(|(x, y)| {
            let starts = x.iter().zip(y).fold(0u8, |acc, (&p, &q)| {
                acc + u8::from((letter(q) & !letter(p)) | (q >= 0xC0))
            });
            usize::from(starts)
        })
        .sum::<usize>()
        + first
}

#[cfg(test)]
mod tests {
    use super::super::{all, stop_word_votes};
    use super::*;

    /// The words `read_votes` reads (by its own count).
    fn words_read(line: &str) -> usize {
        let mut n = 0;
        read_votes(line, |_, read| {
            n = read;
            false
        });
        n
    }

    fn lines() -> Vec<String> {
        let mut lines: Vec<String> = [
            "",
            "a",
            "'",
            "The Sun is the star at the center of our solar system.",
            "Het café is een plek waar de mensen van de stad en het dorp komen.",
            "MK-7 en MK-4, 1,5 mg/dag; vitamine-K2 (menaquinon) don't d'r",
            "über straße ÉÉN zó — «het» ‘de’ \u{212a}AN ĲSSEL İ Ｔｈｅ 日本語 αβγ a—b x…y",
            "aéb éa ü a\u{301}b 'n 't",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for text in crate::generate::shipped_texts() {
            lines.extend(text.lines().map(str::to_string));
        }
        lines
    }

    #[test]
    fn the_bound_is_never_under_the_words_read() {
        let mut tight = 0;
        for line in lines() {
            let (bound, read) = (word_bound(line.as_bytes()), words_read(&line));
            assert!(bound >= read, "{bound} < {read}: {line:?}");
            tight += usize::from(bound == read && read > 8);
        }
        assert!(tight > 100, "{tight}");
    }

    /// The early end gives the vote of the whole line, both ways round, on every line of
    /// the shipped texts and on lines made to vote for each language.
    #[test]
    fn the_early_end_gives_the_whole_lines_vote() {
        let mut lines = lines();
        let nl = "het de een van en is dat die";
        let en = "the of and a to is that it";
        for (n, e) in [
            (0, 3),
            (1, 3),
            (1, 2),
            (2, 4),
            (3, 6),
            (2, 5),
            (0, 2),
            (5, 0),
        ] {
            let mut words: Vec<&str> = Vec::new();
            words.extend(nl.split(' ').take(n));
            words.extend(en.split(' ').take(e));
            lines.push(words.join(" "));
            words.reverse();
            lines.push(format!("vitamine {} kalk", words.join(" ")));
        }
        let mut other = 0;
        for line in &lines {
            let v = stop_word_votes(line);
            for (mine, o) in [(0, 1), (1, 0)] {
                let whole = v[o] >= 3 && v[o] >= 2 * v[mine];
                assert_eq!(votes_for(line, o, mine), whole, "{line:?}");
                other += usize::from(whole);
            }
        }
        assert!(other > 20, "{other}");
        assert_eq!(all().len(), 2);
    }
}
