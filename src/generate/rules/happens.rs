//! What happens to something in a period named in front (round 15): "During El Niño, the
//! trade winds decrease, ocean water piles up off South America, the sea surface temperature
//! increases in the eastern Pacific, …" → *What happens to the trade winds during El Niño? →
//! they decrease* and *What happens to the sea surface temperature during El Niño? → it
//! increases in the eastern Pacific*. Each clause of the series that has a subject with an
//! article and a verb of change (increase, decrease, rise, fall, relax, shift …) gives one
//! card; English only (Dutch says "neemt toe", a verb in two parts).

use super::{Ctx, Rule};
use crate::generate::tokens::Kind;

const CHANGE: &[&str] = &[
    "increase",
    "increases",
    "decrease",
    "decreases",
    "rise",
    "rises",
    "fall",
    "falls",
    "drop",
    "drops",
    "relax",
    "relaxes",
    "grow",
    "grows",
    "shrink",
    "shrinks",
    "weaken",
    "weakens",
    "strengthen",
    "strengthens",
    "shift",
    "shifts",
    "expand",
    "expands",
    "decline",
    "declines",
];

pub(super) fn happens_during(cx: &mut Ctx) {
    let toks = cx.toks();
    if cx.lex().dutch || toks.len() < 6 || !toks[0].is("during") || cx.s.negated {
        return;
    }
    let Some(comma) = (2..toks.len().min(8)).find(|&k| toks[k].is_punct(",")) else {
        return;
    };
    if toks[1..comma].iter().any(|t| t.kind == Kind::Punct) {
        return;
    }
    let time = cx.sp(1, comma).to_string();
    let mut k = comma + 1;
    let mut out = Vec::new();
    while k < toks.len() {
        // the clause runs to the next comma (", and" too) or the sentence's end
        let end = (k..toks.len())
            .find(|&x| toks[x].kind == Kind::Punct && !toks[x].is_punct("-"))
            .unwrap_or(toks.len());
        let mut f = k;
        if toks[f].is("and") {
            f += 1;
        }
        if f < end
            && toks[f].is("the")
            && let Some(v) =
                (f + 2..end.min(f + 6)).find(|&x| CHANGE.contains(&toks[x].lower.as_str()))
            && toks[f + 1..v]
                .iter()
                .all(|t| t.kind == Kind::Word && !t.stop())
        {
            // what the verb says more, to an "-ing" phrase ("leading to …"), at most eight words
            let mut e = (v + 1..end)
                .find(|&x| toks[x].lower.ends_with("ing") && toks[x].lower.len() > 5)
                .unwrap_or(end);
            if e - v - 1 > 8 {
                e = v + 1;
            }
            let verb = toks[v].lower.as_str();
            let pronoun = if verb.ends_with('s') && !verb.ends_with("ss") || verb.ends_with("sses")
            {
                "it"
            } else {
                "they"
            };
            let subj = cx.sp(f, v).to_lowercase();
            let ans = if e > v + 1 {
                format!("{pronoun} {verb} {}", cx.sp(v + 1, e))
            } else {
                format!("{pronoun} {verb}")
            };
            out.push((format!("What happens to {subj} during {time}?"), ans));
        }
        k = end + 1;
    }
    for (q, a) in out {
        cx.push(Rule::Reason, q, &a, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::ENGLISH;

    #[test]
    fn what_happens_during_a_period() {
        let text = "During a drought, the water table falls, farmers plant less, and the river temperature rises in the lowlands.";
        assert_card(
            &ENGLISH,
            text,
            Rule::Reason,
            "What happens to the water table during a drought?",
            "it falls",
        );
        assert_card(
            &ENGLISH,
            text,
            Rule::Reason,
            "What happens to the river temperature during a drought?",
            "it rises in the lowlands",
        );
    }

    #[test]
    fn no_verb_of_change_or_no_period_in_front_is_no_card() {
        let c = cards(
            &ENGLISH,
            "During a drought, the farmers plant less and the river carries less water.",
        );
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("What happens")),
            "{c:#?}"
        );
        let c = cards(
            &ENGLISH,
            "In most years the water table falls in the summer.",
        );
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("What happens")),
            "{c:#?}"
        );
    }
}
