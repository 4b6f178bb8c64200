//! "Wat is bijgevolg?", "Wat zijn geologisch gezien?": a "what is" question whose subject
//! is only sentence adverbs lost its subject (the clause's subject went to the answer and
//! nothing was left but the adverbs). Also "ten opzichte van" cut to "opzichte van". Tested
//! on the front's text, before any tokenizing.

/// Sentence adverbs that never make a subject on their own.
const ADVERBS: &[&str] = &[
    // Dutch
    "bijgevolg",
    "dus",
    "daarom",
    "echter",
    "namelijk",
    "immers",
    "bovendien",
    "eveneens",
    "tevens",
    "daarnaast",
    "overigens",
    "ook",
    "vooral",
    "wel",
    "toch",
    "zelfs",
    "meestal",
    "vaak",
    "soms",
    "dan",
    "nu",
    "hier",
    "daar",
    "er",
    "eigenlijk",
    "bijvoorbeeld",
    "doorgaans",
    "trouwens",
    "verder",
    // English
    "therefore",
    "thus",
    "however",
    "also",
    "consequently",
    "hence",
    "moreover",
    "furthermore",
    "instead",
    "too",
    "still",
    "then",
    "often",
    "usually",
    "sometimes",
];

/// Whether `front` is "what is/are/was/were" (or Dutch "wat is/zijn/was/waren") followed by
/// sentence adverbs only ("geologisch gezien" counts as one: a viewpoint), or holds
/// "opzichte" without its "ten".
pub(super) fn subject_lost(front: &str) -> bool {
    let words: Vec<String> = front
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let cut_opzichte = words
        .iter()
        .enumerate()
        .any(|(i, w)| w == "opzichte" && (i == 0 || words[i - 1] != "ten"));
    if cut_opzichte {
        return true;
    }
    let [what, verb, rest @ ..] = words.as_slice() else {
        return false;
    };
    let copula = matches!(
        verb.as_str(),
        "is" | "are" | "was" | "were" | "zijn" | "waren"
    );
    if !matches!(what.as_str(), "what" | "wat") || !copula || rest.is_empty() {
        return false;
    }
    let mut rest = rest;
    // "geologisch gezien", "historisch gezien"
    if let [before @ .., _, last] = rest
        && last == "gezien"
    {
        rest = before;
    }
    rest.iter().all(|w| ADVERBS.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::subject_lost;

    #[test]
    fn a_copula_question_with_only_adverbs_lost_its_subject() {
        for front in [
            "Wat is bijgevolg?",
            "Wat zijn geologisch gezien?",
            "Wat zijn opzichte van het noorden?",
            "What is therefore?",
            "What are however also?",
        ] {
            assert!(subject_lost(front), "{front}");
        }
    }

    #[test]
    fn a_copula_question_with_a_subject_is_fine() {
        for front in [
            "Wat is aardappelziekte?",
            "Wat is ook een oorzaak van hoofdpijn?",
            "Wat is vooral belangrijk?",
            "Wat is een kompas?",
            "Hoe wordt de richting ten opzichte van het noorden genoemd?",
            "What is asthma?",
            "What is also called the Red Planet?",
            "What is treatment?",
        ] {
            assert!(!subject_lost(front), "{front}");
        }
    }
}
