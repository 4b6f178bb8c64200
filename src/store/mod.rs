//! The collection: the only module that talks to SQLite. Opening checks that a file really is a
//! recall collection before anything is written to it, then applies the migrations.

mod bulk;
mod cards;
mod check;
mod decks;
mod error;
mod insert;
mod reviews;
mod schema;
mod stats;

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use cards::{CardFilter, CardRow};
pub use check::Problem;
pub use decks::{DeckSummary, StudyLimits};
pub use error::StoreError;
pub use insert::{ImportReport, InsertOptions, MissingCard};
pub use reviews::{Counts, ReviewRecord};
pub use schema::LATEST_VERSION;
pub use stats::GlanceInput;

/// Marks a SQLite file as a recall collection (`PRAGMA application_id`): "RCLL".
const APPLICATION_ID: i64 = 0x5243_4C4C;
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// How long a write waits for another recall process before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// What opening found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opened {
    /// The collection did not exist (or was empty) and has just been created.
    pub created: bool,
}

impl Store {
    /// Open (creating and migrating if needed) the collection at `path`.
    pub fn open(path: &Path) -> Result<(Store, Opened)> {
        let existed = inspect_file(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Open {
            path: path.to_path_buf(),
            source: e,
        })?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        let created = store.prepare(existed)?;
        Ok((store, Opened { created }))
    }

    /// A fresh collection in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let mut store = Store {
            conn,
            path: PathBuf::from(":memory:"),
        };
        store.prepare(false)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Check identity and version, set the connection up, migrate. Nothing is written before
    /// the file is known to be ours (or new).
    fn prepare(&mut self, existed: bool) -> Result<bool> {
        let conn = &mut self.conn;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let not_ours = |reason: &str| StoreError::NotACollection {
            path: self.path.clone(),
            reason: reason.to_string(),
        };
        let app_id: i64 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(|e| match e {
                rusqlite::Error::SqliteFailure(f, _)
                    if f.code == rusqlite::ErrorCode::NotADatabase =>
                {
                    not_ours("not a SQLite database")
                }
                other => StoreError::Sqlite(other),
            })?;
        let version = schema::user_version(conn)?;
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        if app_id != 0 && app_id != APPLICATION_ID {
            return Err(not_ours("a SQLite database of another application"));
        }
        if app_id == 0 && tables > 0 {
            return Err(not_ours("a SQLite database without recall's tables"));
        }
        if version > LATEST_VERSION {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found: version,
                known: LATEST_VERSION,
            });
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        // An in-memory database has no WAL; the pragma answers "memory" there.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        // FULL: a committed answer survives a power cut, not only a crash of recall.
        conn.pragma_update(None, "synchronous", "FULL")?;
        let created = tables == 0;
        schema::migrate(conn).map_err(|e| StoreError::Migration {
            path: self.path.clone(),
            reason: e.to_string(),
        })?;
        if created {
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        Ok(created || !existed)
    }

    /// Run `f` in one IMMEDIATE transaction: all of it is saved, or none.
    pub(crate) fn transact<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// Refuse what cannot be a collection before SQLite touches it. Returns whether a non-empty
/// file exists.
fn inspect_file(path: &Path) -> Result<bool> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                source: e,
            });
        }
    };
    if meta.is_dir() {
        return Err(StoreError::NotACollection {
            path: path.to_path_buf(),
            reason: "it is a directory".into(),
        });
    }
    if meta.len() == 0 {
        return Ok(false);
    }
    let mut header = [0u8; 16];
    let read = File::open(path)
        .and_then(|mut f| f.read(&mut header))
        .map_err(|e| StoreError::Io {
            path: path.to_path_buf(),
            source: e,
        })?;
    if read < header.len() || &header != SQLITE_MAGIC {
        return Err(StoreError::NotACollection {
            path: path.to_path_buf(),
            reason: "not a SQLite database".into(),
        });
    }
    Ok(true)
}

#[cfg(test)]
mod tests;
