//! A share as the subject (round 16): "About 80% of all known avalanches are triggered by
//! skiers" → *What share of all known avalanches are triggered by skiers? → about 80%*;
//! "About 1 in 10 people in the region has diabetes" → *How many people in the region have
//! diabetes? → about 1 in 10*. Health and science texts state their figures this way; the
//! subject rule would ask for the whole phrase and the amount rule only looks after the verb.
//! English only: a Dutch sentence that opens with an amount is parsed as a fronted phrase.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::{Kind, Tok};

/// Words before an amount that belong to the answer ("about 80%", "up to 75 percent").
const LEADS: &[&[&str]] = &[
    &["about"],
    &["nearly"],
    &["almost"],
    &["around"],
    &["approximately"],
    &["roughly"],
    &["over"],
    &["up", "to"],
    &["at", "least"],
    &["as", "many", "as"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
];

const FRACTIONS: &[&str] = &[
    "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
];

/// Whether the clause's subject is a share ("About 80% of all known tsunamis"): the other
/// rules of the clause would carry the amount into their questions ("What are about 80% of
/// all known tsunamis triggered by?"), so the share question is the clause's question.
pub(super) fn is_share_subject(cx: &Ctx, c: &Clause) -> bool {
    share_at(cx, c).is_some()
}

/// The share's kind, the end of its lead words and amount, when the subject opens with one.
fn share_at(cx: &Ctx, c: &Clause) -> Option<(Share, usize)> {
    let lex = cx.lex();
    if lex.dutch || c.front.is_some() || c.inverted {
        return None;
    }
    let toks = cx.toks();
    let (s0, s1) = c.subj;
    let lead = LEADS
        .iter()
        .find(|l| {
            l.iter()
                .enumerate()
                .all(|(i, w)| toks.get(s0 + i).is_some_and(|t| t.is(w)))
        })
        .map_or(0, |l| l.len());
    amount(toks, s0 + lead, s1)
}

pub(super) fn share(cx: &mut Ctx, c: &Clause) {
    let Some((kind, amount_end)) = share_at(cx, c) else {
        return;
    };
    let toks = cx.toks();
    let lex = cx.lex();
    let (s0, s1) = c.subj;
    let fin = toks[c.fin].lower.as_str();
    // the clause up to its first comma: "…, usually within a year", "…, mostly in places
    // like Greenland" add to the statement, not to what the share is of
    let rest_end = (c.rest.0..c.rest.1)
        .find(|&k| toks[k].is_punct(","))
        .unwrap_or(c.rest.1);
    if rest_end <= c.rest.0 {
        return;
    }
    let rest = cx.sp(c.rest.0, rest_end);
    let q = match kind {
        Share::Part => {
            // "of" and the whole the share is of
            if !toks.get(amount_end).is_some_and(|t| t.is("of")) || amount_end + 2 > s1 {
                return;
            }
            let whole = cx.sp(amount_end + 1, s1);
            format!("What share of {whole} {fin} {rest}?")
        }
        Share::Ratio => {
            // "1 in 13 people in the United States has …": a plural noun follows
            if amount_end >= s1 || toks[amount_end].kind != Kind::Word || toks[amount_end].stop() {
                return;
            }
            let Some(plural) = plural_verb(lex, fin) else {
                return;
            };
            let who = cx.sp(amount_end, s1);
            format!("How many {who} {plural} {rest}?")
        }
    };
    let ans = cx.sp(s0, amount_end).to_lowercase();
    cx.push(Rule::Amount, tidy(&q), &ans, true);
}

enum Share {
    /// a percentage or a fraction, followed by "of"
    Part,
    /// "1 in 13", followed by who
    Ratio,
}

/// The kind and end of the amount at `k`: "80%", "35 to 50 percent", "20% to 25%", "two
/// thirds", "a quarter", "half", "1 in 13".
fn amount(toks: &[Tok], k: usize, end: usize) -> Option<(Share, usize)> {
    let num = |t: &Tok| t.numeric() || t.is("a");
    let at = |i: usize| toks.get(i).filter(|_| i < end);
    let first = at(k)?;
    if first.is("half") {
        return Some((Share::Part, k + 1));
    }
    if !num(first) {
        return None;
    }
    let percent = |i: usize| -> Option<usize> {
        let t = at(i)?;
        if t.lower.ends_with('%') && t.lower.len() > 1 {
            return Some(i + 1);
        }
        let n = at(i + 1)?;
        (num(t) && !t.is("a") && n.is("percent")).then_some(i + 2)
    };
    // "80%", "35 percent", and a range of them: "35 to 50 percent", "20% to 25%"
    if let Some(e) = percent(k) {
        let range = at(e).is_some_and(|t| t.is("to") || t.is_punct("-"));
        return Some((
            Share::Part,
            if range {
                percent(e + 1).unwrap_or(e)
            } else {
                e
            },
        ));
    }
    if at(k + 1).is_some_and(|t| t.is("to") || t.is_punct("-"))
        && let Some(e) = percent(k + 2)
    {
        return Some((Share::Part, e));
    }
    let second = at(k + 1)?;
    if FRACTIONS.contains(&second.lower.as_str()) {
        return Some((Share::Part, k + 2));
    }
    if second.is("in") && !first.is("a") && at(k + 2).is_some_and(num) {
        return Some((Share::Ratio, k + 3));
    }
    None
}

/// The plural of a verb in the singular, for "How many people … have …?".
fn plural_verb(lex: &crate::generate::lang::Lexicon, fin: &str) -> Option<String> {
    let known = match fin {
        "is" => "are",
        "was" => "were",
        "has" => "have",
        "does" => "do",
        // plural already, or a modal
        "are" | "were" | "have" | "do" | "can" | "could" | "will" | "would" | "may" | "might"
        | "must" | "should" => fin,
        _ => {
            return lex
                .verb(fin)
                .map(|(v, _, past)| if past { v.past_pl } else { v.pl }.to_string());
        }
    };
    Some(known.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::ENGLISH;

    #[test]
    fn a_share_as_the_subject_is_asked_for() {
        assert_card(
            &ENGLISH,
            "About 80% of all known avalanches are triggered by skiers.",
            Rule::Amount,
            "What share of all known avalanches are triggered by skiers?",
            "about 80%",
        );
        assert_card(
            &ENGLISH,
            "Up to 60 percent of the island is covered by forest.",
            Rule::Amount,
            "What share of the island is covered by forest?",
            "up to 60 percent",
        );
        assert_card(
            &ENGLISH,
            "35 to 50 percent of people who have one migraine will develop more attacks, usually within a year.",
            Rule::Amount,
            "What share of people who have one migraine will develop more attacks?",
            "35 to 50 percent",
        );
        assert_card(
            &ENGLISH,
            "Two thirds of the planet is covered by water.",
            Rule::Amount,
            "What share of the planet is covered by water?",
            "two thirds",
        );
    }

    #[test]
    fn a_ratio_as_the_subject_is_asked_with_how_many() {
        assert_card(
            &ENGLISH,
            "About 1 in 10 people in the region has diabetes, according to the health agency.",
            Rule::Amount,
            "How many people in the region have diabetes?",
            "about 1 in 10",
        );
    }

    #[test]
    fn no_share_question_without_a_share() {
        // an amount with no "of" after it, and a plain count, give no share question
        for text in [
            "About 12 million are told by a doctor that they have arthritis.",
            "Three species live on the island.",
            "In 2010, the survey counted 300 wolves.",
        ] {
            let c = cards(&ENGLISH, text);
            assert!(
                !c.iter()
                    .any(|(_, f, b)| f.contains("What share") || b.contains(" in ")),
                "{text}: {c:#?}"
            );
        }
    }
}
