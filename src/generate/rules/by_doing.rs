//! How something is done, by a gerund or a "te" infinitive after "by" / "door": "Vaccines
//! protect the body by training the immune system …" → "How do vaccines protect the body?" →
//! by training the immune system …; "Bijen
//! koelen het nest door met hun vleugels te wapperen" → "Hoe koelen bijen het nest?" → door met
//! hun vleugels te wapperen.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::Kind;

pub(super) fn by_doing(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let lex = cx.lex();
    if c.front.is_some() || cx.is_pronoun(c.subj) || cx.s.negated {
        return;
    }
    let (r0, r1) = c.rest;
    // "by" + a gerund, or "door" … "te" + a verb at the clause's end
    let Some(k) = (r0 + 1..r1).find(|&k| {
        if lex.dutch {
            toks[k].is("door") && (k + 2..r1).any(|x| toks[x].is("te")) && toks[r1 - 2].is("te")
        } else {
            toks[k].is("by")
                && toks.get(k + 1).is_some_and(|t| {
                    t.kind == Kind::Word
                        && t.lower.len() > 5
                        && t.lower.ends_with("ing")
                        && !matches!(t.lower.as_str(), "during" | "including" | "according")
                })
        }
    }) else {
        return;
    };
    // what the clause says before it: a short phrase without a comma or a clause of its own
    if k - r0 > 8
        || toks[r0..k]
            .iter()
            .any(|t| t.kind == Kind::Punct || t.relative() && !t.article() || t.finite())
    {
        return;
    }
    let end = (k + 1..r1)
        .find(|&x| toks[x].is_punct(",") || toks[x].is_punct(";"))
        .unwrap_or(r1);
    // "by identifying and destroying bacteria, viruses, and other …": a comma inside a list
    // does not end the answer
    let end = if toks.get(end).is_some_and(|t| t.is_punct(","))
        && toks[end + 1..]
            .iter()
            .take(12)
            .any(|t| matches!(t.lower.as_str(), "and" | "or" | "en" | "of"))
    {
        match super::list_to_end(lex, toks, end) {
            Some(e) => e,
            None => return,
        }
    } else {
        end
    };
    if end - k < 3 || end - k > 18 {
        return;
    }
    let wh = if lex.dutch { "Hoe" } else { "How" };
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let subj = cx.subject_text(c);
    let rest = cx.sp(r0, k).to_string();
    let ans = cx.sp(k, end).to_string();
    if let Some(q) = cx.a.lang.front_question(wh, &fin, &subj, &rest) {
        cx.push(Rule::Reason, tidy(&q), &ans, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn how_a_thing_is_done() {
        assert_card(
            &ENGLISH,
            "Vaccines protect the body by training the immune system with a harmless part of a germ.",
            Rule::Reason,
            "How do vaccines protect the body?",
            "by training the immune system with a harmless part of a germ",
        );
        assert_card(
            &DUTCH,
            "Bijen koelen het nest door met hun vleugels te wapperen.",
            Rule::Reason,
            "Hoe koelen bijen het nest?",
            "door met hun vleugels te wapperen",
        );
    }

    #[test]
    fn a_list_in_the_answer_is_kept_whole() {
        assert_card(
            &ENGLISH,
            "The immune system protects the body by destroying bacteria, viruses, and other harmful substances.",
            Rule::Reason,
            "How does the immune system protect the body?",
            "by destroying bacteria, viruses, and other harmful substances",
        );
    }

    #[test]
    fn no_how_without_a_gerund_or_infinitive() {
        for text in [
            "The nest was built by bees during the summer.",
            "Bees cool the nest during the day.",
        ] {
            let c = cards(&ENGLISH, text);
            assert!(
                !c.iter().any(|(_, f, _)| f.starts_with("How")),
                "{text}: {c:#?}"
            );
        }
        let c = cards(&DUTCH, "Het nest wordt door de bijen gebouwd.");
        assert!(!c.iter().any(|(_, f, _)| f.starts_with("Hoe")), "{c:#?}");
    }
}
