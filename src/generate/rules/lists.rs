//! A counted list after a colon, asked as one question with the whole list as its answer
//! (round 13): "Binnen de klasse onderscheidt men twee onderklassen: de Alcyonaria en de
//! Zoantharia" → "Welke twee onderklassen onderscheidt men binnen de klasse?"; "There are
//! three main ways by which resistance can occur: A, B, or C" → "What are the three main
//! ways by which resistance can occur?"; "The cell has two membranes: an outer membrane and
//! an inner membrane" → "Which two membranes does the cell have?".
//!
//! The lead-in names the list with a count, and the list after the colon has exactly that
//! many members and closes the sentence: the count ties the list to its noun ("Er zijn
//! ongeveer 89 soorten, onderverdeeld in twee subgroepen: A en B" is about the subgroups,
//! not the 89 species, and is left alone). The counted phrase is the clause's object (or
//! what "er zijn"/"there are" introduces), not a preposition's.

use super::{Ctx, Rule, tidy};
use crate::generate::analyse::{list_members, np_span_before, strip_article};
use crate::generate::clause::{Clause, body_end};
use crate::generate::tokens::{Kind, Tok};

/// The count a token gives ("drie", "three", "4"), for two to nine members.
fn count(t: &Tok) -> Option<usize> {
    let n = match t.lower.as_str() {
        "twee" | "two" | "2" => 2,
        "drie" | "three" | "3" => 3,
        "vier" | "four" | "4" => 4,
        "vijf" | "five" | "5" => 5,
        "zes" | "six" | "6" => 6,
        "zeven" | "seven" | "7" => 7,
        "acht" | "eight" | "8" => 8,
        "negen" | "nine" | "9" => 9,
        _ => return None,
    };
    Some(n)
}

pub(super) fn colon_list(cx: &mut Ctx, c: &Clause) {
    if !cx.has_word(super::trigger_words::COLON) {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    let Some(colon) = toks.iter().position(|t| t.is_punct(":")) else {
        return;
    };
    if colon < 3 || c.fin >= colon || cx.is_pronoun(c.subj) && !toks[c.subj.0].is("men") {
        return;
    }
    let members = list_members(lex, toks, colon + 1);
    let (Some(&(first, _)), Some(&(_, last_end))) = (members.first(), members.last()) else {
        return;
    };
    // the list closes the sentence (a bracket after its last member may stand before the end;
    // the last member may also run to the very end, past the end of the body)
    let end = body_end(toks);
    let closes = last_end == end
        || toks.get(last_end).is_some_and(|t| t.is_punct("("))
            && toks[end - 1].is_punct(")")
            && !toks[last_end..end].iter().any(|t| t.is_punct(","));
    if members.len() < 2 || !closes || first != colon + 1 && !toks[colon + 1].article() {
        return;
    }
    if end - (colon + 1) > 16 || toks[colon + 1..end].iter().any(|t| t.finite()) {
        return;
    }
    let answer = cx.sp(colon + 1, end).to_string();
    let lang = cx.a.lang;
    // "Er zijn drie X: …" / "There are three X: …"
    let existential = (toks[0].is("er") || toks[0].is("there")) && c.fin == 1;
    if existential {
        let mut n0 = 2;
        if toks[n0].is("er") {
            n0 += 1;
        }
        if toks.get(n0).and_then(count) != Some(members.len()) {
            return;
        }
        let np = cx.sp(n0, colon);
        let fin = cx.sp(1, 2).to_lowercase();
        let q = if lex.dutch {
            format!("Welke {np} {fin} er?")
        } else {
            let be = if matches!(fin.as_str(), "were" | "was") {
                "were"
            } else {
                "are"
            };
            format!("What {be} the {np}?")
        };
        cx.push(Rule::List, tidy(&q), &answer, true);
        return;
    }
    // the counted object right before the colon: "… onderscheidt men twee onderklassen:"
    let Some((n0, n1)) = np_span_before(lex, toks, colon) else {
        return;
    };
    if n1 != colon || n0 < c.rest.0 || n1 > c.rest.1.max(colon) || n0 == 0 {
        return;
    }
    // "bestaat uit drie delen": the preposition goes with the question word ("Uit welke
    // drie delen …?", English at the end: "Which three parts does it consist of?"); not
    // "van"/"of" after a noun, whose phrase belongs to it
    let prep = (toks[n0 - 1].prep() && n0 > c.rest.0).then_some(n0 - 1);
    if prep.is_some_and(|p| (toks[p].is("van") || toks[p].is("of")) && p > c.rest.0) {
        return;
    }
    let num = if toks[n0].article() { n0 + 1 } else { n0 };
    if toks.get(num).and_then(count) != Some(members.len())
        || toks[num..n1].iter().any(|t| t.kind == Kind::Punct)
    {
        return;
    }
    let np = strip_article(lex, cx.sp(n0, n1)).to_string();
    let p = prep.map_or(String::new(), |p| toks[p].lower.as_str().to_owned());
    let wh = match (lex.dutch, prep.is_some()) {
        (true, true) => format!("{} welke {np}", super::capitalise(&p)),
        (true, false) => format!("Welke {np}"),
        (false, _) => format!("Which {np}"),
    };
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let subj = cx.subject_text(c);
    let mut rest = cx.without(c.rest.0, c.rest.1.min(colon), (prep.unwrap_or(n0), n1));
    if !lex.dutch && prep.is_some() {
        rest = format!("{rest} {p}");
    }
    // "Which two membranes does the cell have?": "have" as the main verb takes do-support
    // even when nothing follows it
    if !lex.dutch && rest.trim().is_empty() && c.front.is_none() {
        let aux = match fin.to_lowercase().as_str() {
            "has" => "does",
            "have" => "do",
            "had" => "did",
            _ => "",
        };
        if !aux.is_empty() {
            cx.push(
                Rule::List,
                tidy(&format!("{wh} {aux} {subj} have?")),
                &answer,
                true,
            );
            return;
        }
    }
    if let Some((f0, f1)) = c.front {
        let front = cx.a.unstart(cx.sp(f0, f1));
        rest = if lex.dutch {
            format!("{front} {rest}")
        } else {
            format!("{rest} {front}")
        };
    }
    if let Some(q) = lang.front_question(&wh, &fin, &subj, &rest) {
        cx.push(Rule::List, tidy(&q), &answer, true);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    fn no_list(lang: &'static dyn Language, text: &str) {
        let c = cards(lang, text);
        assert!(
            !c.iter().any(|(r, ..)| *r == Rule::List),
            "no list question expected, got {c:#?}"
        );
    }

    #[test]
    fn a_counted_list_after_a_colon_is_one_answer() {
        assert_card(
            &DUTCH,
            "Binnen de klasse onderscheidt men twee onderklassen: de zachte koralen en de harde koralen.",
            Rule::List,
            "Welke twee onderklassen onderscheidt men binnen de klasse?",
            "zachte koralen en de harde koralen",
        );
        assert_card(
            &DUTCH,
            "Het lichaam van een insect bestaat uit drie delen: de kop, het borststuk en het achterlijf.",
            Rule::List,
            "Uit welke drie delen bestaat het lichaam van een insect?",
            "kop, het borststuk en het achterlijf",
        );
        assert_card(
            &DUTCH,
            "Er bestaan drie vormen van vitamine K: K1, K2 en K3.",
            Rule::List,
            "Welke drie vormen van vitamine K bestaan er?",
            "K1, K2 en K3",
        );
        assert_card(
            &ENGLISH,
            "The cell has two membranes: an outer membrane and an inner membrane.",
            Rule::List,
            "Which two membranes does the cell have?",
            "outer membrane and an inner membrane",
        );
        assert_card(
            &ENGLISH,
            "An insect's body consists of three parts: the head, the thorax, and the abdomen.",
            Rule::List,
            "Which three parts does an insect's body consist of?",
            "head, the thorax, and the abdomen",
        );
        assert_card(
            &ENGLISH,
            "There are three kinds of muscle tissue: skeletal, cardiac, and smooth.",
            Rule::List,
            "What are the three kinds of muscle tissue?",
            "skeletal, cardiac, and smooth",
        );
    }

    #[test]
    fn a_list_that_is_not_the_counted_phrase_is_left_alone() {
        // the count is of the species, the list of the subgroups
        no_list(
            &DUTCH,
            "Er zijn ongeveer 89 soorten die men heeft onderverdeeld in twee subgroepen: de tandwalvissen en de baleinwalvissen.",
        );
        // a count that does not match the list
        no_list(
            &ENGLISH,
            "The cell has three membranes: an outer membrane and an inner membrane.",
        );
        // no count: a colon before an explanation
        no_list(
            &DUTCH,
            "Veel walvissen vertonen complex gedrag: bultruggen en dolfijnen zingen met elkaar.",
        );
        // the list does not close the sentence
        no_list(
            &ENGLISH,
            "The team tested two drugs: aspirin and ibuprofen, which both reduce pain in mice.",
        );
    }
}
