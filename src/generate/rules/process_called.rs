//! A sentence that names the process it describes: "Plants release water vapor through tiny
//! pores in their leaves, a process called transpiration." → "Plants release water vapor
//! through tiny pores in their leaves. What is this process called?" → transpiration;
//! "…, een proces dat fotosynthese wordt genoemd." / "…, een proces dat bekendstaat als
//! fotosynthese." → "… Hoe heet dit proces?".
//!
//! The question states the clause and asks for the name, as a teacher would; the clause
//! before the comma must stand on its own (no pronoun subject, no clause of its own cut off).

use super::{Ctx, Rule};
use crate::generate::tokens::Kind;

/// Words for what the clause describes: the "process" of "a process called X".
const PROCESS_WORDS: &[&str] = &[
    "process",
    "phenomenon",
    "condition",
    "technique",
    "method",
    "effect",
    "reaction",
    "proces",
    "verschijnsel",
    "fenomeen",
    "aandoening",
    "techniek",
    "methode",
    "reactie",
];

pub(super) fn process_called(cx: &mut Ctx) {
    // ", a", ", an", ", een"
    if !cx.has_word(super::trigger_words::COMMA_A) {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    let n = toks.len();
    if cx.s.dangling || n < 8 || !toks[n - 1].is_punct(".") {
        return;
    }
    // the last comma, then "a/een" + process word
    let Some(comma) = (1..n - 1).rev().find(|&k| toks[k].is_punct(",")) else {
        return;
    };
    let (Some(art), Some(word)) = (toks.get(comma + 1), toks.get(comma + 2)) else {
        return;
    };
    if !matches!(art.lower.as_str(), "a" | "an" | "een")
        || !PROCESS_WORDS.contains(&word.lower.as_str())
    {
        return;
    }
    let after = comma + 3;
    // the name: "called X" / "known as X" / "dat X (wordt) genoemd (wordt)" / "dat bekendstaat als X"
    let (from, to) = if lex.dutch {
        if !toks.get(after).is_some_and(|t| t.is("dat")) {
            return;
        }
        let mut to = n - 1;
        while to > after + 1 && matches!(toks[to - 1].lower.as_str(), "wordt" | "genoemd" | "heet")
        {
            to -= 1;
        }
        let from = if toks.get(after + 1).is_some_and(|t| t.is("bekendstaat"))
            && toks.get(after + 2).is_some_and(|t| t.is("als"))
        {
            after + 3
        } else if to < n - 1 {
            after + 1
        } else {
            return;
        };
        (from, to)
    } else if toks
        .get(after)
        .is_some_and(|t| t.is("called") || t.is("termed"))
    {
        (after + 1, n - 1)
    } else if toks.get(after).is_some_and(|t| t.is("known"))
        && toks.get(after + 1).is_some_and(|t| t.is("as"))
    {
        (after + 2, n - 1)
    } else {
        return;
    };
    if to <= from
        || to - from > 4
        || toks[from..to]
            .iter()
            .any(|t| t.kind == Kind::Punct && !t.is_punct("-"))
    {
        return;
    }
    // the clause: a subject and its verb, no pronoun subject, nothing else cut at a comma
    let Some(c) = cx.s.clause else {
        return;
    };
    if cx.is_pronoun(c.subj) || c.front.is_some() || c.fin >= comma {
        return;
    }
    let clause = cx.sp(0, comma);
    let ask = if lex.dutch {
        format!("Hoe heet dit {}?", word.lower)
    } else {
        format!("What is this {} called?", word.lower)
    };
    let ans = cx.sp(from, to).to_string();
    cx.push(Rule::Naming, format!("{clause}. {ask}"), &ans, false);
}

/// "In de diepe slaap worden herinneringen … overgebracht. Onderzoekers noemen dit proces
/// consolidatie." → the sentence before, then "Hoe heet dit proces?" → consolidatie; so also
/// "Scientists call this process X", "Dit proces heet X", "This process is called X".
pub(super) fn this_process_is_called(cx: &mut Ctx) {
    if !cx.has_word(super::trigger_words::THIS) {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    let n = toks.len();
    let Some(prev) = cx.s.prev.map(|p| &cx.a.sents[p]) else {
        return;
    };
    if n < 5 || !toks[n - 1].is_punct(".") || prev.dangling || prev.guessed.is_some() {
        return;
    }
    // where "this/dit/deze" + process word stands, and where the name starts
    let at = (0..n.saturating_sub(3)).find(|&k| {
        matches!(toks[k].lower.as_str(), "this" | "dit" | "deze")
            && PROCESS_WORDS.contains(&toks[k + 1].lower.as_str())
    });
    let Some(k) = at else {
        return;
    };
    let word = toks[k + 1].lower.as_str();
    let (from, to) = if k == 0 {
        // "Dit proces heet X." / "Dit proces wordt X genoemd." / "This process is called X."
        match toks[2].lower.as_str() {
            "heet" => (3, n - 1),
            "wordt" if toks[n - 2].is("genoemd") => (3, n - 2),
            "is" if toks[3].is("called") || toks[3].is("known") && toks[4].is("as") => {
                (if toks[3].is("called") { 4 } else { 5 }, n - 1)
            }
            _ => return,
        }
    } else {
        // "Onderzoekers noemen dit proces X." / "Scientists call this process X."
        if k < 2
            || !matches!(
                toks[k - 1].lower.as_str(),
                "noemen" | "noemt" | "noemden" | "noemde" | "call" | "calls" | "called"
            )
            || toks[..k - 1].iter().any(|t| t.kind == Kind::Punct)
        {
            return;
        }
        (k + 2, n - 1)
    };
    if to <= from
        || to - from > 4
        || toks[from..to]
            .iter()
            .any(|t| t.kind == Kind::Punct && !t.is_punct("-") || t.stop() && !t.article())
    {
        return;
    }
    let ask = if lex.dutch {
        format!("Hoe heet dit {word}?")
    } else {
        format!("What is this {word} called?")
    };
    let ans = cx.sp(from, to).to_string();
    cx.push(Rule::Naming, format!("{} {ask}", prev.text), &ans, false);
    if let Some(last) = cx.out.last_mut() {
        last.with_prev = true;
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn the_name_of_the_process_a_sentence_describes() {
        assert_card(
            &ENGLISH,
            "Plants release water vapor through tiny pores in their leaves, a process called transpiration.",
            Rule::Naming,
            "Plants release water vapor through tiny pores in their leaves. What is this process called?",
            "transpiration",
        );
        assert_card(
            &ENGLISH,
            "Warm air rises and cools over the mountains, a phenomenon known as the foehn effect.",
            Rule::Naming,
            "Warm air rises and cools over the mountains. What is this phenomenon called?",
            "foehn effect",
        );
        assert_card(
            &DUTCH,
            "Planten zetten zonlicht om in suiker, een proces dat fotosynthese wordt genoemd.",
            Rule::Naming,
            "Planten zetten zonlicht om in suiker. Hoe heet dit proces?",
            "fotosynthese",
        );
        assert_card(
            &DUTCH,
            "Planten zetten zonlicht om in suiker, een proces dat bekendstaat als fotosynthese.",
            Rule::Naming,
            "Planten zetten zonlicht om in suiker. Hoe heet dit proces?",
            "fotosynthese",
        );
    }

    #[test]
    fn a_sentence_that_names_the_process_before_it() {
        assert_card(
            &DUTCH,
            "In de diepe slaap worden herinneringen naar de hersenschors overgebracht. Onderzoekers noemen dit proces consolidatie.",
            Rule::Naming,
            "In de diepe slaap worden herinneringen naar de hersenschors overgebracht. Hoe heet dit proces?",
            "consolidatie",
        );
        assert_card(
            &ENGLISH,
            "Plants turn light into sugar. This process is called photosynthesis.",
            Rule::Naming,
            "Plants turn light into sugar. What is this process called?",
            "photosynthesis",
        );
        assert_card(
            &DUTCH,
            "Planten zetten licht om in suiker. Dit proces heet fotosynthese.",
            Rule::Naming,
            "Planten zetten licht om in suiker. Hoe heet dit proces?",
            "fotosynthese",
        );
        // a process word that is no name: nothing
        let c = cards(
            &ENGLISH,
            "Plants turn light into sugar. This process is slow.",
        );
        assert!(
            !c.iter().any(|(_, f, _)| f.contains("this process")),
            "{c:#?}"
        );
    }

    #[test]
    fn no_name_no_card_and_no_stranded_naming_apposition() {
        for text in [
            "They release water vapor through tiny pores, a process called transpiration.",
            "Plants release water vapor through tiny pores, a process that takes hours.",
        ] {
            let c = cards(&ENGLISH, text);
            assert!(
                !c.iter().any(|(_, f, _)| f.contains("this process")),
                "{text}: {c:#?}"
            );
        }
        // before: "What do plants release through tiny pores in their leaves, a process
        // called transpiration? → water vapor"
        let c = cards(
            &ENGLISH,
            "Plants release water vapor through tiny pores in their leaves, a process called transpiration.",
        );
        assert!(
            !c.iter().any(|(_, f, _)| f.contains(", a process")),
            "{c:#?}"
        );
    }
}
