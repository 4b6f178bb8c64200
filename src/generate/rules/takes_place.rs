//! Where something happens: "Fotosynthese vindt plaats in de bladgroenkorrels" → "Waar vindt
//! fotosynthese plaats?" → in de bladgroenkorrels; "Fertilisation takes place in the water" →
//! "Where does fertilisation take place?" → in the water.
//!
//! "plaatsvinden" / "take place" is one verb: the object rule would otherwise ask "What does
//! fertilisation take in the water? → place". A time after it ("took place in 1896") is the
//! year rule's.

use super::{Ctx, Rule, np_after, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::Kind;

/// Prepositions of place that may follow the verb.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "op", "bij", "aan", "onder", "binnen", "at", "on", "inside", "within",
];

/// Words that make the phrase a time, not a place ("in de zomer", "in the 19th century");
/// "winter" and "week" are both languages' words.
const TIME_WORDS: &[&str] = &[
    "jaar", "jaren", "eeuw", "zomer", "winter", "lente", "herfst", "voorjaar", "najaar", "nacht",
    "ochtend", "avond", "maand", "week", "periode", "year", "years", "century", "summer", "spring",
    "autumn", "fall", "night", "morning", "evening", "month", "period", "decade",
];

pub(super) fn takes_place(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let lex = cx.lex();
    let fin = toks[c.fin].lower.as_str();
    let verb = if lex.dutch {
        matches!(fin, "vindt" | "vinden" | "vond" | "vonden")
    } else {
        matches!(fin, "takes" | "take" | "took")
    };
    if !verb || c.front.is_some() || c.inverted || cx.is_pronoun(c.subj) || cx.s.negated {
        return;
    }
    let (r0, r1) = c.rest;
    // Dutch may put adverbs before "plaats" ("vindt voornamelijk plaats"): they stay in the
    // question; English has "place" right after the verb
    let reach = if lex.dutch { 3 } else { 1 };
    let place_word = if lex.dutch { "plaats" } else { "place" };
    let Some(p) = (r0..r1.min(r0 + reach)).find(|&k| toks[k].is(place_word)) else {
        return;
    };
    if toks[r0..p].iter().any(|t| t.kind != Kind::Word) {
        return;
    }
    let prep = p + 1;
    if !toks
        .get(prep)
        .is_some_and(|t| PLACE_PREPOSITIONS.contains(&t.lower.as_str()))
    {
        return;
    }
    let a1 = np_after(lex, toks, prep + 1, r1, 10);
    // the phrase closes the clause: the sentence's end or a comma after it
    if a1 <= prep + 1 || a1 < r1 && !toks[a1].is_punct(",") {
        return;
    }
    if toks[prep + 1..a1].iter().any(|t| {
        t.kind == Kind::Num
            || t.number_word()
            || t.pronoun() && !t.article()
            || t.demonstrative()
            || TIME_WORDS.contains(&t.lower.as_str())
    }) {
        return;
    }
    let wh = if lex.dutch { "Waar" } else { "Where" };
    let finite = cx.sp(c.fin, c.fin + 1).to_string();
    let subj = cx.subject_text(c);
    let rest = cx.sp(r0, p + 1).to_string();
    let ans = cx.sp(prep, a1).to_string();
    // a phrase of place is asked like a passive's agent or a place name (`place`)
    if let Some(q) = cx.a.lang.front_question(wh, &finite, &subj, &rest) {
        cx.push(Rule::Agent, tidy(&q), &ans, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn where_something_takes_place() {
        assert_card(
            &DUTCH,
            "De bevruchting van de eitjes vindt plaats in het water.",
            Rule::Agent,
            "Waar vindt de bevruchting van de eitjes plaats?",
            "in het water",
        );
        assert_card(
            &DUTCH,
            "De vertering van zetmeel vindt vooral plaats in de dunne darm.",
            Rule::Agent,
            "Waar vindt de vertering van zetmeel vooral plaats?",
            "in de dunne darm",
        );
        assert_card(
            &ENGLISH,
            "Photosynthesis takes place in the chloroplasts.",
            Rule::Agent,
            "Where does photosynthesis take place?",
            "in the chloroplasts",
        );
        assert_card(
            &ENGLISH,
            "The first crossing took place on the frozen river.",
            Rule::Agent,
            "Where did the first crossing take place?",
            "on the frozen river",
        );
    }

    #[test]
    fn a_time_a_pronoun_or_no_place_is_not_asked_where() {
        for (lang, text) in [
            (
                &DUTCH as &dyn crate::generate::lang::Language,
                "De paring vindt plaats in de zomer.",
            ),
            (&DUTCH, "Het onderzoek vond plaats in 1998."),
            (&DUTCH, "Dit vindt plaats in de lever."),
            (&ENGLISH, "The first Olympic Games took place in 1896."),
            (&ENGLISH, "Migration takes place in the autumn."),
            (&ENGLISH, "It takes place in the liver."),
            (&ENGLISH, "The change takes place slowly."),
        ] {
            let c = cards(lang, text);
            assert!(
                !c.iter()
                    .any(|(_, f, _)| f.starts_with("Waar ") || f.starts_with("Where ")),
                "{text}: {c:#?}"
            );
        }
    }

    #[test]
    fn where_things_form() {
        // `habitat` (rules.rs) asks these; before, "along" was no preposition and the object
        // rule asked "What do most volcanoes form? → along the boundaries of tectonic plates"
        let text = "Most volcanoes form along the boundaries of tectonic plates.";
        assert_card(
            &ENGLISH,
            text,
            Rule::Agent,
            "Where do most volcanoes form?",
            "along the boundaries of tectonic plates",
        );
        let c = cards(&ENGLISH, text);
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("What do")),
            "{c:#?}"
        );
        assert_card(
            &DUTCH,
            "Nierstenen ontstaan in de nieren.",
            Rule::Agent,
            "Waar ontstaan nierstenen?",
            "in de nieren",
        );
    }

    #[test]
    fn take_place_is_one_verb_not_a_verb_and_its_object() {
        // before: "What does digestion take in the stomach? → place"
        for text in [
            "Digestion takes place in the stomach.",
            "Many students take part in the survey.",
            "Bats make use of echolocation.",
        ] {
            let c = cards(&ENGLISH, text);
            assert!(
                !c.iter()
                    .any(|(_, _, b)| matches!(b.as_str(), "place" | "part" | "use")),
                "{text}: {c:#?}"
            );
        }
    }
}
