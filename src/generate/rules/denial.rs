//! What a short sentence denies (round 20): "The Sun does not have any rings" → *Does the Sun
//! have any rings? → no*; "Mass is not distributed uniformly inside the moon" → *Is mass
//! distributed uniformly inside the moon? → no*; "Not all earthquakes create tsunamis" → *Do
//! all earthquakes create tsunamis? → no*; "Massa is niet gelijkmatig verdeeld" → *Is massa
//! gelijkmatig verdeeld? → nee*. Most rules refuse a negated sentence (dropping the negation
//! turns the fact around), so a plain denial gave no card at all, while teachers ask it as a
//! yes/no question. Only one short main clause with one negation: anything more (a second
//! clause, a comma, a list) and "no" would answer part of the sentence only.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::lang::nl::capitalise;
use crate::generate::tokens::Kind;

/// English verbs that take "not" after them and open a question themselves.
const EN_AUX: &[&str] = &["is", "are", "was", "were", "does", "do", "did", "can"];

/// "Not uncommon" says "common": the yes/no question would ask a double negative (a
/// litotes), whose "no" reads as a riddle.
const LITOTES: &[&str] = &[
    "uncommon",
    "unusual",
    "unlikely",
    "unknown",
    "unimportant",
    "infrequent",
    "ongewoon",
    "ongebruikelijk",
    "onbekend",
    "onbelangrijk",
    "zeldzaam",
    "rare",
];

/// At most this many words: a longer sentence says more than the denial.
const MAX_WORDS: usize = 14;

pub(super) fn denial(cx: &mut Ctx, c: &Clause) {
    let lex = cx.lex();
    let toks = cx.toks();
    if !cx.s.negated || c.front.is_some() || c.inverted || cx.is_pronoun(c.subj) {
        return;
    }
    // one clause: no comma or bracket, no second clause or coordination, a final stop
    let words = toks.iter().filter(|t| t.kind != Kind::Punct).count();
    let last = toks.len() - 1;
    if words > MAX_WORDS
        || !toks[last].is_punct(".")
        || toks[..last].iter().any(|t| {
            t.kind == Kind::Punct && !t.is_punct("-")
                || t.conj()
                || t.subordinator()
                || t.relative() && !t.article()
                || t.is("that")
                || t.demonstrative()
                || t.pronoun() && !t.article() && !t.is("all") && !t.is("alle")
        })
        || toks.iter().filter(|t| t.negation()).count() != 1
    {
        return;
    }
    let (s0, s1) = c.subj;
    // "Not all earthquakes create tsunamis": the negation opens the subject
    let not_all = toks[s0].is("not") || toks[s0].is("niet");
    let (subj, rest0) = if not_all {
        if s1 < s0 + 3 || !(toks[s0 + 1].is("all") || toks[s0 + 1].is("alle")) {
            return;
        }
        ((s0 + 1, s1), c.fin + 1)
    } else if toks
        .get(c.fin + 1)
        .is_some_and(|t| t.is("not") || t.is("niet"))
    {
        (c.subj, c.fin + 2)
    } else {
        return;
    };
    if toks[rest0..last]
        .iter()
        .any(|t| LITOTES.contains(&t.lower.as_str()))
    {
        return;
    }
    let sub = Clause { subj, ..*c };
    if !cx.short_plain_subject(&sub) || rest0 >= last {
        return;
    }
    let fin = toks[c.fin].lower.as_str();
    // the word that opens the question: Dutch inverts any finite verb; English an auxiliary,
    // or "do" before a plural present verb ("Not all earthquakes create …")
    let (opener, verb) = if lex.dutch || EN_AUX.contains(&fin) {
        (cx.sp(c.fin, c.fin + 1).to_string(), String::new())
    } else if not_all
        && lex.verb(fin).is_some()
        && !fin.ends_with('s')
        && !fin.ends_with("ed")
        && toks[s1 - 1].lower.ends_with('s')
    {
        ("Do".to_string(), fin.to_string())
    } else {
        return;
    };
    let subj_text = if subj.0 == 0 {
        cx.a.unstart(cx.sp(subj.0, subj.1))
    } else {
        cx.sp(subj.0, subj.1).to_string()
    };
    let rest = cx.sp(rest0, last);
    // by characters: the verb is the document's text and may open on a non-ASCII letter
    let q = tidy(&format!(
        "{} {subj_text} {verb} {rest}?",
        capitalise(&opener)
    ));
    let no = if lex.dutch { "nee" } else { "no" };
    cx.push(Rule::Definition, q, no, false);
}

#[cfg(test)]
mod tests {
    use super::super::tests::cards;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    fn denied(lang: &'static dyn Language, text: &str) -> Vec<(String, String)> {
        cards(lang, text)
            .into_iter()
            .filter(|(_, _, b)| b == "no" || b == "nee")
            .map(|(_, f, b)| (f, b))
            .collect()
    }

    #[test]
    fn a_verb_that_opens_on_a_non_ascii_letter_is_capitalised_whole() {
        // slicing the verb's first byte panicked on "ëet"
        assert_eq!(
            denied(&DUTCH, "Machines\n\nDe machine ëet niet veel stroom."),
            [("Ëet de machine veel stroom?".to_string(), "nee".to_string())]
        );
    }

    #[test]
    fn a_short_denial_is_a_yes_no_question() {
        for (lang, text, q, a) in [
            (
                &ENGLISH as &'static dyn Language,
                "The Sun does not have any rings.",
                "Does the Sun have any rings?",
                "no",
            ),
            (
                &ENGLISH,
                "Mass is not distributed uniformly inside the moon.",
                "Is mass distributed uniformly inside the moon?",
                "no",
            ),
            (
                &ENGLISH,
                "Not all earthquakes create tsunamis.",
                "Do all earthquakes create tsunamis?",
                "no",
            ),
            (
                &DUTCH,
                "Massa is niet gelijkmatig verdeeld in de maan.",
                "Is massa gelijkmatig verdeeld in de maan?",
                "nee",
            ),
            (
                &DUTCH,
                "Niet alle aardbevingen veroorzaken een tsunami.",
                "Veroorzaken alle aardbevingen een tsunami?",
                "nee",
            ),
        ] {
            assert_eq!(
                denied(lang, text),
                vec![(q.to_string(), a.to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn a_pronoun_a_second_clause_or_a_long_sentence_denies_nothing() {
        for (lang, text) in [
            (
                &ENGLISH as &'static dyn Language,
                "They do not make enough lactase.",
            ),
            (
                &ENGLISH,
                "People with latent TB are not sick and cannot spread the bacteria.",
            ),
            (
                &ENGLISH,
                "If the ground is not supported, a sudden collapse can occur.",
            ),
            (&ENGLISH, "The Sun has no rings."),
            (&ENGLISH, "Repeated bouts of malaria are not uncommon."),
            (
                &DUTCH,
                "Herhaalde aanvallen van malaria zijn niet ongewoon.",
            ),
            (&ENGLISH, "Not all earthquakes created tsunamis."),
            (
                &DUTCH,
                "Deze bladen zijn niet vergelijkbaar met die van zaadplanten.",
            ),
            (&DUTCH, "De rat heeft geen orgaan voor de opslag van gal."),
            (&DUTCH, "Mieren zijn niet giftig, maar ze bijten wel."),
        ] {
            assert!(
                denied(lang, text).is_empty(),
                "{text}: {:?}",
                cards(lang, text)
            );
        }
    }
}
