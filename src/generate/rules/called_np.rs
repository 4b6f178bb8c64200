//! A name given to a noun phrase inside a longer sentence (round 21): "The pancreas contains
//! clusters of cells called islets." → "The pancreas contains clusters of cells. What are
//! these clusters called?" → islets; "… the most common are caves formed by the dissolving of
//! bedrock known as solution caves, …" → "What are caves formed by the dissolving of bedrock
//! known as?" → solution caves; Dutch "een eiwit genaamd hemagglutinine", "een aandoening
//! bekend als jicht".
//!
//! A bare "a lining called X" asks nothing alone ("What is a lining called?"), so the question
//! keeps what the sentence says about the noun: its own phrase when it stands after a copula
//! or "as" and carries a modifier of its own, else the sentence without the name followed by
//! "What is this <noun> called?". The clause-level "X is called Y" stays with `naming`.

use super::{Ctx, Rule};
use crate::generate::clause::body_end;
use crate::generate::tokens::{Kind, Tok};

/// Where a name is introduced at `k`: the number of words of the marker ("called", "known
/// as") and the verb the question uses. `called_np` runs only where `facts` set
/// `HAS_CALLED`: a new marker word goes there too.
fn marker(toks: &[Tok], k: usize, dutch: bool) -> Option<(usize, &'static str)> {
    let next = |w: &str| toks.get(k + 1).is_some_and(|t| t.is(w));
    let t = &toks[k];
    if dutch {
        if t.is("genaamd") {
            return Some((1, "heet"));
        }
        if t.is("bekend") && next("als") {
            return Some((2, "heet"));
        }
        return None;
    }
    if t.is("called") || t.is("termed") {
        Some((1, "called"))
    } else if t.is("known") && next("as") {
        Some((2, "known as"))
    } else {
        None
    }
}

/// The name after `from`: one to five words up to a punctuation mark, a relative word or the
/// end, with no small word, preposition, verb or pronoun ("called serum urate build up in
/// your body" is no name).
fn name_end(toks: &[Tok], from: usize, end: usize) -> Option<usize> {
    let mut f = from;
    if toks.get(f).is_some_and(|t| t.article()) {
        f += 1;
    }
    let e = (f..end)
        .find(|&x| {
            toks[x].kind == Kind::Punct && !toks[x].is_punct("-")
                || toks[x].relative() && !toks[x].article()
        })
        .unwrap_or(end);
    (e > f
        && e - f <= 5
        && toks[f..e].iter().all(|t| {
            t.kind != Kind::Punct
                && (!t.stop() || t.conj())
                && !t.prep()
                && !t.finite()
                && !t.pronoun()
        })
        && !toks[f].conj()
        && !toks[e - 1].conj())
    .then_some(e)
}

/// A word that may stand inside the named noun phrase: no verb, pronoun or punctuation; small
/// words only as "and/or/of" links or articles.
fn np_word(t: &Tok) -> bool {
    t.kind == Kind::Word
        && !t.finite()
        && (!t.pronoun() || t.article())
        && !t.demonstrative()
        && (!t.relative() || t.article())
}

/// English plural by its head: "tubes", "caves", not "glass".
fn plural_head(w: &str, dutch: bool) -> bool {
    if dutch {
        w.ends_with("en") || w.ends_with('s') && !w.ends_with("ss")
    } else {
        w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
    }
}

pub(super) fn called_np(cx: &mut Ctx) {
    let toks = cx.toks();
    let lex = cx.lex();
    let dutch = lex.dutch;
    // a sentence with no marker word (most) is not scanned
    if cx.s.dangling || toks.len() < 5 || !cx.has(super::HAS_CALLED) {
        return;
    }
    let end = body_end(toks);
    let marks: Vec<(usize, usize, &str)> = (1..end)
        .filter_map(|k| marker(toks, k, dutch).map(|(w, v)| (k, w, v)))
        .collect();
    for &(k, width, verb) in &marks {
        // "X is called Y" belongs to `naming`; "—called X—", "(known as X)" to other rules
        let before = &toks[k - 1];
        if !np_word(before)
            || before.stop()
            || lex.aux.contains(&before.lower.as_str())
            || before.is("also")
            || before.is("ook")
        {
            continue;
        }
        let Some(e) = name_end(toks, k + width, end) else {
            continue;
        };
        // the phrase before the marker, back to a verb, punctuation mark or "as"
        let mut b = k;
        // "caves formed by …": a participle before a preposition stays in the phrase
        let participle = |x: usize| {
            toks[x].lower.ends_with("ed") && toks.get(x + 1).is_some_and(|t| t.prep()) && x > 0
        };
        while b > 0
            && (np_word(&toks[b - 1]) || participle(b - 1))
            && !toks[b - 1].is("as")
            && !toks[b - 1].is("als")
        {
            b -= 1;
        }
        let boundary = b.checked_sub(1).map(|x| &toks[x]);
        let after_copula = boundary.is_some_and(|t| {
            t.is("as") || matches!(t.lower.as_str(), "is" | "are" | "was" | "were")
        });
        let first = &toks[b];
        let modified = (b + 1..k).any(|x| toks[x].prep() && !toks[x].is("of"))
            || (b + 1..k).any(|x| toks[x].lower.ends_with("ed") && x + 1 < k && toks[x + 1].prep());
        let verb_text = verb;
        if after_copula && !dutch && modified && !first.prep() && !first.lower.ends_with("ed") {
            // "as open conduits in cooled fields of lava known as lava caves": the phrase alone
            let head_end = (b + 1..k)
                .find(|&x| toks[x].prep() || toks[x].lower.ends_with("ed"))
                .unwrap_or(k);
            let plural = plural_head(&toks[head_end - 1].lower, dutch);
            let np = cx.sp(b, k);
            let q = format!(
                "What {} {np} {verb_text}?",
                if plural { "are" } else { "is" }
            );
            let ans = cx.sp(k + width, e).to_string();
            cx.push(Rule::Naming, q, &ans, false);
            continue;
        }
        // the sentence without the name, then "What is this <noun> called?": one name only,
        // the clause stands alone, and the noun phrase is short
        if marks.len() > 1 {
            continue;
        }
        let Some(c) = cx.s.clause else {
            continue;
        };
        if cx.is_pronoun(c.subj)
            || toks[..end].iter().any(|t| t.demonstrative())
            || cx.s.text.len() > 220
        {
            continue;
        }
        // the noun phrase: a few words before the marker, "clusters of cells", "dark orange or
        // brown bands", "a pile of rock fragments and dust"
        let walk = |mut a: usize| {
            while a > 0 && k - a < 7 && np_word(&toks[a - 1]) && !toks[a - 1].prep() {
                a -= 1;
            }
            a
        };
        let mut a = walk(k);
        // "a pile of rock fragments": the name is the pile's; "levels of a stress hormone":
        // a phrase with its own article is the named one
        if a >= 2 && a < k && !toks[a].article() && (toks[a - 1].is("of") || toks[a - 1].is("van"))
        {
            a = walk(a - 1);
        }
        while a < k && toks[a].conj() {
            a += 1;
        }
        // "…, a condition called X" names the clause before the comma (`process_called`)
        if a >= k || a > 0 && toks[a - 1].kind == Kind::Punct {
            continue;
        }
        let head_end = (a + 1..k)
            .find(|&x| toks[x].is("of") || toks[x].is("van"))
            .unwrap_or(k);
        let head = &toks[head_end - 1];
        if head.stop() || head.cap || head.kind != Kind::Word {
            continue;
        }
        let plural = plural_head(&head.lower, dutch) && !toks[a].is("a") && !toks[a].is("een");
        let head_text = cx.sp(head_end - 1, head_end);
        let ask = match (dutch, plural) {
            (false, false) => format!("What is this {head_text} {verb_text}?"),
            (false, true) => format!("What are these {head_text} {verb_text}?"),
            (true, true) => format!("Hoe heten deze {head_text}?"),
            // the gender of a singular Dutch noun decides "deze"/"dit": only "de"/"het" tell it
            (true, false) if toks[a].is("het") => format!("Hoe heet dit {head_text}?"),
            (true, false) if toks[a].is("de") => format!("Hoe heet deze {head_text}?"),
            (true, false) => continue,
        };
        let text = &cx.s.text;
        let tail = if e < toks.len() {
            &text[toks[e].start..]
        } else {
            ""
        };
        let stated = format!("{}{}", &text[..toks[k - 1].end], tail);
        let stated = stated
            .trim_end()
            .trim_end_matches(['.', '!', ';', ':'])
            .trim_end();
        let ans = cx.sp(k + width, e).to_string();
        let before = cx.out.len();
        cx.push(Rule::Naming, format!("{stated}. {ask}"), &ans, false);
        // "What is sound measured in? → units called decibels": an answer that carries the
        // name this card asks for gives way to it
        if cx.out.len() > before {
            let named = cx.sp(k, e).to_lowercase();
            cx.out
                .retain(|c| c.rule == Rule::Naming || !c.back.to_lowercase().contains(&named));
        }
    }
}

/// Another name set off inside a sentence: "… small intestine, large intestine—also called
/// the colon—rectum, and anus." → "What is large intestine also called?" → the colon;
/// "People with diabetes have high blood glucose, also called hyperglycemia." / "…, ook wel
/// X genoemd, …". A name at the sentence's start is `also_called`'s.
pub(super) fn also_called_inside(cx: &mut Ctx) {
    if !cx.has_word(super::trigger_words::ALSO) {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    let text = &cx.s.text;
    // (one pass for the word every form needs before any dash or comma is looked at)
    let key = if lex.dutch { "ook" } else { "also" };
    if cx.s.dangling || toks.len() < 6 || !toks.iter().any(|t| t.lower == key) {
        return;
    }
    let end = body_end(toks);
    for k in 2..end.saturating_sub(2) {
        let dash = super::dash_apposition::is_dash(text, toks, k);
        if !(dash || toks[k].is_punct(",")) {
            continue;
        }
        let at = |x: usize, w: &str| toks.get(x).is_some_and(|t| t.is(w));
        let from = if lex.dutch {
            if !(at(k + 1, "ook") && at(k + 2, "wel")) {
                continue;
            }
            k + 3
        } else if at(k + 1, "also") && at(k + 2, "called") {
            k + 3
        } else if at(k + 1, "also") && at(k + 2, "known") && at(k + 3, "as") {
            k + 4
        } else {
            continue;
        };
        // the closing mark: the same dash, or a comma or the end after a comma
        let close = (from..end)
            .find(|&x| {
                if dash {
                    super::dash_apposition::is_dash(text, toks, x)
                } else {
                    toks[x].is_punct(",")
                }
            })
            .or((!dash).then_some(end));
        let Some(close) = close else {
            continue;
        };
        let to = if lex.dutch {
            if close < 2 || !toks[close - 1].is("genoemd") {
                continue;
            }
            close - 1
        } else {
            close
        };
        if name_end(toks, from, to) != Some(to) {
            continue;
        }
        let Some((a0, a1)) = super::super::analyse::np_span_before(lex, toks, k) else {
            continue;
        };
        if a1 != k
            || a0 == 0 && !dash
            || k - a0 > 5
            || toks[a0..k]
                .iter()
                .any(|t| t.kind != Kind::Word || t.pronoun() && !t.article() || t.demonstrative())
            || toks[a0..k].iter().all(|t| t.stop())
        {
            continue;
        }
        let anchor = if a0 == 0 {
            cx.a.unstart(cx.sp(a0, k))
        } else {
            cx.sp(a0, k).to_string()
        };
        let plural = super::super::simplify::plural_phrase(cx.a, &anchor);
        let q = match (lex.dutch, plural) {
            (true, false) => format!("Hoe wordt {anchor} ook wel genoemd?"),
            (true, true) => format!("Hoe worden {anchor} ook wel genoemd?"),
            (false, false) => format!("What is {anchor} also called?"),
            (false, true) => format!("What are {anchor} also called?"),
        };
        let ans = cx.sp(from, to).to_string();
        let before = cx.out.len();
        cx.push(Rule::Naming, q, &ans, false);
        // "What do people with diabetes have? → high blood glucose, also called …": an answer
        // that carries the other name gives way
        if cx.out.len() > before {
            let named = cx.sp(k + 1, to).to_lowercase();
            cx.out
                .retain(|c| c.rule == Rule::Naming || !c.back.to_lowercase().contains(&named));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn a_name_given_inside_a_sentence_is_asked_with_the_sentence() {
        assert_card(
            &ENGLISH,
            "The pancreas contains clusters of cells called islets.",
            Rule::Naming,
            "The pancreas contains clusters of cells. What are these clusters called?",
            "islets",
        );
        assert_card(
            &ENGLISH,
            "The moon's surface is covered by a pile of rock fragments and dust called lunar regolith.",
            Rule::Naming,
            "The moon's surface is covered by a pile of rock fragments and dust. What is this pile called?",
            "lunar regolith",
        );
        assert_card(
            &ENGLISH,
            "The study linked short sleep with high levels of a stress hormone called norepinephrine, which raises blood pressure.",
            Rule::Naming,
            "The study linked short sleep with high levels of a stress hormone, which raises blood pressure. What is this hormone called?",
            "norepinephrine",
        );
        assert_card(
            &DUTCH,
            "De bloedplaatjes worden gemaakt in grote cellen genaamd megakaryocyten.",
            Rule::Naming,
            "De bloedplaatjes worden gemaakt in grote cellen. Hoe heten deze cellen?",
            "megakaryocyten",
        );
    }

    #[test]
    fn another_name_set_off_inside_a_sentence() {
        assert_card(
            &ENGLISH,
            "Organs that make up the digestive tract are the mouth, stomach, small intestine, large intestine—also called the colon—rectum, and anus.",
            Rule::Naming,
            "What is large intestine also called?",
            "colon",
        );
        assert_card(
            &ENGLISH,
            "People with diabetes have high blood glucose, also called high blood sugar or hyperglycemia.",
            Rule::Naming,
            "What is high blood glucose also called?",
            "high blood sugar or hyperglycemia",
        );
        assert_card(
            &DUTCH,
            "Mensen met diabetes hebben een hoge bloedglucose, ook wel hyperglykemie genoemd, en moeten vaak plassen.",
            Rule::Naming,
            "Hoe wordt een hoge bloedglucose ook wel genoemd?",
            "hyperglykemie",
        );
        // no closing dash, or a phrase after the name: nothing
        for text in [
            "The tube runs to the large intestine—also called the colon by most doctors in the clinic.",
            "After a meal the tube slowly runs to the large intestine, also called the colon by doctors.",
        ] {
            let c = cards(&ENGLISH, text);
            assert!(
                !c.iter().any(|(r, ..)| *r == Rule::Naming),
                "{text}: {c:#?}"
            );
        }
    }

    #[test]
    fn a_clause_before_also_called_is_no_anchor() {
        // before: `also_called` asked "What is the tube runs to the large intestine also called?"
        let text = "The tube runs to the large intestine, also called the colon.";
        assert_card(
            &ENGLISH,
            text,
            Rule::Naming,
            "What is the large intestine also called?",
            "colon",
        );
        let c = cards(&ENGLISH, text);
        assert!(!c.iter().any(|(_, f, _)| f.contains("tube runs")), "{c:#?}");
    }

    #[test]
    fn an_answer_that_carries_the_name_gives_way() {
        let c = cards(&ENGLISH, "Sound is measured in units called decibels.");
        assert!(
            c.iter().any(|(r, f, b)| *r == Rule::Naming
                && f == "Sound is measured in units. What are these units called?"
                && b == "decibels"),
            "{c:#?}"
        );
        assert!(!c.iter().any(|(_, _, b)| b.contains("called")), "{c:#?}");
        // "…, a condition called X" stays with `process_called`
        let c = cards(
            &ENGLISH,
            "Most people with gout have too much uric acid in their blood, a condition called hyperuricemia.",
        );
        assert!(
            !c.iter().any(|(_, f, _)| f.contains(", a condition.")),
            "{c:#?}"
        );
    }

    #[test]
    fn a_modified_phrase_after_are_or_as_is_asked_alone() {
        let text = "The most common are caves formed by the dissolving of bedrock known as solution caves, as open conduits in cooled fields of lava known as lava caves or tubes, and as open spaces beneath talus piles known as talus caves.";
        for (q, a) in [
            (
                "What are caves formed by the dissolving of bedrock known as?",
                "solution caves",
            ),
            (
                "What are open conduits in cooled fields of lava known as?",
                "lava caves or tubes",
            ),
            (
                "What are open spaces beneath talus piles known as?",
                "talus caves",
            ),
        ] {
            assert_card(&ENGLISH, text, Rule::Naming, q, a);
        }
    }

    #[test]
    fn no_name_or_no_standalone_question_no_card() {
        for (lang, text) in [
            // a demonstrative the question cannot show
            (
                &ENGLISH as &'static dyn crate::generate::lang::Language,
                "Inside these hollow organs is a lining called the mucosa.",
            ),
            // no name: a verb and a phrase follow "called"
            (
                &ENGLISH,
                "Gout happens when high levels of a substance called serum urate build up in your body.",
            ),
            // a pronoun subject
            (
                &ENGLISH,
                "You may also have heard the disease called other names, like emphysema.",
            ),
            // a clause-level name is `naming`'s
            (&ENGLISH, "The wall of water is called a storm surge."),
            // Dutch: a singular noun after "een" has no known gender
            (&DUTCH, "Het virus draagt een eiwit genaamd hemagglutinine."),
        ] {
            let c = cards(lang, text);
            assert!(
                !c.iter().any(|(r, f, _)| *r == Rule::Naming
                    && [" this ", " these ", " dit ", " deze "]
                        .iter()
                        .any(|w| f.contains(w))),
                "{text}: {c:#?}"
            );
        }
    }
}

#[cfg(test)]
mod fact_tests {
    use super::marker;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::rules::{HAS_CALLED, facts};

    /// `called_np` returns before its scan without `HAS_CALLED`: every sentence where
    /// `marker` finds a marker has the fact.
    #[test]
    fn every_marker_sets_the_called_fact() {
        let texts = [
            "Gout is a form of arthritis called gout flare. A disorder termed apnea. Cells \
             known as neurons. A vitamin known as K2.",
            "Een eiwit genaamd MGP. Een vitamine bekend als K2. Een stof Bekend als X.",
            include_str!("../../../decks/sources/vitamine-k2-bloedvaten.txt"),
            include_str!("../../../README.md"),
        ];
        let mut marked = 0;
        for text in texts {
            for sentence in text.split(['.', '\n']) {
                for (lex, dutch) in [(ENGLISH.lex(), false), (DUTCH.lex(), true)] {
                    let toks = lex.tokenize(sentence);
                    if (1..toks.len()).any(|k| marker(&toks, k, dutch).is_some()) {
                        marked += 1;
                        assert!(facts(&toks) & HAS_CALLED != 0, "{sentence}");
                    }
                }
            }
        }
        assert!(marked >= 5, "{marked}");
    }
}
