//! Chosen cards that ask nothing. Clozes with one gap on a term the document repeats
//! throughout ("Not everyone infected with {{TB bacteria}} becomes sick", "Andere
//! {{soorten}} kunnen zeer giftig zijn"). A learner fills it in from the text's subject
//! alone, and such cards rarely hold a teacher's fact (round 16: in the tuning texts, 13
//! such cards were chosen and none held a fact no other card held), so they are left out
//! unless the ranking thought them good. Questions about the subject, object or agent of a
//! clause whose answer is such a term ("Which disease kills more than 150,000 Americans each
//! year? → COPD" in a text about COPD) give themselves away the same way (round 16: 11
//! chosen in the tuning texts, none held a fact); definitions and names keep theirs ("What
//! are the most violent storms on Earth? → hurricanes" is a teacher's question).

use super::analyse::Analysis;
use super::rules::{Candidate, Rule};

/// How often every word of a question's answer must occur in the document for it to count
/// as repeated.
const REPEATED: u32 = 7;
/// The same for a cloze's single gap: a gap shows its sentence's other words, so a term the
/// text uses four times is already given away (round 18: 7 before; in the tuning texts 9
/// more clozes went, one of them held a fact no other card held). Questions keep 7: at 5
/// they lose "Wat bindt osteocalcine aan de botmatrix? → calcium" in the seeds.
const REPEATED_GAP: u32 = 4;
/// Clozes scored at or above this keep their place whatever their gap.
const GOOD: i32 = 30;

/// Every word of `phrase` (articles aside) is one the document repeats.
fn repeated(a: &Analysis, phrase: &str, times: u32) -> bool {
    let lex = a.lex();
    let mut words = phrase
        .split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| !lex.articles.contains(&w.as_str()))
        .peekable();
    words.peek().is_some() && words.all(|w| a.freq(&w) >= times)
}

/// "een onderdeel van {{koraalriffen}}" is as weak as before its gap took the noun the
/// "van"/"of" phrase hangs on (cloze's `of_head_before`): a lone gap is judged by what
/// follows its last "of"/"van".
fn of_complement(gap: &str) -> &str {
    [" of ", " van "]
        .iter()
        .filter_map(|k| gap.find(k).map(|i| (i, &gap[i + k.len()..])))
        // only a one-word head: "to inflammation and arthritis of the joint" is judged whole
        .find(|&(i, _)| !gap[..i].contains(' '))
        .map_or(gap, |(_, rest)| rest)
}

/// Is `c`, chosen with `score`, a card that asks nothing: a cloze whose single gap is a
/// repeated term (not a list's member: the list is what it asks), or a subject, object or
/// passive question whose short answer is one?
pub fn weak(a: &Analysis, c: &Candidate, score: i32) -> bool {
    if c.cloze {
        return score < GOOD
            && !c.back.contains(" | ")
            && repeated(a, of_complement(&c.back), REPEATED_GAP)
            && !super::weak_gaps::list_member(&c.front);
    }
    matches!(c.rule, Rule::Subject | Rule::Object | Rule::Passive)
        && c.back.split_whitespace().count() <= 3
        && repeated(a, &c.back, REPEATED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
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
        // a subject question whose answer is the repeated term gives itself away; a
        // definition keeps its place, and so does a subject question with a rare answer
        let question = |rule: Rule, back: &str| Candidate {
            rule,
            cloze: false,
            ..cloze(back)
        };
        assert!(weak(&a, &question(Rule::Subject, repeated), 70));
        assert!(weak(&a, &question(Rule::Object, repeated), 70));
        assert!(!weak(&a, &question(Rule::Definition, repeated), 10));
        assert!(!weak(&a, &question(Rule::Subject, rare), 10));
    }

    #[test]
    fn a_single_gap_or_a_subject_answer_on_a_repeated_term_is_weak() {
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

    /// A text that uses "bones" four times and "calcium" twice.
    fn bones() -> Analysis {
        let doc = normalise(
            "Title\n\nBones\n\nBones store calcium. Bones grow until the age of thirty. \
             Exercise keeps bones strong. Old bones break more easily. Calcium is a mineral.",
        );
        let s = sentences(&doc);
        analyse(&doc, &s, &ENGLISH)
    }

    #[test]
    fn a_lone_gap_with_its_of_head_is_judged_by_what_it_is_of() {
        let a = bones();
        // "the {{loss of bones}}" asks as little as "the loss of {{bones}}"
        assert!(weak(&a, &cloze("loss of bones"), 10));
        assert!(weak(&a, &cloze("verlies van bones"), 10));
        // a longer phrase before "of" is judged whole, and a rare complement is no weak gap
        assert!(!weak(&a, &cloze("slow loss of bones"), 10));
        assert!(!weak(&a, &cloze("loss of calcium"), 10));
        assert_eq!(
            of_complement("bite of infected mosquitoes"),
            "infected mosquitoes"
        );
        assert_eq!(
            of_complement("to arthritis of the joint"),
            "to arthritis of the joint"
        );
    }

    #[test]
    fn a_gap_used_four_times_is_weak_unless_it_is_a_list_member() {
        let a = bones();
        let gap = |front: &str| Candidate {
            front: front.to_string(),
            ..cloze("bones")
        };
        assert!(weak(&a, &gap("Exercise keeps {{c1::bones}} strong."), 10));
        // a member of a list is the list's fact; a question keeps a four-times answer
        assert!(!weak(
            &a,
            &gap("Calcium builds teeth and {{c1::bones}}."),
            10
        ));
        assert!(!weak(
            &a,
            &gap("Calcium builds {{c1::bones}}, teeth and nails."),
            10
        ));
        let question = Candidate {
            rule: Rule::Subject,
            cloze: false,
            ..cloze("bones")
        };
        assert!(!weak(&a, &question, 10));
    }
}
