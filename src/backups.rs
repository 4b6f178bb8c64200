//! Where backups of a collection go, what they are called, and which to keep. The copying
//! itself is SQLite's online backup API, in `store`.
//!
//! `~/.local/share/recall/collection.db` is backed up to
//! `~/.local/share/recall/backups/collection-20260301-093000.db` (local time of the backup);
//! a suffix says why when it is not a routine one (`-before-schema-2`, `-before-restore`).

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone};

use crate::clock::day_of;
use crate::model::Day;

/// Backups kept when `RECALL_KEEP_BACKUPS` does not say otherwise.
pub const DEFAULT_KEEP: usize = 7;
const STAMP: &str = "%Y%m%d-%H%M%S";

/// The backup folder of a collection: `backups/` beside it.
pub fn dir_for(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("backups")
}

fn stem(db: &Path) -> String {
    db.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("collection")
        .to_string()
}

/// A new backup's path for `db` at `now`, with an optional reason suffix. Never an existing
/// file: a second backup in the same second gets `-2`, `-3`, ...
pub fn path_for(db: &Path, now: &DateTime<FixedOffset>, reason: Option<&str>) -> PathBuf {
    let dir = dir_for(db);
    let base = match reason {
        Some(r) => format!("{}-{}-{r}", stem(db), now.format(STAMP)),
        None => format!("{}-{}", stem(db), now.format(STAMP)),
    };
    let mut path = dir.join(format!("{base}.db"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{base}-{n}.db"));
        n += 1;
    }
    path
}

/// A backup file of `db`, with the time in its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    pub taken: NaiveDateTime,
}

/// The backups of `db`, oldest first. Files that do not follow the naming are left alone.
pub fn list(db: &Path) -> std::io::Result<Vec<Backup>> {
    let prefix = format!("{}-", stem(db));
    let entries = match std::fs::read_dir(dir_for(db)) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut found = Vec::new();
    for entry in entries {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(rest) = name.strip_prefix(&prefix).filter(|_| name.ends_with(".db")) else {
            continue;
        };
        let Some(stamp) = rest.get(..15) else {
            continue;
        };
        if let Ok(taken) = NaiveDateTime::parse_from_str(stamp, STAMP) {
            found.push(Backup { path, taken });
        }
    }
    // Same second: "x.db" was made before "x-2.db", which a plain name order gets wrong.
    let key = |b: &Backup| (b.taken, b.path.as_os_str().len(), b.path.clone());
    found.sort_by_key(key);
    Ok(found)
}

/// Whether a backup was taken on study day `today` (04:00 rollover, in `tz`).
pub fn taken_on<Tz: TimeZone>(backups: &[Backup], today: Day, tz: &Tz) -> bool {
    backups.iter().any(|b| {
        tz.from_local_datetime(&b.taken)
            .earliest()
            .is_some_and(|t| day_of(&t.fixed_offset()) == today)
    })
}

/// Delete all but the newest `keep` backups; returns the deleted paths.
pub fn prune(db: &Path, keep: usize) -> std::io::Result<Vec<PathBuf>> {
    let all = list(db)?;
    let excess = all.len().saturating_sub(keep);
    let mut removed = Vec::new();
    for b in all.into_iter().take(excess) {
        std::fs::remove_file(&b.path)?;
        removed.push(b.path);
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::clock::parse_now;

    #[test]
    fn names_sort_by_time_and_never_collide() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("collection.db");
        let now = parse_now("2026-03-01T09:30:00", &Utc).unwrap();
        let p = path_for(&db, &now, None);
        assert_eq!(p, dir.path().join("backups/collection-20260301-093000.db"));
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, "x").unwrap();
        assert_eq!(
            path_for(&db, &now, None),
            dir.path().join("backups/collection-20260301-093000-2.db")
        );
        assert_eq!(
            path_for(&db, &now, Some("before-restore")),
            dir.path()
                .join("backups/collection-20260301-093000-before-restore.db")
        );
    }

    #[test]
    fn listing_pruning_and_the_daily_check() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.db");
        let backups = dir_for(&db);
        std::fs::create_dir_all(&backups).unwrap();
        for name in [
            "c-20260301-093000.db",
            "c-20260302-023000.db", // study day 2026-03-01
            "c-20260303-100000-before-schema-2.db",
            "c-20260304-100000.db",
            "other-20260301-093000.db",
            "c-notes.txt",
        ] {
            std::fs::write(backups.join(name), "x").unwrap();
        }
        let found = list(&db).unwrap();
        assert_eq!(found.len(), 4);
        let day =
            |d: &str| Day::from_date(chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
        assert!(taken_on(&found, day("2026-03-01"), &Utc));
        assert!(!taken_on(&found, day("2026-03-02"), &Utc));
        let removed = prune(&db, 2).unwrap();
        assert_eq!(removed.len(), 2);
        let left: Vec<String> = list(&db)
            .unwrap()
            .iter()
            .map(|b| b.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            left,
            [
                "c-20260303-100000-before-schema-2.db",
                "c-20260304-100000.db"
            ]
        );
        assert!(backups.join("other-20260301-093000.db").exists());
    }
}
