//! A purpose in front of the clause (round 30): "Om zeezout uit de zee te halen, worden lage
//! muurtjes gebouwd" → "Waarom worden lage muurtjes gebouwd?" → om zeezout uit de zee te
//! halen; "To be cleared from the body, the stones need to travel through ducts" → "Why do
//! the stones need to travel through ducts?" → to be cleared from the body. `purpose` asks
//! the same purpose after the verb; this one reads the front.

use super::{Ctx, Rule, Wh, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::{Kind, Tok};

/// Whether `toks[f.0..f.1]` is "om … te V" (its "te" among the last three words, a verb
/// after it) or "to V …" (a plain lowercase word after "to": not "To date", "To this end").
fn purpose_front(toks: &[Tok], f: (usize, usize), dutch: bool) -> bool {
    let Some(phrase) = toks.get(f.0..f.1) else {
        return false;
    };
    // (the infinitive may carry a finite verb's flag: "halen", "reach"; a comma would end
    // the front)
    if phrase.len() < 3
        || phrase.iter().any(|t| {
            t.kind == Kind::Punct && !t.is_punct("(") && !t.is_punct(")") && !t.is_punct("\"")
        })
    {
        return false;
    }
    if dutch {
        let n = phrase.len();
        return phrase[0].is("om")
            && phrase[n - 1].kind == Kind::Word
            && phrase[n.saturating_sub(3)..n - 1]
                .iter()
                .any(|t| t.is("te"));
    }
    let verb = &phrase[1];
    phrase[0].is("to")
        && verb.kind == Kind::Word
        && !verb.cap
        && (verb.is("be") || !verb.stop())
        && !verb.article()
        && !verb.demonstrative()
        && !verb.pronoun()
        && !verb.number_word()
        && !verb.is("date")
}

pub(super) fn fronted_purpose(cx: &mut Ctx, c: &Clause) {
    let Some(f) = c.front else {
        return;
    };
    let toks = cx.toks();
    let dutch = cx.lex().dutch;
    // cheap first: the front opens the sentence with "om" or "to"
    if f.0 != 0 || !(toks[0].is("om") || toks[0].is("to")) || f.1 > c.fin {
        return;
    }
    if cx.is_pronoun(c.subj) || cx.s.negated || !purpose_front(toks, f, dutch) {
        return;
    }
    let lang = cx.a.lang;
    let fin = cx.sp(c.fin, c.fin + 1);
    let subj = cx.subject_text(c);
    let rest = cx.sp(c.rest.0, c.rest.1).to_string();
    let ans = cx.a.unstart(cx.sp(f.0, f.1));
    if let Some(q) = lang.front_question(&lang.wh(Wh::Why), fin, &subj, &rest) {
        cx.push(Rule::Reason, tidy(&q), &ans, true);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    #[test]
    fn a_fronted_purpose_is_asked_why() {
        assert_card(
            &DUTCH,
            "Om zout uit het zeewater te halen, worden lage dijken langs de kust gebouwd.",
            Rule::Reason,
            "Waarom worden lage dijken langs de kust gebouwd?",
            "om zout uit het zeewater te halen",
        );
        assert_card(
            &ENGLISH,
            "To reach the bladder, the stones travel through narrow ducts.",
            Rule::Reason,
            "Why do the stones travel through narrow ducts?",
            "to reach the bladder",
        );
    }

    #[test]
    fn a_fronted_phrase_that_is_no_purpose_is_not_asked_why() {
        let langs: [(&'static dyn Language, &str); 4] = [
            (
                &DUTCH,
                "Om acht uur worden de dijken langs de kust gesloten.",
            ),
            (&DUTCH, "Om de stad heen worden lage dijken gebouwd."),
            (
                &ENGLISH,
                "To date, the stones have travelled through narrow ducts.",
            ),
            (
                &ENGLISH,
                "To this end, the stones travel through narrow ducts.",
            ),
        ];
        for (lang, text) in langs {
            let c = cards(lang, text);
            assert!(
                !c.iter()
                    .any(|(r, f, _)| *r == Rule::Reason && f.starts_with(['W'])),
                "no why card expected for {text}, got {c:#?}"
            );
        }
    }
}
