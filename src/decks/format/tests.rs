use super::*;

fn err(text: &str) -> String {
    parse(text, "deck.toml").unwrap_err().to_string()
}

const SAMPLE: &str = r#"[deck]
name = "Vitamine K2"
description = "Kaarten"
language = "nl"

[[card]]
front = "Welk eiwit remt calciumafzetting in de vaatwanden?"
back = "matrix Gla-proteïne (MGP)"
tags = ["eiwitten"]
source = "bloedvaten.txt"
context = "Vitamine K2 activeert het matrix Gla-proteïne (MGP)."

[[card]]
cloze = "MK-7 heeft een {{c1::langere halfwaardetijd}} dan {{c2::MK-4}}."

[[card]]
id = "rev"
front = "MGP"
back = "matrix Gla-proteïne"
reverse = true
"#;

#[test]
fn reads_the_documented_format() {
    let deck = parse(SAMPLE, "deck.toml").unwrap();
    assert_eq!(deck.deck.name, "Vitamine K2");
    assert_eq!(deck.deck.language.as_deref(), Some("nl"));
    assert_eq!(deck.cards.len(), 3);
    assert_eq!(deck.cards[0].line, 6);
    assert_eq!(deck.cards[1].line, 13);
    assert_eq!(deck.cards[0].tags, ["eiwitten"]);
    assert!(matches!(deck.cards[1].content, Content::Cloze { .. }));
}

#[test]
fn the_batch_has_one_card_per_side_and_cloze_number() {
    let batch = parse(SAMPLE, "deck.toml").unwrap().to_batch();
    assert_eq!(batch.decks[0].name, "Vitamine K2");
    let cards: Vec<(String, u32, String)> = batch
        .notes
        .iter()
        .flat_map(|n| {
            n.cards
                .iter()
                .map(move |c| (n.guid.clone(), c.ord, c.front.clone()))
        })
        .collect();
    assert_eq!(cards.len(), 5);
    assert_eq!(cards[1].2, "MK-7 heeft een [...] dan MK-4.");
    assert_eq!(
        (cards[2].1, cards[2].2.as_str()),
        (1, "MK-7 heeft een langere halfwaardetijd dan [...].")
    );
    assert_eq!((cards[3].0.as_str(), cards[3].2.as_str()), ("rev", "MGP"));
    assert_eq!(
        (cards[4].1, cards[4].2.as_str()),
        (1, "matrix Gla-proteïne")
    );
    assert_eq!(batch.notes[1].cards[0].answer, "langere halfwaardetijd");
    // content ids are 16 hex digits
    assert_eq!(batch.notes[0].guid.len(), 16);
    assert!(batch.complete_decks);
}

#[test]
fn ids_survive_an_edited_back_but_not_an_edited_front() {
    let a = parse(SAMPLE, "d").unwrap().to_batch();
    let b = parse(&SAMPLE.replace("matrix Gla-proteïne (MGP)\"", "MGP\""), "d")
        .unwrap()
        .to_batch();
    assert_eq!(a.notes[0].guid, b.notes[0].guid);
    let c = parse(
        &SAMPLE.replace("remt calciumafzetting", "remt afzetting"),
        "d",
    )
    .unwrap()
    .to_batch();
    assert_ne!(a.notes[0].guid, c.notes[0].guid);
}

#[test]
fn writing_and_reading_round_trips() {
    let deck = parse(SAMPLE, "deck.toml").unwrap();
    let text = write(&deck).unwrap();
    let again = parse(&text, "out.toml").unwrap();
    assert_eq!(again.deck, deck.deck);
    let strip = |d: &DeckFile| {
        d.cards
            .iter()
            .map(|c| CardEntry {
                line: 0,
                ..c.clone()
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&again), strip(&deck));
    assert_eq!(write(&again).unwrap(), text, "deterministic");
}

#[test]
fn schedules_round_trip() {
    let text = "[deck]\nname = \"D\"\n[[card]]\nfront = \"Q\"\nback = \"A\"\nsuspended = true\n\
                [card.schedule]\nrepetitions = 2\neasiness = 2.7\ninterval = 6\ndue = 2026-01-08\nlapses = 1\n";
    let deck = parse(text, "d").unwrap();
    let s = deck.cards[0].schedule.unwrap();
    assert_eq!(
        (s.repetitions, s.easiness, s.interval, s.lapses),
        (2, 270, 6, 1)
    );
    assert_eq!(s.due.unwrap().to_string(), "2026-01-08");
    let again = parse(&write(&deck).unwrap(), "d").unwrap();
    assert_eq!(again.cards[0].schedule, Some(s));
    assert_eq!(again.cards[0].suspended, Some(true));
}

#[test]
fn syntax_errors_name_the_line() {
    assert_eq!(
        err("[deck]\nname = \"D\"\n\n[[card]]\nfront = \"Q\nback = \"A\"\n"),
        "deck.toml:5: invalid basic string, expected `\"`"
    );
}

#[test]
fn semantic_errors_name_the_card_line() {
    let base = "[deck]\nname = \"D\"\n\n[[card]]\n";
    assert_eq!(
        err(&format!("{base}front = \"Q\"\n")),
        "deck.toml:4: card has a 'front' but no 'back'"
    );
    assert_eq!(
        err(&format!("{base}back = \"A\"\n")),
        "deck.toml:4: card needs 'front' and 'back', or 'cloze'"
    );
    assert_eq!(
        err(&format!(
            "{base}front = \"Q\"\nback = \"A\"\ncloze = \"{{{{c1::x}}}}\"\n"
        )),
        "deck.toml:4: a card has either 'front' or 'cloze', not both"
    );
    assert_eq!(
        err(&format!("{base}cloze = \"no gaps\"\n")),
        "deck.toml:4: cloze text has no deletion like {{c1::answer}}"
    );
    assert_eq!(
        err(&format!("{base}front = \"  \"\nback = \"A\"\n")),
        "deck.toml:4: card field 'front' is empty"
    );
    assert_eq!(
        err(&format!(
            "{base}front = \"Q\"\nback = \"A\"\ntags = [\"two words\"]\n"
        )),
        "deck.toml:4: invalid tag 'two words': tags are single words"
    );
    assert_eq!(
        err(&format!(
            "{base}id = \"a b\"\nfront = \"Q\"\nback = \"A\"\n"
        )),
        "deck.toml:4: invalid card id 'a b': use up to 100 characters without spaces"
    );
}

#[test]
fn wrong_types_and_unknown_keys_are_refused() {
    let e = err("[deck]\nname = \"D\"\n[[card]]\nfront = 3\nback = \"A\"\n");
    assert!(
        e.starts_with("deck.toml:4: invalid type: integer `3`, expected a string"),
        "{e}"
    );
    let e = err("[deck]\nname = \"D\"\n[[card]]\nfornt = \"Q\"\nback = \"A\"\n");
    assert!(e.starts_with("deck.toml:4: unknown field `fornt`"), "{e}");
}

#[test]
fn duplicates_are_refused_with_both_lines() {
    let text = "[deck]\nname = \"D\"\n[[card]]\nid = \"x\"\nfront = \"Q\"\nback = \"A\"\n\
                [[card]]\nid = \"x\"\nfront = \"R\"\nback = \"B\"\n";
    assert_eq!(err(text), "deck.toml:7: duplicate id 'x', first at line 3");
    let text = "[deck]\nname = \"D\"\n[[card]]\nfront = \"Q\"\nback = \"A\"\n[[card]]\nfront = \" Q \"\nback = \"B\"\n";
    assert!(err(text).starts_with("deck.toml:6: duplicate card (same prompt)"));
}

#[test]
fn a_file_that_is_not_a_deck() {
    assert_eq!(
        err(""),
        "deck.toml:1: not a recall deck: the [deck] table with a name is missing"
    );
    assert_eq!(
        err("title = \"x\"\n"),
        "deck.toml:1: unknown field `title`, expected `deck` or `card`"
    );
    assert!(err("[deck]\nname = \"A::::B\"\n").starts_with("deck.toml:1: invalid deck name"));
}

#[test]
fn the_builtin_deck_parses() {
    let deck = parse(crate::decks::BUILTIN_DECK, crate::decks::BUILTIN_DECK_PATH).unwrap();
    assert_eq!(deck.deck.name, "Vitamine K2");
    assert!(deck.cards.len() >= 30);
    assert!(
        deck.cards
            .iter()
            .all(|c| c.context.is_some() && c.source.is_some())
    );
}

#[test]
fn offsets_map_to_lines() {
    let lines = Lines::new("ab\ncd\n\nef");
    assert_eq!(
        [0, 1, 2, 3, 5, 6, 7, 9, 100].map(|o| lines.line_of(o)),
        [1, 1, 1, 2, 2, 3, 4, 4, 4]
    );
    assert_eq!(Lines::new("").line_of(0), 1);
}

#[test]
fn an_empty_deck_is_written_plainly() {
    let deck = DeckFile {
        deck: DeckMeta {
            name: "Leeg".into(),
            ..DeckMeta::default()
        },
        cards: vec![],
    };
    let text = write(&deck).unwrap();
    assert_eq!(text, "[deck]\nname = \"Leeg\"\n");
    assert_eq!(parse(&text, "d").unwrap(), deck);
}

/// A card of every shape `write_plain` knows, with the given strings.
fn card_of(i: usize, s: &[String]) -> CardEntry {
    let at = |k: usize| s[(i + k) % s.len()].clone();
    let content = if i.is_multiple_of(3) {
        Content::Cloze {
            text: at(0),
            extra: i.is_multiple_of(2).then(|| at(1)),
        }
    } else {
        Content::Basic {
            front: at(0),
            back: at(1),
            reverse: i % 4 == 1,
        }
    };
    CardEntry {
        id: (i % 5 == 2).then(|| at(2)),
        content,
        tags: (0..i % 3).map(|k| at(3 + k)).collect(),
        source: (i % 2 == 1).then(|| at(5)),
        context: (i % 7 != 3).then(|| at(6)),
        suspended: [None, Some(true), Some(false)][i % 3],
        schedule: None,
        line: 0,
    }
}

fn deck_of(s: &[String]) -> DeckFile {
    DeckFile {
        deck: DeckMeta {
            name: s[0].clone(),
            description: s.len().is_multiple_of(2).then(|| s[1 % s.len()].clone()),
            language: Some(s[s.len() - 1].clone()),
            sources: s.iter().take(s.len() % 3).cloned().collect(),
        },
        cards: (0..s.len()).map(|i| card_of(i, s)).collect(),
    }
}

#[test]
fn the_plain_writer_writes_what_the_serializer_writes() {
    let mut decks =
        vec![parse(crate::decks::BUILTIN_DECK, crate::decks::BUILTIN_DECK_PATH).unwrap()];
    let tricky: Vec<String> = [
        "",
        "plain",
        "a-b_c.d/e: f",
        "it's",
        "''",
        "'''",
        "a ''' b ''''",
        "\"q\"",
        "\"\"",
        "\"\"\"",
        "a \"\"\" b \"\"\"\" c",
        "x\"",
        "back\\slash",
        "tab\there",
        "new\nline",
        "new\nline \"q\"",
        "new\nline 'q' \\",
        "cr\r",
        "\u{1}ctl",
        "del\u{7f}",
        "\u{8}\u{c}",
        "ï “quote” – dash",
        "'\"",
        "\\'",
        "\n",
        "ends with \"",
        "\"\"\n\"\"\"\n'''",
        "\t'",
        "a\\\"b'''c",
    ]
    .map(String::from)
    .to_vec();
    decks.push(deck_of(&tricky));
    for dir in ["decks/sources", "tests/gold/texts"] {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            let sources = [crate::generate::Source {
                name: "doc.txt".into(),
                text,
            }];
            decks.push(crate::generate::generate(&sources, &Default::default()).deck);
        }
    }
    for d in &decks {
        assert_eq!(write_plain(d), write_serde(d).unwrap());
    }
}

proptest::proptest! {
    #[test]
    fn the_plain_writer_encodes_any_string_as_the_serializer_does(
        s in proptest::collection::vec("[a-z '\"\\\\\t\n\r\u{1}\u{7f}é“:./_-]{0,12}", 1..8)
    ) {
        let d = deck_of(&s);
        proptest::prop_assert_eq!(write_plain(&d), write_serde(&d).unwrap());
    }
}
