//! A cloze whose one gap is the noun phrase that opens its sentence: "{{Digestion}} is the
//! process by which …", "The {{chunks}} can be as small as a grain of sugar …", "De
//! {{hersenen}} van spechten bevatten weinig hersenvocht …", "{{Sommige soorten}} hebben
//! stekels …". The sentence is about that phrase; a teacher asks what it says of it, not
//! for the phrase (round 28: in the tuning texts 9 such cards, none held a teacher's fact,
//! 5 and 4 in the two halves). A gap after a preposition ("Bij {{openhartchirurgie}} …",
//! "Volgens de {{algemene relativiteitstheorie}} …") is no subject and stays, as does a gap
//! with a number ("{{16 million}} are told …") or a name ("{{Kamerlingh Onnes}} ontdekte …").

use super::analyse::Analysis;
use super::rules::Candidate;
use super::tokens::find_short;

/// Quantifiers that may open a subject before its noun, besides the articles.
const QUANTIFIERS: &[&str] = &[
    "some", "most", "many", "several", "sommige", "meeste", "veel", "vele", "enkele",
];

/// Is `c` a cloze with one gap that opens its sentence, after at most an article and a
/// quantifier, on a phrase with no number and no name?
pub fn opening_gap(a: &Analysis, c: &Candidate) -> bool {
    // (byte searches: a string pattern sets up a searcher for every call)
    if !c.cloze || find_short(&c.back, " | ").is_some() {
        return false;
    }
    let Some(open) = find_short(&c.front, "{{") else {
        return false;
    };
    // the gap's own sentence: a lead-in sentence before it ends in ". ", "? " or "! "
    let before = &c.front[..open];
    let from = sentence_start(before);
    let lex = a.lex();
    // at most two words before the gap: counted before any is lowered (a gap late in a
    // long sentence has twenty words before it, and each would be a new string)
    let mut words = before[from..].split_whitespace();
    let openers = [words.next(), words.next()];
    if words.next().is_some() {
        return false;
    }
    for w in openers.iter().flatten() {
        let w = w.to_lowercase();
        if !(lex.articles.contains(&w.as_str()) || QUANTIFIERS.contains(&w.as_str())) {
            return false;
        }
    }
    common_phrase(a, &c.back, openers[0].is_none())
}

/// Where the last sentence of `text` starts: after its last ". ", "? " or "! ", else 0.
/// One backward pass over the bytes, not a search per ending.
fn sentence_start(text: &str) -> usize {
    let b = text.as_bytes();
    (1..b.len())
        .rev()
        .find(|&i| b[i] == b' ' && matches!(b[i - 1], b'.' | b'?' | b'!'))
        .map_or(0, |i| i + 1)
}

/// The chosen cards without the clozes whose one gap opens its sentence. Run after
/// `weak_gaps::trim`: most such clozes had a second gap that trim took away ("De
/// {{hersenen}} van spechten … zijn stevig in de {{schedel}} verankerd" loses "schedel", a
/// word the text repeats).
pub fn drop_opening_gaps(a: &Analysis, chosen: &mut Vec<(Candidate, i32)>) {
    chosen.retain(|(c, _)| !opening_gap(a, c));
}

/// No digit, number word or name in `gap`. A capital opening the sentence (`initial`) marks
/// a name only when the document never writes the word in lower case and it is no stop word
/// or quantifier ("Sommige").
fn common_phrase(a: &Analysis, gap: &str, initial: bool) -> bool {
    let lex = a.lex();
    gap.split_whitespace().enumerate().all(|(i, w)| {
        let lower = w.to_lowercase();
        let capital = w.chars().any(char::is_uppercase);
        !w.chars().any(|ch| ch.is_ascii_digit())
            && !lex.number_words.contains(&lower.as_str())
            && (!capital
                || i == 0
                    && initial
                    && (a.seen_lower(&lower)
                        || lex.is_stop(&lower)
                        || QUANTIFIERS.contains(&lower.as_str())))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::rules::Rule;
    use crate::generate::sentences::sentences;

    fn analysis(lang: &'static dyn Language, text: &str) -> Analysis {
        let doc = normalise(&format!("Title\n\nTopic\n\n{text}"));
        let s = sentences(&doc);
        analyse(&doc, &s, lang)
    }

    /// Is the cloze `front` with gaps `back` dropped?
    fn dropped(a: &Analysis, front: &str, back: &str) -> bool {
        let mut chosen = vec![(Candidate::for_test(0, Rule::Cloze, front, back), 60)];
        drop_opening_gaps(a, &mut chosen);
        chosen.is_empty()
    }

    #[test]
    fn sentence_start_is_after_the_last_sentence_end() {
        let by_search = |t: &str| {
            [". ", "? ", "! "]
                .iter()
                .filter_map(|end| t.rfind(end).map(|i| i + end.len()))
                .max()
                .unwrap_or(0)
        };
        for t in [
            "",
            " ",
            ".",
            ". ",
            "Een. Twee? Drie! ",
            "Why? Because. ",
            "No end here ",
            "Één ë. “Twee” ",
            "A.B. c ",
            "Stop!  Two spaces ",
            "x! y? z",
        ] {
            assert_eq!(sentence_start(t), by_search(t), "{t:?}");
        }
    }

    #[test]
    fn a_lone_gap_on_the_phrase_that_opens_its_sentence_asks_nothing() {
        let a = analysis(
            &ENGLISH,
            "Digestion is the process by which food is broken down. Slow digestion causes \
             pain. The chunks can be as small as a house. In 1911 Kamerlingh Onnes found it.",
        );
        for (front, back) in [
            (
                "{{c1::Digestion}} is the process by which food is broken down.",
                "Digestion",
            ),
            ("The {{c1::chunks}} can be as small as a house.", "chunks"),
            (
                "Slow digestion causes pain. Some {{c1::rings}} are dark.",
                "rings",
            ),
        ] {
            assert!(dropped(&a, front, back), "{front}");
        }
        // a gap after a preposition, a number, a name, a gap inside the sentence or two gaps
        // stay
        for (front, back) in [
            ("In {{c1::1911}} Kamerlingh Onnes found it.", "1911"),
            (
                "{{c1::Kamerlingh Onnes}} found it in 1911.",
                "Kamerlingh Onnes",
            ),
            ("{{c1::Two moons}} orbit Mars.", "Two moons"),
            ("In the {{c1::stomach}} food is broken down.", "stomach"),
            ("Slow digestion causes {{c1::pain}}.", "pain"),
            (
                "The {{c1::chunks}} can be as small as a {{c2::house}}.",
                "chunks | house",
            ),
        ] {
            assert!(!dropped(&a, front, back), "{front}");
        }
    }

    #[test]
    fn een_losse_open_plek_op_het_onderwerp_vooraan_vraagt_niets() {
        let a = analysis(
            &DUTCH,
            "De hersenen van spechten bevatten weinig hersenvocht. Sommige soorten hebben \
             stekels. Bij openhartchirurgie wordt het pericard geopend. Leeuwenhoek zag \
             bacteriën.",
        );
        for (front, back) in [
            (
                "De {{c1::hersenen}} van spechten bevatten weinig hersenvocht.",
                "hersenen",
            ),
            ("{{c1::Sommige soorten}} hebben stekels.", "Sommige soorten"),
            ("De meeste {{c1::groepen}} zijn vleesetend.", "groepen"),
        ] {
            assert!(dropped(&a, front, back), "{front}");
        }
        for (front, back) in [
            (
                "Bij {{c1::openhartchirurgie}} wordt het pericard geopend.",
                "openhartchirurgie",
            ),
            ("{{c1::Leeuwenhoek}} zag bacteriën.", "Leeuwenhoek"),
            ("De {{c1::drie}} soorten hebben stekels.", "drie"),
            ("Sommige soorten hebben {{c1::stekels}}.", "stekels"),
        ] {
            assert!(!dropped(&a, front, back), "{front}");
        }
    }
}
