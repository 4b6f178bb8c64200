//! A list after a colon whose items carry a comment (round 28): "Symptoms of asthma may
//! include:" "- Chest tightness" "- Coughing, especially at night or early morning" "-
//! Wheezing, which is a whistling sound when you breathe out". `join_short_lists` leaves
//! such a list as items, so no card asks what the list holds. The item's head (the words
//! before its comment) is the member: the intro gets the heads as an inline list, and the
//! items stay, so the comments keep their own cards.

/// At most this many words in a head: a longer one is a clause, no member.
const MAX_HEAD: usize = 6;

/// Where a comment starts inside an item: punctuation, or a relative word after the head.
const COMMENT_WORDS: &[&str] = &[" which ", " who ", " that ", " die ", " dat ", " waarbij "];

/// The heads of `items` (as their blocks have them), each before its comment, when every item has one: None when an
/// item is a sentence ("Gout usually develops in middle age."), a "Label: value" line, or
/// its head too long to be a member ("Changes in how you move and use the affected joint").
pub fn heads(items: &[&str], is_name: &dyn Fn(&str) -> bool) -> Option<Vec<String>> {
    items
        .iter()
        .map(|&t| {
            // (an item's closing ";" or "," only joins it to the next)
            let t = t.trim().trim_end_matches([';', ',']);
            if t.contains([':', '.', '?', '!']) {
                return None;
            }
            let cut = t
                .find([',', '(', ';'])
                .into_iter()
                .chain(COMMENT_WORDS.iter().filter_map(|w| t.find(w)))
                .min()
                .unwrap_or(t.len());
            let head = t[..cut].trim();
            (1..=MAX_HEAD)
                .contains(&head.split_whitespace().count())
                .then(|| lower_first(head, is_name))
        })
        .collect()
}

/// "Chest tightness" inside a sentence is "chest tightness": an item's capital only starts
/// its line. An acronym or a word with a capital inside ("MP3", "DNA", "McDonald") keeps it,
/// and so does a name (`is_name`: the text writes it with its capital inside a sentence).
/// Every member of a list joined to its intro goes through here (round 29: short items
/// kept their capitals, "… by Certain foods, Alcohol …", while heads lost theirs).
pub fn lower_first(head: &str, is_name: &dyn Fn(&str) -> bool) -> String {
    let first = head.split_whitespace().next().unwrap_or("");
    let mut chars = first.chars();
    let plain_capital = chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'');
    if !plain_capital || is_name(first) {
        return head.to_string();
    }
    let mut out = String::with_capacity(head.len());
    let mut chars = head.chars();
    out.extend(chars.next().map(|c| c.to_lowercase()).into_iter().flatten());
    out.push_str(chars.as_str());
    out
}

#[cfg(test)]
mod tests {
    use super::heads;
    use crate::generate::normalise::{join_short_lists, normalise};

    /// The non-empty blocks of `text` after the lists are joined.
    fn joined(text: &str, and: &str) -> Vec<String> {
        let mut doc = normalise(text);
        join_short_lists(&mut doc, and, |_| false);
        doc.blocks
            .into_iter()
            .map(|b| b.text)
            .filter(|t| !t.is_empty())
            .collect()
    }

    #[test]
    fn a_list_with_comments_gives_its_intro_the_heads_and_keeps_its_items() {
        let en = joined(
            "Asthma\n\nSymptoms of asthma may include:\n\n- Chest tightness\n- Coughing, \
             especially at night\n- Wheezing, which is a whistling sound\n",
            "and",
        );
        assert_eq!(
            en,
            [
                "Asthma",
                "Symptoms of asthma may include: chest tightness, coughing and wheezing.",
                "Chest tightness",
                "Coughing, especially at night",
                "Wheezing, which is a whistling sound",
            ]
        );
        let nl = joined(
            "Astma\n\nKlachten van astma zijn:\n\n- Benauwdheid\n- Hoesten, vooral 's \
             nachts\n- Piepen, dat is een fluitend geluid\n",
            "en",
        );
        assert_eq!(
            nl[1], "Klachten van astma zijn: benauwdheid, hoesten en piepen.",
            "{nl:?}"
        );
    }

    #[test]
    fn a_list_with_a_sentence_item_leaves_its_intro_alone() {
        let en = joined(
            "Gout\n\nMany people develop gout:\n\n- It is more common in men, often.\n- \
             Rarely, younger people\n",
            "and",
        );
        assert_eq!(en[1], "Many people develop gout:", "{en:?}");
        let nl = joined(
            "Mitochondrion\n\nEen mitochondrium bezit twee membranen:\n\n- een uitwendig \
             membraan;\n- een inwendig membraan, met instulpingen;\n- tussen de cristae zit \
             de matrix.\n",
            "en",
        );
        assert_eq!(nl[1], "Een mitochondrium bezit twee membranen:", "{nl:?}");
    }

    #[test]
    fn each_item_gives_the_words_before_its_comment() {
        assert_eq!(
            heads(
                &[
                    "Chest tightness",
                    "Coughing, especially at night or early morning",
                    "Wheezing, which is a whistling sound when you breathe out",
                    "Physical postures that strain the head or neck",
                    "Dehydration (not getting enough water)",
                ],
                &|_| false
            ),
            Some(
                [
                    "chest tightness",
                    "coughing",
                    "wheezing",
                    "physical postures",
                    "dehydration"
                ]
                .map(String::from)
                .to_vec()
            )
        );
        assert_eq!(
            heads(
                &["zweten, vooral 's nachts", "koorts die terugkomt"],
                &|_| false
            ),
            Some(vec!["zweten".to_string(), "koorts".to_string()])
        );
    }

    #[test]
    fn an_acronym_keeps_its_capitals() {
        assert_eq!(
            heads(&["MP3 players, at full volume", "DNA damage"], &|_| false),
            Some(vec!["MP3 players".to_string(), "DNA damage".to_string()])
        );
    }

    #[test]
    fn a_sentence_a_label_or_a_long_head_gives_no_heads() {
        for items in [
            &["Pain", "Changes in how you move and use the affected joint"][..],
            &["Normal conversation: 60 decibels", "Sirens: 120 decibels"],
            &[
                "een inwendig membraan, met instulpingen;",
                "tussen de cristae zit de matrix.",
            ],
        ] {
            assert_eq!(heads(items, &|_| false), None, "{items:?}");
        }
    }

    #[test]
    fn short_items_lose_their_capital_as_heads_do_and_names_keep_it() {
        // round 29: "… triggered by Certain foods, Alcohol and …"
        let en = joined(
            "Gout\n\nGout flares can be triggered by:\n\n- Certain foods\n- Alcohol\n- \
             Physical trauma\n",
            "and",
        );
        assert_eq!(
            en[1], "Gout flares can be triggered by: certain foods, alcohol and physical trauma.",
            "{en:?}"
        );
        let nl = joined(
            "Jicht\n\nJicht kan worden uitgelokt door:\n\n- Bepaalde voeding\n- Alcohol\n",
            "en",
        );
        assert_eq!(
            nl[1], "Jicht kan worden uitgelokt door: bepaalde voeding en alcohol.",
            "{nl:?}"
        );
        // a name the text writes inside a sentence keeps its capital; a heading's capitals
        // say nothing
        let en = joined(
            "Sinkholes\n\nThe damage is worst in Florida and in the south.\n\nIt occurs \
             in:\n\n- Florida\n- Kentucky\n\nWaves and Other Hazards\n\nOther states:\n\n\
             - Other regions\n- Coastal plains\n",
            "and",
        );
        assert!(
            en.iter().any(|b| b.contains("Florida and kentucky")),
            "{en:?}"
        );
        assert!(
            en.iter()
                .any(|b| b.contains("other regions and coastal plains")),
            "{en:?}"
        );
    }
}
