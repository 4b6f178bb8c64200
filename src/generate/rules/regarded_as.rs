//! What something is regarded as (round 17): "De Mygalomorphae worden beschouwd als de
//! primitievere spinnen" → *Wat wordt als de primitievere spinnen beschouwd? →
//! Mygalomorphae*; "De bladluisetende soorten worden vaak als nuttig gezien" → *Wat wordt vaak
//! als nuttig gezien? → bladluisetende soorten*; "Aspirin is considered a safe
//! drug" → *What is considered a safe drug? → aspirin*. The verb says nothing of its own
//! (no object, no place), so no other rule asks it; the judgement is the fact, and what it
//! is made of is the subject.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::{Kind, Tok};

/// The participles of "regard as": Dutch "beschouwd/gezien (als)", English
/// "considered/regarded/seen/viewed (as)".
fn regard_participle(dutch: bool, t: &Tok) -> bool {
    if dutch {
        matches!(t.lower.as_str(), "beschouwd" | "gezien")
    } else {
        matches!(
            t.lower.as_str(),
            "considered" | "regarded" | "seen" | "viewed"
        )
    }
}

/// A subject of at most six words that is one plain thing: no quantifier ("de meeste
/// vlinders", "many species": they hold of a part and say not which), no demonstrative, no
/// punctuation, finite verb or relative (a clause). Shared with `as_role`.
pub(super) fn plain_thing(toks: &[Tok], s0: usize, s1: usize) -> bool {
    s1 > s0
        && s1 - s0 <= 6
        && !toks[s0..s1].iter().any(|t| {
            t.kind == Kind::Punct
                || t.demonstrative()
                || t.finite()
                || t.relative() && !t.article()
                || matches!(
                    t.lower.as_str(),
                    "meeste"
                        | "veel"
                        | "sommige"
                        | "alle"
                        | "enkele"
                        | "most"
                        | "many"
                        | "some"
                        | "all"
                        | "few"
                        | "several"
                )
        })
}

pub(super) fn regarded_as(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let lex = cx.lex();
    let dutch = lex.dutch;
    let fin = toks[c.fin].lower.as_str();
    match fin {
        "wordt" | "werd" | "worden" | "werden" if dutch => {}
        "is" | "was" | "are" | "were" if !dutch => {}
        _ => return,
    }
    if c.front.is_some() || c.inverted || cx.is_pronoun(c.subj) {
        return;
    }
    let (s0, s1) = c.subj;
    // a subject that is one named or plain thing: no quantifier ("de meeste vlinders" holds
    // of a part), no demonstrative, no comma or clause, at most six words
    if !plain_thing(toks, s0, s1) || toks[s0..s1].iter().any(|t| t.lower == "verreweg") {
        return;
    }
    let as_word = if dutch { "als" } else { "as" };
    let (r0, r1) = c.rest;
    // adverbs first ("vaak", "often", "wel", "generally"), at most two
    let mut k = r0;
    while k < r1.min(r0 + 2)
        && toks[k].kind == Kind::Word
        && !toks[k].is(as_word)
        && !regard_participle(dutch, &toks[k])
        && (toks[k].lower.ends_with("ly")
            || matches!(
                toks[k].lower.as_str(),
                "vaak" | "wel" | "meestal" | "algemeen" | "often" | "also" | "ook" | "widely"
            ))
    {
        k += 1;
    }
    let adverbs = cx.sp(r0, k).to_string();
    // "beschouwd als ROLE" or (Dutch) "als ROLE beschouwd"
    let (participle, f, e) = if k < r1 && regard_participle(dutch, &toks[k]) {
        // English "considered (to be) ROLE", "regarded as ROLE"; Dutch "beschouwd als ROLE"
        let mut f = k + 1;
        if f < toks.len() && toks[f].is(as_word) {
            f += 1;
        } else if !dutch && toks[k].is("considered") {
            if toks.get(f).is_some_and(|t| t.is("to"))
                && toks.get(f + 1).is_some_and(|t| t.is("be"))
            {
                f += 2;
            }
        } else {
            return;
        }
        // the role: to the clause's punctuation or a conjunction before a verb
        let e = (f..toks.len())
            .find(|&x| {
                toks[x].kind == Kind::Punct && !toks[x].is_punct("-") && !toks[x].is_punct("'")
                    || toks[x].conj() && toks.get(x + 1).is_some_and(|n| n.finite())
                    || matches!(
                        toks[x].lower.as_str(),
                        "omdat" | "doordat" | "because" | "since" | "when" | "wanneer"
                    )
            })
            .unwrap_or(toks.len());
        (k, f, e)
    } else if dutch && k < r1 && toks[k].is(as_word) {
        let Some(p) =
            (k + 1..r1 + 1).find(|&x| toks.get(x).is_some_and(|t| regard_participle(dutch, t)))
        else {
            return;
        };
        (p, k + 1, p)
    } else {
        return;
    };
    // a negation in the clause denies the judgement; one in a later clause does not
    if e <= f
        || e - f > 8
        || toks[s0..e].iter().any(|t| t.negation())
        || toks[f..e]
            .iter()
            .any(|t| t.relative() && !t.article() || t.finite() || t.pronoun() && !t.article())
    {
        return;
    }
    let role = cx.sp(f, e);
    let part = cx.sp(participle, participle + 1);
    let fin_text = cx.sp(c.fin, c.fin + 1).to_lowercase();
    // one unknown: the singular ("Wat wordt …?", "What is …?"); "Welke soorten …? →
    // bladluisetende soorten" would show the answer's head
    let verb = match fin_text.as_str() {
        "worden" => "wordt",
        "werden" => "werd",
        "are" => "is",
        "were" => "was",
        other => other,
    };
    let wh = if dutch { "Wat" } else { "What" };
    let adverbs = if adverbs.is_empty() {
        String::new()
    } else {
        format!(" {adverbs}")
    };
    let q = if dutch {
        format!("{wh} {verb}{adverbs} als {role} {part}?")
    } else if toks[participle].is("considered")
        && !toks[participle + 1..f].iter().any(|t| t.is("as"))
    {
        format!("{wh} {verb}{adverbs} {part} {role}?")
    } else {
        format!("{wh} {verb}{adverbs} {part} as {role}?")
    };
    let ans = cx.subject_text(c);
    cx.push(Rule::Subject, tidy(&q), &ans, false);
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn what_is_regarded_as_a_role() {
        assert_card(
            &DUTCH,
            "De Mesozoa worden beschouwd als de eenvoudigste dieren, ze hebben geen organen.",
            Rule::Subject,
            "Wat wordt als de eenvoudigste dieren beschouwd?",
            "Mesozoa",
        );
        assert_card(
            &DUTCH,
            "De zaadetende soorten worden vaak als schadelijke plaaginsecten gezien.",
            Rule::Subject,
            "Wat wordt vaak als schadelijke plaaginsecten gezien?",
            "zaadetende soorten",
        );
        assert_card(
            &ENGLISH,
            "Aspirin is considered a safe drug for most adults.",
            Rule::Subject,
            "What is considered a safe drug for most adults?",
            "aspirin",
        );
        assert_card(
            &ENGLISH,
            "Hand washing is regarded as the best defence against infection.",
            Rule::Subject,
            "What is regarded as the best defence against infection?",
            "hand washing",
        );
    }

    #[test]
    fn a_part_a_pointer_or_a_denial_is_not_asked() {
        for (dutch, text) in [
            (
                true,
                "De meeste kevers worden beschouwd als nuttige dieren.",
            ),
            (
                true,
                "Deze spinnen worden wel als de hoogst ontwikkelde groep gezien.",
            ),
            (true, "Kevers worden niet als nuttige dieren beschouwd."),
            (false, "Most beetles are considered useful animals."),
            // too little said to ask ("Wat wordt vaak als nuttig gezien?")
            (true, "De zaadetende soorten worden vaak als nuttig gezien."),
            (false, "The results were seen by the committee."),
        ] {
            let c = cards(if dutch { &DUTCH } else { &ENGLISH }, text);
            assert!(
                !c.iter().any(|(r, f, _)| *r == Rule::Subject
                    && (f.contains("als") || f.contains("as") || f.contains("considered"))),
                "no regarded-as card expected for {text}: {c:#?}"
            );
        }
    }
}
