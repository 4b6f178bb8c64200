//! A definition keeps the short relative clause after a head of two or three content words
//! (round 22): "Spinnen zijn een orde van geleedpotigen die behoren tot de klasse van de
//! spinachtigen" → "orde van geleedpotigen die behoren tot de klasse van de spinachtigen";
//! "Een fata morgana is een optisch fenomeen dat het resultaat is van temperatuurinversie".
//! A teacher's answer is the whole description, and a cut one ("orde van geleedpotigen")
//! covers too little of it. A head of one content word has its own rule in `definition`.

use super::super::lang::Lexicon;
use super::super::tokens::{Kind, Tok};

/// Content words of the description before its relative clause, at most.
const MAX_HEAD: usize = 3;
/// Content words of the whole answer, at most (the definition's own limit).
const MAX_ANSWER: usize = 6;
/// Tokens of the relative clause, at most.
const MAX_CLAUSE: usize = 10;

fn content(toks: &[Tok]) -> usize {
    toks.iter()
        .filter(|t| t.kind == Kind::Word && !t.stop() && !t.article())
        .count()
}

/// The end of the answer `r0..e` with the relative clause that starts at `e`, when the
/// description before it has two or three content words and a specific head (no generic or
/// vague word), and the clause is short, closed (to a punctuation mark) and holds a finite
/// verb and no pronoun, negation, conjunction or second relative; `None` leaves the answer as
/// it was.
pub(super) fn relative_end(lex: &Lexicon, toks: &[Tok], r0: usize, e: usize) -> Option<usize> {
    let rel = toks.get(e)?;
    if !(rel.relative() && !rel.article() || rel.is("that")) {
        return None;
    }
    // a plain relative pronoun only: "waarbij", "in which" open clauses of another build
    if !matches!(rel.lower.as_str(), "die" | "dat" | "that" | "which") {
        return None;
    }
    let head = content(&toks[r0..e]);
    if !(2..=MAX_HEAD).contains(&head) {
        return None;
    }
    let last = &toks[e - 1];
    // "a growing issue that affects many cities": a generic head stays cut (and ranks low)
    if last.kind != Kind::Word
        || last.stop()
        || last.prep()
        || lex.generic.contains(&last.lower.as_str())
        || super::VAGUE_HEADS.contains(&last.lower.as_str())
    {
        return None;
    }
    // the clause runs to a punctuation mark or the sentence's end, never further than
    // MAX_CLAUSE tokens
    let stop = (e + 1..toks.len().min(e + MAX_CLAUSE + 2))
        .find(|&x| toks[x].kind == Kind::Punct && !toks[x].is_punct("-"))?;
    let clause = &toks[e + 1..stop];
    if clause.len() < 2 || clause.len() > MAX_CLAUSE {
        return None;
    }
    // one statement with its verb, nothing that points elsewhere or denies
    if !clause.iter().any(|t| t.finite())
        || clause.iter().any(|t| {
            t.pronoun() && !t.article()
                || t.relative() && !t.article()
                || t.negation()
                || t.conj()
                || t.demonstrative()
        })
    {
        return None;
    }
    (head + content(clause) <= MAX_ANSWER).then_some(stop)
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn a_description_of_several_words_keeps_its_short_relative_clause() {
        assert_card(
            &DUTCH,
            "Krabben zijn een orde van kreeftachtigen die behoren tot de klasse van de geleedpotigen.",
            Rule::Definition,
            "Wat zijn krabben?",
            "orde van kreeftachtigen die behoren tot de klasse van de geleedpotigen",
        );
        assert_card(
            &DUTCH,
            "Een regenboog is een optisch fenomeen dat het gevolg is van lichtbreking, zoals bij een prisma.",
            Rule::Definition,
            "Wat is een regenboog?",
            "optisch fenomeen dat het gevolg is van lichtbreking",
        );
        assert_card(
            &ENGLISH,
            "Gout is a painful kind of arthritis that causes swelling in the joints.",
            Rule::Definition,
            "What is gout?",
            "painful kind of arthritis that causes swelling in the joints",
        );
    }

    #[test]
    fn a_long_or_pointing_relative_clause_stays_out_of_the_answer() {
        let none = |lang, text: &str, part: &str| {
            let c = cards(lang, text);
            assert!(
                !c.iter()
                    .any(|(r, _, b)| *r == Rule::Definition && b.contains(part)),
                "{c:#?}"
            );
        };
        // a pronoun in the clause points at something the card does not show
        none(
            &DUTCH,
            "Krabben zijn een orde van kreeftachtigen die hij in zee vond.",
            "die",
        );
        none(
            &ENGLISH,
            "Gout is a painful kind of arthritis that they studied in detail.",
            "that",
        );
        // too long: the clause would make the answer a sentence
        none(
            &ENGLISH,
            "Gout is a painful kind of arthritis that causes sudden severe swelling, redness and heat in big toe joints at night.",
            "that",
        );
        // a negation in the clause
        none(
            &DUTCH,
            "Krabben zijn een orde van kreeftachtigen die niet in zoet water leven.",
            "die",
        );
    }
}
