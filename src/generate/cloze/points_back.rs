//! Whether a sentence holds a demonstrative that points back to the sentence before ("These
//! winds …", "Dit proces …", "In that case …"). Such a sentence needs a strong gap (or the
//! sentence before as its lead-in) to be worth a cloze. "that", "die" and "dat" are relative
//! pronouns or "that"-clause openers as often as demonstratives ("a substance that it has
//! identified", "shows that a person's genes …", "predatoren die leven van …"), and "such as"
//! opens examples: those point at nothing before the sentence (nocard29: the gate refused
//! every cloze of such a sentence that had no strong gap).

use super::super::tokens::{Kind, Tok};

/// Some token of `toks` is a demonstrative that points back.
pub(super) fn any(toks: &[Tok]) -> bool {
    toks.iter()
        .enumerate()
        .any(|(k, t)| t.demonstrative() && !opens_clause_or_examples(toks, k))
}

/// "such as …", or "that"/"die"/"dat" right after a word that is no preposition (or after a
/// closing bracket), with more of the clause after it: a relative pronoun or a "that"-clause,
/// not a demonstrative. "In that case", "Because of that,", "… did that." and a sentence that
/// opens with "That" still point back; so does Dutch "die" after a finite verb ("gebruikte
/// die methode").
fn opens_clause_or_examples(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let next = toks.get(k + 1);
    if t.is("such") {
        return next.is_some_and(|n| n.is("as"));
    }
    if !t.relative() || k == 0 || next.is_none_or(|n| n.kind == Kind::Punct) {
        return false;
    }
    let prev = &toks[k - 1];
    if prev.is_punct(")") {
        return true;
    }
    prev.kind == Kind::Word && !prev.prep() && !(t.is("die") && prev.finite())
}

#[cfg(test)]
mod tests {
    use super::super::tests::all_clozes;
    use super::*;
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH};
    use crate::generate::normalise::normalise;
    use crate::generate::sentences::sentences;

    fn points_back(text: &str, lang: &str) -> bool {
        let doc = normalise(text);
        let s = sentences(&doc);
        let a = analyse(&doc, &s, if lang == "nl" { &DUTCH } else { &ENGLISH });
        any(&a.sents[0].toks)
    }

    #[test]
    fn a_sentence_with_a_relative_that_gets_a_cloze_without_a_strong_gap() {
        let en = all_clozes(
            &ENGLISH,
            "Hay fever is common in the spring.\n\nThe liver is an organ that lies in the abdomen.",
        );
        assert!(en.contains("The {{c1::liver}} is"), "{en}");
        let nl = all_clozes(
            &DUTCH,
            "Haaien zijn waarschijnlijk een zustergroep van de placodermen.\n\nDe lever is een orgaan dat in de buikholte ligt.",
        );
        assert!(nl.contains("De {{c1::lever}} is"), "{nl}");
    }

    #[test]
    fn a_relative_or_that_clause_or_such_as_points_nowhere() {
        for s in [
            "An allergy is a reaction to a substance that it has identified as an invader.",
            "Recent research shows that genes and brain signals play important roles.",
            "Caves are found in other substances such as ice.",
        ] {
            assert!(!points_back(s, "en"), "{s}");
        }
        for s in [
            "Haaien zijn predatoren (roofvissen) die leven van gewervelde dieren.",
            "Het zijn placodermen die zich ontwikkelden tijdens het Laat-Siluur.",
            "Watt besefte dat de machine veel stoom verloor.",
        ] {
            assert!(!points_back(s, "nl"), "{s}");
        }
    }

    #[test]
    fn a_demonstrative_before_a_noun_or_alone_points_back() {
        for s in [
            "These winds pile up warm water in the west.",
            "In that case the water is warm.",
            "That is one death every four minutes.",
            "Such storms are rare.",
        ] {
            assert!(points_back(s, "en"), "{s}");
        }
        for s in [
            "Dit proces heet fotosynthese.",
            "Hij gebruikte die methode voor de koepokken.",
            "In dat geval is het water warm.",
        ] {
            assert!(points_back(s, "nl"), "{s}");
        }
    }
}
