//! A gap that holds only a vague or relational noun asks for nothing a learner can recall:
//! "Many {{factors}} determine …", "in a {{variety}} of rock types", "{{Voorbeelden}} zijn
//! de vogelspinnen", "Heel lang was er de {{veronderstelling}} dat …", "a broken bone is
//! {{the first sign}} that …". The word is shown; the card's other gaps decide.

use super::super::lang::Lexicon;
use super::super::tokens::{Kind, Tok};

/// Nouns that name a kind, group, part, member or example of something else: the
/// something else is the fact, never the noun. Alone they are no gap (`vague`); before
/// "of"/"van" they are no head of the gap after it (`of_head_before` in cloze.rs, which
/// adds amounts and the like of its own).
pub(super) fn kind_noun(w: &str) -> bool {
    // a match on the length first, not a scan of a list
    matches!(
        w,
        "kind"
            | "kinds"
            | "sort"
            | "sorts"
            | "type"
            | "types"
            | "form"
            | "forms"
            | "part"
            | "parts"
            | "group"
            | "groups"
            | "variety"
            | "range"
            | "example"
            | "examples"
            | "member"
            | "members"
            | "soort"
            | "soorten"
            | "vorm"
            | "vormen"
            | "deel"
            | "delen"
            | "groep"
            | "groepen"
            | "reeks"
            | "voorbeeld"
            | "voorbeelden"
            | "lid"
            | "leden"
            | "onderdeel"
            | "onderdelen"
    )
}

/// Nouns that stand in for what they point at: a reason, factor or sign of it, a means to
/// it, an assumption that it holds ("Heel lang was er de {{veronderstelling}} dat …", "een
/// probaat {{middel}} ter voorkoming van …"): what follows them is the fact.
fn stand_in_noun(w: &str) -> bool {
    matches!(
        w,
        "factor"
            | "factors"
            | "reason"
            | "reasons"
            | "sign"
            | "signs"
            | "quality"
            | "means"
            | "assumption"
            | "reden"
            | "redenen"
            | "middel"
            | "middelen"
            | "veronderstelling"
            | "aanname"
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
                | "belangrijkste"
                // adjectives that judge how well a means works ("een probaat middel")
                | "probaat"
                | "effectief"
                | "effective"
        )
}

/// The gap `toks[f..e]` is a vague noun (or one of the lexicon's relational nouns: "a
/// variety of {{causes}}", "based on {{symptoms}}"), alone or after articles, quantifiers
/// and adjectives of degree only.
pub(super) fn vague(lex: &Lexicon, toks: &[Tok], f: usize, e: usize) -> bool {
    // the last word first: most gaps end on no vague noun
    let last = &toks[e - 1];
    last.kind == Kind::Word
        && (kind_noun(&last.lower)
            || stand_in_noun(&last.lower)
            || lex.relational.contains(&last.lower.as_str()))
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
        // one list of kind and part nouns serves both this test and `of_head_before`
        // (round 30): a part or member alone asks for nothing either, nor does a means or
        // an assumption with a word that judges it
        for (lang, text, want) in [
            (&ENGLISH as &'static dyn Language, "a part", true),
            (&ENGLISH, "the members", true),
            (&ENGLISH, "an effective means", true),
            (&DUTCH, "het onderdeel", true),
            (&DUTCH, "een effectief middel", true),
            (&DUTCH, "de aanname", true),
            (&ENGLISH, "body parts", false),
            (&DUTCH, "een geneesmiddel", false),
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
