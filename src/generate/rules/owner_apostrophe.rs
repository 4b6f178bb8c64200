//! "the larger of Mars' two moons": an apostrophe right after a word in -s, before the noun
//! the word owns, is part of the noun phrase, not a closing quote. A phrase cut there asks
//! "What is the larger of Mars?".

use super::super::tokens::{Kind, Tok};

/// Token `k` is such an owner's apostrophe: it touches the word in -s before it, a space and
/// a word follow, and no single quote opens before it in the sentence (then it closes a
/// quote: "de 'echte varens' ook").
pub(super) fn owner_apostrophe(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    if !(t.is_punct("'") || t.is_punct("\u{2019}")) || k == 0 {
        return false;
    }
    let before = &toks[k - 1];
    before.kind == Kind::Word
        && before.end == t.start
        && before.lower.ends_with('s')
        && toks
            .get(k + 1)
            .is_some_and(|n| n.kind != Kind::Punct && n.start > t.end)
        // an opening quote: an apostrophe with no word right before it
        && !toks[..k].iter().enumerate().any(|(j, q)| {
            (q.is_punct("'") || q.is_punct("\u{2018}") || q.is_punct("\u{2019}"))
                && (j == 0 || toks[j - 1].end < q.start)
        })
}

#[cfg(test)]
mod tests {
    use super::super::tests::assert_card;
    use super::super::tests::cards;
    use crate::generate::lang::{DUTCH, ENGLISH};
    use crate::generate::rules::Rule;

    #[test]
    fn an_owner_in_s_keeps_the_noun_it_owns() {
        assert_card(
            &ENGLISH,
            "Mars has two moons, Phobos and Deimos. Phobos is the larger of Mars' two moons.",
            Rule::Definition,
            "What is the larger of Mars' two moons?",
            "Phobos",
        );
        let c = cards(
            &ENGLISH,
            "Mars has two moons, Phobos and Deimos. Phobos is the larger of Mars' two moons.",
        );
        assert!(
            !c.iter()
                .any(|(_, f, b)| f.ends_with("of Mars?") || b.ends_with("of Mars")),
            "{c:#?}"
        );
    }

    #[test]
    fn a_closing_quote_after_a_word_in_s_ends_the_phrase() {
        let c = cards(
            &DUTCH,
            "Deze vroege stoommachines waren de 'zuigers' van de mijnen. De 'machines' hadden \
             maar één cilinder.",
        );
        assert!(
            !c.iter()
                .any(|(_, f, b)| f.contains("' van") || b.contains("' van")),
            "{c:#?}"
        );
    }
}
