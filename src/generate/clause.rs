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

/// Times of day and seasons ("Every night, …", "Elke winter, …"), beside the duration units.
const TIME_WORDS: &[&str] = &[
    "night", "morning", "evening", "spring", "summer", "autumn", "fall", "winter", "nacht",
    "ochtend", "avond", "lente", "voorjaar", "zomer", "herfst", "najaar",
];

/// Adverbs that may stand in front of a Dutch V2 verb, and English words that open a fronted
/// phrase.
const FRONT_ADVERBS: &[&str] = &[
    "later",
    // "Regardless of how it might affect you, one thing is certain"
    "regardless",
    "according",
    // "Thanks to a global campaign, …", "Due to its size, …"
    "thanks",
    "due",
    "owing",
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
    "relative",
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
            // (round 28) a list of short members that closes the sentence: list_close.rs
            if super::list_close::closes_the_sentence(lex, toks, from, k, end) {
                return end;
            }
            let n = toks.get(k + 1);
            if n.is_none_or(|n| {
                n.relative()
                    || n.conj()
                    || n.subordinator()
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
                    // ", resulterend in twee lichtplekken": a Dutch present participle with
                    // its preposition opens a phrase of its own, like English "-ing" (round 18)
                    || lex.dutch
                        && n.lower.len() > 6
                        && n.lower.ends_with("end")
                        && toks.get(k + 2).is_some_and(Tok::prep)
            }) && !super::rules::stacked_modifier_comma(lex, toks, k)
            {
                return k;
            }
            // "…, sommige groepen komen maar …", "…, some species can …": a comma splice,
            // a new subject and its verb after the comma
            if n.is_some_and(|n| {
                n.article()
                    || matches!(
                        n.lower.as_str(),
                        "sommige"
                            | "enkele"
                            | "veel"
                            | "andere"
                            | "some"
                            | "many"
                            | "other"
                            | "most"
                    )
            }) && (k + 2..end.min(k + 6))
                .take_while(|&x| toks[x].kind == Kind::Word && !toks[x].prep())
                .any(|x| toks[x].finite())
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
        if t.subordinator() && k > from + 1 {
            return k;
        }
        // English "die" is a verb ("cause trees to die"), no relative pronoun
        if k > from
            && if lex.dutch {
                matches!(
                    t.lower.as_str(),
                    "die" | "dat" | "waarin" | "waarbij" | "waardoor" | "waar"
                )
            } else {
                matches!(t.lower.as_str(), "that" | "which" | "who" | "where")
            }
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
    // a capital inside the sentence is a name ("Onderzoekers uit Leiden ontdekten …")
    if k > 0 && toks[k].cap && toks[k - 1].kind == Kind::Word {
        return false;
    }
    // Dutch: a verb right after "te" is an infinitive ("Om terugloop te voorkomen, kan …"),
    // never the finite verb (round 30)
    if lex.dutch && k > 0 && toks[k - 1].is("te") {
        return false;
    }
    // a word right after an article opens its noun phrase ("The lower chambers are …"); Dutch
    // "het" may be a pronoun subject ("het remt …")
    if k > 0 && toks[k - 1].article() && !(lex.dutch && toks[k - 1].lower == "het") {
        return false;
    }
    // English: a past form right after a comma is a participle ("Insulin, produced by …"),
    // unless the comma closes a participial phrase that opened after the subject and the
    // verb reports ("The team, led by Dr. Lopez, found that …": "found" is the verb)
    if k > 0
        && toks[k - 1].is_punct(",")
        && lex.past_is_participle(w)
        && !(!lex.dutch
            && toks.get(k + 1).is_some_and(|t| t.is("that"))
            && (1..k - 1).any(|j| {
                toks[j].is_punct(",")
                    && toks.get(j + 1).is_some_and(|t| {
                        t.kind == Kind::Word
                            && (t.lower.ends_with("ed")
                                || super::rules::is_participle(lex, &t.lower))
                    })
                    && toks[..j].iter().all(|t| t.kind == Kind::Word)
            }))
    {
        return false;
    }
    // English: a past participle right after a preposition, before a word, is an adjective
    // ("transmitted by the bite of infected mosquitoes, threatens …")
    if !lex.dutch
        && k > 0
        && toks[k - 1].prep()
        && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Word)
        && lex.past_is_participle(w)
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
    // English: a base form that is also a noun, inside a noun phrase whose verb comes one
    // or two words later ("chronic sleep deprivation increases …", "sleep loss raises …")
    if !lex.dutch
        && !w.ends_with('s')
        && !lex.aux.contains(&w)
        && (k == 0
            || toks[k - 1].kind == Kind::Word && !toks[k - 1].stop() && !toks[k - 1].pronoun())
        && (k + 2..=k + 3).any(|m| {
            m < toks.len()
                && toks[k + 1..m].iter().all(|t| {
                    t.kind == Kind::Word && !t.stop() && !t.prep() && !t.finite() && !t.cap
                })
                && (lex
                    .verb(&toks[m].lower)
                    .is_some_and(|(_, plural, past)| !plural && !past)
                    // a list subject takes the plural ("… and poor sleep quality have")
                    || toks[..k].iter().any(|t| t.is("and") || t.is("or"))
                        && matches!(toks[m].lower.as_str(), "have" | "are" | "do"))
        })
    {
        return false;
    }
    // English: a base form that is also a noun, after a word of its own and before "and"/
    // "or" and a second noun phrase whose verb follows, is the first member of a subject
    // list ("insufficient sleep and poor sleep quality have …") (round 17)
    if !lex.dutch
        && k >= 1
        && !w.ends_with('s')
        && !lex.aux.contains(&w)
        && toks[k - 1].kind == Kind::Word
        && !toks[k - 1].lower.ends_with('s')
        && !toks[k - 1].stop()
        && !toks[k - 1].pronoun()
        && (k == 1 || !toks[k - 1].cap)
        && toks.get(k + 1).is_some_and(|t| t.is("and") || t.is("or"))
        && (k + 4..=k + 5).any(|m| {
            m < toks.len()
                && toks[k + 2..m].iter().all(|t| {
                    t.kind == Kind::Word
                        && !t.stop()
                        && !t.prep()
                        && !t.cap
                        && !lex.aux.contains(&t.lower.as_str())
                })
                && (lex.aux.contains(&toks[m].lower.as_str()) || lex.verb(&toks[m].lower).is_some())
        })
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
        && lex.past_is_participle(w)
        && (toks[k + 1].is("by")
            || toks[k + 2..]
                .iter()
                .take_while(|t| {
                    !t.is_punct(";") && !t.relative() && !t.is("that") && !t.subordinator()
                })
                .any(|t| {
                    lex.aux.contains(&t.lower.as_str())
                        // "a study published in 2013 showed …": a verb of the table
                        || !t.cap && t.lower != w && lex.verb(&t.lower).is_some()
                }))
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
/// Whether an English sentence opens with an amount ("About 80% of …", "35 to 50 percent of
/// …", "Two thirds of …") and has its verb before its first comma: the amount is then the
/// subject. An amount with its comma first ("In 2010, …", "About 10 years later, …") is a
/// fronted phrase.
fn amount_subject(lex: &Lexicon, toks: &[Tok], end: usize) -> bool {
    // ("80%" is one word token that opens with a digit)
    let num = Tok::numeric;
    let lead = usize::from(matches!(
        toks[0].lower.as_str(),
        "about" | "nearly" | "almost" | "over" | "around" | "approximately" | "roughly"
    ));
    if !toks.get(lead).is_some_and(num) || lead == 0 && toks[0].prep() {
        return false;
    }
    let comma = (1..end).find(|&k| toks[k].is_punct(",")).unwrap_or(end);
    (lead + 1..comma).any(|k| finite_at(lex, toks, k))
}

pub fn parse(a: &Analysis, text: &str, toks: &[Tok]) -> Option<Clause> {
    let lex = a.lex();
    let end = body_end(toks);
    // '"Moonquakes" are millions of times …': a quoted name as the subject, with no verb
    // inside its quotes and the verb right after them; any other opening mark, no parse
    let quoted_subject = toks.first().is_some_and(|t| t.is_punct("\""))
        && (2..end.min(8))
            .find(|&j| toks[j].is_punct("\""))
            .is_some_and(|j| {
                !toks[1..j].iter().any(|t| t.finite()) && j + 1 < end && finite_at(lex, toks, j + 1)
            });
    if end < 3 || toks[0].kind == Kind::Punct && !quoted_subject {
        return None;
    }
    let first = toks[0].lower.as_str();
    let nl = a.lang.code() == "nl";
    // "The louder the sound, the shorter the time it takes …": two comparatives tied
    // together; no subject and verb to ask about
    if first == "the"
        && (toks[1].lower.ends_with("er") || matches!(&*toks[1].lower, "more" | "less"))
        && toks[2..end]
            .windows(2)
            .any(|w| w[0].is_punct(",") && w[1].is("the"))
    {
        return None;
    }
    // "Als gevolg van de droogte worden de oogsten kleiner": a Dutch phrase of cause that
    // opens with a subordinator's word, fronted like any prepositional phrase (round 18)
    let cause_phrase = first == "als" && toks[1].is("gevolg") && toks[2].is("van");
    // A subordinate clause in front: "Omdat A, V S …" / "Because A, S V …"
    if SUBORDINATORS.contains(&first) && !cause_phrase {
        let Some(comma) = (1..end).find(|&k| toks[k].is_punct(",")) else {
            // "Omdat … wordt weggeblazen is de neutronenster …": Dutch may leave out the
            // comma; the subordinate clause then ends in its verbs and the main verb
            // follows them directly
            let fin = if nl {
                verb_after_verbs(lex, toks, end)?
            } else {
                return None;
            };
            return after_front(a, text, toks, (0, fin), fin, end, nl);
        };
        return after_front(a, text, toks, (0, comma), comma + 1, end, nl);
    }
    // A fronted phrase: preposition, number or adverb
    let fronted = lex.prepositions.contains(&first)
        // "Vooral op warme voorjaarsdagen is de kust …", "Especially in spring, …": a focus
        // adverb before a prepositional phrase is part of the front, no subject (round 26)
        || matches!(
            first,
            "vooral" | "juist" | "zelfs" | "alleen" | "especially" | "even" | "only" | "mainly"
        ) && toks[1].prep()
        || cause_phrase
        || FRONT_ADVERBS.contains(&first)
        // "Oorspronkelijk is een telescoop …": an adverb in -lijk before the verb
        || super::lijk_adverb::is_lijk_adverb(lex, first) && finite_at(lex, toks, 1)
        || toks[0].kind == Kind::Num
        || lex.number_words.contains(&first)
        // "Every day, our body breaks down …": a phrase of time and its comma
        || matches!(first, "every" | "each" | "elke" | "iedere" | "ieder" | "elk")
            && (toks[1].flags & super::tokens::DURATION != 0 || TIME_WORDS.contains(&&*toks[1].lower))
            && toks[2].is_punct(",");
    // "About 80% of all tsunamis are triggered by …", "35 to 50 percent of people … will
    // develop …": an English amount whose verb comes before any comma is the subject, no
    // fronted phrase
    let fronted = fronted && (nl || !amount_subject(lex, toks, end));
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
        // a bracket's words do not count (`bracket_window`)
        for j in super::bracket_window::outside(toks, 0, 1, end, 14) {
            let t = &toks[j];
            // "Op dit principe berust vaccinatie: een vaccin bevat …": no verb found before
            // a colon; the front would swallow a clause
            if t.is_punct(":") || t.is_punct(";") {
                return None;
            }
            if t.is_punct(",") {
                // "In het klimaatakkoord van Parijs, gesloten in 2015, spraken …": after the
                // comma that closes an inserted phrase, a word with a verb's ending is the
                // verb, known or not (V2)
                let closing = (1..j).any(|x| toks[x].is_punct(","));
                let verb_like = |n: &Tok| {
                    n.kind == Kind::Word
                        && !n.cap
                        && !n.stop()
                        && !n.prep()
                        && !n.article()
                        && ["t", "en", "de", "te"].iter().any(|e| n.lower.ends_with(e))
                };
                if toks.get(j + 1).is_some_and(|n| {
                    finite_at(lex, toks, j + 1) || n.kind == Kind::Punct || closing && verb_like(n)
                }) || j + 1 >= end
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
            // "Om terugloop te voorkomen, kan …": the word after "te" is an infinitive of
            // the front, never the finite verb (round 30)
            let infinitive = prev.is("te");
            if !infinitive
                && (finite_at(lex, toks, j) || (after_time && looks_past(t)) || after_name)
            {
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
    let Some(mut fin) =
        super::bracket_window::outside(toks, 0, 1, end, 16).find(|&k| finite_at(lex, toks, k))
    else {
        // "People of all ages, including …, can develop NIHL": the verb after an insertion
        let (subj_end, fin) = super::inserted_subject::verb_after_insertion(lex, toks, end)?;
        return Some(Clause {
            front: None,
            fin,
            subj: (0, subj_end),
            rest: (fin + 1, cut(lex, toks, fin + 1, end)),
            inverted: false,
        });
    };
    if toks[..fin].iter().any(|t| t.relative() && !t.article()) {
        // "Microbes which are resistant … are called …": the clause's own verb comes later
        if let Some(next) = (fin + 1..end.min(24)).find(|&k| finite_at(lex, toks, k)) {
            fin = next;
        }
        // "Het sterkste signaal dat een werkster kan geven, is …": the relative clause's
        // verbs end at its comma; the sentence's verb follows it
        if let Some(comma) = (fin + 1..end.min(fin + 3)).find(|&k| toks[k].is_punct(","))
            && toks[fin + 1..comma].iter().all(|t| t.kind == Kind::Word)
            && comma + 1 < end
            && finite_at(lex, toks, comma + 1)
            && lex.copula.contains(&toks[comma + 1].lower.as_str())
        {
            fin = comma + 1;
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
    // "Een telescoop die bestaat uit twee lenzen, keert het beeld om": no verb found after
    // the relative clause, so this verb is its own; no subject ends in "die" (round 29c)
    if fin >= 2 && toks[fin - 1].relative() && !toks[fin - 1].article() {
        return None;
    }
    // "Thick, silica-rich magma traps gas and causes …": a subject that ends in a conjunction
    // swallowed a verb the lexicon does not know; so does one that holds a clause's opening
    // word ("The researchers now plan to test whether probiotics can …"); the parse is wrong
    // ("Fleming noticed that a mould had …", "released a substance that Fleming named …": an
    // English "-ed" word before "that" or an article is a verb the subject swallowed)
    if toks[adverbs_before(lex, toks, 0, fin) - 1].conj()
        || !nl && swallowed_verb(toks, 0, fin)
        || toks[1..fin].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "whether" | "because" | "although" | "omdat" | "doordat" | "hoewel" | "terwijl"
            )
        })
    {
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
        subj: super::bracket_window::without_long_aside(
            toks,
            (0, adverbs_before(lex, toks, 0, fin)),
        ),
        rest: (fin + 1, rest_end),
        inverted: false,
    })
}

/// The main verb of a Dutch sentence that opens with a subordinate clause and no comma: the
/// last verb of the first run of verbs ("… wordt weggeblazen is de neutronenster …",
/// "… verloren gaan worden vlinders …"), when a word that is no verb follows it.
fn verb_after_verbs(lex: &Lexicon, toks: &[Tok], end: usize) -> Option<usize> {
    let verb = |t: &Tok| {
        t.kind == Kind::Word && !t.cap && (t.finite() || super::rules::is_participle(lex, &t.lower))
    };
    let k = (3..end.saturating_sub(1))
        .find(|&k| verb(&toks[k - 1]) && finite_at(lex, toks, k) && !verb(&toks[k + 1]))?;
    // the main verb's subject follows: an article, a pronoun or a word of its own
    (toks[k + 1].kind == Kind::Word).then_some(k)
}

/// An English "-ed" word inside the subject span `from..fin` before "that" or an article
/// (after a noun or a comma): a verb the lexicon did not know, so the parse is wrong.
fn swallowed_verb(toks: &[Tok], from: usize, fin: usize) -> bool {
    (from + 1..fin.saturating_sub(1)).any(|k| {
        let t = &toks[k];
        let prev = &toks[k - 1];
        t.kind == Kind::Word
            && !t.cap
            && t.lower.ends_with("ed")
            && (prev.is_punct(",") || prev.kind == Kind::Word && !prev.prep() && !prev.article())
            && (toks[k + 1].article() || toks[k + 1].is("that"))
    })
}

/// The end of an English subject before the adverbs of its verb group ("Leber congenital
/// amaurosis type 10 often results in …": the subject ends before "often").
fn adverbs_before(lex: &Lexicon, toks: &[Tok], from: usize, fin: usize) -> usize {
    let mut e = fin;
    while !lex.dutch && e > from + 1 && VERB_GROUP_ADVERBS.contains(&toks[e - 1].lower.as_str()) {
        e -= 1;
        // "People with osteoporosis most often break …": the adverb's own degree word goes
        // with it, not with the subject
        if e > from + 1
            && matches!(
                toks[e - 1].lower.as_str(),
                "most" | "more" | "very" | "quite"
            )
        {
            e -= 1;
        }
    }
    e
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
    let mut fin = super::bracket_window::outside(toks, from, from + 1, end, window)
        .find(|&k| finite_at(lex, toks, k))?;
    // "adequate sleep is …": a verb-looking noun right before an auxiliary is the subject's
    if !lex.aux.contains(&toks[fin].lower.as_str())
        && toks
            .get(fin + 1)
            .is_some_and(|t| lex.aux.contains(&t.lower.as_str()))
    {
        fin += 1;
    }
    if !nl && swallowed_verb(toks, from, fin) {
        return None;
    }
    let rest_end = cut(lex, toks, fin + 1, end);
    Some(Clause {
        front: Some(front),
        fin,
        subj: (from, adverbs_before(lex, toks, from, fin)),
        rest: (fin + 1, rest_end),
        inverted: false,
    })
}

/// English adverbs that may stand between a relative pronoun and its verb ("that often
/// results in").
fn verb_adverb(t: &Tok) -> bool {
    VERB_GROUP_ADVERBS.contains(&t.lower.as_str())
}

/// Is the noun `w` (the head of a subject) plural? `None` when the form does not tell.
fn noun_plural(lex: &Lexicon, w: &str) -> Option<bool> {
    if let Some(n) = lex.noun(w) {
        if n.plural == w && n.singular != w {
            return Some(true);
        }
        if n.singular == w && n.plural != w {
            return Some(false);
        }
    }
    if lex.dutch {
        return Some(
            w.chars().count() > 4 && w.ends_with("en") && !w.ends_with("ien")
                || w.chars().count() > 4
                    && ["els", "ems", "ens", "ers", "jes", "'s", "ies", "ors"]
                        .iter()
                        .any(|e| w.ends_with(e)),
        );
    }
    if matches!(
        w,
        "people" | "children" | "bacteria" | "mice" | "men" | "women" | "teeth" | "feet" | "data"
    ) {
        return Some(true);
    }
    if matches!(w, "species" | "series") {
        return None;
    }
    Some(
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("ics"),
    )
}

/// Is the finite verb `w` plural? `None` for forms that fit both (past tense, modals).
fn verb_plural(lex: &Lexicon, w: &str) -> Option<bool> {
    if let Some((_, plural, past)) = lex.verb(w) {
        if !past || lex.dutch {
            return Some(plural);
        }
        return None;
    }
    if lex.dutch {
        return match w {
            "is" | "heeft" | "kan" | "wordt" | "was" | "werd" | "had" | "zal" | "moet" | "mag"
            | "wil" => Some(false),
            "zijn" | "hebben" | "kunnen" | "worden" | "waren" | "werden" | "hadden" | "zullen"
            | "moeten" | "mogen" | "willen" => Some(true),
            _ if w.ends_with("en") => Some(true),
            _ if w.ends_with('t') => Some(false),
            _ => None,
        };
    }
    match w {
        "is" | "has" | "was" | "does" => Some(false),
        "are" | "have" | "were" | "do" => Some(true),
        _ if lex.aux.contains(&w) || w.ends_with("ed") => None,
        _ if w.ends_with("ss") => Some(true),
        _ if w.ends_with('s') => Some(false),
        _ => Some(true),
    }
}

/// The head noun of a noun phrase: its last word before "of"/"van" or a bracket.
fn head_word(toks: &[Tok], from: usize, to: usize) -> Option<&Tok> {
    let stop = (from..to)
        .find(|&k| k > from && (toks[k].is("of") || toks[k].is("van") || toks[k].is_punct("(")))
        .unwrap_or(to);
    toks[from..stop].iter().rev().find(|t| t.kind == Kind::Word)
}

/// The indices in `range` of the tokens that are words outside brackets: where a clause of
/// the sentence itself can start (a bracket holds an aside).
fn words_outside_brackets(
    toks: &[Tok],
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = usize> + '_ {
    let mut depth = 0i32;
    range.filter(move |&k| {
        let t = &toks[k];
        if t.kind == Kind::Punct {
            if t.is_punct("(") {
                depth += 1;
            } else if t.is_punct(")") {
                depth -= 1;
            }
            return false;
        }
        depth <= 0
    })
}

/// The subject of the main clause when it is short and plain (no fronted phrase, no
/// pronoun): what a predicate noun of a copula ("X is a Y that …") stands for.
pub fn plain_main_subject(
    a: &Analysis,
    text: &str,
    toks: &[Tok],
    main: Option<Clause>,
) -> Option<String> {
    let c = main?;
    let core_end = (c.subj.0..c.subj.1)
        .find(|&k| toks[k].kind == Kind::Punct && !toks[k].is_punct("."))
        .unwrap_or(c.subj.1);
    (c.front.is_none()
        && core_end > c.subj.0
        && core_end - c.subj.0 <= 6
        // "het" is a pronoun and an article: "Het oor is … en wordt …" has a subject
        && (!toks[c.subj.0].pronoun() || toks[c.subj.0].article() && core_end > c.subj.0 + 1)
        && !a
            .lex()
            .demonstratives
            .contains(&toks[c.subj.0].lower.as_str()))
    .then(|| a.unstart(super::tokens::span(text, toks, c.subj.0, core_end)))
}

/// Statements held in relative clauses whose pronoun is the subject: "Hair cells are small
/// sensory cells of the inner ear that transform sound vibrations into nerve impulses" →
/// "Hair cells transform sound vibrations into nerve impulses"; "… een hormoon, dat de
/// bloeddruk verhoogt" → "Het hormoon verhoogt de bloeddruk"; Dutch verb-final order is
/// turned into main-clause order ("vleugels die ontstaan zijn uit de voorpoten" →
/// "vleugels zijn ontstaan uit de voorpoten"). The antecedent is the noun phrase before
/// the pronoun; after a copula or "als"/"as" the main subject; after an apposition ("X,
/// an inherited disease that …") the phrase it names. Refused when the antecedent may not
/// be what the verb agrees with (a phrase after a preposition needs a verb that agrees with
/// it, any clear disagreement refuses), when it is a pronoun or "one(s)", and, in Dutch,
/// when a noun phrase or pronoun follows the relative pronoun (it may be the object:
/// "de stof die de mens niet kan aanmaken"). Comma relatives on a copula's predicate are
/// left to `derive`. Returns the statements as sentences.
pub fn relative_statements(
    a: &Analysis,
    text: &str,
    toks: &[Tok],
    main: Option<Clause>,
) -> Vec<String> {
    let lex = a.lex();
    let end = body_end(toks);
    let mut out = Vec::new();
    let copula_main = main.is_some_and(|c| lex.copula.contains(&toks[c.fin].lower.as_str()));
    for k in words_outside_brackets(toks, 1..end.saturating_sub(2)) {
        let t = &toks[k];
        // most words are no relative pronoun: the flag turns them away before any string
        // is compared
        if !t.relative() {
            continue;
        }
        let w = t.lower.as_str();
        let rel = if lex.dutch {
            matches!(w, "die" | "dat" | "welke")
        } else {
            matches!(w, "that" | "which" | "who")
        };
        if !rel {
            continue;
        }
        let comma = toks[k - 1].is_punct(",");
        // the phrase the pronoun stands for ends before it (or before its comma)
        let np_end = if comma { k - 1 } else { k };
        if np_end == 0 {
            continue;
        }
        let before = &toks[np_end - 1];
        let bw = before.lower.as_str();
        // not a complementizer after a verb, an adjective or a pronominal adverb ("werd
        // bekend dat …", "zorgt ervoor dat …")
        if (before.stop() || before.finite() || before.kind != Kind::Word) && !before.is_punct(")")
            || super::rules::is_participle(lex, bw)
            || ["er", "daar", "hier", "waar"].iter().any(|p| {
                bw.strip_prefix(p)
                    .is_some_and(|r| !r.is_empty() && lex.prepositions.contains(&r))
            })
        {
            continue;
        }
        // "Een telescoop die bestaat uit twee positieve lenzen, keert …": the clause picks out
        // some of a kind the sentence opens with; "Een telescoop bestaat uit …" would say it
        // of every one (round 29c)
        if !comma && np_end <= 4 && matches!(toks[0].lower.as_str(), "een" | "a" | "an") {
            continue;
        }
        // the existing split of ", die/which …" on a copula's predicate covers that case
        if comma && copula_main && main.is_some_and(|c| c.fin < k) {
            continue;
        }
        // the verb of the relative clause
        let mut v = k + 1;
        // the verb is not in the tables: its agreement with the antecedent must be seen
        let mut guessed = false;
        if !lex.dutch {
            if toks.get(v).is_some_and(verb_adverb) {
                v += 1;
            }
            if v >= end {
                continue;
            }
            if !finite_at(lex, toks, v) {
                let n = &toks[v];
                let w = n.lower.as_str();
                if n.kind != Kind::Word
                    || n.cap
                    || n.stop()
                    || n.article()
                    || n.prep()
                    || n.pronoun()
                    || n.conj()
                    || lex.number_words.contains(&w)
                    || w.len() < 3
                    || w.ends_with("ing")
                    || w.ends_with("ly")
                    || w.ends_with("ed")
                    || super::rules::is_participle(lex, w)
                {
                    continue;
                }
                guessed = true;
            }
        } else {
            // a noun phrase or pronoun right after the pronoun may be the clause's subject
            let n = &toks[v];
            if n.article()
                || n.pronoun()
                || lex.demonstratives.contains(&n.lower.as_str())
                || n.kind != Kind::Word
                || n.cap
                || lex.is_stop(&n.lower) && !n.prep() && !n.finite()
            {
                continue;
            }
        }
        let Some((mut from, to)) = super::analyse::np_span_before(lex, toks, np_end) else {
            continue;
        };
        if to != np_end {
            continue;
        }
        // "has identified a compound that …": a verb the tables do not know opens no phrase
        while from + 1 < to
            && !toks[from].cap
            && (toks[from].finite() || super::rules::is_participle(lex, &toks[from].lower))
        {
            from += 1;
        }
        // "a stress hormone called norepinephrine, which …": the name is what the verb is about
        if let Some(x) = (from..to.saturating_sub(1)).rfind(|&x| {
            matches!(
                toks[x].lower.as_str(),
                "called" | "named" | "genaamd" | "geheten" | "heet"
            )
        }) {
            from = x + 1;
        }
        // a restrictive relative clause on the phrase that opens the main subject restricts,
        // it asserts nothing ("People who are lactose intolerant have trouble …" does not say
        // that people are lactose intolerant)
        if !comma
            && main.is_some_and(|c| {
                k < c.fin
                    && c.subj.0 <= from
                    && !(c.subj.0..from)
                        .any(|x| toks[x].prep() && !toks[x].is("of") && !toks[x].is("van"))
            })
        {
            continue;
        }
        while from + 1 < to && toks[from].subordinator() {
            from += 1;
        }
        let ante = &toks[from..to];
        // "many people who …", "alle soorten die …": a quantified phrase is restricted, not
        // described
        let q = if ante[0].article() && ante.len() > 1 {
            &ante[1]
        } else {
            &ante[0]
        };
        if from > 0
            && matches!(
                toks[from - 1].lower.as_str(),
                "only" | "enige" | "first" | "eerste"
            )
        {
            continue;
        }
        if matches!(
            q.lower.as_str(),
            "many"
                | "most"
                | "some"
                | "all"
                | "few"
                | "any"
                | "each"
                | "every"
                | "veel"
                | "vele"
                | "meeste"
                | "sommige"
                | "alle"
                | "enkele"
                | "weinig"
                | "elke"
                | "ieder"
                | "iedere"
                | "those"
                | "people"
                | "mensen"
                | "verschillende"
                | "diverse"
                | "only"
                | "enige"
                | "first"
                | "eerste"
                | "several"
                | "various"
                | "other"
                | "andere"
                | "such"
                | "zulke"
        ) {
            continue;
        }
        if ante.iter().any(|x| {
            x.finite() && !x.cap && !x.lower.ends_with("ed")
                || x.is("one")
                || x.is("ones")
                || x.pronoun() && ante.len() == 1
        }) || !ante.iter().any(|x| x.kind == Kind::Word && !x.stop())
        {
            continue;
        }
        let lead = from.checked_sub(1).map(|p| &toks[p]);
        // what the antecedent stands for
        // a predicate noun of a copula ("X is a Y that …") or of "als"/"as" ("identified as
        // the remedy that …") stands for the main subject
        // (round 27) a comma may part two adjectives of the predicate ("zijn nomadische,
        // opportunistische broedvogels die …"), when no preposition makes another noun
        // the antecedent and no conjunction opens a clause
        let series_comma = |c: &Clause, x: usize| {
            toks[x].is_punct(",")
                && x > c.fin + 1
                && x + 1 < to
                && [x - 1, x + 1]
                    .iter()
                    .all(|&y| toks[y].kind == Kind::Word && !toks[y].stop() && !toks[y].prep())
                && !toks[c.fin + 1..from].iter().any(|t| t.prep())
        };
        let predicate = main.is_some_and(|c| {
            c.fin < from
                && (copula_main
                    && (c.fin + 1..from).all(|x| {
                        toks[x].kind == Kind::Word && !toks[x].finite() || series_comma(&c, x)
                    })
                    || lead.is_some_and(|l| l.is("als") || l.is("as")))
        });
        // (subject, its number if known, whether the verb must be seen to agree)
        // "Oorspronkelijk is een telescoop een instrument dat …": the adverb in -lijk goes
        // with the statement ("Een telescoop wordt oorspronkelijk gebruikt …")
        let lijk_front = main
            .and_then(|c| c.front)
            .filter(|&(f, e)| e == f + 1 && super::lijk_adverb::is_lijk_adverb(lex, &toks[f].lower))
            .filter(|_| predicate);
        let main_unfronted = main.map(|c| Clause {
            front: if lijk_front.is_some() { None } else { c.front },
            ..c
        });
        let subject: Option<(String, Option<bool>, bool)> = if predicate {
            plain_main_subject(a, text, toks, main_unfronted).map(|s| {
                let pl = main
                    .and_then(|c| head_word(toks, c.subj.0, c.subj.1))
                    .and_then(|h| noun_plural(lex, &h.lower));
                (s, pl, false)
            })
        } else if let Some((af, at)) = comma_apposition(lex, toks, from) {
            let s = super::tokens::span(text, toks, af, at);
            let s = if af == 0 { a.unstart(s) } else { s.to_string() };
            let pl = head_word(toks, af, at).and_then(|h| noun_plural(lex, &h.lower));
            Some((s, pl, false))
        } else {
            // after a preposition, a conjunction or a comma the pronoun may belong to a noun
            // before this one: the verb has to agree with this one
            if lead.is_some_and(|l| l.conj() || l.is_punct(",")) {
                continue;
            }
            // (round 14) "a form of sugar that enters the bloodstream": after "of" the clause
            // may be about the noun before it; unless the verb's number tells them apart, it
            // is not said which. "instructions for making proteins that are needed": a
            // gerund's object is no antecedent either
            if lead.is_some_and(|l| l.is("of") || l.is("van")) && from >= 2 {
                let hb = &toks[from - 2];
                let verb = toks.get(v).and_then(|t| verb_plural(lex, &t.lower));
                let hp = noun_plural(lex, &hb.lower);
                if hb.kind == Kind::Word
                    && !hb.stop()
                    && (verb.is_none() || hp.is_none() || hp == verb)
                {
                    continue;
                }
            }
            // ("in determining who is likely …": a gerund after a preposition, and "who"
            // opens its object clause)
            if !lex.dutch
                && !toks[from].cap
                && toks[from].lower.ends_with("ing")
                && (to > from + 1 || from > 0 && toks[from - 1].prep())
            {
                continue;
            }
            let loose = lead.is_some_and(|l| {
                (l.prep() && !l.is("als") && !l.is("as"))
                    || l.stop() && !matches!(l.lower.as_str(), "zoals" | "like" | "including")
            });
            // "the bodies of mosquitoes that transmit them": the pronoun belongs to the noun
            // before "of" or the one after it; the verb's number must tell which
            let mut from = from;
            if let Some(of) = (from + 1..to).rfind(|&x| toks[x].is("of") || toks[x].is("van")) {
                let verb = toks.get(v).and_then(|t| verb_plural(lex, &t.lower));
                let first = head_word(toks, from, to).and_then(|h| noun_plural(lex, &h.lower));
                let last = toks[to - 1..to]
                    .iter()
                    .find(|t| t.kind == Kind::Word)
                    .and_then(|h| noun_plural(lex, &h.lower));
                match verb {
                    Some(vp) if first == Some(vp) && last != Some(vp) => {}
                    Some(vp) if last == Some(vp) && first != Some(vp) => from = of + 1,
                    _ => continue,
                }
            }
            if matches!(toks[from].lower.as_str(), "people" | "mensen" | "those") {
                continue;
            }
            let s = super::tokens::span(text, toks, from, to);
            let s = if from == 0 {
                a.unstart(s)
            } else {
                s.to_string()
            };
            let pl = head_word(toks, from, to).and_then(|h| noun_plural(lex, &h.lower));
            Some((s, pl, loose))
        };
        let Some((subj, pl, loose)) = subject else {
            continue;
        };
        if subj.is_empty() {
            continue;
        }
        // where the clause ends (computed last: most candidates are turned away before)
        let mut e = cut(lex, toks, k + 1, end);
        // "… with high fever, chills, and flu-like illness": a list's last member belongs to it
        while !lex.dutch
            && e + 2 < end
            && toks[e].is_punct(",")
            && (toks[e + 1].is("and") || toks[e + 1].is("or"))
        {
            let close = (e + 2..end)
                .find(|&x| toks[x].kind == Kind::Punct && !toks[x].is_punct("-"))
                .unwrap_or(end);
            if (e + 2..close).any(|x| finite_at(lex, toks, x)) {
                break;
            }
            e = close;
        }
        // "…, an inherited disease that …": an apposition after the clause ends it
        if let Some(x) = (k + 1..e).find(|&x| {
            toks[x].is_punct(",")
                && toks
                    .get(x + 1)
                    .is_some_and(|n| n.article() || n.is_punct("(") || n.kind == Kind::Num)
        }) {
            e = x;
        }
        // a comma relative clause inside the main clause's subject ends before the main verb
        if let Some(c) = main
            && comma
            && k < c.fin
            && c.fin < e
        {
            e = c.fin;
        }
        // (round 14) in a subordinate clause that opens the sentence ("When the snowfall
        // … exceeds the melting that occurs during summer, glaciers start to form") the
        // relative clause ends at that clause's comma
        if (lex.dutch || toks.first().is_some_and(|t| t.subordinator()))
            && let Some(x) = (k + 1..e).find(|&x| toks[x].is_punct(","))
        {
            e = x;
        }
        if e <= k + 2 {
            continue;
        }
        let first = if lex.dutch { None } else { Some(v) };
        let bodies = clause_bodies(lex, text, toks, k + 1, e, first);
        let tail = time_tail(toks, text, e, end);
        let last = bodies.len().saturating_sub(1);
        for (i, (verb, body)) in bodies.into_iter().enumerate() {
            let agree = pl
                .zip(verb_plural(lex, &toks[verb].lower))
                .map(|(n, v)| n == v);
            if agree == Some(false) || (loose || guessed && i == 0) && agree != Some(true) {
                continue;
            }
            let subj = super::lang::nl::capitalise(&subj);
            let body = match (lijk_front, body.split_once(' ')) {
                (Some((f, _)), Some((v, rest))) => format!("{v} {} {rest}", toks[f].lower),
                _ => body,
            };
            match tail {
                Some(t) if i == last => out.push(format!("{subj} {body} {t}.")),
                _ => out.push(format!("{subj} {body}.")),
            }
        }
    }
    out
}

/// (round 27) A "when"/"wanneer" clause right after a relative clause's end `e`, up to the
/// next punctuation: it says when the relative clause holds ("haloverschijnselen, die
/// kunnen worden waargenomen wanneer de zon door ijskristallen schijnt"), so the statement
/// keeps it. At least a subject and a verb; "als" is left out (also "as", a role).
fn time_tail<'t>(toks: &[Tok], text: &'t str, e: usize, end: usize) -> Option<&'t str> {
    if !toks.get(e).is_some_and(|t| t.is("when") || t.is("wanneer")) {
        return None;
    }
    let stop = (e + 1..end)
        .find(|&x| toks[x].kind == Kind::Punct)
        .unwrap_or(end);
    (stop >= e + 3).then(|| super::tokens::span(text, toks, e, stop))
}

/// Conjunctions whose clause states a fact of its own (contrast, concession); not
/// conditions or times ("if", "when", "als", "wanneer"), which assert nothing, nor reasons,
/// which the reason rules ask.
const STATING: &[&str] = &[
    "while", "whereas", "although", "though", "terwijl", "hoewel",
];

/// Statements in subordinate clauses of contrast, concession or result whose subject is a
/// full noun phrase: "Some small stones pass …, while larger stones can block the flow of
/// urine" → "Larger stones can block the flow of urine"; "…, terwijl de grootste soorten
/// tot veertig cm lang kunnen worden" → "De grootste soorten kunnen tot veertig cm lang
/// worden" (Dutch verb-final order turned around). A pronoun subject, a clause without a
/// verb of its own and "if"/"when" clauses give nothing.
pub fn subordinate_statements(a: &Analysis, text: &str, toks: &[Tok]) -> Vec<String> {
    let lex = a.lex();
    let end = body_end(toks);
    let mut out = Vec::new();
    for k in words_outside_brackets(toks, 0..end.saturating_sub(3)) {
        let t = &toks[k];
        // mid-sentence after a comma, or opening the sentence (tested first: it is cheap)
        if k > 0 && (toks[k - 1].kind != Kind::Punct || !toks[k - 1].is_punct(","))
            || !STATING.contains(&t.lower.as_str())
        {
            continue;
        }
        let from = k + 1;
        let n = &toks[from];
        if n.kind != Kind::Word
            || n.pronoun() && !n.article()
            || lex.demonstratives.contains(&n.lower.as_str())
            || n.is("er")
            || n.is("there")
            || n.is("it")
            // Dutch "het" may be the pronoun ("terwijl het calcium uit je bloedvaten houdt")
            || n.is("het")
            || n.is("latter")
            || n.is("former")
            || toks
                .get(from + 1)
                .is_some_and(|x| x.is("latter") || x.is("former"))
        {
            continue;
        }
        // the clause ends at a comma (one opening the sentence always does)
        let stop = (from..end)
            .find(|&x| toks[x].is_punct(",") || toks[x].is_punct(";") || toks[x].is_punct(":"))
            .unwrap_or(end);
        let Some(subj_end) = (if lex.dutch {
            super::simplify::subject_after(a, text, toks, from)
        } else {
            (from + 1..stop.min(from + 8)).find(|&x| finite_at(lex, toks, x))
        }) else {
            continue;
        };
        // "hoewel bronnen zoals X en Y K2 bevatten": the subject goes on past the phrase found
        if subj_end <= from || subj_end >= stop || toks[subj_end].conj() {
            continue;
        }
        let subj_end = adverbs_before(lex, toks, from, subj_end);
        let subject = &toks[from..subj_end];
        if subject
            .iter()
            .any(|x| x.is("one") || x.is("ones") || x.finite() && !x.cap)
            || !subject.iter().any(|x| x.kind == Kind::Word && !x.stop())
        {
            continue;
        }
        let subj = super::tokens::span(text, toks, from, subj_end);
        let subj = if from == 0 {
            a.unstart(subj)
        } else {
            subj.to_string()
        };
        let first = (!lex.dutch).then(|| {
            (subj_end..stop)
                .find(|&x| finite_at(lex, toks, x))
                .unwrap_or(subj_end)
        });
        if !lex.dutch && first.is_some_and(|f| f > subj_end + 1) {
            continue;
        }
        for (_, body) in clause_bodies(lex, text, toks, subj_end, stop, first) {
            out.push(format!("{} {body}.", super::lang::nl::capitalise(&subj)));
        }
    }
    out
}

/// "X (Y), an inherited disease that …": the indefinite phrase from `from` is an apposition
/// to the phrase before its comma; that phrase's span.
fn comma_apposition(lex: &Lexicon, toks: &[Tok], from: usize) -> Option<(usize, usize)> {
    if from < 2
        || !toks[from - 1].is_punct(",")
        || !matches!(toks[from].lower.as_str(), "a" | "an" | "een")
    {
        return None;
    }
    // a bracket right before the comma ("type 10 (LCA 10),") stays with the phrase
    let mut close = from - 1;
    if toks[close - 1].is_punct(")") {
        close = (0..close - 1).rev().find(|&x| toks[x].is_punct("("))?;
    }
    let (f, t) = super::analyse::np_span_before(lex, toks, close)?;
    // the phrase must open the sentence or follow a verb or preposition, and hold a word;
    // an article inside it means two phrases ("voor de mens een nutriënt")
    (t == close
        && !toks[f + 1..t].iter().any(|x| x.article())
        && (f == 0 || toks[f - 1].prep() || toks[f - 1].finite() || toks[f - 1].is("of")))
    .then_some((f, from - 1))
}

/// The predicates of a subordinate clause in `from..to`, each as (finite verb index, text in
/// main-clause order). English keeps its order; Dutch moves the verb group to the front
/// ("van het bloed leven van zoogdieren" → "leven van het bloed van zoogdieren"). A second
/// predicate after "and"/"en" is a predicate of its own.
fn clause_bodies(
    lex: &Lexicon,
    text: &str,
    toks: &[Tok],
    from: usize,
    to: usize,
    first_verb: Option<usize>,
) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = from;
    while start < to {
        // the verb group: English, the first finite verb (after an adverb); Dutch, the first
        // finite verb and the verbs next to it, or else a verb form closing the clause
        // ("dat scheurbuik geneest")
        let found = if start == from && first_verb.is_some() {
            first_verb
        } else {
            (start..to)
                .find(|&k| finite_at(lex, toks, k) && !toks[k].cap)
                .or_else(|| {
                    let last = to - 1;
                    let w = toks[last].lower.as_str();
                    (lex.dutch
                        && last > start
                        && toks[last].kind == Kind::Word
                        && !toks[last].cap
                        && !toks[last].stop()
                        && w.chars().count() > 3
                        && (w.ends_with('t') || w.ends_with("en") || w.ends_with('d'))
                        && !w.ends_with("heid"))
                    .then_some(last)
                })
        };
        let Some(f) = found else {
            break;
        };
        if !lex.dutch && f > start + 1 {
            break;
        }
        let verbish = |k: usize| {
            let t = &toks[k];
            t.kind == Kind::Word
                && !t.cap
                && (finite_at(lex, toks, k)
                    || super::rules::is_participle(lex, &t.lower)
                    || lex.verb(&t.lower).is_some_and(|(v, _, _)| v.pl == t.lower))
        };
        let mut gs = f;
        let mut ge = f + 1;
        if lex.dutch {
            while gs > start && verbish(gs - 1) && !toks[gs - 1].prep() {
                gs -= 1;
            }
            while ge < to && verbish(ge) && !toks[ge].prep() {
                ge += 1;
            }
        }
        // the end of this predicate: "and"/"en" + a new verb group, or the clause's end
        let next = (ge..to).find(|&k| {
            (toks[k].is("and") || toks[k].is("en"))
                && (k + 1..(k + 8).min(to)).any(|j| finite_at(lex, toks, j))
                && (lex.dutch
                    || toks
                        .get(k + 1)
                        .is_some_and(|n| finite_at(lex, toks, k + 1) || verb_adverb(n)))
        });
        let pe = next.unwrap_or(to);
        // "… through ducts that carry urine … and be excreted": the "and" joins the clause
        // the relative clause stands in
        let pe = (ge..pe)
            .find(|&k| {
                !lex.dutch
                    && (toks[k].is("and") || toks[k].is("or"))
                    && toks.get(k + 1).is_some_and(|n| n.is("be") || n.is("to"))
            })
            .unwrap_or(pe);
        // the finite verb of the group: an auxiliary if there is one
        let fin = (gs..ge)
            .find(|&k| lex.aux.contains(&toks[k].lower.as_str()))
            .unwrap_or(f);
        let piece = |x: usize, y: usize| -> &str {
            if x < y {
                super::tokens::span(text, toks, x, y)
            } else {
                ""
            }
        };
        let body = if lex.dutch {
            let rest_group: Vec<&str> = (gs..ge)
                .filter(|&k| k != fin)
                .map(|k| piece(k, k + 1))
                .collect();
            // a separable particle glued to the verb ("voorkomen") cannot be put first
            if (gs..ge).any(|x| {
                let w = toks[x].lower.as_str();
                w.len() > 5
                    && !lex.aux.contains(&w)
                    && [
                        "voor", "op", "aan", "af", "uit", "mee", "toe", "terug", "om", "bij",
                        "weg", "door", "over", "na", "in", "vast", "los", "neer", "rond", "tegen",
                        "achter", "open", "vrij", "samen", "onder", "terecht", "teweeg",
                    ]
                    .iter()
                    .any(|p| w.starts_with(p))
            }) {
                start = pe + 1;
                continue;
            }
            [
                piece(fin, fin + 1),
                piece(start, gs),
                &rest_group.join(" "),
                piece(ge, pe),
            ]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
        } else {
            piece(start, pe).to_string()
        };
        let words = (start..pe).filter(|&k| toks[k].kind == Kind::Word).count();
        if words >= 2 && !toks[pe - 1].prep() {
            out.push((fin, body));
        }
        start = pe + 1;
    }
    out
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
    fn a_verb_form_right_after_an_article_is_no_finite_verb() {
        assert_eq!(
            parts("The lower chambers are called ventricles.", &ENGLISH),
            (
                "".into(),
                "are".into(),
                "The lower chambers".into(),
                "called ventricles".into()
            )
        );
        assert_eq!(
            parts("De werkende bijen verzamelen nectar in de zomer.", &DUTCH).1,
            "verzamelen"
        );
        // Dutch "het" may be the subject itself
        assert_eq!(
            parts("Het remt de afzetting van calcium.", &DUTCH).1,
            "remt"
        );
    }

    #[test]
    fn an_english_amount_with_its_verb_before_a_comma_is_the_subject() {
        assert_eq!(
            parts(
                "About 80% of all known avalanches are triggered by skiers.",
                &ENGLISH
            ),
            (
                "".into(),
                "are".into(),
                "About 80% of all known avalanches".into(),
                "triggered by skiers".into()
            )
        );
        assert_eq!(
            parts(
                "35 to 50 percent of people will develop more attacks.",
                &ENGLISH
            )
            .2,
            "35 to 50 percent of people"
        );
        // the amount's comma comes first: a fronted phrase
        let p = parts(
            "About ten years later, the herd returned to the valley.",
            &ENGLISH,
        );
        assert_eq!(
            (p.0.as_str(), p.2.as_str()),
            ("About ten years later", "the herd")
        );
    }

    #[test]
    fn a_quoted_name_may_be_the_subject() {
        assert_eq!(
            parts(
                "\"Starquakes\" are far more powerful than earthquakes.",
                &ENGLISH
            )
            .1,
            "are"
        );
        // a quotation whose verb is inside the quotes is no subject
        let doc = normalise("Titel\n\n\"Sleep is important,\" says the doctor.");
        let s = sentences(&doc);
        let a = analyse(&doc, &s, &ENGLISH);
        let s = &a.sents[0];
        assert!(parse(&a, &s.text, &s.toks).is_none());
    }

    #[test]
    fn a_subject_that_ends_in_a_conjunction_is_no_parse() {
        // "seals" is not in the lexicon: the first verb found is "causes", and the subject
        // would be "Thick silica-rich magma seals vents and" (before: "What causes violent
        // explosions? → thick")
        let doc = normalise(
            "Titel\n\nThick, silica-rich magma seals vents and causes violent explosions.",
        );
        let s = sentences(&doc);
        let a = analyse(&doc, &s, &ENGLISH);
        let s = &a.sents[0];
        assert!(parse(&a, &s.text, &s.toks).is_none());
        assert_eq!(
            parts(
                "Smoking and obesity increase the risk of heart disease.",
                &ENGLISH
            )
            .2,
            "Smoking and obesity"
        );
    }

    #[test]
    fn a_dutch_front_does_not_run_past_a_colon() {
        // "berust" is not in the lexicon; before, the front ran on to "een vaccin" and the
        // subject was "verzwakte" ("Wat bevat of gedode ziekteverwekkers? → verzwakte")
        let doc = normalise(
            "Titel\n\nOp dit principe berust vaccinatie: een vaccin bevat verzwakte of gedode ziekteverwekkers.",
        );
        let s = sentences(&doc);
        let a = analyse(&doc, &s, &DUTCH);
        let s = &a.sents[0];
        assert!(parse(&a, &s.text, &s.toks).is_none());
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
    fn a_dutch_infinitive_after_te_is_no_finite_verb() {
        // round 30: "voorkomen" after "te" was taken for the verb of the fronted phrase,
        // and the sentence had no clause
        let (front, fin, subj, _) = parts(
            "Om verlies te voorkomen, worden de zaden in potten bewaard.",
            &DUTCH,
        );
        assert_eq!(
            (front.as_str(), fin.as_str(), subj.as_str()),
            ("Om verlies te voorkomen", "worden", "de zaden")
        );
        // the finite verb before an infinitive with "te" is still the verb
        let (_, fin, subj, _) = parts("Planten hebben wortels om water op te nemen.", &DUTCH);
        assert_eq!((fin.as_str(), subj.as_str()), ("hebben", "Planten"));
        let (front, fin, subj, _) =
            parts("To prevent losses, the seeds are stored in jars.", &ENGLISH);
        assert_eq!(
            (front.as_str(), fin.as_str(), subj.as_str()),
            ("To prevent losses", "are", "the seeds")
        );
    }

    #[test]
    fn a_focus_adverb_before_a_fronted_phrase_is_no_subject() {
        let (front, fin, subj, _) = parts(
            "Vooral op warme voorjaarsdagen is de kust gevoelig voor een koele zeewind.",
            &DUTCH,
        );
        assert_eq!(front, "Vooral op warme voorjaarsdagen");
        assert_eq!((fin.as_str(), subj.as_str()), ("is", "de kust"));
        let (front, _, subj, _) = parts(
            "Meestal zijn de mannetjes kleiner dan de vrouwtjes.",
            &DUTCH,
        );
        assert_eq!((front.as_str(), subj.as_str()), ("Meestal", "de mannetjes"));
        let (front, fin, subj, _) = parts(
            "Especially in spring, the pollen counts are high in many regions.",
            &ENGLISH,
        );
        assert_eq!(front, "Especially in spring");
        assert_eq!((fin.as_str(), subj.as_str()), ("are", "the pollen counts"));
        // an adverb before a noun stays with the subject
        let (front, _, subj, _) = parts("Vooral jonge haaien eten kleine vissen.", &DUTCH);
        assert_eq!((front.as_str(), subj.as_str()), ("", "Vooral jonge haaien"));
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
        // a verb of the table later on, not only an auxiliary, ends the reduced relative
        let (_, fin, subj, _) = parts(
            "A study published in 2013 showed that the brain clears waste during sleep.",
            &ENGLISH,
        );
        assert_eq!(
            (fin.as_str(), subj.as_str()),
            ("showed", "A study published in 2013")
        );
        // but not one inside a relative clause of the object
        let (_, fin, subj, _) = parts(
            "The researchers published in 2013 a paper that showed the effect.",
            &ENGLISH,
        );
        assert_eq!(
            (fin.as_str(), subj.as_str()),
            ("published", "The researchers")
        );
    }

    #[test]
    fn english_nouns_that_can_be_verbs_inside_the_subject() {
        let (_, fin, subj, rest) = parts(
            "Chronic sleep deprivation increases the risk of obesity.",
            &ENGLISH,
        );
        assert_eq!(
            (fin.as_str(), subj.as_str(), rest.as_str()),
            (
                "increases",
                "Chronic sleep deprivation",
                "the risk of obesity"
            )
        );
        let (_, fin, subj, _) = parts("Sleep loss raises the risk of diabetes.", &ENGLISH);
        assert_eq!((fin.as_str(), subj.as_str()), ("raises", "Sleep loss"));
        // a verb with its object stays the verb
        let (_, fin, subj, _) = parts("Adults need seven hours of sleep.", &ENGLISH);
        assert_eq!((fin.as_str(), subj.as_str()), ("need", "Adults"));
        let (_, fin, subj, _) = parts("Most adults need sleep patterns that work.", &ENGLISH);
        assert_eq!((fin.as_str(), subj.as_str()), ("need", "Most adults"));
    }

    fn relatives(text: &str, lang: &'static dyn Language) -> Vec<String> {
        let doc = normalise(&format!("Titel\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        let s = &a.sents[0];
        relative_statements(&a, &s.text, &s.toks, s.clause)
    }

    #[test]
    fn english_relative_clauses_state_facts_of_their_antecedent() {
        // a copula's predicate stands for the subject
        assert_eq!(
            relatives(
                "Hair cells are small sensory cells of the inner ear that transform sound vibrations into nerve impulses.",
                &ENGLISH
            ),
            vec!["Hair cells transform sound vibrations into nerve impulses."]
        );
        // an apposition stands for the phrase before its comma; an adverb stays
        assert_eq!(
            relatives(
                "The team studied three models of Leber congenital amaurosis type 10 (LCA 10), an inherited disease that often results in blindness in early childhood.",
                &ENGLISH
            ),
            vec![
                "Leber congenital amaurosis type 10 (LCA 10) often results in blindness in early childhood."
            ]
        );
        // "called X, which …": the name; a list closing the clause stays whole
        assert_eq!(
            relatives(
                "Researchers measured a stress hormone called norepinephrine, which is capable of raising heart rate, blood pressure, and glucose.",
                &ENGLISH
            ),
            vec!["Norepinephrine is capable of raising heart rate, blood pressure, and glucose."]
        );
        // the object of a verb; a verb the tables do not know is seen by its agreement
        assert_eq!(
            relatives(
                "The researchers found a gene that controls hair growth in mice.",
                &ENGLISH
            ),
            vec!["A gene controls hair growth in mice."]
        );
    }

    #[test]
    fn english_relative_clauses_that_assert_nothing_are_refused() {
        for text in [
            // restrictive, inside the subject: it restricts
            "People who are lactose intolerant have trouble digesting lactose.",
            "A vaccine that protects against many viruses is a critical public health goal.",
            // quantified antecedent
            "The study followed many people who sleep less than six hours.",
            // "the only …", "the first …": the clause defines the phrase, it says nothing
            "The team built the only probe that reaches the corona.",
            // a complementizer, not a relative pronoun
            "The researchers showed that sleep loss raises blood pressure.",
            "This is evidence that sleep matters for health.",
            // after a conjunction the pronoun may belong to the whole coordination
            "They used a drug approved by the Food and Drug Administration that keeps cells alive.",
            // an object relative: no verb after the pronoun
            "The compound that researchers identified keeps cells alive.",
        ] {
            assert_eq!(relatives(text, &ENGLISH), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn dutch_relative_clauses_take_main_clause_order() {
        assert_eq!(
            relatives(
                "Enkele soorten hebben een ander dieet, zoals de vampiervleermuizen die van het bloed leven van zoogdieren en vogels.",
                &DUTCH
            ),
            vec!["De vampiervleermuizen leven van het bloed van zoogdieren en vogels."]
        );
        assert_eq!(
            relatives(
                "Alle soorten beschikken over een enkel paar vleugels die ontstaan zijn uit de voorpoten.",
                &DUTCH
            ),
            vec!["Een enkel paar vleugels zijn ontstaan uit de voorpoten."]
        );
        // after "als" the predicate stands for the subject; a verb closing the clause
        assert_eq!(
            relatives(
                "Ascorbinezuur werd in 1932 geïdentificeerd als het middel dat scheurbuik geneest.",
                &DUTCH
            ),
            vec!["Ascorbinezuur geneest scheurbuik."]
        );
    }

    #[test]
    fn dutch_relative_clauses_that_may_be_object_clauses_are_refused() {
        for text in [
            // a noun phrase or pronoun after "die": it may be the subject
            "Vitamine C is een stof die de mens niet zelf kan aanmaken.",
            "Het is een stof die we dagelijks nodig hebben.",
            // restrictive, inside the subject
            "Organismen die energie vastleggen door middel van fotosynthese worden fototroof genoemd.",
            // a separable verb cannot be put first whole ("voorkomen" → "komen … voor")
            "Het ondergeslacht telt twee soorten honingbijen, welke voorkomen in Zuid-Azië.",
            // a complementizer after an adjective or pronominal adverb
            "In de 18e eeuw werd bekend dat citroensap een probaat middel was.",
            "Vitamine K2 zorgt ervoor dat calcium op de juiste plaatsen terechtkomt.",
            // quantified antecedent
            "K2 activeert verschillende eiwitten die betrokken zijn bij dit proces.",
        ] {
            assert_eq!(relatives(text, &DUTCH), Vec::<String>::new(), "{text}");
        }
    }

    fn subordinates(text: &str, lang: &'static dyn Language) -> Vec<String> {
        let doc = normalise(&format!("Titel\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        let s = &a.sents[0];
        subordinate_statements(&a, &s.text, &s.toks)
    }

    #[test]
    fn clauses_of_contrast_with_a_full_subject_state_facts() {
        assert_eq!(
            subordinates(
                "Small stones pass through the kidney with little discomfort, while larger stones can block the flow of urine.",
                &ENGLISH
            ),
            vec!["Larger stones can block the flow of urine."]
        );
        assert_eq!(
            subordinates(
                "De kleinere soorten worden enkele centimeters lang, terwijl de grootste soorten tot veertig cm lang kunnen worden.",
                &DUTCH
            ),
            vec!["De grootste soorten kunnen tot veertig cm lang worden."]
        );
        // two predicates, each a statement; the clause opening the sentence ends at its comma
        assert_eq!(
            subordinates(
                "Terwijl vitamine D3 de opname van calcium bevordert en de aanmaak van osteocalcine stimuleert, zorgt K2 voor de rest.",
                &DUTCH
            ),
            vec![
                "Vitamine D3 bevordert de opname van calcium.",
                "Vitamine D3 stimuleert de aanmaak van osteocalcine."
            ]
        );
    }

    #[test]
    fn conditions_pronouns_and_pointers_state_nothing() {
        for (text, lang) in [
            // a condition or a time asserts nothing
            (
                "Stones form when the urine holds more of a compound than it can dissolve.",
                &ENGLISH as &'static dyn Language,
            ),
            (
                "Als de bodem trilt, kruipen de wormen uit de grond.",
                &DUTCH,
            ),
            // a pronoun subject ("het" may be one), "the latter"
            (
                "Terwijl het calcium uit je bloedvaten houdt, zorgt het voor sterke botten.",
                &DUTCH,
            ),
            (
                "Resistance has three causes, although the latter two are the most important.",
                &ENGLISH,
            ),
            (
                "Large stones hurt, while they can also block the flow of urine.",
                &ENGLISH,
            ),
        ] {
            assert_eq!(subordinates(text, lang), Vec::<String>::new(), "{text}");
        }
    }
}
