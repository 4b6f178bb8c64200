//! Gaps of a chosen cloze that test nothing: a single lower-case word the document keeps
//! using ("{{c2::progress}}", "{{c1::soorten}}", "the {{c3::water}}"). A learner fills it in
//! from the text's subject alone, and such gaps rarely hold a teacher's fact (round 18: in
//! the tuning texts, showing them took 54 study cards off 1467 and 3 facts off 673). Each
//! gap is a study card of its own, so a cloze with another gap shows the word instead of
//! asking for it. The card itself stays: its other gaps decide.

use super::analyse::Analysis;
use super::rules::{Candidate, Rule};

/// How often the word's stem must occur in the document for its gap to count as weak.
const REPEATED: u32 = 3;

/// A gap of one lower-case word (no digit, no capital) whose stem the document repeats.
fn weak_gap(a: &Analysis, gap: &str) -> bool {
    !gap.contains(' ')
        && gap.chars().all(char::is_lowercase)
        && !a.lex().number_words.contains(&gap)
        && a.freq(gap) >= REPEATED
}

/// Words that join the members of a list: a gap next to one is a member ("prevention and
/// {{treatment}}", "{{mannetjes}} en koninginnetjes"), and a list is a fact as a whole.
const JOINERS: &[&str] = &["and", "or", "en", "of"];

/// The gap between `before` and `after` (the cloze text around its marker) is a list member.
fn in_list(before: &str, after: &str) -> bool {
    let (before, after) = (before.trim_end(), after.trim_start());
    before.ends_with(',')
        || after.starts_with(',')
        || before
            .rsplit(' ')
            .next()
            .is_some_and(|w| JOINERS.contains(&w))
        || after
            .split(' ')
            .next()
            .is_some_and(|w| JOINERS.contains(&w))
}

/// The single gap of a cloze text is a member of a list ("kleine zoogdieren en
/// {{c1::vogels}}"): the list, not the word, is what the card asks.
pub fn list_member(text: &str) -> bool {
    markers(text).is_some_and(|m| m.len() == 1 && in_list(&text[..m[0].0], &text[m[0].1..]))
}

/// `c` without its weak gaps, renumbered; unchanged when it is not a plain cloze
/// (a list's members are one fact together), has one gap, or has no gap but weak ones.
pub fn trim(a: &Analysis, c: &mut Candidate) {
    if !c.cloze || c.rule != Rule::Cloze {
        return;
    }
    // most clozes have one gap or no weak one: decide that from the answers before finding
    // the markers, without allocating
    if !c.back.contains('|') || !answers(&c.back).any(|g| weak_gap(a, g)) {
        return;
    }
    let gaps: Vec<&str> = answers(&c.back).collect();
    let Some(marks) = markers(&c.front) else {
        return;
    };
    if marks.len() != gaps.len() {
        return;
    }
    let weak: Vec<bool> = marks
        .iter()
        .map(|&(open, close, body)| {
            weak_gap(a, body) && !in_list(&c.front[..open], &c.front[close..])
        })
        .collect();
    if !weak.contains(&true) || weak.iter().all(|&w| w) {
        return;
    }
    c.front = unmark(&c.front, &marks, &weak);
    c.back = gaps
        .iter()
        .zip(&weak)
        .filter(|(_, w)| !**w)
        .map(|(g, _)| *g)
        .collect::<Vec<_>>()
        .join(" | ");
}

/// The answers of a cloze's back, which " | " separates (by a byte search: `split` sets
/// up a two-way searcher for every call).
fn answers(back: &str) -> impl Iterator<Item = &str> {
    super::tokens::split_short(back, " | ")
}

/// Each gap marker of a cloze text: where "{{cN::" starts, where "}}" ends, and its text;
/// None when a marker is malformed.
fn markers(text: &str) -> Option<Vec<(usize, usize, &str)>> {
    // (byte searches for '{', ':' and '}': a string pattern sets up a searcher per call)
    let bytes = text.as_bytes();
    let find = |from: usize, pat: &[u8; 2]| {
        memchr::memchr_iter(pat[0], &bytes[from..])
            .map(|o| from + o)
            .find(|&i| bytes.get(i + 1) == Some(&pat[1]))
    };
    let mut v = Vec::new();
    let mut from = 0;
    while let Some(open) = find(from, b"{{") {
        if bytes.get(open + 2) != Some(&b'c') {
            from = open + 1;
            continue;
        }
        let after = open + 3;
        let sep = find(after, b"::")?;
        let close = find(after, b"}}")?;
        if sep > close || !text[after..sep].bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        v.push((open, close + 2, &text[sep + 2..close]));
        from = close + 2;
    }
    Some(v)
}

/// The cloze text with the gaps marked in `drop` shown as plain text and the others
/// numbered again from 1.
fn unmark(text: &str, marks: &[(usize, usize, &str)], drop: &[bool]) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut at, mut kept) = (0, 0);
    for (&(open, close, body), &d) in marks.iter().zip(drop) {
        out.push_str(&text[at..open]);
        if d {
            out.push_str(body);
        } else {
            kept += 1;
            out.push_str(&format!("{{{{c{kept}::{body}}}}}"));
        }
        at = close;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::analyse::analyse;
    use crate::generate::lang::ENGLISH;
    use crate::generate::normalise::normalise;
    use crate::generate::sentences::sentences;

    #[test]
    fn a_cloze_that_trimming_makes_equal_to_another_is_dropped() {
        // "De {{c1::slakken}} zijn op {{c2::…}}" lost its weak gap and became the cloze of
        // the repeated sentence: the deck held one prompt twice and did not read back
        let text = "Slakken\nSlakk.\nDe slakken zijn op verschillende manieren in te delen.\ne\n\
                    De slakken zijn op verschillende manieren in te delen.";
        let sources = [crate::generate::Source {
            name: "slakken.txt".into(),
            text: text.into(),
        }];
        let deck = crate::generate::generate(&sources, &Default::default()).deck;
        let written = crate::decks::write(&deck).unwrap_or_default();
        assert!(
            crate::decks::parse(&written, "slakken.toml").is_ok(),
            "{written}"
        );
    }

    #[test]
    fn unmark_shows_dropped_gaps_and_renumbers() {
        let t = "The {{c1::tides}} move toward {{c2::the coast}} in {{c3::1687}}.";
        let marks = markers(t).unwrap_or_default();
        assert_eq!(marks.len(), 3);
        assert_eq!(
            unmark(t, &marks, &[true, false, false]),
            "The tides move toward {{c1::the coast}} in {{c2::1687}}."
        );
        assert_eq!(markers("a {{c1::b"), None);
    }

    #[test]
    fn a_repeated_one_word_gap_beside_a_better_one_is_shown() {
        let text = "Tides\n\nTides rise twice a day. Tides follow the moon. The moon pulls the \
                    water. Tides move the water toward the coast. The moon is bright. Newton explained tides in 1687.";
        let doc = normalise(text);
        let s = sentences(&doc);
        let a = analyse(&doc, &s, &ENGLISH);
        let cloze = |front: &str, back: &str, rule: Rule| Candidate {
            sent: 0,
            rule,
            front: front.to_string(),
            back: back.to_string(),
            cloze: true,
            typed: false,
            with_prev: false,
            adjust: 0,
        };
        let mut c = cloze(
            "{{c1::Newton}} explained {{c2::tides}} in {{c3::1687}}.",
            "Newton | tides | 1687",
            Rule::Cloze,
        );
        trim(&a, &mut c);
        assert_eq!(c.front, "{{c1::Newton}} explained tides in {{c2::1687}}.");
        assert_eq!(c.back, "Newton | 1687");
        // only weak gaps, a list, or a rare word: unchanged
        for (front, back, rule) in [
            (
                "The {{c1::tides}} follow the {{c2::moon}}.",
                "tides | moon",
                Rule::Cloze,
            ),
            (
                "Such as {{c1::tides}} and {{c2::waves}}.",
                "tides | waves",
                Rule::List,
            ),
            (
                "{{c1::Newton}} explained {{c2::gravity}}.",
                "Newton | gravity",
                Rule::Cloze,
            ),
            // a list member: "{{tides}} and waves", "waves, {{tides}}"
            (
                "{{c1::Newton}} explained {{c2::tides}} and waves.",
                "Newton | tides",
                Rule::Cloze,
            ),
            (
                "{{c1::Newton}} explained waves, {{c2::tides}}.",
                "Newton | tides",
                Rule::Cloze,
            ),
        ] {
            let mut c = cloze(front, back, rule);
            trim(&a, &mut c);
            assert_eq!((c.front.as_str(), c.back.as_str()), (front, back));
        }
    }
}
