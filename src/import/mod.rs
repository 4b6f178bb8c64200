//! Reading files into the store's batch. One module per format; every format ends in the same
//! `Batch` and the same insert path.

mod text;

use std::path::Path;

use thiserror::Error;

pub use text::decode_text;

use crate::batch::Batch;
use crate::decks::{self, DeckError};

#[derive(Debug, Error)]
pub enum ImportError {
    // Not named `source`: the message already says it, and a source would be printed twice.
    #[error("{path}: cannot read: {error}")]
    Read { path: String, error: std::io::Error },
    #[error("{path}: is a directory, not a deck file")]
    Directory { path: String },
    #[error("{path}:{line}: not UTF-8 text (byte {byte}); save the file as UTF-8")]
    NotUtf8 {
        path: String,
        line: usize,
        byte: usize,
    },
    #[error("{path}:{line}: contains a NUL byte; this is not a text file")]
    Nul { path: String, line: usize },
    #[error("{path}: unknown file type; recall imports .toml deck files (or pass --format)")]
    UnknownFormat { path: String },
    #[error(transparent)]
    Deck(#[from] DeckError),
}

/// The formats `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
}

impl Format {
    /// From the file name's extension.
    pub fn detect(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "toml" => Some(Format::Toml),
            _ => None,
        }
    }
}

/// Read `path` and turn it into a batch. Nothing is written anywhere.
pub fn load(path: &Path, format: Option<Format>) -> Result<Batch, ImportError> {
    let shown = path.display().to_string();
    if path.is_dir() {
        return Err(ImportError::Directory { path: shown });
    }
    let format =
        format
            .or_else(|| Format::detect(path))
            .ok_or_else(|| ImportError::UnknownFormat {
                path: shown.clone(),
            })?;
    let bytes = std::fs::read(path).map_err(|error| ImportError::Read {
        path: shown.clone(),
        error,
    })?;
    let text = decode_text(&bytes, &shown)?;
    match format {
        Format::Toml => Ok(decks::parse(text, &shown)?.to_batch()),
    }
}
