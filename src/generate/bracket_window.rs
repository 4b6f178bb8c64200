//! How far the clause parser looks for the finite verb (round 30, parse30). It looks at a
//! fixed number of tokens (16 for a subject first, 14 after a Dutch fronted phrase, 24
//! after an English one) so that a verb of a later clause is not taken for the main one.
//! A bracket is an aside, though: "The rocks of the terrae (the light colored, rugged
//! highlands of the moon) are …", "James Watt (Greenock (Schotland), 19 januari 1736 - …)
//! was …", "Bijzonnen (in het Engels parhelia …) zijn …" put their verb beyond the window
//! only because of what the brackets hold, and got no clause at all (7 tuning sentences in
//! 7 texts). So the tokens inside brackets, and the brackets, do not count; nor is a word
//! inside a bracket taken for the main verb ("Jan Smit (… Leiden …) was …").

use super::tokens::Tok;

/// The end (exclusive) of a window that starts at `from` and holds `words` tokens outside
/// brackets, at most `end`. Without brackets it is `from + words`, as before.
pub fn window_end(toks: &[Tok], from: usize, end: usize, words: usize) -> usize {
    let mut depth = 0u32;
    let mut counted = 0;
    for (k, t) in toks.iter().enumerate().take(end).skip(from) {
        if t.is_punct("(") {
            depth += 1;
        } else if t.is_punct(")") {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            if counted == words {
                return k;
            }
            counted += 1;
        }
    }
    end
}

/// The positions from `start` to the end of the window (`window_end(toks, from, end,
/// words)`) that lie outside brackets, the brackets themselves left out: where the finite
/// verb may be.
pub fn outside(
    toks: &[Tok],
    from: usize,
    start: usize,
    end: usize,
    words: usize,
) -> impl Iterator<Item = usize> + '_ {
    let stop = window_end(toks, from, end, words);
    let mut depth = 0u32;
    (from..stop).filter(move |&k| {
        let t = &toks[k];
        if t.is_punct("(") {
            depth += 1;
            return false;
        }
        if t.is_punct(")") {
            depth = depth.saturating_sub(1);
            return false;
        }
        depth == 0 && k >= start
    })
}

/// The subject `subj` without a long aside in brackets at its end: "The rocks of the
/// terrae (the light colored, rugged highlands of the moon) are …" asks "How old are the
/// rocks of the terrae?", not a question that holds the aside (and answers another fact).
/// A short bracket (an acronym, a synonym, up to three words) stays.
pub fn without_long_aside(toks: &[Tok], subj: (usize, usize)) -> (usize, usize) {
    let (s0, s1) = subj;
    if s1 < s0 + 3 || !toks[s1 - 1].is_punct(")") {
        return subj;
    }
    let mut depth = 0u32;
    for k in (s0..s1).rev() {
        if toks[k].is_punct(")") {
            depth += 1;
        } else if toks[k].is_punct("(") {
            depth -= 1;
            if depth == 0 {
                let words = toks[k + 1..s1 - 1]
                    .iter()
                    .filter(|t| t.kind == super::tokens::Kind::Word)
                    .count();
                return if k > s0 && words >= 4 { (s0, k) } else { subj };
            }
        }
    }
    subj
}

#[cfg(test)]
pub(super) mod tests {
    use super::{outside, window_end};
    use crate::generate::analyse::analyse;
    use crate::generate::clause::parse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::sentences::sentences;
    use crate::generate::tokens::span;

    /// The subject and the finite verb of the first sentence's clause, if it has one.
    pub(in crate::generate) fn subject_verb(
        text: &str,
        lang: &'static dyn Language,
    ) -> Option<(String, String)> {
        let doc = normalise(&format!("Titel\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        let s = &a.sents[0];
        let c = parse(&a, &s.text, &s.toks)?;
        let sp = |r: (usize, usize)| span(&s.text, &s.toks, r.0, r.1).to_string();
        Some((sp(c.subj), sp((c.fin, c.fin + 1))))
    }

    #[test]
    fn a_long_bracket_does_not_push_the_verb_out_of_the_window() {
        let (subj, fin) = subject_verb(
            "The old stones of the plateau (the pale, rough, heavily cratered uplands of \
             the region) are nearly four billion years old.",
            &ENGLISH,
        )
        .expect("a clause");
        assert_eq!(subj, "The old stones of the plateau");
        assert_eq!(fin, "are");
        let (subj, fin) = subject_verb(
            "Jan Smit (Utrecht (Nederland), 3 maart 1801 - Leiden (Zuid-Holland), 9 mei \
             1870) was een Nederlands scheikundige.",
            &DUTCH,
        )
        .expect("a clause");
        assert_eq!(subj, "Jan Smit");
        assert_eq!(fin, "was");
    }

    #[test]
    fn a_long_subject_without_brackets_still_has_no_clause() {
        // the window still ends: a verb 20 words on belongs to no subject found
        assert_eq!(
            subject_verb(
                "The old stones of the plateau and the pale rough heavily cratered uplands of \
                 the region and the valleys are nearly four billion years old.",
                &ENGLISH,
            ),
            None
        );
        assert_eq!(
            subject_verb(
                "De oude stenen van het plateau en de bleke ruwe zwaar bekraterde hooglanden \
                 van de streek en de dalen daarachter zijn bijna vier miljard jaar oud.",
                &DUTCH,
            ),
            None
        );
    }

    #[test]
    fn a_long_aside_at_the_subjects_end_is_left_out_a_short_one_kept() {
        let subj = |t, l| subject_verb(t, l).expect("a clause").0;
        assert_eq!(
            subj(
                "The old stones of the plateau (the pale, rough uplands of the region) are \
                 four billion years old.",
                &ENGLISH
            ),
            "The old stones of the plateau"
        );
        assert_eq!(
            subj(
                "De oude stenen van het plateau (de bleke, ruwe hooglanden van de streek) zijn \
                 vier miljard jaar oud.",
                &DUTCH
            ),
            "De oude stenen van het plateau"
        );
        assert_eq!(
            subj("Antimicrobial resistance (AMR) is a threat.", &ENGLISH),
            "Antimicrobial resistance (AMR)"
        );
        assert_eq!(
            subj("De kalkalgen (Corallinaceae) zijn rode algen.", &DUTCH),
            "De kalkalgen (Corallinaceae)"
        );
    }

    #[test]
    fn the_window_counts_only_tokens_outside_brackets() {
        let lex = ENGLISH.lex();
        let toks = lex.tokenize("a b (c d (e) f) g h");
        // a b g h: four words outside; the window of three ends before "h"
        let e = window_end(&toks, 0, toks.len(), 3);
        assert_eq!(toks[e].lower, "h");
        assert_eq!(window_end(&toks, 0, toks.len(), 10), toks.len());
        let inside: Vec<&str> = outside(&toks, 0, 1, toks.len(), 3)
            .map(|k| toks[k].lower.as_str())
            .collect();
        assert_eq!(inside, ["b", "g"]);
        let plain = lex.tokenize("a b c d e");
        assert_eq!(window_end(&plain, 0, plain.len(), 3), 3);
    }
}
