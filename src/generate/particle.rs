//! Dutch separable verb particles: "legt … af", "neemt … toe". At the end of a clause the
//! particle belongs to the verb, and no question may take it for a noun ("Hoeveel af legt
//! het water?", fresh30).

/// `w` at the end of a Dutch clause is the particle of a separable verb.
pub(crate) fn clause_final_particle(w: &str) -> bool {
    matches!(
        w,
        "af" | "op"
            | "uit"
            | "aan"
            | "toe"
            | "mee"
            | "terug"
            | "weg"
            | "bij"
            | "neer"
            | "samen"
            | "vast"
            | "los"
            | "door"
            | "over"
            | "om"
            | "in"
            | "voor"
            | "na"
    )
}

/// "Wat legt het water? → ongeveer 60 kilometer af": an object answer that ends in the
/// particle that ends the sentence gives it back to the question's verb: "Wat legt het water
/// af? → ongeveer 60 kilometer". `None` when the answer ends in no such particle.
pub(crate) fn particle_to_question(
    front: &str,
    back: &str,
    sentence: &str,
) -> Option<(String, String)> {
    let (rest, last) = back.rsplit_once(' ')?;
    let ends_sentence = sentence
        .trim_end_matches(['.', '!', '?'])
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(last));
    if !clause_final_particle(last) || !ends_sentence || rest.is_empty() {
        return None;
    }
    let q = front.strip_suffix('?')?;
    Some((format!("{q} {last}?"), rest.to_string()))
}

#[cfg(test)]
mod tests {
    use super::particle_to_question;

    #[test]
    fn the_particle_goes_back_to_the_verb_only_at_the_sentence_end() {
        assert_eq!(
            particle_to_question(
                "Wat legt het water?",
                "ongeveer 60 kilometer af",
                "Het water legt ongeveer 60 kilometer af."
            ),
            Some((
                "Wat legt het water af?".to_string(),
                "ongeveer 60 kilometer".to_string()
            ))
        );
        // "in" inside the sentence is a preposition of the answer's phrase
        assert_eq!(
            particle_to_question("Wat zien zij?", "vissen in", "Zij zien vissen in de zee."),
            None
        );
        // English answers keep their words: "What do they give? → it up" is not made
        assert_eq!(
            particle_to_question(
                "What does the river carry?",
                "sand",
                "The river carries sand."
            ),
            None
        );
    }
}
