//! A gap on one member of a comma list whose other members show (round 29c): "malaria,
//! influenza, smallpox, {{HIV/AIDS}}, cholera, and plague", "on the face, {{head}}, or
//! {{neck}}", "Each spring, {{summer}}, and fall". Nothing tells the learner which member is
//! asked, so the answer is a guess; such a gap goes (a list read as a list gaps all its
//! members and never comes here). An aside is no list: "The largest, {{Titan}}, exceeds …".
//! (A list a verb opens is read as a list even with a wrong first member: "feels like
//! {{constant pressure}} on the face, {{head}}, or {{neck}}" is not this module's.)

use crate::generate::lang::Lexicon;
use crate::generate::tokens::{Kind, Tok};

/// "and"/"or" ("en"/"of"): the words that close a list.
fn closes_list(lex: &Lexicon, t: &Tok) -> bool {
    lex.conjunctions[..2].contains(&t.lower.as_str())
}

/// A word inside a list member: no verb, relative or name of a clause.
fn member_word(t: &Tok) -> bool {
    t.kind == Kind::Word && !t.finite() && !t.relative()
}

/// Does a list go on from token `k` to a closing "and"/"or" over short members (up to three
/// words) and commas only? ("Titan, exceeds the size of the planet Mercury and …" does not)
fn list_closes_after(lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    let mut words = 0;
    for t in toks.iter().skip(k).take(12) {
        if closes_list(lex, t) {
            return true;
        }
        if t.is_punct(",") {
            words = 0;
        } else if member_word(t) && words < 3 {
            words += 1;
        } else {
            return false;
        }
    }
    false
}

/// Is there a comma before token `k` within the members of one list (a comma list ends in
/// "A, B and C": "dehydration and {{sunlight exposure}}" after "alcohol use,")?
fn comma_before(toks: &[Tok], k: usize) -> bool {
    toks[..=k]
        .iter()
        .rev()
        .take(6)
        .find(|t| !member_word(t))
        .is_some_and(|t| t.is_punct(","))
}

/// Drops from `chosen` (sorted, non-list gaps) each gap that is a member of a comma list
/// beside a member that shows.
pub(super) fn drop_lone_members(lex: &Lexicon, toks: &[Tok], chosen: &mut Vec<(usize, usize)>) {
    let mut kept: Vec<(usize, usize)> = Vec::with_capacity(chosen.len());
    for &(f, e) in chosen.iter() {
        // the token right before the gap shows when no kept gap ends on it
        let shows = |k: usize| toks[k].kind == Kind::Word && !kept.iter().any(|g| g.1 == k + 1);
        let middle = f >= 2
            && toks[f - 1].is_punct(",")
            && shows(f - 2)
            && list_closes_after(lex, toks, e);
        let last = f >= 3
            && closes_list(lex, &toks[f - 1])
            && shows(f - 2)
            && comma_before(toks, f - 2);
        if !(middle || last) {
            kept.push((f, e));
        }
    }
    *chosen = kept;
}

#[cfg(test)]
mod tests {
    use crate::generate::cloze::tests::all_clozes;
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn a_list_member_beside_a_shown_one_is_no_gap() {
        let en = all_clozes(
            &ENGLISH,
            "Pollen\n\nEach spring, summer, and fall, trees, weeds, and grasses release tiny \
             pollen grains into the air. TB has claimed the lives of one billion people, more deaths \
             than from malaria, influenza, smallpox, HIV/AIDS, cholera, and plague combined.",
        );
        assert!(
            !["::summer", "::grasses", "::HIV", "::cholera", "::plague"]
                .iter()
                .any(|w| en.contains(w)),
            "{en}"
        );
        let nl = all_clozes(
            &DUTCH,
            "Ziekten\n\nIn 1900 stierven meer mensen aan tuberculose dan aan malaria, griep, \
             pokken, cholera en pest samen.",
        );
        assert!(!nl.contains("::cholera}}") && !nl.contains("::pest"), "{nl}");
    }

    #[test]
    fn an_aside_or_a_whole_list_keeps_its_gaps() {
        let en = all_clozes(
            &ENGLISH,
            "Saturn\n\nThe largest, Titan, exceeds the size of the planet Mercury and wraps \
             itself in a dense atmosphere.",
        );
        assert!(en.contains("{{c1::Titan}}"), "{en}");
        let nl = all_clozes(
            &DUTCH,
            "Regenboog\n\nDe regenboog heeft de kleuren rood, oranje, geel, groen, blauw en violet.",
        );
        assert!(nl.contains("rood}}") && nl.contains("::violet}}"), "{nl}");
    }
}
