//! A gloss in brackets (round 13).
//!
//! * A term with its description: "de blubber (isolerende vetlaag)" → "Wat is de blubber?" →
//!   isolerende vetlaag; "struvite (a phosphate mineral)" → "What is struvite?" → a phosphate
//!   mineral. The description is two to eight words of a noun phrase: no verb, no
//!   coordination (a list of examples, "knoppen en scheuten"), no number, no capital (a
//!   Latin or proper name is `scientific_name`'s or `acronym`'s), not an aside ("zie ook
//!   …", "meervoud …", "or …", "known as …": `called_in_brackets`).
//! * A description with its term: "blood in the urine (hematuria)" → "What is blood in the
//!   urine called?" → hematuria; "water in de longen (longoedeem)" → "Hoe heet water in de
//!   longen?". One lower-case word in the brackets after a noun with one phrase of its own
//!   (noun, preposition, noun phrase), so that the term names the whole description; a
//!   single noun before the brackets ("de matrix (vloeistof)") could be glossed either way
//!   and is left alone.

use super::{Ctx, Rule, tidy};
use crate::generate::analyse::np_span_before;
use crate::generate::tokens::{Kind, Tok};

/// Words that open an aside in brackets, not a description.
const ASIDES: &[&str] = &[
    "zie",
    "see",
    "meervoud",
    "plural",
    "enkelvoud",
    "singular",
    "or",
    "of",
    "ook",
    "also",
    "known",
    "called",
    "genoemd",
    "bekend",
    "later",
    "zogenaamde",
    "zogeheten",
    "so-called",
    "e",
    "bijv",
    "bijvoorbeeld",
    "for",
    "voor",
    "in",
    "from",
    "van",
    "uit",
    "niet",
    "not",
    "vooral",
    "especially",
    "about",
    "ongeveer",
    "ca",
    "circa",
    "approximately",
    // round 15: "de kikkers (inclusief padden)", "tegenhanger (geen nauwe verwant)"
    "inclusief",
    "including",
    "exclusief",
    "excluding",
    "behalve",
    "except",
    "geen",
    "no",
    // round 30: "een geel-groenige (soms zwarte) vloeistof": a hedge qualifies the word
    // before, it names nothing
    "soms",
    "sometimes",
    "vaak",
    "often",
    "meestal",
    "usually",
    "mostly",
];

/// The tokens inside the brackets opened at `k`, if they close within `max` tokens.
fn inside(toks: &[Tok], k: usize, max: usize) -> Option<usize> {
    (k + 1..toks.len().min(k + 2 + max))
        .find(|&x| toks[x].is_punct(")") || toks[x].is_punct("("))
        .filter(|&m| toks[m].is_punct(")"))
}

pub(super) fn bracket_gloss(cx: &mut Ctx) {
    // the gloss stands in brackets: a sentence without "(" is not scanned
    if !cx.has(super::HAS_OPEN) {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    for k in 1..toks.len().saturating_sub(2) {
        if !toks[k].is_punct("(") {
            continue;
        }
        // "Laryngospasm (uncontrolled tightening of the vocal cords)": a list item that is
        // only a term and its gloss says what the term is, whatever the gloss holds
        let whole = super::whole_gloss::whole_gloss(toks, k);
        let Some(m) = inside(toks, k, if whole { 16 } else { 8 }) else {
            continue;
        };
        let inner = &toks[k + 1..m];
        if inner.is_empty()
            || inner.iter().any(|t| {
                t.cap
                    || t.kind == Kind::Num
                    || t.kind == Kind::Punct && !t.is_punct("-")
                    || t.finite() && !whole
                    || t.conj() && !whole
                    || t.pronoun() && !t.article()
                    || t.number_word()
                    || t.unit()
            })
            || ASIDES.contains(&inner[0].lower.as_str())
                && !(whole && super::whole_gloss::negated_gloss(&inner[0].lower))
        {
            continue;
        }
        let Some((a0, a1)) = np_span_before(lex, toks, k) else {
            continue;
        };
        if a1 != k || a0 >= a1 || whole && a0 != 0 {
            continue;
        }
        let words = inner.iter().filter(|t| t.kind == Kind::Word).count();
        if whole {
            super::whole_gloss::term_with_gloss(cx, a1, k + 1, m);
        } else if words >= 2 {
            term_with_description(cx, a0, a1, k + 1, m);
        } else {
            description_with_term(cx, a0, a1, k + 1, m);
        }
    }
}

/// The anchor of a gloss: a short common noun phrase (no name, pronoun, demonstrative,
/// number or verb).
pub(super) fn plain_anchor(cx: &Ctx, a0: usize, a1: usize, max: usize) -> bool {
    let toks = cx.toks();
    let lex = cx.lex();
    let anchor = &toks[a0..a1];
    anchor.len() <= max
        && !anchor.iter().any(|t| {
            t.pronoun() && !t.article()
                || t.demonstrative()
                || t.kind == Kind::Num
                || t.number_word()
                || t.kind == Kind::Punct && !t.is_punct("-")
                || lex.is_finite(&t.lower)
                || t.conj()
        })
        && !anchor.iter().all(|t| t.stop())
        && !(a0..a1).any(|x| super::super::analyse::is_name_tok(cx.a, &cx.s.text, toks, x))
}

/// "de blubber (isolerende vetlaag)" → "Wat is de blubber?" → isolerende vetlaag
fn term_with_description(cx: &mut Ctx, a0: usize, a1: usize, i0: usize, i1: usize) {
    let toks = cx.toks();
    // the description is a noun phrase: it ends on a content word
    if toks[i1 - 1].stop() || toks[i1 - 1].prep() || !plain_anchor(cx, a0, a1, 4) {
        return;
    }
    // "ten opzichte van het noorden (de kompasrichting)", "by means of X (…)": a
    // preposition before the anchor and one inside it make a compound preposition, whose
    // noun is no term
    // ("ten" and "ter" are old contractions of "te" and an article: prepositions only)
    if a0 >= 1
        && (toks[a0 - 1].prep() || toks[a0 - 1].is("ten") || toks[a0 - 1].is("ter"))
        && toks[a0..a1].iter().any(|t| t.prep())
    {
        return;
    }
    // "een essentieel nutriënt (een stof die …)": a description must not start with a
    // relative or hold a preposition before its noun
    // the description is a class ("a phosphate mineral", "isolerende vetlaag"), not a
    // relation of its own ("loss of thyroid function", "the highlands of the moon")
    if toks[i0..i1]
        .iter()
        .any(|t| t.prep() || t.relative() && !t.article())
    {
        return;
    }
    // "tussen de cellen (grauwe schimmel) of op het oppervlak (echte meeldauw)": places
    // side by side, each with what is found there, are no glosses (round 14)
    let before_or =
        toks.get(i1 + 1).is_some_and(|t| t.conj()) && toks.get(i1 + 2).is_some_and(|t| t.prep());
    let after_or = a0 >= 2 && toks[a0 - 1].prep() && toks[a0 - 2].conj();
    if a0 >= 1 && toks[a0 - 1].prep() && (before_or || after_or) {
        return;
    }
    let anchor = if a0 == 0 {
        cx.a.unstart(cx.sp(a0, a1))
    } else {
        cx.sp(a0, a1).to_string()
    };
    let plural = super::super::simplify::plural_phrase(cx.a, &anchor);
    let q = cx.a.lang.what_is(&anchor, plural);
    let ans = cx.sp(i0, i1).to_string();
    cx.push(Rule::Definition, tidy(&q), &ans, false);
    // "Wat is de blubber?" can share only its one term with the sentence: the gloss is what
    // the sentence says about it, so the short question loses nothing
    if toks[a0..a1].iter().filter(|t| !t.stop()).count() == 1 {
        cx.adjust_last(GLOSS_ONE_WORD);
    }
}

/// Offsets `rank`'s penalty for a question that shares one stem with its sentence.
pub(super) const GLOSS_ONE_WORD: i32 = 20;

/// "blood in the urine (hematuria)" → "What is blood in the urine called?" → hematuria
fn description_with_term(cx: &mut Ctx, a0: usize, a1: usize, i0: usize, i1: usize) {
    let toks = cx.toks();
    let lex = cx.lex();
    let term = &toks[i0];
    if i1 != i0 + 1 || term.kind != Kind::Word || term.stop() || term.lower.len() < 4 {
        return;
    }
    // the noun phrase before the brackets is the object of a preposition after a noun:
    // "blood in the urine"
    if a0 < 2 || !toks[a0 - 1].prep() || toks[a0 - 1].is("of") || toks[a0 - 1].is("van") {
        plural_synonym(cx, a0, a1, i0);
        return;
    }
    let Some((d0, d1)) = np_span_before(lex, toks, a0 - 1) else {
        return;
    };
    if d1 != a0 - 1 || d1 - d0 > 3 || !plain_anchor(cx, d0, a1, 7) {
        return;
    }
    // "vindt plaats in het zeeflichaampje (glomerulus)": "plaats" is the verb's, no noun
    if (d0..d1).any(|x| super::verb_particle::is_verb_particle(toks, x)) {
        return;
    }
    // "Het hart grenst aan het middenrif (diafragma)": the clause's verb (one the tables do
    // not know) closes the description, it is no part of it
    if cx.s.clause.is_some_and(|c| (d0..d1).contains(&c.fin)) {
        return;
    }
    // the head noun opens the description (no article, or an article and a noun): a
    // preposition or verb before it closes the phrase ("can result in blood in the urine");
    // a noun before a preposition makes it part of a longer one ("ducts that carry urine
    // from the kidneys to the bladder (ureters)": not "the kidneys to the bladder")
    let verb = |t: &Tok| {
        lex.is_finite(&t.lower)
            || lex.verb(&t.lower).is_some()
            || lex.aux.contains(&t.lower.as_str())
    };
    let opens = d0 == 0
        || toks[d0 - 1].kind == Kind::Punct
        || verb(&toks[d0 - 1])
        || toks[d0 - 1].prep() && d0 >= 2 && verb(&toks[d0 - 2]);
    if !opens {
        return;
    }
    let desc = if d0 == 0 {
        cx.a.unstart(cx.sp(d0, a1))
    } else {
        cx.sp(d0, a1).to_string()
    };
    let head = cx.sp(d0, d1);
    let plural = super::super::simplify::plural_phrase(cx.a, head);
    let q = match (lex.dutch, plural) {
        (true, false) => format!("Hoe heet {desc}?"),
        (true, true) => format!("Hoe heten {desc}?"),
        (false, false) => format!("What is {desc} called?"),
        (false, true) => format!("What are {desc} called?"),
    };
    let ans = cx.sp(i0, i1).to_string();
    cx.push(Rule::Naming, tidy(&q), &ans, false);
}

/// "landverschuivingen of modderstromen (lahars)": a bare plural noun and one plural word in
/// brackets are two names of one thing (a singular noun and its gloss, "de matrix
/// (vloeistof)", could be either way round) → "Hoe worden modderstromen ook genoemd?" /
/// "What are X also called?".
fn plural_synonym(cx: &mut Ctx, a0: usize, a1: usize, i0: usize) {
    let toks = cx.toks();
    let lex = cx.lex();
    let plural = |w: &str| {
        if lex.dutch {
            (w.ends_with("en") || w.ends_with('s')) && w.len() > 4
        } else {
            w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && w.len() > 4
        }
    };
    let noun = &toks[a1 - 1];
    if a1 != a0 + 1
        || noun.cap
        || noun.stop()
        || !plural(&noun.lower)
        || !plural(&toks[i0].lower)
        || !plain_anchor(cx, a0, a1, 1)
        || lex.is_finite(&noun.lower)
        || lex.verb(&noun.lower).is_some()
    {
        return;
    }
    let q = if lex.dutch {
        format!("Hoe worden {} ook genoemd?", noun.lower)
    } else {
        format!("What are {} also called?", noun.lower)
    };
    let ans = cx.sp(i0, i0 + 1).to_string();
    cx.push(Rule::Naming, q, &ans, false);
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    fn no_gloss(lang: &'static dyn Language, text: &str) {
        let c = cards(lang, text);
        assert!(
            !c.iter().any(|(r, f, _)| {
                *r == Rule::Definition
                    && ["Wat is", "What is", "Wat zijn", "What are"]
                        .iter()
                        .any(|w| f.starts_with(w))
                    || *r == Rule::Naming && (f.starts_with("Hoe heet") || f.ends_with(" called?"))
            }),
            "no gloss card expected, got {c:#?}"
        );
    }

    #[test]
    fn a_term_with_its_description_in_brackets() {
        assert_card(
            &DUTCH,
            "Zeehonden hebben onder de huid een dikke laag spek, waarin de blubber (isolerende vetlaag) het meeste vet bevat.",
            Rule::Definition,
            "Wat is de blubber?",
            "isolerende vetlaag",
        );
        assert_card(
            &DUTCH,
            "Vulkanen stoten lava en tefra (vulkanisch puin) uit tijdens een eruptie.",
            Rule::Definition,
            "Wat is tefra?",
            "vulkanisch puin",
        );
        assert_card(
            &ENGLISH,
            "Some kidney stones are made of struvite (a phosphate mineral) after an infection.",
            Rule::Definition,
            "What is struvite?",
            "phosphate mineral",
        );
        assert_card(
            &ENGLISH,
            "Patients with gout have too much uric acid (a normal waste product) in their blood.",
            Rule::Definition,
            "What is uric acid?",
            "normal waste product",
        );
    }

    #[test]
    fn asides_lists_relations_and_names_in_brackets_are_no_gloss() {
        // an aside, a list of examples, a relation, a number, a name
        no_gloss(
            &DUTCH,
            "Het koraal lijkt op een zeeanemoon (zie ook neteldieren) in de zee.",
        );
        no_gloss(
            &DUTCH,
            "Planten groeien aan de uiteinden (knoppen en scheuten) van hun stengels.",
        );
        no_gloss(
            &ENGLISH,
            "Iodine may increase the risk for hypothyroidism (loss of thyroid function) in infants.",
        );
        no_gloss(
            &ENGLISH,
            "The patients received a high dose (500 mg) every day.",
        );
        no_gloss(
            &ENGLISH,
            "The mission was led by a senior engineer (John Smith) of the agency.",
        );
        // what the term includes or is not (round 15)
        no_gloss(
            &DUTCH,
            "Van de soorten behoren er 700 tot de kikkers (inclusief padden) in Europa.",
        );
        no_gloss(
            &DUTCH,
            "De reuzenalk was de tegenhanger (geen nauwe verwant) van de pinguïn.",
        );
        no_gloss(
            &ENGLISH,
            "Most species live in the tropics (including the Amazon basin) today.",
        );
        // a hedge on the word before, and the noun of a compound preposition (round 30)
        no_gloss(
            &DUTCH,
            "De lever maakt een geel-groenige (soms zwarte) vloeistof voor de vertering.",
        );
        no_gloss(
            &ENGLISH,
            "The liver makes a pale (sometimes dark) liquid for digestion.",
        );
        no_gloss(
            &DUTCH,
            "Een kompas bepaalt de richting ten opzichte van het noorden (de kompasrichting) op zee.",
        );
        // places side by side, each with what is found there (round 14)
        no_gloss(
            &DUTCH,
            "Bij sommige planten zit de schimmel tussen de bladeren (witte roest) of op de stengel (zwarte vlekziekte) van de plant.",
        );
        no_gloss(
            &ENGLISH,
            "In some plants the fungus grows between the leaves (white rust) or on the stem (black spot) of the plant.",
        );
    }

    #[test]
    fn a_description_with_its_term_in_brackets() {
        assert_card(
            &ENGLISH,
            "Kidney stones can also result in blood in the urine (hematuria) and severe pain.",
            Rule::Naming,
            "What is blood in the urine called?",
            "hematuria",
        );
        assert_card(
            &DUTCH,
            "Hartfalen kan leiden tot vocht in de longen (longoedeem) bij oudere patiënten.",
            Rule::Naming,
            "Hoe heet vocht in de longen?",
            "longoedeem",
        );
        // a noun phrase inside a longer description is not what the term names
        no_gloss(
            &ENGLISH,
            "Stones travel through ducts that carry urine from the kidneys to the bladder (ureters).",
        );
        // a single noun could be glossed either way
        no_gloss(
            &DUTCH,
            "Tussen de cristae zit de matrix (vloeistof) van het mitochondrium.",
        );
    }

    #[test]
    fn a_plural_and_a_plural_in_brackets_are_two_names() {
        assert_card(
            &DUTCH,
            "Na een eruptie komen vaak landverschuivingen of modderstromen (lahars) voor.",
            Rule::Naming,
            "Hoe worden modderstromen ook genoemd?",
            "lahars",
        );
        assert_card(
            &ENGLISH,
            "Volcanoes can trigger landslides or mudflows (lahars) after an eruption.",
            Rule::Naming,
            "What are mudflows also called?",
            "lahars",
        );
        // singular: a term and its gloss could be either way round
        no_gloss(
            &DUTCH,
            "Tussen de cristae zit de matrix (vloeistof) van het mitochondrium.",
        );
        // a plural and an adjective
        no_gloss(
            &DUTCH,
            "Sommige soorten eten vruchten (vruchtenetend) en insecten.",
        );
    }
}
