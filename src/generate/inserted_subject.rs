//! A subject interrupted by a phrase between commas, the finite verb after the closing
//! comma (round 30): "People of all ages, including children, teens, young adults, and
//! older people, can develop NIHL", "The Cassini-Huygens mission, a cooperative endeavor of
//! NASA, the European Space Agency and Italy's space agency, is on its way", "De ontwikkeling
//! van de stoommachine door Savery, Papin, Newcomen en Watt, markeerde het begin van …".
//! The clause parser looks for the verb in the first 16 words; these sentences put it
//! further, so they had no clause and no rule asked them (in 9 tuning texts). The subject is
//! the words before the first comma; the inserted phrase (apposition, example list, the
//! rest of a list of names) is left out of it.

use super::clause::finite_at;
use super::lang::Lexicon;
use super::tokens::Tok;

/// The subject's end (its first comma) and the finite verb, when the verb stands right
/// after a comma that closes an inserted phrase.
pub fn verb_after_insertion(lex: &Lexicon, toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    // the subject's head before the first comma: a few words, none of them a verb
    let c1 = (1..end.min(8)).find(|&k| toks[k].is_punct(","))?;
    if toks[..c1].iter().any(|t| t.finite() || t.subordinator()) {
        return None;
    }
    // the verb: right after a later comma, before any ";" or ":" (which would end the
    // sentence's first statement)
    (c1 + 2..end.min(c1 + 32))
        .take_while(|&k| !toks[k - 1].is_punct(";") && !toks[k - 1].is_punct(":"))
        .find(|&k| toks[k - 1].is_punct(",") && finite_at(lex, toks, k))
        .map(|fin| (c1, fin))
}

#[cfg(test)]
mod tests {
    use crate::generate::bracket_window::tests::subject_verb;
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn the_verb_after_a_long_insertion_ends_the_subject() {
        assert_eq!(
            subject_verb(
                "Children of every age, including babies, toddlers, school pupils and older teenagers, can suffer from ear infections.",
                &ENGLISH
            ),
            Some(("Children of every age".into(), "can".into()))
        );
        assert_eq!(
            subject_verb(
                "Het grote moeras, een vlakte van graslanden, rivieren, meren, kreken en overstroomde bossen in het zuiden van het land, is het grootste wetland ter wereld.",
                &DUTCH
            ),
            Some(("Het grote moeras".into(), "is".into()))
        );
    }

    #[test]
    fn no_verb_after_the_insertion_no_clause() {
        // a list with no verb at all, and one whose "verb" stands after a semicolon
        assert_eq!(
            subject_verb(
                "Vitamins, minerals, proteins, fats, carbohydrates, fibres, water, salts, sugars, starches and many other parts of food.",
                &ENGLISH
            ),
            None
        );
        assert_eq!(
            subject_verb(
                "Bladeren, stengels, wortels, knollen, bollen, zaden, vruchten en bloemen van allerlei planten; is dat alles?",
                &DUTCH
            ),
            None
        );
    }
}
