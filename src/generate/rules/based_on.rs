//! What a judgement rests on, said by "based on" after the verb group (round 28): "Lyme
//! disease is diagnosed based on symptoms, physical findings …" → *What is Lyme disease
//! diagnosed based on? → symptoms, physical findings …*. A copula's "are based on" is
//! `pp_verb`'s; a "based on" after a comma ("…, based on data from 2005") is a source, no
//! part of the clause.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::{Clause, body_end};

pub(super) fn based_on(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let (r0, r1) = c.rest;
    if cx.lex().dutch || c.front.is_some() || c.inverted || cx.s.negated {
        return;
    }
    // the cheap test first: "based on" inside the clause, after a word of the verb group
    let Some(b) =
        (r0 + 1..r1.saturating_sub(1)).find(|&k| toks[k].is("based") && toks[k + 1].is("on"))
    else {
        return;
    };
    if cx.is_pronoun(c.subj) || toks[b - 1].kind != crate::generate::tokens::Kind::Word {
        return;
    }
    // the answer runs to the sentence's end: a list may go on past the clause's cut
    let end = body_end(toks);
    let ans = &toks[b + 2..end];
    if ans.is_empty()
        || ans.len() > 24
        || ans.iter().enumerate().any(|(i, t)| {
            // "exposure to infected ticks": an "-ed" word after a preposition, article or
            // conjunction is an adjective, no verb of a clause
            let adjective = i > 0
                && t.lower.ends_with("ed")
                && (ans[i - 1].prep() || ans[i - 1].article() || ans[i - 1].conj());
            t.finite() && !adjective || t.relative() || t.subordinator()
        })
    {
        return;
    }
    let subj = cx.subject_text(c);
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let rest = format!("{} based on", cx.sp(r0, b));
    if let Some(q) = cx.a.lang.front_question("What", &fin, &subj, &rest) {
        let ans = cx.sp(b + 2, end).to_string();
        cx.push(Rule::Passive, tidy(&q), &ans, false);
    }
}
