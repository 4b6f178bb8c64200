//! Quantities written in words that the number tests miss: "one billion", "een kwart",
//! "de helft", "a single dose". Teachers ask "how many / which share?" about them, and
//! without a gap of their own the cloze blanks a noun of the same sentence instead.

use super::tokens::{Kind, Tok};

/// The gap of a spelled quantity starting at `k` (before `end`): its end and its rank
/// (1: an amount with its scale, like "45 mg"; 5: a share or a count, like "two").
pub fn spelled_quantity(toks: &[Tok], k: usize, end: usize) -> Option<(usize, u8)> {
    let t = toks.get(k)?;
    let next = |j: usize| toks.get(j).filter(|_| j < end);
    // "one billion", "één miljoen": "one" is no number word (it is a pronoun too), but
    // with a scale after it, it is a figure
    if matches!(t.lower.as_str(), "one" | "één")
        && next(k + 1).is_some_and(|n| {
            matches!(
                n.lower.as_str(),
                "hundred" | "thousand" | "million" | "billion" | "miljoen" | "miljard"
            )
        })
    {
        return Some((k + 2, 1));
    }
    // "een kwart van", "de helft van", "a quarter of", "half of": a share of something;
    // only with "van"/"of" after it ("een derde soort" is an ordinal, "half open" no share)
    let of = |j: usize| next(j).is_some_and(|n| n.is("of") || n.is("van"));
    let share = |w: &str| {
        matches!(
            w,
            "kwart" | "helft" | "derde" | "quarter" | "third" | "half" | "fifth" | "vijfde"
        )
    };
    // "a half of a meter": a share of a unit is an amount, the unit with it
    let with_unit = |e: usize| {
        let u = if next(e + 1).is_some_and(Tok::article) {
            e + 2
        } else {
            e + 1
        };
        if next(u).is_some_and(Tok::unit) {
            u + 1
        } else {
            e
        }
    };
    if (t.article() || t.is("one")) && next(k + 1).is_some_and(|n| share(&n.lower)) && of(k + 2) {
        return Some((with_unit(k + 2), 5));
    }
    // "one-third of", one token: the same share as "one third of"
    if let Some((one, part)) = t.lower.as_str().split_once('-')
        && matches!(one, "one" | "een" | "één")
        && share(part)
        && of(k + 1)
    {
        return Some((with_unit(k + 1), 5));
    }
    if t.is("half") && of(k + 1) && (k == 0 || !toks[k - 1].article()) {
        return Some((with_unit(k + 1), 5));
    }
    // "a single dose", "een enkele dosis": a count of one, with the noun it counts (all of
    // it: "a single amino acid change")
    if (t.is("single") && k > 0 && toks[k - 1].is("a")
        || t.is("enkele") && k > 0 && toks[k - 1].is("een"))
        && plain_word(next(k + 1))
    {
        let mut e = k + 2;
        while e < k + 4 && plain_word(next(e)) && !next(e).is_some_and(Tok::finite) {
            e += 1;
        }
        return Some((e, 5));
    }
    None
}

/// A lower-case content word: part of a noun phrase.
fn plain_word(t: Option<&Tok>) -> bool {
    t.is_some_and(|n| n.kind == Kind::Word && !n.cap && !n.stop() && !n.prep() && !n.conj())
}
