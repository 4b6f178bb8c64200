//! What something is turned into (round 18): "Lactase breaks down lactose into simpler forms
//! of sugar" → *What does lactase break down lactose into? → simpler forms of sugar*; "Het
//! enzym zet zetmeel om in suikers" → *Waarin zet het enzym zetmeel om? → suikers*; "The
//! larvae develop into adults" → *What do the larvae develop into? → adults*. The product of
//! a conversion is the fact a teacher asks; the verb's object sits between the verb and its
//! preposition, too far for `pp_verb`, which only asks a preposition next to its verb.

use super::{Ctx, Rule, is_participle, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::Kind;

/// English verbs of conversion with an object before "into".
const EN_TRANSITIVE: &[&str] = &[
    "breaks",
    "break",
    "broke",
    "converts",
    "convert",
    "converted",
    "transforms",
    "transform",
    "transformed",
    "turns",
    "turn",
    "turned",
    "changes",
    "change",
    "changed",
    "splits",
    "split",
];

/// English verbs of becoming, with "into" right after them.
const EN_INTRANSITIVE: &[&str] = &[
    "develops",
    "develop",
    "developed",
    "evolves",
    "evolve",
    "evolved",
    "grows",
    "grow",
    "grew",
    "turns",
    "turn",
    "turned",
    "changes",
    "change",
    "changed",
];

/// Dutch "omzetten" (with its particle "om" before "in") and "veranderen in", "uitgroeien tot".
const NL_OM: &[&str] = &["zet", "zetten", "zette"];
const NL_BECOME: &[(&str, &str)] = &[
    ("verandert", "in"),
    ("veranderen", "in"),
    ("veranderde", "in"),
    ("veranderden", "in"),
    ("ontwikkelt", "tot"),
    ("ontwikkelen", "tot"),
    ("ontwikkelde", "tot"),
    ("ontwikkelden", "tot"),
];

pub(super) fn converts_into(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let dutch = cx.lex().dutch;
    if c.front.is_some() || c.inverted || cx.is_pronoun(c.subj) {
        return;
    }
    if !cx.short_plain_subject(c) {
        return;
    }
    let fin = toks[c.fin].lower.as_str();
    let end = toks.len();
    // the preposition that names the product, where it stands, and the end of the tail the
    // question keeps (the object, a particle)
    let found = if dutch {
        if NL_OM.contains(&fin) {
            // "zet Y om in Z": the particle right before the preposition
            (c.rest.0 + 1..end.min(c.rest.0 + 10))
                .find(|&k| toks[k].is("om") && toks.get(k + 1).is_some_and(|t| t.is("in")))
                .map(|k| ("in", k + 1))
        } else {
            NL_BECOME
                .iter()
                .find(|(v, _)| *v == fin)
                .and_then(|&(_, p)| {
                    // "verandert in", "ontwikkelt zich tot"
                    let k = if toks.get(c.rest.0).is_some_and(|t| t.is("zich")) {
                        c.rest.0 + 1
                    } else {
                        c.rest.0
                    };
                    toks.get(k).is_some_and(|t| t.is(p)).then_some((p, k))
                })
        }
    } else if toks.get(c.rest.0).is_some_and(|t| t.is("into")) {
        EN_INTRANSITIVE.contains(&fin).then_some(("into", c.rest.0))
    } else if EN_TRANSITIVE.contains(&fin) {
        (c.rest.0 + 1..end.min(c.rest.0 + 12))
            .find(|&k| toks[k].is("into"))
            .map(|k| ("into", k))
    } else {
        None
    };
    let Some((prep, k)) = found else {
        return;
    };
    // the object: no clause, negation, bracket or sentence break between the verb and the
    // preposition (a list's commas are fine)
    // a participle with its preposition after a noun ("starches found in many foods") is no
    // new clause
    let lex = cx.lex();
    if toks[c.fin + 1..k].iter().enumerate().any(|(i, t)| {
        let at = c.fin + 1 + i;
        let reduced = is_participle(lex, &t.lower) && toks.get(at + 1).is_some_and(|x| x.prep());
        t.finite() && !t.is("om") && !reduced
            || t.negation()
            || t.kind == Kind::Punct && !t.is_punct(",")
            || t.relative() && !t.article()
    }) {
        return;
    }
    // the product: to a comma, full stop, relative or new clause
    let a0 = k + 1;
    let mut a1 = a0;
    while a1 < end {
        let t = &toks[a1];
        // "simpler forms of sugar": a noun before its "of" is no verb
        let noun_of =
            lex.noun_exact(&t.lower) && toks.get(a1 + 1).is_some_and(|x| x.is("of") || x.is("van"));
        if t.kind == Kind::Punct && !t.is_punct("-")
            || t.relative() && !t.article()
            || t.finite() && !noun_of
            || t.conj() && toks.get(a1 + 1).is_some_and(|x| x.finite())
            || dutch && t.is("om")
        {
            break;
        }
        a1 += 1;
    }
    if a1 <= a0 || a1 - a0 > 10 || toks[a0].stop() && a1 - a0 == 1 {
        return;
    }
    // Dutch keeps "om" at the end of the question: "Waarin zet X Y om?"
    let rest = if dutch {
        let mut r = cx.sp(c.rest.0, k).to_string();
        if NL_OM.contains(&fin) {
            r = r
                .trim_end_matches(|ch: char| ch.is_whitespace())
                .to_string();
            r = r
                .strip_suffix("om")
                .map(|x| format!("{} om", x.trim_end()))
                .unwrap_or(r);
        }
        r
    } else {
        cx.sp(c.rest.0, k).trim_end_matches([',', ' ']).to_string()
    };
    // an English object that closes in a comma before "into" ("carbohydrates, sugars and
    // starches found in many foods, into glucose") loses it
    let rest = rest.trim_end_matches([',', ' ']).to_string();
    let subj = cx.subject_text(c);
    let fin_text = cx.sp(c.fin, c.fin + 1).to_string();
    let ans = cx.sp(a0, a1).to_string();
    if let Some(q) = cx.a.lang.pp_question(prep, false, &fin_text, &subj, &rest) {
        cx.push(Rule::Agent, tidy(&q), &ans, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    #[test]
    fn what_something_is_turned_into() {
        assert_card(
            &ENGLISH,
            "Yeast converts sugar into alcohol and carbon dioxide.",
            Rule::Agent,
            "What does yeast convert sugar into?",
            "alcohol and carbon dioxide",
        );
        assert_card(
            &ENGLISH,
            "Pepsin breaks down proteins into simpler forms of peptides.",
            Rule::Agent,
            "What does pepsin break down proteins into?",
            "simpler forms of peptides",
        );
        assert_card(
            &ENGLISH,
            "The stomach breaks down proteins, fats and starches found in many foods, into smaller molecules.",
            Rule::Agent,
            "What does the stomach break down proteins, fats and starches found in many foods into?",
            "smaller molecules",
        );
        assert_card(
            &ENGLISH,
            "The tadpoles develop into small frogs.",
            Rule::Agent,
            "What do the tadpoles develop into?",
            "small frogs",
        );
        assert_card(
            &DUTCH,
            "Gist zet suiker om in alcohol en koolzuurgas.",
            Rule::Agent,
            "Waarin zet gist suiker om?",
            "alcohol en koolzuurgas",
        );
        assert_card(
            &DUTCH,
            "De rupsen ontwikkelen zich tot volwassen vlinders.",
            Rule::Agent,
            "Waartoe ontwikkelen de rupsen zich?",
            "volwassen vlinders",
        );
    }

    #[test]
    fn no_conversion_without_its_verb_or_with_a_negation() {
        let langs: [(&'static dyn Language, &str); 4] = [
            (&ENGLISH, "The visitors walked into the old castle."),
            (&ENGLISH, "Yeast does not convert starch into sugar."),
            (&DUTCH, "De bezoekers liepen in het oude kasteel rond."),
            (&DUTCH, "Gist zet zetmeel niet om in suiker."),
        ];
        for (lang, s) in langs {
            let got = cards(lang, s);
            assert!(
                !got.iter().any(|(r, f, _)| *r == Rule::Agent
                    && (f.contains("into?") || f.starts_with("Waarin"))),
                "{s}: {got:?}"
            );
        }
    }
}
