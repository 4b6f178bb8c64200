//! The collection: the only module that talks to SQLite. Opening checks that a file really is a
//! recall collection before anything is written to it, then applies the migrations.

pub mod anki;
mod backup;
mod bulk;
mod cards;
mod check;
mod decks;
mod error;
mod export;
mod insert;
mod reviews;
mod schema;
mod stats;

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use backup::{CollectionInfo, inspect};
pub use cards::{CardFilter, CardRow};
pub use check::Problem;
pub use decks::{DeckSummary, StudyLimits};
pub use error::StoreError;
pub use export::{ExportCard, ExportNote};
pub use insert::{ImportReport, Importer, InsertOptions, MissingCard, PreparedNotes};
pub use reviews::{Counts, NewWaiting, ReviewRecord};
pub use schema::LATEST_VERSION;
pub use stats::GlanceInput;

/// The page size of a new collection. SQLite's default (4 KiB) makes a large import write
/// four times as many WAL frames and B-tree pages: with 16 KiB pages importing 100,000 notes
/// takes about a fifth less time (fewer page splits, index pages and system calls), while an
/// answer still rewrites only a handful of pages. Collections created before keep their size.
const PAGE_SIZE: i64 = 16384;
/// Marks a SQLite file as a recall collection (`PRAGMA application_id`): "RCLL".
const APPLICATION_ID: i64 = 0x5243_4C4C;
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// How long a write waits for another recall process before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// Opening retries a busy collection this many times (see `open_with`).
const OPEN_RETRIES: u32 = 25;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// How to open a collection.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// Copy the collection here before a schema migration changes it.
    pub backup_before_migration: Option<PathBuf>,
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
        Store::open_with(path, &OpenOptions::default())
    }

    pub fn open_with(path: &Path, options: &OpenOptions) -> Result<(Store, Opened)> {
        let existed = inspect_file(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Open {
            path: path.to_path_buf(),
            error: e,
        })?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        // Busy here means another recall process is creating or upgrading the same collection
        // at this moment, where SQLite does not wait by itself (a read turning into a write).
        // Nothing has been written yet, so trying again is safe.
        let mut attempt = 0;
        let created = loop {
            match store.prepare(existed, options) {
                Err(e) if e.is_busy() && attempt < OPEN_RETRIES => {
                    attempt += 1;
                    std::thread::sleep(Duration::from_millis(20 * u64::from(attempt)));
                }
                Err(e) if e.is_not_writable() => {
                    return Err(StoreError::NotWritable {
                        path: path.to_path_buf(),
                    });
                }
                other => break other?,
            }
        };
        Ok((store, Opened { created }))
    }

    /// Open an existing, current collection for reading only. For commands that only read,
    /// when `open` finds the collection cannot be written (a read-only file, folder or mount,
    /// where SQLite cannot make its `-wal` and `-shm` files beside it). `immutable` tells
    /// SQLite not to look for them, which is right only when no write-ahead log holds answers
    /// not yet in the file: a non-empty `-wal` file refuses, as does a collection that would
    /// need a migration. Either refusal is the `NotWritable` that `open` gave.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let not_writable = || StoreError::NotWritable {
            path: path.to_path_buf(),
        };
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        if std::fs::metadata(&wal).is_ok_and(|m| m.is_file() && m.len() > 0) {
            return Err(not_writable());
        }
        let uri = format!(
            "file:{}?immutable=1",
            uri_path(path).ok_or_else(not_writable)?
        );
        let conn = Connection::open_with_flags(
            uri,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|_| not_writable())?;
        let app_id: i64 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(|_| not_writable())?;
        let version = schema::user_version(&conn).map_err(|_| not_writable())?;
        if app_id != APPLICATION_ID || version != LATEST_VERSION {
            return Err(not_writable());
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// A fresh collection in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let mut store = Store {
            conn,
            path: PathBuf::from(":memory:"),
        };
        store.prepare(false, &OpenOptions::default())?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Check identity and version, set the connection up, migrate. Nothing is written before
    /// the file is known to be ours (or new).
    fn prepare(&mut self, existed: bool, options: &OpenOptions) -> Result<bool> {
        let conn = &mut self.conn;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let not_ours = |reason: &str| StoreError::NotACollection {
            path: self.path.clone(),
            reason: reason.to_string(),
        };
        // One read transaction: the three facts come from the same snapshot, even while
        // another process is creating the collection.
        let tx = conn.transaction()?;
        let app_id: i64 = tx
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(|e| match e {
                rusqlite::Error::SqliteFailure(f, _)
                    if f.code == rusqlite::ErrorCode::NotADatabase =>
                {
                    not_ours("not a SQLite database")
                }
                other => StoreError::Sqlite(other),
            })?;
        let version = schema::user_version(&tx)?;
        let tables: i64 = tx.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        tx.commit()?;
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
        if tables == 0 {
            // A new collection: its page size is fixed by the first page written, which
            // switching to WAL below writes.
            conn.pragma_update(None, "page_size", PAGE_SIZE)?;
        }
        // An in-memory database has no WAL; the pragma answers "memory" there.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        // FULL: a committed answer survives a power cut, not only a crash of recall.
        conn.pragma_update(None, "synchronous", "FULL")?;
        let created = tables == 0;
        if let Some(dest) = options
            .backup_before_migration
            .as_ref()
            .filter(|_| !created && version < LATEST_VERSION)
        {
            self.backup_to(dest)?;
        }
        let conn = &mut self.conn;
        if let Err(e) = schema::migrate(conn) {
            // Another recall process may have created or upgraded the collection at the same
            // moment; then there is nothing left to do.
            if schema::user_version(conn)? != LATEST_VERSION {
                if let rusqlite_migration::Error::RusqliteError { err, .. } = e {
                    let err = StoreError::Sqlite(err);
                    if err.is_busy() {
                        return Err(err); // retried by `open_with`
                    }
                    return Err(StoreError::Migration {
                        path: self.path.clone(),
                        reason: err.to_string(),
                    });
                }
                return Err(StoreError::Migration {
                    path: self.path.clone(),
                    reason: e.to_string(),
                });
            }
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
                error: e,
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
            error: e,
        })?;
    if read < header.len() || &header != SQLITE_MAGIC {
        return Err(StoreError::NotACollection {
            path: path.to_path_buf(),
            reason: "not a SQLite database".into(),
        });
    }
    Ok(true)
}

/// A path as the path part of an SQLite `file:` URI: `%`, `?` and `#` are escaped, since
/// SQLite reads them as an escape, the query and the fragment. `None` for a path that is not
/// UTF-8.
fn uri_path(path: &Path) -> Option<String> {
    let text = path.to_str()?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests;
