//! An acronym question ("What does TB stand for?" → Tuberculosis) beside a chosen question
//! that asks about the acronym's expansion with the acronym in brackets ("What causes
//! tuberculosis (TB)?", "What is antimicrobial resistance (AMR)?") or has them as its answer
//! ("… called? → multidrug resistant (MDR)"): the two cards pair the acronym with its
//! expansion, one fact (round 26: in the tuning texts 3 such acronym cards, none held a fact
//! no other card held). Not when the acronym stands inside the other question ("from the
//! sun's harmful ultraviolet (UV) rays", "over-the-counter (OTC) medications"): those
//! acronyms were teachers' questions.

use super::analyse::Analysis;
use super::check::lower_case;
use super::rules::{Candidate, Rule};

/// `c` is an acronym question whose acronym in brackets after its expansion ends another
/// chosen question or is in its answer (not a cloze's: a cloze may have the acronym as its
/// gap).
fn spelled_out(a: &Analysis, chosen: &[(Candidate, i32)], c: &Candidate) -> bool {
    if c.rule != Rule::Acronym || c.cloze {
        return false;
    }
    let Some((acr, exp)) = a
        .acronyms
        .iter()
        .find(|(acr, exp)| *exp == c.back && a.lang.acronym_question(acr) == c.front)
    else {
        return false;
    };
    let shown = lower_case(&format!("{exp} ({acr})")).into_owned();
    let asked = format!("{shown}?");
    chosen.iter().any(|(o, _)| {
        !o.cloze
            && o.rule != Rule::Acronym
            && (lower_case(&o.front).ends_with(&asked) || lower_case(&o.back).contains(&shown))
    })
}

/// The chosen cards without the acronym questions another question spells out.
pub fn drop_spelled_out(a: &Analysis, chosen: &mut Vec<(Candidate, i32)>) {
    super::rank::drop_where(chosen, |all, i| spelled_out(a, all, &all[i].0));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::sentences::sentences;

    fn card(rule: Rule, front: &str, back: &str) -> (Candidate, i32) {
        (Candidate::for_test(0, rule, front, back), 40)
    }

    fn fronts(
        lang: &'static dyn Language,
        text: &str,
        mut chosen: Vec<(Candidate, i32)>,
    ) -> Vec<String> {
        let doc = normalise(&format!("Title\n\nTopic\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        drop_spelled_out(&a, &mut chosen);
        chosen.into_iter().map(|(c, _)| c.front).collect()
    }

    #[test]
    fn an_acronym_another_question_spells_out_is_not_asked() {
        let text = "Infection with Mycobacterium tuberculosis causes tuberculosis (TB). \
            The National Institutes of Health (NIH) fund research on the disease.";
        let acronym = card(Rule::Acronym, "What does TB stand for?", "tuberculosis");
        let nih = card(
            Rule::Acronym,
            "What does NIH stand for?",
            "National Institutes of Health",
        );
        let shows = card(
            Rule::Subject,
            "What causes tuberculosis (TB)?",
            "infection with Mycobacterium tuberculosis",
        );
        // a cloze may ask for the acronym itself: it spells nothing out
        let cloze = card(
            Rule::Cloze,
            "The National Institutes of Health ({{c1::NIH}}) fund research.",
            "NIH",
        );
        let kept = fronts(
            &ENGLISH,
            text,
            vec![acronym.clone(), nih.clone(), shows.clone(), cloze.clone()],
        );
        assert_eq!(
            kept,
            [nih.0.front, shows.0.front, cloze.0.front],
            "{kept:?}"
        );
        // without the question that shows it, the acronym is asked; and when the acronym
        // stands inside the other question
        assert_eq!(fronts(&ENGLISH, text, vec![acronym.clone()]).len(), 1);
        let inside = card(
            Rule::Object,
            "What does tuberculosis (TB) infection damage?",
            "the lungs",
        );
        assert_eq!(
            fronts(&ENGLISH, text, vec![acronym.clone(), inside]).len(),
            2
        );

        let text = "Het matrix Gla-proteïne (MGP) voorkomt calciumafzetting in zachte weefsels.";
        let acronym = card(Rule::Acronym, "Waar staat MGP voor?", "matrix Gla-proteïne");
        let answer = card(
            Rule::Subject,
            "Welk eiwit voorkomt calciumafzetting in zachte weefsels?",
            "matrix Gla-proteïne (MGP)",
        );
        let kept = fronts(&DUTCH, text, vec![acronym.clone(), answer.clone()]);
        assert_eq!(kept, [answer.0.front], "{kept:?}");
        let other = card(
            Rule::Subject,
            "Welk eiwit voorkomt calciumafzetting?",
            "MGP",
        );
        assert_eq!(fronts(&DUTCH, text, vec![acronym, other]).len(), 2);
    }
}
