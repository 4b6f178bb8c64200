//! Quantities written in words that the number tests miss: "one billion", "een kwart",
//! "de helft", "a single dose". Teachers ask "how many / which share?" about them, and
//! without a gap of their own the cloze blanks a noun of the same sentence instead.

use super::tokens::{Kind, Tok};

/// The gap of a spelled quantity starting at `k` (before `end`): its end and its rank
/// (1: an amount with its scale, like "45 mg"; 5: a share or a count, like "two").
/// (Inlined: the cloze asks this of every token and most are turned away by the first
/// test, so the call is made only for the few that pass it.)
#[inline]
pub fn spelled_quantity(toks: &[Tok], k: usize, end: usize) -> Option<(usize, u8)> {
    let t = toks.get(k)?;
    // every quantity starts with a word: a number or a mark is turned away before the tests
    if t.kind != Kind::Word {
        return None;
    }
    // and each test below needs an article, or a word that opens with "o", "e", "é", "h" or
    // "s" ("one", "een-", "één", "half", "single", "enkele") or ends in "tal": one look at
    // the first byte turns most words away (the cloze asks this of every token)
    let l = t.lower.as_bytes();
    if !(t.article()
        || matches!(l.first(), Some(b'o' | b'e' | b'h' | b's' | 0xC3))
        || l.ends_with(b"tal"))
    {
        return None;
    }
    quantity_at(toks, t, k, end)
}

/// `spelled_quantity`'s tests for a token `t` (at `k`) that passed its first-byte test.
fn quantity_at(toks: &[Tok], t: &Tok, k: usize, end: usize) -> Option<(usize, u8)> {
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
    // "één procent", "one percent": "één" with a unit after it is an amount like "1 %"
    // (a noun after it is a count of one and stays out: "één cilinder")
    if matches!(t.lower.as_str(), "one" | "één") && next(k + 1).is_some_and(Tok::unit) {
        return Some((k + 2, 1));
    }
    // "een zestigtal", "een tiental": a Dutch round count, asked as "hoeveel?"
    if t.lower
        .strip_suffix("tal")
        .is_some_and(|stem| TAL_STEMS.contains(&stem))
    {
        return Some((k + 1, 5));
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
    // "one-third of", one token: the same share as "one third of". A prefix test, not a
    // search for the hyphen in every token of the sentence: none of the three words holds one
    if let Some(part) = ["one-", "een-", "één-"]
        .iter()
        .find_map(|one| t.lower.as_str().strip_prefix(one))
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

/// The number words a Dutch "-tal" count is made of ("tiental", "zestigtal", "honderdtal");
/// "aantal" and "getal" are no counts.
const TAL_STEMS: &[&str] = &[
    "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
    "vijftien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
    "negentig", "honderd", "duizend",
];

/// A lower-case content word: part of a noun phrase.
fn plain_word(t: Option<&Tok>) -> bool {
    t.is_some_and(|n| n.kind == Kind::Word && !n.cap && !n.stop() && !n.prep() && !n.conj())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    /// The gap starting at every token of `text`.
    fn gaps(toks: &[Tok]) -> Vec<Option<(usize, u8)>> {
        (0..toks.len())
            .map(|k| spelled_quantity(toks, k, toks.len()))
            .collect()
    }

    #[test]
    fn one_with_a_unit_and_a_dutch_round_count_are_quantities() {
        let toks = DUTCH.lex().tokenize(
            "Ze hadden een efficiëntie van minder dan één procent en een zestigtal soorten.",
        );
        let g = gaps(&toks);
        let at = |w: &str| toks.iter().position(|t| t.lower == w).unwrap();
        assert_eq!(g[at("één")], Some((at("één") + 2, 1)), "{toks:?}");
        assert_eq!(
            g[at("zestigtal")],
            Some((at("zestigtal") + 1, 5)),
            "{toks:?}"
        );
        let toks = ENGLISH
            .lex()
            .tokenize("The efficiency was less than one percent of the total.");
        let g = gaps(&toks);
        let one = toks.iter().position(|t| t.lower == "one").unwrap();
        assert_eq!(g[one], Some((one + 2, 1)), "{toks:?}");
    }

    #[test]
    fn one_with_a_noun_and_words_on_tal_that_count_nothing_are_no_quantities() {
        let toks = DUTCH
            .lex()
            .tokenize("Het had één cilinder, een groot aantal delen en een getal, het totaal.");
        assert!(gaps(&toks).iter().all(Option::is_none), "{toks:?}");
        let toks = ENGLISH
            .lex()
            .tokenize("One day the total metal output was one cylinder.");
        assert!(gaps(&toks).iter().all(Option::is_none), "{toks:?}");
    }

    #[test]
    fn each_first_word_the_byte_test_lets_through_starts_its_quantity() {
        // one case for each letter of the first-byte test, and an article
        let toks = ENGLISH
            .lex()
            .tokenize("Half of it took a single dose, and a quarter of the rest one billion.");
        let g = gaps(&toks);
        let at = |w: &str| toks.iter().position(|t| t.lower == w).unwrap();
        assert_eq!(g[at("half")], Some((at("half") + 1, 5)), "{toks:?}");
        assert_eq!(g[at("single")], Some((at("single") + 2, 5)), "{toks:?}");
        assert_eq!(
            g[at("quarter") - 1],
            Some((at("quarter") + 1, 5)),
            "{toks:?}"
        );
        assert_eq!(g[at("one")], Some((at("one") + 2, 1)), "{toks:?}");
        let toks = DUTCH
            .lex()
            .tokenize("Na een enkele dosis bleef de helft van de rest over.");
        let g = gaps(&toks);
        let at = |w: &str| toks.iter().position(|t| t.lower == w).unwrap();
        assert_eq!(g[at("enkele")], Some((at("enkele") + 2, 5)), "{toks:?}");
        assert_eq!(g[at("helft") - 1], Some((at("helft") + 1, 5)), "{toks:?}");
    }

    #[test]
    fn a_hyphenated_share_is_found_by_its_prefix_and_marks_and_numbers_start_none() {
        let toks = ENGLISH
            .lex()
            .tokenize("Deserts cover one-third of the land, 2 one-sided half-way one- of it.");
        let g = gaps(&toks);
        assert_eq!(g[2], Some((3, 5)), "{toks:?}");
        let others: Vec<_> = g
            .iter()
            .enumerate()
            .filter(|(k, x)| *k != 2 && x.is_some())
            .collect();
        assert!(others.is_empty(), "{others:?}");
        let toks = DUTCH
            .lex()
            .tokenize("Het is één-derde van het land, of een-kwart van 3.");
        let g = gaps(&toks);
        assert_eq!(g[2], Some((3, 5)), "{toks:?}");
        assert_eq!(g[8], Some((9, 5)), "{toks:?}");
        let marks = toks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind != Kind::Word);
        assert!(marks.clone().count() >= 3);
        for (k, _) in marks {
            assert_eq!(g[k], None);
        }
    }
}
