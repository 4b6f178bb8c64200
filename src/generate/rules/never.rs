//! "Never" as the only negation (round 17): "Many people with latent TB never develop active
//! TB disease" → *What do many people with latent TB never develop?*; "Spinnen leven nooit in
//! de zee" → *Waar leven spinnen nooit? → in de zee*. A negated sentence is refused by most
//! rules, since dropping "not" turns the fact around; "never" is one word the question can
//! keep in its own place, next to the verb, so the fact stays the same.

use crate::generate::tokens::Tok;

/// The place of the sentence's only negation when it is "never"/"nooit" and stands in
/// `from..to` (where the question keeps it); `None` for any other negation.
pub(super) fn only_never(toks: &[Tok], from: usize, to: usize) -> Option<usize> {
    let mut negations = toks.iter().enumerate().filter(|(_, t)| t.negation());
    let (k, t) = negations.next()?;
    if negations.next().is_some() || !(t.is("never") || t.is("nooit")) {
        return None;
    }
    (from..to).contains(&k).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn never_stays_in_the_question() {
        assert_card(
            &ENGLISH,
            "Many people with latent HBV never develop chronic liver disease.",
            Rule::Object,
            "What do many people with latent HBV never develop?",
            "chronic liver disease",
        );
        assert_card(
            &DUTCH,
            "Kamelen leven nooit in het regenwoud.",
            Rule::Agent,
            "Waar leven kamelen nooit?",
            "in het regenwoud",
        );
    }

    #[test]
    fn another_negation_asks_nothing() {
        for (dutch, text) in [
            (
                false,
                "Many people with latent HBV do not develop chronic liver disease.",
            ),
            (
                false,
                "Many people with latent HBV never develop liver disease and do not need care.",
            ),
            (true, "Kamelen leven niet in het regenwoud."),
        ] {
            let c = cards(if dutch { &DUTCH } else { &ENGLISH }, text);
            assert!(
                !c.iter()
                    .any(|(r, f, _)| matches!(r, Rule::Object | Rule::Agent)
                        && (f.starts_with("What do") || f.starts_with("Waar"))),
                "no card expected for {text}: {c:#?}"
            );
        }
    }
}
