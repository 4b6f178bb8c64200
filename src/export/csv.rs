//! Anki's "Notes in Plain Text" format, with the header lines Anki's importer reads: every
//! note with its guid, note type and deck, so that importing the file into Anki (or into
//! recall again) finds the same notes.

use crate::import::html::escape;
use crate::store::ExportNote;

/// Whether a note is one of recall's own (plain-text fields), not one from Anki (HTML).
fn native(note: &ExportNote) -> bool {
    matches!(note.notetype.as_str(), "basic" | "cloze")
}

/// The note type name Anki knows for a note.
fn notetype_name(note: &ExportNote) -> String {
    match note.notetype.as_str() {
        "basic" if note.cards.iter().any(|c| c.ord == 1) => "Basic (and reversed card)".into(),
        "basic" => "Basic".into(),
        "cloze" => "Cloze".into(),
        other => other.to_string(),
    }
}

fn quote_into(out: &mut String, field: &str, delimiter: char, first: bool) {
    let needs = field.contains(delimiter)
        || field.contains('"')
        || field.contains('\n')
        || field.contains('\r')
        || (first && field.starts_with('#'));
    if needs {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// The whole file. `delimiter` is `\t` or `,`.
pub fn write(notes: &[ExportNote], delimiter: char) -> String {
    let width = notes
        .iter()
        .map(|n| n.fields.len())
        .max()
        .unwrap_or(2)
        .max(1);
    let tags_column = 3 + width + 1;
    let separator = if delimiter == '\t' { "tab" } else { "comma" };
    let mut out = format!(
        "#separator:{separator}\n#html:true\n#guid column:1\n#notetype column:2\n\
         #deck column:3\n#tags column:{tags_column}\n"
    );
    for note in notes {
        let deck = note.cards.first().map_or("Default", |c| c.deck.as_str());
        let mut cells: Vec<String> = vec![note.guid.clone(), notetype_name(note), deck.to_string()];
        for i in 0..width {
            let value = note.fields.get(i).map_or("", |f| f.1.as_str());
            cells.push(if native(note) {
                escape(value)
            } else {
                value.to_string()
            });
        }
        cells.push(note.tags.join(" "));
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push(delimiter);
            }
            quote_into(&mut out, cell, delimiter, i == 0);
        }
        out.push('\n');
    }
    out
}
