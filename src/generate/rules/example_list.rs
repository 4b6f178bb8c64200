//! Examples dragged into a question: "What can trigger a variety of health problems
//! including chest pain?", "What have many lakes, such as the Great Lakes, and valleys been
//! carved out by?", "Welk eiwit voorkomt calciumafzetting in zachte weefsels zoals
//! bloedvaten en organen?". The examples say which members a group has; the question asks
//! about the group, and reads better without them.

use super::super::lang::Lexicon;
use super::super::tokens::{Kind, Tok};

/// The markers that open a list of examples inside a question, with the words they have.
/// Dutch "bijvoorbeeld" and "onder andere" are left alone: they are adverbs as often
/// ("de naam van bijvoorbeeld het lieveheersbeestje").
const MARKERS: &[&[&str]] = &[
    &["such", "as"],
    &["including"],
    &["like"],
    &["e.g."],
    &["zoals"],
    &["waaronder"],
];

/// `front` without its lists of examples; unchanged when it has none.
pub(super) fn drop_examples(lex: &Lexicon, front: String) -> String {
    // cheap test first: most questions have no marker at all (words split on spaces: no
    // substring searcher built per marker)
    if !super::any_piece(&front, |w| {
        let w = &w[w.iter().take_while(|&&b| b == b'(').count()..];
        matches!(
            w,
            b"such" | b"including" | b"like" | b"e.g." | b"zoals" | b"waaronder"
        )
    }) {
        return front;
    }
    let toks = lex.tokenize(&front);
    let mut out = front;
    // from the end, so the spans before stay where they are
    for (from, to, filler) in cut_spans(&toks).into_iter().rev() {
        out.replace_range(from..to, filler);
    }
    out
}

/// The byte spans to cut, each with what goes in its place.
fn cut_spans(toks: &[Tok]) -> Vec<(usize, usize, &'static str)> {
    let mut cuts: Vec<(usize, usize, &'static str)> = Vec::new();
    let mut k = 1;
    while k < toks.len() {
        let Some(m) = MARKERS.iter().find(|m| {
            m.iter()
                .enumerate()
                .all(|(i, w)| toks.get(k + i).is_some_and(|t| t.is(w)))
        }) else {
            k += 1;
            continue;
        };
        let first = k + m.len();
        // "What are winds like?": "like" asks how something is; a list needs a member;
        // "look like", "feel like": a verb's complement, no example
        // "net zoals", "just like": a comparison of the whole clause, no list of members
        if toks
            .get(first)
            .is_none_or(|t| t.kind == Kind::Punct || t.prep() || t.stop() && !t.article())
            || m[0] == "like"
                && ["look", "feel", "sound", "seem", "taste", "smell"]
                    .iter()
                    .any(|v| toks[k - 1].lower.starts_with(v))
            || matches!(
                toks[k - 1].lower.as_str(),
                "net" | "precies" | "ook" | "zo" | "just" | "much" | "very" | "more" | "less"
            )
        {
            k += 1;
            continue;
        }
        let before = &toks[k - 1];
        let cut = if before.is_punct("(") {
            // "(such as reading, working at a computer)": the brackets go with it
            (first..toks.len())
                .find(|&x| toks[x].is_punct(")"))
                .map(|x| (toks[k - 2.min(k)].end, toks[x].end, ""))
        } else if before.is_punct(",") {
            // ", such as the Great Lakes, and valleys": to the comma after it
            (first..toks.len())
                .find(|&x| toks[x].is_punct(",") || toks[x].is_punct("?"))
                .map(|x| {
                    let end = if toks[x].is_punct(",") {
                        toks[x].end
                    } else {
                        toks[x].start
                    };
                    (toks[k - 2.min(k)].end, end, "")
                })
        } else if before.kind == Kind::Word
            // "reported like …": a participle may be the phrase before the examples
            && (!before.finite() || before.lower.ends_with("ed"))
            && !before.pronoun()
            && !before.stop()
            && !before.prep()
        {
            // "health problems including chest pain?": to the verb after the list, or to the
            // preposition that ends the question ("phenomena like … temperatures in?")
            (first + 1..toks.len())
                .find(|&x| {
                    toks[x].is_punct("?")
                        || toks[x].finite()
                        || toks[x].prep() && toks.get(x + 1).is_some_and(|n| n.is_punct("?"))
                })
                .map(|x| (toks[k - 1].end, toks[x].start, " "))
        } else {
            None
        };
        if let Some((from, to, filler)) = cut {
            // the filler is a space only between two words
            let filler = if toks.iter().any(|t| t.start == to && t.is_punct("?")) {
                ""
            } else {
                filler
            };
            cuts.push((from, to, filler));
            k = toks
                .iter()
                .position(|t| t.start >= to)
                .unwrap_or(toks.len());
        } else {
            k += 1;
        }
    }
    cuts
}

#[cfg(test)]
mod tests {
    use super::drop_examples;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    fn en(q: &str) -> String {
        drop_examples(ENGLISH.lex(), q.to_string())
    }

    fn nl(q: &str) -> String {
        drop_examples(DUTCH.lex(), q.to_string())
    }

    #[test]
    fn a_list_of_examples_leaves_the_question() {
        assert_eq!(
            en("What can trigger a variety of health problems including chest pain?"),
            "What can trigger a variety of health problems?"
        );
        assert_eq!(
            en("What have many lakes, such as the Great Lakes, and valleys been carved out by?"),
            "What have many lakes and valleys been carved out by?"
        );
        assert_eq!(
            en("What strain the head or neck (such as reading, working on a computer)?"),
            "What strain the head or neck?"
        );
        assert_eq!(
            en(
                "What have some HABs been reported in the aftermath of phenomena like sluggish \
                water circulation, unusually high water temperatures in?"
            ),
            "What have some HABs been reported in the aftermath of phenomena in?"
        );
        assert_eq!(
            nl(
                "Welk eiwit voorkomt calciumafzetting in zachte weefsels zoals bloedvaten en \
                organen?"
            ),
            "Welk eiwit voorkomt calciumafzetting in zachte weefsels?"
        );
        assert_eq!(
            nl("Welke dieren, zoals mieren en bijen, leven in kolonies?"),
            "Welke dieren leven in kolonies?"
        );
    }

    #[test]
    fn the_rules_ask_without_the_examples() {
        use super::super::tests::cards;
        let c = cards(
            &ENGLISH,
            "Breathing ozone can trigger a variety of health problems including chest pain.",
        );
        assert!(
            c.iter()
                .any(|(_, f, _)| f == "What can trigger a variety of health problems?"),
            "{c:#?}"
        );
        let c = cards(
            &DUTCH,
            "MGP voorkomt calciumafzetting in zachte weefsels zoals bloedvaten en organen.",
        );
        assert!(
            c.iter()
                .any(|(_, f, _)| f.ends_with("calciumafzetting in zachte weefsels?")),
            "{c:#?}"
        );
    }

    #[test]
    fn an_answer_does_not_end_on_a_list_marker() {
        use super::super::clean_answer;
        assert_eq!(
            clean_answer(ENGLISH.lex(), "other health problems such"),
            "other health problems"
        );
        assert_eq!(
            clean_answer(DUTCH.lex(), "gefermenteerde voedingsmiddelen zoals"),
            "gefermenteerde voedingsmiddelen"
        );
        // a marker inside the answer, with its list, stays
        assert_eq!(
            clean_answer(ENGLISH.lex(), "minerals such as calcium and phosphorous"),
            "minerals such as calcium and phosphorous"
        );
        assert_eq!(clean_answer(DUTCH.lex(), "zoals"), "zoals");
    }

    #[test]
    fn like_that_asks_how_or_is_a_verb_stays() {
        for q in [
            "What are winds like?",
            "What is the pain from tension-type headache like?",
            "What do bats like to eat?",
            "What does the surface look like from orbit?",
        ] {
            assert_eq!(en(q), q);
        }
        for q in [
            "Wat is de wetenschappelijke naam van bijvoorbeeld het zevenstippelig \
             lieveheersbeestje?",
            "Hoe net zoals en wolfsklauwen vermenigvuldigen de varens zich?",
        ] {
            assert_eq!(nl(q), q);
        }
    }
}
