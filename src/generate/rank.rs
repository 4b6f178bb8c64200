//! Stage 7: score, deduplicate and cap. Integer scores (no floats in ordering), full
//! tie-breaks, so the same text always gives the same cards in the same order.

use std::collections::{BTreeMap, BTreeSet};

use super::analyse::{Analysis, plain_stem_with_key, stem_with_key, word_key};
use super::check::{self, norm_joined, norm_split};
use super::cloze;
use super::hash::FxHashMap;
use super::number_cloze;
use super::rules::{Candidate, Rule};
use super::tokens::{Kind, before_short, find_short, find_str, split_short};

/// The design guide's features, as integers.
pub fn score(a: &Analysis, c: &Candidate) -> i32 {
    if c.cloze {
        // a cloze's score does not look at its text's words
        let answer = before_short(&c.back, " | ");
        let ans = norm_joined(answer);
        return score_toks(a, c, &[], &[], &norm_split(&ans));
    }
    let (front, back) = (norm_joined(&c.front), norm_joined(&c.back));
    let ft = norm_split(&front);
    let fs = front_stems(a, &ft);
    score_toks(a, c, &ft, &fs, &norm_split(&back))
}

/// The sorted, distinct stems of a question's content words.
fn front_stems(a: &Analysis, front_tokens: &[&str]) -> Vec<u64> {
    let lex = a.lex();
    let mut v: Vec<u64> = front_tokens
        .iter()
        .filter(|t| !lex.is_stop(t))
        .map(|t| a.stem(t))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// How many values two sorted, distinct lists share.
fn shared(x: &[u64], y: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// `score` with the front's normalised tokens and stems and the answer's tokens at hand.
fn score_toks(
    a: &Analysis,
    c: &Candidate,
    front_tokens: &[&str],
    front_stems: &[u64],
    ans_tokens: &[&str],
) -> i32 {
    let lex = a.lex();
    let s = &a.sents[c.sent];
    let mut score = c.rule.prior() + c.adjust;
    if c.typed {
        score += 10;
    }
    let answer = before_short(&c.back, " | ");
    // key-term answer: a name, acronym, number, or a repeated word
    // digits and capitals by bytes where that says the same (ASCII digits are single bytes)
    let digits = answer.bytes().any(|b| b.is_ascii_digit());
    let key = digits
        || answer
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase))
        || if answer.is_ascii() {
            answer.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        } else {
            answer.chars().filter(|ch| ch.is_uppercase()).count() >= 2
        }
        || ans_tokens.iter().any(|t| !lex.is_stop(t) && a.freq(t) >= 2);
    if key {
        score += 10;
    }
    let numeric = digits
        || answer.split_whitespace().any(|w| {
            if w.bytes().any(|b| b.is_ascii_uppercase()) {
                lex.number_words.contains(&w.to_lowercase().as_str())
            } else {
                lex.number_words.contains(&w)
            }
        });
    // "familie van ongewervelde dieren die behoren tot de ringwormen": a definition's head
    // noun stands before its relative clause (`rules::defining_relative`)
    let described = if c.rule == Rule::Definition {
        // (`before_short` is `split(…).next()` without a searcher set up per call)
        let x = before_short(answer, " die ");
        let x = before_short(x, " dat ");
        let x = before_short(x, " that ");
        before_short(x, " which ")
    } else {
        answer
    };
    if !numeric && let Some(head) = described.split_whitespace().last() {
        let extra = a.freq(head).saturating_sub(1) as i32;
        score += (4 * extra).min(16);
    }
    if let Some(hl) = s.heading.and_then(|h| a.headings_lower.get(&h))
        && ans_tokens
            .iter()
            .any(|t| t.len() > 3 && find_str(hl, t).is_some())
    {
        score += 5;
    }
    // shared stems with the sentence (besides the answer)
    if !c.cloze {
        let all = a.sentence_stems(c.sent, || sentence_stem_list(a, c.sent));
        // front stems that some sentence word outside the answer (or in the question) has;
        // the words' keys are only needed where a stem matches (no list of them per card)
        let has = |toks: &[&str], k: &u64| toks.iter().any(|t| word_key(t) == *k);
        let n = front_stems
            .iter()
            .filter(|fs| {
                all.iter()
                    .any(|(k, st)| st == *fs && (!has(ans_tokens, k) || has(front_tokens, k)))
            })
            .count();
        if n >= 3 {
            score += 10;
        } else if n <= 1 && c.rule != Rule::Acronym {
            score -= 20;
        }
    }
    if let Some(tt) = a.topic_tokens_for(s)
        && !ans_tokens.is_empty()
        && ans_tokens.iter().all(|t| tt.iter().any(|x| x == t))
        && ans_tokens.len() * 2 >= tt.len()
    {
        score -= 25;
    }
    // a cloze with one gap that the text keeps repeating (its topic: "latent {{TB infection}}
    // and active TB disease", "People vary in their degree of {{lactose intolerance}}") asks
    // for what the learner already knows the text is about
    if c.cloze
        && c.rule == Rule::Cloze
        && find_short(&c.back, " | ").is_none()
        && repeated_term(a, ans_tokens)
    {
        score -= REPEATED_GAP;
    }
    // the same for a question asking for who or what does or undergoes the sentence's action:
    // "Which disease affects the lungs? → TB" in a text about TB; the sentence is about the
    // term, so the question to ask is what it says of it ("What does TB affect?")
    if !c.cloze && matches!(c.rule, Rule::Subject | Rule::Object) && repeated_term(a, ans_tokens) {
        score -= REPEATED_GAP;
    }
    if s.hedged {
        score -= 10;
    }
    if s.negated {
        score -= 10;
    }
    // a front of at most 140 bytes has at most 140 characters: counted only when longer
    if c.front.len() > 140 && c.front.chars().count() > 140 {
        score -= 10;
    }
    if !c.cloze
        && ans_tokens.iter().filter(|t| !lex.is_stop(t)).count() > 5
        && c.rule != Rule::Reason
    {
        score -= 20;
    }
    score
}

/// What a lone cloze gap of a term the text repeats loses: more than the frequency bonuses
/// it earns, so it comes after the clozes of the text's particular facts.
const REPEATED_GAP: i32 = 30;
/// A term is repeated when each of its content words is in the text at least this often.
const REPEATED: u32 = 4;

/// Every content word of the answer is one the text repeats (at least `REPEATED` times).
/// Words of one or two letters ("TB") are not counted in the text, and not looked at here.
fn repeated_term(a: &Analysis, ans_tokens: &[&str]) -> bool {
    let lex = a.lex();
    let mut content = ans_tokens
        .iter()
        .filter(|t| !lex.is_stop(t) && super::tokens::char_len(t) > 2)
        .peekable();
    content.peek().is_some() && content.all(|t| a.freq(t) >= REPEATED)
}

/// What a question whose answer is its sentence's subject loses when another question of the
/// sentence asks the reverse: the sentence is about its subject, so the question that asks
/// what it says of the subject is the one to keep.
const REVERSED_SUBJECT: i32 = 30;

/// `q` asks the reverse of `p` (normalised fronts and answers): each one's answer is in the
/// other's question — "What can renal colic lead to? → nausea and vomiting" and "What can
/// lead to nausea and vomiting? → renal colic". One card of the two tests the fact.
fn reverse_of(q_front: &str, q_back: &str, p_front: &str, p_back: &str) -> bool {
    within(p_front, q_back) && within(q_front, p_back)
}

/// One answer holds the other, and the shorter is at least half of the longer in words:
/// "two" and "two spacecraft", "4.5 billion" and "4.5 billion years"; not "tuberculosis" and
/// "infection with Mycobacterium tuberculosis (Mtb) bacteria", a different fact.
fn nested(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    within(long, short) && 2 * short.split(' ').count() >= long.split(' ').count()
}

/// `needle` is a run of whole words of `hay` (both normalised: words joined by one space).
/// The matches are `match_indices`' (leftmost, not overlapping), found by memchr on the
/// needle's first byte: `match_indices` sets up a two-way searcher for every call.
fn within(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return false;
    };
    // where the last match ended: a match starting before it overlaps it
    let mut from = 0;
    for i in memchr::memchr_iter(first, h) {
        if i < from || !h[i..].starts_with(n) {
            continue;
        }
        let end = i + n.len();
        if (i == 0 || h[i - 1] == b' ') && (end == h.len() || h[end] == b' ') {
            return true;
        }
        from = end;
    }
    false
}

/// The (word key, stem key) of each normalised content token of sentence `si`: what
/// `check::norm_each` over its text gives, token by token. The sentence's tokens already
/// split its text at every space and punctuation mark, and a run of letters and digits
/// never crosses a token's edge (a word token ends only before a character that is not a
/// letter, digit or '%', and a punctuation token is one such character), so the normalised
/// tokens of the text are those of its tokens in turn. A plain token (lower-case ASCII
/// letters and digits: most words) is its own single normalised token and is not scanned
/// again, and its stop flag stands for `Lexicon::is_stop`; a punctuation token has none.
fn sentence_stem_list(a: &Analysis, si: usize) -> Vec<(u64, u64)> {
    let lex = a.lex();
    let s = &a.sents[si];
    let mut v = Vec::with_capacity(s.toks.len());
    let push = |v: &mut Vec<(u64, u64)>, t: &str| {
        let k = word_key(t);
        v.push((k, stem_with_key(t, k)));
    };
    for t in &s.toks {
        if t.kind == Kind::Punct {
            continue;
        }
        let Some(raw) = s.text.get(t.start..t.end) else {
            continue;
        };
        if raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            // a plain token's lower-case form is its text, and its stop flag is
            // `is_stop` of that (`Lexicon::tag`): no second look-up
            if !t.stop() {
                let k = word_key(raw);
                v.push((k, plain_stem_with_key(raw, k)));
            }
        } else if raw.is_ascii() {
            // an ASCII token's lower case is its text lowered byte by byte (`tokenize`), and
            // `norm_each` of an ASCII text gives its runs of letters and digits in lower
            // case: the runs of the lower case, as slices of it (no string built per token)
            let l = t.lower.as_bytes();
            let mut from = 0;
            while from < l.len() {
                let end = l[from..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(l.len(), |p| from + p);
                if end > from
                    && let Some(n) = t.lower.get(from..end)
                    && !lex.is_stop(n)
                {
                    push(&mut v, n);
                }
                from = end + 1;
            }
        } else {
            check::norm_each(raw, |n| {
                if !lex.is_stop(n) {
                    push(&mut v, n);
                }
            });
        }
    }
    v
}

/// Questions at least this good go before any cloze.
const STRONG: i32 = 30;
/// Clozes at least this good (a number, a name, a list) go before weaker questions.
const STRONG_CLOZE: i32 = 25;

/// At most two cards per sentence; three or four for a long, dense one. A short sentence that
/// names two things in brackets has a third place (`two_bracketed_names`).
fn per_sentence(a: &Analysis, si: usize) -> usize {
    let toks = &a.sents[si].toks;
    match toks.len() {
        0..24 => 2 + usize::from(two_bracketed_names(toks)),
        24..45 => 3,
        _ => 4,
    }
}

/// "Mieren (Formicidae) zijn een familie van …, die behoren tot de orde vliesvleugeligen
/// (Hymenoptera)": a sentence with two names of one capitalised word in brackets holds three
/// facts a teacher asks (what the subject is, its name, the group's name) and two places
/// drop one of them (round 26).
fn two_bracketed_names(toks: &[super::tokens::Tok]) -> bool {
    toks.windows(3)
        .filter(|w| w[0].is_punct("(") && w[1].kind == Kind::Word && w[1].cap && w[2].is_punct(")"))
        .count()
        >= 2
}

/// What a cloze loses on a sentence that already has `n` cards: 5 a card, so a third card
/// on a sentence gives way to a second one elsewhere.
fn further_card_penalty(n: usize) -> i32 {
    5 * n.min(4) as i32
}

/// The chosen cloze of `q`'s sentence whose every gap is in the question or its answer: the
/// question tests the same fact ("Wat is seismologie?" → wetenschap van aardbevingen, and
/// "{{Seismologie}} is de wetenschap van {{aardbevingen}}").
fn covered_cloze(a: &Analysis, chosen: &[(Candidate, i32)], q: &Candidate) -> Option<usize> {
    // most questions have no chosen cloze on their sentence: lower-case only when one does
    if !chosen
        .iter()
        .any(|(x, _)| x.cloze && same_sentence(a, x.sent, q.sent))
    {
        return None;
    }
    // (`lower_case`: no copy of a lower-case ASCII text)
    let (front, back) = (check::lower_case(&q.front), check::lower_case(&q.back));
    chosen.iter().position(|(x, _)| {
        x.cloze
            && same_sentence(a, x.sent, q.sent)
            && split_short(&x.back, " | ").all(|gap| {
                let gap = check::lower_case(gap);
                find_str(&back, &gap).is_some()
                    || find_str(&front, &gap).is_some()
                    || super::gap_asked::asked_with_preposition(&gap, &front, &back)
            })
    })
}

/// Two sentences of the analysis that are one sentence of the document: a statement split
/// off another ("…; voorbeelden zijn A, B en C") keeps its sentence as `original`.
pub(super) fn same_sentence(a: &Analysis, i: usize, j: usize) -> bool {
    i == j || a.sents[i].original == a.sents[j].original
}

/// A question of `c`'s sentence, chosen before the cloze, holds every gap of it in its
/// answer: the cloze would test what the question tests ("Wat zijn de meeste vleermuizen?
/// → strikt insectivoor of juist frugivoor" and "De meeste vleermuizen zijn strikt
/// insectivoor of {{juist frugivoor}}"). A gap in the question's own words is another fact
/// (the question shows it), except the term a definition defines: "Wat is seismologie?" →
/// wetenschap van aardbevingen and "{{Seismologie}} is de wetenschap van aardbevingen" are a
/// definition and its reverse, one fact (`select`).
fn covered_by_question(a: &Analysis, chosen: &[(Candidate, i32)], c: &Candidate) -> bool {
    if !chosen
        .iter()
        .any(|(x, _)| !x.cloze && same_sentence(a, x.sent, c.sent))
    {
        return false;
    }
    // (`lower_case`: no copy of a lower-case ASCII text)
    let gaps: Vec<_> = split_short(&c.back, " | ").map(check::lower_case).collect();
    chosen.iter().any(|(x, _)| {
        !x.cloze && same_sentence(a, x.sent, c.sent) && {
            let back = check::lower_case(&x.back);
            gaps.iter().all(|g| {
                find_str(&back, g).is_some()
                    || x.rule == Rule::Definition && defines(&x.front, g)
                    || super::gap_asked::asked_with_preposition(
                        g,
                        &check::lower_case(&x.front),
                        &back,
                    )
            })
        }
    })
}

/// The questions taken, by normalised answer: each one's front stems, sentence, and whether
/// it asks for an acronym.
type AcceptedQuestions = FxHashMap<String, Vec<(Vec<u64>, usize, bool)>>;

/// A cloze whose one gap is a common phrase scoring below this is not taken: no number or
/// name to learn, and what its score counts against it (a negation, a hedge, a second
/// sentence it needs, a long front) outweighs what it earns. On the tuning texts such clozes
/// hit a teacher's fact one time in five; a higher floor loses more facts than cards.
const COMMON_GAP_FLOOR: i32 = 0;

/// The cloze has one gap, and it holds no digit, capital or number word ("bladen van de
/// zaadplanten", "nauseous and vomit"; not "Araneae" or "two").
fn common_lone_gap(a: &Analysis, back: &str) -> bool {
    find_short(back, " | ").is_none()
        && !back
            .chars()
            .any(|ch| ch.is_uppercase() || ch.is_ascii_digit())
        && !numeric_key(a, &norm_joined(back))
}

/// A cloze's one gap is a term a chosen question asks for elsewhere ("What is the most common
/// bone disease?" → osteoporosis, and "With {{osteoporosis}}, our bones become weak"): the
/// term is asked once (`select`). Not a number, nor an acronym's expansion.
fn lone_gap_asked(a: &Analysis, accepted_q: &AcceptedQuestions, back: &str) -> bool {
    if find_short(back, " | ").is_some() {
        return false;
    }
    let key = norm_joined(back);
    !numeric_key(a, &key)
        && accepted_q
            .get(&key)
            .is_some_and(|v| v.iter().any(|(_, _, acronym)| !acronym))
}

/// `front` asks what `term` (lower case) is: the term ends it, after at most three words
/// ("What are hurricanes?", "Wat is een hart?"), not "Wat is een zwart gat volgens de
/// algemene relativiteitstheorie?".
fn defines(front: &str, term: &str) -> bool {
    let front = check::lower_case(front);
    front
        .strip_suffix('?')
        .and_then(|f| f.strip_suffix(term))
        .is_some_and(|head| head.ends_with(' ') && head.split_whitespace().count() <= 3)
}

fn jaccard(x: &[u64], y: &[u64]) -> u32 {
    let inter = shared(x, y) as u32;
    let union = (x.len() + y.len()) as u32 - inter;
    (inter * 100).checked_div(union).unwrap_or(0)
}

/// The default number of cards for a document: it grows with its length — 1.2 per
/// informative sentence, or one per fifteen words when its sentences are long — at least five.
pub fn default_cap(a: &Analysis) -> usize {
    let words: usize = a
        .sents
        .iter()
        .filter(|s| !s.derived)
        .map(|s| {
            s.toks
                .iter()
                .filter(|t| t.kind != super::tokens::Kind::Punct)
                .count()
        })
        .sum();
    (informative(a) * 6)
        .div_ceil(5)
        .max(words.div_ceil(15))
        .max(5)
}

/// Informative sentences: sentences with at least four content words and no dangling pronoun.
pub fn informative(a: &Analysis) -> usize {
    a.sents
        .iter()
        .filter(|s| {
            !s.dangling
                && !s.derived
                && s.toks
                    .iter()
                    .filter(|t| t.kind != super::tokens::Kind::Punct && !t.stop())
                    .count()
                    >= 4
        })
        .count()
}

/// What a definition question loses when an earlier sentence asks the same one.
const LATER_DEFINITION: i32 = 1000;

/// "What is celiac disease?" asked by two sentences: the first one keeps it, the later ones
/// give way (`LATER_DEFINITION`). A text defines its term where it brings it in, and that is
/// the definition a teacher asks; a later sentence adds a side of it ("a systemic autoimmune
/// disease"). Only one of them can be taken anyway: they share a front (round 26).
fn prefer_first_definition(scored: &mut [(i32, Candidate, String, String, Vec<u64>)]) {
    // (first sentence, how many) by front
    let mut fronts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (_, c, _, front, _) in scored.iter() {
        if c.rule == Rule::Definition {
            let e = fronts.entry(front.as_str()).or_insert((c.sent, 0));
            e.0 = e.0.min(c.sent);
            e.1 += 1;
        }
    }
    let later: Vec<usize> = scored
        .iter()
        .enumerate()
        .filter(|(_, (_, c, _, front, _))| {
            c.rule == Rule::Definition
                && fronts
                    .get(front.as_str())
                    .is_some_and(|&(first, n)| n > 1 && first != c.sent)
        })
        .map(|(i, _)| i)
        .collect();
    for i in later {
        scored[i].0 -= LATER_DEFINITION;
    }
}

/// A question whose answer is its sentence's subject gives way to a question of the same
/// sentence that asks the reverse (`REVERSED_SUBJECT`); not when the subject holds a number
/// ("10 million people"), which is itself the fact to learn.
fn demote_reversed_subjects(
    a: &Analysis,
    scored: &mut [(i32, Candidate, String, String, Vec<u64>)],
) {
    let mut demote = Vec::new();
    for (i, (_, c, key, front_key, _)) in scored.iter().enumerate() {
        if !plain_subject(a, c, key) {
            continue;
        }
        let reversed = scored.iter().any(|(_, o, okey, ofront, _)| {
            o.sent == c.sent
                && !o.cloze
                && o.rule != Rule::Subject
                && reverse_of(front_key, key, ofront, okey)
        });
        if reversed {
            demote.push(i);
        }
    }
    for i in demote {
        scored[i].0 -= REVERSED_SUBJECT;
    }
}

/// What a definition loses when it is one of a series that gives the same class to several
/// terms of the text (`SERIES` sentences or more).
const SAME_CLASS: i32 = 15;
const SERIES: usize = 3;

/// Definitions whose answers end in the same class noun on `SERIES` or more sentences ("Wat
/// is titanium? → grijs metallisch overgangsmetaal", "Wat is vanadium? → zilvergrijs
/// overgangsmetaal", …) each test little: the class is the answer to all of them. They rank
/// after the text's other questions (`SAME_CLASS`).
fn demote_class_series(scored: &mut [(i32, Candidate, String, String, Vec<u64>)]) {
    let head = |key: &str| key.rsplit(' ').next().unwrap_or("").to_string();
    let mut sents: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (_, c, key, ..) in scored.iter() {
        if c.rule == Rule::Definition {
            sents.entry(head(key)).or_default().insert(c.sent);
        }
    }
    for (sc, c, key, ..) in scored.iter_mut() {
        if c.rule == Rule::Definition && sents.get(&head(key)).is_some_and(|s| s.len() >= SERIES) {
            *sc -= SAME_CLASS;
        }
    }
}

/// A question that asks for its sentence's subject, and not for a person, a number or a
/// cause: "What can lead to nausea and vomiting? → renal colic", not "Wie ontdekte …? →
/// William Gregor", "What became ill with TB in 2017? → 10 million people" or "What causes
/// anaemia in millions of people? → iron deficiency".
/// Verbs of causing: "What causes anaemia?" asks for a cause, the explanation a teacher asks
/// for, so the question for the subject stays.
const CAUSE_VERBS: &[&str] = &[
    "cause",
    "causes",
    "caused",
    "veroorzaakt",
    "veroorzaken",
    "veroorzaakte",
    "veroorzaakten",
];

pub(super) fn plain_subject(a: &Analysis, c: &Candidate, key: &str) -> bool {
    reversible_subject(a, c, key)
        && !c
            .front
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| CAUSE_VERBS.contains(&w))
}

/// A question for its sentence's subject whose reverse asks the same relation: not a person
/// or a number, which with the rest of the sentence make two facts ("Wie ontdekte in 1791
/// …?" and "In welk jaar ontdekte William Gregor …?"). Of such a question and its reverse,
/// one card is taken.
fn reversible_subject(a: &Analysis, c: &Candidate, key: &str) -> bool {
    c.rule == Rule::Subject && !c.typed && !numeric_key(a, key)
}

/// A normalised answer that holds a number, in digits or in words ("10 million", "two").
fn numeric_key(a: &Analysis, key: &str) -> bool {
    key.bytes().any(|b| b.is_ascii_digit())
        || key.split(' ').any(|w| a.lex().number_words.contains(&w))
}

/// Choose the cards of one document. `taken_fronts` holds the normalised fronts already in
/// the deck (other documents), so the deck never has the same prompt twice.
pub fn select(
    a: &Analysis,
    candidates: Vec<Candidate>,
    cap: usize,
    taken_fronts: &mut BTreeSet<String>,
) -> Vec<(Candidate, i32)> {
    // (score, candidate, answer key, front key, front stems)
    let mut scored: Vec<(i32, Candidate, String, String, Vec<u64>)> = candidates
        .into_iter()
        .filter_map(|c| {
            if check::refuse_form(&c).is_some() {
                return None;
            }
            // the joined forms are the keys; the tokens are slices of them
            let (front_key, key) = (norm_joined(&c.front), norm_joined(&c.back));
            let (ft, bt) = (norm_split(&front_key), norm_split(&key));
            if check::refuse_content(a, &c, &ft, &bt).is_some() {
                return None;
            }
            let qs = front_stems(a, &ft);
            let sc = score_toks(a, &c, &ft, &qs, &bt);
            Some((sc, c, key, front_key, qs))
        })
        .collect();
    demote_reversed_subjects(a, &mut scored);
    prefer_first_definition(&mut scored);
    demote_class_series(&mut scored);
    scored.sort_by(|(sa, a1, ..), (sb, b1, ..)| {
        sb.cmp(sa)
            .then(a1.sent.cmp(&b1.sent))
            .then(a1.rule.cmp(&b1.rule))
            .then(a1.front.cmp(&b1.front))
            .then(a1.back.cmp(&b1.back))
    });
    let mut chosen: Vec<(Candidate, i32)> = Vec::new();
    // each sentence's places (`per_sentence`), counted once: every candidate and cloze of a
    // sentence asks for them in each pass, and the count scans the sentence's tokens
    let places: Vec<usize> = (0..a.sents.len()).map(|si| per_sentence(a, si)).collect();
    let places = |si: usize| places.get(si).copied().unwrap_or(0);
    // the (front, answer) keys of the questions taken, by sentence, whether each is a
    // reversible subject question and whether it asks for an acronym: a reversible subject
    // question and its reverse are not both taken
    let mut asked: BTreeMap<usize, Vec<(String, String, bool, bool)>> = BTreeMap::new();
    let mut per_sent: BTreeMap<usize, usize> = BTreeMap::new();
    // accepted questions by answer: near-duplicates can only share an answer; one question
    // takes a term, at most two a number or an acronym's expansion (the list's length).
    // Only looked up, never walked: hashed, one string comparison a look-up instead of one
    // per tree level
    let mut accepted_q: AcceptedQuestions = FxHashMap::default();
    let mut used = vec![false; scored.len()];
    // Three passes: strong questions, then clozes of numbers, names and lists, then the
    // remaining questions; weaker clozes fill what is left.
    let mut take_questions = |min: i32,
                              chosen: &mut Vec<(Candidate, i32)>,
                              per_sent: &mut BTreeMap<usize, usize>,
                              taken_fronts: &mut BTreeSet<String>,
                              accepted_q: &mut AcceptedQuestions| {
        for (i, (sc, c, key, front_key, qs)) in scored.iter_mut().enumerate() {
            if chosen.len() >= cap || *sc < min {
                break;
            }
            // a question taken in the first pass: none of the look-ups below
            if used[i] {
                continue;
            }
            // a cloze of the sentence taken earlier that this question covers gives way to it
            let replaces = covered_cloze(a, chosen, c);
            // the cloze may be on a statement split off the same sentence: it frees a place
            // on its own sentence
            let frees_own = replaces.is_some_and(|k| chosen[k].0.sent == c.sent);
            let on_sentence = per_sent.get(&c.sent).copied().unwrap_or(0) - usize::from(frees_own);
            if taken_fronts.contains(front_key) || on_sentence >= places(c.sent) {
                continue;
            }
            // the questions taken for this answer: one entry each. A term the text names
            // as the answer of a question is asked for once ("What are the only mammals
            // that can truly fly?" and "What are the most agile fliers…?" → bats): a
            // second question tests what the learner already recalls. A number answers
            // many questions, each a fact of its own; an acronym's expansion is the
            // acronym's fact, not the term's.
            if accepted_q.get(key).is_some_and(|v| {
                v.len() >= 2
                    || v.iter().any(|(q, s, acronym)| {
                        *s == c.sent
                            || jaccard(q, qs) >= 60
                            || !acronym && c.rule != Rule::Acronym && !numeric_key(a, key)
                    })
            }) {
                continue;
            }
            // of a reversible subject question and its reverse, one card is taken; and of two
            // questions of a sentence whose answers hold one another ("two" and "two
            // spacecraft"), one; what an acronym stands for is a fact of its own. (A
            // definition and its reverse, "What are hurricanes?" and "What are the most
            // violent storms on Earth?", are both kept: taking one of them lost as many
            // teachers' facts as cards.)
            if asked.get(&c.sent).is_some_and(|v| {
                v.iter().any(|(f, b, subj, acronym)| {
                    (*subj || reversible_subject(a, c, key)) && reverse_of(front_key, key, f, b)
                        || !acronym && c.rule != Rule::Acronym && nested(b, key)
                })
            }) {
                continue;
            }
            used[i] = true;
            if let Some(k) = replaces {
                let (old, _) = chosen.remove(k);
                taken_fronts.remove(&norm_joined(&old.front));
                if let Some(n) = per_sent.get_mut(&old.sent) {
                    *n = n.saturating_sub(1);
                }
            }
            *per_sent.entry(c.sent).or_insert(0) += 1;
            asked.entry(c.sent).or_default().push((
                front_key.clone(),
                key.clone(),
                reversible_subject(a, c, key),
                c.rule == Rule::Acronym,
            ));
            // a question taken is never looked at again (both passes skip it before reading
            // it): its strings move into the sets and the deck instead of being copied
            taken_fronts.insert(std::mem::take(front_key));
            accepted_q.entry(std::mem::take(key)).or_default().push((
                std::mem::take(qs),
                c.sent,
                c.rule == Rule::Acronym,
            ));
            let card = Candidate {
                front: std::mem::take(&mut c.front),
                back: std::mem::take(&mut c.back),
                ..*c
            };
            chosen.push((card, *sc));
        }
    };
    take_questions(
        STRONG,
        &mut chosen,
        &mut per_sent,
        taken_fronts,
        &mut accepted_q,
    );
    // clozes, built knowing which answers the sentence's questions already ask for
    let mut answers_of: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    // the sentences whose every question asks only for a date or an amount
    let mut only_numbers: BTreeMap<usize, bool> = BTreeMap::new();
    for (c, _) in &chosen {
        answers_of.entry(c.sent).or_default().push(c.back.clone());
        let n = only_numbers.entry(c.sent).or_insert(true);
        *n &= number_cloze::asks_a_number(c);
    }
    // a full deck takes no cloze (every pass below stops at the cap): build none
    let sents = if chosen.len() < cap { a.sents.len() } else { 0 };
    // every cloze first, then their scores: each loop's code stays in the instruction cache
    let mut built: Vec<Candidate> = Vec::new();
    for si in 0..sents {
        if per_sent.get(&si).copied().unwrap_or(0) >= places(si) {
            continue;
        }
        // a sentence asked only for its date or amount keeps its terms for a cloze
        let strong_only = per_sent.contains_key(&si)
            && !(only_numbers.get(&si) == Some(&true) && number_cloze::room_for_a_term(a, si));
        if strong_only && !cloze::may_be_strong(a, si) {
            continue;
        }
        let exclude: &[String] = answers_of.get(&si).map_or(&[], Vec::as_slice);
        // a sentence with a card already: the search stops once no strong gap is left
        if let Some(c) = cloze::cloze_for(a, si, exclude, strong_only) {
            // a sentence that already has a card gets a cloze only for a number, name or list
            if strong_only && c.adjust < 15
                || !strong_only
                    && per_sent.contains_key(&si)
                    && number_cloze::gap_after_number(a, &c.front)
            {
                continue;
            }
            built.push(c);
        }
    }
    let mut clozes: Vec<(i32, Candidate)> = Vec::with_capacity(built.len());
    for c in built {
        // the more cards a sentence has, the less a further one is worth
        let mut sc = score(a, &c);
        if let Some(&n) = per_sent.get(&c.sent) {
            sc -= further_card_penalty(n);
        }
        clozes.push((sc, c));
    }
    clozes.sort_by(|(sa, a1), (sb, b1)| {
        sb.cmp(sa)
            .then(a1.sent.cmp(&b1.sent))
            .then(a1.front.cmp(&b1.front))
    });
    let mut done = vec![false; clozes.len()];
    // each cloze's duplicate key, made once, when the cloze is first looked at
    let mut keys: Vec<Option<String>> = vec![None; clozes.len()];
    let mut take_clozes = |min: i32,
                           chosen: &mut Vec<(Candidate, i32)>,
                           per_sent: &mut BTreeMap<usize, usize>,
                           taken_fronts: &mut BTreeSet<String>,
                           done: &mut Vec<bool>,
                           accepted_q: &AcceptedQuestions| {
        for (i, (sc, c)) in clozes.iter_mut().enumerate() {
            if chosen.len() >= cap || *sc < min {
                break;
            }
            if done[i] || per_sent.get(&c.sent).copied().unwrap_or(0) >= places(c.sent) {
                continue;
            }
            // a cloze's key is its normalised text, gaps marked: a sentence the document
            // repeats with another case, hyphen or comma ("one third", "one-third") gives one
            // cloze, as the scorer's duplicate test asks
            let key = keys[i].get_or_insert_with(|| norm_joined(&c.front));
            if taken_fronts.contains(key.as_str())
                || covered_by_question(a, chosen, c)
                || lone_gap_asked(a, accepted_q, &c.back)
                || *sc < COMMON_GAP_FLOOR && common_lone_gap(a, &c.back)
            {
                continue;
            }
            done[i] = true;
            taken_fronts.insert(std::mem::take(key));
            *per_sent.entry(c.sent).or_insert(0) += 1;
            // a cloze taken is never looked at again (`done` is tested first): moved, not copied
            let card = Candidate {
                front: std::mem::take(&mut c.front),
                back: std::mem::take(&mut c.back),
                ..*c
            };
            chosen.push((card, *sc));
        }
    };
    take_clozes(
        STRONG_CLOZE,
        &mut chosen,
        &mut per_sent,
        taken_fronts,
        &mut done,
        &accepted_q,
    );
    take_questions(
        i32::MIN,
        &mut chosen,
        &mut per_sent,
        taken_fronts,
        &mut accepted_q,
    );
    take_clozes(
        i32::MIN,
        &mut chosen,
        &mut per_sent,
        taken_fronts,
        &mut done,
        &accepted_q,
    );
    super::spelled_out::drop_spelled_out(a, &mut chosen);
    super::subject_beside::drop_subjects_beside_cards(a, &mut chosen);
    chosen.sort_by(|(x, _), (y, _)| {
        x.sent
            .cmp(&y.sent)
            .then(x.cloze.cmp(&y.cloze))
            .then(x.rule.cmp(&y.rule))
            .then(x.front.cmp(&y.front))
    });
    chosen
}

/// Drop the chosen cards `drop` marks, each judged against the whole set as it was before any
/// went (so that of two cards that make each other redundant, the verdicts do not depend on
/// the order).
pub(super) fn drop_where(
    chosen: &mut Vec<(Candidate, i32)>,
    drop: impl Fn(&[(Candidate, i32)], usize) -> bool,
) {
    let marks: Vec<bool> = (0..chosen.len()).map(|i| drop(chosen, i)).collect();
    let mut marks = marks.into_iter();
    chosen.retain(|_| !marks.next().unwrap_or(false));
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::rules::candidates;
    use crate::generate::sentences::sentences;

    /// Every card `select` chooses for a document, at most `cap`.
    pub(in crate::generate) fn run(
        lang: &'static dyn Language,
        text: &str,
        cap: usize,
    ) -> Vec<(Candidate, i32)> {
        let doc = normalise(text);
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        let cands = (0..a.sents.len())
            .flat_map(|si| candidates(&a, si))
            .collect();
        select(&a, cands, cap, &mut BTreeSet::new())
    }

    const NL: &str = "Titel\n\nKop\n\nHet matrix Gla-proteïne (MGP) voorkomt calciumafzetting in \
        zachte weefsels. Het matrix Gla-proteïne (MGP) voorkomt calciumafzetting in zachte \
        weefsels. Osteocalcine, geproduceerd door osteoblasten (botopbouwende cellen), bindt \
        calcium aan de botmatrix. In 2013 verscheen een studie over MK-7 in Osteoporosis \
        International.";

    #[test]
    fn a_term_defined_twice_is_asked_by_its_first_definition() {
        let en = "Title\n\nHead\n\nSprue is a gut disorder of the small intestine. Many \
            people with sprue have no symptoms at all. Sprue is a systemic autoimmune disease \
            (SAD).";
        let chosen = run(&ENGLISH, en, 100);
        let backs: Vec<&str> = chosen
            .iter()
            .filter(|(c, _)| c.front == "What is sprue?")
            .map(|(c, _)| c.back.as_str())
            .collect();
        assert_eq!(
            backs,
            ["gut disorder of the small intestine"],
            "{chosen:#?}"
        );
        let nl = "Titel\n\nKop\n\nSpruw is een darmziekte van de dunne darm. Veel mensen \
            met spruw hebben geen klachten. Spruw is een systemische auto-immuunziekte (SAZ).";
        let chosen = run(&DUTCH, nl, 100);
        let backs: Vec<&str> = chosen
            .iter()
            .filter(|(c, _)| c.front == "Wat is spruw?")
            .map(|(c, _)| c.back.as_str())
            .collect();
        assert_eq!(backs, ["darmziekte van de dunne darm"], "{chosen:#?}");
    }

    #[test]
    fn a_short_sentence_with_two_names_in_brackets_has_a_third_card() {
        // the subject's name, the group's name and what the subject is: three facts
        let nl = "Titel\n\nKop\n\nReigers (Ardeidae) zijn een familie van grote vogels uit \
            de orde roeivoetigen (Pelecaniformes).";
        let chosen = run(&DUTCH, nl, 100);
        assert_eq!(chosen.len(), 3, "{chosen:#?}");
        let en = "Title\n\nHead\n\nHerons (Ardeidae) and storks (Ciconiidae) are large \
            wading birds with long legs in the wetlands of Europe.";
        let chosen = run(&ENGLISH, en, 100);
        assert_eq!(chosen.len(), 3, "{chosen:#?}");
        // one name in brackets: two places, as before
        let nl = "Titel\n\nKop\n\nReigers (Ardeidae) zijn een familie van grote vogels uit \
            de orde roeivoetigen.";
        let chosen = run(&DUTCH, nl, 100);
        assert_eq!(chosen.len(), 2, "{chosen:#?}");
    }

    #[test]
    fn a_sentence_repeated_with_another_hyphen_or_case_gives_one_cloze() {
        let text = "Deserts\n\nDeserts cover about one third of the land surface of Earth.\n\n\
            Sand\n\nDeserts cover about one-third of the land surface of earth.";
        let clozes: Vec<String> = run(&ENGLISH, text, 100)
            .into_iter()
            .filter(|(c, _)| c.cloze)
            .map(|(c, _)| c.front)
            .collect();
        assert_eq!(clozes.len(), 1, "{clozes:#?}");
    }

    #[test]
    fn a_sentences_stems_from_its_tokens_are_those_of_its_text() {
        // every sentence of the shipped sources and the evaluation texts, both languages
        let mut texts = vec![NL.to_string()];
        texts.extend(crate::generate::shipped_texts());
        texts.push(
            "“Zo,” zegt hij – d’r blauw/wit 2.5 K2 co- ééntje… x İstanbul µg 87% MK-7".into(),
        );
        let mut sentences_seen = 0;
        for text in &texts {
            let doc = normalise(text);
            let s = sentences(&doc);
            let a = analyse(&doc, &s, crate::generate::lang::detect(text));
            let lex = a.lex();
            for si in 0..a.sents.len() {
                let mut want = Vec::new();
                check::norm_each(&a.sents[si].text, |t| {
                    if !lex.is_stop(t) {
                        let k = word_key(t);
                        want.push((k, stem_with_key(t, k)));
                    }
                });
                assert_eq!(sentence_stem_list(&a, si), want, "{}", a.sents[si].text);
                sentences_seen += 1;
            }
        }
        assert!(sentences_seen > 400, "{sentences_seen}");
    }

    /// An analysis of two sentences of their own (the tests above take their indexes).
    fn two_sentences() -> Analysis {
        let doc = normalise("Titel\n\nKop\n\nDe eerste zin is kort. De tweede zin ook.");
        let s = sentences(&doc);
        let a = analyse(&doc, &s, &DUTCH);
        assert_eq!(a.sents.len(), 2);
        a
    }

    #[test]
    fn a_question_of_a_split_off_statement_replaces_the_cloze_of_its_sentence() {
        // "…; voorbeelden zijn …" is parsed as a statement of its own (another index), but
        // it is the same sentence: its list question and the list cloze test one fact
        let text = "Titel\n\nKop\n\nTandwalvissen zijn rovers met een sterk ontwikkeld \
            gebit; voorbeelden zijn de dolfijnen, bruinvissen en potvissen.";
        let chosen = run(&DUTCH, text, 10);
        let fronts: Vec<&str> = chosen.iter().map(|(c, _)| c.front.as_str()).collect();
        assert!(
            fronts.contains(&"Wat zijn voorbeelden van tandwalvissen?"),
            "{fronts:#?}"
        );
        assert!(
            !chosen
                .iter()
                .any(|(c, _)| c.cloze && c.back.contains("dolfijnen")),
            "{fronts:#?}"
        );
    }

    #[test]
    fn a_question_replaces_the_cloze_of_its_fact() {
        let card = |front: &str, back: &str, cloze: bool| {
            let rule = if cloze { Rule::Cloze } else { Rule::Definition };
            Candidate::for_test(0, rule, front, back)
        };
        let cloze = (
            card(
                "{{c1::Seismologie}} is de wetenschap van {{c2::aardbevingen}}.",
                "Seismologie | aardbevingen",
                true,
            ),
            0,
        );
        let q = card("Wat is seismologie?", "wetenschap van aardbevingen", false);
        let a = two_sentences();
        assert_eq!(covered_cloze(&a, std::slice::from_ref(&cloze), &q), Some(0));
        // a gap the question does not ask stays a fact of its own
        let other = card("Wat bestudeert de seismologie?", "trillingen", false);
        assert_eq!(
            covered_cloze(&a, std::slice::from_ref(&cloze), &other),
            None
        );
        // in a document: one card for the one fact
        for (lang, text) in [
            (
                &DUTCH as &'static dyn Language,
                "Titel\n\nKop\n\nDe longen verwijderen koolstofdioxide uit het bloed.",
            ),
            (
                &ENGLISH,
                "Title\n\nHead\n\nThe lungs remove carbon dioxide from the blood.",
            ),
        ] {
            let chosen = run(lang, text, 100);
            let fronts: Vec<&str> = chosen.iter().map(|(c, _)| c.front.as_str()).collect();
            assert_eq!(fronts.len(), 1, "{fronts:#?}");
        }
    }

    #[test]
    fn the_same_fact_twice_gives_one_card() {
        let chosen = run(&DUTCH, NL, 100);
        let fronts: Vec<&str> = chosen.iter().map(|(c, _)| c.front.as_str()).collect();
        // MGP is asked for once: by its acronym question or by a question whose answer pairs
        // it with its expansion (`spelled_out`)
        let acronym = chosen
            .iter()
            .filter(|(c, _)| c.front == "Waar staat MGP voor?" || c.back.ends_with("(MGP)"))
            .count();
        assert_eq!(acronym, 1, "{fronts:#?}");
        // no two cards with the same front, and at most two per answer
        let mut seen = BTreeSet::new();
        for f in &fronts {
            assert!(seen.insert(*f), "duplicate front {f}");
        }
    }

    #[test]
    fn at_most_two_cards_per_short_sentence_and_the_cap_holds() {
        let chosen = run(&DUTCH, NL, 100);
        let mut per: BTreeMap<usize, usize> = BTreeMap::new();
        for (c, _) in &chosen {
            *per.entry(c.sent).or_insert(0) += 1;
        }
        assert!(per.values().all(|&n| n <= 3), "{per:?}");
        assert_eq!(run(&DUTCH, NL, 2).len(), 2);
    }

    #[test]
    fn a_further_card_on_a_busy_sentence_is_worth_less() {
        assert_eq!(further_card_penalty(0), 0);
        assert_eq!(further_card_penalty(1), 5);
        // a sentence with two cards: its cloze (say 44 − 10) falls below one beside a single
        // question (say 30 − 5 … 25 is the strong-cloze bar)
        assert_eq!(further_card_penalty(2), 10);
        assert!(44 - further_card_penalty(2) > STRONG_CLOZE);
        assert!(31 - further_card_penalty(2) < STRONG_CLOZE);
        assert!(31 - further_card_penalty(1) >= STRONG_CLOZE);
    }

    #[test]
    fn a_sentence_with_a_question_also_gets_a_cloze_for_a_bare_number_only() {
        let text = "Titel\n\nKop\n\nEr zijn twaalf erkende soorten kobaltmineralen, met 35 \
            varianten in de natuur. Vitamine K2 activeert het matrix Gla-proteïne in de \
            bloedvaten van gezonde volwassenen.";
        let chosen = run(&DUTCH, text, 100);
        let on_first: Vec<&str> = chosen
            .iter()
            .filter(|(c, _)| c.sent == 0)
            .map(|(c, _)| c.front.as_str())
            .collect();
        assert!(
            on_first.iter().any(|f| f.contains("::35}}")),
            "{on_first:#?}"
        );
        assert!(
            on_first.iter().any(|f| f.starts_with("Hoeveel")),
            "{on_first:#?}"
        );
        // a question on the second sentence leaves no room for a cloze of a common word
        let on_second: Vec<&str> = chosen
            .iter()
            .filter(|(c, _)| c.sent == 1 && c.cloze)
            .map(|(c, _)| c.front.as_str())
            .collect();
        assert!(
            on_second.iter().all(|f| !f.contains("::bloedvaten}}")),
            "{on_second:#?}"
        );
    }

    #[test]
    fn higher_scores_win_and_the_order_is_the_documents() {
        let chosen = run(&DUTCH, NL, 3);
        // the three best are kept, then emitted in sentence order
        let sents: Vec<usize> = chosen.iter().map(|(c, _)| c.sent).collect();
        let mut sorted = sents.clone();
        sorted.sort();
        assert_eq!(sents, sorted);
        // the small deck is part of the full one and keeps its best card
        let all = run(&DUTCH, NL, 100);
        let fronts: BTreeSet<&str> = all.iter().map(|(c, _)| c.front.as_str()).collect();
        assert!(
            chosen
                .iter()
                .all(|(c, _)| fronts.contains(c.front.as_str()))
        );
        let best = all.iter().max_by_key(|(_, s)| *s).unwrap();
        assert!(chosen.iter().any(|(c, _)| c.front == best.0.front));
    }

    #[test]
    fn a_cloze_never_repeats_the_answer_of_a_question_on_its_sentence() {
        let chosen = run(&DUTCH, NL, 100);
        for (c, _) in chosen.iter().filter(|(c, _)| c.cloze) {
            for (q, _) in chosen.iter().filter(|(q, _)| !q.cloze && q.sent == c.sent) {
                for del in c.back.split(" | ") {
                    assert!(
                        !q.back.to_lowercase().contains(&del.to_lowercase()),
                        "{} / {}",
                        c.front,
                        q.back
                    );
                }
            }
        }
    }

    #[test]
    fn ranking_is_deterministic_in_both_languages() {
        let en = "Title\n\nHead\n\nIron deficiency causes anaemia in children. Vitamin C improves \
                  the absorption of iron. A 2019 study, published in The Lancet, gave 60 mg of \
                  iron daily for three months to 200 women.";
        for (lang, text) in [(&DUTCH as &'static dyn Language, NL), (&ENGLISH, en)] {
            let a: Vec<String> = run(lang, text, 100)
                .into_iter()
                .map(|(c, s)| format!("{s} {} {}", c.front, c.back))
                .collect();
            let b: Vec<String> = run(lang, text, 100)
                .into_iter()
                .map(|(c, s)| format!("{s} {} {}", c.front, c.back))
                .collect();
            assert_eq!(a, b);
            assert!(!a.is_empty());
        }
    }

    #[test]
    fn the_topic_as_answer_scores_lower() {
        let doc = normalise(
            "Vitamine K2\n\nVitamine K2 is nuttig. Vitamine K2 activeert eiwitten in het bloed. MGP remt calciumafzetting in de vaatwand.",
        );
        let s = sentences(&doc);
        let a = analyse(&doc, &s, &DUTCH);
        let topic_card = Candidate {
            sent: 1,
            rule: Rule::Subject,
            front: "Wat activeert eiwitten in het bloed?".into(),
            back: "vitamine K2".into(),
            cloze: false,
            typed: false,
            with_prev: false,
            adjust: 0,
        };
        let other = Candidate {
            sent: 2,
            front: "Wat remt calciumafzetting in de vaatwand?".into(),
            back: "MGP".into(),
            ..topic_card.clone()
        };
        assert!(score(&a, &topic_card) < score(&a, &other));
    }
    fn q(sent: usize, rule: Rule, front: &str, back: &str) -> Candidate {
        Candidate::for_test(sent, rule, front, back)
    }

    #[test]
    fn reverse_and_nested_questions_are_told_from_other_pairs() {
        let n = |s: &str| norm_joined(s);
        // each answer in the other's question
        for (a, b) in [
            (
                ("What can lead to nausea and vomiting?", "renal colic"),
                ("What can renal colic lead to?", "nausea and vomiting"),
            ),
            (
                ("Wat bindt calcium aan de botmatrix?", "osteocalcine"),
                ("Wat bindt osteocalcine aan de botmatrix?", "calcium"),
            ),
        ] {
            assert!(
                reverse_of(&n(a.0), &n(a.1), &n(b.0), &n(b.1)),
                "{a:?} {b:?}"
            );
        }
        // one answer in the other's question only, or a word that merely starts the same
        assert!(!reverse_of(
            &n("In welk jaar ontdekte William Gregor titanium?"),
            &n("1791"),
            &n("Wat ontdekte William Gregor?"),
            &n("titanium"),
        ));
        assert!(!reverse_of(
            &n("What causes tuberculosis?"),
            &n("bacteria"),
            &n("What do bacterial infections cause?"),
            &n("tuberculosis"),
        ));
        // nested answers: the shorter at least half the longer, whole words
        assert!(nested(&n("two"), &n("two spacecraft")));
        assert!(nested(&n("4.5 billion years"), &n("4.5 billion")));
        assert!(nested(&n("twee ruimtevaartuigen"), &n("twee")));
        assert!(!nested(
            &n("tuberculosis"),
            &n("infection with Mycobacterium tuberculosis (Mtb) bacteria")
        ));
        assert!(!nested(
            &n("calcium"),
            &n("calciumafzetting in de vaatwand")
        ));
        assert!(!nested(&n("twee"), &n("twaalf")));
    }

    #[test]
    fn a_plain_subject_question_gives_way_to_its_reverse_and_nested_answers_give_one_card() {
        for (lang, text, kept, gone, one_of, both) in [
            (
                &ENGLISH as &'static dyn Language,
                "Title\n\nHead\n\nRenal colic can lead to nausea and vomiting. The Viking \
                 mission was composed of two spacecraft. In 2017, ten million people became \
                 ill with TB.",
                "What can renal colic lead to?",
                "What can lead to nausea and vomiting?",
                [
                    "Of how many spacecraft was the Viking mission composed?",
                    "What was the Viking mission composed of?",
                ],
                [
                    "In which year did ten million people become ill with TB?",
                    "What became ill with TB in 2017?",
                ],
            ),
            (
                &DUTCH,
                "Titel\n\nKop\n\nOsteocalcine bindt calcium aan de botmatrix. De Viking-missie \
                 bestond uit twee ruimtevaartuigen. In 1791 ontdekte William Gregor een onbekend \
                 element in het mineraal ilmeniet.",
                "Wat bindt osteocalcine aan de botmatrix?",
                "Wat bindt calcium aan de botmatrix?",
                [
                    "Uit hoeveel ruimtevaartuigen bestond de Viking-missie?",
                    "Waaruit bestond de Viking-missie?",
                ],
                [
                    "In welk jaar ontdekte William Gregor een onbekend element in het mineraal ilmeniet?",
                    "Wie ontdekte in 1791 een onbekend element in het mineraal ilmeniet?",
                ],
            ),
        ] {
            let chosen = run(lang, text, 100);
            let fronts: Vec<&str> = chosen.iter().map(|(c, _)| c.front.as_str()).collect();
            assert!(fronts.contains(&kept), "{fronts:#?}");
            assert!(!fronts.contains(&gone), "{fronts:#?}");
            // "two" and "two spacecraft": one card
            let n = one_of.iter().filter(|f| fronts.contains(f)).count();
            assert_eq!(n, 1, "{fronts:#?}");
            // a subject that is a number or a person is a fact of its own
            for f in both {
                assert!(fronts.contains(&f), "{f} {fronts:#?}");
            }
        }
    }

    #[test]
    fn a_question_for_a_cause_keeps_the_subject_and_drops_its_reverse() {
        for (lang, text, kept, gone) in [
            (
                &ENGLISH as &'static dyn Language,
                "Iron in the body\n\nIron deficiency\n\nHaemoglobin, a protein in red blood \
                 cells, carries oxygen from the lungs to the body. Iron deficiency causes anaemia \
                 in millions of people.",
                "What causes anaemia in millions of people?",
                "What does iron deficiency cause in millions of people?",
            ),
            (
                &DUTCH,
                "Titel\n\nKop\n\nIJzertekort veroorzaakt bloedarmoede bij miljoenen mensen.",
                "Wat veroorzaakt bloedarmoede bij miljoenen mensen?",
                "Wat veroorzaakt ijzertekort bij miljoenen mensen?",
            ),
        ] {
            let chosen = run(lang, text, 100);
            let fronts: Vec<&str> = chosen.iter().map(|(c, _)| c.front.as_str()).collect();
            assert!(fronts.contains(&kept), "{fronts:#?}");
            assert!(!fronts.contains(&gone), "{fronts:#?}");
        }
    }

    #[test]
    fn a_cloze_whose_gaps_a_chosen_question_answers_is_not_taken() {
        for (question, answer, covered, shown) in [
            (
                "Wat zijn de meeste vleermuizen?",
                "strikt insectivoor of juist frugivoor",
                "De meeste vleermuizen zijn strikt insectivoor of {{c1::juist frugivoor}}.",
                "De meeste {{c1::vleermuizen}} zijn strikt insectivoor of juist frugivoor.",
            ),
            (
                "What was the Viking mission composed of?",
                "two spacecraft",
                "The Viking mission was composed of {{c1::two spacecraft}}.",
                "The {{c1::Viking mission}} was composed of two spacecraft.",
            ),
        ] {
            // (not a definition: a definition's own words are covered as well, below)
            let chosen = vec![(q(0, Rule::Object, question, answer), 30)];
            let gap = |c: &str| {
                c.split("{{c1::")
                    .nth(1)
                    .and_then(|r| r.split("}}").next())
                    .unwrap_or("")
                    .to_string()
            };
            let cloze = |t: &str| q(0, Rule::Cloze, t, &gap(t));
            let a = two_sentences();
            assert!(covered_by_question(&a, &chosen, &cloze(covered)));
            // a gap the question shows tests another fact; another sentence's cloze too
            assert!(!covered_by_question(&a, &chosen, &cloze(shown)));
            let mut elsewhere = cloze(covered);
            elsewhere.sent = 1;
            assert!(!covered_by_question(&a, &chosen, &elsewhere));
        }
        // a definition and the cloze of its reverse are one fact; a gap of the definition's
        // other words is not its reverse
        let a = two_sentences();
        let definition = [(
            q(
                0,
                Rule::Definition,
                "Wat is seismologie?",
                "wetenschap van aardbevingen",
            ),
            30,
        )];
        let term = q(
            0,
            Rule::Cloze,
            "{{c1::Seismologie}} is de wetenschap van aardbevingen.",
            "Seismologie",
        );
        assert!(covered_by_question(&a, &definition, &term));
        let context = [(
            q(
                0,
                Rule::Definition,
                "Wat is een zwart gat volgens de algemene relativiteitstheorie?",
                "gebied in de ruimte waaruit niets kan ontsnappen",
            ),
            30,
        )];
        let theory = q(
            0,
            Rule::Cloze,
            "Volgens de {{c1::algemene relativiteitstheorie}} is een zwart gat een gebied.",
            "algemene relativiteitstheorie",
        );
        assert!(!covered_by_question(&a, &context, &theory));
        assert!(defines("What are hurricanes?", "hurricanes"));
        assert!(defines("Wat is een hart?", "hart"));
        assert!(!defines("Wat is een hartslag?", "slag"));
    }

    #[test]
    fn a_lone_gap_of_a_term_the_text_repeats_scores_lower() {
        for (lang, text, sent, gap, rare) in [
            (
                &ENGLISH as &'static dyn Language,
                "Title\n\nHead\n\nA latent TB infection causes no symptoms. The infection \
                 hides in the lungs. An infection of the spine is rare. Both latent TB \
                 infection and active TB disease can be treated with rifampicin.",
                3,
                "TB infection",
                "rifampicin",
            ),
            (
                &DUTCH,
                "Titel\n\nKop\n\nKoraalriffen groeien in warm water. Koraalriffen beslaan \
                 weinig oppervlak. Veel vissen leven rond koraalriffen. Koraalkolonies vormen \
                 vaak een onderdeel van koraalriffen bij Australië.",
                3,
                "koraalriffen",
                "Australië",
            ),
        ] {
            let doc = normalise(text);
            let s = sentences(&doc);
            let a = analyse(&doc, &s, lang);
            let cloze = |back: &str| Candidate {
                cloze: true,
                ..q(sent, Rule::Cloze, "{{c1::…}}", back)
            };
            let lone = score(&a, &cloze(gap));
            // the same first gap with a second one: the penalty is for a lone gap only
            let with_more = score(&a, &cloze(&format!("{gap} | {rare}")));
            assert_eq!(lone, with_more - REPEATED_GAP, "{gap}");
            // a gap the text does not repeat loses nothing
            let rare_lone = score(&a, &cloze(rare));
            let rare_more = score(&a, &cloze(&format!("{rare} | {gap}")));
            assert_eq!(rare_lone, rare_more, "{rare}");
        }
    }

    #[test]
    fn a_question_for_who_or_what_acts_scores_lower_when_the_text_repeats_the_answer() {
        let text = "Title\n\nHead\n\nGout is a form of arthritis. Gout often starts at night. \
             Many people with gout take medicine. Gout affects the big toe. Purines come from \
             meat.";
        let doc = normalise(text);
        let s = sentences(&doc);
        let a = analyse(&doc, &s, &ENGLISH);
        // what the question loses against the same question under a rule without the penalty
        let lost = |rule: Rule, front: &str, back: &str, sent: usize| {
            let agent = score(&a, &q(sent, Rule::Agent, front, back));
            agent - (Rule::Agent.prior() - rule.prior()) - score(&a, &q(sent, rule, front, back))
        };
        let front = "Which disease affects the big toe?";
        assert_eq!(lost(Rule::Subject, front, "gout", 3), REPEATED_GAP);
        assert_eq!(
            lost(Rule::Object, "What does gout affect?", "big toe", 3),
            0
        );
        assert_eq!(lost(Rule::Subject, "What come from meat?", "purines", 4), 0);
        // an Object question for the repeated term loses the same
        assert_eq!(
            lost(Rule::Object, "What do people take?", "gout", 2),
            REPEATED_GAP
        );
    }

    #[test]
    fn definitions_giving_one_class_to_many_terms_rank_lower() {
        for (lang_terms, class, other) in [
            (
                ["titanium", "vanadium", "kobalt"],
                "zilvergrijs overgangsmetaal",
                "zilverwit alkalimetaal",
            ),
            (
                ["titanium", "vanadium", "cobalt"],
                "silver-grey transition metal",
                "light-sensitive pigment",
            ),
        ] {
            let entry = |sent: usize, rule: Rule, term: &str, back: &str| {
                let c = q(sent, rule, &format!("What is {term}?"), back);
                (
                    30,
                    c.clone(),
                    norm_joined(back),
                    norm_joined(&c.front),
                    Vec::new(),
                )
            };
            // three sentences with definitions of one class: each ranks lower
            let mut scored: Vec<_> = lang_terms
                .iter()
                .enumerate()
                .map(|(i, t)| entry(i, Rule::Definition, t, class))
                .collect();
            scored.push(entry(3, Rule::Definition, "rubidium", other));
            scored.push(entry(4, Rule::Object, "x", class));
            demote_class_series(&mut scored);
            let scores: Vec<i32> = scored.iter().map(|e| e.0).collect();
            assert_eq!(scores, [15, 15, 15, 30, 30]);
            // two of a class are no series
            let mut two: Vec<_> = lang_terms[..2]
                .iter()
                .enumerate()
                .map(|(i, t)| entry(i, Rule::Definition, t, class))
                .collect();
            demote_class_series(&mut two);
            assert!(two.iter().all(|e| e.0 == 30));
        }
    }

    #[test]
    fn a_term_asked_for_by_two_questions_gets_one_card() {
        for (lang, text, answer) in [
            (
                &ENGLISH as &'static dyn Language,
                "Bats\n\nFlight\n\nBats are the only mammals that can truly fly. Bats are the \
                 most agile fliers in the animal kingdom. Most species hunt insects at dusk.",
                "bats",
            ),
            (
                &DUTCH,
                "Vleermuizen\n\nVliegen\n\nVleermuizen zijn de enige zoogdieren die \
                 daadwerkelijk kunnen vliegen. Vleermuizen zijn de behendigste vliegers uit het \
                 dierenrijk. Ze jagen vooral op insecten in de schemering.",
                "vleermuizen",
            ),
        ] {
            let chosen = run(lang, text, 100);
            let fronts: Vec<&str> = chosen.iter().map(|(c, _)| c.front.as_str()).collect();
            let n = chosen
                .iter()
                .filter(|(c, _)| !c.cloze && c.back == answer)
                .count();
            assert_eq!(n, 1, "{fronts:#?}");
        }
        // a number answers many questions, each a fact of its own
        let text = "Title\n\nHead\n\nEvery cell in the body contains two sex chromosomes. \
            Females have two X chromosomes in every cell of their body.";
        let chosen = run(&ENGLISH, text, 100);
        let fronts: Vec<&str> = chosen.iter().map(|(c, _)| c.front.as_str()).collect();
        let two = chosen
            .iter()
            .filter(|(c, _)| !c.cloze && c.back == "two")
            .count();
        assert_eq!(two, 2, "{fronts:#?}");
    }

    #[test]
    fn a_lone_gap_of_a_term_a_question_asks_for_is_not_taken() {
        let text = "Bones\n\nDiseases\n\nOsteoporosis is the most common bone disease in \
            older women. With osteoporosis, our bones become weak and are more likely to break.";
        let chosen = run(&ENGLISH, text, 100);
        let fronts: Vec<&str> = chosen.iter().map(|(c, _)| c.front.as_str()).collect();
        assert!(
            fronts.contains(&"What is the most common bone disease in older women?"),
            "{fronts:#?}"
        );
        assert!(
            !chosen
                .iter()
                .any(|(c, _)| c.cloze && c.back == "osteoporosis"),
            "{fronts:#?}"
        );
    }

    #[test]
    fn a_weak_cloze_of_a_common_phrase_is_not_taken() {
        for (lang, text, gone) in [
            (
                &DUTCH as &'static dyn Language,
                "Varens\n\nBladen\n\nDe varens hebben bladen die ontspringen uit de \
                 wortelstok. Deze zijn niet zonder meer vergelijkbaar met de bladen van de \
                 zaadplanten.",
                "bladen van de zaadplanten",
            ),
            (
                &ENGLISH,
                "Sleep\n\nMigraine\n\nDuring migraines, people become very sensitive to \
                 light and sound. They may also become nauseous and vomit.",
                "nauseous and vomit",
            ),
        ] {
            let chosen = run(lang, text, 100);
            let fronts: Vec<&str> = chosen.iter().map(|(c, _)| c.front.as_str()).collect();
            assert!(!chosen.iter().any(|(c, _)| c.back == gone), "{fronts:#?}");
        }
        // a number or a name stays, whatever its score
        let a = two_sentences();
        assert!(common_lone_gap(&a, "bladen van de zaadplanten"));
        assert!(!common_lone_gap(&a, "twee"));
        assert!(!common_lone_gap(&a, "Araneae"));
        assert!(!common_lone_gap(&a, "bladen | wortelstok"));
    }

    #[test]
    fn the_default_cap_is_six_fifths_of_the_informative_sentences() {
        let text = "Titel\n\nKop\n\n\
            Titanium reageert snel met zuurstof uit de lucht. Vanadium versterkt staal voor \
            zware gereedschappen. Kobalt kleurt oud glas diepblauw. Zink beschermt ijzeren \
            platen tegen roest. Germanium dient als halfgeleider in oude transistors. \
            Rubidium smelt al bij lage temperatuur. Strontium kleurt feestelijk vuurwerk \
            helder rood. Yttrium zit in rode fosforen van beeldbuizen. Zirkonium weerstaat \
            corrosie in kernreactoren. Technetium werd als eerste element kunstmatig gemaakt.";
        let doc = normalise(text);
        let s = sentences(&doc);
        let a = analyse(&doc, &s, &DUTCH);
        assert_eq!(informative(&a), 10);
        // 10 x 6 / 5 = 12; the 63 words give only 5 by the word count
        assert_eq!(default_cap(&a), 12);
    }

    #[test]
    fn within_is_a_whole_word_match_of_match_indices() {
        // the search it replaced, kept here as the reference
        fn by_match_indices(hay: &str, needle: &str) -> bool {
            !needle.is_empty()
                && hay.match_indices(needle).any(|(i, _)| {
                    let end = i + needle.len();
                    (i == 0 || hay.as_bytes()[i - 1] == b' ')
                        && (end == hay.len() || hay.as_bytes()[end] == b' ')
                })
        }
        let hays = [
            "",
            "ab",
            "ab ab",
            "xab ab ab",
            "a a a a",
            "the blood vessels",
            "de vaatwand van de bloedvaten",
            "één twee één",
            "calcium in calcium",
        ];
        let needles = [
            "",
            "a",
            "ab",
            "ab ab",
            "a a",
            "blood",
            "vessels",
            "lood",
            "de",
            "van de",
            "één",
            "twee één",
            "calcium",
            "in calcium",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(within(h, n), by_match_indices(h, n), "{h:?} {n:?}");
            }
        }
        // an overlapping match is no match of match_indices
        assert!(!within("xab ab ab", "ab ab"));
        assert!(within("ab ab", "ab"));
    }
}
