//! What something is able to do (round 27): "Reuzenhoningbijen zijn in staat mensen te doden
//! met hun steken" → *Waartoe zijn reuzenhoningbijen in staat? → mensen te doden met hun
//! steken*; "Tardigrades are able to survive extreme cold" → *What are tardigrades able to
//! do? → survive extreme cold*. The copula's predicate is no noun phrase, so the definition
//! rule asks nothing sensible of it.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::Kind;

pub(super) fn able_to(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let lex = cx.lex();
    let k = c.fin + 1;
    if !lex.copula.contains(&toks[c.fin].lower.as_str())
        || c.front.is_some()
        || c.inverted
        || cx.is_pronoun(c.subj)
        || !cx.short_plain_subject(c)
        || k + 3 >= toks.len()
    {
        return;
    }
    // where the ability starts: after "in staat (om)" / "able to"
    let a0 = if lex.dutch && toks[k].is("in") && toks[k + 1].is("staat") {
        k + 2 + usize::from(toks[k + 2].is("om"))
    } else if !lex.dutch && toks[k].is("able") && toks[k + 1].is("to") {
        k + 2
    } else {
        return;
    };
    // to the clause's end: punctuation, or "en"/"and" before a verb of its own
    let a1 = (a0..toks.len())
        .find(|&x| {
            toks[x].kind == Kind::Punct
                || toks[x].conj() && toks.get(x + 1).is_some_and(|n| n.finite())
        })
        .unwrap_or(toks.len());
    // Dutch: the infinitive with "te" closes the ability ("mensen te doden")
    if a1 <= a0
        || a1 - a0 > 10
        // (a Dutch infinitive after "te" looks finite, "te doden", as does the English one
        // after "able to")
        || (a0..a1).any(|x| {
            let infinitive = x > a0 && toks[x - 1].is("te") || x == a0 && !lex.dutch;
            toks[x].negation() || toks[x].finite() && !infinitive
        })
        || lex.dutch && !toks[a0..a1].iter().any(|t| t.is("te"))
    {
        return;
    }
    let subj = cx.subject_text(c);
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let (wh, rest) = if lex.dutch {
        ("Waartoe", "in staat")
    } else {
        ("What", "able to do")
    };
    let ans = cx.sp(a0, a1).to_string();
    if let Some(q) = cx.a.lang.front_question(wh, &fin, &subj, rest) {
        cx.push(Rule::Object, tidy(&q), &ans, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    #[test]
    fn what_something_is_able_to_do() {
        assert_card(
            &DUTCH,
            "Reuzenhoningbijen zijn in staat mensen te doden met hun steken.",
            Rule::Object,
            "Waartoe zijn reuzenhoningbijen in staat?",
            "mensen te doden met hun steken",
        );
        assert_card(
            &ENGLISH,
            "Tardigrades are able to survive extreme cold.",
            Rule::Object,
            "What are tardigrades able to do?",
            "survive extreme cold",
        );
    }

    #[test]
    fn no_ability_question_when_denied_or_without_its_infinitive() {
        let langs: [(&'static dyn Language, &str); 4] = [
            (
                &DUTCH,
                "Hun angels zijn niet in staat de huid te doorboren.",
            ),
            (&DUTCH, "De bijen zijn in staat tot grote prestaties."),
            (&ENGLISH, "Tardigrades are not able to survive in space."),
            (&ENGLISH, "They are able to survive extreme cold."),
        ];
        for (lang, s) in langs {
            let got = cards(lang, s);
            assert!(
                !got.iter()
                    .any(|(_, f, _)| f.contains("in staat?") || f.contains("able to do?")),
                "{s}: {got:?}"
            );
        }
    }
}
