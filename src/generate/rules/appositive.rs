//! Appositions, round 13: "…, one of the Y" is an apposition that singles out its anchor
//! like a superlative does, and an apposition whose description repeats its anchor's words
//! is asked the other way round.

use super::{Ctx, Rule, tidy};
use crate::generate::analyse::np_span_before;
use crate::generate::check;
use crate::generate::tokens::{Kind, Tok};

/// "one of the two largest impact basins", "een van de grootste": the description at `y`
/// picks its anchor out of a group.
pub(super) fn one_of(toks: &[Tok], y: usize) -> bool {
    toks.get(y)
        .is_some_and(|t| t.is("one") || t.is("een") || t.is("één"))
        && toks.get(y + 1).is_some_and(|t| t.is("of") || t.is("van"))
        && toks.get(y + 2).is_some_and(|t| t.article())
}

/// "In 1916 publiceerde Einstein de algemene relativiteitstheorie, een nieuwe theorie over
/// de zwaartekracht": "Wat is een nieuwe theorie over de zwaartekracht?" would show its
/// answer ("theorie" in "relativiteitstheorie"), so the anchor is asked for its description
/// instead: "Wat is de algemene relativiteitstheorie?" → een nieuwe theorie over de
/// zwaartekracht. Only for a definite common noun phrase (de/het/the, no name) and a
/// description of at least two content words; true when the question `q` was replaced (or
/// would have been refused anyway).
pub(super) fn ask_the_anchor(
    cx: &mut Ctx,
    q: &str,
    from: usize,
    np_end: usize,
    y_from: usize,
    y_end: usize,
) -> bool {
    let toks = cx.toks();
    let lex = cx.lex();
    let anchor = cx.sp(from, np_end);
    if !check::leaks(lex, q, anchor) {
        return false;
    }
    let content = toks[y_from..y_end].iter().filter(|t| !t.stop()).count();
    if !matches!(toks[from].lower.as_str(), "de" | "het" | "the")
        || content < 2
        || (from + 1..np_end).any(|x| super::super::analyse::is_name_tok(cx.a, &cx.s.text, toks, x))
    {
        return true;
    }
    let anchor = if from == 0 {
        cx.a.unstart(anchor)
    } else {
        anchor.to_string()
    };
    let plural = super::super::simplify::plural_phrase(cx.a, &anchor);
    let q = cx.a.lang.what_is(&anchor, plural);
    let desc = cx.sp(y_from, y_end).to_string();
    cx.push(Rule::Apposition, tidy(&q), &desc, false);
    true
}

/// "… opgebouwd door koraalpoliepen, levende wezens uit de groep van de neteldieren." /
/// "… made by corals, small animals of the cnidarian group.": a plural description without
/// an article after a plural noun says what the noun's members are: "Wat zijn
/// koraalpoliepen?" → levende wezens uit de groep van de neteldieren. Not a list: the
/// description has a phrase of its own (a preposition after its head), no conjunction, verb
/// or relative, and closes the sentence or is followed by its verb; the anchor follows no
/// comma (a list member) and is no name.
pub(super) fn bare_plural(cx: &mut Ctx) {
    // the description follows a comma: a sentence without one is not scanned
    if !cx.has(super::HAS_COMMA) {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    let end = crate::generate::clause::body_end(toks);
    for k in 1..end.saturating_sub(3) {
        if !toks[k].is_punct(",") {
            continue;
        }
        let y0 = k + 1;
        let first = &toks[y0];
        if first.kind != Kind::Word
            || first.cap
            || first.stop()
            || first.prep()
            || first.conj()
            || first.number_word()
        {
            continue;
        }
        // "…, building up sheets of calcite like icing": an English -ing word before a
        // particle, article or preposition opens a participle clause, no description
        // (round 30)
        if !lex.dutch
            && first.lower.len() > 5
            && first.lower.ends_with("ing")
            && toks.get(y0 + 1).is_some_and(|n| {
                n.prep()
                    || n.article()
                    || n.stop()
                    || matches!(
                        n.lower.as_str(),
                        "up" | "down" | "out" | "off" | "away" | "back"
                    )
            })
        {
            continue;
        }
        let y1 = (y0..end)
            .find(|&x| toks[x].kind == Kind::Punct && !toks[x].is_punct("-"))
            .unwrap_or(end);
        // the description's head: the word before its first preposition
        let Some(p) = (y0 + 1..y1).find(|&x| toks[x].prep()) else {
            continue;
        };
        let head = &toks[p - 1].lower;
        let plural = if lex.dutch {
            head.ends_with("en") || head.ends_with('s')
        } else {
            head.ends_with('s') && !head.ends_with("ss")
        };
        if !(3..=10).contains(&(y1 - y0))
            || !plural
            || p - y0 > 3
            || toks[y0..y1].iter().any(|t| {
                t.conj()
                    || t.finite()
                    || t.relative() && !t.article()
                    || t.pronoun() && !t.article()
            })
        {
            continue;
        }
        // the sentence ends after the description, or its verb follows
        if !(y1 == end || toks[y1].is_punct(",") && toks.get(y1 + 1).is_some_and(|t| t.finite())) {
            continue;
        }
        let Some((a0, a1)) = np_span_before(lex, toks, k) else {
            continue;
        };
        let anchor_plural = {
            let h = &toks[a1 - 1].lower;
            if lex.dutch {
                h.ends_with("en") || h.ends_with('s')
            } else {
                h.ends_with('s') && !h.ends_with("ss")
            }
        };
        // "hebben gifklieren in de scharen, schorpioenen in de bekende gifstekel": the same
        // preposition before the anchor and in the description is a second clause with its
        // verb left out (gapping), no apposition (round 14)
        let gapped = a0 > 0 && toks[a0 - 1].prep() && toks[a0 - 1].lower == toks[p].lower;
        if a1 != k
            || a1 - a0 > 3
            || !anchor_plural
            || gapped
            || a0 > 0 && toks[a0 - 1].is_punct(",")
            || toks[a0..a1]
                .iter()
                .any(|t| t.pronoun() && !t.article() || t.demonstrative() || t.kind != Kind::Word)
            || (a0..a1).any(|x| super::super::analyse::is_name_tok(cx.a, &cx.s.text, toks, x))
        {
            continue;
        }
        let anchor = if a0 == 0 {
            cx.a.unstart(cx.sp(a0, a1))
        } else {
            cx.sp(a0, a1).to_string()
        };
        let q = cx.a.lang.what_is(&anchor, true);
        let desc = cx.sp(y0, y1).to_string();
        cx.push(Rule::Apposition, tidy(&q), &desc, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn a_gapped_clause_is_no_apposition() {
        let c = cards(
            &DUTCH,
            "De wespen hebben een angel in het achterlijf, bijen in de punten van hun lijf.",
        );
        assert!(
            !c.iter().any(|(r, _, _)| *r == Rule::Apposition),
            "no apposition expected, got {c:#?}"
        );
        let c = cards(
            &DUTCH,
            "De slangen hebben gifklieren in de kaken, vipers in de bekende gifstekel.",
        );
        assert!(
            !c.iter().any(|(r, _, _)| *r == Rule::Apposition),
            "no apposition expected, got {c:#?}"
        );
    }

    #[test]
    fn one_of_a_group_is_an_apposition() {
        assert_card(
            &ENGLISH,
            "The hot spot built Mauna Loa, one of the largest volcanoes on Earth.",
            Rule::Apposition,
            "What is one of the largest volcanoes on Earth?",
            "Mauna Loa",
        );
        assert_card(
            &DUTCH,
            "Door de hete vlek ontstond de Mauna Loa, een van de grootste vulkanen op aarde.",
            Rule::Apposition,
            "Wat is een van de grootste vulkanen op aarde?",
            "Mauna Loa",
        );
        // "one queen, a few hundred drones": a count, no apposition
        let c = cards(
            &ENGLISH,
            "A colony has one queen, one of the largest bees, and thousands of workers.",
        );
        assert!(!c.iter().any(|(r, ..)| *r == Rule::Apposition), "{c:#?}");
    }

    #[test]
    fn a_description_that_repeats_its_anchor_is_asked_the_other_way_round() {
        assert_card(
            &DUTCH,
            "In 1916 publiceerde Einstein de algemene relativiteitstheorie, een nieuwe theorie over de zwaartekracht.",
            Rule::Apposition,
            "Wat is de algemene relativiteitstheorie?",
            "nieuwe theorie over de zwaartekracht",
        );
        assert_card(
            &ENGLISH,
            "The team studied the immune response, a defence response of the body against infection.",
            Rule::Apposition,
            "What is the immune response?",
            "defence response of the body against infection",
        );
        // a description that does not repeat its anchor keeps asking for the anchor
        assert_card(
            &DUTCH,
            "Vaak eten ze tempeh, een Indonesisch product van gefermenteerde sojabonen.",
            Rule::Apposition,
            "Wat is een Indonesisch product van gefermenteerde sojabonen?",
            "tempeh",
        );
    }

    #[test]
    fn a_description_keeps_its_relative_clause_and_its_verb() {
        assert_card(
            &DUTCH,
            "Voor de mens is ijzer een essentieel mineraal, een stof die enkel uit voeding kan worden verkregen.",
            Rule::Apposition,
            "Wat is een essentieel mineraal?",
            "stof die enkel uit voeding kan worden verkregen",
        );
        assert_card(
            &ENGLISH,
            "For humans, iron is an essential mineral, a nutrient that must come from food.",
            Rule::Apposition,
            "What is an essential mineral?",
            "nutrient that must come from food",
        );
    }

    #[test]
    fn a_plural_description_without_article_says_what_the_members_are() {
        assert_card(
            &DUTCH,
            "Een rif wordt opgebouwd door koraalpoliepen, kleine dieren uit de groep van de neteldieren.",
            Rule::Apposition,
            "Wat zijn koraalpoliepen?",
            "kleine dieren uit de groep van de neteldieren",
        );
        assert_card(
            &ENGLISH,
            "Signals cross synapses, communication points between neurons.",
            Rule::Apposition,
            "What are synapses?",
            "communication points between neurons",
        );
        // a list of plurals, and a member of one, are no apposition
        for (lang, text) in [
            (
                &DUTCH as &'static dyn crate::generate::lang::Language,
                "De tuin trekt bijen, vlinders met felle kleuren en zweefvliegen aan.",
            ),
            (
                &ENGLISH,
                "The garden attracts bees, butterflies, moths with bright wings.",
            ),
        ] {
            let c = cards(lang, text);
            assert!(
                !c.iter().any(|(r, ..)| *r == Rule::Apposition),
                "no apposition expected, got {c:#?}"
            );
        }
    }
}
