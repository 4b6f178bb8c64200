//! A Dutch fronted phrase with a verb of its own, closed by a comma ("Door de vele soorten
//! stofomzettingen die in de lever plaatsvinden, genereert de lever veel warmte", "Bij de
//! meeste soorten schimmels, die paddenstoelen vormen, bevindt de zwamvlok zich onder de
//! grond", "Om terugloop te voorkomen, kan dit ruggevat …"). `clause::parse` reads the first
//! finite verb after a fronted preposition as the sentence's verb (V2); here that verb is the
//! relative clause's or the infinitive's, no subject follows it, and the sentence got no
//! clause at all. The sentence's verb is the finite verb right after the comma that closes
//! the phrase.

use super::analyse::Analysis;
use super::clause::Clause;
use super::tokens::{Kind, Tok};

/// The clause after the first comma that the sentence's finite verb follows: a verb the
/// lexicon knows, or a word with a verb's ending that a subject's first word follows
/// ("genereert de lever", "bevindt de zwamvlok"). None before a colon or a semicolon: the
/// front would swallow a clause.
pub fn clause_after_comma(a: &Analysis, text: &str, toks: &[Tok], end: usize) -> Option<Clause> {
    let lex = a.lex();
    let j = (2..end.min(30).saturating_sub(2)).find(|&j| {
        toks[j].is_punct(",") && {
            let v = &toks[j + 1];
            v.kind == Kind::Word
                && !v.relative()
                && (super::clause::finite_at(lex, toks, j + 1)
                    || verb_like(v) && opens_subject(&toks[j + 2]))
        }
    })?;
    if toks[1..j]
        .iter()
        .any(|t| t.is_punct(":") || t.is_punct(";"))
    {
        return None;
    }
    // the verb may be one the lexicon does not know, so the clause is built here (V2: the
    // subject follows the verb)
    let subj_end = super::simplify::subject_after(a, text, toks, j + 2)?;
    // "kan dit ruggevat …": a demonstrative cut off from its noun is no subject
    if subj_end == j + 3
        && toks[j + 2].demonstrative()
        && toks.get(subj_end).is_some_and(|t| t.kind == Kind::Word)
    {
        return None;
    }
    Some(Clause {
        front: Some((0, j)),
        fin: j + 1,
        subj: (j + 2, subj_end),
        rest: (subj_end, super::clause::cut(lex, toks, subj_end, end)),
        inverted: true,
    })
}

/// A lower-case word with a Dutch finite verb's ending ("genereert", "bevindt", "vormden").
fn verb_like(t: &Tok) -> bool {
    !t.cap
        && !t.stop()
        && !t.prep()
        && !t.article()
        && t.lower.len() > 3
        && ["t", "en", "de", "te"].iter().any(|e| t.lower.ends_with(e))
}

/// An article, a demonstrative or a pronoun: the subject of an inverted clause opens with it.
fn opens_subject(t: &Tok) -> bool {
    t.article() || t.demonstrative() || t.pronoun()
}

#[cfg(test)]
mod tests {
    use crate::generate::analyse::analyse;
    use crate::generate::clause::parse;
    use crate::generate::lang::{DUTCH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::sentences::sentences;
    use crate::generate::tokens::span;

    /// (front, verb, subject) of the first sentence's clause, if it has one.
    fn parts(text: &str, lang: &'static dyn Language) -> Option<(String, String, String)> {
        let doc = normalise(&format!("Titel\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        let s = &a.sents[0];
        let c = parse(&a, &s.text, &s.toks)?;
        let sp = |r: (usize, usize)| span(&s.text, &s.toks, r.0, r.1).to_string();
        Some((
            c.front.map(sp).unwrap_or_default(),
            sp((c.fin, c.fin + 1)),
            sp(c.subj),
        ))
    }

    #[test]
    fn a_fronted_phrase_with_a_verb_of_its_own_ends_at_the_comma_before_the_verb() {
        assert_eq!(
            parts(
                "Door de vele soorten stofomzettingen die in de lever plaatsvinden, genereert \
                 de lever veel warmte.",
                &DUTCH
            ),
            Some((
                "Door de vele soorten stofomzettingen die in de lever plaatsvinden".into(),
                "genereert".into(),
                "de lever".into()
            ))
        );
        assert_eq!(
            parts(
                "Bij de meeste soorten schimmels, die paddenstoelen vormen, bevindt de \
                 zwamvlok zich onder de grond.",
                &DUTCH
            )
            .map(|p| (p.1, p.2)),
            Some(("bevindt".into(), "de zwamvlok".into()))
        );
    }

    #[test]
    fn no_clause_from_a_lone_demonstrative_or_across_a_colon() {
        // the parse would read "dit" alone as the subject and "ruggevat" as the rest
        assert_eq!(
            parts(
                "Om terugloop te voorkomen, kan dit ruggevat mondjes met klepjes bevatten.",
                &DUTCH
            ),
            None
        );
        assert_eq!(
            parts(
                "Bij de meeste soorten die hier groeien: de zwamvlok ligt onder de grond.",
                &DUTCH
            ),
            None
        );
    }
}
