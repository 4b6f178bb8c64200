//! Appositions, round 13: "…, one of the Y" is an apposition that singles out its anchor
//! like a superlative does, and an apposition whose description repeats its anchor's words
//! is asked the other way round.

use super::{Ctx, Rule, tidy};
use crate::generate::check;
use crate::generate::tokens::Tok;

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

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

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
}
