//! A gap that holds only a vague or relational noun asks for nothing a learner can recall:
//! "Many {{factors}} determine …", "in a {{variety}} of rock types", "{{Voorbeelden}} zijn
//! de vogelspinnen", "Heel lang was er de {{veronderstelling}} dat …", "a broken bone is
//! {{the first sign}} that …". The word is shown; the card's other gaps decide.

use super::super::lang::Lexicon;
use super::super::tokens::{Kind, Tok};

/// Nouns that name a kind, a group, a part, a reason or an example of something else: the
/// something else is the fact, never the noun.
fn vague_noun(w: &str) -> bool {
    // a match on the length first, not a scan of a list
    matches!(
        w,
        "factor"
            | "factors"
            | "variety"
            | "reason"
            | "reasons"
            | "example"
            | "examples"
            | "sign"
            | "signs"
            | "kind"
            | "kinds"
            | "sort"
            | "sorts"
            | "group"
            | "groups"
            | "quality"
            | "soort"
            | "soorten"
            | "groep"
            | "groepen"
            | "voorbeeld"
            | "voorbeelden"
            | "veronderstelling"
            | "middel"
            | "reden"
            | "redenen"
    )
}

/// Words that may stand before a vague noun without making it a term: articles,
/// quantifiers, ordinals and adjectives of degree ("the exact reasons", "the first sign",
/// "een probaat middel", "die soorten").
fn vague_modifier(t: &Tok) -> bool {
    t.article()
        || t.demonstrative()
        || matches!(
            t.lower.as_str(),
            "first"
                | "main"
                | "exact"
                | "many"
                | "several"
                | "other"
                | "some"
                | "certain"
                | "various"
                | "different"
                | "eerste"
                | "veel"
                | "vele"
                | "andere"
                | "enkele"
                | "sommige"
                | "verschillende"
                | "bepaalde"
                | "probaat"
                | "belangrijkste"
        )
}

/// The gap `toks[f..e]` is a vague noun (or one of the lexicon's relational nouns: "a
/// variety of {{causes}}", "based on {{symptoms}}"), alone or after articles, quantifiers
/// and adjectives of degree only.
pub(super) fn vague(lex: &Lexicon, toks: &[Tok], f: usize, e: usize) -> bool {
    // the last word first: most gaps end on no vague noun
    let last = &toks[e - 1];
    last.kind == Kind::Word
        && (vague_noun(&last.lower) || lex.relational.contains(&last.lower.as_str()))
        && e - f <= 4
        && toks[f..e - 1].iter().all(vague_modifier)
}

#[cfg(test)]
mod tests {
    use super::super::tests::all_clozes;
    use super::vague;
    use crate::generate::lang::Language;
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn a_vague_noun_alone_is_no_gap_and_the_other_gaps_stay() {
        let c = all_clozes(
            &ENGLISH,
            "Caves\n\nCaves are formed by water. Many factors determine the shape that \
             speleothems will take. Caves are found in a variety of rock types and in ice. \
             The factors are many. A variety of caves exists. Limestone caves form in \
             limestone.",
        );
        assert!(!c.contains("{{c1::factors}}"), "{c}");
        assert!(!c.contains("::variety}}"), "{c}");
        assert!(
            c.contains("Many factors determine {{c1::the shape}} that"),
            "{c}"
        );
        let c = all_clozes(
            &ENGLISH,
            "Bones\n\nBones break. For many people, a broken bone is the first sign that \
             they have osteoporosis. The first sign is pain. Osteoporosis makes bones weak.",
        );
        assert!(!c.contains("::the first sign}}"), "{c}");
        let c = all_clozes(
            &DUTCH,
            "Spinnen\n\nSpinnen zijn dieren. Voorbeelden zijn de vogelspinnen die in \
             Noord-Amerika leven. Voorbeelden zijn er veel. Vogelspinnen zijn groot.",
        );
        assert!(!c.contains("::Voorbeelden}}"), "{c}");
        assert!(c.contains("::vogelspinnen}}"), "{c}");
        let c = all_clozes(
            &DUTCH,
            "Spechten\n\nSpechten hameren. Heel lang was er de veronderstelling dat de \
             specht een schokdemper heeft. Die veronderstelling bleek onjuist. Die \
             veronderstelling was oud.",
        );
        assert!(!c.contains("::veronderstelling}}"), "{c}");
    }

    #[test]
    fn a_term_with_a_vague_word_in_it_stays_a_gap() {
        // the vague noun is a part of the term, not all of it
        for (lang, text, want) in [
            (&ENGLISH as &'static dyn Language, "the exact reasons", true),
            (&ENGLISH, "risk factors", false),
            (&ENGLISH, "blood groups", false),
            (&DUTCH, "een probaat middel", true),
            (&DUTCH, "uitgestorven soorten", false),
            // the lexicon's relational nouns: "without {{symptoms}}", "de {{oorzaken}}"
            (&ENGLISH, "symptoms", true),
            (&DUTCH, "de oorzaken", true),
            (&ENGLISH, "celiac symptoms", false),
        ] {
            let toks = lang.lex().tokenize(text);
            assert_eq!(vague(lang.lex(), &toks, 0, toks.len()), want, "{text}");
        }
        let c = all_clozes(
            &DUTCH,
            "Slakken\n\nSlakken zijn weekdieren. Er zijn slakken met een huisje \
             (huisjesslakken) en slakken zonder huisje, soorten die door middel van kieuwen \
             ademen. Soorten verschillen. Huisjesslakken dragen een huisje.",
        );
        assert!(c.contains("::huisjesslakken}}"), "{c}");
        assert!(!c.contains("::soorten}}"), "{c}");
    }
}
