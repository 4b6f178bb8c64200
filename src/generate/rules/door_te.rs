//! How something is done, said in Dutch with "door" and a "te" infinitive that closes the
//! clause: "Bijen koelen het nest door met hun vleugels te wapperen" → "Hoe koelen bijen het
//! nest?" → door met hun vleugels te wapperen. (`means::by_doing` asks the English "by" and a
//! gerund, and the Dutch "door het" and an infinitive used as a noun.)

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::Kind;

pub(super) fn door_te(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let lex = cx.lex();
    if !lex.dutch || c.front.is_some() || cx.is_pronoun(c.subj) || cx.s.negated {
        return;
    }
    let (r0, r1) = c.rest;
    // "door" … "te" + the verb at the clause's end
    if r1 < r0 + 4 || !toks[r1 - 2].is("te") {
        return;
    }
    let Some(k) = (r0 + 1..r1 - 2).find(|&k| toks[k].is("door")) else {
        return;
    };
    // what the clause says before it: a short phrase without a comma or a clause of its own;
    // "door het …" is `means::by_doing`'s
    if k - r0 > 8
        || toks.get(k + 1).is_some_and(|t| t.is("het"))
        || toks[r0..k]
            .iter()
            .any(|t| t.kind == Kind::Punct || t.relative() && !t.article() || t.finite())
        || toks[k..r1].iter().any(|t| t.kind == Kind::Punct)
    {
        return;
    }
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let subj = cx.subject_text(c);
    let rest = cx.sp(r0, k).to_string();
    let ans = cx.sp(k, r1).to_string();
    if let Some(q) = cx.a.lang.front_question("Hoe", &fin, &subj, &rest) {
        cx.push(Rule::Reason, tidy(&q), &ans, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::DUTCH;

    #[test]
    fn how_a_thing_is_done_with_door_te() {
        assert_card(
            &DUTCH,
            "Bijen koelen het nest door met hun vleugels te wapperen.",
            Rule::Reason,
            "Hoe koelen bijen het nest?",
            "door met hun vleugels te wapperen",
        );
    }

    #[test]
    fn no_hoe_without_a_te_infinitive() {
        for text in [
            "Het nest wordt door de bijen gebouwd.",
            "Bijen koelen het nest door de hele zomer.",
        ] {
            let c = cards(&DUTCH, text);
            assert!(
                !c.iter().any(|(_, f, _)| f.starts_with("Hoe")),
                "{text}: {c:#?}"
            );
        }
    }
}
