//! What something is used as (round 15): "Amfibieën gebruiken hun huid als een secundair
//! ademhalingsoppervlak" → *Wat gebruiken amfibieën als secundair ademhalingsoppervlak? →
//! hun huid*; "Tropical cyclones use warm, moist air as fuel" → *What do tropical cyclones
//! use as fuel? → warm, moist air*. The object rule asks *What do tropical cyclones use?*,
//! which leaves out what the thing is used for; the role in the question says it.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::Kind;

pub(super) fn used_as(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let fin = toks[c.fin].lower.as_str();
    let dutch = cx.lex().dutch;
    let verb = match fin {
        "gebruiken" | "gebruikt" | "gebruikte" | "gebruikten" if dutch => fin,
        "use" | "uses" | "used" if !dutch => fin,
        _ => return,
    };
    if c.front.is_some() || c.inverted || cx.s.negated || cx.is_pronoun(c.subj) {
        return;
    }
    let (r0, r1) = c.rest;
    let as_word = if dutch { "als" } else { "as" };
    // the object: up to "als"/"as", at most six words (a comma between adjectives allowed)
    let Some(k) = (r0 + 1..toks.len().min(r0 + 8)).find(|&x| toks[x].is(as_word)) else {
        return;
    };
    if toks[r0..k]
        .iter()
        .any(|t| t.kind == Kind::Punct && !t.is_punct(",") || t.relative())
        || toks[k - 1].is_punct(",")
        || r1 < k
    {
        return;
    }
    // the role: after "als"/"as" to the clause's punctuation, at most eight words
    let mut f = k + 1;
    if f < toks.len() && matches!(toks[f].lower.as_str(), "een" | "a" | "an") {
        f += 1;
    }
    let e = (f..toks.len())
        .find(|&x| toks[x].kind == Kind::Punct && !toks[x].is_punct("-"))
        .unwrap_or(toks.len());
    if e <= f || e - f > 8 || toks[f..e].iter().any(|t| t.relative() || t.finite()) {
        return;
    }
    let subj = cx.subject_text(c);
    let role = cx.sp(f, e);
    let q = if dutch {
        format!("Wat {verb} {subj} als {role}?")
    } else {
        let aux = match verb {
            "uses" => "does",
            "used" => "did",
            _ => "do",
        };
        format!("What {aux} {subj} use as {role}?")
    };
    let ans = cx.sp(r0, k).to_string();
    cx.push(Rule::Object, tidy(&q), &ans, false);
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn what_something_is_used_as() {
        assert_card(
            &DUTCH,
            "Slakken gebruiken hun voet als een zuignap op gladde stenen.",
            Rule::Object,
            "Wat gebruiken slakken als zuignap op gladde stenen?",
            "hun voet",
        );
        assert_card(
            &ENGLISH,
            "Many plants use sunlight as their main source of energy.",
            Rule::Object,
            "What do many plants use as their main source of energy?",
            "sunlight",
        );
    }

    #[test]
    fn use_without_as_or_with_a_clause_after_as_is_no_card() {
        let c = cards(
            &ENGLISH,
            "Many plants use sunlight to make sugar from water.",
        );
        assert!(!c.iter().any(|(_, f, _)| f.contains("use as")), "{c:#?}");
        let c = cards(
            &DUTCH,
            "Mensen gebruiken deze planten als ze ziek zijn geworden.",
        );
        assert!(!c.iter().any(|(_, f, _)| f.contains(" als ")), "{c:#?}");
    }
}
