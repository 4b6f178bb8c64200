//! An "in" phrase that names no place or container (fresh29): "in de volksmond het oor
//! genoemd" (in common speech), "in beweging gebracht" (set in motion), "set in motion",
//! "in zuivere vorm geïsoleerd" (in pure form). "Waarin …?" / "What … in?" asked nonsense:
//! *Waarin wordt deel genoemd? → volksmond het oor*, *Waarin worden de vloeistoffen door
//! geluidstrillingen? → beweging gebracht …*. A form is the manner: "Hoe is zirkonium
//! geïsoleerd? → in zuivere vorm" ("In welke vorm …?" would show the answer's noun).

/// Nouns that make "in (de) …" a fixed expression, not a place.
const FIXED_NOUNS: &[&str] = &[
    "volksmond",
    "beweging",
    "staat",
    "werking",
    "totaal",
    "principe",
    "feite",
    "tegenstelling",
    "plaats",
    "verband",
    "combinatie",
    "aanraking",
    "contact",
    "opdracht",
    "algemeen",
    "motion",
    "addition",
    "general",
    "fact",
    "order",
    "turn",
    "contrast",
    "common",
    "touch",
];

/// What an "in" phrase is.
#[derive(Debug, PartialEq, Eq)]
pub enum InPhrase {
    /// a place, a container, a time: "Waarin …?" fits
    Place,
    /// a fixed expression: no question
    Fixed,
    /// a form ("zuivere vorm", "de vorm van X"): asked "Hoe …?" / "How …?"
    Form,
}

/// The kind of the phrase after "in", given its words in lower case.
pub fn kind(words: &[&str]) -> InPhrase {
    // the head: the first word after an article and at most two inflected adjectives
    // ("zuivere vorm", "de vorm", "the form"); a word of its own is the head otherwise
    let mut i = usize::from(
        words
            .first()
            .is_some_and(|w| matches!(*w, "de" | "het" | "een" | "the" | "a" | "an")),
    );
    let mut adjectives = 0;
    while adjectives < 2
        && i + 1 < words.len()
        && words[i].len() > 3
        && words[i].ends_with('e')
        && !FIXED_NOUNS.contains(&words[i])
        && !matches!(words[i], "vorm" | "form")
    {
        i += 1;
        adjectives += 1;
    }
    let Some(&head) = words.get(i) else {
        return InPhrase::Place;
    };
    if matches!(head, "vorm" | "form") {
        InPhrase::Form
    } else if FIXED_NOUNS.contains(&head) {
        InPhrase::Fixed
    } else {
        InPhrase::Place
    }
}

#[cfg(test)]
mod tests {
    use super::{InPhrase, kind};

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn a_fixed_in_phrase_is_no_place() {
        assert_eq!(kind(&words("de volksmond het oor")), InPhrase::Fixed);
        assert_eq!(
            kind(&words("beweging gebracht via de voetplaat")),
            InPhrase::Fixed
        );
        assert_eq!(kind(&words("motion by the wind")), InPhrase::Fixed);
    }

    #[test]
    fn a_form_is_asked_as_a_form() {
        assert_eq!(kind(&words("zuivere vorm")), InPhrase::Form);
        assert_eq!(
            kind(&words("de vorm van de stoffen atp , nadh en fadh2")),
            InPhrase::Form
        );
        assert_eq!(kind(&words("the form of retinyl esters")), InPhrase::Form);
    }

    #[test]
    fn a_place_stays_a_place() {
        for p in [
            "de aardkorst",
            "verschillende mineralen",
            "the soil",
            "alle zeeën",
            "de tuin",
        ] {
            assert_eq!(kind(&words(p)), InPhrase::Place, "{p}");
        }
    }
}
