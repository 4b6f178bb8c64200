//! An answer that stops at the first member of a list (fresh21, seen in six of the 54
//! tuning texts): "Iron oxides account for …, while manganese gives shades of blue, black,
//! and gray" gave *What does manganese give? → shades of blue*; "Gluten is a protein found
//! in wheat, rye, and barley" gave *→ protein found in wheat*; "Spechten komen wereldwijd
//! voor, behalve in Australië, Nieuw-Zeeland, Madagaskar en de poolgebieden" gave *Waar
//! komen spechten niet voor? → in Australië*. Such an answer is wrong, not short: the
//! members after it belong to it. The answer takes the rest of the list when the sentence
//! goes on, right after it, with short members separated by commas, the last one after
//! "and"/"or"/"en"/"of", and the list ends there. A clause after the comma (a verb, a
//! relative or a pronoun in a member), an example list ("such as", "zoals") or a question
//! that counts its answers ("Which two …") keeps the answer as it is.

use super::{Ctx, Rule, is_participle};
use crate::generate::lang::Lexicon;
use crate::generate::tokens::{Kind, Tok, find_str};

/// The longest member of a list, in tokens: a list of names or short noun phrases.
const MEMBER_MAX: usize = 5;

/// Give each question whose answer is a list's first member the rest of that list.
pub(super) fn extend(cx: &mut Ctx) {
    let lex = cx.a.lex();
    // a list follows a comma: most sentences have none (and their candidates are all tried
    // before a token of anything else is made)
    let split = cx.s.original != cx.s.text;
    if !(cx.s.text.contains(',') || split && cx.s.original.contains(',')) {
        return;
    }
    // a clause split off its sentence may end where the list began ("…, while manganese
    // gives shades of blue, black, and gray" reads "Manganese gives shades of blue."): the
    // list is looked for in the sentence as written, too; its tokens are made once, when a
    // candidate first needs them
    let mut original: Option<Vec<Tok>> = None;
    let text = cx.s.text.as_str();
    let toks = cx.toks();
    let whole = cx.s.original.as_str();
    for c in cx.out.iter_mut().filter(|c| !c.cloze) {
        let in_text = |text: &'_ str, toks: &'_ [Tok]| -> Option<(usize, usize)> {
            let after = answer_end(text, toks, &c.back)?;
            Some((after, list_tail(lex, toks, after)?))
        };
        let tail = match in_text(text, toks) {
            Some((after, end)) => (
                &text[toks[after].start..toks[end - 1].end],
                &toks[after..end],
            ),
            None if split && before_comma(whole, &c.back) => {
                let o = original.get_or_insert_with(|| lex.tokenize(whole));
                let Some((after, end)) = in_text(whole, o) else {
                    continue;
                };
                (&whole[o[after].start..o[end - 1].end], &o[after..end])
            }
            None => continue,
        };
        // "Which two …", "Welke drie …": the question counts what it asks
        let counts = lex.tokenize(&c.front).iter().any(Tok::numeric);
        // a member already in the question would leak into it
        let front = c.front.to_lowercase();
        let leaks = tail
            .1
            .iter()
            .any(|t| t.kind == Kind::Word && t.lower.len() > 3 && front.contains(&*t.lower));
        // an answer the size check refuses (`check::refuse`) is better cut than lost
        let back = format!("{}{}", c.back, tail.0);
        let content = lex
            .tokenize(&back)
            .iter()
            .filter(|t| t.kind != Kind::Punct && !t.stop())
            .count();
        let max = if c.rule == Rule::Reason { 14 } else { 8 };
        if !counts && !leaks && content <= max {
            c.back = back;
        }
    }
}

/// Whether `back` stands once in `text`, a comma after it: the string test `answer_end`
/// makes before it looks at tokens (a sentence's original is tokenized only then).
fn before_comma(text: &str, back: &str) -> bool {
    // most answers end before no comma: the commas are looked at first (each with the
    // white space before it), and `text` is searched for `back` only when one may follow it
    let ends_before_a_comma = memchr::memchr_iter(b',', text.as_bytes()).any(|c| {
        let head = &text[..c];
        let gap = head.len() - head.trim_end().len();
        // every end from the comma back over the white space before it
        (0..=gap).any(|w| head.is_char_boundary(c - w) && head[..c - w].ends_with(back))
    });
    if !ends_before_a_comma {
        return false;
    }
    match once_at(text, back) {
        Some(pos) => text[pos + back.len()..].trim_start().starts_with(','),
        None => false,
    }
}

/// Where `back` (not empty) stands in `text` when it stands there once: the first of
/// `text.match_indices(back)` when there is no second. By `find_str` (a `memchr` on the
/// first byte): no substring searcher is built per answer.
fn once_at(text: &str, back: &str) -> Option<usize> {
    let pos = find_str(text, back)?;
    // the matches do not overlap: the next one is looked for after this one
    find_str(&text[pos + back.len()..], back)
        .is_none()
        .then_some(pos)
}

/// The token after the answer where `back` stands once in `text`, ending on a token's end
/// and followed by a comma.
fn answer_end(text: &str, toks: &[Tok], back: &str) -> Option<usize> {
    if back.is_empty() {
        return None;
    }
    // the answer must end where the token before a comma ends: most answers of a sentence
    // with a comma end elsewhere, and `text` is searched only when one of them may
    if !toks
        .windows(2)
        .any(|w| w[1].is_punct(",") && text.get(..w[0].end).is_some_and(|h| h.ends_with(back)))
    {
        return None;
    }
    let pos = once_at(text, back)?;
    let end = pos + back.len();
    let after = toks.iter().position(|t| t.start >= end)?;
    (after > 0 && toks[after - 1].end == end && toks[after].is_punct(",")).then_some(after)
}

/// The end (exclusive) of the list members that follow the comma at `from`: members of one
/// to `MEMBER_MAX` tokens, the last after a conjunction, the list ending at the sentence's
/// punctuation, its end or a conjunction.
fn list_tail(lex: &Lexicon, toks: &[Tok], from: usize) -> Option<usize> {
    let mut i = from;
    loop {
        // the separator: a comma, a conjunction, or both (the serial comma)
        let comma = toks.get(i).is_some_and(|t| t.is_punct(","));
        if comma {
            i += 1;
        }
        let last = toks.get(i).is_some_and(list_conj);
        if last {
            i += 1;
        } else if !comma {
            return None;
        }
        let start = i;
        while i < toks.len() && member_token(&toks[i]) && i - start < MEMBER_MAX + 1 {
            i += 1;
        }
        let len = i - start;
        if len == 0
            || len > MEMBER_MAX
            || !member_opens(&toks[start])
            || toks[start..i].iter().any(|t| refers_or_acts(lex, t))
        {
            return None;
        }
        let next = toks.get(i);
        let ends = next.is_none_or(|t| {
            (t.kind == Kind::Punct && !t.is_punct(",") && !t.is_punct("-")) || t.conj()
        });
        if last {
            return (ends || closes_list(toks, i, comma)).then_some(i);
        }
        if !next.is_some_and(|t| t.is_punct(",") || t.conj()) {
            return None;
        }
    }
}

/// (fresh28) After a last member joined with a bare conjunction ("B en C", no comma before
/// it) the list is over whatever comes next: a comma before the rest of the sentence ("…
/// waterzuivering en toerisme, maar worden …") or the verb of a Dutch subclause ("omdat het
/// stevig, duurzaam, weersbestendig en hittebestendig is"). A comma before the conjunction
/// may join clauses instead (", and the east Pacific becomes …"), so it closes nothing but a
/// relative.
fn closes_list(toks: &[Tok], i: usize, serial: bool) -> bool {
    toks.get(i).is_some_and(|t| {
        // a relative after the last member: "mixtures of water, rock, sand, and mud that
        // rush down valleys" (the clause says something of the whole phrase)
        t.kind == Kind::Word && t.relative()
            || !serial
                && (t.kind == Kind::Word && t.finite()
                    // not a comma before another conjunction: "humans, marine and
                    // freshwater environments, and coastal economies" goes on
                    || t.is_punct(",") && !toks.get(i + 1).is_some_and(list_conj))
    })
}

/// The conjunction before a list's last member ("of" is one in Dutch only).
fn list_conj(t: &Tok) -> bool {
    t.conj() && matches!(t.lower.as_str(), "and" | "or" | "en" | "of")
}

/// A token a list member holds: words and numbers with hyphens or apostrophes, no verb,
/// relative or conjunction (a clause or the next separator).
fn member_token(t: &Tok) -> bool {
    match t.kind {
        Kind::Word => !t.finite() && !t.relative() && !t.conj(),
        Kind::Num => true,
        Kind::Punct => t.is_punct("-") || t.is_punct("'"),
    }
}

/// A member opens on a noun phrase, not a pronoun (a clause: ", and it can affect …"), a
/// preposition (a phrase said of the clause: ", behorend tot de Pteropsida of tot de
/// Monilophyta") or an example marker (", such as …", ", zoals …").
fn member_opens(t: &Tok) -> bool {
    (t.article() || !t.pronoun())
        && !t.prep()
        // (fresh28) "of er zuurstof wordt gebruikt" (whether), "and it's the only planet":
        // a clause, not a member
        && !matches!(
            t.lower.as_str(),
            "er" | "it's" | "it\u{2019}s" | "that's" | "there's" | "here's"
        )
        && !matches!(
            t.lower.as_str(),
            "such" | "including" | "like" | "zoals" | "waaronder" | "bijvoorbeeld" | "e.g."
        )
}

/// A word no list member holds: a participle (a phrase of its own: ", behorend tot …") or a
/// word that points back at the members before it (", or a combination of both").
fn refers_or_acts(lex: &Lexicon, t: &Tok) -> bool {
    t.kind == Kind::Word
        && (is_participle(lex, &t.lower) || matches!(t.lower.as_str(), "both" | "beide" | "either"))
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use super::{Tok, answer_end, before_comma};
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    /// `answer_end` and `before_comma` as plain searches of the whole text.
    fn answer_end_searched(text: &str, toks: &[Tok], back: &str) -> Option<usize> {
        let found: Vec<_> = text.match_indices(back).collect();
        let [(pos, _)] = found[..] else { return None };
        let end = pos + back.len();
        let after = toks.iter().position(|t| t.start >= end)?;
        (after > 0 && toks[after - 1].end == end && toks[after].is_punct(",")).then_some(after)
    }
    fn before_comma_searched(text: &str, back: &str) -> bool {
        let found: Vec<_> = text.match_indices(back).collect();
        matches!(found[..], [(pos, _)] if text[pos + back.len()..].trim_start().starts_with(','))
    }

    #[test]
    fn the_comma_test_first_finds_what_the_search_finds() {
        // every run of up to three tokens of every line with a comma of the shipped texts,
        // with and without the white space around it, and lines with spaces before commas
        let mut lines: Vec<String> = crate::generate::shipped_texts()
            .iter()
            .flat_map(|t| t.lines().map(str::to_string).collect::<Vec<_>>())
            .filter(|l| l.contains(','))
            .collect();
        lines.push("Het  kwam , zo bleek ,ook\u{a0}, en a, a, aa,, einde".to_string());
        let (mut some, mut tested) = (0, 0);
        for line in &lines {
            let toks = DUTCH.lex().tokenize(line);
            for f in 0..toks.len() {
                for e in f + 1..toks.len().min(f + 4) {
                    let (a, b) = (toks[f].start, toks[e - 1].end);
                    for back in [&line[a..b], line[a..].get(..b - a + 1).unwrap_or("")] {
                        tested += 1;
                        let end = answer_end(line, &toks, back);
                        assert_eq!(
                            end,
                            answer_end_searched(line, &toks, back),
                            "{line}: {back}"
                        );
                        some += usize::from(end.is_some());
                        assert_eq!(
                            before_comma(line, back),
                            before_comma_searched(line, back),
                            "{line}: {back}"
                        );
                    }
                }
            }
        }
        assert!(some > 100 && tested > 10_000, "{some} of {tested}");
    }

    #[test]
    fn an_answer_takes_the_rest_of_its_list() {
        assert_card(
            &ENGLISH,
            "Iron oxides account for the shades of brown, while manganese gives shades of blue, black, and gray.",
            Rule::Object,
            "What does manganese give?",
            "shades of blue, black, and gray",
        );
    }

    #[test]
    fn a_dutch_answer_takes_the_rest_of_its_list() {
        assert_card(
            &DUTCH,
            "Spechten komen wereldwijd voor, behalve in Australië, Nieuw-Zeeland, Madagaskar en de poolgebieden.",
            Rule::Agent,
            "Waar komen spechten niet voor?",
            "in Australië, Nieuw-Zeeland, Madagaskar en de poolgebieden",
        );
    }

    #[test]
    fn a_clause_or_an_example_after_the_comma_stays_out_of_the_answer() {
        // no answer runs over the comma after `head`
        let kept = |lang, text: &str, head: &str| {
            for (_, f, b) in cards(lang, text) {
                assert!(!b.contains(&format!("{head},")), "{f} -> {b}");
            }
        };
        // a clause of its own after the comma
        kept(
            &ENGLISH,
            "Loud noise can damage the inner ear, and it can affect one ear or both ears.",
            "inner ear",
        );
        kept(
            &DUTCH,
            "Spechten hakken hun nest uit in een boomstam, en ze leggen er vier eieren in.",
            "boomstam",
        );
        // examples of what the answer names
        kept(
            &DUTCH,
            "Germanium komt voor in verschillende mineralen, zoals argyrodiet, germaniet en renieriet.",
            "mineralen",
        );
        // an apposition, a phrase said of the clause, a member that points back
        kept(
            &ENGLISH,
            "The digestive tract breaks down starches into glucose, a form of sugar that enters the bloodstream.",
            "glucose",
        );
        kept(
            &DUTCH,
            "Varens zijn een groep van vaatplanten, naargelang de classificatie, behorend tot de Pteropsida of tot de Monilophyta.",
            "vaatplanten",
        );
        kept(
            &ENGLISH,
            "Kidney stones form from a high amount of salts in the urine, a reduced amount of liquid urine, or a combination of both.",
            "liquid urine",
        );
    }

    /// The backs of `text`'s cards that open with `first`.
    fn backs_from(lang: &'static dyn Language, text: &str, first: &str) -> Vec<String> {
        cards(lang, text)
            .into_iter()
            .map(|(_, _, b)| b)
            .filter(|b| b.starts_with(first))
            .collect()
    }

    #[test]
    fn a_list_ends_at_a_comma_after_its_last_member() {
        // fresh28: "… waterzuivering en toerisme, maar worden …"
        let b = backs_from(
            &DUTCH,
            "Bossen zijn belangrijk voor de biodiversiteit, waterzuivering, recreatie en houtproductie, maar worden vaak gekapt.",
            "biodiversiteit",
        );
        assert!(!b.is_empty(), "no card answers with the list");
        for back in b {
            assert_eq!(
                back,
                "biodiversiteit, waterzuivering, recreatie en houtproductie"
            );
        }
    }

    #[test]
    fn a_dutch_list_ends_at_the_verb_of_its_clause() {
        // fresh28: "omdat het stevig, duurzaam, weersbestendig en hittebestendig is en …"
        let b = backs_from(
            &DUTCH,
            "Glas wordt veel gebruikt voor ramen omdat het hard, doorzichtig, glad en weerbestendig is en geen water doorlaat.",
            "hard",
        );
        assert!(!b.is_empty(), "no card answers with the list");
        for back in b {
            assert!(
                back.starts_with("hard, doorzichtig, glad en weerbestendig"),
                "{back}"
            );
        }
    }

    #[test]
    fn a_list_ends_at_a_relative_after_its_last_member() {
        let b = backs_from(
            &ENGLISH,
            "Soils are mixtures of sand, clay, silt, and humus that cover the land.",
            "mixtures of sand",
        );
        assert!(!b.is_empty(), "no card answers with the list");
        for back in b {
            assert_eq!(back, "mixtures of sand, clay, silt, and humus");
        }
    }

    #[test]
    fn what_follows_a_last_member_does_not_always_close_the_list() {
        let none = |lang, text: &str, part: &str| {
            for (_, f, b) in cards(lang, text) {
                assert!(!b.contains(part), "{f} -> {b}");
            }
        };
        // the list goes on after the comma ("marine and coastal" is one member)
        none(
            &ENGLISH,
            "Oil spills have negative effects on birds, marine and coastal animals, and tourism.",
            "birds, marine and coastal animals",
        );
        // "of er …" (whether) and "it's …" open clauses
        none(
            &DUTCH,
            "Planten kunnen worden ingedeeld in bomen en struiken, afhankelijk of er hout wordt gevormd.",
            "afhankelijk",
        );
        none(
            &ENGLISH,
            "Venus is one of the brightest objects in the sky, and it's the hottest planet that orbits the sun.",
            "it's",
        );
        // measures after a plain noun phrase describe it, they are no members (the answer
        // with them is over the size limit)
        none(
            &DUTCH,
            "Een broedknop is een klein rond plantje, nauwelijks 4 mm breed en 1 cel dik, dat op stenen groeit.",
            "4 mm",
        );
    }
}
