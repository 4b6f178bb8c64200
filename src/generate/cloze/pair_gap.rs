//! A gap on one member of a coordinated pair asks for half an answer with the other half in
//! plain sight: "{{spaces}} and caverns develop", "{{Zuid}} en Zuidoost-Azië", "the regular
//! {{rise}} and fall", "in ocean and {{freshwater environments}}". The learner who knows the
//! fact says the pair, so the gap takes the pair.

use super::super::lang::Lexicon;
use super::super::tokens::{Kind, Tok};
use super::{ADVERBS, DIRECTIONS, is_head};

/// The joining words of a pair. "or" joins alternatives, which are also one answer
/// ("{{earthquakes}} or volcanic eruptions", Dutch "of"), but only after the gap (`after`):
/// before it, "or" names the same thing twice ("Het hartzakje of {{pericard}}", "Zirkonium
/// of {{zirkoon}}"), and the second name is the term asked.
fn joins(lex: &Lexicon, t: &Tok, after: bool) -> bool {
    let w = t.lower.as_str();
    if lex.dutch {
        w == "en" || after && w == "of"
    } else {
        w == "and" || after && w == "or"
    }
}

/// Words that name how sure or how much, never a member of a pair ("between {{Mars and
/// Jupiter}} or perhaps from", "{{vitamine D3}} en calcium paradoxaal genoeg"), and
/// pronouns the stop list misses ("wraps itself", "initiate new ones").
const NO_MEMBER: &[&str] = &[
    "perhaps",
    "probably",
    "possibly",
    "maybe",
    "enough",
    "itself",
    "themselves",
    "one",
    "ones",
    "genoeg",
    "misschien",
    "mogelijk",
    "waarschijnlijk",
    "onderaan",
    "bovenaan",
    "zichzelf",
];

/// Words that name what follows them ("was called {{juvenile diabetes}} or …"): the
/// alternative after the gap is a second name, not half of the answer.
const NAMING: &[&str] = &["called", "named", "known", "as", "genoemd", "heet", "heten"];

/// A word that can be a member of a noun pair on its own: a content word, no verb, adverb
/// or number. A capital is allowed ("Afrika en {{Zuid-Amerika}}").
fn member(lex: &Lexicon, t: &Tok) -> bool {
    word_of_pair(lex, t, false)
}

/// `member`, with a word tagged finite let through when `finite_ok`.
fn word_of_pair(lex: &Lexicon, t: &Tok, finite_ok: bool) -> bool {
    let w = t.lower.as_str();
    t.kind == Kind::Word
        && !t.stop()
        && !t.prep()
        && !t.conj()
        && !t.article()
        && (finite_ok || !t.finite())
        && !t.pronoun()
        && !t.relative()
        && !t.numeric()
        && !t.demonstrative()
        && !w.ends_with("ly")
        && !NO_MEMBER.contains(&w)
        && !ADVERBS.contains(&w)
        && !DIRECTIONS.contains(&w)
        && !lex.aux.contains(&w)
        && !lex.copula.contains(&w)
        && !lex.connectives.contains(&w)
}

/// "the regular rise and fall of": a word taken for a verb (the tagger's guess) that a
/// noun could be, right before "of"/"van" or the end of the clause, is a noun.
fn noun_like_finite(lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    t.finite()
        && word_of_pair(lex, t, true)
        && toks
            .get(k + 1)
            .is_none_or(|n| n.kind == Kind::Punct || n.is("of") || n.is("van"))
}

/// "{{old bone}} and puts new bone": a known verb form that is no noun, with a word after
/// it, opens a second predicate ("rise and fall" alone is a pair).
fn verb_with_more(lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    let w = toks[k].lower.as_str();
    lex.verb(w).is_some()
        && lex.noun(w).is_none()
        && toks
            .get(k + 1)
            .is_some_and(|n| n.kind == Kind::Word && !n.prep() && !n.conj())
}

/// What may follow a pair's second member: the end of the phrase (punctuation, a
/// preposition, a joining word, a verb). Not an article, a pronoun or a content word,
/// which would make the member a verb with its object ("{{glucose}} and use it").
fn phrase_ends(lex: &Lexicon, toks: &[Tok], k: usize, end: usize) -> bool {
    k >= end
        || toks[k].kind == Kind::Punct && !toks[k].is_punct("-")
        || toks[k].prep()
        || toks[k].conj()
        || toks[k].finite()
        || toks[k].relative()
        || lex.aux.contains(&toks[k].lower.as_str())
        || lex.copula.contains(&toks[k].lower.as_str())
        // "mossen en wolfsklauwen vermenigvuldigen de varens": a word before an article or
        // a pronoun is the verb
        || toks[k].kind == Kind::Word
            && !toks[k].stop()
            && toks
                .get(k + 1)
                .is_some_and(|n| n.article() || n.pronoun())
}

/// Every chosen gap (sorted, not overlapping) that is one member of a pair "A and B" with
/// the other member bare takes the pair: one word before ("in ocean and {{freshwater
/// environments}}", after a preposition, an article, a verb or the start), or up to three
/// words after that end on their head ("{{spaces}} and caverns develop"). A member that
/// touches another gap, follows a comma (the end of a list) or reads as a verb is left.
pub(super) fn whole_pair(lex: &Lexicon, toks: &[Tok], gaps: &mut [(usize, usize)], end: usize) {
    for i in 0..gaps.len() {
        let (f, e) = gaps[i];
        let prev_end = if i > 0 { gaps[i - 1].1 } else { 0 };
        let next_start = gaps.get(i + 1).map_or(end, |g| g.0);
        // the member before: "in ocean and {{freshwater environments}}"
        if f >= 2
            && f - 2 >= prev_end
            && joins(lex, &toks[f - 1], false)
            && member(lex, &toks[f - 2])
            && (f == 2 || {
                let b = &toks[f - 3];
                b.prep() || b.article() || b.finite() || b.is_punct("(")
            })
            && !(f >= 3 && f - 3 < prev_end)
        {
            gaps[i].0 = f - 2;
            continue;
        }
        // the member after: "{{spaces}} and caverns develop"
        // not when the gap is itself a second member or a pair ("geslachtsorganen of
        // {{archegonia}} en onderaan", "{{Mars and Jupiter}} or …"), nor a second name
        // after "or" ("was called {{juvenile diabetes}} or insulin-dependent diabetes")
        let second = f > 0 && joins(lex, &toks[f - 1], true)
            || toks[f..e].iter().any(|t| joins(lex, t, true));
        let named = |t: &Tok| {
            (t.is("or") || t.is("of")) && f > 0 && NAMING.contains(&toks[f - 1].lower.as_str())
        };
        if e + 1 < next_start
            && !second
            && joins(lex, &toks[e], true)
            && !named(&toks[e])
            && !toks[f].numeric()
        {
            let head = (e + 1..(e + 4).min(next_start))
                // a name as the second member is that one word ("Bonaire en Curaçao
                // mangel blanku": what follows the name is no part of it)
                .take_while(|&k| {
                    (member(lex, &toks[k]) || noun_like_finite(lex, toks, k))
                        && !(k > e + 1 && (toks[k].cap || toks[e + 1].cap))
                })
                .take_while(|&k| !(k == e + 1 && verb_with_more(lex, toks, k)))
                .find(|&k| is_head(lex, toks, k) || phrase_ends(lex, toks, k + 1, end));
            if let Some(h) = head
                && h < next_start
                && phrase_ends(lex, toks, h + 1, end)
                && !toks.get(h + 1).is_some_and(|t| t.is_punct("("))
            {
                gaps[i].1 = h + 1;
            }
        }
    }
}

/// The end of a list member that runs on into the verb of its clause: "such as lawns and
/// {{farmlands flow downriver}}", "zoals mossen en {{wolfsklauwen vermenigvuldigen de}}
/// varens": the member stops before a word that has an article, a pronoun or a direction
/// after it (the verb and its object or adverb).
pub(super) fn before_verb(toks: &[Tok], f: usize, e: usize) -> usize {
    (f + 1..e)
        .find(|&x| {
            let t = &toks[x];
            t.kind == Kind::Word
                && !t.stop()
                && !t.prep()
                && toks.get(x + 1).is_some_and(|n| {
                    n.article()
                        || n.pronoun()
                        || DIRECTIONS.contains(&n.lower.as_str())
                        || ADVERBS.contains(&n.lower.as_str())
                })
        })
        .unwrap_or(e)
}

#[cfg(test)]
mod tests {
    use super::super::tests::all_clozes;

    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn a_gap_on_one_member_of_a_pair_takes_the_pair() {
        let en = all_clozes(
            &ENGLISH,
            "Caves\n\nWater fills the spaces in the rock. Over time, spaces and caverns develop \
             underground. Tides appear as the regular rise and fall of the sea surface.",
        );
        assert!(en.contains("::spaces and caverns}}"), "{en}");
        assert!(
            !en.contains("::rise}}") && !en.contains("regular rise}}"),
            "{en}"
        );
        let nl = all_clozes(
            &DUTCH,
            "Varens\n\nVarens zijn planten. Net zoals mossen en wolfsklauwen vermenigvuldigen \
             de varens zich door middel van sporen. Mossen hebben geen wortels.",
        );
        assert!(
            nl.contains("::mossen en wolfsklauwen}}") || nl.contains("::wolfsklauwen}}"),
            "{nl}"
        );
    }

    #[test]
    fn a_second_predicate_or_a_list_keeps_its_gap() {
        // "and use it", "and puts new bone": a verb with its object, no second member
        let en = all_clozes(
            &ENGLISH,
            "Diabetes\n\nWith the help of insulin, cells throughout the body absorb glucose \
             and use it for energy. Every day, our body breaks down old bone and puts new \
             bone in its place.",
        );
        assert!(!en.contains("glucose and use}}"), "{en}");
        assert!(!en.contains("and puts new bone}}"), "{en}");
        let nl = all_clozes(
            &DUTCH,
            "Bijen\n\nBijen verzamelen nectar, stuifmeel, water en hars voor het nest.",
        );
        assert!(!nl.contains("water en hars}}"), "{nl}");
    }

    #[test]
    fn a_name_as_second_member_is_one_word() {
        // round 28: "op {{Bonaire en Curaçao mangel blanku}}" ran on past the name into
        // what the tree is called there
        let nl = all_clozes(
            &DUTCH,
            "Mangrove\n\nDe zwarte mangrove (Avicennia germinans), in Suriname parwa, op Bonaire \
             en Curaçao mangel blanku en op Aruba mangel preto genoemd, is een van de drie \
             belangrijkste soorten.",
        );
        assert!(!nl.contains("mangel blanku}}"), "{nl}");
        let en = all_clozes(
            &ENGLISH,
            "Caves\n\nThe caves of Kentucky and Tennessee limestone country are long. Caves \
             form in Kentucky and Tennessee limestone country.",
        );
        assert!(!en.contains("Tennessee limestone}}"), "{en}");
    }
}
