#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Quality of generated decks, measured like `shared/tools/score_deck.py` (ported to Rust in
//! `tests/scorer`): fact recall against gold lists, and zero leaks, duplicates, long fronts
//! and dangling pronouns. The seeds are scored against the public samples; four other real
//! texts (tests/gold/texts, licences in SOURCES.md) against gold lists written before the
//! generator ever ran on them. Two of those were used to tune the rules, two were held out.

mod scorer;

use recall::decks::{self, Content, DeckFile};
use recall::generate::{self, Options, Source};
use scorer::Gold;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Generate, write and read back, exactly as `recall generate` followed by `recall import`.
fn deck(paths: &[&str], name: Option<&str>, lang: Option<&str>) -> DeckFile {
    let sources: Vec<Source> = paths
        .iter()
        .map(|p| Source {
            name: p.rsplit('/').next().unwrap().to_string(),
            text: read(p),
        })
        .collect();
    let options = Options {
        lang: lang.map(str::to_string),
        deck: name.map(str::to_string),
        max: None,
    };
    let text = decks::write(&generate::generate(&sources, &options).deck).unwrap();
    decks::parse(&text, "generated").unwrap()
}

fn gold(path: &str) -> Gold {
    serde_json::from_str(&read(path)).unwrap()
}

const SEEDS: [&str; 2] = [
    "decks/sources/vitamine-k2-bloedvaten.txt",
    "decks/sources/vitamine-k2-botgezondheid.txt",
];

/// Words that must never stand in a question without what they refer to.
const DANGLING: &[&str] = &[
    "hij", "zij", "ze", "hierdoor", "daardoor", "deze", "dit", "he", "she", "they", "it", "this",
    "these", "those",
];

/// The hygiene faults of a deck, each as (kind, the card's text).
fn hygiene_faults(deck: &DeckFile) -> Vec<(String, String)> {
    let cloze = regex::Regex::new(r"\{\{c\d+::(.*?)\}\}").unwrap();
    let mut faults = Vec::new();
    for c in &deck.cards {
        let shown = match &c.content {
            Content::Basic { front, back, .. } => {
                if !front.ends_with('?') {
                    faults.push(("not a question".to_string(), front.clone()));
                }
                if back.trim().is_empty() {
                    faults.push(("empty answer".to_string(), front.clone()));
                }
                front.clone()
            }
            Content::Cloze { text, .. } => cloze.replace_all(text, "$1").into_owned(),
        };
        if shown.chars().count() > 300 {
            faults.push(("front over 300 characters".to_string(), shown.clone()));
        }
        if let Content::Basic { front, .. } = &c.content {
            let words = |s: &str| -> Vec<String> {
                s.split(|ch: char| !ch.is_alphanumeric())
                    .map(str::to_lowercase)
                    .collect()
            };
            // "Plants release water vapour …. What is this process called?": "this" points
            // at the statement the front makes before its question
            let (stated, question) = front.rsplit_once(". ").unwrap_or(("", front));
            let (stated, question) = (words(stated), words(question));
            for d in DANGLING {
                let pointer = !stated.is_empty() && matches!(*d, "this" | "dit" | "these" | "deze");
                if stated.iter().any(|w| w == d) || !pointer && question.iter().any(|w| w == d) {
                    faults.push((format!("dangling '{d}'"), front.clone()));
                }
            }
        }
        if c.context.as_deref().is_none_or(str::is_empty) {
            faults.push(("no context".to_string(), shown.clone()));
        }
        if c.source.is_none() {
            faults.push(("no source".to_string(), shown));
        }
    }
    faults
}

fn check_hygiene(deck: &DeckFile, what: &str) {
    if let Some((kind, card)) = hygiene_faults(deck).first() {
        panic!("{what}: {kind} in: {card}");
    }
}

fn score_line(what: &str, r: &scorer::Report) -> String {
    format!(
        "{what}: recall={:.2} ({}/{}) cards={} leaks={} dups={} long_fronts={}",
        r.recall(),
        r.hit,
        r.facts,
        r.cards,
        r.leaks,
        r.dups,
        r.long_fronts
    )
}

#[test]
fn seeds_cover_the_public_samples() {
    let d = deck(&SEEDS, Some("Vitamine K2"), Some("nl"));
    check_hygiene(&d, "seeds");
    for g in [
        "tests/gold/seeds/vitamine-k2-bloedvaten.sample.json",
        "tests/gold/seeds/vitamine-k2-botgezondheid.sample.json",
    ] {
        let r = scorer::score(&gold(g), &d);
        eprintln!("{}", score_line(g, &r));
        assert!(r.recall() >= 0.8, "{}", score_line(g, &r));
        assert_eq!(
            (r.leaks, r.dups, r.long_fronts),
            (0, 0, 0),
            "{}",
            score_line(g, &r)
        );
    }
}

/// (text, minimum recall, maximum cards per covered fact)
const TEXTS: &[(&str, f64, f64)] = &[
    // tuning texts (nl-overgangsmetalen: 0.91 at 41 cards with the cap of 1.4 cards per
    // informative sentence, 0.88 at 36 cards, 1.20 per covered fact, with 1.2)
    ("nl-overgangsmetalen", 0.85, 1.6),
    ("en-antimicrobial-resistance", 0.75, 1.6),
    // held out until the final score
    ("nl-ontdekte-elementen", 0.75, 1.8),
    ("en-healthy-sleep", 0.45, 2.0),
];

#[test]
fn real_texts_reach_the_recall_targets() {
    for &(name, min_recall, max_ratio) in TEXTS {
        let d = deck(&[&format!("tests/gold/texts/{name}.txt")], None, None);
        check_hygiene(&d, name);
        let r = scorer::score(&gold(&format!("tests/gold/{name}.json")), &d);
        eprintln!("{}", score_line(name, &r));
        assert!(r.recall() >= min_recall, "{}", score_line(name, &r));
        assert_eq!(
            (r.leaks, r.dups, r.long_fronts),
            (0, 0, 0),
            "{}",
            score_line(name, &r)
        );
        let ratio = r.cards as f64 / r.hit.max(1) as f64;
        assert!(
            ratio <= max_ratio,
            "{name}: {ratio:.2} cards per covered fact"
        );
    }
}

#[test]
fn the_ported_scorer_agrees_with_the_python_rules() {
    let sc = scorer::Scorer::default();
    // numbers must be equal: 180 μg is not 100-180 μg
    assert!(sc.answer_match("180 μg", "180 μg", "nl"));
    assert!(!sc.answer_match("100-180 μg", "180 μg", "nl"));
    assert!(sc.answer_match("45", "45 mg", "nl"));
    assert!(!sc.answer_match("7", "MK-7 heeft een langere halfwaardetijd", "nl"));
    // the gold inside a short card answer, or most of it the other way round
    assert!(sc.answer_match("de Japanse delicatesse natto", "natto", "nl"));
    assert!(sc.answer_match("polsgolfsnelheid", "de polsgolfsnelheid", "nl"));
    assert_eq!(sc.normalize("MK-7 1,5 µg 2.000", true), "mk 7 1.5 ug 2000");
    assert!(sc.answer_leaks("MGP", "Waar staat MGP voor?", "nl"));
    assert!(!sc.answer_leaks("matrix Gla-proteïne", "Waar staat MGP voor?", "nl"));
    let sentence = "De Japanse delicatesse natto bevat uitzonderlijk hoge niveaus MK-7.";
    let ans = sc.tokens("natto");
    assert!(sc.overlap_ok(
        "Welke Japanse delicatesse bevat veel MK-7?",
        "",
        sentence,
        &ans,
        "nl"
    ));
    assert!(!sc.overlap_ok("Wat staat er in de tekst?", "", sentence, &ans, "nl"));
}

/// The texts whose decks must not be read (held out): their failures name the text only.
const HELD_OUT: &[&str] = &[
    "nl-schildpadden",
    "nl-korstmossen",
    "en-noaa-tornadoes",
    "en-nih-shingles",
    "nl-beriberi",
    "nl-krokodilachtigen",
    "en-usgs-landslides",
    "en-nhlbi-anemia",
    "nl-inktvissen",
    "nl-leeuwenhoek-kamerlingh-onnes",
    "en-noaa-lightning",
    "en-niams-vitiligo",
    "nl-mossen-veenmos",
    "nl-alvleesklier-milt",
    "en-nasa-asteroids-meteors",
    "en-ods-vitamins-a-d",
    "nl-beuk",
    "nl-ijstijden",
    "en-noaa-kelp-forests",
];

/// Every evaluation text with a gold list, not only the four above: no leak, no duplicate, no
/// long front, no dangling pronoun, no card without its context. A held-out text's failure
/// names the text and the kind of fault, never the card.
#[test]
fn every_gold_text_gives_a_clean_deck() {
    let mut names: Vec<String> = std::fs::read_dir("tests/gold/texts")
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            let stem = p.file_stem()?.to_str()?.to_string();
            (p.extension()? == "txt").then_some(stem)
        })
        .filter(|n| std::path::Path::new(&format!("tests/gold/{n}.json")).exists())
        .collect();
    names.sort();
    assert!(names.len() >= 50, "only {} gold texts found", names.len());
    let mut failures = Vec::new();
    for name in &names {
        let d = deck(&[&format!("tests/gold/texts/{name}.txt")], None, None);
        let r = scorer::score(&gold(&format!("tests/gold/{name}.json")), &d);
        let faults = hygiene_faults(&d);
        let stats = (r.leaks, r.dups, r.long_fronts);
        if HELD_OUT.contains(&name.as_str()) {
            // the kinds of fault only: a held-out deck's cards are never shown
            let kinds: Vec<&String> = faults.iter().map(|f| &f.0).collect();
            if !kinds.is_empty() || stats != (0, 0, 0) {
                failures.push(format!(
                    "{name} (held out): {kinds:?}, (leaks, dups, long) {stats:?}"
                ));
            }
        } else if let Some((kind, card)) = faults.first() {
            failures.push(format!("{name}: {kind} in: {card}"));
        } else if stats != (0, 0, 0) {
            failures.push(score_line(name, &r));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
