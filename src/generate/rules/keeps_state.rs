//! What something keeps in a state (round 27): "Magnesium keeps heart rhythm steady" →
//! *What does magnesium keep steady? → heart rhythm*; "De nieren houden de samenstelling van
//! het bloed constant" → *Wat houden de nieren constant? → de samenstelling van het bloed*.
//! The object sits between the verb and its adjective, so the object rule would ask for
//! "heart rhythm steady" as one phrase.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::Kind;

const KEEP: &[&str] = &[
    "keeps", "keep", "kept", "houdt", "houden", "hield", "hielden",
];

/// States a thing is kept in: adjectives that close such a clause.
const STATES: &[&str] = &[
    "steady", "strong", "constant", "healthy", "stable", "warm", "cool", "dry", "moist", "clean",
    "safe", "low", "high", "sterk", "gezond", "stabiel", "droog", "vochtig", "schoon", "laag",
    "hoog", "koel",
];

pub(super) fn keeps_state(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    if !KEEP.contains(&toks[c.fin].lower.as_str())
        || c.front.is_some()
        || c.inverted
        || cx.is_pronoun(c.subj)
        || !cx.short_plain_subject(c)
    {
        return;
    }
    // the clause ends at its first punctuation: the adjective is the word before it
    let Some(end) = (c.fin + 1..toks.len()).find(|&k| toks[k].kind == Kind::Punct) else {
        return;
    };
    let adj = end - 1;
    if adj < c.fin + 2 || !STATES.contains(&toks[adj].lower.as_str()) {
        return;
    }
    // the object: a noun phrase of a few words, no verb, negation, pronoun or other
    // preposition than "of"/"van" ("keeps it steady", "houdt het bloed op peil")
    let obj = &toks[c.fin + 1..adj];
    if obj.len() > 7
        || obj.iter().any(|t| {
            t.finite()
                || t.negation()
                || t.pronoun() && !t.article()
                || t.prep() && !t.is("of") && !t.is("van")
                || t.conj()
        })
    {
        return;
    }
    let wh = if cx.lex().dutch { "Wat" } else { "What" };
    let subj = cx.subject_text(c);
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let state = cx.sp(adj, adj + 1).to_string();
    let ans = cx.sp(c.fin + 1, adj).to_string();
    if let Some(q) = cx.a.lang.front_question(wh, &fin, &subj, &state) {
        cx.push(Rule::Object, tidy(&q), &ans, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    #[test]
    fn what_something_keeps_in_a_state() {
        assert_card(
            &ENGLISH,
            "Magnesium keeps heart rhythm steady.",
            Rule::Object,
            "What does magnesium keep steady?",
            "heart rhythm",
        );
        assert_card(
            &DUTCH,
            "De nieren houden de samenstelling van het bloed constant.",
            Rule::Object,
            "Wat houden de nieren constant?",
            "samenstelling van het bloed",
        );
    }

    #[test]
    fn no_state_question_without_the_adjective_or_with_a_pronoun_object() {
        let langs: [(&'static dyn Language, &str); 4] = [
            (&ENGLISH, "Magnesium keeps the heart in rhythm."),
            (&ENGLISH, "Regular exercise keeps it strong."),
            (&DUTCH, "De nieren houden het bloed op peil."),
            (&DUTCH, "De nieren houden het constant."),
        ];
        for (lang, s) in langs {
            let got = cards(lang, s);
            assert!(
                !got.iter()
                    .any(|(_, f, _)| f.contains("keep ") && f.ends_with(" strong?")
                        || f.contains(" constant?")
                        || f.contains(" peil?")
                        || f.contains("keep in")),
                "{s}: {got:?}"
            );
        }
    }
}
