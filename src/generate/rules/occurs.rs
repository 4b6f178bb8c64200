//! Where a thing occurs, said with an adverb of place (round 14): "Mieren … komen wereldwijd
//! voor" → *Waar komen mieren voor? → wereldwijd*; "Vertegenwoordigers … komen overal ter
//! wereld voor" → *→ overal ter wereld*; "Ants occur worldwide" → *Where do ants occur? →
//! worldwide*. An exception after it is a fact of its own: "Regenwormen komen wereldwijd
//! voor, uitgezonderd in droge klimaten en op Antarctica" → *Waar komen regenwormen niet
//! voor? → in droge klimaten en op Antarctica*; "…, except in the polar regions" → *Where do
//! … not occur?*.
//!
//! The place with "in" ("komen voor in alle zeeën") is `passive_pp`'s and `habitat`'s; this
//! rule takes only the adverbs (wereldwijd, overal, worldwide, everywhere), which no
//! preposition opens.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::lang::Wh;
use crate::generate::tokens::Kind;

const OCCURS_NL: &[&str] = &["komt", "komen", "kwam", "kwamen"];
const OCCURS_EN: &[&str] = &["occur", "occurs", "occurred", "live", "lives", "lived"];
const EXCEPT: &[&str] = &["uitgezonderd", "behalve", "except"];

pub(super) fn occurs(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let lex = cx.lex();
    let fin = toks[c.fin].lower.as_str();
    if c.front.is_some()
        || c.inverted
        || cx.s.negated
        || cx.is_pronoun(c.subj)
        || !(if lex.dutch { OCCURS_NL } else { OCCURS_EN }).contains(&fin)
    {
        return;
    }
    let (r0, r1) = c.rest;
    // the adverb of place, after at most two other adverbs
    let Some(k) = (r0..r1.min(r0 + 3)).find(|&k| {
        matches!(
            toks[k].lower.as_str(),
            "wereldwijd" | "overal" | "worldwide" | "everywhere"
        )
    }) else {
        return;
    };
    if toks[r0..k]
        .iter()
        .any(|t| t.kind != Kind::Word || t.article() || t.prep() || t.finite())
    {
        return;
    }
    // "overal ter wereld"
    let mut e = k + 1;
    if e + 1 < r1 && toks[e].is("ter") && toks[e + 1].is("wereld") {
        e += 2;
    }
    // Dutch: the particle closes the clause, after at most one adverb ("wereldwijd algemeen
    // voor"); English: the adverb closes it
    let (rest_end, after) = if lex.dutch {
        let Some(p) = (e..r1.min(e + 2)).find(|&x| toks[x].is("voor")) else {
            return;
        };
        (p + 1, p + 1)
    } else {
        (e, e)
    };
    if after < toks.len()
        && !toks[after].is_punct(",")
        && !toks[after].is_punct(".")
        && !toks[after].conj()
    {
        return;
    }
    let subj = cx.subject_text(c);
    let verb = cx.sp(c.fin, c.fin + 1).to_string();
    let wh = cx.a.lang.wh(Wh::Place);
    // "vrijwel wereldwijd", "almost everywhere": the degree goes with the place
    let k = if k > r0
        && matches!(
            toks[k - 1].lower.as_str(),
            "vrijwel" | "bijna" | "nagenoeg" | "almost" | "nearly"
        ) {
        k - 1
    } else {
        k
    };
    // the question keeps the other adverbs and the particle ("Waar komen regenwormen
    // algemeen voor?"), not the place
    let mut rest = String::new();
    for x in (r0..rest_end).filter(|&x| x < k || x >= e) {
        if !rest.is_empty() {
            rest.push(' ');
        }
        rest.push_str(cx.sp(x, x + 1));
    }
    // an exception: "…, uitgezonderd in droge klimaten en op Antarctica" (then the card asks
    // where it does not occur: the place everywhere else says little)
    let except = after + 2 < toks.len()
        && toks[after].is_punct(",")
        && EXCEPT.contains(&toks[after + 1].lower.as_str())
        && toks[after + 2].prep();
    if !except {
        let q = if lex.dutch {
            cx.a.lang.front_question(&wh, &verb, &subj, &rest)
        } else {
            english_do(&wh, fin, &subj, &rest)
        };
        if let Some(q) = q {
            cx.push(Rule::Agent, tidy(&q), cx.sp(k, e), true);
        }
    } else {
        let end = (after + 3..toks.len())
            .find(|&x| toks[x].kind == Kind::Punct && !toks[x].is_punct("-"))
            .unwrap_or(toks.len());
        if end > after + 3 && end - after <= 12 {
            let ans = cx.sp(after + 2, end).to_string();
            let q = if lex.dutch {
                cx.a.lang.front_question(&wh, &verb, &subj, "niet voor")
            } else {
                english_do(&wh, fin, &subj, "not").map(|q| q.replace(" not?", " not occur?"))
            };
            if let Some(q) = q {
                cx.push(Rule::Agent, tidy(&q), &ans, true);
            }
        }
    }
}

/// Where the members of a class occur, said in a relative clause after a copula (round 15):
/// "Pinguïns zijn een orde van zeevogels die alleen voorkomen op het zuidelijk halfrond" →
/// *Waar komen pinguïns voor? → alleen op het zuidelijk halfrond* (the relative clause says
/// it of the class, so of the subject); verb-final order ("die alleen op het zuidelijk
/// halfrond voorkomen") too. Dutch only: English "that live only in X" is `habitat`'s.
pub(super) fn occurs_relative(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    let lex = cx.lex();
    if c.front.is_some()
        || c.inverted
        || cx.s.negated
        || cx.is_pronoun(c.subj)
        || !lex.dutch
        || !lex.copula.contains(&toks[c.fin].lower.as_str())
    {
        return;
    }
    let (r0, _) = c.rest;
    if r0 >= toks.len() || !matches!(toks[r0].lower.as_str(), "een" | "a" | "an") {
        return;
    }
    // the relative pronoun, within the predicate's first twelve words and before any comma
    let Some(j) = (r0 + 1..toks.len().min(r0 + 12))
        .take_while(|&x| toks[x].kind != Kind::Punct || toks[x].is_punct("-"))
        .find(|&x| matches!(toks[x].lower.as_str(), "die" | "that" | "which"))
    else {
        return;
    };
    let end = (j + 1..toks.len())
        .find(|&x| toks[x].kind == Kind::Punct && !toks[x].is_punct("-"))
        .unwrap_or(toks.len());
    let verbs: &[&str] = &["voorkomen", "voorkomt", "leven", "leeft"];
    let Some(v) = (j + 1..end).find(|&x| verbs.contains(&toks[x].lower.as_str())) else {
        return;
    };
    // adverbs (at most two) between the pronoun and the verb or the place, then the place:
    // a preposition and its phrase, after the verb or (Dutch) before it at the clause's end
    let mut a = j + 1;
    while a < v && a < j + 3 && toks[a].kind == Kind::Word && !toks[a].prep() && !toks[a].article()
    {
        a += 1;
    }
    let (p0, p1) = if a == v {
        (v + 1, end)
    } else if v + 1 == end {
        (a, v)
    } else {
        return;
    };
    if p0 >= p1
        || p1 - p0 > 8
        || !toks[p0].prep()
        || toks[p0..p1].iter().any(|t| t.finite() || t.relative())
    {
        return;
    }
    let subj = cx.subject_text(c);
    let place = if a > j + 1 {
        format!("{} {}", cx.sp(j + 1, a), cx.sp(p0, p1))
    } else {
        cx.sp(p0, p1).to_string()
    };
    let plural = !matches!(toks[c.fin].lower.as_str(), "is" | "was");
    let verb = toks[v].lower.as_str();
    let (fin, part) = match verb {
        "leven" | "leeft" => (if plural { "leven" } else { "leeft" }, ""),
        _ => (if plural { "komen" } else { "komt" }, " voor"),
    };
    let q = format!("Waar {fin} {subj}{part}?");
    cx.push(Rule::Agent, tidy(&q), &place, true);
}

/// "Where do ants occur?": do-support for a plain present or past verb.
fn english_do(wh: &str, fin: &str, subj: &str, rest: &str) -> Option<String> {
    let (aux, base) = match fin {
        "occurs" => ("does", "occur"),
        "occur" => ("do", "occur"),
        "occurred" => ("did", "occur"),
        "lives" => ("does", "live"),
        "live" => ("do", "live"),
        "lived" => ("did", "live"),
        _ => return None,
    };
    let body = if rest == "not" {
        format!("{wh} {aux} {subj} not?")
    } else if rest.is_empty() {
        format!("{wh} {aux} {subj} {base}?")
    } else {
        format!("{wh} {aux} {subj} {rest} {base}?")
    };
    Some(body)
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn where_a_thing_occurs() {
        assert_card(
            &DUTCH,
            "Kevers komen wereldwijd voor.",
            Rule::Agent,
            "Waar komen kevers voor?",
            "wereldwijd",
        );
        assert_card(
            &DUTCH,
            "Zeesterren komen overal ter wereld voor.",
            Rule::Agent,
            "Waar komen zeesterren voor?",
            "overal ter wereld",
        );
        assert_card(
            &ENGLISH,
            "Beetles occur worldwide.",
            Rule::Agent,
            "Where do beetles occur?",
            "worldwide",
        );
    }

    #[test]
    fn an_exception_is_where_it_does_not_occur() {
        assert_card(
            &DUTCH,
            "Slakken komen wereldwijd algemeen voor, uitgezonderd in woestijnen en op Antarctica.",
            Rule::Agent,
            "Waar komen slakken niet voor?",
            "in woestijnen en op Antarctica",
        );
        let c = cards(
            &DUTCH,
            "Slakken komen wereldwijd algemeen voor, uitgezonderd in woestijnen en op Antarctica.",
        );
        assert!(!c.iter().any(|(_, _, b)| b == "wereldwijd"), "{c:#?}");
        assert_card(
            &DUTCH,
            "Zeesterren komen vrijwel wereldwijd voor.",
            Rule::Agent,
            "Waar komen zeesterren voor?",
            "vrijwel wereldwijd",
        );
    }

    #[test]
    fn no_place_adverb_or_a_place_inside_the_clause_is_no_card() {
        // "voor" as a preposition, not the particle
        let c = cards(
            &DUTCH,
            "Kevers komen wereldwijd voor de winter samen in holen.",
        );
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("Waar komen kevers")),
            "{c:#?}"
        );
        // not an adverb of place
        let c = cards(&DUTCH, "Kevers komen vaak voor.");
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("Waar komen")),
            "{c:#?}"
        );
    }

    #[test]
    fn where_a_class_occurs_said_in_a_relative_clause() {
        assert_card(
            &DUTCH,
            "Lemuren zijn een groep van primaten die alleen voorkomen op Madagaskar.",
            Rule::Agent,
            "Waar komen lemuren voor?",
            "alleen op Madagaskar",
        );
        assert_card(
            &DUTCH,
            "Lemuren zijn een groep van primaten die alleen op Madagaskar voorkomen.",
            Rule::Agent,
            "Waar komen lemuren voor?",
            "alleen op Madagaskar",
        );
    }

    #[test]
    fn a_relative_clause_without_a_place_or_after_no_copula_is_no_card() {
        let c = cards(
            &DUTCH,
            "Lemuren zijn een groep van primaten die vooral fruit eten.",
        );
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("Waar komen")),
            "{c:#?}"
        );
        let c = cards(
            &DUTCH,
            "Onderzoekers bestuderen een groep van primaten die alleen op Madagaskar voorkomen.",
        );
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("Waar komen")),
            "{c:#?}"
        );
    }
}
