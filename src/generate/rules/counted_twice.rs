//! A counted phrase asked twice (fresh21, three tuning texts): "Het legsel bestaat meestal uit
//! twee witte eieren" gave *Uit hoeveel witte eieren bestaat het legsel meestal? → twee* and
//! *Waaruit bestaat het legsel meestal? → twee witte eieren*; the pericard's "drie
//! afzonderlijke delen" and the spiders' "twee basale groepen" did the same. The second card
//! asks the fact the first asks, and adds a study card for nothing: when a count question of
//! the sentence asks for the number of a phrase, a question whose answer is that number with
//! that phrase goes.

use super::{Ctx, Rule};

/// Drop the questions whose answer is a count question's number followed by the phrase that
/// question counts.
pub(super) fn drop(cx: &mut Ctx) {
    let counted: Vec<(String, String)> = cx
        .out
        .iter()
        .filter(|c| c.rule == Rule::Amount && !c.cloze)
        .map(|c| (c.back.to_lowercase(), c.front.to_lowercase()))
        .collect();
    if counted.is_empty() {
        return;
    }
    cx.out.retain(|c| {
        if c.cloze || c.rule == Rule::Amount {
            return true;
        }
        let back = c.back.to_lowercase();
        !counted.iter().any(|(n, q)| {
            back.strip_prefix(n.as_str())
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|phrase| !phrase.is_empty() && q.contains(phrase))
        })
    });
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn a_counted_phrase_is_asked_once() {
        let text = "Het pericard bestaat uit drie afzonderlijke delen.";
        assert_card(
            &DUTCH,
            text,
            Rule::Amount,
            "Uit hoeveel afzonderlijke delen bestaat het pericard?",
            "drie",
        );
        let c = cards(&DUTCH, text);
        assert!(
            !c.iter().any(|(_, _, b)| b == "drie afzonderlijke delen"),
            "{c:#?}"
        );
    }

    #[test]
    fn an_answer_with_another_phrase_stays() {
        // the count asks for the moons; the object question for what else Mars has is kept
        let c = cards(&ENGLISH, "Mars has two tiny moons and a thin atmosphere.");
        assert!(
            !c.iter()
                .any(|(r, _, b)| *r != Rule::Amount && b.starts_with("two tiny moons ")),
            "{c:#?}"
        );
        assert_card(
            &DUTCH,
            "Het legsel bestaat meestal uit witte eieren.",
            Rule::Passive,
            "Waaruit bestaat het legsel meestal?",
            "witte eieren",
        );
    }
}
