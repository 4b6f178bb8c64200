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
    "effect",
    "reactie",
];

pub(super) fn process_called(cx: &mut Ctx) {
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
