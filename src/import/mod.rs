//! Reading files into the store's batch. One module per format; every format ends in the same
//! `Batch` and the same insert path. Large sources send their notes in several batches, so
//! memory stays bounded whatever the file's size.

pub mod apkg;
pub mod csv;
pub mod html;
pub mod notetype;
pub mod pages;
mod protobuf;
pub mod template;
mod text;

use std::path::Path;

use chrono::{FixedOffset, Offset, Utc};
use thiserror::Error;

pub use text::{decode_text, decode_text_owned};

use crate::batch::{Batch, NoteSpec};
use crate::decks::{self, DeckError};
use crate::model::Day;
use crate::store::StoreError;
use crate::store::anki::AnkiDbError;

#[derive(Debug, Error)]
pub enum ImportError {
    // Not named `source`: the message already says it, and a source would be printed twice.
    #[error("{path}: cannot read: {error}")]
    Read { path: String, error: std::io::Error },
    #[error("{path}: is a directory, not a deck file")]
    Directory { path: String },
    #[error("{path}: UTF-16 text; save the file as UTF-8")]
    Utf16 { path: String },
    #[error("{path}:{line}: not UTF-8 text (byte {byte}); save the file as UTF-8")]
    NotUtf8 {
        path: String,
        line: usize,
        byte: usize,
    },
    #[error("{path}:{line}: contains a NUL byte; this is not a text file")]
    Nul { path: String, line: usize },
    #[error(
        "{path}: unknown file type; recall imports .toml, .csv, .tsv, .txt, .apkg and .colpkg \
         files (or pass --format)"
    )]
    UnknownFormat { path: String },
    /// A file that cannot be imported at all.
    #[error("{path}: {reason}")]
    Invalid { path: String, reason: String },
    /// A bad row, when it refuses the whole file (`--strict`).
    #[error("{path}:{line}: {reason}")]
    Row {
        path: String,
        line: usize,
        reason: String,
    },
    /// The receiving end stopped (it failed and reports its own error).
    #[error("import stopped")]
    Stopped,
    #[error(transparent)]
    Deck(#[from] DeckError),
    #[error(transparent)]
    Anki(#[from] AnkiDbError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ImportError {
    /// A file that cannot be imported at all, for the reason given.
    pub(crate) fn invalid(shown: &str, reason: impl Into<String>) -> Self {
        ImportError::Invalid {
            path: shown.to_string(),
            reason: reason.into(),
        }
    }
}

/// The formats `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Csv,
    Tsv,
    /// A text file whose separator is found from its header or first row (`.txt`).
    Text,
    Apkg,
    Colpkg,
}

impl Format {
    /// From the file name's extension.
    pub fn detect(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "toml" => Some(Format::Toml),
            "csv" => Some(Format::Csv),
            "tsv" | "tab" => Some(Format::Tsv),
            "txt" => Some(Format::Text),
            "apkg" => Some(Format::Apkg),
            "colpkg" => Some(Format::Colpkg),
            _ => None,
        }
    }
}

/// How to import.
#[derive(Debug, Clone)]
pub struct Options {
    /// `None`: from the extension.
    pub format: Option<Format>,
    /// Put every card into this deck instead of the one the file names.
    pub deck: Option<String>,
    /// Take the file's scheduling and review log (packages); otherwise every card is new.
    pub scheduling: bool,
    /// A bad row refuses the whole file.
    pub strict: bool,
    /// Column labels for text files, overriding `#columns:`.
    pub columns: Option<Vec<String>>,
    /// The study day of the import, and the offset that turns instants into days.
    pub today: Day,
    pub offset: FixedOffset,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            format: None,
            deck: None,
            scheduling: true,
            strict: false,
            columns: None,
            today: Day(0),
            offset: Utc.fix(),
        }
    }
}

/// What a source says besides its notes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// One `FILE[:LINE]: reason` per row or note that was skipped.
    pub skipped: Vec<String>,
}

/// A file opened and checked, ready to send its notes.
pub enum Source {
    Toml(Batch),
    Text(csv::TextFile),
    Anki(apkg::Package),
}

impl Source {
    /// Open and check `path`: everything that can refuse the whole file (type, encoding,
    /// archive, collection) is found here, before the collection is touched.
    pub fn open(path: &Path, options: &Options) -> Result<Source, ImportError> {
        let shown = path.display().to_string();
        if path.is_dir() {
            return Err(ImportError::Directory { path: shown });
        }
        let format = options
            .format
            .or_else(|| Format::detect(path))
            .ok_or_else(|| ImportError::UnknownFormat {
                path: shown.clone(),
            })?;
        match format {
            Format::Toml => {
                let bytes = std::fs::read(path).map_err(|error| ImportError::Read {
                    path: shown.clone(),
                    error,
                })?;
                let text = decode_text(&bytes, &shown)?;
                let mut batch = decks::parse(text, &shown)?.to_batch();
                // As for an empty CSV: a deck file without cards would only add an empty deck.
                if batch.notes.is_empty() {
                    return Err(ImportError::invalid(&shown, "no cards to import"));
                }
                if let Some(deck) = &options.deck {
                    for spec in &mut batch.decks {
                        spec.name = deck.clone();
                    }
                    for card in batch.notes.iter_mut().flat_map(|n| n.cards.iter_mut()) {
                        card.deck = deck.clone();
                    }
                }
                if !options.scheduling {
                    for card in batch.notes.iter_mut().flat_map(|n| n.cards.iter_mut()) {
                        card.sched = None;
                        card.suspended = None;
                    }
                }
                Ok(Source::Toml(batch))
            }
            Format::Csv | Format::Tsv | Format::Text => Ok(Source::Text(csv::TextFile::open(
                path, &shown, format, options,
            )?)),
            Format::Apkg | Format::Colpkg => Ok(Source::Anki(apkg::Package::open(path, &shown)?)),
        }
    }

    /// About how many notes the source has (for a progress bar).
    pub fn note_count(&self) -> usize {
        match self {
            Source::Toml(b) => b.notes.len(),
            Source::Text(t) => t.note_count(),
            Source::Anki(p) => p.note_count(),
        }
    }

    /// Send every note to `sink`, in one or more batches. The sink gives back an empty vector
    /// for the next batch's notes (one it has emptied, so that its room is used again).
    pub fn stream(
        self,
        options: &Options,
        sink: &mut dyn FnMut(Batch) -> Result<Vec<NoteSpec>, ImportError>,
    ) -> Result<Summary, ImportError> {
        match self {
            Source::Toml(batch) => {
                sink(batch)?;
                Ok(Summary::default())
            }
            Source::Text(t) => t.stream(options, sink),
            Source::Anki(p) => p.stream(options, sink),
        }
    }
}

/// Read `path` whole into one batch. Nothing is written anywhere.
pub fn load(path: &Path, format: Option<Format>) -> Result<Batch, ImportError> {
    let options = Options {
        format,
        ..Options::default()
    };
    let mut whole = Batch::default();
    let source = Source::open(path, &options)?;
    source.stream(&options, &mut |batch| {
        if whole.notes.is_empty() && whole.decks.is_empty() {
            whole = batch;
        } else {
            whole.decks.extend(batch.decks);
            whole.notes.extend(batch.notes);
        }
        Ok(Vec::new())
    })?;
    Ok(whole)
}
