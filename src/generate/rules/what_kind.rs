//! What kind of a part something has (round 15): "Uilen hebben een rond, afgeplat gezicht met
//! grote naar voren gerichte ogen" → *Wat voor gezicht hebben uilen? → een rond, afgeplat
//! gezicht met grote naar voren gerichte ogen*; "Lieveheersbeestjes hebben een ronde, vaak
//! halfbolvormige vorm met korte pootjes die …" → *Wat voor vorm hebben lieveheersbeestjes? →
//! een ronde, vaak halfbolvormige vorm met korte pootjes*. The description (the adjectives
//! before the noun) is the fact; the noun is in the question. Dutch only, "hebben"/"heeft"
//! with "een" and a series of at least two adjectives with a comma before the noun.

use super::{Ctx, Rule};
use crate::generate::clause::Clause;
use crate::generate::tokens::Kind;

pub(super) fn what_kind(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let lex = cx.lex();
    let fin = toks[c.fin].lower.as_str();
    if !lex.dutch || !matches!(fin, "hebben" | "heeft") || !cx.plain_clause(c) {
        return;
    }
    let r0 = c.rest.0;
    if r0 + 2 >= toks.len() || !toks[r0].is("een") {
        return;
    }
    // a series of adjectives with a comma in it ("rond, afgeplat", "ronde, vaak
    // halfbolvormige"), then the noun
    let mut k = r0 + 1;
    let mut adjectives = 0;
    let mut commas = 0;
    while k + 1 < toks.len() && k < r0 + 8 {
        let t = &toks[k];
        let next = &toks[k + 1];
        if t.is_punct(",") {
            commas += 1;
            k += 1;
        } else if matches!(t.lower.as_str(), "vaak" | "zeer" | "relatief" | "meestal") {
            k += 1;
        } else if t.kind == Kind::Word
            && !t.stop()
            // "rond" is also a preposition; before a comma it is an adjective of the series
            && (!t.prep() || next.is_punct(","))
            && !t.cap
            && (next.is_punct(",") || next.kind == Kind::Word && !next.prep() && !next.stop())
        {
            adjectives += 1;
            k += 1;
        } else {
            break;
        }
    }
    if adjectives < 2 || commas == 0 || k >= toks.len() {
        return;
    }
    let noun = &toks[k];
    if noun.kind != Kind::Word || noun.stop() || noun.prep() || noun.cap {
        return;
    }
    // the noun phrase ends at "en", a relative pronoun or punctuation; a "met" phrase of at
    // most six words goes with it
    let mut e = k + 1;
    if e < toks.len() && toks[e].is("met") {
        let stop = (e + 1..toks.len())
            .find(|&x| toks[x].kind == Kind::Punct || toks[x].relative() || toks[x].is("en"))
            .unwrap_or(toks.len());
        if stop - e <= 7 {
            e = stop;
        }
    }
    let subj = cx.subject_text(c);
    let q = format!("Wat voor {} {fin} {subj}?", noun.lower);
    let ans = cx.sp(r0, e).to_string();
    cx.push(Rule::Object, q, &ans, false);
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::DUTCH;

    #[test]
    fn what_kind_of_part() {
        assert_card(
            &DUTCH,
            "Egels hebben een korte, gedrongen snuit met kleine ogen.",
            Rule::Object,
            "Wat voor snuit hebben egels?",
            "korte, gedrongen snuit met kleine ogen",
        );
        // "rond" is also a preposition
        assert_card(
            &DUTCH,
            "Egels hebben een rond, stekelig lijf met korte poten.",
            Rule::Object,
            "Wat voor lijf hebben egels?",
            "rond, stekelig lijf met korte poten",
        );
    }

    #[test]
    fn no_adjective_or_no_een_is_no_kind_question() {
        for text in [
            "Egels hebben een snuit met kleine ogen.",
            "Egels hebben een korte snuit met kleine ogen.",
            "Egels hebben vier poten en een korte staart.",
        ] {
            let c = cards(&DUTCH, text);
            assert!(
                !c.iter().any(|(_, f, _)| f.starts_with("Wat voor")),
                "{c:#?}"
            );
        }
    }
}
