//! (fresh26) The members after "zoals"/"waaronder"/"such as" are a list only when they are
//! alike: "zoals in het geval van vazen, kandelaars, … of dierfiguren", "waaronder de mens,
//! in de buikholte achter het buikvlies of peritoneum", "zoals met behulp van een stok of
//! greep" mix a phrase that opens with a preposition with bare noun phrases, and the list
//! cloze cut them into gaps no learner could fill (three of the 66 tuning texts). Members
//! that all open with a preposition ("such as in the lungs or in the heart"), or none, stay
//! a list.

use super::tokens::Tok;

/// Whether the members (token spans) all open with a preposition or none does.
pub fn alike(toks: &[Tok], members: &[(usize, usize)]) -> bool {
    let mut opens = members
        .iter()
        .map(|&(f, _)| toks.get(f).is_some_and(Tok::prep));
    let Some(first) = opens.next() else {
        return true;
    };
    opens.all(|p| p == first)
}

#[cfg(test)]
mod tests {
    use crate::generate::analyse::analyse;
    use crate::generate::cloze::cloze;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::rules::Rule;
    use crate::generate::sentences::sentences;

    /// The list clozes the generator makes of `text` (a title, then the sentences).
    fn list_clozes(lang: &'static dyn Language, text: &str) -> Vec<String> {
        let doc = normalise(&format!("Titel\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        (0..a.sents.len())
            .filter_map(|si| cloze(&a, si, &[]))
            .filter(|c| c.rule == Rule::List)
            .map(|c| c.front)
            .collect()
    }

    #[test]
    fn members_that_mix_a_preposition_phrase_and_nouns_are_no_list() {
        let nl = list_clozes(
            &DUTCH,
            "Porselein dient als versiering, zoals in het geval van vazen, kandelaars, deurknoppen en beelden.",
        );
        // the nouns may still be a list of their own; the phrase with its preposition is no gap
        assert!(
            !nl.iter().any(|c| c.contains("{{c1::in het geval")),
            "{nl:#?}"
        );
        let en = list_clozes(
            &ENGLISH,
            "The kidneys lie in many mammals, including the humans, in the abdomen behind the peritoneum or the spine.",
        );
        assert!(
            !en.iter().any(|c| c.contains("::in the abdomen")),
            "{en:#?}"
        );
    }

    #[test]
    fn members_alike_stay_a_list() {
        let nl = list_clozes(
            &DUTCH,
            "Porselein dient als versiering, zoals vazen, kandelaars, deurknoppen en beelden.",
        );
        assert_eq!(nl.len(), 1, "{nl:#?}");
        let en = list_clozes(
            &ENGLISH,
            "The kidneys lie in many mammals, including the humans, the apes, the whales and the bats.",
        );
        assert_eq!(en.len(), 1, "{en:#?}");
    }
}
