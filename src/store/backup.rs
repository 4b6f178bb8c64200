//! Copies of the collection with SQLite's online backup API: consistent even while another
//! recall process writes, and never a half-written file under a backup's name.

use std::path::Path;

use rusqlite::{Connection, MAIN_DB, OpenFlags};

use super::{APPLICATION_ID, LATEST_VERSION, Result, Store, StoreError, schema};

/// What a collection file holds, read without changing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CollectionInfo {
    pub schema_version: i64,
    pub cards: usize,
    pub reviews: usize,
}

impl Store {
    /// Copy the whole collection to `dest` (its folder is created if needed).
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let io = |e| StoreError::Io {
            path: dest.to_path_buf(),
            error: e,
        };
        if let Some(dir) = dest.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        // Per process: two recall processes may back up at the same second.
        let partial = dest.with_extension(format!("db.partial-{}", std::process::id()));
        self.conn.backup(MAIN_DB, &partial, None)?;
        std::fs::rename(&partial, dest).map_err(io)?;
        Ok(())
    }

    /// Replace the collection's content with the collection in `src`, then bring it to the
    /// current schema. `src` is checked first (see [`inspect`]) and never modified.
    pub fn restore_from(&mut self, src: &Path) -> Result<CollectionInfo> {
        let info = inspect(src)?;
        self.conn
            .restore(MAIN_DB, src, None::<fn(rusqlite::backup::Progress)>)?;
        schema::migrate(&mut self.conn).map_err(|e| StoreError::Migration {
            path: self.path.clone(),
            reason: e.to_string(),
        })?;
        Ok(info)
    }
}

/// Read a collection file's version and size, refusing what is not a usable recall
/// collection. Opens it read-only: nothing is written, not even a journal.
pub fn inspect(path: &Path) -> Result<CollectionInfo> {
    if !super::inspect_file(path)? {
        return Err(StoreError::NotACollection {
            path: path.to_path_buf(),
            reason: "the file is missing or empty".into(),
        });
    }
    let not_ours = |reason: &str| StoreError::NotACollection {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
            StoreError::Open {
                path: path.to_path_buf(),
                error: e,
            }
        })?;
    let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version = schema::user_version(&conn)?;
    if app_id != APPLICATION_ID || version == 0 {
        return Err(not_ours("not a recall collection"));
    }
    if version > LATEST_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known: LATEST_VERSION,
        });
    }
    let ok: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if ok != "ok" {
        return Err(not_ours(&format!("damaged: {ok}")));
    }
    let (cards, reviews) = conn.query_row(
        "SELECT (SELECT count(*) FROM cards), (SELECT count(*) FROM reviews)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(CollectionInfo {
        schema_version: version,
        cards,
        reviews,
    })
}
