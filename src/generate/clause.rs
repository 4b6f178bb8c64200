//! A shallow parse of a sentence's main clause: what stands in front of the finite verb,
//! the finite verb, the subject and the rest, cut before a following relative or coordinated
//! clause. Enough for Dutch V2 order and English subject-verb order; no tagger needed.

use super::analyse::Analysis;
use super::lang::Lexicon;
use super::simplify::subject_after;
use super::tokens::{Kind, Tok};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    /// Tokens before the finite verb that are not the subject (a fronted phrase), if any.
    pub front: Option<(usize, usize)>,
    pub fin: usize,
    pub subj: (usize, usize),
    /// The rest of the main clause after the finite verb (and an inverted subject).
    pub rest: (usize, usize),
    /// The subject follows the finite verb (Dutch inversion).
    pub inverted: bool,
}

/// Subordinating conjunctions that may open a sentence.
pub const SUBORDINATORS: &[&str] = &[
    "omdat", "doordat", "terwijl", "hoewel", "als", "wanneer", "nadat", "voordat", "zodra",
    "zodat", "indien", "naarmate", "because", "while", "although", "though", "if", "when", "since",
    "after", "before", "as", "once", "whereas", "unless",
];

pub const REASONS: &[&str] = &["omdat", "doordat", "because", "since", "aangezien"];

/// English adverbs that stand inside a verb group: between a subject and its verb ("Renal
/// colic usually begins") or a modal and its verb ("can also cause").
pub const VERB_GROUP_ADVERBS: &[&str] = &[
    "also",
    "often",
    "usually",
    "sometimes",
    "typically",
    "generally",
    "then",
    "still",
    "now",
    "always",
    "never",
];

/// Adverbs that may stand in front of a Dutch V2 verb, and English words that open a fronted
/// phrase.
const FRONT_ADVERBS: &[&str] = &[
    "later",
    "according",
    "volgens",
    "pas",
    "toen",
    "daarna",
    "nu",
    "eerst",
    "vervolgens",
    "vroeger",
    "tegenwoordig",
    "vandaag",
    "soms",
    "vaak",
    "meestal",
    "daarom",
    "hierdoor",
    "zo",
    "al",
    "ook",
    "instead",
    // English participles used as prepositions: "Depending on their size, stones take …"
    "depending",
    "following",
    "regarding",
    "considering",
    "compared",
];

fn looks_past(t: &Tok) -> bool {
    let w = t.lower.as_str();
    t.kind == Kind::Word
        && !t.cap
        && w.chars().count() > 4
        && (w.ends_with("de") || w.ends_with("te") || w.ends_with("den") || w.ends_with("ten"))
}

/// The end of the sentence's words (before the final mark and closing quotes).
pub fn body_end(toks: &[Tok]) -> usize {
    let mut e = toks.len();
    while e > 0 && toks[e - 1].kind == Kind::Punct && !toks[e - 1].is_punct(")") {
        e -= 1;
    }
    e
}

/// Where the main clause's rest ends: before a relative or coordinated clause, a colon or
/// a semicolon.
pub fn cut(lex: &Lexicon, toks: &[Tok], from: usize, end: usize) -> usize {
    let mut depth = 0i32;
    for k in from..end {
        let t = &toks[k];
        match t.lower.as_str() {
            "(" => depth += 1,
            ")" => depth -= 1,
            _ => {}
        }
        if depth > 0 {
            continue;
        }
        if t.is_punct(";") || t.is_punct(":") || t.is_punct("-") && k > from {
            return k;
        }
        let next = toks.get(k + 1).map(|n| n.lower.as_str()).unwrap_or("");
        // "een infraorde van grote, in het water levende zoogdieren": stacked modifiers
        if t.is_punct(",") {
            let n = toks.get(k + 1);
            if n.is_none_or(|n| {
                n.relative()
                    || n.conj()
                    || SUBORDINATORS.contains(&n.lower.as_str())
                    || n.pronoun()
                    || n.finite()
                    || n.prep()
                    || n.kind == Kind::Punct
                    || n.lower == "wat"
                    || matches!(
                        n.lower.as_str(),
                        "zoals"
                            | "waaronder"
                            | "such"
                            | "including"
                            | "like"
                            | "bijvoorbeeld"
                            | "compared"
                            | "vergeleken"
                    )
                    || n.lower == "ditmaal"
                    || n.lower.ends_with("ing")
            }) && !super::rules::stacked_modifier_comma(lex, toks, k)
            {
                return k;
            }
        }
        if (t.conj() && t.lower != "of" && t.lower != "or")
            && (lex.is_finite(next)
                || matches!(
                    next,
                    "hij"
                        | "zij"
                        | "ze"
                        | "het"
                        | "men"
                        | "it"
                        | "they"
                        | "he"
                        | "she"
                        | "daarom"
                        | "therefore"
                        | "er"
                        | "there"
                ))
        {
            return k;
        }
        if SUBORDINATORS.contains(&t.lower.as_str()) && k > from + 1 {
            return k;
        }
        if k > from
            && matches!(
                t.lower.as_str(),
                "die"
                    | "dat"
                    | "that"
                    | "which"
                    | "who"
                    | "waarin"
                    | "waarbij"
                    | "waardoor"
                    | "where"
                    | "waar"
            )
            && (toks[k - 1].kind == Kind::Word || toks[k - 1].is_punct(")"))
            && !toks[k - 1].finite()
        {
            return k;
        }
        if t.is_punct(",")
            && k > from
            && toks
                .get(k + 1)
                .is_some_and(|n| n.kind == Kind::Word && !n.cap)
            && toks.get(k + 2).is_some_and(|n| n.finite())
            && toks.get(k + 3).is_some_and(|n| n.kind == Kind::Word)
        {
            return k;
        }
        if (t.lower == "wat" || t.lower == "which") && k > from && toks[k - 1].is_punct(",") {
            return k - 1;
        }
    }
    end
}

/// Is token `k` a finite verb here? A word that is also a noun ("vormen", "studies") after an
/// article or an inflected adjective is the noun.
pub fn finite_at(lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    if !toks[k].finite() {
        return false;
    }
    let w = toks[k].lower.as_str();
    // English: a past form right after a comma is a participle ("Insulin, produced by …")
    if k > 0
        && toks[k - 1].is_punct(",")
        && lex
            .verb(w)
            .is_some_and(|(v, _, past)| past && v.participle == w)
    {
        return false;
    }
    // English: a word of the other-verbs list inside a noun phrase that an article opened
    // and a noun continues ("a sample sleep diary helps …") is a noun
    if !lex.dutch
        && lex.verb(w).is_none()
        && !lex.aux.contains(&w)
        && (k >= 1 && toks[k - 1].article()
            || k >= 2
                && toks[k - 2].article()
                && toks[k - 1].kind == Kind::Word
                && !toks[k - 1].stop())
        && toks.get(k + 1).is_some_and(|n| {
            n.kind == Kind::Word
                && n.flags
                    & (super::tokens::STOP
                        | super::tokens::PREP
                        | super::tokens::FINITE
                        | super::tokens::ARTICLE
                        | super::tokens::CONJ
                        | super::tokens::RELATIVE)
                    == 0
        })
    {
        return false;
    }
    // English: a word of the other-verbs list right before a verb of the table is the
    // subject's noun ("short sleep causes …")
    if !lex.dutch
        && lex.verb(w).is_none()
        && !lex.aux.contains(&w)
        && toks
            .get(k + 1)
            .is_some_and(|n| lex.verb(&n.lower).is_some_and(|(_, _, past)| !past) && !n.cap)
    {
        return false;
    }
    // English: a past form between a noun and a preposition, with a finite verb still to
    // come, is a reduced relative clause ("exposure to iodine used for procedures … may
    // increase …", "the study, conducted at …, found …")
    if !lex.dutch
        && k > 0
        && toks[k - 1].kind == Kind::Word
        && !toks[k - 1].finite()
        && !toks[k - 1].pronoun()
        && toks.get(k + 1).is_some_and(|n| n.prep() && !n.is("to"))
        && lex
            .verb(w)
            .is_some_and(|(v, _, past)| past && v.participle == w)
        && (toks[k + 1].is("by")
            || toks[k + 2..]
                .iter()
                .take_while(|t| !t.is_punct(";"))
                .any(|t| lex.aux.contains(&t.lower.as_str())))
    {
        return false;
    }
    if k > 0 {
        let p = toks[k - 1].lower.as_str();
        if (lex.articles.contains(&p)
            || (p.ends_with('e') && !lex.is_stop(p) && toks[k - 1].kind == Kind::Word))
            && lex.noun_exact(w)
        {
            return false;
        }
    }
    true
}

/// Parse the main clause of a simplified sentence.
pub fn parse(a: &Analysis, text: &str, toks: &[Tok]) -> Option<Clause> {
    let lex = a.lex();
    let end = body_end(toks);
    if end < 3 || toks[0].kind == Kind::Punct {
        return None;
    }
    let first = toks[0].lower.as_str();
    let nl = a.lang.code() == "nl";
    // A subordinate clause in front: "Omdat A, V S …" / "Because A, S V …"
    if SUBORDINATORS.contains(&first) {
        let comma = (1..end).find(|&k| toks[k].is_punct(","))?;
        return after_front(a, text, toks, (0, comma), comma + 1, end, nl);
    }
    // A fronted phrase: preposition, number or adverb
    let fronted = lex.prepositions.contains(&first)
        || FRONT_ADVERBS.contains(&first)
        || toks[0].kind == Kind::Num
        || lex.number_words.contains(&first);
    if fronted {
        if !nl {
            // "On July 20, 1969, …": the date's own comma is not the front's end
            let comma = match super::rules::date_at(toks, 1) {
                Some(e) if toks.get(e).is_some_and(|t| t.is_punct(",")) => e,
                _ => (1..end).find(|&k| toks[k].is_punct(","))?,
            };
            return after_front(a, text, toks, (0, comma), comma + 1, end, nl);
        }
        let names = super::analyse::names(a, text, toks);
        for j in 1..end.min(14) {
            let t = &toks[j];
            if t.is_punct(",") {
                if toks
                    .get(j + 1)
                    .is_some_and(|n| finite_at(lex, toks, j + 1) || n.kind == Kind::Punct)
                    || j + 1 >= end
                {
                    return after_front(a, text, toks, (0, j), j + 1, end, nl);
                }
                continue;
            }
            let prev = &toks[j - 1];
            let after_time = prev.kind == Kind::Num
                || prev.is_punct(".")
                || FRONT_ADVERBS.contains(&prev.lower.as_str())
                || prev.lower == "later";
            // "In Japan eet men …": after a preposition and a name, the verb comes
            let after_name = prev.cap
                && toks[0].prep()
                && j >= 2
                && ((1..j).all(|x| toks[x].cap || toks[x].article())
                    || names.iter().any(|&(_, e)| e == j))
                && t.kind == Kind::Word
                && !t.cap
                && !t.stop();
            if finite_at(lex, toks, j) || (after_time && looks_past(t)) || after_name {
                let subj_end = subject_after(a, text, toks, j + 1)?;
                let rest_end = cut(lex, toks, subj_end, end);
                return Some(Clause {
                    front: Some((0, j)),
                    fin: j,
                    subj: (j + 1, subj_end),
                    rest: (subj_end, rest_end),
                    inverted: true,
                });
            }
        }
        return None;
    }
    // Subject first
    let mut fin = (1..end.min(16)).find(|&k| finite_at(lex, toks, k))?;
    if toks[..fin].iter().any(|t| t.relative() && !t.article()) {
        // "Microbes which are resistant … are called …": the clause's own verb comes later
        if let Some(next) = (fin + 1..end.min(24)).find(|&k| finite_at(lex, toks, k)) {
            fin = next;
        }
    }
    // "Adequate sleep is …": a verb-looking noun right before an auxiliary is the subject's head
    if !lex.aux.contains(&toks[fin].lower.as_str())
        && toks
            .get(fin + 1)
            .is_some_and(|t| lex.aux.contains(&t.lower.as_str()))
    {
        fin += 1;
    }
    // "…, wat wijst op …": the verb of a relative clause, not of the sentence
    if toks[fin - 1].relative() && fin >= 2 && toks[fin - 2].is_punct(",") {
        return None;
    }
    let rest_end = cut(lex, toks, fin + 1, end);
    // "Called a DNA vaccine, it contains …": an English participial phrase in front, up to
    // its comma, is no part of the subject
    if !nl
        && super::rules::is_participle(lex, &toks[0].lower)
        && let Some(comma) = (1..fin).find(|&k| toks[k].is_punct(","))
        && comma + 1 < fin
    {
        return Some(Clause {
            front: Some((0, comma)),
            fin,
            subj: (comma + 1, fin),
            rest: (fin + 1, rest_end),
            inverted: false,
        });
    }
    Some(Clause {
        front: None,
        fin,
        subj: (0, fin),
        rest: (fin + 1, rest_end),
        inverted: false,
    })
}

fn after_front(
    a: &Analysis,
    text: &str,
    toks: &[Tok],
    front: (usize, usize),
    from: usize,
    end: usize,
    nl: bool,
) -> Option<Clause> {
    let lex = a.lex();
    if from >= end {
        return None;
    }
    if nl && toks[from].finite() {
        let subj_end = subject_after(a, text, toks, from + 1)?;
        let rest_end = cut(lex, toks, subj_end, end);
        return Some(Clause {
            front: Some(front),
            fin: from,
            subj: (from + 1, subj_end),
            rest: (subj_end, rest_end),
            inverted: true,
        });
    }
    // English: ", conducted at X," after the front belongs to it
    let mut from = from;
    if !nl && super::rules::is_participle(lex, &toks[from].lower) {
        let comma = (from + 1..end).find(|&k| toks[k].is_punct(","))?;
        from = comma + 1;
        if from >= end {
            return None;
        }
    }
    let front = (
        front.0,
        if from > front.1 + 1 {
            from - 1
        } else {
            front.1
        },
    );
    let window = if nl { 14 } else { 24 };
    let mut fin = (from + 1..end.min(from + window)).find(|&k| finite_at(lex, toks, k))?;
    // "adequate sleep is …": a verb-looking noun right before an auxiliary is the subject's
    if !lex.aux.contains(&toks[fin].lower.as_str())
        && toks
            .get(fin + 1)
            .is_some_and(|t| lex.aux.contains(&t.lower.as_str()))
    {
        fin += 1;
    }
    let rest_end = cut(lex, toks, fin + 1, end);
    Some(Clause {
        front: Some(front),
        fin,
        subj: (from, fin),
        rest: (fin + 1, rest_end),
        inverted: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::sentences::sentences;
    use crate::generate::tokens::span;

    fn parts(text: &str, lang: &'static dyn Language) -> (String, String, String, String) {
        let doc = normalise(&format!("Titel\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        let s = &a.sents[0];
        let c = parse(&a, &s.text, &s.toks).expect("a clause");
        let sp = |r: (usize, usize)| span(&s.text, &s.toks, r.0, r.1).to_string();
        (
            c.front.map(sp).unwrap_or_default(),
            sp((c.fin, c.fin + 1)),
            sp(c.subj),
            sp(c.rest),
        )
    }

    #[test]
    fn dutch_v2_with_a_fronted_year() {
        assert_eq!(
            parts(
                "In 1791 ontdekte William Gregor een nog onbekend element in het mineraal ilmeniet.",
                &DUTCH
            ),
            (
                "In 1791".into(),
                "ontdekte".into(),
                "William Gregor".into(),
                "een nog onbekend element in het mineraal ilmeniet".into()
            )
        );
    }

    #[test]
    fn dutch_subject_first_cut_before_a_relative_clause() {
        assert_eq!(
            parts(
                "MGP voorkomt calciumafzetting in zachte weefsels, wat leidt tot minder schade.",
                &DUTCH
            ),
            (
                "".into(),
                "voorkomt".into(),
                "MGP".into(),
                "calciumafzetting in zachte weefsels".into()
            )
        );
    }

    #[test]
    fn dutch_reason_clause_in_front() {
        let (front, fin, subj, rest) = parts(
            "Doordat het metaal snel reageert met zuurstof, is het moeilijk zuiver titanium te maken.",
            &DUTCH,
        );
        assert_eq!(front, "Doordat het metaal snel reageert met zuurstof");
        assert_eq!((fin.as_str(), subj.as_str()), ("is", "het"));
        assert_eq!(rest, "moeilijk zuiver titanium te maken");
    }

    #[test]
    fn english_relative_in_the_subject() {
        let (_, fin, subj, rest) = parts(
            "Microbes which are resistant to multiple antimicrobials are called multidrug resistant (MDR); in the press they are superbugs.",
            &ENGLISH,
        );
        assert_eq!(fin, "are");
        assert_eq!(
            subj,
            "Microbes which are resistant to multiple antimicrobials"
        );
        assert_eq!(rest, "called multidrug resistant (MDR)");
    }

    #[test]
    fn english_reduced_relatives_are_part_of_the_subject() {
        let (_, fin, subj, rest) = parts(
            "Iodine used in hospitals may cause thyroid problems in newborn babies.",
            &ENGLISH,
        );
        assert_eq!(
            (fin.as_str(), subj.as_str()),
            ("may", "Iodine used in hospitals")
        );
        assert_eq!(rest, "cause thyroid problems in newborn babies");
        let (_, fin, subj, _) = parts(
            "A team led by Marie Curie discovered polonium in 1898.",
            &ENGLISH,
        );
        assert_eq!(
            (fin.as_str(), subj.as_str()),
            ("discovered", "A team led by Marie Curie")
        );
        // a past form after the subject is still the verb
        let (_, fin, subj, _) = parts("The researchers used a new method in 2019.", &ENGLISH);
        assert_eq!((fin.as_str(), subj.as_str()), ("used", "The researchers"));
    }
}
