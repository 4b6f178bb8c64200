//! Dutch "door" and a noun phrase right after an active verb (round 17): "Libellen vallen
//! verder op door de grote ogen, …" → *Waardoor vallen libellen verder op? → de grote ogen,
//! …*; "Amfibieën kenmerken zich door de metamorfose in hun ontwikkeling" → *Waardoor kenmerken
//! amfibieën zich in hun ontwikkeling? → de metamorfose*; a fronted phrase goes into the
//! question ("Onder natuurlijke omstandigheden komen regenwormen boven door …" → *Waardoor
//! komen regenwormen onder natuurlijke omstandigheden boven?*). After a passive "door" names
//! the agent (`agent`); "door het graven van …" is `means::door_het`'s, "door middel van"
//! `fronted::by_means_of`'s.

use super::{Ctx, Rule, extend_list, np_after, tidy};
use crate::generate::clause::{Clause, body_end};
use crate::generate::tokens::Kind;

/// Verbs of motion: "door" after them is a path ("stroomt door de aderen"), no cause.
const MOTION: &[&str] = &[
    "stroomt", "stromen", "loopt", "lopen", "vliegt", "vliegen", "zwemt", "zwemmen", "reist",
    "reizen", "gaat", "gaan", "beweegt", "bewegen", "trekt", "trekken", "dringt", "dringen",
    "kruipt", "kruipen", "rijdt", "rijden", "valt", "vallen", "komt", "komen", "loopt",
];

/// Words that may stand between the verb and "door": "zich", a particle, an adverb.
fn between(w: &str) -> bool {
    matches!(
        w,
        "zich"
            | "op"
            | "uit"
            | "boven"
            | "af"
            | "aan"
            | "voort"
            | "verder"
            | "vooral"
            | "vaak"
            | "ook"
            | "onder"
            | "meestal"
            | "voornamelijk"
            | "sterk"
            | "duidelijk"
    )
}

pub(super) fn door_np(cx: &mut Ctx, c: &Clause) {
    // no "door" in the sentence
    if !cx.has(super::HAS_BY) {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    if !lex.dutch || cx.is_pronoun(c.subj) || cx.s.negated {
        return;
    }
    let fin = toks[c.fin].lower.as_str();
    // an active main verb: no auxiliary (a passive's "door" is its agent), no copula
    if lex.aux.contains(&fin) || lex.copula.contains(&fin) || fin == "heeft" || fin == "hebben" {
        return;
    }
    let r0 = c.rest.0;
    let Some(k) = (r0..body_end(toks).min(r0 + 4)).find(|&k| toks[k].is("door")) else {
        return;
    };
    // the clause ends at a colon or semicolon ("… in hun ontwikkeling: de larven …")
    let end = (k..body_end(toks))
        .find(|&x| toks[x].is_punct(":") || toks[x].is_punct(";"))
        .unwrap_or(body_end(toks));
    if toks[r0..k].iter().any(|t| !between(&t.lower)) {
        return;
    }
    // a verb of motion without its particle: "door" is the path
    let particle = toks[r0..k].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "op" | "uit" | "boven" | "af" | "aan" | "voort"
        )
    });
    if MOTION.contains(&fin) && !particle {
        return;
    }
    // the cause: a noun phrase (or a list of them), no name (an agent), no "middel"/"het
    // graven van" (other rules)
    let a0 = k + 1;
    let Some(first) = toks.get(a0) else {
        return;
    };
    let next = toks.get(a0 + 1);
    if first.cap
        || first.kind != Kind::Word
        || first.prep()
        || first.pronoun()
            && !first.article()
            && !matches!(first.lower.as_str(), "hun" | "zijn" | "haar")
        || matches!(first.lower.as_str(), "middel" | "toedoen" | "elkaar")
        || next.is_some_and(|n| n.is("middel") || n.is("behulp") || n.cap)
    {
        return;
    }
    let a1 = np_after(lex, toks, a0, end, 8);
    if a1 <= a0 {
        return;
    }
    let mut a1 = extend_list(toks, a1, end);
    // a list member that the length limit cut ("de geprononceerde | vleugels") runs on (a
    // noun that is also a verb's form, "kleuren", too)
    while a1 < end
        && toks[a1].kind == Kind::Word
        && !toks[a1].prep()
        && !toks[a1].conj()
        && !toks[a1].relative()
        && !toks[a1].article()
    {
        a1 += 1;
    }
    // "gebrek | aan voedsel": a phrase that completes the noun joins the answer; a phrase of
    // place or time ("in hun ontwikkeling") stays with the clause
    let a1 = if toks.get(a1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "aan" | "van" | "op" | "tegen" | "tot" | "voor" | "met" | "naar" | "om"
        )
    }) {
        end
    } else {
        a1
    };
    // what follows the phrase stays in the question: a short phrase, no clause of its own
    if end - a1 > 6
        || toks[a1..end]
            .iter()
            .any(|t| t.kind == Kind::Punct || t.finite() || t.relative() && !t.article())
    {
        return;
    }
    let subj = cx.subject_text(c);
    let verb = cx.sp(c.fin, c.fin + 1).to_string();
    let mut rest = cx.without(r0, end, (k, a1));
    if let Some(f) = c.front {
        if !c.inverted
            || toks[f.0..f.1]
                .iter()
                .any(|t| t.demonstrative() || t.pronoun() && !t.article())
        {
            return;
        }
        rest = format!("{} {rest}", cx.a.unstart(cx.sp(f.0, f.1)));
    }
    let q = format!("Waardoor {verb} {subj} {rest}?");
    let ans = cx.sp(a0, a1).to_string();
    cx.push(Rule::Reason, tidy(&q), &ans, false);
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::DUTCH;

    #[test]
    fn waardoor_after_an_active_verb() {
        assert_card(
            &DUTCH,
            "Zebra's vallen op door hun zwarte en witte strepen.",
            Rule::Reason,
            "Waardoor vallen zebra's op?",
            "hun zwarte en witte strepen",
        );
        assert_card(
            &DUTCH,
            "Kevers vallen op door de harde dekschilden, de lange sprieten en de felle kleuren.",
            Rule::Reason,
            "Waardoor vallen kevers op?",
            "harde dekschilden, de lange sprieten en de felle kleuren",
        );
        assert_card(
            &DUTCH,
            "Insecten kenmerken zich door een uitwendig skelet van chitine.",
            Rule::Reason,
            "Waardoor kenmerken insecten zich?",
            "uitwendig skelet van chitine",
        );
        assert_card(
            &DUTCH,
            "Bij droog weer komen mollen boven door gebrek aan voedsel.",
            Rule::Reason,
            "Waardoor komen mollen bij droog weer boven?",
            "gebrek aan voedsel",
        );
    }

    #[test]
    fn a_path_an_agent_or_a_means_is_not_asked_here() {
        for text in [
            "Het bloed stroomt door de aderen naar het hart.",
            "Het nest wordt door de vogels gebouwd van takjes.",
            "De vogels vinden hun weg door middel van de sterren.",
            "Mollen lopen door het bos.",
        ] {
            let c = cards(&DUTCH, text);
            assert!(
                !c.iter()
                    .any(|(r, f, _)| *r == Rule::Reason && f.starts_with("Waardoor")),
                "no Waardoor card expected for {text}: {c:#?}"
            );
        }
    }
}
