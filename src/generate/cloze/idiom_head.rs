//! A noun inside a fixed preposition ("ten koste van", "ter hoogte van", "over the course
//! of", "by means of") is no head an "of"/"van" phrase hangs on: the gap that took it
//! crossed the phrase's edge ("ten {{koste van soorten}}", "the {{course of malaria
//! parasites}}' life cycle").

use super::super::tokens::Tok;

/// The noun at `x`, before "of"/"van", is part of a fixed preposition.
pub(super) fn idiom_head(toks: &[Tok], x: usize) -> bool {
    // Dutch "ten"/"ter" (a preposition with an old article) only opens fixed phrases
    x > 0 && matches!(toks[x - 1].lower.as_str(), "ten" | "ter")
        || matches!(
            toks[x].lower.as_str(),
            "course" | "means" | "terms" | "spite" | "behalf" | "lieu" | "behulp" | "middel"
        )
}

#[cfg(test)]
mod tests {
    use super::super::tests::all_clozes;
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn a_gap_takes_no_noun_of_a_fixed_preposition() {
        let c = all_clozes(
            &ENGLISH,
            "Malaria\n\nMalaria is a disease. Over the course of malaria parasites' life \
             cycle, they migrate through the bodies of mosquitoes and undergo changes. \
             Parasites change. The parasites are small.",
        );
        assert!(!c.contains("{{c1::course of"), "{c}");
        let c = all_clozes(
            &DUTCH,
            "Mangrove\n\nMangroven groeien aan kusten. Later werd hij ook noordelijk \
             waargenomen, ten koste van grassen als Spartina alterniflora die daar het \
             zoutmoeras beheersten. De grassen verdwenen. Grassen groeien snel.",
        );
        assert!(!c.contains("::koste van"), "{c}");
    }

    #[test]
    fn a_gap_still_takes_the_noun_an_of_phrase_hangs_on() {
        let c = all_clozes(
            &ENGLISH,
            "Malaria\n\nMalaria is a disease. People get malaria by the bite of infected \
             mosquitoes. Mosquitoes bite at night. The mosquitoes are small.",
        );
        assert!(c.contains("::bite of infected mosquitoes}}"), "{c}");
        let c = all_clozes(
            &DUTCH,
            "Vulkanisme\n\nOp Aarde komt vulkanisme vooral voor langs de randen van \
             tektonische platen.",
        );
        assert!(c.contains("::randen van tektonische platen}}"), "{c}");
    }
}
