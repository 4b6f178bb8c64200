//! Stage 4: simplify a sentence into a statement that stands on its own: leading connectives
//! ("Toch", "However,") and parenthetical adverbs (", daarentegen,") go, and pronouns or
//! demonstratives at the start ("Het is…", "Deze vitamine…", "Deze Zweedse wetenschapper…")
//! are replaced by their antecedent when the text makes it clear; otherwise the sentence is
//! marked as dangling and no rule may make a card of it that shows the pronoun.

use super::analyse::{Analysis, Sent, names};
use super::lang::nl::capitalise;
use super::lower_text::lower_text;
use super::sentences::Sentence;
use super::tokens::{Kind, Tok, span};

/// Replace bytes `from..to` of `text`.
fn splice(text: &str, from: usize, to: usize, with: &str) -> String {
    format!("{}{}{}", &text[..from], with, &text[to..])
}

/// The subject of a subject-first sentence, if short and not a pronoun.
pub(super) fn simple_subject(a: &Analysis, s: &Sent) -> Option<String> {
    let lex = a.lex();
    let mut fin = s.toks.iter().position(|t| t.finite())?;
    // "Colony collapse disorder (CCD) was …": the acronym goes with the subject
    let mut end = fin;
    if fin >= 4 && s.toks[fin - 1].is_punct(")") && s.toks[fin - 3].is_punct("(") {
        end = fin - 3;
    }
    // "Tardigrades, also known as water bears, are …": an apposition between commas right
    // before the verb is left out
    if fin >= 4
        && s.toks[fin - 1].is_punct(",")
        && let Some(p) = s.toks[..fin - 1].iter().position(|t| t.is_punct(","))
        && (1..=4).contains(&p)
    {
        end = p;
    }
    if fin == 0 || end > 5 || s.toks[..end].iter().any(|t| t.kind == Kind::Punct) {
        return None;
    }
    fin = end;
    let first = s.toks[0].lower.as_str();
    // "Even a metal spacecraft would be smashed. It is not a nice place …": a subject after a
    // focus adverb is an extreme example, never what the next sentence's pronoun means
    // (round 29)
    if lex.pronouns.contains(&first)
        || matches!(
            first,
            "even" | "only" | "just" | "zelfs" | "alleen" | "slechts"
        )
    {
        return None;
    }
    // "One day on Jupiter takes only about 10 hours. It makes a complete orbit …": a measure
    // ("one day", "twee jaar") is no thing a pronoun after it stands for
    if (s.toks[0].numeric() || matches!(first, "one" | "a" | "an" | "een" | "eén" | "één"))
        && s.toks.get(1).is_some_and(|t| t.duration() || t.unit())
    {
        return None;
    }
    // "Voorheen heetten de Mygalomorphae …": a Dutch adverb in first place, the subject after
    // the verb; the adverb is no antecedent ("Ze kunnen …" → "Voorheen kunnen …")
    if lex.dutch
        && fin == 1
        && (FRONT_ADVERBS.contains(&first)
            || super::lijk_adverb::is_lijk_adverb(lex, first)
            || lex.is_stop(first)
            || lex.connectives.contains(&first))
    {
        return None;
    }
    Some(a.unstart(span(&s.text, &s.toks, 0, fin)))
}

/// Dutch adverbs that open a sentence before its verb (V2), the subject after the verb; some
/// end in "-en" like a plural noun.
pub(super) const FRONT_ADVERBS: &[&str] = &[
    "voorheen",
    "vroeger",
    "tegenwoordig",
    "misschien",
    "bovendien",
    "intussen",
    "ondertussen",
    "sindsdien",
    "nadien",
    "daarna",
    "toen",
    "nu",
    "later",
    "eerder",
    "meestal",
    "soms",
    "vaak",
    "thans",
    "oorspronkelijk",
    "aanvankelijk",
    "bijgevolg",
    "inmiddels",
];

/// A plural phrase by its head's form, not a name ("Phobos": the text never writes it in
/// lower case) or a singular in -sis/-itis ("tuberculosis", "arthritis").
fn plain_plural(a: &Analysis, t: &str) -> bool {
    let head = t.rsplit(' ').next().unwrap_or(t);
    plural_phrase(a, t)
        && !head.ends_with("sis")
        && !head.ends_with("itis")
        && (!head.starts_with(|c: char| c.is_uppercase()) || a.seen_lower(head))
}

/// A noun phrase whose head is plural: "the missions", "fotosynthetiserende organismen".
pub(super) fn plural_phrase(a: &Analysis, t: &str) -> bool {
    let lex = a.lex();
    let words: Vec<&str> = t.split_whitespace().collect();
    // one noun phrase, not a coordination ("A and B" is plural, but which one is meant?)
    if words.len() > 6
        || words
            .iter()
            .any(|w| matches!(*w, "and" | "or" | "en" | "of" | "with" | "met"))
    {
        return false;
    }
    let Some(head) = words.last().map(|w| w.to_lowercase()) else {
        return false;
    };
    // one word the document only ever writes with a capital is a name, and a name is one
    // thing however it ends: "Mars", "Venus", "Texas", "Leiden"
    if let [word] = words[..]
        && word.starts_with(char::is_uppercase)
        && !a.seen_lower(&head)
    {
        return false;
    }
    if lex.noun_is_plural(&head) {
        return true;
    }
    // a compound of a known noun: "bloedcellen" is plural as "cellen" is
    if let Some(n) = lex.noun(&head) {
        return n.plural != n.singular && head.ends_with(n.plural);
    }
    let n = head.chars().count();
    if lex.dutch {
        n > 4 && head.ends_with("en") && !lex.is_finite(&head)
            // a diminutive's plural: "diertjes", "lieveheersbeestjes"
            || n > 4 && head.ends_with("jes")
    } else {
        n > 3 && head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("us")
    }
}

/// A finite verb that agrees with a plural subject: Dutch "maken", "kunnen"; in English
/// every form after "they" does, but not a third-person "-s" form ("they makes").
fn plural_verb(a: &Analysis, t: &Tok) -> bool {
    let lex = a.lex();
    match lex.verb(&t.lower) {
        Some((_, plural, _)) => plural,
        None if lex.dutch => t.lower.ends_with("en") || t.lower == "zijn",
        None => true,
    }
}

/// The second token is the comma of "Thick, silica-rich magma traps …" / "Hot, dry air rises …" (English): one
/// word that is no noun, a comma, then up to four words with no article, punctuation or
/// conjunction before the verb. A list ("Calcium, magnesium and zinc …"), an apposition
/// ("Tardigrades, also known as water bears, are …") or a clause after the comma keeps it.
fn adjective_comma(a: &Analysis, toks: &[Tok]) -> bool {
    let lex = a.lex();
    if lex.dutch || toks.len() < 5 || !toks[1].is_punct(",") || toks[0].kind != Kind::Word {
        return false;
    }
    let first = &toks[0];
    if first.stop()
        || first.prep()
        || lex.noun(&first.lower).is_some()
        || first.lower.ends_with('s')
        || first.lower.ends_with("ly")
        || a.seen_cap_mid(&first.lower)
    {
        return false;
    }
    let Some(fin) = (2..toks.len().min(7)).find(|&k| toks[k].finite()) else {
        return false;
    };
    fin >= 4
        && toks[2..fin].iter().all(|t| {
            (t.kind == Kind::Word || t.is_punct("-"))
                && !t.cap
                && !t.stop()
                && !t.article()
                && !t.conj()
                && !t.prep()
        })
}

/// Headings that name a part of a text, not a thing: "Dit artikel" under "Inleiding" is
/// not "Het artikel Inleiding".
const SECTION_WORDS: &[&str] = &[
    "inleiding",
    "geschiedenis",
    "toepassingen",
    "toepassing",
    "kenmerken",
    "eigenschappen",
    "voorkomen",
    "gebruik",
    "etymologie",
    "beschrijving",
    "achtergrond",
    "conclusie",
    "samenvatting",
    "methode",
    "methoden",
    "resultaten",
    "overzicht",
    "discussie",
    "bronnen",
    "introduction",
    "history",
    "background",
    "applications",
    "uses",
    "properties",
    "characteristics",
    "description",
    "etymology",
    "occurrence",
    "summary",
    "conclusion",
    "conclusions",
    "methods",
    "results",
    "overview",
    "discussion",
    "references",
];

/// The name a section is about, for the first sentence under its heading: a heading of one
/// capitalised word that is no common noun ("Micrapis", "Titanium"), so that "Dit
/// ondergeslacht" / "This genus" opening the section can only mean it.
fn section_name(a: &Analysis, s: &Sentence, prev: Option<&Sent>) -> Option<String> {
    let h = s.heading?;
    if prev.is_some_and(|p| p.heading == Some(h)) {
        return None;
    }
    let name = a.headings.get(&h)?.trim();
    let plain = !name.contains(char::is_whitespace)
        && name.chars().count() >= 3
        && name.chars().all(char::is_alphabetic)
        && name.starts_with(char::is_uppercase)
        && name.chars().skip(1).all(char::is_lowercase)
        && a.lex().noun(&name.to_lowercase()).is_none()
        && !a.lex().is_stop(&name.to_lowercase())
        && !SECTION_WORDS.contains(&name.to_lowercase().as_str());
    plain.then(|| name.to_string())
}

/// "these/deze + plural noun": a demonstrative that points at more than one thing.
fn plural_demonstrative(a: &Analysis, dem: &str, noun: &Tok) -> bool {
    let lex = a.lex();
    if !lex.dutch {
        return dem == "these" || dem == "those";
    }
    match lex.noun(&noun.lower) {
        Some(n) => n.singular != noun.lower,
        None => dem == "deze" && noun.lower.ends_with("en"),
    }
}

fn last_person(a: &Analysis, s: &Sent) -> Option<String> {
    // "James Watt (Greenock, 19 januari 1736 - Heathfield Hall, …)": a name in brackets
    // says where or when, it is not the person
    let in_brackets = |f: usize| {
        s.toks[..f].iter().fold(0i32, |d, t| {
            d + i32::from(t.is_punct("(")) - i32::from(t.is_punct(")"))
        }) > 0
    };
    // "uit Sri Lanka", "in de buurt van Mexico-Stad": a place, not a person
    names(a, &s.text, &s.toks)
        .into_iter()
        .rfind(|&(f, _)| {
            !in_brackets(f)
                && (f == 0
                    || !matches!(
                        s.toks[f - 1].lower.as_str(),
                        "uit" | "in" | "naar" | "bij" | "from" | "at" | "to" | "near" | "of"
                    ))
        })
        .map(|(f, t)| span(&s.text, &s.toks, f, t).to_string())
}

/// What a "deze/dit/het + noun" phrase refers to, if the text makes it clear.
fn antecedent(a: &Analysis, s: &Sentence, noun: &str, prev: Option<&Sent>) -> Option<String> {
    let lex = a.lex();
    let n = lex.noun(noun)?;
    if n.person {
        return prev.and_then(|p| last_person(a, p));
    }
    let heading_topic = s.heading.and_then(|h| a.section_topic.get(&h));
    let prev_subject = prev.and_then(|p| simple_subject(a, p));
    for topic in heading_topic
        .into_iter()
        .chain(a.topic.as_ref())
        .chain(prev_subject.as_ref())
    {
        let kind = a.kind_of(topic);
        let head = topic.split_whitespace().next().unwrap_or("").to_lowercase();
        if kind.is_some_and(|k| k.singular == n.singular) || lex.noun(&head) == Some(n) {
            return Some(topic.clone());
        }
    }
    None
}

/// A Dutch demonstrative's noun ("deze bijen") named by a compound in the sentence before
/// that ends in it ("de reuzenhoningbij"): the compound in the noun's own number
/// ("reuzenhoningbijen"). English compounds are written apart: none.
pub fn compound_antecedent(a: &Analysis, noun: &str, prev: Option<&Sent>) -> Option<String> {
    let lex = a.lex();
    if !lex.dutch || noun.chars().count() < 3 {
        return None;
    }
    // the singular's letters: bijen → bij, cellen → cel, planeten → planet, virussen → virus
    let stem = if let Some(x) = noun.strip_suffix("en") {
        // a doubled last letter is single in the singular (cellen → cel); chars, not bytes
        let mut cs = x.chars().rev();
        match (cs.next(), cs.next()) {
            (Some(l), Some(m)) if l == m => &x[..x.len() - l.len_utf8()],
            _ => x,
        }
    } else if let Some(x) = noun.strip_suffix("'s") {
        x
    } else if let Some(x) = noun.strip_suffix('s') {
        x
    } else {
        noun
    };
    if stem.chars().count() < 3 {
        return None;
    }
    let p = prev?;
    let mut found: Option<String> = None;
    for t in &p.toks {
        if t.kind != Kind::Word || t.stop() || t.lower.chars().count() < stem.chars().count() + 3 {
            continue;
        }
        let Some(prefix) = t
            .lower
            .strip_suffix(noun)
            .or_else(|| t.lower.strip_suffix(stem))
        else {
            continue;
        };
        // the compound's first part is a word of its own ("reuzenhoning"), not a stray letter
        if prefix.chars().count() < 3 || prefix.ends_with('-') {
            continue;
        }
        let r = format!("{prefix}{noun}");
        // two different compounds: no telling which one is meant
        if found.as_ref().is_some_and(|f| *f != r) {
            return None;
        }
        found = Some(r);
    }
    found
}

/// Where the main clause starts after a fronted gerund phrase of a long English sentence
/// ("Instead of trying …, ", "After analysing …, "): the token after its comma.
fn fronted_gerund_phrase(a: &Analysis, toks: &[Tok]) -> Option<usize> {
    let lex = a.lex();
    let first = toks.first()?;
    if lex.dutch || toks.len() <= 35 || !(first.prep() || first.is("instead")) {
        return None;
    }
    if toks.iter().filter(|t| t.kind == Kind::Word).count() <= 35 {
        return None;
    }
    let g = if toks.get(1)?.is("of") || toks.get(1)?.is("to") {
        2
    } else {
        1
    };
    let gerund = toks.get(g)?;
    if !(gerund.lower.len() > 5 && gerund.lower.ends_with("ing")) {
        return None;
    }
    let comma = (g + 2..toks.len()).find(|&k| toks[k].is_punct(","))?;
    let rest = comma + 1;
    // the rest must be a clause of its own: a capitalised or plain subject, then a verb
    let tail = &toks[rest..];
    let clause = tail.iter().filter(|t| t.kind == Kind::Word).count() >= 8
        && tail.iter().any(|t| t.finite())
        && tail
            .first()
            .is_some_and(|t| t.kind == Kind::Word && !t.conj() && !t.prep());
    clause.then_some(rest)
}

fn is_expletive(a: &Analysis, toks: &[Tok]) -> bool {
    // "Het is/was … dat/om/te …", "It is … that/to …" (not ", dat …": a relative clause)
    let lex = a.lex();
    toks.len() > 2
        && lex.copula.contains(&toks[1].lower.as_str())
        && (2..toks.len().min(9)).any(|k| {
            let w = toks[k].lower.as_str();
            matches!(w, "dat" | "om" | "te" | "that" | "to")
                && !toks[k - 1].is_punct(",")
                // "Het is een optisch effect dat wordt veroorzaakt …", "It is a disease
                // that affects …": a relative pronoun right before its verb (the "that" of
                // an expletive opens a clause with a subject of its own)
                && !(matches!(w, "dat" | "that") && toks.get(k + 1).is_some_and(|n| n.finite()))
                // "It is transmitted to humans …": "to" right after the participle, before
                // a word that is no verb, is a preposition ("It was decided to build …"
                // keeps its infinitive)
                && !(w == "to"
                    && k == 3
                    && super::rules::is_participle(lex, &toks[2].lower)
                    && toks
                        .get(4)
                        .is_some_and(|n| n.kind == Kind::Word && lex.verb(&n.lower).is_none()))
        })
}

/// The colon after a short label ("Eye wall:") whose last word the sentence after it repeats
/// within its first five words ("The eye wall is …", "Bands of clouds …"): the label's end.
fn label_end(toks: &[Tok]) -> Option<usize> {
    let j = (1..toks.len().min(4)).find(|&j| toks[j].is_punct(":"))?;
    let head = &toks[j - 1].lower;
    let stem = head.strip_suffix('s').unwrap_or(head);
    let repeated = toks[j + 1..toks.len().min(j + 6)]
        .iter()
        .any(|t| t.lower == *head || t.lower.strip_suffix('s').unwrap_or(&t.lower) == stem);
    (toks[..j].iter().all(|t| t.kind == Kind::Word)
        && toks
            .get(j + 1)
            .is_some_and(|t| t.cap && t.kind == Kind::Word)
        && toks.len() > j + 4
        && repeated)
        .then_some(j)
}

pub fn simplify(a: &Analysis, s: &Sentence, toks: Vec<Tok>, prev: Option<&Sent>) -> Sent {
    let lex = a.lex();
    let mut text = s.text.clone();
    let mut toks = toks;
    // 1. leading connectives; in English also a sentence adverb and its comma
    // ("Importantly, …", "Unfortunately, …", "Now, …")
    if !lex.dutch
        && toks.len() > 5
        && toks[1].is_punct(",")
        && toks[0].kind == Kind::Word
        && (toks[0].lower.ends_with("ly") && toks[0].lower.len() > 5
            // "Next, the teams injected …": a time or order adverb is no subject
            || matches!(
                toks[0].lower.as_str(),
                "now" | "next" | "then" | "later" | "first" | "second" | "third" | "today"
                    | "meanwhile" | "nevertheless" | "nonetheless" | "still"
            ))
    {
        text = capitalise(&text[toks[2].start..]);
        toks = a.lex().tokenize(&text);
    }
    // "Sometimes the calcite speleothems have …", "Even today, it is …": a frequency or time
    // adverb before the subject, with no comma, is read as part of the subject (fresh21)
    let lead = if lex.dutch || toks.len() <= 5 || toks[0].kind != Kind::Word {
        0
    } else if matches!(
        toks[0].lower.as_str(),
        "sometimes" | "often" | "usually" | "typically" | "generally" | "normally"
    ) {
        1 + usize::from(toks[1].is_punct(","))
    } else if toks[0].is("even") && toks[1].is("today") && toks[2].is_punct(",") {
        3
    } else {
        0
    };
    // (before an article, a pronoun or a name: "Often cited studies …" keeps its adverb)
    if lead > 0
        && toks
            .get(lead)
            .is_some_and(|t| t.kind == Kind::Word && (t.article() || t.pronoun() || t.cap))
    {
        text = capitalise(&text[toks[lead].start..]);
        toks = a.lex().tokenize(&text);
    }
    // "Eye wall: The eye wall is a ring of …", "Rain bands: Bands of clouds …": a label that
    // the sentence after it names again says nothing more; the sentence goes without it
    // (round 17)
    if let Some(j) = label_end(&toks) {
        text = text[toks[j + 1].start..].to_string();
        toks = a.lex().tokenize(&text);
    }
    // "Thick, silica-rich magma traps gas": a comma between adjectives before the subject's
    // noun would end the subject at the first adjective; the statement goes without it
    if adjective_comma(a, &toks) {
        text = format!("{}{}", &text[..toks[1].start], &text[toks[1].end..]);
        toks = a.lex().tokenize(&text);
    }
    // a long sentence that opens with a gerund phrase ("Instead of trying to predict …,
    // Jeffery Taubenberger … created …"): the main clause carries the facts and is short
    // enough for a card
    if let Some(rest) = fronted_gerund_phrase(a, &toks) {
        text = capitalise(&text[toks[rest].start..]);
        toks = a.lex().tokenize(&text);
    }
    let mut changed = true;
    while changed && toks.len() > 3 {
        changed = false;
        let first = toks[0].lower.as_str();
        // `c`'s first word is `first` (a token holds no space): by bytes, no char searcher
        if !lex.connectives.iter().any(|c| {
            let (c, f) = (c.as_bytes(), first.as_bytes());
            c.first() == f.first() && c.starts_with(f) && c.get(f.len()).is_none_or(|&b| b == b' ')
        }) || toks[1].is("of")
        {
            break; // "Instead of …ing, X did Y": a fronted phrase, not a connective
        }
        for c in lex.connectives.iter() {
            // the connective's words, counted and compared without a list of them
            let n = c.bytes().filter(|&b| b == b' ').count() + 1;
            if toks.len() > n + 2 && c.split(' ').enumerate().all(|(i, w)| toks[i].lower == w) {
                let mut k = n;
                if toks[k].is_punct(",") {
                    k += 1;
                } else if toks[k].prep() && n > 1 {
                    // "In addition to LCA, CEP290 …": the connective opens a fronted phrase
                    // that says something; the sentence stays as it is (but "But in
                    // autoimmune diseases, …" loses its "But")
                    break;
                }
                let rest = text[toks[k].start..].to_string();
                let rtoks = a.lex().tokenize(&rest);
                // Dutch V2: "Toch toont recent onderzoek aan …" → "Recent onderzoek toont aan …";
                // after an adverb in first place (no comma, not "en"/"maar") the next word is
                // the verb even when the tables do not know it ("Daarom raden experts …")
                // ("Ook midden in oceanen komen …": "ook" goes with the phrase after it)
                let v2 = a.lang.code() == "nl"
                    && k == n
                    && !matches!(*c, "en" | "maar" | "ook" | "zo" | "bijvoorbeeld")
                    && rtoks[0].kind == Kind::Word
                    && !rtoks[0].cap
                    && !rtoks[0].prep()
                    && !rtoks[0].stop()
                    && ["t", "en", "de", "te"]
                        .iter()
                        .any(|e| rtoks[0].lower.ends_with(e));
                let reordered = if (rtoks[0].finite() || v2) && a.lang.code() == "nl" {
                    let subj_end = subject_after(a, &rest, &rtoks, 1);
                    subj_end.map(|e| {
                        let verb = span(&rest, &rtoks, 0, 1);
                        let tail = &rest[rtoks[e - 1].end..];
                        // "Verder is er voornamelijk …": existential "er" takes the front,
                        // the words after it stay after the verb
                        if rtoks[1].is("er") && e > 2 {
                            let after = span(&rest, &rtoks, 2, e);
                            return format!("Er {verb} {after}{tail}");
                        }
                        let subj = span(&rest, &rtoks, 1, e);
                        format!("{}{} {}{}", capitalise(subj), "", verb, tail)
                    })
                } else if rtoks[0].finite() {
                    None
                } else {
                    Some(capitalise(&rest))
                };
                if let Some(r) = reordered {
                    text = r;
                    toks = a.lex().tokenize(&text);
                    changed = true;
                }
                break;
            }
        }
    }
    // 2. parentheticals: ", daarentegen," / ", however,"
    // (only when a comma is followed by a word a parenthetical starts with)
    // the text up to the first of `stops` (all ASCII), found by bytes: a char searcher for
    // each word cost more than the scan
    let upto = |s: &'_ str, stops: &[u8]| -> usize {
        s.bytes()
            .position(|b| stops.contains(&b))
            .unwrap_or(s.len())
    };
    // each ", " (a comma and a space: found by memchr, where `match_indices` set up a
    // searcher for every sentence)
    let comma_word = |text: &str| {
        let b = text.as_bytes();
        memchr::memchr_iter(b',', b).any(|pos| {
            if b.get(pos + 1) != Some(&b' ') {
                return false;
            }
            let rest = &text[pos + 2..];
            let w = &rest[..upto(rest, b" ,")];
            lex.parentheticals
                .iter()
                .any(|p| p[..upto(p, b" ")].eq_ignore_ascii_case(w))
        })
    };
    // two commas or more: at most two searches, not one per comma
    if memchr::memchr(b',', text.as_bytes())
        .is_some_and(|i| memchr::memchr(b',', &text.as_bytes()[i + 1..]).is_some())
        && comma_word(&text)
    {
        let mut lower = lower_text(&text);
        for p in lex.parentheticals.iter() {
            // ", however," — the word between two commas
            let hit = lower.match_indices(',').find_map(|(pos, _)| {
                if !lower[pos + 1..].starts_with(' ') {
                    return None;
                }
                let rest = &lower[pos + 2..];
                (rest.starts_with(p) && rest[p.len()..].starts_with(','))
                    .then_some((pos, pos + 2 + p.len() + 1))
            });
            if lower.len() == text.len()
                && let Some((from, to)) = hit
            {
                text = splice(&text, from, to, "");
                toks = a.lex().tokenize(&text);
                lower = lower_text(&text);
            }
        }
    }
    // 2b. a sentence inside a quotation of several sentences: the quote mark that opens
    // (or closes) the quotation is not the sentence's
    if toks.len() > 4 && toks[0].is_punct("\"") {
        let quotes = toks.iter().filter(|t| t.is_punct("\"")).count();
        if quotes % 2 == 1 {
            text = text[toks[1].start..].to_string();
            toks = a.lex().tokenize(&text);
        }
    }
    // 3. pronouns and demonstratives
    let mut dangling = false;
    let mut guessed = None;
    let mut resolved = None;
    let lead = usize::from(toks.first().is_some_and(|t| t.is_punct("\"")));
    if lead == 1
        && toks.get(1).is_some_and(|t| {
            t.demonstrative()
                || matches!(
                    t.lower.as_str(),
                    "ze" | "they" | "it" | "this" | "hij" | "zij"
                )
        })
    {
        dangling = true;
    }
    if let Some(first) = toks.first() {
        let w = first.lower.clone();
        let second_finite = toks.get(1).is_some_and(|t| t.finite());
        if lex.demonstratives.contains(&w.as_str()) && toks.len() > 2 {
            // deze vitamine / deze Zweedse wetenschapper / these organisms
            let noun_at = (1..toks.len().min(5))
                .take_while(|&k| toks[k].kind == Kind::Word && !toks[k].finite())
                .filter(|&k| lex.noun(&toks[k].lower).is_some())
                .last();
            match noun_at.and_then(|k| antecedent(a, s, &toks[k].lower, prev).map(|r| (k, r))) {
                Some((k, r)) => {
                    text = splice(&text, toks[0].start, toks[k].end, &capitalise(&r));
                    toks = a.lex().tokenize(&text);
                }
                None => match (
                    noun_at.or_else(|| {
                        // a noun the lexicon does not know: the word right after "dit"
                        toks.get(1)
                            .is_some_and(|t| {
                                t.kind == Kind::Word && !t.cap && !t.stop() && !t.finite()
                            })
                            .then_some(1)
                    }),
                    section_name(a, s, prev),
                ) {
                    // "… de reuzenhoningbij … Deze bijen maken …": the compound before
                    (Some(k), _) if let Some(r) = compound_antecedent(a, &toks[k].lower, prev) => {
                        text = splice(&text, toks[0].start, toks[k].end, &capitalise(&r));
                        toks = a.lex().tokenize(&text);
                    }
                    // "Micrapis / Dit ondergeslacht telt …": the section's name (a name is
                    // one thing: "These sounds" under "Head" is no "The sounds Head")
                    (Some(k), Some(name)) if !plural_demonstrative(a, &w, &toks[k]) => {
                        let article = match (lex.dutch, w.as_str()) {
                            (true, "dit") => "Het",
                            (true, _) => "De",
                            (false, _) => "The",
                        };
                        let phrase = format!("{article} {} {name}", span(&text, &toks, 1, k + 1));
                        text = splice(&text, toks[0].start, toks[k].end, &phrase);
                        toks = a.lex().tokenize(&text);
                    }
                    // "… the trade winds … . These winds pile up …": the noun named before
                    _ if let Some((k, r)) =
                        super::demonstrative::from_prev(a, &text, &toks, prev) =>
                    {
                        text = splice(&text, toks[0].start, toks[k].end, &r);
                        toks = a.lex().tokenize(&text);
                        resolved = Some(r);
                    }
                    _ => dangling = true,
                },
            }
        } else if (w == "het" || w == "it") && second_finite && !is_expletive(a, &toks) {
            // a singular pronoun with a singular verb stands for no plural: "Tides … . The
            // Earth is not a true sphere … . It is also dotted with …" means the Earth (Dutch
            // "Het zijn de enige zoogdieren …" with a plural verb may)
            let singular = !(lex.dutch && plural_verb(a, &toks[1]));
            // "Het zijn diertjes …" under "Koraal": a plural verb needs a plural topic
            // ("Koraal zijn diertjes" agrees with nothing; round 30)
            let fits = |t: &String| {
                if singular {
                    !plain_plural(a, t)
                } else {
                    plural_phrase(a, t)
                }
            };
            let topic = s
                .heading
                .and_then(|h| a.section_topic.get(&h).cloned())
                .filter(fits)
                // "Oor" under its heading, "Het oor" opening the sentence before: the latter
                .map(|t| {
                    prev.and_then(|p| super::topic_article::with_article(&t, &p.text, &p.toks))
                        .unwrap_or(t)
                })
                .or_else(|| prev.and_then(|p| simple_subject(a, p)).filter(fits));
            match topic {
                Some(t) => {
                    text = splice(&text, toks[0].start, toks[0].end, &capitalise(&t));
                    toks = a.lex().tokenize(&text);
                }
                None => dangling = true,
            }
        } else if w == "zij" && second_finite && plural_verb(a, &toks[1]) {
            // "Zij zijn …": Dutch "zij" with a plural verb is "they", no woman: the plural
            // subject of the sentence before, as "ze" below, else a plural section topic,
            // else nobody
            match prev
                .filter(|p| !p.dangling && p.guessed.is_none())
                .and_then(|p| simple_subject(a, p))
                .filter(|t| plural_phrase(a, t))
                .or_else(|| {
                    s.heading
                        .and_then(|h| a.section_topic.get(&h).cloned())
                        .filter(|t| plain_plural(a, t))
                }) {
                Some(subject) => {
                    text = splice(&text, toks[0].start, toks[0].end, &capitalise(&subject));
                    toks = a.lex().tokenize(&text);
                    guessed = Some(subject);
                }
                None => dangling = true,
            }
        } else if matches!(w.as_str(), "hij" | "zij" | "he" | "she") && second_finite {
            // Dutch "hij" also stands for a thing or an animal named by a "de" word: "De egel
            // is … . Hij is herkenbaar aan …" (a guess, like "ze" below: see `Sent::guessed`)
            let thing = || {
                prev.filter(|p| w == "hij" && !p.dangling && p.guessed.is_none())
                    .and_then(|p| simple_subject(a, p))
                    .filter(|t| {
                        t.starts_with("de ")
                            && t.split_whitespace().count() <= 3
                            && !plural_phrase(a, t)
                    })
            };
            match prev.and_then(|p| last_person(a, p)) {
                Some(name) => {
                    text = splice(&text, toks[0].start, toks[0].end, &name);
                    toks = a.lex().tokenize(&text);
                }
                None => match thing() {
                    Some(subject) => {
                        text = splice(&text, toks[0].start, toks[0].end, &capitalise(&subject));
                        toks = a.lex().tokenize(&text);
                        guessed = Some(subject);
                    }
                    None => dangling = true,
                },
            }
        } else if matches!(w.as_str(), "it" | "he" | "she" | "hij" | "zij")
            && !(w == "it" && is_expletive(a, &toks))
        {
            // a pronoun subject before a verb the tables do not know ("It crosses the mitral
            // valve …"): nothing above resolved it
            dangling = true;
        } else if matches!(w.as_str(), "ze" | "they")
            // "Ze voeden zich …": a verb the tables do not know is still the finite verb in
            // second place after a pronoun subject
            && (second_finite
                || toks.get(1).is_some_and(|t| {
                    t.kind == Kind::Word
                        && !t.cap
                        && !t.stop()
                        && !t.prep()
                        && !t.article()
                        && (!lex.dutch || t.lower.ends_with("en"))
                }))
            && let Some(subject) = prev
                .filter(|p| !p.dangling && p.guessed.is_none())
                .and_then(|p| simple_subject(a, p))
                .filter(|t| plural_phrase(a, t))
            && plural_verb(a, &toks[1])
        {
            // "The missions are … . They will help …": a plural pronoun subject after a
            // sentence with a plural subject stands for it (a guess: see `Sent::guessed`)
            text = splice(&text, toks[0].start, toks[0].end, &capitalise(&subject));
            toks = a.lex().tokenize(&text);
            guessed = Some(subject);
        } else if matches!(
            w.as_str(),
            "ze" | "they"
                | "this"
                // "Daar worden de zenuwsignalen geïnterpreteerd", "Hier vindt de omzetting
                // plaats": a place named in the sentence before (fresh29)
                | "daar"
                | "hier"
                | "dit"
                | "dat"
                | "die"
                | "deze"
                | "hierdoor"
                | "daardoor"
                | "hiermee"
                | "daarmee"
                | "hiervan"
                | "daarvan"
                | "hierin"
                | "daarin"
                | "hierbij"
                | "hierop"
                | "daarop"
                | "hieruit"
                | "daaruit"
                | "such"
                | "those"
                | "these"
        ) {
            dangling = true;
        } else if (w == "het" || w == "de" || w == "the")
            && toks.len() > 3
            && matches!(
                toks[1].lower.as_str(),
                "phenomenon" | "process" | "effect" | "verschijnsel" | "fenomeen" | "proces"
            )
            && toks[2].finite()
        {
            // "The phenomenon is called autumn colors": a bare "the phenomenon" points back
            // to the sentence before, like "dit verschijnsel"
            dangling = true;
        } else if (w == "het" || w == "the")
            && toks.len() > 3
            && matches!(
                toks[1].lower.as_str(),
                "dier" | "animal" | "organisme" | "organism"
            )
            && toks[2].finite()
        {
            // "Het dier behoort tot de insecteneters" in a text headed "De egel": the one
            // animal the text is about (a heading of an article and one word), else nothing
            let topic = s
                .heading
                .and_then(|h| a.section_topic.get(&h))
                .or(a.topic.as_ref())
                .filter(|t| {
                    let words: Vec<&str> = t.split_whitespace().collect();
                    words.len() == 2
                        && matches!(words[0].to_lowercase().as_str(), "de" | "het" | "the")
                });
            match topic {
                Some(t) => {
                    text = splice(&text, toks[0].start, toks[1].end, &capitalise(t));
                    toks = a.lex().tokenize(&text);
                }
                None => dangling = true,
            }
        } else if (w == "het" || w == "de" || w == "the") && toks.len() > 2 {
            // "Het element zelf werd …" in a section about one element
            if let Some(n) = lex.noun(&toks[1].lower)
                && let Some(h) = s.heading
                && let Some(t) = a.section_topic.get(&h)
                && a.kind_of(t).is_some_and(|k| k.singular == n.singular)
                && toks[1].lower == n.singular
            {
                text = splice(&text, toks[0].start, toks[1].end, &capitalise(t));
                toks = a.lex().tokenize(&text);
            }
        }
    }
    // an inverted pronoun subject after a fronted phrase: "In de oceaan komt het voor in …"
    if !dangling
        && a.lang.code() == "nl"
        && toks.first().is_some_and(|t| t.prep())
        && let Some(j) = (1..toks.len().min(9)).find(|&j| super::clause::finite_at(lex, &toks, j))
        && let Some(p) = toks.get(j + 1)
        && p.lower == "het"
        && toks.get(j + 2).is_some_and(|n| {
            n.kind == Kind::Punct
                || n.prep()
                || n.stop()
                || super::rules::is_participle(lex, &n.lower)
        })
    {
        let topic = s.heading.and_then(|h| a.section_topic.get(&h).cloned());
        match topic {
            Some(t) => {
                text = splice(&text, p.start, p.end, &t);
                toks = a.lex().tokenize(&text);
            }
            None => dangling = true,
        }
    }
    // "het element" / "the element" later in a section about one element: that element
    if let Some(h) = s.heading
        && let Some(t) = a.section_topic.get(&h)
        && let Some(kind) = a.kind_of(t)
    {
        let mut k = 1;
        while k + 1 < toks.len() {
            let art = toks[k].lower.as_str();
            let next2 = toks.get(k + 2).map(|x| x.lower.as_str()).unwrap_or("");
            if (art == "het" || art == "de" || art == "the")
                && toks[k + 1].lower == kind.singular
                && !lex.relatives.contains(&next2)
                && next2 != "van"
                && next2 != "of"
            {
                text = splice(&text, toks[k].start, toks[k + 1].end, t);
                toks = a.lex().tokenize(&text);
            }
            k += 1;
        }
    }
    // demonstrative + noun later in the sentence ("… over dit proces …") stays: rules check it
    let hedged = toks.iter().any(|t| t.flags & super::tokens::HEDGE != 0);
    let names = names(a, &text, &toks);
    let negated = toks.iter().any(|t| t.negation());
    Sent {
        original: s.text.clone(),
        text,
        toks,
        block: s.block,
        heading: s.heading,
        is_item: s.is_item,
        prev: prev.map(|_| a.sents.len().saturating_sub(1)),
        dangling,
        hedged,
        negated,
        derived: false,
        clause_only: false,
        guessed,
        resolved,
        names,
        clause: None,
    }
}

/// "is de kust gevoelig voor …", "zijn de mannetjes kleiner dan …": after the noun of an
/// inverted Dutch subject, an uninflected adjective before a preposition or the end is
/// the predicate, no part of the subject (an attributive one stands before its noun).
fn predicate_adjective(lex: &super::lang::Lexicon, toks: &[Tok], from: usize, e: usize) -> bool {
    let w = toks[e].lower.as_str();
    lex.dutch
        && e >= from + 2
        && toks[from].article()
        && (["ig", "lijk", "isch", "baar", "zaam", "loos"]
            .iter()
            .any(|x| w.ends_with(x))
            && toks
                .get(e + 1)
                .is_none_or(|n| n.kind == Kind::Punct || n.prep())
            || w.len() > 4 && w.ends_with("er") && toks.get(e + 1).is_some_and(|n| n.is("dan")))
}

/// Sentence adverbs that stand between an inverted subject and the rest of its clause and
/// never inside a noun phrase after its noun.
const SUBJECT_END_ADVERBS: &[&str] = &[
    "vooral",
    "echter",
    "meestal",
    "voornamelijk",
    "hoofdzakelijk",
    "soms",
    "altijd",
    "nooit",
    "zelden",
    "namelijk",
    "daarom",
    "bovendien",
    "tevens",
    "eveneens",
    "overigens",
    "immers",
    "inmiddels",
    "daarentegen",
    "however",
    "usually",
    "mainly",
    "especially",
    "therefore",
];

/// The end (exclusive) of the subject that starts at token `from` after an inverted verb:
/// a name, a pronoun, or an article phrase up to a preposition, verb or particle.
pub fn subject_after(a: &Analysis, text: &str, toks: &[Tok], from: usize) -> Option<usize> {
    let lex = a.lex();
    let t = toks.get(from)?;
    if t.kind == Kind::Punct {
        return None;
    }
    // "de Wereldgezondheidsorganisatie (WHO)": an acronym in brackets goes with its subject
    // (a question that moves the rest would leave it behind)
    let with_acronym = |e: usize| {
        let acronym = toks.get(e + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && t.lower.len() >= 2
                && text[t.start..t.end].bytes().all(|b| b.is_ascii_uppercase())
        });
        if acronym
            && toks.get(e).is_some_and(|t| t.is_punct("("))
            && toks.get(e + 2).is_some_and(|t| t.is_punct(")"))
        {
            e + 3
        } else {
            e
        }
    };
    if let Some(&(_, e)) = names(a, text, toks).iter().find(|(f, _)| *f == from) {
        return Some(with_acronym(e));
    }
    if t.pronoun() && !t.article() && !super::inverted_subject::determiner(lex, toks, from) {
        return Some(from + 1);
    }
    // "is het moeilijk …": "het" before an adjective, adverb or preposition is the pronoun
    if t.lower == "het"
        && toks.get(from + 1).is_none_or(|n| {
            n.kind == Kind::Punct
                || n.stop()
                || n.prep()
                || lex.adjective_endings.iter().any(|e| n.lower.ends_with(e))
                || super::rules::is_participle(lex, &n.lower)
        })
    {
        return Some(from + 1);
    }
    let mut e = from + 1;
    while e < toks.len() && e - from < 8 {
        let u = &toks[e];
        let lw = u.lower.as_str();
        if (lw == "van" || lw == "of")
            && e > from + 1
            && toks
                .get(e + 1)
                .is_some_and(|n| n.kind == Kind::Word && !n.finite())
        {
            e += 2;
            continue;
        }
        if u.kind == Kind::Punct
            || lex.prepositions.contains(&lw)
            || lex.is_finite(lw)
            || lex.conjunctions.contains(&lw)
            || lex.relatives.contains(&lw)
            || lex.is_stop(lw)
            || lex.articles.contains(&lw)
            || super::rules::is_participle(lex, lw)
            || predicate_adjective(lex, toks, from, e)
            || super::inverted_subject::measure_starts(toks, from, e)
            // "veroorzaakt deze ziekte vooral veel schade": a sentence adverb after the
            // noun ends the subject (round 30)
            || e > from + 1 && SUBJECT_END_ADVERBS.contains(&lw)
        {
            break;
        }
        e += 1;
    }
    Some(with_acronym(e))
}

#[cfg(test)]
#[path = "simplify_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "section_name_tests.rs"]
mod section_name_tests;
