//! Chosen clozes that ask nothing: one gap, and the gap is a term the document repeats
//! throughout ("Not everyone infected with {{TB bacteria}} becomes sick", "Andere
//! {{soorten}} kunnen zeer giftig zijn"). A learner fills it in from the text's subject
//! alone, and such cards rarely hold a teacher's fact (round 16: in the tuning texts, 13
//! such cards were chosen and none held a fact no other card held), so they are left out
//! unless the ranking thought them good.

use super::analyse::Analysis;
use super::rules::Candidate;

/// How often every word of the gap must occur in the document for it to count as repeated.
const REPEATED: u32 = 7;
/// Clozes scored at or above this keep their place whatever their gap.
const GOOD: i32 = 30;

/// Is `c`, chosen with `score`, a cloze whose single gap is a repeated term?
pub fn weak(a: &Analysis, c: &Candidate, score: i32) -> bool {
    c.cloze
        && score < GOOD
        && !c.back.contains(" | ")
        && c.back
            .split_whitespace()
            .all(|w| a.freq(&w.to_lowercase()) >= REPEATED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::rules::Rule;
    use crate::generate::sentences::sentences;

    fn cloze(back: &str) -> Candidate {
        Candidate {
            sent: 0,
            rule: Rule::Definition,
            front: String::new(),
            back: back.to_string(),
            cloze: true,
            typed: false,
            with_prev: false,
            adjust: 0,
        }
    }

    fn check(lang: &'static dyn Language, text: &str, repeated: &str, rare: &str) {
        let doc = normalise(&format!("Titel van de tekst\n\nOnderwerp\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        assert!(weak(&a, &cloze(repeated), 10), "{repeated}");
        // a well-ranked cloze, two gaps, a rare gap or a question keep their place
        assert!(!weak(&a, &cloze(repeated), 40));
        assert!(!weak(&a, &cloze(&format!("{repeated} | {rare}")), 10));
        assert!(!weak(&a, &cloze(rare), 10));
        let mut q = cloze(repeated);
        q.cloze = false;
        assert!(!weak(&a, &q, 10));
    }

    #[test]
    fn a_single_gap_on_a_repeated_term_is_weak() {
        check(
            &ENGLISH,
            "Glaciers cover ten percent of the land. Glaciers store most fresh water. Glaciers \
             move slowly downhill. Some glaciers calve icebergs. Glaciers carve valleys. Glaciers \
             shrink in warm years. Mountain glaciers feed rivers in summer.",
            "glaciers",
            "icebergs",
        );
        check(
            &DUTCH,
            "Mieren leven in kolonies. Mieren bouwen nesten in de grond. Mieren eten zaden. \
             Sommige mieren kweken schimmels. Mieren hebben een koningin. Mieren communiceren \
             met geuren. Rode mieren steken.",
            "mieren",
            "schimmels",
        );
    }
}
