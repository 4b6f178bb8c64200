//! A phrase that gives a cause or a means, asked with its own question word (round 13).
//!
//! * In front of the subject: "Door overbejaging zijn veel walvissoorten sterk in aantal
//!   achteruitgegaan" → "Waardoor zijn veel walvissoorten sterk in aantal achteruitgegaan?" →
//!   overbejaging; "Because of its thick atmosphere, Venus is the hottest planet" → "Why is
//!   Venus the hottest planet?" → its thick atmosphere. Dutch keeps its order (the question
//!   word takes the phrase's place before the verb); English inverts with the clause's
//!   auxiliary or do-support (`Language::front_question`).
//! * After the verb, a means: "Bultruggen communiceren met elkaar door middel van gezang" →
//!   "Hoe communiceren bultruggen met elkaar?" → gezang; "Bats find their prey by means of
//!   echolocation" → "How do bats find their prey?" → echolocation.
//!
//! The phrase is a plain noun phrase (no verb, no clause, no comma of its own); a name or a
//! person after "door" is a passive's agent (`agent` asks it: "Door wie …?"), and "met name"
//! is an adverb.

use super::{Ctx, Rule, np_after, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::Kind;

/// What a fronted phrase gives: a cause (why) or a means (how).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Sense {
    Cause,
    Means,
    /// Dutch "met X": "Waarmee"
    With,
}

/// Openings of a phrase of cause or means, longest first within a first word.
const OPENINGS: &[(&[&str], Sense)] = &[
    (&["door", "middel", "van"], Sense::Means),
    (&["met", "behulp", "van"], Sense::Means),
    (&["als", "gevolg", "van"], Sense::Cause),
    (&["ten", "gevolge", "van"], Sense::Cause),
    (&["door"], Sense::Cause),
    (&["dankzij"], Sense::Cause),
    (&["vanwege"], Sense::Cause),
    (&["met"], Sense::With),
    (&["by", "means", "of"], Sense::Means),
    (&["as", "a", "result", "of"], Sense::Cause),
    (&["because", "of"], Sense::Cause),
    (&["due", "to"], Sense::Cause),
    (&["owing", "to"], Sense::Cause),
    (&["thanks", "to"], Sense::Cause),
];

/// The opening at `k` and its length, if one of `OPENINGS` starts there.
fn opening(toks: &[crate::generate::tokens::Tok], k: usize) -> Option<(usize, Sense)> {
    OPENINGS.iter().find_map(|(words, sense)| {
        (toks.len() >= k + words.len() && words.iter().enumerate().all(|(i, w)| toks[k + i].is(w)))
            .then_some((words.len(), *sense))
    })
}

fn wh_word(dutch: bool, sense: Sense) -> &'static str {
    match (dutch, sense) {
        (true, Sense::Cause) => "Waardoor",
        (true, Sense::Means) => "Hoe",
        (true, Sense::With) => "Waarmee",
        (false, Sense::Cause) => "Why",
        (false, _) => "How",
    }
}

/// The noun phrase of a cause or means from `a0`: it must run to `end` (the phrase's end)
/// when `whole`, and hold no verb, clause, name of a person or pronoun.
fn plain_np(cx: &Ctx, a0: usize, end: usize, whole: bool) -> Option<usize> {
    let toks = cx.toks();
    let lex = cx.lex();
    let a1 = np_after(lex, toks, a0, end, 8);
    if a1 <= a0 || whole && a1 != end {
        return None;
    }
    let np = &toks[a0..a1];
    // a possessive before its noun points at the subject, which the question names: "Owing
    // to its small size, the shrew …" → "Why does the shrew lose heat …? → its small size"
    let possessive = |t: &crate::generate::tokens::Tok| {
        matches!(
            t.lower.as_str(),
            "its" | "their" | "his" | "her" | "zijn" | "haar" | "hun"
        )
    };
    if np.iter().any(|t| {
        t.finite()
            || t.pronoun() && !t.article() && !(possessive(t) && a1 - a0 >= 2)
            || t.demonstrative()
            || t.subordinator()
            || t.kind == Kind::Punct && !t.is_punct("-")
    }) || np.iter().all(|t| t.stop())
    {
        return None;
    }
    Some(a1)
}

/// "Door overbejaging zijn …" / "Because of X, S V …" → "Waardoor zijn …?" / "Why …?".
pub(super) fn fronted_cause(cx: &mut Ctx, c: &Clause) {
    let Some((f0, f1)) = c.front else {
        return;
    };
    let toks = cx.toks();
    let lex = cx.lex();
    if f0 != 0 || cx.is_pronoun(c.subj) || f1 > c.fin {
        return;
    }
    let Some((n, sense)) = opening(toks, f0) else {
        return;
    };
    // "met name" is an adverb; "With osteoporosis, our bones …" is no means
    if sense == Sense::With && (!lex.dutch || toks.get(f0 + 1).is_some_and(|t| t.is("name"))) {
        return;
    }
    // Dutch: the verb right after the phrase; English: a comma closes the phrase
    let end = if lex.dutch {
        if f1 != c.fin {
            return;
        }
        f1
    } else {
        if !toks.get(f1).is_some_and(|t| t.is_punct(",")) || f1 + 1 != c.subj.0 {
            return;
        }
        f1
    };
    let Some(a1) = plain_np(cx, f0 + n, end, true) else {
        return;
    };
    // "Door Humphry Davy werd strontium geïsoleerd": a name or a person after "door" is the
    // agent of a passive, asked by `agent`
    if lex.dutch
        && sense == Sense::Cause
        && toks[f0].is("door")
        && ((f0 + n..a1).any(|x| toks[x].cap)
            || lex.aux.contains(&toks[c.fin].lower.as_str())
                && matches!(
                    toks[c.fin].lower.as_str(),
                    "wordt" | "worden" | "werd" | "werden"
                ))
    {
        return;
    }
    let wh = wh_word(lex.dutch, sense);
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let subj = cx.subject_text(c);
    let rest = cx.sp(c.rest.0, c.rest.1).to_string();
    let ans = cx.sp(f0 + n, a1).to_string();
    if let Some(q) = cx.a.lang.front_question(wh, &fin, &subj, &rest) {
        cx.push(Rule::Reason, tidy(&q), &ans, false);
    }
}

/// "… communiceren met elkaar door middel van gezang" / "… by means of echolocation" →
/// "Hoe communiceren …?" / "How do …?".
pub(super) fn by_means_of(cx: &mut Ctx, c: &Clause) {
    if !cx.has_word(super::trigger_words::MEANS) {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    if c.front.is_some() || cx.is_pronoun(c.subj) {
        return;
    }
    // the middle word first: "middel", "behulp" and "means" are rare, "door" and "met" not
    // (this runs over every clause)
    let Some(k) = (c.rest.0..c.rest.1.saturating_sub(2)).find(|&k| {
        let m = &toks[k + 1];
        m.lower.len() >= 5
            && (m.is("middel") || m.is("behulp") || m.is("means"))
            && opening(toks, k).is_some_and(|(n, s)| s == Sense::Means && n == 3)
    }) else {
        return;
    };
    let n = 3;
    let Some(a1) = plain_np(cx, k + n, c.rest.1, false) else {
        return;
    };
    // the phrase closes the clause (a comma or the sentence's end after it)
    if a1 < c.rest.1 && !toks[a1].is_punct(",") {
        return;
    }
    let before = if k > c.rest.0 && toks[k - 1].is_punct(",") {
        k - 1
    } else {
        k
    };
    if before <= c.rest.0 && !lex.dutch {
        return;
    }
    // "ontdekt … tijdens het bestuderen van het mineraal met behulp van een spectroscoop":
    // the means of a long verb phrase, or of a phrase inside it, is not the clause's
    if before - c.rest.0 > 8
        || toks[c.rest.0..before].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "tijdens" | "bij" | "during" | "while" | "when" | "te" | "to"
            )
        })
    {
        return;
    }
    let wh = wh_word(lex.dutch, Sense::Means);
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let subj = cx.subject_text(c);
    let rest = cx.sp(c.rest.0, before).to_string();
    let ans = cx.sp(k + n, a1).to_string();
    if let Some(q) = cx.a.lang.front_question(wh, &fin, &subj, &rest) {
        cx.push(Rule::Reason, tidy(&q), &ans, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    fn none_of(lang: &'static dyn Language, text: &str, front_starts: &str) {
        let c = cards(lang, text);
        assert!(
            !c.iter()
                .any(|(r, f, _)| *r == Rule::Reason && f.starts_with(front_starts)),
            "no {front_starts} question expected, got {c:#?}"
        );
    }

    #[test]
    fn a_fronted_cause_is_asked_with_why() {
        assert_card(
            &DUTCH,
            "Door de droogte zijn veel bomen in het park sterk verzwakt.",
            Rule::Reason,
            "Waardoor zijn veel bomen in het park sterk verzwakt?",
            "droogte",
        );
        assert_card(
            &DUTCH,
            "Dankzij strenge quota is de haringstand in de Noordzee hersteld.",
            Rule::Reason,
            "Waardoor is de haringstand in de Noordzee hersteld?",
            "strenge quota",
        );
        assert_card(
            &ENGLISH,
            "Because of the greenhouse effect, Venus is the hottest planet in the solar system.",
            Rule::Reason,
            "Why is Venus the hottest planet in the solar system?",
            "greenhouse effect",
        );
        assert_card(
            &ENGLISH,
            "Due to heavy rainfall, the river has flooded large parts of the valley.",
            Rule::Reason,
            "Why has the river flooded large parts of the valley?",
            "heavy rainfall",
        );
    }

    #[test]
    fn a_fronted_agent_or_adverb_is_no_cause() {
        // the agent of a passive (asked by `agent`), a name after "door"
        none_of(
            &DUTCH,
            "Door de onderzoekers werd het vaccin in muizen getest.",
            "Waardoor",
        );
        none_of(
            &DUTCH,
            "Door Marie Curie is het element polonium ontdekt in 1898.",
            "Waardoor",
        );
        // "met name" is an adverb; English "with" gives no means
        none_of(
            &DUTCH,
            "Met name is glucose een belangrijke brandstof voor de hersenen.",
            "Waarmee",
        );
        none_of(
            &ENGLISH,
            "With osteoporosis, bones become weak and are more likely to break.",
            "How",
        );
        // a clause in front is the `reason` rule's, not a phrase
        none_of(
            &ENGLISH,
            "Because the soil is dry, farmers irrigate their fields in summer.",
            "Why do farmers irrigate their fields in summer? -> the soil",
        );
    }

    #[test]
    fn a_means_at_the_end_is_asked_with_how() {
        assert_card(
            &DUTCH,
            "Vleermuizen vinden hun prooi in het donker door middel van echolocatie.",
            Rule::Reason,
            "Hoe vinden vleermuizen hun prooi in het donker?",
            "echolocatie",
        );
        assert_card(
            &ENGLISH,
            "Bats find insects in the dark by means of echolocation.",
            Rule::Reason,
            "How do bats find insects in the dark?",
            "echolocation",
        );
        // the means of a phrase inside a long verb phrase is not the clause's
        none_of(
            &DUTCH,
            "Rubidium is ontdekt door twee chemici tijdens het bestuderen van een mineraal met behulp van een spectroscoop.",
            "Hoe",
        );
        none_of(
            &ENGLISH,
            "Engineers measured the bridge during the storm by means of laser sensors.",
            "How",
        );
    }
}
