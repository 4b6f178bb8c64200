//! Where something happens, said by a phrase of place that ends the clause (round 16): "Most
//! ant species build their nests in the soil or in hollow trees" → *Where do most ant species
//! build their nests? → in the soil or in hollow trees*; "Insuline wordt gemaakt in de
//! alvleesklier" → *Waar wordt insuline gemaakt? → in de alvleesklier*. The place rule only
//! knows names ("in Perzië"); the object and subject rules ask for everything but the place.

use super::{Ctx, Rule, tidy};
use crate::generate::clause::Clause;
use crate::generate::lang::Wh;
use crate::generate::tokens::{Kind, Tok};

/// Prepositions of place whose phrase answers "where" ("on"/"op" are left out: "based on",
/// "jagen op", "gericht op" name no place).
const PLACE_PREPS: &[&str] = &[
    "in",
    "under",
    "beneath",
    "below",
    "inside",
    "within",
    "near",
    "along",
    "throughout",
    "onder",
    "binnen",
    "langs",
    "nabij",
];

/// Prepositions that may stand inside a place phrase ("in tropical areas around the globe",
/// "in de toplaag van wateren").
const INNER_PREPS: &[&str] = &["of", "van", "around", "rond", "across"];

/// Words of time besides the duration units (which `place_phrase` tests by their flag):
/// "in childhood", "in de zomer" say when, not where.
const TIME: &[&str] = &[
    "minute",
    "night",
    "morning",
    "evening",
    "afternoon",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "season",
    "seasons",
    "past",
    "future",
    "time",
    "times",
    "age",
    "childhood",
    "adulthood",
    "life",
    "nacht",
    "ochtend",
    "avond",
    "zomer",
    "lente",
    "herfst",
    "seizoen",
    "verleden",
    "toekomst",
    "tijd",
    "leeftijd",
    "jeugd",
];

/// Words of manner, measure or respect: "in response to", "in relatie met", "in lengte".
const MANNER: &[&str] = &[
    "response",
    "addition",
    "fact",
    "general",
    "particular",
    "case",
    "cases",
    "form",
    "way",
    "ways",
    "order",
    "size",
    "length",
    "diameter",
    "width",
    "height",
    "weight",
    "number",
    "numbers",
    "total",
    "average",
    "part",
    "contrast",
    "comparison",
    "turn",
    "use",
    "terms",
    "groups",
    "group",
    "relation",
    "relationship",
    "place",
    "development",
    "principle",
    "detail",
    "details",
    "depth",
    "practice",
    "theory",
    "reactie",
    "antwoord",
    "totaal",
    "gemiddelde",
    "vorm",
    "manier",
    "manieren",
    "grootte",
    "lengte",
    "breedte",
    "hoogte",
    "gewicht",
    "aantal",
    "tegenstelling",
    "vergelijking",
    "geval",
    "gevallen",
    "algemeen",
    "feite",
    "bijzonder",
    "staat",
    "relatie",
    "verband",
    "plaats",
    "ontwikkeling",
    "groepen",
    "groep",
    "principe",
    "theorie",
    "praktijk",
    "andere",
    "meer",
    "other",
];

/// People: "in most patients" says who, not where.
const PEOPLE: &[&str] = &[
    "people",
    "patients",
    "children",
    "adults",
    "women",
    "men",
    "infants",
    "humans",
    "mensen",
    "patiënten",
    "kinderen",
    "volwassenen",
    "vrouwen",
    "mannen",
];

pub(super) fn where_pp(cx: &mut Ctx, c: &Clause) {
    // a statement split off a relative clause ("a condition that affects the airways in the
    // lungs") has a bare noun for its subject
    if c.front.is_some()
        || c.inverted
        || cx.s.negated
        || cx.s.hedged
        || cx.s.derived
        || cx.is_pronoun(c.subj)
    {
        return;
    }
    let toks = cx.toks();
    let lex = cx.lex();
    let (r0, r1) = c.rest;
    // "There are …", "Er zijn …"; and a subject with a comma of its own ("Baleinwalvissen,
    // zoals …, hebben")
    if toks[c.subj.0..c.subj.1]
        .iter()
        .any(|t| t.kind == Kind::Punct || t.is("er") || t.is("there"))
    {
        return;
    }
    // the clause's end: its rest, cut at a comma or a subordinate clause
    let end = (r0..r1)
        .find(|&k| toks[k].is_punct(",") || toks[k].relative() || toks[k].subordinator())
        .unwrap_or(r1);
    // the last phrase of place, with what comes before it as plain words: an object or a
    // participle ("build their nests", "wordt gemaakt")
    let Some(k) = (r0..end).find(|&k| PLACE_PREPS.contains(&toks[k].lower.as_str())) else {
        return;
    };
    if toks[r0..k].iter().any(|t| {
        t.kind != Kind::Word || t.prep() && !t.is("of") && !t.is("van") || t.finite() && !lex.dutch
    }) || k + 1 >= end
    {
        return;
    }
    // a copula takes a place only as the auxiliary of a passive: "is produced in the
    // pancreas", "wordt in de alvleesklier gemaakt", not "is the largest object in our solar
    // system"
    let passive = k == r0 + 1 && super::is_participle(lex, &toks[r0].lower)
        || lex.dutch && k == r0 && end > k + 2 && is_verb_end(lex, &toks[end - 1]);
    if lex.copula.contains(&toks[c.fin].lower.as_str()) && !passive {
        return;
    }
    if super::superlative_scope::has_superlative(&toks[r0..k]) {
        return;
    }
    // "in the wrist, spine, and hip": a list after the comma belongs to the place; "in
    // bomen, aan rotswanden en …": a list of places with prepositions of their own would be
    // cut to its first member
    let end = if toks.get(end).is_some_and(|t| t.is_punct(",")) {
        let listed = super::extend_list(toks, end, toks.len());
        if listed == end && toks.get(end + 1).is_some_and(|t| t.prep()) {
            return;
        }
        listed
    } else {
        end
    };
    // Dutch puts the participle or the separable part after the place ("wordt in de
    // alvleesklier gemaakt"): the place phrase then stops before it
    let mut e = end;
    if lex.dutch && end - k > 2 && is_verb_end(lex, &toks[end - 1]) {
        e = end - 1;
    }
    let phrase = &toks[k + 1..e];
    if phrase.len() > 9 || !place_phrase(lex, phrase) {
        return;
    }
    let subj = cx.subject_text(c);
    let fin = cx.sp(c.fin, c.fin + 1).to_string();
    let mut rest = cx.sp(r0, k).to_string();
    if e < end {
        rest = format!("{rest} {}", cx.sp(e, end));
    }
    let lang = cx.a.lang;
    if let Some(q) = lang.front_question(&lang.wh(Wh::Place), &fin, &subj, rest.trim()) {
        let ans = cx.sp(k, e).to_string();
        cx.push(Rule::Agent, tidy(&q), &ans, true);
    }
}

/// A Dutch participle or separable part that ends the clause after its place phrase.
fn is_verb_end(lex: &crate::generate::lang::Lexicon, t: &Tok) -> bool {
    t.kind == Kind::Word
        && !t.cap
        && (super::is_participle(lex, &t.lower) || t.lower.starts_with("ge") && t.lower.len() > 5)
}

/// Whether the words after the preposition name a place: an article, possessive or
/// adjective before a noun, no number, no verb, no time, manner or people word, and for a
/// coordination ("in the soil or in hollow trees") the same of each part.
fn place_phrase(lex: &crate::generate::lang::Lexicon, words: &[Tok]) -> bool {
    if words.is_empty() {
        return false;
    }
    // the tests below are all required, so the cheap ones that look at one word or a flag
    // go first: most phrases fail on their head noun or a capital before any word is looked
    // up in the lists
    // a capitalised word is the place rule's ("in Perzië", "in the United States")
    if words.iter().any(|t| t.cap) {
        return false;
    }
    // the noun: the last word before an "of"/"van" phrase or a coordination
    let head_end = words
        .iter()
        .position(|t| t.is("of") || t.is("van") || t.conj() || t.prep() || t.is_punct(","))
        .unwrap_or(words.len());
    if head_end == 0 || !place_noun(&words[head_end - 1].lower) {
        return false;
    }
    let bad = |t: &Tok| {
        t.numeric()
            || t.duration()
            || t.finite()
            || t.pronoun() && !t.article()
            || [TIME, MANNER, PEOPLE]
                .iter()
                .any(|l| l.contains(&t.lower.as_str()))
            || lex.noun(&t.lower).is_some_and(|n| n.person)
    };
    if words.iter().any(|t| {
        bad(t)
            || t.kind == Kind::Punct && !t.is_punct("-") && !t.is_punct(",")
            || t.is("te")
            || t.is("zich")
    }) {
        return false;
    }
    // another preposition inside the phrase: only "of", "around" and the like, or the first
    // one again after "or"/"and" ("in the soil or in hollow trees")
    for (i, t) in words.iter().enumerate() {
        if t.prep()
            && !INNER_PREPS.contains(&t.lower.as_str())
            && !(i > 0 && words[i - 1].conj() && PLACE_PREPS.contains(&t.lower.as_str()))
        {
            return false;
        }
    }
    true
}

/// Nouns of places, surroundings and parts of a body: what "where" asks for. A Dutch
/// compound counts by its last part ("zeebodem", "toplaag").
const PLACES: &[&str] = &[
    "area",
    "areas",
    "region",
    "regions",
    "zone",
    "zones",
    "soil",
    "ground",
    "water",
    "waters",
    "sea",
    "seas",
    "ocean",
    "oceans",
    "lake",
    "lakes",
    "river",
    "rivers",
    "stream",
    "streams",
    "pond",
    "ponds",
    "tree",
    "trees",
    "forest",
    "forests",
    "cave",
    "caves",
    "nest",
    "nests",
    "burrow",
    "burrows",
    "desert",
    "deserts",
    "mountain",
    "mountains",
    "valley",
    "valleys",
    "coast",
    "coasts",
    "shore",
    "island",
    "islands",
    "reef",
    "reefs",
    "habitat",
    "habitats",
    "environment",
    "environments",
    "country",
    "countries",
    "world",
    "globe",
    "earth",
    "planet",
    "continent",
    "continents",
    "hemisphere",
    "tropics",
    "atmosphere",
    "space",
    "orbit",
    "crust",
    "mantle",
    "core",
    "surface",
    "layer",
    "layers",
    "floor",
    "bottom",
    "depths",
    "body",
    "blood",
    "bloodstream",
    "organ",
    "organs",
    "tissue",
    "tissues",
    "cell",
    "cells",
    "brain",
    "lung",
    "lungs",
    "liver",
    "kidney",
    "kidneys",
    "heart",
    "skin",
    "bone",
    "bones",
    "gut",
    "intestine",
    "intestines",
    "stomach",
    "mouth",
    "throat",
    "nose",
    "ear",
    "ears",
    "eye",
    "eyes",
    "muscle",
    "muscles",
    "joint",
    "joints",
    "wrist",
    "hip",
    "spine",
    "pancreas",
    "airways",
    "system",
    "nucleus",
    "membrane",
    "wall",
    "walls",
    "field",
    "fields",
    "city",
    "cities",
    "plants",
    "leaves",
    "roots",
    "wetlands",
    "grasslands",
    "tundra",
    "ice",
    "gebied",
    "gebieden",
    "streek",
    "streken",
    "zone",
    "bodem",
    "grond",
    "water",
    "wateren",
    "zee",
    "zeeën",
    "oceaan",
    "oceanen",
    "meer",
    "meren",
    "rivier",
    "rivieren",
    "beek",
    "vijver",
    "boom",
    "bomen",
    "bos",
    "bossen",
    "grot",
    "grotten",
    "nest",
    "nesten",
    "hol",
    "holen",
    "woestijn",
    "berg",
    "bergen",
    "dal",
    "kust",
    "eiland",
    "eilanden",
    "rif",
    "riffen",
    "omgeving",
    "land",
    "landen",
    "wereld",
    "aarde",
    "continent",
    "continenten",
    "atmosfeer",
    "ruimte",
    "baan",
    "korst",
    "mantel",
    "kern",
    "oppervlak",
    "oppervlakte",
    "laag",
    "lagen",
    "lichaam",
    "bloed",
    "bloedbaan",
    "orgaan",
    "organen",
    "weefsel",
    "weefsels",
    "cel",
    "cellen",
    "hersenen",
    "long",
    "longen",
    "lever",
    "nier",
    "nieren",
    "hart",
    "huid",
    "bot",
    "botten",
    "darm",
    "darmen",
    "maag",
    "mond",
    "keel",
    "neus",
    "oor",
    "oren",
    "oog",
    "ogen",
    "spier",
    "spieren",
    "gewricht",
    "gewrichten",
    "pols",
    "heup",
    "wervelkolom",
    "alvleesklier",
    "luchtwegen",
    "celkern",
    "membraan",
    "wand",
    "wanden",
    "veld",
    "velden",
    "stad",
    "steden",
    "planten",
    "bladeren",
    "wortels",
    "moerassen",
    "ecosystemen",
    "ecosysteem",
];

fn place_noun(w: &str) -> bool {
    PLACES.contains(&w)
        || PLACES
            .iter()
            .any(|p| p.len() >= 4 && w.len() > p.len() + 2 && w.ends_with(p))
}

#[cfg(test)]
mod tests {
    use super::super::Rule;
    use super::super::tests::{assert_card, cards};
    use crate::generate::lang::{DUTCH, ENGLISH};

    #[test]
    fn a_place_at_the_end_of_the_clause_is_asked_with_where() {
        assert_card(
            &ENGLISH,
            "Most ant species build their nests in the soil or in hollow trees.",
            Rule::Agent,
            "Where do most ant species build their nests?",
            "in the soil or in hollow trees",
        );
        assert_card(
            &ENGLISH,
            "Malaria threatens millions of people in tropical areas around the globe.",
            Rule::Agent,
            "Where does malaria threaten millions of people?",
            "in tropical areas around the globe",
        );
        assert_card(
            &DUTCH,
            "Veel mierensoorten bouwen hun nest in de bodem of in holle bomen.",
            Rule::Agent,
            "Waar bouwen veel mierensoorten hun nest?",
            "in de bodem of in holle bomen",
        );
        assert_card(
            &DUTCH,
            "Insuline wordt in de alvleesklier gemaakt.",
            Rule::Agent,
            "Waar wordt insuline gemaakt?",
            "in de alvleesklier",
        );
    }

    #[test]
    fn a_list_of_places_is_the_answer_and_a_list_of_phrases_is_no_question() {
        assert_card(
            &ENGLISH,
            "People with osteoporosis most often break bones in the wrist, spine, and hip.",
            Rule::Agent,
            "Where do people with osteoporosis break bones?",
            "in the wrist, spine, and hip",
        );
        let c = cards(
            &DUTCH,
            "Reuzenhoningbijen maken nesten in bomen, aan rotswanden en soms aan gebouwen.",
        );
        assert!(!c.iter().any(|(_, f, _)| f.starts_with("Waar ")), "{c:#?}");
    }

    #[test]
    fn a_place_after_a_copula_is_asked_only_of_a_passive() {
        let c = cards(
            &ENGLISH,
            "The Sun is the largest object in our solar system.",
        );
        assert!(!c.iter().any(|(_, f, _)| f.starts_with("Where")), "{c:#?}");
        // a passive's place: asked by this rule or by the passive's own ("What is insulin
        // produced in?"), never lost
        let c = cards(&ENGLISH, "Insulin is produced in the pancreas.");
        assert!(c.iter().any(|(_, _, b)| b.contains("pancreas")), "{c:#?}");
    }

    #[test]
    fn a_time_a_manner_or_people_is_no_place() {
        let cases: [(&'static dyn crate::generate::lang::Language, &str); 6] = [
            (&ENGLISH, "The disease often starts in childhood."),
            (&ENGLISH, "The symptoms get worse in the morning."),
            (&ENGLISH, "The drug lowers blood pressure in most patients."),
            (&ENGLISH, "The glands swell in response to the infection."),
            (&ENGLISH, "Spiders never live in the sea."),
            (&DUTCH, "De ziekte begint vaak in de jeugd."),
        ];
        for (lang, text) in cases {
            let c = cards(lang, text);
            assert!(
                !c.iter()
                    .any(|(_, f, _)| f.starts_with("Where") || f.starts_with("Waar")),
                "{text}: {c:#?}"
            );
        }
    }
}
