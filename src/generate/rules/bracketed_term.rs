//! A definition whose term carries a bracket before its verb (round 26): "De moesson (naar
//! het Engels monsoon is een verbastering …) is de periodieke wind …", "Een fata morgana
//! (herkomst woord: …) of luchtspiegeling is een optisch fenomeen …", "Spechten (Picidae)
//! vormen een familie van …", "Lyme carditis (inflammation of the heart tissue) is a rare
//! complication …". A verb or a full stop inside the bracket misleads the clause reader, and
//! "vormen"/"form" is no copula; yet the sentence defines its first words, and a teacher asks
//! "Wat is de moesson?". The answer is built by `definition`, as for any other copula.

use super::{Ctx, definition_as};
use crate::generate::clause::{Clause, cut};
use crate::generate::tokens::Kind;

/// Words of the term before its bracket, at most ("het aardmagnetisch veld", "juffers of
/// gelijkvleugeligen").
const MAX_TERM: usize = 5;
/// Words of a synonym after the bracket, at most ("(…) of luchtspiegeling is").
const MAX_SYNONYM: usize = 3;

pub(super) fn bracketed_term(cx: &mut Ctx) {
    // cheap test first: most sentences have no bracket
    if !cx.s.text.contains('(') {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    let start = usize::from(toks[0].article());
    let open = (start..toks.len().min(start + MAX_TERM + 1))
        .find(|&k| toks[k].kind != Kind::Word || toks[k].finite())
        .filter(|&k| k > start && toks[k].is_punct("("));
    let Some(open) = open else {
        return;
    };
    // "The rocks of the terrae (…)": a phrase, not a term; "James Watt (Greenock, …)": a
    // name with the dates of a life, whose sentence says what the person did
    if toks[start..open].iter().any(|t| t.prep() && !t.is("of"))
        || open - start >= 2 && toks[start..open].iter().all(|t| t.cap)
    {
        return;
    }
    // the closing bracket, nested ones included ("(in het Engels parhelia (enkelvoud …) …)")
    let mut depth = 0i32;
    let Some(close) = (open..toks.len()).find(|&k| {
        if toks[k].is_punct("(") {
            depth += 1;
        } else if toks[k].is_punct(")") {
            depth -= 1;
        }
        depth == 0
    }) else {
        return;
    };
    let mut v = close + 1;
    // "(…) of luchtspiegeling is": a synonym after the bracket
    if toks.get(v).is_some_and(|t| t.is("of") || t.is("or")) {
        let syn_end = (v + 1..toks.len().min(v + 2 + MAX_SYNONYM))
            .find(|&k| toks[k].kind != Kind::Word || toks[k].finite());
        match syn_end {
            Some(k) if k > v + 1 => v = k,
            _ => return,
        }
    }
    if toks.get(v).is_some_and(|t| t.is_punct(",")) {
        v += 1;
    }
    let Some(verb) = toks.get(v) else {
        return;
    };
    let copula = lex.copula.contains(&verb.lower.as_str());
    // "vormen een familie van …": what the term is, asked with the copula
    let forms = match verb.lower.as_str() {
        "vormen" => Some("zijn"),
        "vormt" => Some("is"),
        "form" => Some("are"),
        "forms" => Some("is"),
        _ => None,
    }
    .filter(|_| {
        toks.get(v + 1)
            .is_some_and(|t| t.is("een") || t.is("a") || t.is("an"))
    });
    // the answer is a noun phrase with its article ("is de periodieke wind …"), not an
    // amount or a property ("are nearly 4.6 billion years old")
    let article = toks
        .get(v + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "een" | "de" | "het" | "a" | "an" | "the"));
    if !copula && forms.is_none() || !article {
        return;
    }
    // the clause reader found this verb: `definition` has read the sentence already
    if copula && cx.s.clause.is_some_and(|c| c.fin == v && c.subj.0 == 0) {
        return;
    }
    let end = if toks.last().is_some_and(|t| t.is_punct(".")) {
        toks.len() - 1
    } else {
        toks.len()
    };
    if v + 1 >= end {
        return;
    }
    // the clause reader took a verb inside the bracket for the sentence's ("monsoon is een
    // verbastering …"): what it defined is the bracket's aside, not the term
    if cx.s.clause.is_some_and(|c| (open..close).contains(&c.fin)) {
        cx.out.retain(|x| x.rule != super::Rule::Definition);
    }
    let c = Clause {
        front: None,
        fin: v,
        subj: (0, open),
        rest: (v + 1, cut(lex, toks, v + 1, end)),
        inverted: false,
    };
    definition_as(cx, &c, forms);
}

#[cfg(test)]
mod tests {
    use crate::generate::lang::{DUTCH, ENGLISH};
    use crate::generate::rules::Rule;
    use crate::generate::rules::tests::{cards, has};

    #[test]
    fn a_verb_inside_the_bracket_does_not_hide_the_definition() {
        let c = cards(
            &DUTCH,
            "De passaat (naar het Spaanse woord pasada is een oude naam van de route) is de \
             constante wind in tropische gebieden die uit het oosten waait.",
        );
        assert!(
            c.iter().any(|(r, f, b)| *r == Rule::Definition
                && f == "Wat is de passaat?"
                && b.starts_with("constante wind")),
            "{c:#?}"
        );
        assert!(!c.iter().any(|(_, _, b)| b.contains("oude naam")), "{c:#?}");
    }

    #[test]
    fn a_term_with_a_bracket_and_a_synonym_is_defined() {
        let c = cards(
            &DUTCH,
            "Een halo (van het Grieks: hals, dorsvloer) of kring is een optisch verschijnsel \
             rond de zon.",
        );
        assert!(
            has(
                &c,
                Rule::Definition,
                "Wat is een halo?",
                "optisch verschijnsel rond de zon"
            ),
            "{c:#?}"
        );
    }

    #[test]
    fn forms_a_family_defines_the_term() {
        let c = cards(
            &DUTCH,
            "Reigers (Ardeidae) vormen een familie van grote, langpotige waadvogels.",
        );
        assert!(
            c.iter().any(|(r, f, b)| *r == Rule::Definition
                && f == "Wat zijn reigers?"
                && b.starts_with("familie van grote")),
            "{c:#?}"
        );
        let c = cards(
            &ENGLISH,
            "Herons (Ardeidae) form a family of large, long-legged wading birds.",
        );
        assert!(
            c.iter().any(|(r, f, b)| *r == Rule::Definition
                && f == "What are herons?"
                && b.starts_with("family of large")),
            "{c:#?}"
        );
    }

    #[test]
    fn an_english_bracket_with_a_verb_keeps_the_definition() {
        let c = cards(
            &ENGLISH,
            "Lyme carditis (which is when bacteria enter the heart tissue) is a rare \
             complication of Lyme disease.",
        );
        assert!(
            c.iter().any(|(r, f, b)| *r == Rule::Definition
                && f == "What is Lyme carditis?"
                && b.starts_with("rare complication")),
            "{c:#?}"
        );
    }

    #[test]
    fn no_definition_without_a_term_before_the_bracket_or_with_another_verb() {
        // "vormen" without "een": a thing formed, not a kind
        let c = cards(&DUTCH, "Koralen (Anthozoa) vormen riffen in warme zeeën.");
        assert!(
            !c.iter()
                .any(|(r, f, _)| *r == Rule::Definition && f == "Wat zijn koralen?"),
            "{c:#?}"
        );
        let c = cards(
            &ENGLISH,
            "Herons (Ardeidae) build nests in tall trees near the water.",
        );
        assert!(!c.iter().any(|(r, ..)| *r == Rule::Definition), "{c:#?}");
        // a name with the dates of a life is no term; the main clause, parsed past the
        // bracket since round 30, asks who the person was
        let c = cards(
            &DUTCH,
            "Jan Pieters (Delft, 1 mei 1701 - Leiden, 2 juni 1770) was een Nederlands \
             natuurkundige.",
        );
        assert!(
            c.iter()
                .filter(|(r, ..)| *r == Rule::Definition)
                .all(|(_, f, b)| f == "Wie was Jan Pieters?" && b == "Nederlands natuurkundige"),
            "{c:#?}"
        );
    }
}
