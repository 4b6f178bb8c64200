//! A list that is a table, one "Label: value" item a line (round 28): "- Normal conversation:
//! 60 decibels", "- Discovered by: Asaph Hall", "- Category 5: Winds more than 252 km/hr".
//! The item has no verb, so no clause rule reads it and the cloze fallback refuses it. The
//! value is the fact: a cloze on it, shown after what the list is about (the line that
//! introduces it, or the section's heading), since "Discovered: {{August 1877}}" alone does
//! not say what was discovered.

use super::{Candidate, Ctx, Rule, month};
use crate::generate::analyse::Sent;
use crate::generate::tokens::Kind;

/// Words that open an amount ("more than 252 km/hr", "ongeveer 60 decibel").
const COMPARISONS: &[&str] = &[
    "more", "less", "over", "under", "about", "around", "up", "meer", "minder", "ongeveer", "rond",
    "tot",
];

/// At most this many words in a label and in a value: a longer item is prose.
const MAX_LABEL: usize = 8;
const MAX_VALUE: usize = 8;

pub(super) fn label_value(cx: &mut Ctx) {
    let s = cx.s;
    // the cheap tests first: a list item with a colon
    if !s.is_item || s.derived || !s.text.contains(": ") {
        return;
    }
    let Some((label, value, v0)) = split(s) else {
        return;
    };
    // a table has more than one such line: a lone "Note: …" item is no table
    let row = |j: usize| {
        cx.a.sents
            .get(j)
            .is_some_and(|n| n.is_item && n.heading == s.heading && split(n).is_some())
    };
    if !(cx.si.checked_sub(1).is_some_and(row) || row(cx.si + 1)) {
        return;
    }
    let toks = &s.toks;
    let in_value: Vec<_> = toks
        .iter()
        .filter(|t| t.start >= v0 && t.end <= v0 + value.len())
        .collect();
    // the value is a number or a name, not a clause ("Migraine: The most common …")
    let number = in_value.iter().any(|t| t.numeric());
    let words: Vec<_> = value.split_whitespace().collect();
    let name = words.len() >= 2
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !(number || name)
        || in_value
            .iter()
            .any(|t| t.finite() || t.relative() || t.subordinator() || t.pronoun())
    {
        return;
    }
    // a verb in the label makes it a sentence ("The causes are: …"); a participle names
    // ("Discovered by")
    if toks
        .iter()
        .filter(|t| t.end <= label.len())
        .any(|t| t.finite() && !t.lower.ends_with("ed") && !t.lower.ends_with('d'))
    {
        return;
    }
    let Some(lead) = lead_in(cx, label) else {
        return;
    };
    // "Winds 119-153 km/hr": the word before the amount says what it measures, so it stays
    // in sight ("August 1877" is one date)
    let kept = match in_value[..] {
        [w, n, ..]
            if !name
                && w.kind == Kind::Word
                && !w.numeric()
                && !month(w)
                && (n.numeric() || COMPARISONS.contains(&n.lower.as_str())) =>
        {
            n.start - v0
        }
        _ => 0,
    };
    let (shown, gap) = value.split_at(kept);
    cx.out.push(Candidate {
        sent: cx.si,
        rule: Rule::Cloze,
        front: format!("{lead} — {label}: {shown}{{{{c1::{gap}}}}}"),
        back: gap.to_string(),
        cloze: true,
        typed: false,
        with_prev: false,
        // a number or a name makes the best gap
        adjust: 20,
    });
}

/// The label, the value and the value's byte offset: "Category 5: Winds 119-153 km/hr
/// (74-95 mph) - faster than a cheetah" gives "Category 5" and "Winds 119-153 km/hr (74-95
/// mph)" (a spaced dash starts a comment on the value).
fn split(s: &Sent) -> Option<(&str, &str, usize)> {
    let text = s.text.trim_end();
    let colon = text.find(": ")?;
    let label = &text[..colon];
    let rest = &text[colon + 2..];
    let end = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| rest.find(d))
        .min()
        .unwrap_or(rest.len());
    let value = rest[..end].trim_end_matches(['.', ';', ',']).trim();
    let (lw, vw) = (
        label.split_whitespace().count(),
        value.split_whitespace().count(),
    );
    if !(1..=MAX_LABEL).contains(&lw)
        || !(1..=MAX_VALUE).contains(&vw)
        || value.contains(':')
        || label.contains(['.', ',', ';', '(', '"'])
    {
        return None;
    }
    let v0 = colon + 2 + (rest.len() - rest.trim_start().len());
    Some((label, value, v0))
}

/// What the list is about: the sentence that introduces it with a colon ("Here are the
/// average decibel ratings of some familiar things:"), else the sentence before the list
/// when it names the labels ("The categories are based on wind speed." before "Category 1:
/// …"), else a short heading ("Moons of Mars"). None when nothing says it.
fn lead_in(cx: &Ctx, label: &str) -> Option<String> {
    let sents = &cx.a.sents;
    let s = cx.s;
    // the first item of the list, then the sentence before it in the same section
    let mut j = cx.si;
    while j > 0 && sents[j - 1].is_item && sents[j - 1].heading == s.heading {
        j -= 1;
    }
    let intro = j
        .checked_sub(1)
        .map(|i| &sents[i])
        .filter(|p| p.heading == s.heading && !p.dangling && !p.is_item);
    if let Some(p) = intro {
        let t = p.text.trim_end();
        if let Some(t) = t.strip_suffix(':') {
            return Some(t.trim_end().to_string());
        }
    }
    // the sentence before names what the labels are: a label word shares its first five
    // letters with one of its words ("Category" ~ "categories")
    let prefix = |w: &str| -> Option<String> {
        (w.chars().count() >= 5 && w.chars().all(char::is_alphabetic))
            .then(|| w.chars().take(5).collect::<String>().to_lowercase())
    };
    let named = intro.is_some_and(|p| {
        label.split_whitespace().filter_map(prefix).any(|l| {
            p.text
                .split(|c: char| !c.is_alphabetic())
                .filter_map(prefix)
                .any(|w| w == l)
        })
    });
    if let Some(p) = intro.filter(|_| named) {
        return Some(p.text.trim_end().trim_end_matches('.').to_string());
    }
    let heading = s.heading.and_then(|h| cx.a.headings.get(&h));
    heading
        .filter(|h| h.split_whitespace().count() <= 6)
        .map(|h| h.trim().to_string())
}

#[cfg(test)]
mod tests {
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    /// The clozes made of the text's "Label: value" items.
    fn clozes(lang: &'static dyn Language, text: &str) -> Vec<String> {
        crate::generate::rank::tests::run(lang, text, 100)
            .into_iter()
            .map(|(c, _)| c.front)
            .filter(|f| f.contains(" — "))
            .collect()
    }

    #[test]
    fn a_table_of_labels_and_numbers_gets_a_cloze_on_each_value() {
        let en = clozes(
            &ENGLISH,
            "Noise\n\nSound is measured in units called decibels.\n\nHere are the average \
             decibel ratings of some familiar things:\n\n- Normal conversation: 60 decibels\n\
             - Sirens: 120 decibels\n\nMoons of Mars\n\nMars has two moons.\n\n\
             - Discovered: August 1877\n- Discovered by: Asaph Hall\n",
        );
        assert!(
            en.iter().any(|f| f
                == "Here are the average decibel ratings of some familiar things — Normal \
                    conversation: {{c1::60 decibels}}"),
            "{en:?}"
        );
        assert!(
            en.iter()
                .any(|f| f == "Moons of Mars — Discovered by: {{c1::Asaph Hall}}"),
            "{en:?}"
        );
        let nl = clozes(
            &DUTCH,
            "Geluid\n\nGeluid meet je in decibel.\n\nHieronder staan de gemiddelde geluidsniveaus \
             van enkele bekende dingen:\n\n- Een normaal gesprek: 60 decibel\n- Sirenes: 120 \
             decibel\n",
        );
        assert!(
            nl.iter().any(|f| f
                == "Hieronder staan de gemiddelde geluidsniveaus van enkele bekende dingen — \
                    Een normaal gesprek: {{c1::60 decibel}}"),
            "{nl:?}"
        );
    }

    #[test]
    fn prose_after_a_label_a_lone_item_or_a_description_get_no_label_cloze() {
        // the value is a sentence; a single item is no table; a value that is neither a
        // number nor a name is a description, no fact to recall
        let en = clozes(
            &ENGLISH,
            "Headaches\n\nThere are several kinds of headaches:\n\n- Migraine: Migraines \
             cause severe pain on one side of the head.\n- Cluster: Cluster headaches cause \
             repeated bouts of pain.\n\nTips\n\nSleep well.\n\n- Note: 8 hours\n\n\
             Looks\n\n- Colour: dark red\n- Shape: Round\n",
        );
        assert!(en.is_empty(), "{en:?}");
        let nl = clozes(
            &DUTCH,
            "Hoofdpijn\n\nEr zijn soorten hoofdpijn:\n\n- Migraine: Migraine geeft hevige \
             pijn aan een kant van het hoofd.\n- Clusterhoofdpijn: Deze hoofdpijn geeft \
             herhaalde aanvallen.\n\nUiterlijk\n\n- Kleur: donkerrood\n- Vorm: Rond\n",
        );
        assert!(nl.is_empty(), "{nl:?}");
    }
}
