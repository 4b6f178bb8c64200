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
    // (round 27) "beschikken over" is a verb of having too; English "has/have/had" asks
    // "What kind of …"; the verb test comes first, it turns most clauses away
    let over = matches!(fin, "beschikt" | "beschikken" | "beschikte" | "beschikten");
    let have = if lex.dutch {
        matches!(fin, "hebben" | "heeft" | "had" | "hadden") || over
    } else {
        matches!(fin, "have" | "has" | "had")
    };
    if !have || !cx.plain_clause(c) {
        return;
    }
    let r0 = c.rest.0 + usize::from(over);
    if over && !toks.get(c.rest.0).is_some_and(|t| t.is("over")) {
        return;
    }
    if r0 + 2 >= toks.len() {
        return;
    }
    if lex.dutch && toks[r0].is("een") && commas_before_noun(toks, r0) {
        series(cx, c, r0);
        return;
    }
    single(cx, c, r0, over);
}

/// The round-15 rule: "een" and a series of adjectives with a comma in it.
fn series(cx: &mut Ctx, c: &Clause, r0: usize) {
    let toks = cx.toks();
    let fin = toks[c.fin].lower.as_str();
    let k = series_end(toks, r0);
    let Some(k) = k else {
        return;
    };
    let noun = &toks[k];
    if noun.kind != Kind::Word || noun.stop() || noun.prep() || noun.cap {
        return;
    }
    let e = with_phrase_end(toks, k + 1, "met");
    let subj = cx.subject_text(c);
    let q = format!("Wat voor {} {fin} {subj}?", noun.lower);
    let ans = cx.sp(r0, e).to_string();
    cx.push(Rule::Object, q, &ans, false);
}

/// Whether the adjectives after "een" at `r0` have a comma among them before their noun.
fn commas_before_noun(toks: &[crate::generate::tokens::Tok], r0: usize) -> bool {
    series_end(toks, r0).is_some()
}

/// The noun after a series of at least two adjectives with a comma ("rond, afgeplat",
/// "ronde, vaak halfbolvormige").
fn series_end(toks: &[crate::generate::tokens::Tok], r0: usize) -> Option<usize> {
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
    // (round 28) a comma right before the stop closes the phrase ("een relatief laag
    // rendement, dat …"): the word before it is the noun, not an adjective of the series
    if k >= r0 + 3 && toks[k - 1].is_punct(",") && toks[k - 2].kind == Kind::Word {
        k -= 2;
        commas -= 1;
        adjectives -= 1;
    }
    (adjectives >= 2 && commas > 0 && k < toks.len()).then_some(k)
}

/// The end of a noun phrase and a short "met"/"with" phrase after it (at most six words, up
/// to punctuation, a relative pronoun or "en"/"and").
fn with_phrase_end(toks: &[crate::generate::tokens::Tok], e: usize, with: &str) -> usize {
    if e < toks.len() && toks[e].is(with) {
        let stop = (e + 1..toks.len())
            .find(|&x| {
                toks[x].kind == Kind::Punct
                    || toks[x].relative()
                    || toks[x].is("en")
                    || toks[x].is("and")
            })
            .unwrap_or(toks.len());
        if stop - e <= 7 {
            return stop;
        }
    }
    e
}

/// Adjectives that say no kind: "een grote invloed", "many enemies".
const NO_KIND: &[&str] = &[
    "grote",
    "groot",
    "belangrijke",
    "belangrijk",
    "verschillende",
    "andere",
    "eigen",
    "bepaalde",
    "enkele",
    "sommige",
    "meerdere",
    "veel",
    "weinig",
    "vele",
    "nieuwe",
    "zelfde",
    "dezelfde",
    "great",
    "big",
    "large",
    "important",
    "different",
    "other",
    "own",
    "certain",
    "many",
    "some",
    "several",
    "much",
    "few",
    "new",
    "same",
    "more",
    "less",
    "most",
    "such",
];
/// Adverbs that may stand before an adjective of the kind ("een relatief laag rendement").
const DEGREE: &[&str] = &[
    "zeer",
    "erg",
    "heel",
    "relatief",
    "vrij",
    "sterk",
    "vaak",
    "meestal",
    "very",
    "relatively",
    "fairly",
    "rather",
    "often",
    "usually",
    "extremely",
    "highly",
];

/// (round 27) One adjective, or a degree adverb and an adjective, before the noun that closes
/// the object: "Een stoommachine heeft een relatief laag rendement" → *Wat voor rendement
/// heeft een stoommachine? → relatief laag*; "Spechten hebben zygodactylische poten" →
/// *Wat voor poten hebben spechten? → zygodactylische*; "Insecten beschikken over een open
/// bloedsomloop" → *Over wat voor bloedsomloop beschikken insecten?*; "Mars has a very thin
/// atmosphere" → *What kind of atmosphere does Mars have? → very thin*. The teacher asks the kind; a
/// bare "Wat hebben spechten?" is too vague to ask. The noun must close the object (the
/// clause ends, or punctuation, a relative pronoun or a "met"/"with" phrase follows): "een
/// grote invloed op" is no kind.
fn single(cx: &mut Ctx, c: &Clause, r0: usize, over: bool) {
    let toks = cx.toks();
    let lex = cx.lex();
    let dutch = lex.dutch;
    let mut k = r0;
    if toks[k].is("een") || toks[k].is("a") || toks[k].is("an") {
        k += 1;
    }
    let from = k;
    // the words up to the phrase's boundary: degree adverbs, adjectives and the noun
    let with = if dutch { "met" } else { "with" };
    let end = (from..toks.len().min(from + 6))
        .find(|&x| {
            let t = &toks[x];
            t.kind == Kind::Punct
                || t.relative() && !t.article()
                || t.is(with)
                || x >= c.rest.1
                // "poten waarvan …": a relative pronominal adverb
                || dutch && t.lower.len() > 5 && t.lower.starts_with("waar")
        })
        .unwrap_or(toks.len().min(from + 6));
    if end < from + 2 || end > from + 4 {
        return;
    }
    let words = &toks[from..end];
    if words.iter().any(|t| {
        t.kind != Kind::Word
            || t.cap
            || t.stop() && !DEGREE.contains(&t.lower.as_str())
            || t.prep()
            || t.conj()
            || t.number_word()
            || t.finite() && !dutch
            || NO_KIND.contains(&t.lower.as_str())
    }) {
        return;
    }
    let noun = &words[words.len() - 1];
    // a comparative ("een kortere werkingsduur", "a longer half-life") is no kind: shorter
    // than what, the question does not say
    if words[..words.len() - 1].iter().any(|t| {
        let w = t.lower.as_str();
        w.len() > 4 && (dutch && w.ends_with("ere") || !dutch && w.ends_with("er"))
    }) {
        return;
    }
    let adjectives = words[..words.len() - 1]
        .iter()
        .filter(|t| !DEGREE.contains(&t.lower.as_str()))
        .count();
    // one adjective (a degree adverb may stand before it); the noun is no adverb or participle
    if adjectives != 1
        || DEGREE.contains(&words[0].lower.as_str()) && words.len() < 3
        || noun.lower.ends_with("ly")
        || super::is_participle(lex, &noun.lower)
        || lex.verb(&noun.lower).is_some() && !lex.noun_exact(&noun.lower) && !dutch
    {
        return;
    }
    // a bare noun phrase (no article) must be a plural: "zygodactylische poten"
    if from == r0 && !(dutch && noun.lower.ends_with("en") || !dutch && noun.lower.ends_with('s')) {
        return;
    }
    // the kind is the answer; the noun, already in the question, goes with it when a
    // "met"/"with" phrase follows, or (round 29) when the Dutch adjective is inflected: a
    // bare "hoge" or "zygodactylische" is a fragment no learner would say, while "laag" or
    // "gesloten" answers alone as a predicate does
    let e = with_phrase_end(toks, end, with);
    let inflected = dutch && words[words.len() - 2].lower.ends_with('e');
    let e = if e == end && !inflected { end - 1 } else { e };
    let subj = cx.subject_text(c);
    let fin = toks[c.fin].lower.as_str();
    let q = if dutch {
        let open = if over { "Over wat voor" } else { "Wat voor" };
        format!("{open} {} {fin} {subj}?", noun.lower)
    } else {
        let aux = match fin {
            "had" => "did",
            "has" => "does",
            _ => "do",
        };
        format!("What kind of {} {aux} {subj} have?", noun.lower)
    };
    let ans = cx.sp(from, e).to_string();
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
