//! Other names joined by "of"/"or" in the subject of a defining sentence (round 15):
//! "De juffers of gelijkvleugeligen (Zygoptera) zijn een onderorde van de libellen" →
//! *Hoe worden de juffers ook genoemd? → gelijkvleugeligen*; "Vlinders, kapellen of
//! schubvleugeligen (Lepidoptera) zijn een orde …" → *Hoe worden vlinders ook genoemd? →
//! kapellen of schubvleugeligen*; "Sea cucumbers, or holothurians, are a class of …" → *What
//! are sea cucumbers also called? → holothurians*. Only the opening subject of a sentence
//! whose copula is followed by an indefinite article and a group of living things (a class,
//! order, family ...): "Kaas of melk is een goede bron van calcium" names two things.

use super::{Ctx, Rule};
use crate::generate::tokens::Kind;

const COPULA: &[&str] = &["zijn", "is", "vormen", "vormt", "are", "form"];
const INDEFINITE: &[&str] = &["een", "a", "an"];
/// What a defining sentence says its subject is: a group of living things.
const TAXA: &[&str] = &[
    "klasse",
    "orde",
    "infraorde",
    "onderorde",
    "familie",
    "onderfamilie",
    "superfamilie",
    "geslacht",
    "stam",
    "groep",
    "class",
    "order",
    "suborder",
    "infraorder",
    "family",
    "subfamily",
    "superfamily",
    "genus",
    "phylum",
    "group",
];

pub(super) fn other_names(cx: &mut Ctx) {
    let Some(n) = split(cx) else {
        return;
    };
    let toks = cx.toks();
    let anchor = cx.a.unstart(cx.sp(0, n.first_end));
    let plural = !matches!(toks[n.verb].lower.as_str(), "is" | "vormt");
    let q = match (cx.lex().dutch, plural) {
        (true, false) => format!("Hoe wordt {anchor} ook genoemd?"),
        (true, true) => format!("Hoe worden {anchor} ook genoemd?"),
        (false, false) => format!("What is {anchor} also called?"),
        (false, true) => format!("What are {anchor} also called?"),
    };
    let ans = cx.sp(n.others.0, n.others.1).to_string();
    cx.push(Rule::Naming, q, &ans, false);
    // "ook genoemd" is no word of the sentence: the question shares one or two stems with it,
    // which ranks a rule's card low; a thing's other name is what a teacher asks first
    cx.adjust_last(15);
}

/// A defining sentence's subject with other names: where the first name ends, the other
/// names' span (the last one ends before a bracket, a comma or the copula) and the copula.
pub(super) struct OtherNames {
    pub first_end: usize,
    pub others: (usize, usize),
    pub verb: usize,
}

pub(super) fn split(cx: &Ctx) -> Option<OtherNames> {
    let toks = cx.toks();
    if toks.len() < 6 || cx.s.dangling {
        return None;
    }
    let dutch = cx.lex().dutch;
    let or = if dutch { "of" } else { "or" };
    let o = (1..toks.len().min(7)).find(|&k| toks[k].is(or))?;
    let word = |k: usize| {
        toks[k].kind == Kind::Word && !toks[k].cap && !toks[k].stop() && !toks[k].pronoun()
    };
    // the first name: an optional article and one to three words, lower case after the first
    let a0 = usize::from(toks[0].article());
    let mut a1 = a0;
    while a1 < o && toks[a1].kind == Kind::Word && (a1 == 0 || word(a1)) && !toks[a1].stop() {
        a1 += 1;
    }
    if a1 == a0 || a1 - a0 > 3 {
        return None;
    }
    // "Vlinders, kapellen of …": one more name behind a comma; English "X, or Y," has commas
    let mut b0 = o + 1;
    let first_other = if a1 + 2 == o && toks[a1].is_punct(",") && word(a1 + 1) {
        Some(a1 + 1)
    } else if a1 == o || !dutch && a1 + 1 == o && toks[a1].is_punct(",") {
        None
    } else {
        return None;
    };
    if b0 >= toks.len() || !word(b0) {
        return None;
    }
    let b1 = b0 + 1;
    // then an optional Latin name in brackets and an optional comma, then the copula
    let mut v = b1;
    if v < toks.len() && toks[v].is_punct("(") {
        match (v + 1..toks.len().min(v + 5)).find(|&x| toks[x].is_punct(")")) {
            Some(close) => v = close + 1,
            None => return None,
        }
    }
    if v < toks.len() && toks[v].is_punct(",") {
        v += 1;
    }
    if v + 1 >= toks.len()
        || !COPULA.contains(&toks[v].lower.as_str())
        || !INDEFINITE.contains(&toks[v + 1].lower.as_str())
        || !(v + 2..toks.len().min(v + 5)).any(|x| TAXA.contains(&toks[x].lower.as_str()))
    {
        return None;
    }
    if let Some(f) = first_other {
        b0 = f;
    }
    Some(OtherNames {
        first_end: a1,
        others: (b0, b1),
        verb: v,
    })
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn other_names_in_a_defining_subject() {
        assert_card(
            &DUTCH,
            "De zeekomkommers of zeegurken (Holothuroidea) zijn een klasse van stekelhuidigen.",
            Rule::Naming,
            "Hoe worden de zeekomkommers ook genoemd?",
            "zeegurken",
        );
        assert_card(
            &DUTCH,
            "Kreeften, zeekreeften of homarussen zijn een familie van tienpotige kreeftachtigen.",
            Rule::Naming,
            "Hoe worden kreeften ook genoemd?",
            "zeekreeften of homarussen",
        );
        assert_card(
            &ENGLISH,
            "Sea cucumbers, or holothurians, are a class of marine animals.",
            Rule::Naming,
            "What are sea cucumbers also called?",
            "holothurians",
        );
    }

    #[test]
    fn two_things_or_no_definition_give_no_other_name() {
        let langs: [&'static dyn crate::generate::lang::Language; 2] = [&DUTCH, &ENGLISH];
        for (lang, text) in [
            (
                langs[0],
                "Kaas of melk is een goede bron van calcium voor kinderen.",
            ),
            (
                langs[0],
                "De kikkers of de padden zijn een groep van amfibieën in Europa.",
            ),
            (
                langs[0],
                "Kreeften of krabben leven vooral op de bodem van de zee.",
            ),
            (
                langs[1],
                "Tea or coffee is the drink of choice for many people.",
            ),
        ] {
            let c = cards(lang, text);
            assert!(
                !c.iter()
                    .any(|(_, f, _)| f.contains("ook genoemd") || f.contains("also called")),
                "{c:#?}"
            );
        }
    }
}
