use std::path::PathBuf;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{}: not a recall collection ({reason}); nothing was changed", path.display())]
    NotACollection { path: PathBuf, reason: String },
    #[error(
        "{}: this collection was written by a newer recall (schema version {found}, this \
         recall knows up to {known}); upgrade recall to open it. Nothing was changed",
        path.display()
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    // Not named `source`: the message already says it, and a source would be printed twice.
    #[error("{}: cannot open the collection: {error}", path.display())]
    Open {
        path: PathBuf,
        error: rusqlite::Error,
    },
    #[error(
        "{}: cannot open the collection: recall must be able to write the file and create \
         files beside it (is the file or its folder read-only?)",
        path.display()
    )]
    NotWritable { path: PathBuf },
    #[error("{}: {error}", path.display())]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{}: migrating the collection failed: {reason}", path.display())]
    Migration { path: PathBuf, reason: String },
    #[error("unknown card id '{0}'")]
    UnknownCard(String),
    #[error("card id '{id}' is ambiguous: it matches {matches}")]
    AmbiguousCard { id: String, matches: String },
    #[error("unknown deck '{0}'")]
    UnknownDeck(String),
    /// A name that is part of some deck names ("vitamine" for "Vitamine K2").
    #[error("unknown deck '{name}'; did you mean {}?", like.iter().map(|d| format!("'{d}'")).collect::<Vec<_>>().join(" or "))]
    UnknownDeckLike { name: String, like: Vec<String> },
    #[error("note '{guid}' belongs to deck '{other}' already; give the card another id")]
    GuidInOtherDeck { guid: String, other: String },
    #[error("card id '{0}' is the id of another note's card already; give the card another id")]
    CardIdTaken(String),
    #[error("card '{0}' was changed by another recall process meanwhile; it was left as it is")]
    Conflict(String),
    #[error(
        "internal error: a new row of {table} was given id {got} instead of {expected}; \
         nothing was changed"
    )]
    RowIdMismatch {
        table: String,
        expected: i64,
        got: i64,
    },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored JSON is malformed: {0}")]
    Json(#[from] serde_json::Error),
}

impl StoreError {
    /// SQLite could not open or write the file, or make its write-ahead log beside it.
    pub fn is_not_writable(&self) -> bool {
        matches!(
            self,
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _))
                if matches!(f.code, rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
        )
    }

    /// Another connection holds a lock SQLite would not wait for.
    pub fn is_busy(&self) -> bool {
        matches!(
            self,
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _))
                if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        )
    }
}
