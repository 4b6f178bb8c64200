//! Whether a sentence holds a demonstrative that points back to the sentence before ("These
//! winds …", "Dit proces …", "In that case …"). Such a sentence needs a strong gap (or the
//! sentence before as its lead-in) to be worth a cloze. "that", "die" and "dat" are relative
//! pronouns or "that"-clause openers as often as demonstratives ("a substance that it has
//! identified", "shows that a person's genes …", "predatoren die leven van …"), and "such as"
//! opens examples: those point at nothing before the sentence (nocard29: the gate refused
//! every cloze of such a sentence that had no strong gap).

use super::super::analyse::{Analysis, Sent};
use super::super::tokens::{Kind, Tok};

/// The sentence before `s`, to be shown as the lead-in of `s`'s cloze ("Dit heet anoxygene
/// fotosynthese.": the sentence before says what "dit" is). None when there is none, or when
/// it does not stand on its own: it dangles itself, its subject is a guess, it has a pronoun
/// subject of its own ("…, zorgt het er voor dat …", "they …") or it ends in a colon.
pub(super) fn lead_in<'a>(a: &'a Analysis, s: &Sent) -> Option<&'a str> {
    let p = &a.sents[s.prev?];
    let leans = p.toks.iter().enumerate().any(|(k, t)| {
        matches!(
            t.lower.as_str(),
            "hij" | "zij" | "ze" | "he" | "she" | "they" | "it"
        ) || (t.is("het") && k > 0 && p.toks[k - 1].finite())
    });
    if p.dangling || p.guessed.is_some() || leans || p.text.trim_end().ends_with(':') {
        return None;
    }
    Some(p.text.trim())
}

/// Some token of `toks` is a demonstrative that points back.
pub(super) fn any(toks: &[Tok]) -> bool {
    toks.iter()
        .enumerate()
        .any(|(k, t)| t.demonstrative() && !opens_clause_or_examples(toks, k))
}

/// "such as …", "that of …"/"die van …", or "that"/"die"/"dat" right after a word that is no preposition (or after a
/// closing bracket, or Dutch "die"/"dat" after a comma), with more of the clause after it: a relative pronoun or a "that"-clause,
/// not a demonstrative. "In that case", "Because of that,", "… did that." and a sentence that
/// opens with "That" still point back; so does Dutch "die" after a finite verb ("gebruikte
/// die methode").
fn opens_clause_or_examples(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let next = toks.get(k + 1);
    if t.is("such") {
        return next.is_some_and(|n| n.is("as"));
    }
    // "lijkt op die van een wesp", "twice that of sound": the noun left out is one the
    // sentence itself names
    if next.is_some_and(|n| n.is("van") || n.is("of"))
        && (t.is("die") || t.is("dat") || t.is("that") || t.is("those"))
    {
        return true;
    }
    if !t.relative() || k == 0 || next.is_none_or(|n| n.kind == Kind::Punct) {
        return false;
    }
    let prev = &toks[k - 1];
    // "…, die met vloeistof gevuld is": in Dutch a comma before "die"/"dat" opens a
    // relative clause as a rule (English has "which" there)
    if prev.is_punct(")") || prev.is_punct(",") && (t.is("die") || t.is("dat")) {
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
            "The speed of light is far above that of sound.",
        ] {
            assert!(!points_back(s, "en"), "{s}");
        }
        for s in [
            "Haaien zijn predatoren (roofvissen) die leven van gewervelde dieren.",
            "Het zijn placodermen die zich ontwikkelden tijdens het Laat-Siluur.",
            "Watt besefte dat de machine veel stoom verloor.",
            "De galblaas slaat de gal op, die wordt afgescheiden via de galgang.",
            "De bouw van een mier lijkt sterk op die van een wesp.",
        ] {
            assert!(!points_back(s, "nl"), "{s}");
        }
    }

    #[test]
    fn a_demonstrative_without_a_strong_gap_takes_the_sentence_before_as_lead_in() {
        let en = all_clozes(
            &ENGLISH,
            "The respiratory system is a group of organs and tissues that help you breathe. \
             The main part of this system is the windpipe in the throat.",
        );
        assert!(
            en.contains("help you breathe. The main part of this system is the windpipe in the {{c1::throat}}"),
            "{en}"
        );
        let nl = all_clozes(
            &DUTCH,
            "Een schip is tegenwoordig steeds voorzien van een gyroscopisch kompas. \
             In zijn oorspronkelijke vorm was dit een tol in een cardanische ophanging.",
        );
        assert!(
            nl.contains(
                "gyroscopisch kompas. In zijn oorspronkelijke vorm was dit een tol in een {{c1::"
            ),
            "{nl}"
        );
    }

    #[test]
    fn no_lead_in_when_the_sentence_before_leans_on_another_or_there_is_none() {
        // the sentence before has a pronoun subject of its own: it says nothing on its own
        let en = all_clozes(
            &ENGLISH,
            "It is a group of organs and tissues that help you breathe. \
             The main part of this system is the windpipe in the throat.",
        );
        assert!(!en.contains("The main part of this system"), "{en}");
        let nl = all_clozes(
            &DUTCH,
            "In zijn oorspronkelijke vorm was dit een tol in een cardanische ophanging.",
        );
        assert!(nl.is_empty(), "{nl}");
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
