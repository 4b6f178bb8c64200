//! Predicates coordinated after one subject ("Magnesium helps maintain …, keeps heart rhythm
//! steady, supports …, and keeps bones strong"): where a later predicate starts, and whether
//! its verb can belong to the main subject. `analyse::derive` makes each a statement.

use super::analyse::Analysis;
use super::lang::Lexicon;
use super::tokens::Tok;

/// A predicate of a list starts at `j`: a finite verb, or "and"/"en" and a finite verb.
pub fn predicate_at(lex: &Lexicon, toks: &[Tok], j: usize) -> bool {
    let verb_at = |k: usize| k < toks.len() && super::clause::finite_at(lex, toks, k);
    verb_at(j) || toks.get(j).is_some_and(|t| t.is("and") || t.is("en")) && verb_at(j + 1)
}

/// From `from` on, before any semicolon, the list closes with ", and/en" + a finite verb:
/// then a comma before a verb starts one of its predicates (not a participle phrase or an
/// apposition that happens to start with a verb form).
pub fn closes_list(lex: &Lexicon, toks: &[Tok], from: usize) -> bool {
    (from..toks.len().saturating_sub(2))
        .take_while(|&x| !toks[x].is_punct(";"))
        .any(|x| {
            toks[x].is_punct(",")
                && (toks[x + 1].is("and") || toks[x + 1].is("en"))
                && super::clause::finite_at(lex, toks, x + 2)
        })
}

const ENGLISH_MODALS: &[&str] = &[
    "can", "could", "may", "might", "will", "would", "shall", "should", "must",
];

/// `verb` can have `subject` (the main clause's, whose verb is `fin`) as its own: its number
/// agrees. A verb whose number is not known by the tables is judged by its ending.
pub fn agrees(a: &Analysis, subject: &str, fin: &Tok, verb: &Tok) -> bool {
    let lex = a.lex();
    // English past forms are the same for both numbers
    let number = |t: &Tok| -> Option<bool> {
        let w = t.lower.as_str();
        match lex.verb(w) {
            Some((_, _, true)) if !lex.dutch => None,
            Some((_, plural, _)) => Some(plural),
            None if lex.dutch => Some(w.ends_with("en") || w == "zijn"),
            // modals and past forms are the same for both numbers
            None if w.ends_with("ed") || ENGLISH_MODALS.contains(&w) => None,
            None => Some(!w.ends_with('s') || w.ends_with("ss")),
        }
    };
    let plural = super::simplify::plural_phrase(a, subject);
    // the subject's number as its own verb shows it, where the phrase's form does not
    let subject_plural = number(fin).unwrap_or(plural);
    number(verb).is_none_or(|p| p == subject_plural)
}

/// A list of predicates after commas needs more care than one "and" + verb: the verb of each
/// must agree with the subject, no infinitive marker may come before it ("NIAID is
/// supporting research to better understand malaria, develop …": infinitives, not
/// predicates of NIAID), and the subject is no adverb in first place ("Bijgevolg is …, en
/// ligt …": the subject follows the verb).
pub fn comma_list_ok(a: &Analysis, subject: &str, toks: &[Tok], fin: usize, k: usize) -> bool {
    let lex = a.lex();
    let one_word = subject.to_lowercase();
    let infinitive_marker = toks[fin + 1..k]
        .iter()
        .any(|x| x.is("to") || x.is("te") || x.is("om"));
    let fronted_adverb = lex.dutch && super::simplify::FRONT_ADVERBS.contains(&one_word.as_str())
        || lex.connectives.contains(&one_word.as_str());
    !infinitive_marker && !fronted_adverb && agrees(a, subject, &toks[fin], &toks[k + 1])
}

#[cfg(test)]
mod tests {
    use crate::generate::analyse::analyse;
    use crate::generate::check;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::rules::candidates;
    use crate::generate::sentences::sentences;

    fn analysed(lang: &'static dyn Language, text: &str) -> crate::generate::analyse::Analysis {
        let doc = normalise(&format!("Titel van de tekst\n\nOnderwerp\n\n{text}"));
        let s = sentences(&doc);
        analyse(&doc, &s, lang)
    }

    /// The derived statements of a document.
    fn derived(lang: &'static dyn Language, text: &str) -> Vec<String> {
        let a = analysed(lang, text);
        a.sents
            .iter()
            .filter(|s| s.derived)
            .map(|s| s.text.clone())
            .collect()
    }

    #[test]
    fn each_predicate_of_a_list_after_commas_is_a_statement() {
        let en = derived(
            &ENGLISH,
            "Magnesium helps maintain normal muscle function, keeps heart rhythm steady, \
             supports a healthy immune system, and keeps bones strong.",
        );
        for s in [
            "Magnesium keeps heart rhythm steady.",
            "Magnesium supports a healthy immune system.",
            "Magnesium keeps bones strong.",
        ] {
            assert!(en.iter().any(|d| d == s), "{s} not in {en:?}");
        }
        let nl = derived(
            &DUTCH,
            "De nieren houden de samenstelling van het bloed constant, en verwijderen \
             afvalstoffen uit het bloed.",
        );
        assert_eq!(
            nl,
            ["De nieren verwijderen afvalstoffen uit het bloed."],
            "{nl:?}"
        );
        let nl = derived(
            &DUTCH,
            "Reuzenhoningbijen kunnen erg agressief zijn, en zijn in staat mensen te doden.",
        );
        assert_eq!(
            nl,
            ["Reuzenhoningbijen zijn in staat mensen te doden."],
            "{nl:?}"
        );
    }

    #[test]
    fn infinitives_a_verb_of_another_number_or_a_fronted_adverb_make_no_statement() {
        // infinitives after "to": not predicates of the subject
        let en = derived(
            &ENGLISH,
            "The institute is supporting research to better understand malaria, develop new \
             drugs, and create vaccines.",
        );
        assert!(!en.iter().any(|d| d.contains("develop")), "{en:?}");
        // a plural verb after a singular subject: a subject of its own went missing
        let nl = derived(
            &DUTCH,
            "De groep onderging een snelle evolutie tijdens het Mesozoïcum, en hadden een \
             grote rol in de zee.",
        );
        assert!(nl.is_empty(), "{nl:?}");
        // the subject comes after the verb: "Bijgevolg" is none
        let nl = derived(
            &DUTCH,
            "Bijgevolg is de magnetische pool bij de Noordpool een zuidpool, en ligt bij de \
             Zuidpool de noordpool.",
        );
        assert!(
            !nl.iter().any(|d| d.starts_with("Bijgevolg ligt")),
            "{nl:?}"
        );
    }

    #[test]
    fn to_before_a_verb_is_no_place_of_a_passive() {
        let a = analysed(
            &ENGLISH,
            "Magnesium is known to be involved in energy metabolism and protein synthesis.",
        );
        let c: Vec<_> = (0..a.sents.len())
            .flat_map(|si| candidates(&a, si))
            .filter(|c| check::refuse(&a, c).is_none())
            .map(|c| c.front)
            .collect();
        assert!(!c.iter().any(|f| f.contains("known to?")), "{c:?}");
        // a place after "to" still is one
        let a = analysed(
            &ENGLISH,
            "The parasite is transmitted to humans through the bite of mosquitoes.",
        );
        let c: Vec<_> = (0..a.sents.len())
            .flat_map(|si| candidates(&a, si))
            .filter(|c| check::refuse(&a, c).is_none())
            .map(|c| c.front)
            .collect();
        assert!(c.iter().any(|f| f.contains("transmitted to?")), "{c:?}");
    }
}
