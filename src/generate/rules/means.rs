//! How something is done, said with "by" and a gerund at the end of the clause (round 14):
//! "The immune system protects the body from infection by identifying and destroying
//! bacteria" → *How does the immune system protect the body from infection? → by identifying
//! and destroying bacteria*. (`fronted::by_means_of` asks "by means of X" the same way.)
//! Dutch says it with "door het" and an infinitive used as a noun, inside the clause:
//! "Regenwormen hebben door het graven van tunnels en het afbreken van plantaardig materiaal
//! een grote invloed op de bodemstructuur" → *Waardoor hebben regenwormen een grote invloed
//! op de bodemstructuur? → het graven van tunnels en het afbreken van plantaardig materiaal*.

use super::{Ctx, Rule, is_participle, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::Kind;

pub(super) fn by_doing(cx: &mut Ctx, c: &Clause) {
    // both forms need "by" or "door"
    if !cx.has(super::HAS_BY) {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    if lex.dutch {
        door_het(cx, c);
        return;
    }
    if c.front.is_some() || c.inverted || cx.is_pronoun(c.subj) || cx.s.negated {
        return;
    }
    let (r0, r1) = c.rest;
    let Some(k) = (r0 + 1..r1.saturating_sub(1)).find(|&k| {
        toks[k].is("by")
            && toks[k + 1].kind == Kind::Word
            && !toks[k + 1].cap
            && toks[k + 1].lower.len() > 5
            && toks[k + 1].lower.ends_with("ing")
    }) else {
        return;
    };
    // a passive's agent ("is caused by eating …") is `agent`'s; a long verb phrase, or one
    // with a clause of its own, has other phrases the means could belong to
    let before = if toks[k - 1].is_punct(",") { k - 1 } else { k };
    if before <= r0
        || before - r0 > 8
        || is_participle(lex, &toks[k - 1].lower)
        || toks[r0..before].iter().any(|t| {
            t.kind == Kind::Punct
                || matches!(
                    t.lower.as_str(),
                    "to" | "when" | "while" | "during" | "that" | "which" | "who"
                )
        })
    {
        return;
    }
    // the phrase runs to the end of the sentence or its first comma
    let a1 = (k + 2..toks.len())
        .find(|&x| toks[x].kind == Kind::Punct && !toks[x].is_punct("-"))
        .unwrap_or(toks.len());
    if a1 - k > 10 {
        return;
    }
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let subj = cx.subject_text(c);
    let rest = cx.sp(r0, before).to_string();
    let ans = cx.sp(k, a1).to_string();
    if let Some(q) = cx.a.lang.front_question("How", &fin, &subj, &rest) {
        cx.push(Rule::Reason, tidy(&q), &ans, false);
    }
}

/// "door het graven van tunnels (en het afbreken van …)" inside a Dutch main clause.
fn door_het(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    if c.front.is_some() || c.inverted || cx.is_pronoun(c.subj) || cx.s.negated {
        return;
    }
    // the clause's rest stops at "en" ("door het graven van tunnels | en het afbreken …"):
    // the phrase and what follows it run to the end of the sentence
    let r0 = c.rest.0;
    let r1 = crate::generate::clause::body_end(toks);
    let Some(k) = (r0..r1.saturating_sub(3)).find(|&k| {
        toks[k].is("door")
            && toks[k + 1].is("het")
            && toks[k + 2].kind == Kind::Word
            && toks[k + 2].lower.len() > 4
            && toks[k + 2].lower.ends_with("en")
            && toks[k + 3].is("van")
    }) else {
        return;
    };
    // the phrase: "van" and its noun phrase, "en het <infinitive> van …"; it ends before
    // a new noun phrase that no preposition or "en" links to it
    let mut e = k + 4;
    while e < r1 {
        let t = &toks[e];
        if t.kind != Kind::Word || t.finite() {
            break;
        }
        if t.article() && !(toks[e - 1].prep() || toks[e - 1].conj()) {
            break;
        }
        e += 1;
    }
    // something must stay in the question after the phrase (no clause of its own), and the
    // phrase must be short
    if e >= r1
        || e - k > 14
        || e <= k + 4
        || toks[e..r1]
            .iter()
            .any(|t| t.kind == Kind::Punct || t.finite() || t.relative() && !t.article())
    {
        return;
    }
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let subj = cx.subject_text(c);
    let rest = cx.without(r0, r1, (k, e));
    let ans = cx.sp(k + 1, e).to_string();
    if let Some(q) = cx.a.lang.front_question("Waardoor", &fin, &subj, &rest) {
        cx.push(Rule::Reason, tidy(&q), &ans, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn waardoor_with_door_het_and_an_infinitive() {
        assert_card(
            &DUTCH,
            "Mollen hebben door het graven van gangen en het opruimen van bladeren een grote invloed op de bodem.",
            Rule::Reason,
            "Waardoor hebben mollen een grote invloed op de bodem?",
            "graven van gangen en het opruimen van bladeren",
        );
        // "door het bos": no infinitive
        let c = cards(
            &DUTCH,
            "Mollen lopen door het bos van de boer naar de weide.",
        );
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("Waardoor")),
            "{c:#?}"
        );
    }

    #[test]
    fn how_it_is_done_by_a_gerund() {
        assert_card(
            &ENGLISH,
            "White blood cells protect the body from disease by finding and destroying germs.",
            Rule::Reason,
            "How do white blood cells protect the body from disease?",
            "by finding and destroying germs",
        );
    }

    #[test]
    fn no_how_question_for_a_passive_or_a_nested_phrase() {
        let c = cards(
            &ENGLISH,
            "The disease is often caused by eating raw meat from infected animals.",
        );
        assert!(!c.iter().any(|(_, f, _)| f.starts_with("How")), "{c:#?}");
        let c = cards(
            &ENGLISH,
            "Doctors try to protect patients by giving them vaccines in spring.",
        );
        assert!(!c.iter().any(|(_, f, _)| f.starts_with("How")), "{c:#?}");
    }
}

/// When something happens, said by a "when" clause in front of the main clause (round 14):
/// "When the snowfall in an area far exceeds the melting, glaciers start to form" → *When do
/// glaciers start to form? → when the snowfall in an area far exceeds the melting*. Not when
/// the main clause's subject is a pronoun ("When the ice forms …, it slowly flows …").
pub(super) fn when_fronted(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let lex = cx.lex();
    let Some((f0, f1)) = c.front else {
        return;
    };
    if lex.dutch
        || !toks[f0].is("when")
        || c.inverted
        || cx.is_pronoun(c.subj)
        || cx.s.negated
        || cx.s.hedged
    {
        return;
    }
    // the clause: to its comma, with a subject of its own (an article or "there") and no
    // other punctuation
    let mut e = f1;
    while e > f0 + 1 && toks[e - 1].kind == Kind::Punct {
        e -= 1;
    }
    let opener = &toks[f0 + 1];
    let content = toks[f0 + 1..e].iter().filter(|t| !t.stop()).count();
    if e < f0 + 4
        || !(opener.article() || opener.is("there"))
        || toks[f0 + 1..e].iter().any(|t| t.kind == Kind::Punct)
        || !(1..=12).contains(&content)
    {
        return;
    }
    let subj = cx.subject_text(c);
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let rest = cx.sp(c.rest.0, c.rest.1).to_string();
    let ans = cx.a.unstart(cx.sp(f0, e));
    if let Some(q) = cx.a.lang.front_question("When", &fin, &subj, &rest) {
        cx.push(Rule::Reason, tidy(&q), &ans, true);
    }
}

#[cfg(test)]
mod when_tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::ENGLISH;

    #[test]
    fn a_fronted_when_clause_is_asked_with_when() {
        assert_card(
            &ENGLISH,
            "When the water in a lake freezes solid, the fish move to deeper water.",
            Rule::Reason,
            "When do the fish move to deeper water?",
            "when the water in a lake freezes solid",
        );
        // a pronoun subject: nothing
        let c = cards(
            &ENGLISH,
            "When the water in a lake freezes solid, they move to deeper water.",
        );
        assert!(!c.iter().any(|(_, f, _)| f.starts_with("When")), "{c:#?}");
    }
}
