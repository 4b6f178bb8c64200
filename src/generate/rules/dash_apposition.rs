//! A description set off by dashes after a definite noun phrase (round 21): "The digestive
//! system is made up of the digestive tract—a series of hollow organs joined in a long,
//! twisting tube from the mouth to the anus—and other organs …" → "What is the digestive
//! tract?" → a series of hollow organs …; "… by the solar wind – a stream of electrically
//! charged gas blowing outward from the Sun." → "What is the solar wind?".
//!
//! `apposition` cuts a description at its first comma and asks for the anchor, which a long
//! description between dashes breaks; a definite anchor ("the digestive tract") is the known
//! thing, the description what a teacher asks for.

use super::{Ctx, Rule, tidy};
use crate::generate::analyse::np_span_before;
use crate::generate::clause::body_end;
use crate::generate::tokens::{Kind, Tok};

/// A dash between phrases, not a hyphen inside a word: "—", "–", or "-" with spaces around.
pub(super) fn is_dash(text: &str, toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    if !t.is_punct("-") {
        return false;
    }
    let raw = &text[t.start..t.end];
    raw.contains('—')
        || raw.contains('–')
        || text[..t.start].ends_with(' ') && text[t.end..].starts_with(' ')
}

pub(super) fn dash_apposition(cx: &mut Ctx) {
    // a dash before "a", "an" or "een"
    if !cx.has_word(super::trigger_words::DASH_A) {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    let text = &cx.s.text;
    if cx.s.dangling || toks.len() < 8 || !cx.has_any(super::HAS_DASH) {
        return;
    }
    let end = body_end(toks);
    for k in 2..end.saturating_sub(3) {
        if !is_dash(text, toks, k) || !matches!(toks[k + 1].lower.as_str(), "a" | "an" | "een") {
            continue;
        }
        // the description: to the closing dash, or to the end without a comma of its own
        let close = (k + 2..end).find(|&x| is_dash(text, toks, x));
        let y_end = close.unwrap_or(end);
        let inner = &toks[k + 2..y_end];
        if !(2..=20).contains(&inner.len())
            || inner.iter().any(|t| {
                t.finite()
                    || t.relative() && !t.article()
                    || t.pronoun() && !t.article()
                    || t.kind == Kind::Punct && (close.is_none() || !t.is_punct(","))
            })
        {
            continue;
        }
        // the anchor: a definite common noun phrase right before the dash
        let Some((mut from, np_end)) = np_span_before(lex, toks, k) else {
            continue;
        };
        if let Some(j) = (from..k).rev().find(|&x| toks[x].article()) {
            from = j;
        }
        if np_end != k
            || k - from < 2
            || k - from > 5
            || !matches!(toks[from].lower.as_str(), "the" | "de" | "het")
            || toks[from + 1..k]
                .iter()
                .any(|t| t.cap || t.kind != Kind::Word || t.stop())
        {
            continue;
        }
        // a long description keeps its head phrase, up to a participle or comma ("a series of
        // hollow organs joined in a long, twisting tube …" → "a series of hollow organs"):
        // a card's answer is a short phrase
        let content = |e: usize| (k + 1..e).filter(|&x| !toks[x].stop()).count();
        let mut y_end = y_end;
        if content(y_end) > 8 {
            let participle = |t: &Tok| {
                t.kind == Kind::Punct
                    || !t.cap && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
            };
            match (k + 3..y_end).find(|&x| participle(&toks[x])) {
                Some(cut) if content(cut) >= 2 => y_end = cut,
                _ => continue,
            }
        }
        let anchor = if from == 0 {
            cx.a.unstart(cx.sp(from, k))
        } else {
            cx.sp(from, k).to_string()
        };
        let plural = super::super::simplify::plural_phrase(cx.a, &anchor);
        let q = cx.a.lang.what_is(&anchor, plural);
        let desc = cx.sp(k + 1, y_end).to_string();
        // `apposition` asked for the anchor with the whole description ("Wat is een
        // belangrijke indicator van arteriële flexibiliteit?" → polsgolfsnelheid): it stays
        let tail = cx.sp(from + 1, k).to_lowercase();
        let whole = cx.sp(k + 2, close.unwrap_or(end)).to_lowercase();
        if cx.out.iter().any(|c| {
            c.rule == Rule::Apposition
                && c.back.to_lowercase().ends_with(&tail)
                && c.front.to_lowercase().contains(&whole)
        }) {
            continue;
        }
        let before = cx.out.len();
        cx.push(Rule::Apposition, tidy(&q), &desc, false);
        // `apposition`'s card on the same dash, cut at the description's first comma and
        // asking for the anchor ("What is a series of hollow organs joined in a long?")
        if cx.out.len() > before {
            let anchor = cx.sp(from + 1, k).to_lowercase();
            cx.out.retain(|c| {
                !(c.rule == Rule::Apposition && c.back.to_lowercase().ends_with(&anchor))
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn a_description_between_dashes_says_what_the_anchor_is() {
        assert_card(
            &ENGLISH,
            "The digestive system is made up of the digestive tract—a series of hollow organs joined in a long, twisting tube from the mouth to the anus—and other organs that help the body absorb food.",
            Rule::Apposition,
            "What is the digestive tract?",
            "series of hollow organs",
        );
        assert_card(
            &ENGLISH,
            "Electric currents in the Sun make a magnetic field that is carried outward by the solar wind – a stream of electrically charged gas blowing outward from the Sun in all directions.",
            Rule::Apposition,
            "What is the solar wind?",
            "stream of electrically charged gas blowing outward from the Sun in all directions",
        );
        assert_card(
            &DUTCH,
            "Het spijsverteringsstelsel bestaat uit het spijsverteringskanaal – een reeks holle organen, van de mond tot de anus – en andere organen.",
            Rule::Apposition,
            "Wat is het spijsverteringskanaal?",
            "reeks holle organen, van de mond tot de anus",
        );
        // a description `apposition` asks whole keeps asking for the anchor (seed text)
        assert_card(
            &DUTCH,
            "Verlaging van de polsgolfsnelheid – een belangrijke indicator van arteriële flexibiliteit.",
            Rule::Apposition,
            "Wat is een belangrijke indicator van arteriële flexibiliteit?",
            "polsgolfsnelheid",
        );
    }

    #[test]
    fn the_description_cut_at_its_comma_is_not_asked_for_the_anchor() {
        let c = cards(
            &ENGLISH,
            "The digestive system is made up of the digestive tract—a series of hollow organs joined in a long, twisting tube from the mouth to the anus—and other organs that help the body absorb food.",
        );
        assert!(
            !c.iter().any(|(_, f, _)| f.contains("joined in a long?")),
            "{c:#?}"
        );
    }

    #[test]
    fn a_dash_before_a_clause_or_after_a_new_thing_is_no_description() {
        for (lang, text) in [
            (
                &ENGLISH as &'static dyn crate::generate::lang::Language,
                "Our Sun is a 4.5 billion-year-old star – a hot glowing ball of hydrogen and helium at the center.",
            ),
            (
                &ENGLISH,
                "Water flows into the cave – a process that takes thousands of years.",
            ),
            (
                &DUTCH,
                "De rivier stroomt naar de zee – een tocht die weken duurt.",
            ),
            (
                &DUTCH,
                "De rivier bereikt de zee – een tocht van weken, en soms maanden.",
            ),
        ] {
            let c = cards(lang, text);
            assert!(
                !c.iter().any(|(r, f, _)| *r == Rule::Apposition
                    && f.starts_with("W")
                    && (f.contains("the cave?") || f.contains("star?") || f.contains("de zee?"))),
                "{text}: {c:#?}"
            );
        }
    }
}
