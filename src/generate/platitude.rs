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
    if !mentions_health(answer) {
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

/// `answer.contains("ealth") || answer.contains("ezondheid")`, found from their rarer
/// letters: each "ealth" ends on an 'h' and each "ezondheid" has its 'z' second, so one
/// memchr pass over those two bytes sees every match (two string searches set up a
/// searcher each, or scan for the common 'e').
fn mentions_health(answer: &str) -> bool {
    let b = answer.as_bytes();
    memchr::memchr2_iter(b'h', b'z', b).any(|i| {
        if b[i] == b'h' {
            i >= 4 && &b[i - 4..=i] == b"ealth"
        } else {
            i >= 1 && b[i - 1..].starts_with(b"ezondheid")
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::generate::analyse::analyse;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};
    use crate::generate::normalise::normalise;
    use crate::generate::rules::{Candidate, Rule};
    use crate::generate::sentences::sentences;
    use crate::generate::weak::weak;

    #[test]
    fn mentions_health_is_either_contains() {
        for t in [
            "",
            "h",
            "health",
            "Health",
            "ealth",
            "heart health",
            "wealthy",
            "zz",
            "gezondheid",
            "Gezondheid",
            "ezondheid",
            "gezondheidsproblemen",
            "ezond",
            "healt",
            "de gezonde hart",
            "ééalth",
            "zondheid",
        ] {
            assert_eq!(
                super::mentions_health(t),
                t.contains("ealth") || t.contains("ezondheid"),
                "{t:?}"
            );
        }
    }

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
