//! What something is done as, said with "als"/"as" and a noun phrase after the verb (round
//! 21): "Het hart kan voorgesteld worden als een kegel" → *Hoe kan het hart voorgesteld
//! worden? → als een kegel*; "Glaciers begin life as snowflakes" → *How do glaciers begin
//! life? → as snowflakes*; Dutch also with the role before the participle: "De vitamine wordt
//! vaak als antioxidant toegevoegd aan levensmiddelen" → *Hoe wordt de vitamine vaak
//! toegevoegd aan levensmiddelen? → als antioxidant*. The role is the fact, and no other rule
//! reads it: the object rule stops at "as", and `regarded_as`, `used_as` and the naming
//! rules ask only their own verbs.

use super::{Ctx, Rule, is_participle, tidy};
use crate::generate::clause::{Clause, body_end};
use crate::generate::tokens::{Kind, Tok};

/// Verbs whose "as" other rules ask ("regarded as", "known as", "used as", "genoemd").
fn asked_elsewhere(w: &str) -> bool {
    matches!(
        w,
        "beschouwd"
            | "gezien"
            | "bekend"
            | "genoemd"
            | "gebruikt"
            | "gebruiken"
            | "considered"
            | "regarded"
            | "seen"
            | "viewed"
            | "known"
            | "called"
            | "referred"
            | "use"
            | "uses"
            | "used"
            | "fungeert"
            | "fungeren"
            | "acts"
            | "act"
            // a job or a service is no manner: "How did Marie Curie work?" asks nothing
            | "work"
            | "works"
            | "worked"
            | "serve"
            | "serves"
            | "served"
            | "werkt"
            | "werkte"
            | "werkten"
            | "werken"
            | "dient"
            | "diende"
            | "dienden"
            | "dienen"
    )
}

/// Words that make "as"/"als" part of a comparison or a set phrase, not a role: "as well
/// as", "such as", "as soon as", "zowel … als", "zo groot als", "als gevolg van".
fn set_phrase(before: &Tok, after: &Tok) -> bool {
    matches!(
        before.lower.as_str(),
        "such" | "so" | "as" | "well" | "same" | "zo" | "even" | "net" | "zowel" | "dan"
    ) || matches!(
        after.lower.as_str(),
        "well"
            | "soon"
            | "long"
            | "far"
            | "much"
            | "many"
            | "if"
            | "though"
            | "such"
            | "gevolg"
            | "volgt"
            | "zodanig"
            | "het"
            | "ze"
            | "zij"
            | "hij"
            | "er"
            | "we"
            | "je"
            | "it"
            | "they"
            | "we'"
    )
}

pub(super) fn as_role(cx: &mut Ctx, c: &Clause) {
    // no "as"/"als" in the sentence: no role
    if !cx.has_word(super::trigger_words::AS) {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    let dutch = lex.dutch;
    if c.front.is_some() || c.inverted || cx.is_pronoun(c.subj) || cx.s.negated {
        return;
    }
    let (s0, s1) = c.subj;
    // one plain thing ("veel soorten" holds of a part and says not which), not "there"
    if !super::regarded_as::plain_thing(toks, s0, s1) || toks[s0].lower == "there" {
        return;
    }
    let as_word = if dutch { "als" } else { "as" };
    let end = body_end(toks);
    let r0 = c.rest.0;
    // "zowel in zoet als in zout water": a pair, not a role
    if toks[..end].iter().any(|t| t.is("zowel") || t.is("both")) {
        return;
    }
    let Some(k) = (r0..end).find(|&x| toks[x].is(as_word)) else {
        return;
    };
    if k + 1 >= end || set_phrase(&toks[k - 1], &toks[k + 1]) {
        return;
    }
    // the verb phrase before "as": short, one clause, no verb that another rule asks
    let fin = toks[c.fin].lower.as_str();
    if k - r0 > 5
        || asked_elsewhere(fin)
        || toks[r0..k].iter().any(|t| {
            t.kind == Kind::Punct
                || t.relative()
                || t.conj()
                // (a Dutch infinitive looks like a plural finite verb: "voorgesteld worden";
                // an English participle like a past tense: "can be described")
                || t.finite()
                    && !(dutch && t.lower.ends_with("en"))
                    && !(is_participle(lex, &t.lower) || lex.is_verb_participle(&t.lower))
                || t.negation()
                || t.is("to")
                || t.is("te")
                || asked_elsewhere(&t.lower)
        })
    {
        return;
    }
    // (the passive's "worden"/"be" stands for a participle the lexicon may not know:
    // "kan onthouden worden als")
    let verb_at = |t: &Tok| {
        matches!(t.lower.as_str(), "worden" | "be" | "been")
            || is_participle(lex, &t.lower)
            || lex.is_verb_participle(&t.lower)
            || lex.verb(&t.lower).is_some()
    };
    let aux = cx.a.lang.aux().contains(&fin) || lex.copula.contains(&fin);
    // the role: to the clause's punctuation; in Dutch it may also close on the participle
    // that follows it ("als antioxidant toegevoegd aan …")
    // a phrase of time with a figure closes it too ("as a treatment for malaria | in 1990")
    let stop = (k + 1..end)
        .find(|&x| {
            toks[x].kind == Kind::Punct && !toks[x].is_punct("-")
                || x > k + 1
                    && toks[x].prep()
                    && toks[x + 1..end.min(x + 3)]
                        .iter()
                        .any(|t| t.kind == Kind::Num || t.number_word())
        })
        .unwrap_or(end);
    let (role_end, tail) =
        match (k + 2..stop).find(|&x| dutch && is_participle(lex, &toks[x].lower)) {
            Some(p) if aux && !toks[r0..k].iter().any(verb_at) => (p, Some((p, stop))),
            _ => (stop, None),
        };
    // an auxiliary needs its verb: "kan voorgesteld worden als", "can be described as";
    // a bare copula before "as" compares ("is as large as") or says when
    if aux && tail.is_none() && !toks[r0..k].iter().any(verb_at) {
        return;
    }
    // the part after a Dutch role: the participle and a phrase, no second clause or verb
    // that another rule asks ("als nuttig gezien en zijn zeer populair")
    if let Some((p, e)) = tail
        && toks[p..e]
            .iter()
            .any(|t| t.conj() || t.finite() || asked_elsewhere(&t.lower))
    {
        return;
    }
    // "namen als duivelsei, satansboleet en heksenboleet": examples of a list (such as)
    if toks.get(stop).is_some_and(|t| t.is_punct(","))
        && toks[stop + 1..end]
            .iter()
            .take_while(|t| !t.finite())
            .any(|t| t.conj())
    {
        return;
    }
    let role = &toks[k + 1..role_end];
    // "als eerste geïsoleerd", "as the first": an order, not a role
    if role.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "eerste" | "tweede" | "laatste" | "enige" | "first" | "second" | "last" | "only"
        )
    }) {
        return;
    }
    // a Dutch role is a noun phrase: a preposition in it is a particle or a phrase of the
    // verb ("als groep algemeen voor in alle landen"), save "van" ("als bron van energie")
    if dutch && role.iter().any(|t| t.prep() && !t.is("van")) {
        return;
    }
    // a clause after "als"/"as" says when or why ("als de zon schijnt", "as the waves
    // travel"), not what as
    if role.is_empty()
        || role.len() > 10
        || role.iter().enumerate().any(|(i, t)| {
            // (a word after an article is no verb: "as a slow loss")
            t.finite() && !(i > 0 && role[i - 1].article())
                || t.relative() && !t.article()
                || t.pronoun() && !t.article()
                || t.demonstrative()
                || t.is(as_word)
                || t.negation()
        })
        || !role.iter().any(|t| t.kind == Kind::Word && !t.stop())
    {
        return;
    }
    let subj = cx.subject_text(c);
    let mut rest = cx.sp(r0, k).to_string();
    if let Some((p, e)) = tail {
        rest = format!("{rest} {}", cx.sp(p, e)).trim().to_string();
    }
    // the phrase of time that closed the role belongs to the question
    if tail.is_none() && stop < end && toks[stop].prep() {
        let e = (stop..end)
            .find(|&x| toks[x].kind == Kind::Punct)
            .unwrap_or(end);
        rest = format!("{rest} {}", cx.sp(stop, e)).trim().to_string();
    }
    let ans = cx.sp(k, role_end).to_string();
    let wh = if dutch { "Hoe" } else { "How" };
    let fin_text = cx.sp(c.fin, c.fin + 1).to_string();
    if let Some(q) = cx.a.lang.front_question(wh, &fin_text, &subj, &rest) {
        cx.push(Rule::Reason, tidy(&q), &ans, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    #[test]
    fn what_something_is_done_as_is_asked_with_how() {
        assert_card(
            &DUTCH,
            "Het hart kan voorgesteld worden als een kegel.",
            Rule::Reason,
            "Hoe kan het hart voorgesteld worden?",
            "als een kegel",
        );
        assert_card(
            &DUTCH,
            "De vitamine wordt vaak als antioxidant toegevoegd aan levensmiddelen.",
            Rule::Reason,
            "Hoe wordt de vitamine vaak toegevoegd aan levensmiddelen?",
            "als antioxidant",
        );
        assert_card(
            &DUTCH,
            "De volgorde kan onthouden worden als ROGGBIV.",
            Rule::Reason,
            "Hoe kan de volgorde onthouden worden?",
            "als ROGGBIV",
        );
        assert_card(
            &ENGLISH,
            "The disease can be described as a slow loss of memory.",
            Rule::Reason,
            "How can the disease be described?",
            "as a slow loss of memory",
        );
        // a phrase of time with a figure is no part of the role
        assert_card(
            &ENGLISH,
            "The drug was approved as a treatment for malaria in 1990.",
            Rule::Reason,
            "How was the drug approved in 1990?",
            "as a treatment for malaria",
        );
        assert_card(
            &ENGLISH,
            "Glaciers begin life as snowflakes.",
            Rule::Reason,
            "How do glaciers begin life?",
            "as snowflakes",
        );
        assert_card(
            &ENGLISH,
            "People often describe migraine pain as pulsing or throbbing in one area of the head.",
            Rule::Reason,
            "How do people describe migraine pain?",
            "as pulsing or throbbing in one area of the head",
        );
    }

    #[test]
    fn a_comparison_a_clause_a_pair_or_a_part_is_no_role() {
        let cases: [(&'static dyn Language, &str); 17] = [
            (
                &DUTCH,
                "Zeesterren worden pas actief als het water warmer wordt.",
            ),
            (
                &DUTCH,
                "Schijfkwallen komen wereldwijd voor, zowel in zoet als in zout water.",
            ),
            (
                &DUTCH,
                "Veel soorten worden gebruikt als gidsfossiel in de geologie.",
            ),
            (&DUTCH, "De zwarte spin is even groot als een muntstuk."),
            (
                &DUTCH,
                "De Mesozoa worden beschouwd als de eenvoudigste dieren.",
            ),
            (
                &DUTCH,
                "Paddenstoelen kregen namen als duivelsei, satansboleet en heksenboleet.",
            ),
            (
                &DUTCH,
                "De verschillende soorten komen als groep algemeen voor in alle landen.",
            ),
            (
                &DUTCH,
                "De kevers worden vaak als nuttig gezien en zijn zeer populair.",
            ),
            (
                &ENGLISH,
                "Tsunami waves may travel as fast as jet planes over deep waters.",
            ),
            (
                &ENGLISH,
                "The waves build up to higher heights as the depth of the ocean decreases.",
            ),
            (&ENGLISH, "Some glaciers are as large as a small country."),
            (
                &ENGLISH,
                "The tool counts dolphins as well as whales in the bay.",
            ),
            (&ENGLISH, "The virus is known as a common cause of colds."),
            (&ENGLISH, "Marie Curie worked as a teacher in Warsaw."),
            (
                &ENGLISH,
                "Neil Armstrong landed as the first person on the moon.",
            ),
            (&DUTCH, "Het element werd als eerste geïsoleerd door Davy."),
            (&DUTCH, "Marie Curie werkte als lerares in Warschau."),
        ];
        for (lang, text) in cases {
            let c = cards(lang, text);
            assert!(
                !c.iter()
                    .any(|(_, f, _)| f.starts_with("Hoe ") || f.starts_with("How ")),
                "{text}: {c:#?}"
            );
        }
    }
}
