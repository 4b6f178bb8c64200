//! What something can be (round 19): "Skimping on sleep can be harmful" → *What can skimping
//! on sleep be? → harmful*; "The lag can be hours or even close to an entire day in some
//! parts of the world" → *What can the lag be? → hours or even close to an entire day*. A modal
//! before a copula hides the copula from the definition rule, so such sentences gave no card
//! at all, while the teacher asks the property the modal allows. English only: the Dutch
//! tuning sentences of this kind have a pronoun subject.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::rules::is_participle;
use crate::generate::tokens::Kind;

/// "could" and "might" guess; "can" and "may" state what the text holds possible.
const MODALS: &[&str] = &["can", "may"];

/// Words that end the property: a clause or a condition follows ("… harmful when they are too
/// loud"), or a phrase of place or time ("… in some parts of the world").
const ENDS: &[&str] = &[
    "when", "if", "because", "while", "although", "since", "as", "in", "at", "on", "for", "during",
    "than", "that", "which", "who",
];

pub(super) fn modal_be(cx: &mut Ctx, c: &Clause) {
    let lex = cx.lex();
    if lex.dutch || c.front.is_some() || c.inverted || cx.is_pronoun(c.subj) {
        return;
    }
    let toks = cx.toks();
    let fin = toks[c.fin].lower.as_str();
    if !MODALS.contains(&fin)
        || !toks.get(c.fin + 1).is_some_and(|t| t.is("be"))
        || !cx.short_plain_subject(c)
    {
        return;
    }
    // the property: from after "be" to a comma, a clause, a phrase of place or time, or the
    // end of the sentence
    let a0 = c.fin + 2;
    let end = toks.len();
    let mut a1 = a0;
    while a1 < end {
        let t = &toks[a1];
        if t.kind == Kind::Punct
            || ENDS.contains(&t.lower.as_str())
            || t.finite()
            || t.conj() && toks.get(a1 + 1).is_some_and(|n| n.pronoun() || n.finite())
        {
            break;
        }
        a1 += 1;
    }
    if a1 <= a0 || a1 - a0 > 10 {
        return;
    }
    // "… can be harmful when they are too loud": the condition is the fact, not the property;
    // "… can be immediate or it can take …": the other half of an "or" is part of the answer
    if toks.get(a1).is_some_and(|t| {
        matches!(t.lower.as_str(), "when" | "if" | "because" | "while" | "as" | "since")
            || t.conj()
            // "can be medically removed": a passive whose participle ended the search
            || t.finite()
            || is_participle(lex, &t.lower)
    }) {
        return;
    }
    let prop = &toks[a0..a1];
    // a passive ("can be medically removed") or a comparison ("may be more likely to …"), a
    // verb form or an "enough … to" are other questions; so is a negated property
    if prop.iter().any(|t| {
        is_participle(lex, &t.lower)
            || t.lower.ends_with("ing")
            || t.negation()
            || matches!(
                t.lower.as_str(),
                "more" | "less" | "most" | "able" | "likely" | "enough" | "not" | "also"
            )
    }) {
        return;
    }
    // an article opens a definition ("may be a slowly developing kind of …"): the
    // definition rule's business
    if prop[0].article() {
        return;
    }
    let subj = cx.subject_text(c);
    let q = format!("What {fin} {subj} be?");
    let ans = cx.sp(a0, a1).to_string();
    cx.push(Rule::Definition, tidy(&q), &ans, false);
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    fn asks_what_can_be(lang: &'static dyn Language, text: &str) -> bool {
        cards(lang, text)
            .iter()
            .any(|(r, f, _)| *r == Rule::Definition && f.ends_with(" be?"))
    }

    #[test]
    fn what_something_can_be() {
        assert_card(
            &ENGLISH,
            "Skimping on sleep can be harmful.",
            Rule::Definition,
            "What can skimping on sleep be?",
            "harmful",
        );
        assert_card(
            &ENGLISH,
            "The lag can be hours or even close to an entire day in some parts of the world.",
            Rule::Definition,
            "What can the lag be?",
            "hours or even close to an entire day",
        );
    }

    #[test]
    fn no_property_for_a_passive_a_condition_a_guess_or_dutch() {
        for text in [
            "Unusually large stones can be medically removed.",
            "Loud sounds can be harmful when they last for a long time.",
            "Short-term storage might be days or weeks for water in a lake.",
            "Some people with gout may be more likely to develop other conditions.",
            "They can be harmful.",
        ] {
            assert!(!asks_what_can_be(&ENGLISH, text), "{text}");
        }
        assert!(
            !cards(&DUTCH, "Reuzenhoningbijen kunnen erg agressief zijn.")
                .iter()
                .any(|(r, f, _)| *r == Rule::Definition && f.starts_with("Wat kunnen"))
        );
    }
}
