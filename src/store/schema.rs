//! The migrations of `migrations/`, embedded in the binary and applied in order on open.

use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

/// Every migration file, in order. Append only: a shipped file never changes.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_initial.sql"),
    include_str!("../../migrations/0002_imported_reviews.sql"),
    include_str!("../../migrations/0003_stats_indexes.sql"),
];

/// The schema version this build writes (`PRAGMA user_version`).
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

static LIST: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect()));

pub fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

pub fn migrate(conn: &mut Connection) -> Result<(), rusqlite_migration::Error> {
    LIST.to_latest(conn)
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
