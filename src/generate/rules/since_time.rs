//! "Since 1985, research has monitored …": "since" with a date and no verb of its own is a
//! time ("since when"), not a reason ("since the soil is wet"); a "why" card on it answers
//! a year. Dutch splits the two words ("sinds", "aangezien"), so only English meets this.

use crate::generate::tokens::{Kind, Tok};

/// Whether the fronted phrase `toks[f.0..f.1]` is "since" with a number or decade and no finite verb.
pub(super) fn temporal_since(toks: &[Tok], f: (usize, usize)) -> bool {
    let Some(phrase) = toks.get(f.0..f.1) else {
        return false;
    };
    phrase.first().is_some_and(|t| t.is("since"))
        // "1985", "the 1970s"
        && phrase
            .iter()
            .any(|t| t.kind == Kind::Num || t.lower.starts_with(|c: char| c.is_ascii_digit()))
        && !phrase.iter().skip(1).any(|t| t.finite())
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::cards;
    use crate::generate::lang::{DUTCH, ENGLISH};

    fn why_cards(c: &[(Rule, String, String)]) -> Vec<&(Rule, String, String)> {
        c.iter().filter(|(r, _, _)| *r == Rule::Reason).collect()
    }

    #[test]
    fn since_with_a_year_is_no_reason() {
        for text in [
            "Since 1985, NOAA-sponsored research has monitored the largest dead zone in the United States.",
            "Since the 1970s, the population of the species has declined sharply.",
        ] {
            let c = cards(&ENGLISH, text);
            assert!(why_cards(&c).is_empty(), "{c:#?}");
        }
    }

    #[test]
    fn since_with_a_clause_is_still_a_reason() {
        let c = cards(
            &ENGLISH,
            "Since the soil is wet, the roots of the plants absorb more water.",
        );
        assert!(!why_cards(&c).is_empty(), "{c:#?}");
        let c = cards(
            &DUTCH,
            "Omdat de bodem nat is, nemen de wortels van de planten meer water op.",
        );
        assert!(!why_cards(&c).is_empty(), "{c:#?}");
    }
}
