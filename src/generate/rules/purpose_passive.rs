//! The purpose of a passive (round 28): "De klei wordt enige maanden in donkere kelders
//! opgeslagen om te rotten" → *Waarom wordt de klei enige maanden in donkere kelders
//! opgeslagen? → om te rotten*; "Such drugs are kept behind the pharmacy counter to prevent
//! their misuse" → *Why are such drugs kept behind the pharmacy counter? → to prevent their
//! misuse*. The purpose rule leaves other auxiliaries alone: "is important to …", "is able
//! to …" and "is known to …" complete the verb and are no purpose.

use super::is_participle;
use crate::generate::lang::Lexicon;
use crate::generate::tokens::Tok;

/// The finite verbs of a passive (and of a Dutch perfect with "zijn": "zijn … getrokken om
/// te paaien").
pub(super) fn passive_aux(w: &str) -> bool {
    matches!(
        w,
        "wordt" | "worden" | "werd" | "werden" | "is" | "zijn" | "was" | "waren" | "are" | "were"
    )
}

/// Participles whose infinitive says what, not why ("wordt gebruikt om", "is designed to",
/// "werd gevraagd om"), or which other rules ask.
const NOT_PURPOSE: &[&str] = &[
    "used",
    "designed",
    "intended",
    "meant",
    "needed",
    "required",
    "made",
    "asked",
    "allowed",
    "encouraged",
    "advised",
    "told",
    "urged",
    "forced",
    "supposed",
    "expected",
    "known",
    "thought",
    "believed",
    "said",
    "shown",
    "found",
    "considered",
    "gebruikt",
    "bedoeld",
    "gevraagd",
    "gedwongen",
    "aangeraden",
    "geadviseerd",
    "verzocht",
    "ontworpen",
    // adjectives built like participles: "is verplicht om …", "is bekend om zijn … te"
    "verplicht",
    "geneigd",
    "gewend",
    "bekend",
    "toegestaan",
    "begonnen",
    "gestopt",
];

/// English irregular participles the lexicon does not list ("are kept behind the counter").
const IRREGULAR: &[&str] = &[
    "kept", "held", "sent", "built", "brought", "put", "left", "set", "grown", "spread",
];

/// Whether a passive participle stands between the clause's start `r0` and the purpose at
/// `k`: Dutch puts it right before "om" ("opgeslagen om"); English puts it first in the
/// rest ("are kept behind the counter to"), with a phrase between it and "to" so that
/// "is thought to" and the like stay out.
pub(super) fn participle_before(lex: &Lexicon, toks: &[Tok], r0: usize, k: usize) -> bool {
    let ok = |t: &Tok| {
        !t.cap
            && !NOT_PURPOSE.contains(&t.lower.as_str())
            && (is_participle(lex, &t.lower) || IRREGULAR.contains(&t.lower.as_str()))
    };
    if lex.dutch {
        return k > r0 && ok(&toks[k - 1]);
    }
    // an adverb may come first ("are often kept")
    (r0..(r0 + 2).min(k)).any(|p| ok(&toks[p]) && k > p + 2)
}

/// An en or em dash: it closes a purpose ("to prevent their use in making
/// methamphetamine—a powerful stimulant …"); a hyphen inside a word does not.
pub(super) fn dash(source: &str) -> bool {
    matches!(source, "—" | "–")
}
