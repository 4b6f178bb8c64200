//! What a thing is the result of (round 17): "Vulkanisme is het gevolg van het omhoog komen
//! van heet materiaal" → *Waarvan is vulkanisme het gevolg? → het omhoog komen van heet
//! materiaal*; "The basin is the result of a giant impact" → *What is the basin the result
//! of? → a giant impact*. The cause is the fact; the sentence names the effect first.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::{Kind, Tok};

/// The nouns of "het gevolg van", "the result of", with the preposition they take.
const RESULT: &[(&str, &str)] = &[
    ("gevolg", "van"),
    ("resultaat", "van"),
    ("result", "of"),
    ("consequence", "of"),
    ("outcome", "of"),
];

/// "(vaak) het (directe) gevolg van", "(usually) the (direct) result of" at the start of
/// `r0..r1` (an adverb, an article, at most one adjective): the noun's index and its
/// preposition.
pub(super) fn result_at(toks: &[Tok], r0: usize, r1: usize) -> Option<(usize, &'static str)> {
    let adverb = toks.get(r0).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "vaak" | "meestal" | "soms" | "ook" | "altijd" | "dus" | "often" | "usually" | "also"
        ) || t.lower.ends_with("ly")
    });
    let art = r0 + usize::from(adverb);
    if art + 2 >= r1 || !toks[art].article() {
        return None;
    }
    let (k, prep) = (art + 1..(art + 3).min(r1)).find_map(|k| {
        RESULT
            .iter()
            .find(|(noun, _)| toks[k].is(noun))
            .map(|&(_, prep)| (k, prep))
    })?;
    toks.get(k + 1)
        .is_some_and(|t| t.is(prep))
        .then_some((k, prep))
}

pub(super) fn result_of(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let lex = cx.lex();
    if !lex.copula.contains(&toks[c.fin].lower.as_str()) || !cx.plain_clause(c) {
        return;
    }
    let (r0, r1) = c.rest;
    let Some((k, prep)) = result_at(toks, r0, r1) else {
        return;
    };
    // the cause: to a comma, the sentence's end or a relative clause ("a massive earthquake
    // that occurred when …"), a phrase without a verb
    let a0 = k + 2;
    let end = (a0..toks.len())
        .find(|&x| {
            toks[x].kind == Kind::Punct && !toks[x].is_punct("-") && !toks[x].is_punct("'")
                || x > a0 && toks[x].relative() && !toks[x].article()
        })
        .unwrap_or(toks.len());
    if end <= a0 || end - a0 > 14 || toks[a0..end].iter().any(|t| t.finite()) {
        return;
    }
    let subj = cx.subject_text(c);
    let fin = cx.sp(c.fin, c.fin + 1).to_lowercase();
    let result = cx.sp(r0, k + 1);
    let q = if lex.dutch {
        format!("Waarvan {fin} {subj} {result}?")
    } else {
        format!("What {fin} {subj} {result} {prep}?")
    };
    let ans = cx.sp(a0, end).to_string();
    cx.push(Rule::Reason, tidy(&q), &ans, false);
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn what_a_thing_is_the_result_of() {
        assert_card(
            &DUTCH,
            "Een aardverschuiving is vaak het gevolg van hevige regenval in de bergen.",
            Rule::Reason,
            "Waarvan is een aardverschuiving vaak het gevolg?",
            "hevige regenval in de bergen",
        );
        assert_card(
            &ENGLISH,
            "The crater is the result of a large meteorite impact.",
            Rule::Reason,
            "What is the crater the result of?",
            "large meteorite impact",
        );
        // the definition rule no longer asks "What is the crater? → result of …"
        let c = cards(
            &ENGLISH,
            "The crater is the result of a large meteorite impact.",
        );
        assert!(!c.iter().any(|(r, ..)| *r == Rule::Definition), "{c:#?}");
        // a relative clause after the cause is left out
        assert_card(
            &ENGLISH,
            "The lake was the result of a landslide that blocked the river.",
            Rule::Reason,
            "What was the lake the result of?",
            "landslide",
        );
        // a denial, or no article: no question
        let langs: [(&'static dyn crate::generate::lang::Language, &str); 2] = [
            (
                &ENGLISH,
                "The crater is not the result of a meteorite impact.",
            ),
            (&DUTCH, "Een aardverschuiving is gevolg van regen."),
        ];
        for (lang, text) in langs {
            let c = cards(lang, text);
            assert!(
                !c.iter()
                    .any(|(_, f, _)| f.contains("result of?") || f.contains("gevolg?")),
                "{c:#?}"
            );
        }
    }
}
