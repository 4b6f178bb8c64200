//! What something has an effect on (round 17): "Insufficient sleep and poor sleep quality
//! have negative effects on heart health" → *What do insufficient sleep and poor sleep quality
//! have negative effects on? → heart health*; "Regenwormen hebben een grote invloed op de
//! bodemstructuur" → *Waarop hebben regenwormen een grote invloed? → bodemstructuur*. The
//! object rule refuses "have" with an empty noun ("effects"): the thing affected is the fact.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::{Kind, Tok};

pub(super) fn effect_noun(dutch: bool, t: &Tok) -> bool {
    if dutch {
        matches!(
            t.lower.as_str(),
            "invloed" | "effect" | "effecten" | "uitwerking" | "weerslag"
        )
    } else {
        matches!(
            t.lower.as_str(),
            "effect" | "effects" | "impact" | "impacts" | "influence"
        )
    }
}

pub(super) fn effect_on(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let dutch = cx.lex().dutch;
    let fin = toks[c.fin].lower.as_str();
    let have = if dutch {
        matches!(fin, "heeft" | "hebben" | "had" | "hadden")
    } else {
        matches!(fin, "has" | "have" | "had")
    };
    if !have || c.front.is_some() || c.inverted || cx.is_pronoun(c.subj) {
        return;
    }
    if !cx.short_plain_subject(c) {
        return;
    }
    let on = if dutch { "op" } else { "on" };
    // the effect noun and its "on"/"op", in the same stretch of the sentence (no comma before)
    let end = toks.len();
    let Some(n) = (c.rest.0..end.min(c.rest.0 + 16))
        .find(|&k| effect_noun(dutch, &toks[k]) && toks.get(k + 1).is_some_and(|t| t.is(on)))
    else {
        return;
    };
    if toks[c.fin..n]
        .iter()
        .any(|t| t.kind == Kind::Punct || t.negation() || t.is("no"))
    {
        return;
    }
    // the words that say what kind of effect: an article and up to three adjectives before
    // the noun ("a profound effect", "een grote invloed"); English "have had" keeps "had"
    let mut m = n;
    while m > c.rest.0
        && n - m < 3
        && toks[m - 1].kind == Kind::Word
        && !toks[m - 1].stop()
        && !toks[m - 1].prep()
        && !toks[m - 1].article()
        && !toks[m - 1].finite()
        && !toks[m - 1].is("had")
    {
        m -= 1;
    }
    if m > c.rest.0 && toks[m - 1].article() {
        m -= 1;
    }
    let perfect = !dutch && toks[c.rest.0].is("had") && m == c.rest.0 + 1;
    if m != c.rest.0 && !perfect && !dutch {
        return;
    }
    // the thing affected: to a comma, full stop or a new clause; a bracket stays with it
    let a0 = n + 2;
    let mut a1 = a0;
    while a1 < end {
        let t = &toks[a1];
        if t.is_punct("(") {
            match (a1..end).find(|&x| toks[x].is_punct(")")) {
                Some(x) => {
                    a1 = x + 1;
                    continue;
                }
                None => return,
            }
        }
        if t.kind == Kind::Punct && !t.is_punct("-")
            || t.relative() && !t.article()
            || t.finite()
            || t.prep() && !t.is("of") && !t.is("van")
            || t.conj() && toks.get(a1 + 1).is_some_and(|x| x.finite())
        {
            break;
        }
        a1 += 1;
    }
    if a1 <= a0 || a1 - a0 > 12 {
        return;
    }
    let subj = cx.subject_text(c);
    let kind = cx.sp(m, n + 1);
    let q = if dutch {
        format!("Waarop {fin} {subj} {kind}?")
    } else if perfect {
        format!("What {fin} {subj} had {kind} on?")
    } else {
        let aux = match fin {
            "has" => "does",
            "had" => "did",
            _ => "do",
        };
        format!("What {aux} {subj} have {kind} on?")
    };
    let ans = cx.sp(a0, a1).to_string();
    cx.push(Rule::Object, tidy(&q), &ans, false);
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn what_something_has_an_effect_on() {
        assert_card(
            &ENGLISH,
            "Long working hours have negative effects on family life.",
            Rule::Object,
            "What do long working hours have negative effects on?",
            "family life",
        );
        assert_card(
            &ENGLISH,
            "Rivers have had a profound effect on the landscape (the shape of the land) in some areas.",
            Rule::Object,
            "What have rivers had a profound effect on?",
            "landscape (the shape of the land)",
        );
        assert_card(
            &DUTCH,
            "Bevers hebben door het bouwen van dammen een grote invloed op de waterstand.",
            Rule::Object,
            "Waarop hebben bevers een grote invloed?",
            "waterstand",
        );
    }

    #[test]
    fn no_effect_a_pointer_or_another_have_is_not_asked() {
        for (dutch, text) in [
            (false, "Long working hours have no effect on family life."),
            (false, "It has a negative effect on family life."),
            (
                false,
                "Long working hours have many causes in modern offices.",
            ),
            (true, "Bevers hebben geen invloed op de waterstand."),
        ] {
            let c = cards(if dutch { &DUTCH } else { &ENGLISH }, text);
            assert!(
                !c.iter()
                    .any(|(_, f, _)| f.contains(" effect") || f.contains("Waarop")),
                "no effect card expected for {text}: {c:#?}"
            );
        }
    }
}
