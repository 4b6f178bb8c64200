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

/// A word inside a short list member: no relative, preposition or conjunction ("klein, 2–3
/// cm in diameter en …" is no list); a verb form only after the member's first word
/// ("alcohol use", "trees, weeds, and …"), so "Titan, exceeds …" ends it.
fn member_word(t: &Tok, first: bool) -> bool {
    if t.kind != Kind::Word || t.relative() || t.prep() || t.conj() {
        return false;
    }
    !first || !t.finite()
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
        } else if words < 3 && member_word(t, words == 0) {
            words += 1;
        } else {
            return false;
        }
    }
    false
}

/// Does a comma open the short member that ends at token `k` (a comma list ends in "A, B
/// and C": "dehydration and {{sunlight exposure}}" after "alcohol use,")?
fn comma_before(toks: &[Tok], k: usize) -> bool {
    let mut f = k;
    while f > 0 && k - f < 3 && toks[f - 1].kind == Kind::Word && member_word(&toks[f - 1], false) {
        f -= 1;
    }
    f > 0 && f <= k && toks[f - 1].is_punct(",")
}

/// A word of a short list member read around a gap: no verb, preposition, conjunction,
/// relative or function word other than an article.
fn plain(t: &Tok) -> bool {
    t.kind == Kind::Word
        && !t.finite()
        && !t.prep()
        && !t.conj()
        && !t.relative()
        && !t.pronoun()
        && (!t.stop() || t.article())
}

/// The start of the short member (up to three words) that ends before token `k`; its last
/// word may look like a verb ("weeds", "alcohol use").
fn member_start(toks: &[Tok], k: usize) -> usize {
    let mut b = k;
    while b > 0
        && k - b < 3
        && (plain(&toks[b - 1]) || b == k && toks[b - 1].kind == Kind::Word && toks[b - 1].finite())
    {
        b -= 1;
    }
    b
}

/// The members of the comma list "A, B(,) and C" that holds the gap `(f, e)`, from three to
/// six of them, each without its article; None when the gap is in no such list (or the list
/// starts inside a longer phrase: "the planet's {{atmosphere}}, landforms, …").
fn list_around(lex: &Lexicon, toks: &[Tok], f: usize, e: usize) -> Option<Vec<(usize, usize)>> {
    let mut members = vec![(f, e)];
    let is_last = f >= 1 && closes_list(lex, &toks[f - 1]);
    // "coughing and {{postnasal drip}}, itching eyes, …": a pair inside a longer list (not
    // "diagnosis, treatment, and {{lifestyle changes}}, gout is …")
    if is_last
        && f >= 2
        && !toks[f - 2].is_punct(",")
        && toks
            .get(e)
            .is_some_and(|n| n.is_punct(",") || closes_list(lex, n))
    {
        return None;
    }
    // the members before the gap
    let mut s = f;
    while s >= 2 {
        let mut k = s - 1;
        if !(toks[k].is_punct(",") || members.len() == 1 && is_last && closes_list(lex, &toks[k])) {
            break;
        }
        if closes_list(lex, &toks[k]) && toks[k - 1].is_punct(",") {
            k -= 1;
        }
        let b = member_start(toks, k);
        if b == k {
            return None;
        }
        members.insert(0, (b, k));
        s = b;
    }
    // the first member starts after a preposition, a verb, an adverb ("maar ook kleine
    // visjes, …"), punctuation or nothing, not inside a phrase ("the planet's atmosphere")
    let opens = |t: &Tok| {
        t.prep()
            || t.finite()
            || t.kind == Kind::Punct
            || t.stop() && !t.article() && !t.conj() && !t.is_punct("'s")
    };
    if s > 0 && !opens(&toks[s - 1]) {
        return None;
    }
    // the members after it, up to the one after "and"/"or"
    let mut k = e;
    // (none when the gap is the last member)
    if !is_last {
        loop {
            let t = toks.get(k)?;
            if t.is_punct(",") {
                k += 1;
                continue;
            }
            let last = closes_list(lex, t);
            let from = if last { k + 1 } else { k };
            let mut x = from;
            while x < toks.len() && x - from < 3 && plain(&toks[x]) {
                x += 1;
            }
            let goes_on = toks
                .get(x)
                .is_some_and(|n| n.is_punct(",") || closes_list(lex, n));
            if x == from || !last && !goes_on {
                return None;
            }
            if last && goes_on {
                // "muscle and joint aches, and swollen lymph nodes": the pair is one member, and
                // the list goes on (a longer pair is a clause: "close beaches and shellfish beds")
                let prev = members.last_mut()?;
                if x - prev.0 > 4 {
                    return None;
                }
                prev.1 = x;
            } else {
                members.push((from, x));
                if last {
                    break;
                }
            }
            k = x;
        }
    }
    if !(3..=6).contains(&members.len()) {
        return None;
    }
    Some(
        members
            .into_iter()
            .map(|(b, x)| {
                if x > b + 1 && toks[b].article() {
                    (b + 1, x)
                } else {
                    (b, x)
                }
            })
            .collect(),
    )
}

/// Mends the gaps of a cloze that is not read as a list (sorted in `chosen`) when one is a
/// member of a comma list beside a member that shows: the list's members become the gaps,
/// when the list is short and plain (true then: the cloze is a list cloze), or else that gap
/// goes.
pub(super) fn mend(lex: &Lexicon, toks: &[Tok], chosen: &mut Vec<(usize, usize)>) -> bool {
    let mut kept: Vec<(usize, usize)> = Vec::with_capacity(chosen.len());
    for &(f, e) in chosen.iter() {
        // the word that ends the member before shows when no kept gap ends on it
        let shows = |k: usize| toks[k].kind == Kind::Word && !kept.iter().any(|g| g.1 == k + 1);
        let middle =
            f >= 2 && toks[f - 1].is_punct(",") && shows(f - 2) && list_closes_after(lex, toks, e);
        // "A, B and {{C}}", "A, B, and {{C}}"
        let before = if f >= 3 && toks[f - 2].is_punct(",") {
            f - 3
        } else {
            f.saturating_sub(2)
        };
        let last = f >= 3
            && before < f
            && closes_list(lex, &toks[f - 1])
            && shows(before)
            && comma_before(toks, before);
        // an amount is told by its own member's word: "10–13 cm lang, {{5 cm}} dik en …"
        let amount = toks[f].kind == Kind::Num;
        if amount || !(middle || last) {
            kept.push((f, e));
        } else if let Some(members) = list_around(lex, toks, f, e) {
            // the other gaps of the sentence stay, unless they make the card too long
            let (lf, le) = (members[0].0, members[members.len() - 1].1);
            let mut all: Vec<(usize, usize)> = chosen
                .iter()
                .copied()
                .filter(|&(x, y)| y <= lf || x >= le)
                .collect();
            if all.len() + members.len() > 6 {
                // the sentence's own gaps come first: the lone member goes
                continue;
            }
            all.extend(members);
            all.sort();
            *chosen = all;
            return true;
        } else if last && !toks[f - 2].is_punct(",") {
            // "close beaches and {{shellfish beds}}", "coughing and {{postnasal drip}}, …":
            // the tail of a pair, which may be one member of the list, keeps its gap
            kept.push((f, e));
        }
    }
    *chosen = kept;
    false
}

#[cfg(test)]
mod tests {
    use crate::generate::cloze::tests::all_clozes;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    #[test]
    fn a_list_member_beside_a_shown_one_makes_the_whole_list_the_gaps() {
        let en = all_clozes(
            &ENGLISH,
            "Gout\n\nIn addition to inherited traits, diet, weight, and alcohol play a role in \
             the development of gout. Your joint may feel swollen, red, warm, and stiff.",
        );
        assert!(
            en.contains("{{c1::swollen}}, {{c2::red}}, {{c3::warm}}, and {{c4::stiff}}"),
            "{en}"
        );
        // the module on its own: a gap on "kreeftachtigen" alone
        let lex = DUTCH.lex();
        let text = "Kwallen vangen plankton, maar ook kleine visjes, kreeftachtigen en de \
                    larvale stadia van andere zeedieren.";
        let toks = lex.tokenize(text);
        let k = toks
            .iter()
            .position(|t| t.lower == "kreeftachtigen")
            .unwrap();
        let mut chosen = vec![(k, k + 1)];
        assert!(super::mend(lex, &toks, &mut chosen));
        let words: Vec<String> = chosen
            .iter()
            .map(|&(f, e)| crate::generate::tokens::span(text, &toks, f, e).to_string())
            .collect();
        assert_eq!(words, ["kleine visjes", "kreeftachtigen", "larvale stadia"]);
    }

    #[test]
    fn a_list_member_is_no_gap_when_its_list_cannot_be_the_gaps() {
        // the sentence's own gaps and six members would make too long a card
        let en = all_clozes(
            &ENGLISH,
            "Tuberculosis\n\nOver the past 200 years, TB has claimed the lives of more than one \
             billion people, more deaths than from malaria, influenza, smallpox, HIV/AIDS, \
             cholera, and plague combined.",
        );
        assert!(
            en.contains("{{c1::200 years}}") && !en.contains("::HIV"),
            "{en}"
        );
        let nl = all_clozes(
            &DUTCH,
            "Ziekten\n\nIn 1900 stierven meer mensen aan tuberculose dan aan malaria, griep, \
             pokken, cholera en pest samen.",
        );
        assert!(
            !nl.contains("::cholera}}") && !nl.contains("::pest"),
            "{nl}"
        );
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
