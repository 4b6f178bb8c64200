//! Text files (CSV, TSV, Anki's "Notes in Plain Text"): Anki's header lines (`#separator:`,
//! `#html:`, `#columns:`, `#notetype:`, `#deck:`, `#tags:`, `#guid column:`, `#notetype
//! column:`, `#deck column:`, `#tags column:`), quoting with `""`, a comma, semicolon or tab
//! found by looking at the first row. A bad row is skipped with `FILE:LINE: reason` (or, with
//! `--strict`, refuses the file).

use std::collections::HashMap;
use std::path::Path;

use ::csv::{ReaderBuilder, StringRecord};

use super::html::{escape, looks_like_html};
use super::notetype::Notetype;
use super::text::line_at;
use super::{Format, ImportError, Options, Summary, decode_text_owned};
use crate::batch::{Batch, CardSpec, NoteSpec};
use crate::decks::id::{content_hash, content_id};

const CHUNK: usize = 2000;

/// What the header lines (and `--columns`) say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub delimiter: Option<u8>,
    pub html: Option<bool>,
    /// Column labels, one per column.
    pub columns: Vec<String>,
    pub notetype: Option<String>,
    pub deck: Option<String>,
    pub tags: Vec<String>,
    /// 1-based column numbers.
    pub guid_column: Option<usize>,
    pub notetype_column: Option<usize>,
    pub deck_column: Option<usize>,
    pub tags_column: Option<usize>,
}

/// An opened text file, checked (UTF-8, no NUL) and its header read.
pub struct TextFile {
    shown: String,
    text: String,
    /// Where the rows start, and how many lines came before.
    data_start: usize,
    header_lines: usize,
    meta: Meta,
    delimiter: u8,
}

/// `tab`, `comma`, ... or the character itself.
fn delimiter_from(value: &str) -> Option<u8> {
    let v = value.trim_end_matches(['\r', '\n']);
    match v.trim().to_ascii_lowercase().as_str() {
        "tab" | "\\t" => return Some(b'\t'),
        "comma" => return Some(b','),
        "semicolon" => return Some(b';'),
        "space" => return Some(b' '),
        "pipe" => return Some(b'|'),
        "colon" => return Some(b':'),
        _ => {}
    }
    let mut chars = v.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii() && !c.is_ascii_alphanumeric() && c != '"' => Some(c as u8),
        _ => None,
    }
}

/// Split a `#columns:` value (it uses the file's separator, or any of tab, comma, semicolon).
fn split_labels(value: &str, delimiter: Option<u8>) -> Vec<String> {
    let sep = delimiter
        .map(char::from)
        .filter(|d| value.contains(*d))
        .or_else(|| ['\t', ';', ','].into_iter().find(|c| value.contains(*c)));
    match sep {
        Some(sep) => value.split(sep).map(|s| s.trim().to_string()).collect(),
        None => vec![value.trim().to_string()],
    }
}

fn column_number(value: &str) -> Option<usize> {
    value.trim().parse::<usize>().ok().filter(|n| *n > 0)
}

/// A header line that cannot be understood: its 1-based line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError(pub usize, pub String);

/// Read the header lines at the top of `text`; returns the meta, the byte offset of the first
/// row and the number of header lines. A separator or column number that cannot be understood
/// is an error: guessing would import every row wrong.
pub fn read_header(text: &str) -> Result<(Meta, usize, usize), HeaderError> {
    let mut meta = Meta::default();
    let mut offset = 0;
    let mut lines = 0;
    let mut raw_columns: Option<String> = None;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\r', '\n']);
        if lines == 0
            && let Some(tags) = content.strip_prefix("tags:")
        {
            meta.tags = tags.split_whitespace().map(str::to_string).collect();
        } else if let Some(rest) = content.strip_prefix('#') {
            if let Some((key, value)) = rest.split_once(':') {
                let key = key.trim().to_ascii_lowercase();
                let number = || {
                    column_number(value).ok_or_else(|| {
                        HeaderError(
                            lines + 1,
                            format!(
                                "'#{key}:' needs a column number from 1, not '{}'",
                                value.trim()
                            ),
                        )
                    })
                };
                match key.as_str() {
                    "separator" => {
                        meta.delimiter = Some(delimiter_from(value).ok_or_else(|| {
                            HeaderError(
                                lines + 1,
                                format!(
                                    "unknown separator '{}' (tab, comma, semicolon, space, pipe, colon, \
                                     or a single punctuation character)",
                                    value.trim()
                                ),
                            )
                        })?)
                    }
                    "html" => meta.html = value.trim().to_ascii_lowercase().parse().ok(),
                    "columns" => raw_columns = Some(value.to_string()),
                    "notetype" => meta.notetype = Some(value.trim().to_string()),
                    "deck" => meta.deck = Some(value.trim().to_string()).filter(|d| !d.is_empty()),
                    "tags" => meta.tags = value.split_whitespace().map(str::to_string).collect(),
                    "guid column" => meta.guid_column = Some(number()?),
                    "notetype column" => meta.notetype_column = Some(number()?),
                    "deck column" => meta.deck_column = Some(number()?),
                    "tags column" => meta.tags_column = Some(number()?),
                    _ => {}
                }
            }
        } else {
            break;
        }
        offset += line.len();
        lines += 1;
    }
    if let Some(raw) = raw_columns {
        meta.columns = split_labels(&raw, meta.delimiter);
    }
    Ok((meta, offset, lines))
}

/// The 1-based line of a quoted field that is never closed, if any: the csv reader would
/// silently take the rest of the file as that one field.
fn unclosed_quote(data: &[u8], delimiter: u8) -> Option<usize> {
    // Only quotes matter: jump from one to the next (a large file has few or none) and count
    // lines only for the answer.
    let mut from = 0;
    while let Some(found) = memchr::memchr(b'"', &data[from..]) {
        let open = from + found;
        from = open + 1;
        // A quote inside a field is text; only one that starts a field opens a quoted one.
        if open > 0 && data[open - 1] != delimiter && data[open - 1] != b'\n' {
            continue;
        }
        loop {
            let Some(close) = memchr::memchr(b'"', &data[from..]) else {
                return Some(line_at(data, open));
            };
            from += close + 1;
            // A doubled quote is a quote inside the field.
            if data.get(from) != Some(&b'"') {
                break;
            }
            from += 1;
        }
    }
    None
}

/// The separator of a file without `#separator:`: the most frequent of tab, semicolon and
/// comma outside quotes in the first row (ties in that order).
fn detect_delimiter(first_row: &str, fallback: u8) -> u8 {
    let mut counts = [(b'\t', 0usize), (b';', 0), (b',', 0)];
    let mut quoted = false;
    for b in first_row.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if *d == b {
                    *n += 1;
                }
            }
        }
    }
    let mut best: Option<(u8, usize)> = None;
    for (d, n) in counts {
        if n > 0 && best.is_none_or(|(_, most)| n > most) {
            best = Some((d, n));
        }
    }
    best.map_or(fallback, |(d, _)| d)
}

impl TextFile {
    pub fn open(
        path: &Path,
        shown: &str,
        format: Format,
        options: &Options,
    ) -> Result<TextFile, ImportError> {
        let bytes = std::fs::read(path).map_err(|error| ImportError::Read {
            path: shown.to_string(),
            error,
        })?;
        let text = decode_text_owned(bytes, shown)?;
        let (mut meta, data_start, header_lines) =
            read_header(&text).map_err(|HeaderError(line, reason)| ImportError::Row {
                path: shown.to_string(),
                line,
                reason,
            })?;
        if let Some(columns) = &options.columns {
            meta.columns = columns.clone();
        }
        // Labels can name the special columns too.
        for (i, label) in meta.columns.iter().enumerate() {
            let slot = match label.to_ascii_lowercase().as_str() {
                "tags" => &mut meta.tags_column,
                "deck" => &mut meta.deck_column,
                "notetype" | "note type" => &mut meta.notetype_column,
                "guid" => &mut meta.guid_column,
                _ => continue,
            };
            if slot.is_none() || options.columns.is_some() {
                *slot = Some(i + 1);
            }
        }
        let first_row = text[data_start..]
            .lines()
            .find(|l| !l.starts_with('#') && !l.trim().is_empty())
            .unwrap_or("");
        let delimiter = match (meta.delimiter, format) {
            (Some(d), _) => d,
            (None, Format::Tsv) => b'\t',
            (None, Format::Csv) => detect_delimiter(first_row, b','),
            (None, _) => detect_delimiter(first_row, b'\t'),
        };
        if text[data_start..].trim().is_empty() {
            return Err(ImportError::invalid(shown, "no rows to import"));
        }
        if let Some(line) = unclosed_quote(&text.as_bytes()[data_start..], delimiter) {
            return Err(ImportError::Row {
                path: shown.to_string(),
                line: header_lines + line,
                reason: "a quoted field starts here and is never closed".into(),
            });
        }
        Ok(TextFile {
            shown: shown.to_string(),
            text,
            data_start,
            header_lines,
            meta,
            delimiter,
        })
    }

    /// Rows, roughly (for the progress bar).
    pub fn note_count(&self) -> usize {
        self.text[self.data_start..]
            .bytes()
            .filter(|&b| b == b'\n')
            .count()
    }

    fn reader(&self) -> ::csv::Reader<&[u8]> {
        ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .comment(Some(b'#'))
            .delimiter(self.delimiter)
            .from_reader(&self.text.as_bytes()[self.data_start..])
    }

    /// Whether the fields are HTML: as the header says, else as the first rows look.
    fn is_html(&self) -> bool {
        if let Some(html) = self.meta.html {
            return html;
        }
        let mut record = StringRecord::new();
        let mut reader = self.reader();
        for _ in 0..20 {
            match reader.read_record(&mut record) {
                Ok(true) => {
                    if record.iter().any(looks_like_html) {
                        return true;
                    }
                }
                _ => break,
            }
        }
        false
    }

    pub fn stream(
        &self,
        options: &Options,
        sink: &mut dyn FnMut(Batch) -> Result<Vec<NoteSpec>, ImportError>,
    ) -> Result<Summary, ImportError> {
        let html = self.is_html();
        let meta = &self.meta;
        let special: Vec<usize> = [
            meta.guid_column,
            meta.notetype_column,
            meta.deck_column,
            meta.tags_column,
        ]
        .into_iter()
        .flatten()
        .collect();
        let mut notetypes: HashMap<String, Notetype> = HashMap::new();
        let mut layout: Option<Layout> = None;
        let mut seen_ids: HashMap<String, usize> = HashMap::new();
        // How often each content id came (the N-th row with the same first field gets an id
        // of its own), by the id's number.
        let mut occurrences: HashMap<u64, u32> = HashMap::with_capacity(self.note_count());
        let mut summary = Summary::default();
        let mut notes = Vec::with_capacity(CHUNK);
        let mut reader = self.reader();
        let mut record = StringRecord::new();
        let mut lines = LineCursor::new(&self.text.as_bytes()[self.data_start..]);
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    let line =
                        self.header_lines + e.position().map_or(1, |p| lines.line_at(p.byte()));
                    let reason = format!("unreadable row: {e}");
                    self.bad_row(options, &mut summary, line, &reason)?;
                    continue;
                }
            }
            let line = self.header_lines + record.position().map_or(1, |p| lines.line_at(p.byte()));
            if record.len() == 1 && record.get(0).is_some_and(|f| f.trim().is_empty()) {
                continue;
            }
            match self.row(
                &record,
                html,
                &special,
                &mut notetypes,
                &mut layout,
                options,
            ) {
                Ok(mut note) => {
                    let guid = match note.guid.is_empty() {
                        false => {
                            if let Some(first) = seen_ids.insert(note.guid.clone(), line) {
                                let reason = format!("guid '{}' repeats line {first}", note.guid);
                                self.bad_row(options, &mut summary, line, &reason)?;
                                continue;
                            }
                            note.guid.clone()
                        }
                        true => {
                            let first = note.fields.first().map_or("", |f| f.1.as_str());
                            let deck = note.cards.first().map_or("", |c| c.deck.as_str());
                            let base = content_hash(deck, &note.notetype, first);
                            let n = occurrences.entry(base).or_insert(0);
                            *n += 1;
                            if *n == 1 {
                                format!("{base:016x}")
                            } else {
                                content_id(deck, &note.notetype, &format!("{first}\u{1f}{n}"))
                            }
                        }
                    };
                    note.guid = guid;
                    note.line = Some(line);
                    notes.push(note);
                    if notes.len() >= CHUNK {
                        notes = sink(batch(std::mem::take(&mut notes)))?;
                        notes.reserve(CHUNK);
                    }
                }
                Err(reason) => self.bad_row(options, &mut summary, line, &reason)?,
            }
        }
        if !notes.is_empty() {
            sink(batch(notes))?;
        }
        Ok(summary)
    }

    fn bad_row(
        &self,
        options: &Options,
        summary: &mut Summary,
        line: usize,
        reason: &str,
    ) -> Result<(), ImportError> {
        if options.strict {
            return Err(ImportError::Row {
                path: self.shown.clone(),
                line,
                reason: format!("{reason} (--strict: nothing was imported)"),
            });
        }
        summary
            .skipped
            .push(format!("{}:{line}: {reason}", self.shown));
        Ok(())
    }

    /// One row as a note (without its guid when the file has none).
    fn row(
        &self,
        record: &StringRecord,
        html: bool,
        special: &[usize],
        notetypes: &mut HashMap<String, Notetype>,
        layout: &mut Option<Layout>,
        options: &Options,
    ) -> Result<NoteSpec, String> {
        let meta = &self.meta;
        if let Some(&col) = special.iter().find(|&&c| c > record.len()) {
            return Err(format!(
                "the header names column {col}, but this row has {} column(s)",
                record.len()
            ));
        }
        let cell = |col: Option<usize>| -> &str {
            col.and_then(|c| record.get(c - 1)).map_or("", str::trim)
        };
        let notetype_name = match cell(meta.notetype_column) {
            "" => meta.notetype.as_deref().unwrap_or("Basic"),
            name => name,
        };
        // Rows of a file mostly have the same note type and columns: the columns of the note
        // type's fields are worked out once for them.
        let known = layout
            .as_ref()
            .is_some_and(|l| l.notetype == notetype_name && l.len == record.len());
        if !known {
            *layout = Some(self.layout(notetype_name, record.len(), special, notetypes));
        }
        let Some(layout) = layout.as_ref() else {
            return Err("no note type".into());
        };
        let Some(nt) = notetypes.get(&layout.key) else {
            return Err("no note type".into());
        };
        let raw: Vec<&str> = layout
            .columns
            .iter()
            .map(|col| col.and_then(|c| record.get(c - 1)).unwrap_or(""))
            .collect();
        if raw.first().is_none_or(|f| f.trim().is_empty()) {
            return Err("the first field is empty".into());
        }
        let values: Vec<String> = raw
            .iter()
            .map(|v| if html { v.to_string() } else { escape(v) })
            .collect();
        let value_refs: Vec<&str> = if html {
            raw
        } else {
            values.iter().map(String::as_str).collect()
        };
        let mut tags: Vec<String> = cell(meta.tags_column)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        for t in &meta.tags {
            if !tags.contains(t) {
                tags.push(t.clone());
            }
        }
        let deck = match (&options.deck, cell(meta.deck_column), &meta.deck) {
            (Some(d), _, _) => d.clone(),
            (None, "", Some(d)) => d.clone(),
            (None, "", None) => "Default".to_string(),
            (None, d, _) => d.to_string(),
        };
        let tag_text = tags.join(" ");
        let cards: Vec<CardSpec> = nt
            .cards(&value_refs, &tag_text, &deck)
            .into_iter()
            .map(|(ord, text)| CardSpec {
                ord,
                deck: deck.clone(),
                front: text.front,
                back: text.back,
                answer: text.answer,
                ..CardSpec::default()
            })
            .collect();
        if cards.is_empty() {
            return Err(if nt.cloze {
                "a cloze note needs a deletion like {{c1::answer}}".into()
            } else {
                "nothing to study: the card's front would be empty".into()
            });
        }
        Ok(NoteSpec {
            guid: cell(meta.guid_column).to_string(),
            notetype: nt.name.clone(),
            fields: nt.fields.iter().cloned().zip(values).collect(),
            tags,
            source: None,
            context: None,
            cards,
            line: None,
        })
    }
}

/// Where the fields of a note type are, for rows with a given number of columns.
struct Layout {
    /// The note type as the row names it, and its key in the table of note types.
    notetype: String,
    key: String,
    len: usize,
    /// For each field of the note type, its 1-based column.
    columns: Vec<Option<usize>>,
}

impl TextFile {
    /// The layout of rows with `len` columns of note type `notetype_name` (made if new).
    fn layout(
        &self,
        notetype_name: &str,
        len: usize,
        special: &[usize],
        notetypes: &mut HashMap<String, Notetype>,
    ) -> Layout {
        let meta = &self.meta;
        let labels: Vec<String> = (1..=len.max(meta.columns.len()))
            .filter(|c| !special.contains(c))
            .map(|c| meta.columns.get(c - 1).cloned().unwrap_or_default())
            .collect();
        let field_columns: Vec<usize> = (1..=len).filter(|c| !special.contains(c)).collect();
        let key = notetype_name.to_lowercase();
        let nt = notetypes.entry(key.clone()).or_insert_with(|| {
            let names: Vec<String> = labels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    if l.is_empty() {
                        format!("Field {}", i + 1)
                    } else {
                        l.clone()
                    }
                })
                .collect();
            Notetype::stock(notetype_name, &names)
        });
        // Fields by label when the labels name the note type's fields, else in order.
        let by_label = nt
            .fields
            .iter()
            .all(|f| labels.iter().any(|l| l.eq_ignore_ascii_case(f)))
            && !labels.is_empty();
        let columns = nt
            .fields
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let col = if by_label {
                    labels
                        .iter()
                        .position(|l| l.eq_ignore_ascii_case(name))
                        .and_then(|p| field_columns.get(p))
                } else {
                    field_columns.get(i)
                };
                col.copied()
            })
            .collect();
        Layout {
            notetype: notetype_name.to_string(),
            key,
            len,
            columns,
        }
    }
}

/// The 1-based lines of records, from their byte offsets, counted once through the file.
/// The csv reader's own line numbers fall one behind after a CRLF line end (Windows files):
/// it starts the next record on the "\n" of the "\r\n".
struct LineCursor<'a> {
    data: &'a [u8],
    byte: usize,
    line: usize,
}

impl<'a> LineCursor<'a> {
    fn new(data: &'a [u8]) -> Self {
        LineCursor {
            data,
            byte: 0,
            line: 1,
        }
    }

    /// The line of the record that starts at `start` or after the line ends there. Offsets
    /// only grow, so the whole file is read once.
    fn line_at(&mut self, start: u64) -> usize {
        let mut start = usize::try_from(start).map_or(self.data.len(), |s| s.min(self.data.len()));
        while matches!(self.data.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start > self.byte {
            self.line += memchr::memchr_iter(b'\n', &self.data[self.byte..start]).count();
            self.byte = start;
        }
        self.line
    }
}

fn batch(notes: Vec<NoteSpec>) -> Batch {
    Batch {
        decks: Vec::new(),
        notes,
        complete_decks: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines() {
        let text = "#separator:Comma\n#html:true\n#tags column:3\n#columns:Front,Back,Tags\nplain,value,t1\n";
        let (meta, offset, lines) = read_header(text).unwrap();
        assert_eq!(meta.delimiter, Some(b','));
        assert_eq!(meta.html, Some(true));
        assert_eq!(meta.tags_column, Some(3));
        assert_eq!(meta.columns, vec!["Front", "Back", "Tags"]);
        assert_eq!((&text[offset..], lines), ("plain,value,t1\n", 4));
        let (meta, _, _) =
            read_header("#separator:tab\n#guid column:1\n#notetype column:2\n#deck column:3\nx")
                .unwrap();
        assert_eq!(
            (
                meta.delimiter,
                meta.guid_column,
                meta.notetype_column,
                meta.deck_column
            ),
            (Some(b'\t'), Some(1), Some(2), Some(3))
        );
        let (meta, _, _) =
            read_header("#separator:;\n#deck:Big 100k\n#notetype:Basic\n#columns:Front\tBack\n")
                .unwrap();
        assert_eq!(meta.delimiter, Some(b';'));
        assert_eq!(meta.deck.as_deref(), Some("Big 100k"));
        assert_eq!(meta.columns, vec!["Front", "Back"]);
    }

    #[test]
    fn header_errors_name_their_line() {
        assert_eq!(
            read_header("#html:true\n#separator:banana\nQ,A\n").unwrap_err(),
            HeaderError(2, "unknown separator 'banana' (tab, comma, semicolon, space, pipe, colon, or a single punctuation character)".into())
        );
        assert_eq!(
            read_header("#guid column:zero\n").unwrap_err(),
            HeaderError(
                1,
                "'#guid column:' needs a column number from 1, not 'zero'".into()
            )
        );
    }

    #[test]
    fn unclosed_quotes_are_found() {
        assert_eq!(unclosed_quote(b"a,b\n\"open,x\nmore\n", b','), Some(2));
        assert_eq!(
            unclosed_quote(b"\"a \"\"q\"\" b\",c\n\"multi\nline\",d\n", b','),
            None
        );
        assert_eq!(
            unclosed_quote(b"say \"hi\",x\n", b','),
            None,
            "a quote inside a field is text"
        );
        assert_eq!(unclosed_quote(b"a\t\"b\n", b'\t'), Some(1));
        // The line of the opening quote, after a quoted field over two lines.
        assert_eq!(unclosed_quote(b"\"a\nb\",c\nd,\"e\nf\n", b','), Some(3));
        // A doubled quote at the end of a field, then a field that opens and closes.
        assert_eq!(unclosed_quote(b"\"x\"\"\",\"y\"\n", b','), None);
        assert_eq!(unclosed_quote(b"\"x\"\"\n", b','), Some(1));
        // Quotes in the middle of unquoted fields, on every line.
        assert_eq!(unclosed_quote(b"a\"b,c\"\nd\"\n", b','), None);
        assert_eq!(unclosed_quote(b"\"", b','), Some(1));
    }

    #[test]
    fn delimiter_detection() {
        assert_eq!(detect_delimiter("a\tb, c", b','), b'\t');
        assert_eq!(detect_delimiter("a;b;c,d", b','), b';');
        assert_eq!(detect_delimiter("\"x;y\",b", b'\t'), b',');
        assert_eq!(detect_delimiter("single", b','), b',');
    }
}
