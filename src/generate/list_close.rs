//! A list of short members that closes the sentence ("Glaciers … affect the volume,
//! variability, and water quality of runoff", "The plan may include monitoring, avoiding
//! triggers, and using medicines"): `clause::cut` ends the rest before ", and" because it
//! often opens a clause of its own, and the rest kept only the first member. Here the words
//! after the conjunction run to the end of the sentence with no verb and no mark, and the
//! members before it are short words between commas: the list is the rest's last phrase.
//! Round 27 tried this for every ", and" inside a rest and got wrong cards where a list stood
//! before more of the clause; this one only takes a list that ends the sentence.

use super::lang::Lexicon;
use super::tokens::{Kind, Tok};

/// The comma at `k` opens such a list's second member, in a rest that starts at `from` of a
/// sentence whose body ends at `end`: from it on, members of one to three plain words
/// between commas, then ", and/or" and a last member of at most four plain words up to the
/// end.
pub fn closes_the_sentence(lex: &Lexicon, toks: &[Tok], from: usize, k: usize, end: usize) -> bool {
    let plain = |t: &Tok| {
        t.kind == Kind::Word
            && !t.pronoun()
            && !t.relative()
            && !t.subordinator()
            && (!t.prep() || t.is("of") || t.is("van"))
    };
    // cheap test first: a plain word after the comma, and one before it
    if k <= from || !toks.get(k + 1).is_some_and(plain) || !plain(&toks[k - 1]) {
        return false;
    }
    let mut c = k;
    loop {
        let next = (c + 1..end).find(|&x| !plain(&toks[x]));
        match next {
            // the last member, after ", and/or"
            None if toks[c + 1..end]
                .first()
                .is_some_and(|w| matches!(w.lower.as_str(), "and" | "or" | "en" | "of")) =>
            {
                let last = &toks[c + 2..end];
                return c > k
                    && (1..=4).contains(&last.len())
                    && !verb_with_object(lex, toks, c + 2, end);
            }
            Some(x) if toks[x].is_punct(",") && (1..=3).contains(&(x - c - 1)) => {
                if verb_with_object(lex, toks, c + 1, x) {
                    return false;
                }
                c = x;
            }
            _ => return false,
        }
    }
}

/// A finite verb with an article or a pronoun after it in `from..to`: a clause, not a
/// member ("…, and causes the …"). A verb form alone is a noun or an adjective in a list of
/// short members ("avoiding triggers", "warm").
/// An auxiliary or a copula is a second predicate ("…, and is absorbed well").
fn verb_with_object(lex: &Lexicon, toks: &[Tok], from: usize, to: usize) -> bool {
    (from..to).any(|x| {
        let w = toks[x].lower.as_str();
        lex.aux.contains(&w)
            || lex.copula.contains(&w)
            || super::clause::finite_at(lex, toks, x)
                && toks
                    .get(x + 1)
                    .is_some_and(|n| n.article() || n.pronoun() || n.demonstrative())
    })
}

#[cfg(test)]
mod tests {
    use crate::generate::analyse::analyse;
    use crate::generate::clause::parse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::sentences::sentences;
    use crate::generate::tokens::span;

    /// The rest of the first sentence's clause.
    fn rest(text: &str, lang: &'static dyn Language) -> String {
        let doc = normalise(&format!("Title\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        let s = &a.sents[0];
        let c = parse(&a, &s.text, &s.toks).expect("a clause");
        span(&s.text, &s.toks, c.rest.0, c.rest.1).to_string()
    }

    #[test]
    fn a_list_of_short_members_that_ends_the_sentence_stays_in_the_rest() {
        assert_eq!(
            rest(
                "Your joint may feel swollen, red, warm, and stiff.",
                &ENGLISH
            ),
            "feel swollen, red, warm, and stiff"
        );
        assert_eq!(
            rest(
                "The plan may include monitoring, avoiding triggers, and using medicines.",
                &ENGLISH
            ),
            "include monitoring, avoiding triggers, and using medicines"
        );
    }

    #[test]
    fn a_clause_or_a_long_phrase_after_the_list_ends_the_rest_as_before() {
        // a verb with its object after ", and": a clause of its own
        assert_eq!(
            rest(
                "The virus infects the liver, kidneys, and causes the fever.",
                &ENGLISH
            ),
            "the liver, kidneys"
        );
        // a second predicate after the list: "and is absorbed well"
        assert_eq!(
            rest(
                "Heme iron is found in meat, poultry and fish, and is absorbed well.",
                &ENGLISH
            ),
            "found in meat, poultry and fish"
        );
        // a last member of more than four words: it may hold more than the list
        assert_eq!(
            rest(
                "The missions provide insights into the physical nature, chemistry, and \
                 biology of worlds outside of ours.",
                &ENGLISH
            ),
            "insights into the physical nature, chemistry"
        );
        // Dutch lists close with "en" and no comma: nothing to repair, nothing changes
        assert_eq!(
            rest("De nieren verwijderen ureum, zouten en water.", &DUTCH),
            "ureum, zouten en water"
        );
    }
}
