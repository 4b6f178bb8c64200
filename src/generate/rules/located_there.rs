//! What is found at a place named in front (round 30): "In de trommelholte bevindt zich een
//! keten van drie gehoorbeentjes" → *Wat bevindt zich in de trommelholte? → een keten van
//! drie gehoorbeentjes*; "Aan de onderkant van de armen bevinden zich buisvoetjes met
//! kleverige napjes" → *Wat bevindt zich aan de onderkant van de armen? → buisvoetjes met
//! kleverige napjes*. Dutch puts the subject after "zich", so the clause parser reads "zich"
//! as the subject and the subject rule asks nothing; teachers ask these ("Wat bevindt zich
//! …?", "Welke drie gehoorbeentjes bevinden zich in …?"; nl-oor, nl-stekelhuidigen). The
//! place must name its own noun (no demonstrative or pronoun), the answer runs to the end
//! of the clause. English says "X is located/found in Y" (`found_where`).

use super::{Ctx, Rule, tidy};
use crate::generate::clause::{Clause, body_end};
use crate::generate::tokens::Kind;

pub(super) fn located_there(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    if !cx.lex().dutch {
        return;
    }
    let Some(f) = c.front else {
        return;
    };
    // the verb in the question agrees with "wat": singular, in the sentence's tense
    let verb = match toks[c.fin].lower.as_str() {
        "bevindt" | "bevinden" => "bevindt",
        "bevond" | "bevonden" => "bevond",
        _ => return,
    };
    if !toks.get(c.fin + 1).is_some_and(|t| t.is("zich"))
        || cx.s.negated
        || !toks[f.0].prep()
        || f.1 - f.0 > 8
        || toks[f.0..f.1]
            .iter()
            .any(|t| t.demonstrative() || t.pronoun() && !t.article() || t.kind == Kind::Punct)
    {
        return;
    }
    // the answer: after "zich" to the clause's end (a bracket after it stays whole)
    let from = c.fin + 2;
    let end = body_end(toks);
    let mut depth = 0usize;
    let mut stop = end;
    for (k, t) in toks.iter().enumerate().take(end).skip(from) {
        if t.is_punct("(") {
            depth += 1;
        } else if t.is_punct(")") {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && (t.is_punct(",") || t.is_punct(":") || t.is_punct(";")) {
            stop = k;
            break;
        }
    }
    // a word or two is no thing found there ("bevindt zich ook"); a long tail is a clause
    if stop < from + 1 || stop - from > 14 || !toks[from].article() && toks[from].kind != Kind::Word
    {
        return;
    }
    let place = cx.a.unstart(cx.sp(f.0, f.1));
    let q = format!("Wat {verb} zich {place}?");
    let ans = cx.sp(from, stop).to_string();
    // (asked like a phrase of place, not a subject: "Wat bevindt zich in de neusholte?" has one
    // content word besides the verb, which the vague-subject check counts as too few)
    cx.push(Rule::Passive, tidy(&q), &ans, false);
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::DUTCH;

    #[test]
    fn a_place_in_front_of_bevindt_zich_asks_what_is_there() {
        assert_card(
            &DUTCH,
            "In de neusholte bevindt zich een laag van fijne haartjes (trilharen).",
            Rule::Passive,
            "Wat bevindt zich in de neusholte?",
            "laag van fijne haartjes (trilharen)",
        );
        assert_card(
            &DUTCH,
            "Aan de achterkant van de bladeren bevinden zich kleine sporendoosjes.",
            Rule::Passive,
            "Wat bevindt zich aan de achterkant van de bladeren?",
            "kleine sporendoosjes",
        );
    }

    #[test]
    fn no_question_for_a_place_that_points_back_or_a_subject_first() {
        // the place says "die buizen": which ones, the card does not say
        let c = cards(
            &DUTCH,
            "In de wand van die buizen bevinden zich twee lagen spieren.",
        );
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("Wat bevindt zich")),
            "{c:#?}"
        );
        // subject first: where it is, which other rules ask
        let c = cards(&DUTCH, "Het zaad bevindt zich onder de schubben.");
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("Wat bevindt zich")),
            "{c:#?}"
        );
    }
}
