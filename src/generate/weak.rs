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
use super::tokens::find_short;

/// How often every word of a question's answer must occur in the document for it to count
/// as repeated (round 26: 7 before; at 5 five more questions go from the tuning texts, none
/// held a teacher's fact no other card held: "What do villi normally absorb from food? →
/// nutrients", "What do the airways carry in and out of your lungs? → air"; at 4 three
/// facts go).
const REPEATED: u32 = 5;
/// The same for a cloze's single gap: a gap shows its sentence's other words, so a term the
/// text uses three times is already given away (round 18: 7 → 4; round 26: 4 → 3, in the
/// tuning texts 12 more clozes went, one of them held a fact no other card held). Questions
/// keep 5: a question shows less of its sentence.
const REPEATED_GAP: u32 = 3;
/// Clozes scored at or above this keep their place whatever their gap.
const GOOD: i32 = 30;

/// Every word of `phrase` (articles aside) is one the document repeats.
fn repeated(a: &Analysis, phrase: &str, times: u32) -> bool {
    let lex = a.lex();
    // (`lower_case`: no copy of a lower-case ASCII word)
    let mut words = phrase
        .split_whitespace()
        .map(super::check::lower_case)
        .filter(|w| !lex.articles.contains(&w.as_ref()))
        .peekable();
    words.peek().is_some() && words.all(|w| a.freq(&w) >= times)
}

/// "een onderdeel van {{koraalriffen}}" is as weak as before its gap took the noun the
/// "van"/"of" phrase hangs on (cloze's `of_head_before`): a lone gap is judged by what
/// follows its last "of"/"van".
fn of_complement(gap: &str) -> &str {
    [" of ", " van "]
        .iter()
        .filter_map(|k| find_short(gap, k).map(|i| (i, &gap[i + k.len()..])))
        // only a one-word head: "to inflammation and arthritis of the joint" is judged whole
        .find(|&(i, _)| !gap[..i].contains(' '))
        .map_or(gap, |(_, rest)| rest)
}

/// Is `c`, chosen with `score`, a card that asks nothing: a cloze whose single gap is a
/// repeated term (not a list's member: the list is what it asks), a subject, object or
/// passive question whose short answer is one, or a question answered by "good health"
/// (`platitude`)?
pub fn weak(a: &Analysis, c: &Candidate, score: i32) -> bool {
    if c.cloze {
        return score < GOOD
            // (byte searches: a string pattern sets up a two-way searcher for every call)
            && find_short(&c.back, " | ").is_none()
            && repeated(a, of_complement(&c.back), REPEATED_GAP)
            && !super::weak_gaps::list_member(&c.front)
            && !names_its_gap(&c.front);
    }
    matches!(c.rule, Rule::Subject | Rule::Object | Rule::Passive)
        && c.back.split_whitespace().count() <= 3
        && repeated(a, &c.back, REPEATED)
        || c.rule == Rule::Naming && named_in_passing(a, &c.front)
        || super::platitude::platitude(&c.back)
}

/// A question for the scientific name of a term the text mentions only where it gives the
/// name ("Wat is de wetenschappelijke naam van de walvishaai? → Rhincodon typus" in a text
/// on sharks, "… van de reuzenhoningbij? → Apis dorsata"): a species named in passing. The
/// teacher asks the names of what the text is about ("… van de walvisachtigen? → Cetacea",
/// a term it uses again). Round 26: in the tuning texts 5 such cards, none held a fact no
/// other card held.
fn named_in_passing(a: &Analysis, front: &str) -> bool {
    let lex = a.lex();
    let Some(term) = front
        .strip_prefix(super::rules::scientific_name_of(lex.dutch))
        .and_then(|t| t.strip_suffix('?'))
    else {
        return false;
    };
    let mut words = term
        .split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| !lex.is_stop(w))
        .peekable();
    words.peek().is_some() && words.all(|w| a.freq(&w) <= 1)
}

/// Words that name the term next to them: "This process … is called {{c1::upwelling}}",
/// "Dit heet {{c1::chemosynthese}}", "… wordt {{c1::lava}} genoemd".
const NAMING_BEFORE: &[&str] = &[
    "called", "named", "termed", "heet", "heten", "noemt", "noemen",
];
const NAMING_AFTER: &[&str] = &["genoemd", "genaamd"];

/// The single gap of the cloze text is the term its sentence names: however often the text
/// uses it afterwards, the name is the sentence's fact (a teacher asks "What is this process
/// called?").
fn names_its_gap(text: &str) -> bool {
    let (Some(open), Some(close)) = (find_short(text, "{{"), find_short(text, "}}")) else {
        return false;
    };
    let before = text[..open].split_whitespace().next_back();
    let after = text[close + 2..].split_whitespace().next();
    before.is_some_and(|w| NAMING_BEFORE.contains(&w.to_lowercase().as_str()))
        || after.is_some_and(|w| {
            NAMING_AFTER.contains(&w.trim_end_matches(|c: char| !c.is_alphabetic()))
        })
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

    fn parse(lang: &'static dyn Language, text: &str) -> Analysis {
        let doc = normalise(&format!("Title\n\nTopic\n\n{text}"));
        let s = sentences(&doc);
        analyse(&doc, &s, lang)
    }

    #[test]
    fn a_question_whose_short_answer_the_text_uses_five_times_is_weak() {
        // "nutrients" five times, "villi" four times
        let a = parse(
            &ENGLISH,
            "Villi absorb nutrients. Nutrients feed the body. The blood carries nutrients. \
             Villi line the gut. Food holds nutrients. Villi are tiny. Cells store nutrients. \
             Villi grow.",
        );
        let question = |back: &str| Candidate {
            rule: Rule::Object,
            cloze: false,
            ..cloze(back)
        };
        assert!(weak(&a, &question("nutrients"), 70));
        assert!(!weak(&a, &question("villi"), 70));
        let a = parse(
            &DUTCH,
            "Darmvlokken nemen voedingsstoffen op. Voedingsstoffen voeden het lichaam. Het \
             bloed vervoert voedingsstoffen. Darmvlokken bekleden de darm. Voedsel bevat \
             voedingsstoffen. Darmvlokken zijn klein. Cellen slaan voedingsstoffen op. \
             Darmvlokken groeien.",
        );
        assert!(weak(&a, &question("voedingsstoffen"), 70));
        assert!(!weak(&a, &question("darmvlokken"), 70));
    }

    #[test]
    fn a_lone_gap_used_three_times_is_weak_unless_its_sentence_names_it() {
        let gap = |front: &str, back: &str| Candidate {
            front: front.to_string(),
            rule: Rule::Cloze,
            ..cloze(back)
        };
        // "oxygen" three times, "storage" twice
        let a = parse(
            &ENGLISH,
            "Blooms use up oxygen. Fish need oxygen. Water in storage is this process, called \
             storage. Anoxic water holds no oxygen.",
        );
        assert!(weak(&a, &gap("Fish need {{c1::oxygen}}.", "oxygen"), 20));
        assert!(!weak(
            &a,
            &gap("Water is kept in {{c1::storage}}.", "storage"),
            20
        ));
        // the sentence that names the term asks for the name
        assert!(!weak(
            &a,
            &gap("This is called {{c1::oxygen}}.", "oxygen"),
            20
        ));
        let a = parse(
            &DUTCH,
            "Vissen hebben zuurstof nodig. Algen verbruiken zuurstof. Dit water bevat geen \
             zuurstof. Magma aan het oppervlak heet lava. Lava stolt.",
        );
        assert!(weak(
            &a,
            &gap("Vissen hebben {{c1::zuurstof}} nodig.", "zuurstof"),
            20
        ));
        assert!(!weak(
            &a,
            &gap("Dit heet {{c1::zuurstof}}.", "zuurstof"),
            20
        ));
        assert!(!weak(
            &a,
            &gap("Dit wordt {{c1::zuurstof}} genoemd.", "zuurstof"),
            20
        ));
        assert!(!weak(&a, &gap("Magma heet hier {{c1::lava}}.", "lava"), 20));
    }

    #[test]
    fn the_scientific_name_of_a_term_named_once_is_weak() {
        let naming = |front: &str, back: &str| Candidate {
            rule: Rule::Naming,
            cloze: false,
            front: front.to_string(),
            ..cloze(back)
        };
        let a = parse(
            &DUTCH,
            "Haaien (Selachimorpha) zijn vissen. De grootste haai is de walvishaai (Rhincodon \
             typus). Haaien hebben een skelet van kraakbeen.",
        );
        assert!(weak(
            &a,
            &naming(
                "Wat is de wetenschappelijke naam van de walvishaai?",
                "Rhincodon typus"
            ),
            30
        ));
        assert!(!weak(
            &a,
            &naming(
                "Wat is de wetenschappelijke naam van haaien?",
                "Selachimorpha"
            ),
            30
        ));
        let a = parse(
            &ENGLISH,
            "Honey bees (Apis) live in colonies. Their enemy, the Asian giant hornet (Vespa \
             mandarinia), hunts them. Honey bees make honey.",
        );
        assert!(weak(
            &a,
            &naming(
                "What is the scientific name of the Asian giant hornet?",
                "Vespa mandarinia"
            ),
            30
        ));
        assert!(!weak(
            &a,
            &naming("What is the scientific name of honey bees?", "Apis"),
            30
        ));
        // another question about the term named once is not this one
        assert!(!weak(
            &a,
            &naming(
                "What is the Asian giant hornet also called?",
                "Vespa mandarinia"
            ),
            30
        ));
    }
}
