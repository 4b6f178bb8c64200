//! Dutch naming with "men" (round 17): "De schimmels die vruchtlichamen maken noemt men de
//! hogere schimmels" → *Hoe noemt men de schimmels die vruchtlichamen maken? → hogere
//! schimmels*; "Als dergelijk materiaal het oppervlak bereikt spreekt men van een eruptie" →
//! *Hoe heet het als dergelijk materiaal het oppervlak bereikt? → eruptie*. The object stands
//! first and "men" after the verb, so the clause parse finds no subject to ask about; the name
//! is the fact, as in "X wordt Y genoemd" (`naming`).

use super::{Ctx, Rule, tidy};
use crate::generate::clause::body_end;
use crate::generate::tokens::Kind;

/// The name after `from`: to the sentence's end or its first comma, colon or semicolon, at
/// most eight words, no clause of its own.
fn name_end(cx: &Ctx, from: usize, end: usize) -> Option<usize> {
    let toks = cx.toks();
    let e = (from..end)
        .find(|&x| toks[x].kind == Kind::Punct && !toks[x].is_punct("-") && !toks[x].is_punct("("))
        .unwrap_or(end);
    // a bracket stays only when closed inside the name
    let open = toks[from..e].iter().filter(|t| t.is_punct("(")).count();
    let closed = toks[from..e].iter().filter(|t| t.is_punct(")")).count();
    (e > from
        && e - from <= 8
        && open == closed
        && !toks[from..e]
            .iter()
            .any(|t| t.finite() && !t.article() || t.relative() && !t.article()))
    .then_some(e)
}

pub(super) fn men_naming(cx: &mut Ctx) {
    // both forms need "men"
    if !cx.has_word(super::trigger_words::MEN) {
        return;
    }
    let toks = cx.toks();
    if !cx.lex().dutch || cx.s.negated || toks.len() < 5 {
        return;
    }
    let end = body_end(toks);
    // "X noemt men Y": the object X opens the sentence
    if let Some(v) = (1..end.min(14)).find(|&k| {
        matches!(toks[k].lower.as_str(), "noemt" | "noemde")
            && toks.get(k + 1).is_some_and(|t| t.is("men"))
    }) {
        if !toks[0].article()
            || toks[..v]
                .iter()
                .any(|t| t.kind == Kind::Punct || t.pronoun() && !t.article() && !t.relative())
        {
            return;
        }
        let Some(e) = name_end(cx, v + 2, end) else {
            return;
        };
        let object = cx.a.unstart(cx.sp(0, v));
        let q = format!("Hoe {} men {object}?", toks[v].lower);
        let ans = cx.sp(v + 2, e).to_string();
        cx.push(Rule::Naming, tidy(&q), &ans, false);
        return;
    }
    // "Als/Wanneer A(,) spreekt men van Y": the situation A and its name Y
    if !matches!(toks[0].lower.as_str(), "als" | "wanneer") {
        return;
    }
    let Some(v) = (2..end.min(20)).find(|&k| {
        matches!(toks[k].lower.as_str(), "spreekt" | "sprak")
            && toks.get(k + 1).is_some_and(|t| t.is("men"))
            && toks.get(k + 2).is_some_and(|t| t.is("van"))
    }) else {
        return;
    };
    let a_end = if toks[v - 1].is_punct(",") { v - 1 } else { v };
    if a_end <= 2
        || toks[1..a_end]
            .iter()
            .any(|t| t.kind == Kind::Punct || t.pronoun() && !t.article() && !t.relative())
    {
        return;
    }
    let Some(e) = name_end(cx, v + 3, end) else {
        return;
    };
    let q = format!("Hoe heet het {} {}?", toks[0].lower, cx.sp(1, a_end));
    let ans = cx.sp(v + 3, e).to_string();
    cx.push(Rule::Naming, tidy(&q), &ans, false);
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::DUTCH;

    #[test]
    fn a_name_given_by_men() {
        assert_card(
            &DUTCH,
            "De vogels die alleen zaden eten noemt men granivoren of zaadeters.",
            Rule::Naming,
            "Hoe noemt men de vogels die alleen zaden eten?",
            "granivoren of zaadeters",
        );
        assert_card(
            &DUTCH,
            "Als de rivier buiten haar oevers treedt, spreekt men van een overstroming.",
            Rule::Naming,
            "Hoe heet het als de rivier buiten haar oevers treedt?",
            "overstroming",
        );
    }

    #[test]
    fn men_without_a_name_is_no_naming() {
        for text in [
            "Vroeger noemt men dat een ramp voor de boeren.",
            "Als het regent spreekt men van slecht weer en blijft men thuis omdat het koud is.",
            "De vogels noemt men niet meer zo.",
        ] {
            let c = cards(&DUTCH, text);
            assert!(
                !c.iter().any(|(r, ..)| *r == Rule::Naming),
                "no Naming expected for {text}: {c:#?}"
            );
        }
    }
}
