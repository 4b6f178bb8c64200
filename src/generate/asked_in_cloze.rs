//! A question whose answer is a gap of a chosen cloze of its sentence: "Wat is de aardappel?
//! → cultuurgewas" beside "De aardappel is een {{cultuurgewas}}, dat behoort tot de
//! {{nachtschadefamilie}}", "What are tsunamis? → giant waves" beside "Tsunamis are {{giant
//! waves}} caused by {{earthquakes or volcanic eruptions}}". The cloze already asks it: the
//! learner would recall one fact twice. Such pairs arise when the cloze is taken first, in
//! the strong-cloze pass, and the question in the later one (`rank::select` lets a question
//! replace a cloze only when it asks every gap of it).
//! The question goes, not the cloze: round 30 counted these pairs on the first-contact decks
//! of nine rounds (6 questions) and on the tuning decks (16): dropping the question lost no
//! teacher's fact, dropping the cloze lost 1 and 8 (the cloze keeps the sentence's words,
//! which the scorer's questions share more often than a rephrased question does).
//! Only a gap equal to the whole answer counts (a leading article aside): a question for a
//! part of a longer gap ("three" in "{{a gas composed of three oxygen atoms}}") asks what
//! the gap hides among other words, and kept its fact where the cloze missed it.

use super::analyse::Analysis;
use super::check::norm_joined;
use super::rank::same_sentence;
use super::rules::Candidate;

/// `key` (normalised) without a leading article: "a chronic condition" and "chronic
/// condition" are one answer.
fn without_article<'k>(a: &Analysis, key: &'k str) -> &'k str {
    match key.split_once(' ') {
        Some((first, rest)) if a.lex().articles.contains(&first) => rest,
        _ => key,
    }
}

/// `chosen[i]` is a question, and a chosen cloze of its sentence has its answer as a gap.
fn asked_in_cloze(a: &Analysis, chosen: &[(Candidate, i32)], i: usize) -> bool {
    let q = &chosen[i].0;
    // most questions have no cloze on their sentence: nothing normalised for them
    let beside = |x: &Candidate| x.cloze && same_sentence(a, x.sent, q.sent);
    if q.cloze || !chosen.iter().any(|(x, _)| beside(x)) {
        return false;
    }
    let key = norm_joined(&q.back);
    let key = without_article(a, &key);
    !key.is_empty()
        && chosen.iter().any(|(x, _)| {
            beside(x)
                && x.back
                    .split(" | ")
                    .any(|gap| without_article(a, &norm_joined(gap)) == key)
        })
}

/// The chosen cards without the questions a cloze of their sentence already asks. Run when
/// the clozes are final (after `weak` and `weak_gaps::trim`): a gap trimmed away no longer
/// asks the question's fact.
pub fn drop_questions_in_clozes(a: &Analysis, chosen: &mut Vec<(Candidate, i32)>) {
    super::rank::drop_where(chosen, |all, i| asked_in_cloze(a, all, i));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::rules::Rule;
    use crate::generate::sentences::sentences;

    fn card(sent: usize, rule: Rule, front: &str, back: &str) -> (Candidate, i32) {
        (Candidate::for_test(sent, rule, front, back), 40)
    }

    /// The fronts of the cards kept.
    fn kept(
        lang: &'static dyn Language,
        text: &str,
        mut chosen: Vec<(Candidate, i32)>,
    ) -> Vec<String> {
        let doc = normalise(text);
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        drop_questions_in_clozes(&a, &mut chosen);
        chosen.into_iter().map(|(c, _)| c.front).collect()
    }

    #[test]
    fn a_question_for_a_gap_of_its_sentences_cloze_is_dropped() {
        let text = "Tsunamis are giant waves caused by earthquakes under the sea. \
            Asthma is a chronic condition that affects the airways.";
        let tsunami = card(
            0,
            Rule::Cloze,
            "Tsunamis are {{c1::giant waves}} caused by {{c2::earthquakes}} under the sea.",
            "giant waves | earthquakes",
        );
        let asthma = card(
            1,
            Rule::Cloze,
            "Asthma is {{c1::a chronic condition}} that affects the {{c2::airways}}.",
            "a chronic condition | airways",
        );
        let q1 = card(0, Rule::Definition, "What are tsunamis?", "Giant waves");
        // the gap's article aside
        let q2 = card(1, Rule::Definition, "What is asthma?", "chronic condition");
        assert_eq!(
            kept(&ENGLISH, text, vec![tsunami, q1, asthma, q2]),
            [
                "Tsunamis are {{c1::giant waves}} caused by {{c2::earthquakes}} under the sea.",
                "Asthma is {{c1::a chronic condition}} that affects the {{c2::airways}}."
            ]
        );

        let text = "De aardappel is een cultuurgewas, dat behoort tot de nachtschadefamilie. \
            Het legsel bestaat meestal uit twee witte eieren.";
        let aardappel = card(
            0,
            Rule::Cloze,
            "De aardappel is een {{c1::cultuurgewas}}, dat behoort tot de \
             {{c2::nachtschadefamilie}}.",
            "cultuurgewas | nachtschadefamilie",
        );
        let legsel = card(
            1,
            Rule::Cloze,
            "Het legsel bestaat meestal uit {{c1::twee}} witte {{c2::eieren}}.",
            "twee | eieren",
        );
        let q1 = card(
            0,
            Rule::Definition,
            "Wat is de aardappel?",
            "een cultuurgewas",
        );
        let q2 = card(
            1,
            Rule::Amount,
            "Uit hoeveel witte eieren bestaat het legsel meestal?",
            "twee",
        );
        assert_eq!(
            kept(&DUTCH, text, vec![aardappel, q1, legsel, q2]).len(),
            2,
            "both questions are asked by the clozes"
        );
    }

    #[test]
    fn a_question_for_another_span_or_sentence_or_part_of_a_gap_stays() {
        let text = "Ozone is a gas composed of three oxygen atoms. \
            Tsunamis are giant waves caused by earthquakes under the sea.";
        let ozone = card(
            0,
            Rule::Cloze,
            "Ozone is {{c1::a gas composed of three oxygen atoms}}.",
            "a gas composed of three oxygen atoms",
        );
        let tsunami = card(
            1,
            Rule::Cloze,
            "Tsunamis are {{c1::giant waves}} caused by earthquakes under the sea.",
            "giant waves",
        );
        // a part of a longer gap
        let q1 = card(
            0,
            Rule::Amount,
            "Of how many oxygen atoms is ozone composed?",
            "three",
        );
        // a span the cloze shows
        let q2 = card(1, Rule::Object, "What causes tsunamis?", "earthquakes");
        // the cloze's answer, but on another sentence
        let q3 = card(0, Rule::Definition, "What are tsunamis?", "giant waves");
        assert_eq!(
            kept(&ENGLISH, text, vec![ozone, tsunami, q1, q2, q3.clone()]).len(),
            5
        );
        // questions alone: nothing to compare
        assert_eq!(kept(&ENGLISH, text, vec![q3]).len(), 1);

        let text = "Kolibries zijn gespecialiseerd in het uitzuigen van nectar uit bloemen. \
            Het hartzakje is een vliesachtig zakje in de thorax.";
        let kolibrie = card(
            0,
            Rule::Cloze,
            "Kolibries zijn gespecialiseerd in het uitzuigen van nectar uit {{c1::bloemen}}.",
            "bloemen",
        );
        let hart = card(
            1,
            Rule::Cloze,
            "Het hartzakje is een vliesachtig zakje in de {{c1::thorax}}.",
            "thorax",
        );
        // the question's answer holds the gap and more
        let q1 = card(
            0,
            Rule::Passive,
            "Waarin zijn kolibries gespecialiseerd?",
            "uitzuigen van nectar uit bloemen",
        );
        let q2 = card(
            1,
            Rule::Definition,
            "Wat is het hartzakje?",
            "vliesachtig zakje in de thorax",
        );
        assert_eq!(
            kept(&DUTCH, text, vec![kolibrie, hart, q1, q2]).len(),
            4,
            "a longer answer is another fact"
        );
    }
}
