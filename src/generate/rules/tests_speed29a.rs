//! The byte-level helpers of the rules (speed29a) give what the string code they replace
//! gave, on every line and run of words of the shipped texts and on strings made for the
//! edges.

use super::{any_piece, clean_answer, demonstrative_word, first_word};
use crate::generate::lang::{DUTCH, ENGLISH, Language, Lexicon};

fn samples() -> Vec<String> {
    let mut out: Vec<String> = [
        "",
        " ",
        "  de",
        "de ",
        "de",
        "(such as x",
        "((zoals y",
        "een “citaat”",
        "“citaat”",
        "\"quoted\"",
        "ook de kikkers",
        "also the frogs",
        "daarna de",
        "these those this deze dit",
        "Wat maakt deze vluchten mogelijk?",
        "The answer ”",
        "e.g. this",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for t in crate::generate::shipped_texts() {
        for line in t.lines() {
            let words: Vec<&str> = line.split(' ').collect();
            for k in 0..words.len() {
                for n in [1, 2, 4] {
                    out.push(words[k..words.len().min(k + n)].join(" "));
                }
            }
        }
    }
    out
}

#[test]
fn any_piece_is_split_on_the_space() {
    let marker = |w: &str| {
        matches!(
            w.trim_start_matches('('),
            "such" | "including" | "like" | "e.g." | "zoals" | "waaronder"
        )
    };
    let demonstrative = |w: &str| matches!(w, "these" | "those" | "this" | "deze" | "dit");
    let (mut m, mut d) = (0, 0);
    for s in samples() {
        let want = s.split(' ').any(marker);
        let got = any_piece(&s, |w| {
            let w = &w[w.iter().take_while(|&&b| b == b'(').count()..];
            matches!(
                w,
                b"such" | b"including" | b"like" | b"e.g." | b"zoals" | b"waaronder"
            )
        });
        assert_eq!(got, want, "{s:?}");
        assert_eq!(
            demonstrative_word(&s),
            s.split(' ').any(demonstrative),
            "{s:?}"
        );
        m += usize::from(want);
        d += usize::from(demonstrative_word(&s));
    }
    assert!(m > 5 && d > 5, "{m} {d}");
}

#[test]
fn first_word_is_strip_prefix_of_a_word_and_a_space() {
    for s in samples() {
        for w in [
            "de", "het", "een", "the", "a", "an", "ook", "also", "daarna",
        ] {
            let want = s.strip_prefix(&format!("{w} "));
            let got = first_word(&s).filter(|(f, _)| *f == w).map(|(_, r)| r);
            assert_eq!(got, want, "{s:?} {w}");
        }
    }
}

/// `clean_answer` as it was before speed29a (main at 84b61ee), word for word.
#[rustfmt::skip]
fn clean_answer_before(lex: &Lexicon, s: &str) -> String {
    // slices of `s` until the end: one string made, not one per step
    let mut t = s
        .trim()
        .trim_end_matches([',', ';', ':', '.', ' ', '–', '-']);
    // a sentence adverb that stood before the object is no part of it ("maakt daarna
    // antistoffen aan" → "antistoffen"); one word alone stays
    for a in [
        "daarna ",
        "vervolgens ",
        "dan ",
        "ook ",
        "eerst ",
        "later ",
        "nu ",
        "vaak ",
        "meestal ",
        "soms ",
        "echter ",
        "dus ",
        "toch ",
        "nog ",
        "then ",
        "also ",
        "often ",
        "usually ",
        "sometimes ",
        "however ",
        "thus ",
        "therefore ",
    ] {
        if let Some(r) = t.strip_prefix(a) {
            t = r;
            break;
        }
    }
    for a in [
        "de ", "het ", "een ", "the ", "a ", "an ", "De ", "Het ", "Een ", "The ", "A ", "An ",
    ] {
        if let Some(r) = t.strip_prefix(a) {
            t = r;
            break;
        }
    }
    // a last word that is a conjunction or preposition goes (one word alone stays)
    // by bytes (' ', '(' and ')' are one byte each): no char searcher per answer
    while let Some(sp) = t.bytes().rposition(|b| b == b' ') {
        let last = &t[sp + 1..];
        let lower;
        let last = if last
            .bytes()
            .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
        {
            lower = last.to_lowercase();
            lower.as_str()
        } else {
            last
        };
        // "other health problems such": a list marker cut from its list goes too
        if !(lex.conjunctions.contains(&last)
            || lex.prepositions.contains(&last)
            || matches!(last, "such" | "including" | "zoals" | "waaronder"))
        {
            break;
        }
        t = t[..sp].trim_end_matches([',', ' ']);
    }
    // balance brackets and quotes
    if t.bytes().filter(|&b| b == b'(').count() != t.bytes().filter(|&b| b == b')').count()
        && let Some(p) = t.bytes().position(|b| b == b'(')
    {
        t = t[..p].trim();
    }
    // a closing pronunciation guide is no part of the answer: "osteoporosis
    // (AH-stee-oh-por-OH-sis)" → "osteoporosis"
    if t.ends_with(')')
        && let Some(p) = t.bytes().rposition(|b| b == b'(')
        && p > 0
        && super::pronunciation(&t[p + 1..t.len() - 1])
    {
        t = t[..p].trim();
    }
    t.trim_matches(|c| c == '“' || c == '”' || c == '"')
        .trim()
        .to_string()
}

#[test]
fn clean_answer_is_what_it_was() {
    let mut changed = 0;
    for lex in [DUTCH.lex(), ENGLISH.lex()] {
        for s in samples() {
            let now = clean_answer(lex, &s);
            assert_eq!(now, clean_answer_before(lex, &s), "{s:?}");
            changed += usize::from(now != s);
        }
    }
    assert!(changed > 100, "{changed}");
}
