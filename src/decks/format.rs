//! The native deck file (TOML): reading with `FILE:LINE` errors, writing, and turning a deck
//! into the store's batch.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use toml::Spanned;

use super::{cloze, id};
use crate::batch::{Batch, CardSpec, DeckSpec, NoteSpec};
use crate::model::{Day, MIN_EASINESS, Sm2};

/// A deck file, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DeckFile {
    pub deck: DeckMeta,
    pub cards: Vec<CardEntry>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DeckMeta {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CardEntry {
    pub id: Option<String>,
    pub content: Content,
    pub tags: Vec<String>,
    pub source: Option<String>,
    pub context: Option<String>,
    pub suspended: Option<bool>,
    pub schedule: Option<Sm2>,
    /// 1-based line of the entry's `[[card]]` header (0 when built in memory).
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    Basic {
        front: String,
        back: String,
        reverse: bool,
    },
    Cloze {
        text: String,
        extra: Option<String>,
    },
}

/// A deck file that cannot be used; the whole file is refused.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("{path}:{line}: {message}")]
pub struct DeckError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    deck: Option<Spanned<RawDeck>>,
    #[serde(default)]
    card: Vec<Spanned<RawCard>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeck {
    name: String,
    description: Option<String>,
    language: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
struct RawCard {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    front: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    back: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cloze: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reverse: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suspended: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    schedule: Option<RawSchedule>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RawSchedule {
    repetitions: u32,
    easiness: f64,
    interval: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    due: Option<toml::value::Datetime>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    drill: bool,
    #[serde(default)]
    lapses: u32,
}

/// 1-based line numbers of byte offsets, in O(log n) each (a deck can have thousands of cards).
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Lines {
        Lines(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i)
                .collect(),
        )
    }

    fn line_of(&self, offset: usize) -> usize {
        self.0.partition_point(|&nl| nl < offset) + 1
    }
}

/// Parse and validate a deck file. `path` is only used in messages.
/// A deck name has text, and text on both sides of each "::" (a subdeck's separator).
pub fn is_valid_deck_name(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty() && !name.split("::").any(|part| part.trim().is_empty())
}

pub fn parse(text: &str, path: &str) -> Result<DeckFile, DeckError> {
    let lines = Lines::new(text);
    let err = |span: Option<Range<usize>>, message: String| DeckError {
        path: path.to_string(),
        line: span.map_or(1, |s| lines.line_of(s.start)),
        message,
    };
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let message = e.message().trim().replace('\n', "; ");
        err(e.span(), message)
    })?;
    let Some(deck) = raw.deck else {
        return Err(err(
            None,
            "not a recall deck: the [deck] table with a name is missing".into(),
        ));
    };
    let deck_span = deck.span();
    let deck = deck.into_inner();
    let name = deck.name.trim().to_string();
    if !is_valid_deck_name(&name) {
        return Err(err(
            Some(deck_span),
            format!("invalid deck name '{}'", deck.name),
        ));
    }
    let meta = DeckMeta {
        name,
        description: deck.description.filter(|d| !d.trim().is_empty()),
        language: deck.language.filter(|l| !l.trim().is_empty()),
        sources: deck.sources,
    };

    let mut cards = Vec::with_capacity(raw.card.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for spanned in raw.card {
        let line = lines.line_of(spanned.span().start);
        let fail = |message: String| DeckError {
            path: path.to_string(),
            line,
            message,
        };
        let entry = validate_card(spanned.into_inner(), line).map_err(fail)?;
        let note_id = entry.note_id(&meta.name);
        if let Some(first) = seen.insert(note_id.clone(), line) {
            let what = if entry.id.is_some() {
                "id"
            } else {
                "card (same prompt)"
            };
            return Err(fail(format!(
                "duplicate {what} '{note_id}', first at line {first}"
            )));
        }
        cards.push(entry);
    }
    Ok(DeckFile { deck: meta, cards })
}

/// A card's text field may hold this many bytes: far more than any flashcard needs, small
/// enough that a runaway field (a whole book pasted in) is caught.
pub const MAX_FIELD_BYTES: usize = 100_000;

fn validate_card(raw: RawCard, line: usize) -> Result<CardEntry, String> {
    let nonblank = |field: &str, value: Option<String>| -> Result<Option<String>, String> {
        match value {
            Some(v) if v.trim().is_empty() => Err(format!("card field '{field}' is empty")),
            Some(v) if v.len() > MAX_FIELD_BYTES => Err(format!(
                "card field '{field}' is {} bytes long; the limit is {MAX_FIELD_BYTES}",
                v.len()
            )),
            other => Ok(other),
        }
    };
    let id = nonblank("id", raw.id)?;
    if let Some(id) = &id
        && (id.chars().any(char::is_whitespace) || id.chars().count() > 100)
    {
        return Err(format!(
            "invalid card id '{id}': use up to 100 characters without spaces"
        ));
    }
    let front = nonblank("front", raw.front)?;
    let back = nonblank("back", raw.back)?;
    let text = nonblank("cloze", raw.cloze)?;
    let content = match (front, text) {
        (Some(_), Some(_)) => return Err("a card has either 'front' or 'cloze', not both".into()),
        (None, None) => return Err("card needs 'front' and 'back', or 'cloze'".into()),
        (Some(front), None) => {
            let Some(back) = back else {
                return Err("card has a 'front' but no 'back'".into());
            };
            Content::Basic {
                front,
                back,
                reverse: raw.reverse.unwrap_or(false),
            }
        }
        (None, Some(text)) => {
            if raw.reverse.is_some() {
                return Err("'reverse' applies to front/back cards, not to cloze".into());
            }
            if cloze::numbers(&text).is_empty() {
                return Err("cloze text has no deletion like {{c1::answer}}".into());
            }
            Content::Cloze { text, extra: back }
        }
    };
    let tags = raw.tags.unwrap_or_default();
    if let Some(bad) = tags
        .iter()
        .find(|t| t.trim().is_empty() || t.chars().any(char::is_whitespace))
    {
        return Err(format!("invalid tag '{bad}': tags are single words"));
    }
    let schedule = raw.schedule.map(validate_schedule).transpose()?;
    Ok(CardEntry {
        id,
        content,
        tags,
        source: nonblank("source", raw.source.filter(|s| !s.trim().is_empty()))?,
        context: nonblank("context", raw.context.filter(|s| !s.trim().is_empty()))?,
        suspended: raw.suspended,
        schedule,
        line,
    })
}

fn validate_schedule(raw: RawSchedule) -> Result<Sm2, String> {
    let hundredths = (raw.easiness * 100.0).round();
    if !(f64::from(MIN_EASINESS)..=1000.0).contains(&hundredths) {
        return Err(format!(
            "schedule easiness {} is outside 1.3..10",
            raw.easiness
        ));
    }
    let due = match raw.due {
        None => None,
        Some(dt) => {
            let date = dt
                .date
                .filter(|_| dt.time.is_none())
                .and_then(|d| {
                    NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                })
                .ok_or_else(|| format!("schedule due '{dt}' is not a date like 2026-03-01"))?;
            Some(Day::from_date(date))
        }
    };
    if due.is_none() && (raw.repetitions > 0 || raw.lapses > 0 || raw.drill) {
        return Err("schedule of an answered card needs a 'due' date".into());
    }
    Ok(Sm2 {
        repetitions: raw.repetitions,
        easiness: hundredths as u16,
        interval: raw.interval,
        due,
        drill: raw.drill,
        lapses: raw.lapses,
    })
}

impl CardEntry {
    fn kind(&self) -> &'static str {
        match self.content {
            Content::Basic { .. } => "basic",
            Content::Cloze { .. } => "cloze",
        }
    }

    /// The note's stable id: the explicit one, else a hash of deck, kind and prompt.
    pub fn note_id(&self, deck: &str) -> String {
        if let Some(id) = &self.id {
            return id.clone();
        }
        let prompt = match &self.content {
            Content::Basic { front, .. } => front,
            Content::Cloze { text, .. } => text,
        };
        id::content_id(deck, self.kind(), prompt)
    }
}

impl CardEntry {
    /// How many cards the entry gives to study: one per side asked, one per cloze number
    /// (as [`DeckFile::to_batch`] makes them).
    pub fn study_cards(&self) -> usize {
        match &self.content {
            Content::Basic { reverse, .. } => 1 + usize::from(*reverse),
            Content::Cloze { text, .. } => cloze::numbers(text).len(),
        }
    }
}

impl DeckFile {
    /// The store batch for this deck: one note per entry, one card per side or cloze number.
    pub fn to_batch(&self) -> Batch {
        let deck = &self.deck.name;
        let notes = self
            .cards
            .iter()
            .map(|entry| {
                let (fields, cards) = match &entry.content {
                    Content::Basic {
                        front,
                        back,
                        reverse,
                    } => {
                        let mut cards = vec![card_spec(deck, 0, front, back, back)];
                        if *reverse {
                            cards.push(card_spec(deck, 1, back, front, front));
                        }
                        (
                            vec![
                                ("Front".into(), front.clone()),
                                ("Back".into(), back.clone()),
                            ],
                            cards,
                        )
                    }
                    Content::Cloze { text, extra } => {
                        let cards = cloze::numbers(text)
                            .into_iter()
                            .map(|n| {
                                let c = cloze::render(text, n);
                                let back = match extra {
                                    Some(extra) => format!("{}\n\n{extra}", c.back),
                                    None => c.back,
                                };
                                card_spec(deck, n - 1, &c.front, &back, &c.answer)
                            })
                            .collect();
                        let extra = extra.clone().unwrap_or_default();
                        (
                            vec![("Text".into(), text.clone()), ("Back Extra".into(), extra)],
                            cards,
                        )
                    }
                };
                let cards = cards
                    .into_iter()
                    .map(|c| CardSpec {
                        sched: entry.schedule,
                        suspended: entry.suspended,
                        ..c
                    })
                    .collect();
                NoteSpec {
                    guid: entry.note_id(deck),
                    notetype: entry.kind().into(),
                    fields,
                    tags: entry.tags.clone(),
                    source: entry.source.clone(),
                    context: entry.context.clone(),
                    cards,
                    line: Some(entry.line),
                }
            })
            .collect();
        Batch {
            decks: vec![DeckSpec {
                name: deck.clone(),
                description: self.deck.description.clone(),
                language: self.deck.language.clone(),
            }],
            notes,
            complete_decks: true,
        }
    }
}

fn card_spec(deck: &str, ord: u32, front: &str, back: &str, answer: &str) -> CardSpec {
    CardSpec {
        ord,
        deck: deck.to_string(),
        front: front.to_string(),
        back: back.to_string(),
        answer: answer.to_string(),
        ..CardSpec::default()
    }
}

/// Write a deck file. Deterministic: the same deck gives the same bytes.
pub fn write(deck: &DeckFile) -> Result<String, toml::ser::Error> {
    // Cards without a schedule (every generated deck) hold only strings, booleans and string
    // arrays: written directly, byte for byte what the `toml` crate writes (a test compares
    // the two), at a fraction of the serializer's cost. Schedules (floats, dates) go through
    // the crate.
    if deck.cards.iter().all(|c| c.schedule.is_none()) {
        return Ok(write_plain(deck));
    }
    write_serde(deck)
}

/// `write` for a deck whose cards have no schedule, without the serializer: the same layout
/// (`[deck]`, then each `[[card]]` after a blank line, fields in `RawCard`'s order) and the
/// same string encodings (`toml_str`).
fn write_plain(deck: &DeckFile) -> String {
    let meta = &deck.deck;
    let strings: usize = deck
        .cards
        .iter()
        .map(|c| {
            let content = match &c.content {
                Content::Basic { front, back, .. } => front.len() + back.len(),
                Content::Cloze { text, extra } => {
                    text.len() + extra.as_ref().map_or(0, String::len)
                }
            };
            content
                + c.tags.iter().map(|t| t.len() + 4).sum::<usize>()
                + c.source.as_ref().map_or(0, String::len)
                + c.context.as_ref().map_or(0, String::len)
                + c.id.as_ref().map_or(0, String::len)
        })
        .sum();
    let mut out = String::with_capacity(strings + 128 * deck.cards.len() + 256);
    out.push_str("[deck]\n");
    key_str(&mut out, "name", &meta.name);
    if let Some(d) = &meta.description {
        key_str(&mut out, "description", d);
    }
    if let Some(l) = &meta.language {
        key_str(&mut out, "language", l);
    }
    if !meta.sources.is_empty() {
        key_strs(&mut out, "sources", &meta.sources);
    }
    for c in &deck.cards {
        out.push_str("\n[[card]]\n");
        if let Some(id) = &c.id {
            key_str(&mut out, "id", id);
        }
        match &c.content {
            Content::Basic {
                front,
                back,
                reverse,
            } => {
                key_str(&mut out, "front", front);
                key_str(&mut out, "back", back);
                if *reverse {
                    out.push_str("reverse = true\n");
                }
            }
            Content::Cloze { text, extra } => {
                if let Some(extra) = extra {
                    key_str(&mut out, "back", extra);
                }
                key_str(&mut out, "cloze", text);
            }
        }
        if !c.tags.is_empty() {
            key_strs(&mut out, "tags", &c.tags);
        }
        if let Some(s) = &c.source {
            key_str(&mut out, "source", s);
        }
        if let Some(s) = &c.context {
            key_str(&mut out, "context", s);
        }
        if let Some(s) = c.suspended {
            out.push_str(if s {
                "suspended = true\n"
            } else {
                "suspended = false\n"
            });
        }
    }
    out
}

/// `key = "value"` and a newline (the keys are bare words).
fn key_str(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push_str(" = ");
    toml_str(out, value);
    out.push('\n');
}

/// `key = ["a", "b"]` and a newline.
fn key_strs(out: &mut String, key: &str, values: &[String]) {
    out.push_str(key);
    out.push_str(" = [");
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        toml_str(out, v);
    }
    out.push_str("]\n");
}

/// A TOML string as `toml_writer` encodes it by default: a basic string when nothing needs
/// escaping, else a literal string, a multi-line basic or literal one, and escapes last.
fn toml_str(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    // the common case first: nothing to escape ('"' '\\' and control characters), checked
    // 16 bytes at a time without an early exit per byte so the loop vectorises. An
    // apostrophe ("it's") changes nothing: without those bytes the metrics below choose
    // `basic` without a multi-line form, which escapes none of the text's bytes
    let special = |b: u8| b < 0x20 || b == b'"' || b == b'\\' || b == 0x7f;
    let plain = bytes
        .chunks(16)
        .all(|c| !c.iter().fold(false, |acc, &b| acc | special(b)));
    if plain {
        out.push('"');
        out.push_str(s);
        out.push('"');
        return;
    }
    // the metrics `toml_writer` decides by
    let (mut single, mut double, mut run_single, mut run_double) = (0usize, 0usize, 0, 0);
    let (mut codes, mut backslash, mut newline) = (false, false, false);
    for &b in bytes {
        if b == b'\'' {
            run_single += 1;
            single = single.max(run_single);
        } else {
            run_single = 0;
        }
        if b == b'"' {
            run_double += 1;
            double = double.max(run_double);
        } else {
            run_double = 0;
        }
        match b {
            b'\\' => backslash = true,
            b'\t' => {}
            b'\n' => newline = true,
            c if c <= 0x1f || c == 0x7f => codes = true,
            _ => {}
        }
    }
    if !codes && !backslash && double == 0 && !newline {
        basic(out, s, false, false);
    } else if !codes && single == 0 && !newline {
        out.push('\'');
        out.push_str(s);
        out.push('\'');
    } else if !codes && !backslash && double <= 2 {
        basic(out, s, true, newline);
    } else if !codes && single <= 2 {
        out.push_str("\'\'\'");
        if newline {
            out.push('\n');
        }
        out.push_str(s);
        out.push_str("\'\'\'");
    } else {
        basic(out, s, newline, newline);
    }
}

/// A basic string (`multi`: a multi-line one, opened with a newline when `newline`), escaped
/// as `toml_writer` escapes: a multi-line string keeps newlines and up to two quotes in a row.
fn basic(out: &mut String, s: &str, multi: bool, newline: bool) {
    use std::fmt::Write as _;
    let delimiter = if multi { "\"\"\"" } else { "\"" };
    out.push_str(delimiter);
    if multi && newline {
        out.push('\n');
    }
    let max_double = if multi { 2 } else { 0 };
    let mut run_double = 0;
    let mut from = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        let escape = match b {
            b'"' => {
                run_double += 1;
                if run_double > max_double {
                    run_double = 0;
                    Some("\\\"")
                } else {
                    None
                }
            }
            0x8 => Some("\\b"),
            b'\t' => Some("\\t"),
            b'\n' => (!multi).then_some("\\n"),
            0xc => Some("\\f"),
            b'\r' => Some("\\r"),
            b'\\' => Some("\\\\"),
            c if c <= 0x1f || c == 0x7f => Some(""),
            _ => None,
        };
        if b != b'"' {
            run_double = 0;
        }
        if let Some(e) = escape {
            out.push_str(&s[from..i]);
            if e.is_empty() {
                let _ = write!(out, "\\u{:04X}", u32::from(b));
            } else {
                out.push_str(e);
            }
            from = i + 1;
        }
    }
    out.push_str(&s[from..]);
    out.push_str(delimiter);
}

/// `write` through the `toml` serializer (any deck).
fn write_serde(deck: &DeckFile) -> Result<String, toml::ser::Error> {
    #[derive(Serialize)]
    struct Out<'a> {
        deck: &'a DeckMeta,
        // An empty deck would otherwise get `card = []` above its `[deck]` table.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        card: Vec<RawCard>,
    }
    let card = deck
        .cards
        .iter()
        .map(|c| {
            let mut raw = RawCard {
                id: c.id.clone(),
                tags: (!c.tags.is_empty()).then(|| c.tags.clone()),
                source: c.source.clone(),
                context: c.context.clone(),
                suspended: c.suspended,
                schedule: c.schedule.map(|s| RawSchedule {
                    repetitions: s.repetitions,
                    easiness: f64::from(s.easiness) / 100.0,
                    interval: s.interval,
                    due: s.due.and_then(|d| d.to_string().parse().ok()),
                    drill: s.drill,
                    lapses: s.lapses,
                }),
                ..RawCard::default()
            };
            match &c.content {
                Content::Basic {
                    front,
                    back,
                    reverse,
                } => {
                    raw.front = Some(front.clone());
                    raw.back = Some(back.clone());
                    raw.reverse = reverse.then_some(true);
                }
                Content::Cloze { text, extra } => {
                    raw.cloze = Some(text.clone());
                    raw.back = extra.clone();
                }
            }
            raw
        })
        .collect();
    toml::to_string(&Out {
        deck: &deck.deck,
        card,
    })
}

#[cfg(test)]
mod tests;
