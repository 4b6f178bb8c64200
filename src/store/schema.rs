//! The migrations of `migrations/`, embedded in the binary and applied in order on open.

use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

/// Every migration file, in order. Append only: a shipped file never changes.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_initial.sql"),
    include_str!("../../migrations/0002_imported_reviews.sql"),
    include_str!("../../migrations/0003_stats_indexes.sql"),
    include_str!("../../migrations/0004_named_unique_indexes.sql"),
    include_str!("../../migrations/0005_stats_index_in_card_order.sql"),
    include_str!("../../migrations/0006_notes_context_index.sql"),
];

/// Migrations that rebuild tables: they run with foreign keys off (SQLite's documented way to
/// change a table other tables refer to) and check them all before committing.
const REBUILDS: &[usize] = &[4];

/// The schema version this build writes (`PRAGMA user_version`).
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

static LIST: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(
        MIGRATIONS
            .iter()
            .enumerate()
            .map(|(i, sql)| match REBUILDS.contains(&(i + 1)) {
                true => M::up(sql).foreign_key_check(),
                false => M::up(sql),
            })
            .collect(),
    )
});

pub fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Bring the schema up to date. Foreign keys are off while the migrations run (a rebuilt table
/// is dropped while others still refer to it) and as they were afterwards; a migration that
/// rebuilds tables checks every foreign key before it commits.
pub fn migrate(conn: &mut Connection) -> Result<(), rusqlite_migration::Error> {
    let enforced: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
    conn.pragma_update(None, "foreign_keys", false)?;
    let result = LIST.to_latest(conn);
    conn.pragma_update(None, "foreign_keys", enforced)?;
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(LIST.validate().is_ok());
    }

    #[test]
    fn the_first_migration_marks_the_file_as_ours() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let id: i64 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        assert_eq!(id, super::super::APPLICATION_ID);
    }
}
