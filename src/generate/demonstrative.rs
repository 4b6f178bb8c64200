//! A demonstrative subject whose noun the sentence before names: "… the trade winds blow
//! towards the west. These winds pile up warm water …" → "The trade winds pile up …";
//! "… een samenleving met eencellige algen. Deze algen hebben licht nodig" → "De eencellige
//! algen hebben licht nodig". Only "this/these" and "deze/dit" (not "that", "such" or
//! "die": those point at a kind or a clause as often as at a thing), and only when every
//! mention of the noun in the sentence before reads the same: otherwise the sentence still
//! dangles. The card's context then holds both sentences (see `needs_prev` in `mod.rs`).

use super::analyse::{Analysis, Sent};
use super::tokens::{Kind, Tok, span};

/// The words of a plain noun phrase: no verb, function word or punctuation.
fn plain_word(t: &Tok) -> bool {
    t.kind == Kind::Word
        && !t.finite()
        && !t.stop()
        && !t.prep()
        && !t.conj()
        && !t.relative()
        && !t.article()
        && !t.pronoun()
        && !t.demonstrative()
        && !t.number_word()
        && t.lower.chars().all(char::is_alphabetic)
}

/// A word that may stand before a noun in its phrase: a plain word that is no known noun
/// and does not look plural ("trade", "eencellige", "Sumatra"; not "soorten").
fn modifier(a: &Analysis, t: &Tok) -> bool {
    let lex = a.lex();
    plain_word(t)
        && lex.noun(&t.lower).is_none()
        && !(if lex.dutch {
            t.lower.ends_with("en")
        } else {
            t.lower.ends_with('s')
        })
}

/// The noun phrase of the sentence before that ends in `noun`: the noun with at most two
/// plain words before it ("the trade winds" → "trade winds"), None when the sentence names
/// it nowhere or in two different ways.
fn named_before(a: &Analysis, prev: &Sent, noun: &str) -> Option<Named> {
    let toks = &prev.toks;
    let mut found: Option<String> = None;
    for (m, t) in toks.iter().enumerate() {
        if t.lower != noun {
            continue;
        }
        let mut from = m;
        // (a noun before it is a phrase of its own: "twee soorten kleine bijen")
        while from > 0 && m - from < 2 && modifier(a, &toks[from - 1]) {
            from -= 1;
        }
        // "Mars, the fourth planet from the Sun, is …" / "Fotosynthese is een proces …":
        // the noun names the kind of the subject, which is what "this planet" means
        if from >= 2
            && toks[from - 1].article()
            && (toks[from - 2].is_punct(",") || a.lex().copula.contains(&toks[from - 2].lower.as_str()))
            && let Some(subject) = super::simplify::simple_subject(a, prev)
            && subject.split_whitespace().count() <= 3
            // the comma or copula follows the subject itself
            && a.lex().tokenize(&subject).len() == from - 2
        {
            return Some(Named::Subject(subject));
        }
        let phrase = span(&prev.text, toks, from, m + 1);
        let phrase = if from == 0 {
            a.unstart(phrase)
        } else {
            phrase.to_string()
        };
        if found.as_ref().is_some_and(|f| *f != phrase) {
            return None;
        }
        found = Some(phrase);
    }
    found.map(Named::Phrase)
}

/// How the sentence before names a demonstrative's noun.
enum Named {
    /// A noun phrase ending in it ("the trade winds").
    Phrase(String),
    /// As the kind of its subject: the subject.
    Subject(String),
}

/// Nouns of kind that a demonstrative may put before the noun it points at.
fn kind_word(w: &str) -> bool {
    matches!(
        w,
        "soort" | "type" | "slag" | "vorm" | "kind" | "kinds" | "sort" | "sorts" | "types"
    )
}

/// For a sentence that opens with "this/these/deze/dit" and a noun phrase, the last token
/// of that phrase and what replaces it (article and noun phrase, capitalised), when the
/// sentence before names the noun.
pub fn from_prev(
    a: &Analysis,
    text: &str,
    toks: &[Tok],
    prev: Option<&Sent>,
) -> Option<(usize, String)> {
    let lex = a.lex();
    let prev = prev.filter(|p| !p.derived)?;
    let article = match toks.first()?.lower.as_str() {
        "this" | "these" => "The",
        "deze" => "De",
        "dit" => "Het",
        _ => return None,
    };
    // the phrase runs to the verb, a preposition or a comma: "These Martian moons may …",
    // "This wall of water is …"
    // (a verb form right after the demonstrative is its noun: "These winds pile up …", but
    // not "This makes it harder …")
    let noun_first = |t: &Tok| {
        t.finite()
            && !t.stop()
            && toks
                .get(2)
                .is_some_and(|n| n.kind == Kind::Word && !n.article() && !n.pronoun() && !n.stop())
    };
    let end = (1..toks.len().min(5))
        .find(|&k| !(plain_word(&toks[k]) || k == 1 && noun_first(&toks[k])))
        .unwrap_or(toks.len().min(5));
    if end < 2 || end >= toks.len() {
        return None;
    }
    // "Dit soort telescopen", "this kind of cell": the phrase names the kind just
    // described, not the noun the sentence before names ("Het soort telescopen" is no
    // telescope a learner can tell)
    if end > 2 && kind_word(&toks[1].lower) {
        return None;
    }
    // the noun is the last word of the phrase that the sentence before names ("These
    // winds pile up …": "pile" is a verb the tables do not know)
    let (k, named) = (1..end).rev().find_map(|k| {
        let noun = &toks[k];
        // the phrase is the subject: a verb (or an aside) follows it, not the sentence's end
        let then = toks.get(k + 1)?;
        if noun.lower.chars().count() < 3
            || lex.is_stop(&noun.lower)
            || then.kind == Kind::Punct && !then.is_punct(",")
        {
            return None;
        }
        named_before(a, prev, &noun.lower).map(|n| (k, n))
    })?;
    // the sentence's own words before the noun say more than the sentence before:
    // "These Martian moons" after "two tiny moons" stays "The Martian moons"
    let phrase = match named {
        Named::Subject(s) => return Some((k, super::lang::nl::capitalise(&s))),
        Named::Phrase(_) if k > 1 => span(text, toks, 1, k + 1).to_string(),
        Named::Phrase(p) => p,
    };
    Some((k, format!("{article} {phrase}")))
}

#[cfg(test)]
mod tests {
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::sentences::sentences;

    /// (simplified text, dangling, resolved) of every sentence of a one-section document.
    fn sents(lang: &'static dyn Language, text: &str) -> Vec<(String, bool, Option<String>)> {
        let doc = normalise(&format!("Titel van de tekst\n\nOnderwerp\n\n{text}"));
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        a.sents
            .iter()
            .filter(|s| !s.derived)
            .map(|s| (s.text.clone(), s.dangling, s.resolved.clone()))
            .collect()
    }

    #[test]
    fn a_demonstrative_takes_the_noun_phrase_named_before() {
        let s = sents(
            &ENGLISH,
            "In spring the monsoon winds blow from the sea towards the land. These winds carry \
             moist air far inland.",
        );
        assert_eq!(
            s[1].0, "The monsoon winds carry moist air far inland.",
            "{s:?}"
        );
        assert!(!s[1].1 && s[1].2.is_some(), "{s:?}");
        let s = sents(
            &DUTCH,
            "Veel mossen leven samen met kleine groene algen in de schors. Deze algen maken \
             suiker uit zonlicht.",
        );
        assert_eq!(
            s[1].0, "De kleine groene algen maken suiker uit zonlicht.",
            "{s:?}"
        );
        // its own words say more than the sentence before
        let s = sents(
            &ENGLISH,
            "Jupiter has four large moons and many small ones. These Galilean moons were found \
             in 1610.",
        );
        assert_eq!(s[1].0, "The Galilean moons were found in 1610.", "{s:?}");
        // the noun names the kind of the subject: the subject
        let s = sents(
            &DUTCH,
            "Kieming is een proces waarbij een zaad uitgroeit tot een plant. Dit proces begint \
             met de opname van water.",
        );
        assert_eq!(s[1].0, "Kieming begint met de opname van water.", "{s:?}");
    }

    #[test]
    fn a_demonstrative_without_its_noun_before_still_dangles() {
        // the noun is not named in the sentence before
        let s = sents(
            &ENGLISH,
            "Rain falls on the hills and runs off into streams. This process shapes the valleys.",
        );
        assert!(s[1].1, "{s:?}");
        let s = sents(
            &DUTCH,
            "De bladeren vallen in de herfst van de bomen. Deze kenmerken maken de boom herkenbaar.",
        );
        assert!(s[1].1, "{s:?}");
        // two different phrases end in the noun: no telling which one is meant
        let s = sents(
            &ENGLISH,
            "Warm currents and cold currents meet near the coast. These currents bring fish.",
        );
        assert!(s[1].1, "{s:?}");
        // "dit" with a verb and a noun after it is no noun phrase of its own
        let s = sents(
            &DUTCH,
            "Soms ontstaat er een vorm van kieming zonder licht. Dit heet donkerkieming.",
        );
        assert!(s[1].1, "{s:?}");
        // "dit soort" names the kind just described, not the telescopes named before
        let s = sents(
            &DUTCH,
            "Grotere telescopen hebben meestal een spiegel. Dit soort telescopen wordt ook \
             wel reflector genoemd.",
        );
        assert!(s[1].1 && s[1].2.is_none(), "{s:?}");
        // "such" points at a kind, not at the thing named before
        let s = sents(
            &ENGLISH,
            "The disease is caused by mutations of one gene. Such mutations are rare in adults.",
        );
        assert!(s[1].1, "{s:?}");
    }
}
