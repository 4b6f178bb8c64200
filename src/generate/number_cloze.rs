//! A sentence whose only question asks for its year or amount still has its terms to ask:
//! "In 2004, a probe from Earth landed on Titan, the solar system's second largest moon"
//! gives "In which year …? → 2004" and the cloze "… landed on {{Titan}} …" (round 27: the
//! cloze lost its place to the typed card, and the teacher's "Titan" was never asked).

use super::analyse::Analysis;
use super::rules::{Candidate, Rule};
use super::tokens::Kind;

/// A question for a year or an amount ("In which year did a probe land on Titan?" → 2004):
/// it asks for the sentence's number, not for its terms, so the sentence's cloze may still
/// ask for a term ("… landed on {{Titan}}").
pub(super) fn asks_a_number(c: &Candidate) -> bool {
    matches!(c.rule, Rule::Year | Rule::Amount)
}

/// A sentence long enough to hold a term beside its number: "There are {{five types}} of
/// hurricanes" only repeats the question for the number.
pub(super) fn room_for_a_term(a: &Analysis, si: usize) -> bool {
    a.sents[si]
        .toks
        .iter()
        .filter(|t| t.kind != Kind::Punct)
        .count()
        >= 14
}

/// A gap right after a number or its unit holds what the number counts ("4.5 billion
/// {{years old}}"): half of the amount a question of the sentence already asks for.
pub(super) fn gap_after_number(a: &Analysis, front: &str) -> bool {
    front.match_indices("{{c").any(|(at, _)| {
        // (a gap before it is no number: "{{c1::hydrogen}}, {{c2::…")
        front[..at].split_whitespace().next_back().is_some_and(|w| {
            !w.contains("}}")
                && (w.bytes().any(|b| b.is_ascii_digit())
                    || a.lex().number_words.contains(&w)
                    || a.lex().units.contains(&w))
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::rules::{Candidate, Rule};
    use crate::generate::sentences::sentences;

    fn run(lang: &'static dyn Language, text: &str) -> Vec<Candidate> {
        super::super::rank::tests::run(lang, text, 100)
            .into_iter()
            .map(|(c, _)| c)
            .collect()
    }

    /// The fronts of the clozes, and whether a year or amount question was taken.
    fn clozes_beside_a_number(lang: &'static dyn Language, text: &str) -> (String, bool) {
        let cards = run(lang, text);
        let number = cards
            .iter()
            .any(|c| matches!(c.rule, Rule::Year | Rule::Amount));
        let clozes: Vec<&str> = cards
            .iter()
            .filter(|c| c.cloze)
            .map(|c| c.front.as_str())
            .collect();
        (clozes.join("\n"), number)
    }

    #[test]
    fn a_long_sentence_asked_for_its_year_keeps_a_cloze_of_its_term() {
        let (en, number) = clozes_beside_a_number(
            &ENGLISH,
            "Saturn\n\nSaturn is the sixth planet from the Sun.\n\nIn 2004, a probe from \
             Earth landed on Titan, the solar system's second largest moon.",
        );
        assert!(number && en.contains("::Titan}}"), "{en}");
    }

    #[test]
    fn a_long_dutch_sentence_asked_for_its_year_keeps_a_cloze_of_its_term() {
        let (nl, number) = clozes_beside_a_number(
            &DUTCH,
            "Saturnus\n\nSaturnus is de zesde planeet vanaf de zon.\n\nIn 2004 landde een \
             sonde van de aarde op Titan, de op een na grootste maan van het zonnestelsel.",
        );
        assert!(number && nl.contains("::Titan}}"), "{nl}");
    }

    #[test]
    fn a_short_sentence_or_a_gap_after_the_number_gets_no_such_cloze() {
        // "There are {{five types}} of hurricanes" repeats the question for the number
        let (en, _) = clozes_beside_a_number(
            &ENGLISH,
            "Hurricanes\n\nHurricanes are the most violent storms on Earth.\n\nThere are \
             five types, or categories, of hurricanes.\n\nThe age of the oldest rock \
             collected by the Apollo astronauts is 4.5 billion years old.",
        );
        assert!(
            !en.contains("five types") && !en.contains("::years old}}"),
            "{en}"
        );
        let (nl, _) = clozes_beside_a_number(
            &DUTCH,
            "Spechten\n\nSpechten zijn vogels.\n\nDe familie van de spechten telt ongeveer \
             240 soorten.",
        );
        assert!(!nl.contains("::familie}}"), "{nl}");
    }

    #[test]
    fn a_gap_right_after_a_number_or_its_unit_is_half_the_amount() {
        let analysis = |lang: &'static dyn Language, text: &str| {
            let doc = normalise(text);
            let s = sentences(&doc);
            analyse(&doc, &s, lang)
        };
        let en = analysis(&ENGLISH, "Moon\n\nThe Moon is round.");
        assert!(super::gap_after_number(
            &en,
            "The rock is 4.5 billion {{c1::years old}}."
        ));
        assert!(super::gap_after_number(
            &en,
            "There are five {{c1::types}}."
        ));
        assert!(!super::gap_after_number(
            &en,
            "In 2004, a probe landed on {{c1::Titan}}."
        ));
        assert!(!super::gap_after_number(
            &en,
            "gas: {{c1::hydrogen}}, {{c2::helium}}."
        ));
        let nl = analysis(&DUTCH, "Maan\n\nDe maan is rond.");
        assert!(super::gap_after_number(
            &nl,
            "Het is 4,5 miljard {{c1::jaar oud}}."
        ));
        assert!(super::gap_after_number(
            &nl,
            "Er zijn 7000 {{c1::levende soorten}}."
        ));
        assert!(!super::gap_after_number(
            &nl,
            "In 2004 landde een sonde op {{c1::Titan}}."
        ));
        assert!(!super::gap_after_number(
            &nl,
            "gas: {{c1::waterstof}}, {{c2::helium}}."
        ));
    }
}
