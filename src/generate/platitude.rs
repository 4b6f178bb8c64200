//! A question whose whole answer is "good health": "What is adequate sleep critical for? →
//! continued good health", "What is magnesium essential for? → to good health", "What do
//! allergies lead to? → other health problems". Every text on health says so of its subject;
//! the answer names no fact of the text (round 28: in the tuning texts 4 such cards in 4
//! texts, none held a teacher's fact). An answer that names what is healthy ("heart
//! health", "healthy immune system") is a fact and stays.

/// Words a platitude's answer may hold besides its "health".
const VAGUE: &[&str] = &[
    "to",
    "good",
    "continued",
    "overall",
    "general",
    "better",
    "other",
    "problems",
    "een",
    "goede",
    "algemene",
    "betere",
    "andere",
    "problemen",
    "voor",
];
const HEALTH: &[&str] = &["health", "gezondheid", "gezondheidsproblemen"];

/// Is `answer` "good health" and nothing more?
pub fn platitude(answer: &str) -> bool {
    // cheap trigger first: most answers never mention health
    if !answer.contains("ealth") && !answer.contains("ezondheid") {
        return false;
    }
    let words: Vec<String> = answer
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.iter().any(|w| HEALTH.contains(&w.as_str()))
        && words
            .iter()
            .all(|w| HEALTH.contains(&w.as_str()) || VAGUE.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::rules::{Candidate, Rule};
    use crate::generate::sentences::sentences;
    use crate::generate::weak::weak;

    fn asks_nothing(lang: &'static dyn Language, front: &str, back: &str) -> bool {
        let doc = normalise("Title\n\nTopic\n\nSleep matters. Magnesium matters.");
        let s = sentences(&doc);
        let a = analyse(&doc, &s, lang);
        weak(&a, &Candidate::for_test(0, Rule::Needed, front, back), 60)
    }

    #[test]
    fn a_question_answered_by_good_health_asks_nothing() {
        let en = |front, back| asks_nothing(&ENGLISH, front, back);
        assert!(en(
            "What is adequate sleep critical for?",
            "continued good health"
        ));
        assert!(en("What is magnesium essential for?", "to good health"));
        assert!(en("What do allergies lead to?", "other health problems"));
        // what is healthy, or what health needs, is a fact
        assert!(!en("What does sleep affect?", "heart health"));
        assert!(!en("What does magnesium support?", "healthy immune system"));
        assert!(!en("What is iodine needed for?", "thyroid function"));
    }

    #[test]
    fn een_vraag_met_als_antwoord_een_goede_gezondheid_vraagt_niets() {
        let nl = |front, back| asks_nothing(&DUTCH, front, back);
        assert!(nl("Waarvoor is slaap belangrijk?", "een goede gezondheid"));
        assert!(nl(
            "Waartoe leiden allergieën?",
            "andere gezondheidsproblemen"
        ));
        assert!(!nl(
            "Waarvoor is jodium nodig?",
            "gezondheid van de schildklier"
        ));
        assert!(!nl("Waarvoor is vitamine K2 belangrijk?", "gezonde botten"));
    }
}
