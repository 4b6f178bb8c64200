//! What plays a part in something (round 14): "Heredity plays an important part in
//! determining who …" → *What plays an important part in determining who …? → heredity*;
//! "Calcium speelt een belangrijke rol bij de botopbouw" → *Wat speelt een belangrijke rol bij
//! de botopbouw? → calcium*. The sentence says what the subject does; the teacher asks which
//! thing does it (the thing with the part is the fact).

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::tokens::Kind;

const PLAYS: &[&str] = &[
    "plays", "play", "played", "speelt", "spelen", "speelde", "speelden",
];
const ROLE: &[&str] = &["role", "part", "rol"];

pub(super) fn plays_a_role(cx: &mut Ctx, c: &Clause) {
    let toks = cx.toks();
    if !PLAYS.contains(&toks[c.fin].lower.as_str()) || !cx.plain_clause(c) {
        return;
    }
    let (r0, r1) = c.rest;
    // "een (belangrijke) rol", "an important part": an article, at most two adjectives
    if r0 >= r1 || !toks[r0].article() {
        return;
    }
    let Some(k) = (r0 + 1..r1.min(r0 + 4)).find(|&k| ROLE.contains(&toks[k].lower.as_str())) else {
        return;
    };
    if toks[r0 + 1..k]
        .iter()
        .any(|t| t.kind != Kind::Word || t.prep() || t.stop())
    {
        return;
    }
    // the preposition of what it plays the part in, and that phrase to the sentence's end
    let p = k + 1;
    if p >= toks.len() || !matches!(toks[p].lower.as_str(), "in" | "bij" | "at" | "voor" | "for") {
        return;
    }
    let end = (p + 1..toks.len())
        .find(|&x| toks[x].kind == Kind::Punct && !toks[x].is_punct("-") && !toks[x].is_punct("'"))
        .unwrap_or(toks.len());
    if end <= p + 1 || end - p > 16 {
        return;
    }
    let subj = cx.subject_text(c);
    let fin = cx.sp(c.fin, c.fin + 1);
    // the verb agrees with "wat"/"what": singular
    let verb = match fin.to_lowercase().as_str() {
        "play" | "plays" => "plays",
        "played" => "played",
        "speelt" | "spelen" => "speelt",
        _ => "speelde",
    };
    let wh = cx.a.lang.wh(crate::generate::lang::Wh::What);
    let q = format!("{wh} {verb} {}?", cx.sp(r0, end));
    cx.push(Rule::Subject, tidy(&q), &subj, false);
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn what_plays_a_part() {
        assert_card(
            &ENGLISH,
            "Diet plays an important part in preventing heart disease in older adults.",
            Rule::Subject,
            "What plays an important part in preventing heart disease in older adults?",
            "diet",
        );
        assert_card(
            &DUTCH,
            "Calcium speelt een belangrijke rol bij de botopbouw van kinderen.",
            Rule::Subject,
            "Wat speelt een belangrijke rol bij de botopbouw van kinderen?",
            "calcium",
        );
    }

    #[test]
    fn a_part_in_a_play_or_no_preposition_is_no_card() {
        let c = cards(&ENGLISH, "The actor plays the main part with great skill.");
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("What plays")),
            "{c:#?}"
        );
        let c = cards(&DUTCH, "Ze spelen een belangrijke rol bij de opvang.");
        assert!(
            !c.iter().any(|(_, f, _)| f.starts_with("Wat speelt")),
            "{c:#?}"
        );
    }
}
