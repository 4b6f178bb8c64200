//! Reading a foreign Anki collection: the SQLite file taken out of an `.apkg`/`.colpkg`. Only
//! plain rows come out of here; what they mean is decided in `import::apkg`. The file is a
//! private temporary copy, so the reader may add a temporary table to it.

use std::cmp::Ordering;
use std::path::Path;

use rusqlite::{Connection, OpenFlags, Row};
use thiserror::Error;

/// Columns of Anki's `cards` table (schemas 11 to 18), in order.
pub const CARD_COLUMNS: [&str; 18] = [
    "id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps",
    "lapses", "left", "odue", "odid", "flags", "data",
];

/// Columns of Anki's `notes` table (schemas 11 to 18), in order.
pub const NOTE_COLUMNS: [&str; 11] = [
    "id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data",
];

/// Columns of Anki's `revlog` table (schemas 11 to 18), in order.
pub const REVLOG_COLUMNS: [&str; 9] = [
    "id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type",
];

#[derive(Debug, Error)]
pub enum AnkiDbError {
    #[error("not a SQLite database")]
    NotSqlite,
    #[error("not an Anki collection ({0})")]
    NotAnki(String),
    #[error("damaged collection: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

type Result<T, E = AnkiDbError> = std::result::Result<T, E>;

/// An open Anki collection file.
pub struct AnkiDb {
    conn: Connection,
}

/// The `col` row.
#[derive(Debug, Clone)]
pub struct ColRow {
    /// Collection creation: 04:00 local time of the creation day, Unix seconds.
    pub crt: i64,
    /// Schema version: 11 (JSON in `col`), 18 (separate tables).
    pub ver: i64,
    /// Note types as JSON (schema 11; empty from schema 15 on).
    pub models: String,
    /// Decks as JSON (schema 11).
    pub decks: String,
}

/// A schema-18 `notetypes` row.
#[derive(Debug, Clone)]
pub struct NotetypeRow {
    pub id: i64,
    pub name: String,
    pub config: Vec<u8>,
}

/// A schema-18 `fields` row.
#[derive(Debug, Clone)]
pub struct FieldRow {
    pub ntid: i64,
    pub ord: i64,
    pub name: String,
}

/// A schema-18 `templates` row.
#[derive(Debug, Clone)]
pub struct TemplateRow {
    pub ntid: i64,
    pub ord: i64,
    pub name: String,
    pub config: Vec<u8>,
}

/// One `revlog` row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RevlogRow {
    /// Time of the answer, Unix milliseconds.
    pub id: i64,
    pub cid: i64,
    /// 1 Again, 2 Hard, 3 Good, 4 Easy; 0 for a manual change.
    pub ease: i64,
    pub ivl: i64,
    pub last_ivl: i64,
    pub factor: i64,
    /// Answer time, milliseconds.
    pub time: i64,
    /// 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled.
    pub kind: i64,
}

/// One `cards` row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardRow {
    pub id: i64,
    /// The note's id.
    pub nid: i64,
    pub ord: i64,
    pub did: i64,
    pub kind: i64,
    pub queue: i64,
    pub due: i64,
    pub ivl: i64,
    pub factor: i64,
    pub lapses: i64,
    pub odue: i64,
    pub odid: i64,
}

/// One `notes` row with its cards (in `ord` order), borrowed while it is handled.
#[derive(Debug, Clone, Copy)]
pub struct NoteRow<'a> {
    pub id: i64,
    pub guid: &'a str,
    pub mid: i64,
    pub tags: &'a str,
    pub flds: &'a str,
    pub cards: &'a [CardRow],
}

/// A [`NoteRow`] that owns its text, to be handed to another thread.
#[derive(Debug, Clone)]
pub struct NoteData {
    pub id: i64,
    pub guid: String,
    pub mid: i64,
    pub tags: String,
    pub flds: String,
    pub cards: Vec<CardRow>,
}

impl From<NoteRow<'_>> for NoteData {
    fn from(row: NoteRow<'_>) -> NoteData {
        NoteData {
            id: row.id,
            guid: row.guid.to_string(),
            mid: row.mid,
            tags: row.tags.to_string(),
            flds: row.flds.to_string(),
            cards: row.cards.to_vec(),
        }
    }
}

impl NoteData {
    pub fn row(&self) -> NoteRow<'_> {
        NoteRow {
            id: self.id,
            guid: &self.guid,
            mid: self.mid,
            tags: &self.tags,
            flds: &self.flds,
            cards: &self.cards,
        }
    }
}

/// Anki declares some columns `COLLATE unicase`; SQLite refuses to touch them unless a
/// collation of that name exists.
fn unicase(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        a.iter()
            .map(u8::to_ascii_lowercase)
            .cmp(b.iter().map(u8::to_ascii_lowercase))
    } else {
        a.to_lowercase().cmp(&b.to_lowercase())
    }
}

impl AnkiDb {
    /// Open `path` and check that it is an Anki collection.
    pub fn open(path: &Path) -> Result<AnkiDb> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|_| AnkiDbError::NotSqlite)?;
        conn.create_collation("unicase", unicase)?;
        let tables: Vec<String> = {
            let mut stmt = conn
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
                .map_err(|e| match e {
                    rusqlite::Error::SqliteFailure(f, _)
                        if f.code == rusqlite::ErrorCode::NotADatabase =>
                    {
                        AnkiDbError::NotSqlite
                    }
                    other => AnkiDbError::Sqlite(other),
                })?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        for needed in ["col", "notes", "cards", "revlog"] {
            if !tables.iter().any(|t| t == needed) {
                return Err(AnkiDbError::NotAnki(format!("no '{needed}' table")));
            }
        }
        // A private copy: nothing here is worth a journal.
        conn.pragma_update(None, "journal_mode", "OFF")?;
        conn.pragma_update(None, "synchronous", "OFF")?;
        conn.pragma_update(None, "temp_store", "FILE")?;
        Ok(AnkiDb { conn })
    }

    fn has_table(&self, name: &str) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
            [name],
            |r| r.get(0),
        )?)
    }

    pub fn col(&self) -> Result<ColRow> {
        self.conn
            .query_row(
                "SELECT crt, ver, CAST(models AS TEXT), CAST(decks AS TEXT) FROM col LIMIT 1",
                [],
                |r| {
                    Ok(ColRow {
                        crt: r.get(0)?,
                        ver: r.get(1)?,
                        models: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                        decks: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                    })
                },
            )
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => {
                    AnkiDbError::NotAnki("the 'col' table is empty".into())
                }
                other => other.into(),
            })
    }

    /// Whether note types and decks live in their own tables (schema 15 and later).
    pub fn has_notetype_tables(&self) -> Result<bool> {
        Ok(self.has_table("notetypes")?
            && self.has_table("fields")?
            && self.has_table("templates")?)
    }

    pub fn notetypes(&self) -> Result<Vec<NotetypeRow>> {
        self.rows("SELECT id, name, config FROM notetypes", |r| {
            Ok(NotetypeRow {
                id: r.get(0)?,
                name: r.get(1)?,
                config: r.get(2)?,
            })
        })
    }

    pub fn fields(&self) -> Result<Vec<FieldRow>> {
        self.rows(
            "SELECT ntid, ord, name FROM fields ORDER BY ntid, ord",
            |r| {
                Ok(FieldRow {
                    ntid: r.get(0)?,
                    ord: r.get(1)?,
                    name: r.get(2)?,
                })
            },
        )
    }

    pub fn templates(&self) -> Result<Vec<TemplateRow>> {
        self.rows(
            "SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord",
            |r| {
                Ok(TemplateRow {
                    ntid: r.get(0)?,
                    ord: r.get(1)?,
                    name: r.get(2)?,
                    config: r.get(3)?,
                })
            },
        )
    }

    /// Deck ids and names from the `decks` table (schema 15 and later; names use 0x1f between
    /// levels). Empty when there is no such table.
    pub fn deck_rows(&self) -> Result<Vec<(i64, String)>> {
        if !self.has_table("decks")? {
            return Ok(Vec::new());
        }
        self.rows("SELECT id, name FROM decks", |r| Ok((r.get(0)?, r.get(1)?)))
    }

    pub fn note_count(&self) -> Result<usize> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))?)
    }

    /// Every answer of the review log (rows with an ease and a kind of answer: manual changes
    /// are not answers), ordered by card and time.
    pub fn revlog(&self) -> Result<Vec<RevlogRow>> {
        let mut rows = self.rows(
            "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog \
             WHERE ease BETWEEN 1 AND 4 AND type BETWEEN 0 AND 3",
            |r| {
                Ok(RevlogRow {
                    id: r.get(0)?,
                    cid: r.get(1)?,
                    ease: r.get(2)?,
                    ivl: r.get(3)?,
                    last_ivl: r.get(4)?,
                    factor: r.get(5)?,
                    time: r.get(6)?,
                    kind: r.get(7)?,
                })
            },
        )?;
        // Read in the table's order (the fastest), sorted here.
        rows.sort_unstable_by_key(|r| (r.cid, r.id));
        Ok(rows)
    }

    /// Every note with its cards, one at a time. Notes without a new card come first, then the
    /// others in the order their new cards are introduced (a card in a filtered deck counts at
    /// its original position), so that importing them in this order keeps Anki's new-card
    /// order. Notes without cards are left out.
    ///
    /// Both tables are read in their own order (the fastest way through a SQLite file): the
    /// cards first, into memory, sorted by note; then the notes.
    ///
    /// `cards`, when given, are every `cards` row in the table's order, read beforehand (see
    /// `import::pages`); else they are read here.
    pub fn for_each_note<E: From<AnkiDbError>>(
        &self,
        cards: Option<Vec<CardRow>>,
        f: impl FnMut(NoteRow<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut cards = match cards {
            Some(cards) => cards,
            None => self.cards().map_err(E::from)?,
        };
        let conn = &self.conn;
        let sql = if sort_cards(&mut cards) {
            // The common case (no new cards, or new cards in the order their notes were made).
            "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"
        } else {
            conn.execute_batch(
                "DROP TABLE IF EXISTS temp.recall_order;
                 CREATE TEMP TABLE recall_order AS
                   SELECT nid, min(CASE WHEN type = 0 THEN
                                     CASE WHEN odid != 0 THEN odue ELSE due END END) AS pos
                   FROM cards GROUP BY nid;",
            )
            .map_err(AnkiDbError::from)?;
            "SELECT n.id, n.guid, n.mid, n.tags, n.flds FROM temp.recall_order o \
             JOIN notes n ON n.id = o.nid ORDER BY o.pos IS NOT NULL, o.pos, n.id"
        };
        let mut stmt = conn.prepare(sql).map_err(AnkiDbError::from)?;
        let rows = stmt.query([]).map_err(AnkiDbError::from)?;
        notes_with_cards(rows, &cards, f)
    }

    /// Every note whose id is above `after` (every note if `None`), in id order, with its cards (`cards`: every card,
    /// sorted by note and number); notes without cards are left out. (What
    /// [`Self::for_each_note`] gives after that note, when it takes notes in id order.)
    pub fn for_each_note_after<E: From<AnkiDbError>>(
        &self,
        after: Option<i64>,
        cards: &[CardRow],
        f: impl FnMut(NoteRow<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, guid, mid, tags, flds FROM notes WHERE ?1 IS NULL OR id > ?1 \
                 ORDER BY id",
            )
            .map_err(AnkiDbError::from)?;
        let rows = stmt.query([after]).map_err(AnkiDbError::from)?;
        notes_with_cards(rows, cards, f)
    }

    /// The root page of the `cards` table when its columns are Anki's (see
    /// [`CARD_COLUMNS`]), the first the row id: its rows can then be read off
    /// its pages.
    pub fn cards_root(&self) -> Result<Option<u32>> {
        self.root_if("cards", &CARD_COLUMNS)
    }

    /// The root page of the `notes` table when its columns are Anki's (see
    /// [`NOTE_COLUMNS`]), the first the row id.
    pub fn notes_root(&self) -> Result<Option<u32>> {
        self.root_if("notes", &NOTE_COLUMNS)
    }

    /// The root page of the `revlog` table when its columns are Anki's (see
    /// [`REVLOG_COLUMNS`]), the first the row id.
    pub fn revlog_root(&self) -> Result<Option<u32>> {
        self.root_if("revlog", &REVLOG_COLUMNS)
    }

    /// The root page of the rowid table `table` (`cards`, `notes` or `revlog`) when its columns are
    /// `names`, in order, the first an integer primary key (the row id).
    fn root_if(&self, table: &str, names: &[&str]) -> Result<Option<u32>> {
        let columns: Vec<(String, String, i64)> = self.rows(
            &format!("SELECT name, type, pk FROM pragma_table_info('{table}')"),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let anki = columns.len() == names.len()
            && columns
                .iter()
                .zip(names)
                .all(|((name, _, _), anki)| name == anki)
            && columns[0].1.eq_ignore_ascii_case("integer")
            && columns[0].2 == 1
            && columns[1..].iter().all(|c| c.2 == 0);
        if !anki {
            return Ok(None);
        }
        let root: Option<i64> = self.conn.query_row(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )?;
        Ok(root.and_then(|r| u32::try_from(r).ok()))
    }

    /// Every `cards` row, in the table's order, read through SQLite (see [`Self::cards`]).
    pub fn read_cards(&self) -> Result<Vec<CardRow>> {
        self.cards()
    }

    /// Every `cards` row, in the table's order.
    ///
    /// All of them are needed before the first note can go (a note's cards, and the order of
    /// the new ones), so nothing else of the import runs meanwhile: the upper half of the ids
    /// is read on a second thread, through a connection of its own. (Ids are creation times,
    /// so the middle of the lowest and the highest splits the table about in half; an uneven
    /// split only costs time.)
    fn cards(&self) -> Result<Vec<CardRow>> {
        let (low, high): (Option<i64>, Option<i64>) =
            self.conn
                .query_row("SELECT min(id), max(id) FROM cards", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        let (Some(low), Some(high)) = (low, high) else {
            return Ok(Vec::new());
        };
        // Counting a whole table reads only its pages' cell counts; counting a range of
        // ids would read every row of it (7% of reading the cards).
        let count: usize = self
            .conn
            .query_row("SELECT count(*) FROM cards", [], |r| r.get(0))?;
        let middle = low.midpoint(high);
        let upper_half = match self.conn.path() {
            Some(path) if !path.is_empty() && high > low => Some(Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?),
            _ => None,
        };
        let Some(upper_half) = upper_half else {
            return cards_with_ids(&self.conn, low, high, count);
        };
        std::thread::scope(|scope| {
            let half = count / 2 + 1;
            let upper = scope
                .spawn(move || cards_with_ids(&upper_half, middle.saturating_add(1), high, half));
            let mut cards = cards_with_ids(&self.conn, low, middle, count)?;
            // A panic there is a bug of ours, not a fault of the file: passed on as it is.
            let upper = upper
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
            cards.extend(upper);
            Ok(cards)
        })
    }

    fn rows<T>(
        &self,
        sql: &str,
        map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map([], map)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

/// Each note of `rows` (id, guid, mid, tags, flds) that has cards in `cards` (sorted by note),
/// with them, to `f`.
fn notes_with_cards<E: From<AnkiDbError>>(
    mut rows: rusqlite::Rows<'_>,
    cards: &[CardRow],
    mut f: impl FnMut(NoteRow<'_>) -> Result<(), E>,
) -> Result<(), E> {
    while let Some(row) = rows.next().map_err(AnkiDbError::from)? {
        let id: i64 = row.get(0).map_err(AnkiDbError::from)?;
        let start = cards.partition_point(|c| c.nid < id);
        let end = start + cards[start..].partition_point(|c| c.nid == id);
        if start == end {
            continue;
        }
        let text = |i: usize| -> Result<&str, AnkiDbError> {
            Ok(row.get_ref(i)?.as_str().map_err(rusqlite::Error::from)?)
        };
        f(NoteRow {
            id,
            guid: text(1)?,
            mid: row.get(2).map_err(AnkiDbError::from)?,
            tags: text(3)?,
            flds: text(4)?,
            cards: &cards[start..end],
        })?;
    }
    Ok(())
}

/// The `cards` rows whose ids are from `low` to `high`, in the table's order; `capacity` is
/// how many there may be (the upper half's are added to the lower half's vector).
fn cards_with_ids(conn: &Connection, low: i64, high: i64, capacity: usize) -> Result<Vec<CardRow>> {
    let mut cards = Vec::with_capacity(capacity);
    let mut stmt = conn.prepare(
        // Only the columns the import uses (each costs ~8% of reading a card).
        "SELECT id, nid, ord, did, type, queue, due, ivl, factor, lapses, odue, odid \
         FROM cards WHERE id BETWEEN ?1 AND ?2",
    )?;
    let mut rows = stmt.query([low, high])?;
    while let Some(row) = rows.next()? {
        cards.push(card_row(row)?);
    }
    Ok(cards)
}

fn card_row(r: &Row<'_>) -> rusqlite::Result<CardRow> {
    let int = |i: usize| -> rusqlite::Result<i64> { Ok(r.get_ref(i)?.as_i64()?) };
    Ok(CardRow {
        id: int(0)?,
        nid: int(1)?,
        ord: int(2)?,
        did: int(3)?,
        kind: int(4)?,
        queue: int(5)?,
        due: int(6)?,
        ivl: int(7)?,
        factor: int(8)?,
        lapses: int(9)?,
        odue: int(10)?,
        odid: int(11)?,
    })
}

/// Sort `cards` by note and number, and say whether taking their notes in id order keeps
/// Anki's new-card order (see [`AnkiDb::for_each_note`]).
pub fn sort_cards(cards: &mut [CardRow]) -> bool {
    // Usually in this order already (cards are made with their notes).
    cards.sort_by_key(|c| (c.nid, c.ord));
    new_cards_follow_note_ids(cards)
}

/// Whether taking notes in id order already introduces the new cards in Anki's order: each
/// note's first new card (by position) comes no earlier than the previous note's. `cards` are
/// sorted by note.
fn new_cards_follow_note_ids(cards: &[CardRow]) -> bool {
    let mut last = i64::MIN;
    for note in cards.chunk_by(|a, b| a.nid == b.nid) {
        let first_new = note
            .iter()
            .filter(|c| c.kind == 0)
            .map(|c| if c.odid != 0 { c.odue } else { c.due })
            .min();
        if let Some(pos) = first_new {
            if pos < last {
                return false;
            }
            last = pos;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicase_ignores_case() {
        assert_eq!(unicase("Basic", "basic"), Ordering::Equal);
        assert_eq!(unicase("Ölfeld", "ölfeld"), Ordering::Equal);
        assert_eq!(unicase("a", "B"), Ordering::Less);
    }

    /// A file with Anki's four tables, the cards table with the columns read here.
    fn minimal_collection(path: &Path, card_ids: &[i64]) {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(
            "CREATE TABLE col (crt, ver, models, decks);
             CREATE TABLE notes (id INTEGER PRIMARY KEY, guid, mid, tags, flds);
             CREATE TABLE revlog (id, cid, ease, ivl, lastIvl, factor, time, type);
             CREATE TABLE cards (id INTEGER PRIMARY KEY, nid, ord, did, type, queue, due, ivl,
                                 factor, reps, lapses, odue, odid);",
        )
        .unwrap();
        for (i, id) in card_ids.iter().enumerate() {
            conn.execute(
                "INSERT INTO cards VALUES (?1, ?2, 0, 1, 0, 0, ?2, 0, 0, 0, 0, 0, 0)",
                [*id, i as i64],
            )
            .unwrap();
        }
    }

    #[test]
    fn every_card_is_read_once_whatever_its_id() {
        let dir = tempfile::tempdir().unwrap();
        let cases: [&[i64]; 5] = [
            &[],
            &[42],
            &[1, 2],
            &[i64::MIN, -5, 0, 7, i64::MAX],
            &[i64::MAX - 1, i64::MAX],
        ];
        for (n, ids) in cases.iter().enumerate() {
            let path = dir.path().join(format!("c{n}.anki2"));
            minimal_collection(&path, ids);
            let db = AnkiDb::open(&path).unwrap();
            let mut read: Vec<i64> = db.cards().unwrap().iter().map(|c| c.id).collect();
            read.sort_unstable();
            assert_eq!(read, ids.to_vec(), "ids {ids:?}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_collection() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.db");
        std::fs::write(&path, b"this is not sqlite at all, just some bytes of text").unwrap();
        assert!(matches!(AnkiDb::open(&path), Err(AnkiDbError::NotSqlite)));
        let conn = Connection::open(path.with_extension("ok")).unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        drop(conn);
        let err = AnkiDb::open(&path.with_extension("ok")).err().unwrap();
        assert_eq!(err.to_string(), "not an Anki collection (no 'col' table)");
    }

    /// A collection whose `cards` table has Anki's columns and `n` rows (ids from 1,000, two
    /// cards for every third note), with `data` of `data_len` bytes; 4 KiB pages, as Anki's.
    fn anki_cards(path: &Path, n: i64, data_len: usize) {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(
            "PRAGMA page_size = 4096;
             CREATE TABLE col (crt, ver, models, decks);
             CREATE TABLE notes (id INTEGER PRIMARY KEY, guid, mid, tags, flds);
             CREATE TABLE revlog (id, cid, ease, ivl, lastIvl, factor, time, type);
             CREATE TABLE cards (
               id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
               ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL,
               type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
               ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
               lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
               odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
             CREATE INDEX ix_cards_nid ON cards (nid);",
        )
        .unwrap();
        let data = "d".repeat(data_len);
        let tx = conn.unchecked_transaction().unwrap();
        for i in 0..n {
            // Values of every size SQLite stores integers in (1 to 8 bytes, 0 and 1), and
            // negative ones.
            tx.execute(
                "INSERT INTO cards VALUES (?1, ?2, ?3, ?4, 0, -1, ?5, ?6, ?7, ?8, ?9, 3, ?10, 0,
                                          ?11, ?12, 0, ?13)",
                rusqlite::params![
                    1000 + i,
                    1_700_000_000_000 + i / 3 * 2,
                    i % 2,
                    i % 3,
                    i % 4,
                    i % 5 - 3,
                    [0, 1, -1, 300, -70_000, 1 << 30, 1 << 40, i64::MIN][i as usize % 8],
                    i * 1001,
                    2500 + i % 7,
                    i % 9,
                    i64::MAX - i,
                    i % 2 * 77,
                    data
                ],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }

    /// What the pages of the file at `path` show, fed in pieces of `piece` bytes.
    fn scanned(path: &Path, piece: usize) -> crate::import::pages::PageScan {
        let bytes = std::fs::read(path).unwrap();
        let mut scan = crate::import::pages::PageScan::default();
        for chunk in bytes.chunks(piece) {
            scan.feed(chunk);
        }
        scan
    }

    #[test]
    fn cards_read_off_the_pages_are_the_cards_sqlite_reads() {
        let dir = tempfile::tempdir().unwrap();
        for (n, piece) in [
            (0, 4096),
            (5, 1000),
            (3000, 1 << 20),
            (3000, 777),
            (20_000, 65536),
        ] {
            let path = dir.path().join(format!("c{n}-{piece}.anki2"));
            anki_cards(&path, n, 2);
            let db = AnkiDb::open(&path).unwrap();
            let root = db.cards_root().unwrap().expect("Anki's columns");
            let from_pages = scanned(&path, piece).cards_in_tree(root);
            assert_eq!(from_pages, Some(db.cards().unwrap()), "{n} cards");
        }
    }

    #[test]
    fn cards_sqlite_must_read_are_left_to_it() {
        let dir = tempfile::tempdir().unwrap();
        // A row too long for its page (spilling onto overflow pages).
        let path = dir.path().join("long.anki2");
        anki_cards(&path, 50, 5000);
        let db = AnkiDb::open(&path).unwrap();
        let root = db.cards_root().unwrap().unwrap();
        assert_eq!(scanned(&path, 4096).cards_in_tree(root), None);
        // A value that is not an integer where the import reads one.
        let path = dir.path().join("text.anki2");
        anki_cards(&path, 3000, 2);
        let conn = Connection::open(&path).unwrap();
        conn.execute("UPDATE cards SET due = 'soon' WHERE id = 2500", [])
            .unwrap();
        drop(conn);
        let db = AnkiDb::open(&path).unwrap();
        let root = db.cards_root().unwrap().unwrap();
        assert_eq!(scanned(&path, 4096).cards_in_tree(root), None);
        assert!(db.cards().is_err(), "SQLite's reading refuses it too");
        // Columns that are not Anki's: no root to read from.
        let path = dir.path().join("other.anki2");
        minimal_collection(&path, &[1, 2, 3]);
        assert_eq!(AnkiDb::open(&path).unwrap().cards_root().unwrap(), None);
        // A file cut short.
        let path = dir.path().join("short.anki2");
        anki_cards(&path, 3000, 2);
        let db = AnkiDb::open(&path).unwrap();
        let root = db.cards_root().unwrap().unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let mut scan = crate::import::pages::PageScan::default();
        scan.feed(&bytes[..bytes.len() / 2]);
        assert_eq!(scan.cards_in_tree(root), None);
    }

    /// A collection whose `notes` table has Anki's columns and the given rows (guid, mid,
    /// tags, flds); 4 KiB pages, as Anki's.
    fn anki_notes(path: &Path, notes: &[(String, i64, String, String)]) {
        anki_notes_in(path, notes, "UTF-8")
    }

    fn anki_notes_in(path: &Path, notes: &[(String, i64, String, String)], encoding: &str) {
        let conn = Connection::open(path).unwrap();
        conn.pragma_update(None, "encoding", encoding).unwrap();
        conn.execute_batch(
            "PRAGMA page_size = 4096;
             CREATE TABLE col (crt, ver, models, decks);
             CREATE TABLE cards (id INTEGER PRIMARY KEY, nid, ord);
             CREATE TABLE revlog (id, cid, ease, ivl, lastIvl, factor, time, type);
             CREATE TABLE notes (
               id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
               mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL,
               flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
               flags integer NOT NULL, data text NOT NULL);
             CREATE INDEX ix_notes_usn ON notes (usn);",
        )
        .unwrap();
        let tx = conn.unchecked_transaction().unwrap();
        for (i, (guid, mid, tags, flds)) in notes.iter().enumerate() {
            let sfld = flds.split('\x1f').next().unwrap_or("");
            tx.execute(
                "INSERT INTO notes VALUES (?1, ?2, ?3, 1700000000, -1, ?4, ?5, ?6, 123456, 0, '')",
                rusqlite::params![
                    1_600_000_000_000 + i as i64 * 7,
                    guid,
                    mid,
                    tags,
                    flds,
                    sfld
                ],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }

    /// `(id, guid, mid, tags, flds)` of every note, in id order, as SQLite reads them.
    type Notes = Vec<(i64, String, i64, String, String)>;

    fn notes_by_sqlite(path: &Path) -> Notes {
        AnkiDb::open(path)
            .unwrap()
            .rows(
                "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id",
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap()
    }

    /// The notes read off the pages, leaf by leaf, until a leaf whose notes cannot be: then
    /// the notes so far and `false`.
    fn notes_off_pages_until(path: &Path, piece: usize) -> Option<(Notes, bool)> {
        let root = AnkiDb::open(path).unwrap().notes_root().unwrap()?;
        let pages = scanned(path, piece).notes_in_tree(root)?;
        let bytes = std::fs::read(path).unwrap();
        let mut notes = Vec::new();
        if let Some(&first) = pages.leaves.first() {
            let zeros = vec![0u8; pages.page_size];
            assert_eq!(pages.notes(first, &zeros), None, "not a leaf page any more");
        }
        for &number in &pages.leaves {
            let at = pages.offset(number) as usize;
            let Some(leaf) = pages.notes(number, &bytes[at..at + pages.page_size]) else {
                return Some((notes, false));
            };
            notes.extend(leaf.notes.iter().map(|n| {
                (
                    n.id,
                    leaf.guid(n).to_string(),
                    n.mid,
                    leaf.tags(n).to_string(),
                    leaf.flds(n).to_string(),
                )
            }));
        }
        Some((notes, true))
    }

    /// Every note read off the pages, if all can be.
    fn notes_off_pages(path: &Path, piece: usize) -> Option<Notes> {
        match notes_off_pages_until(path, piece)? {
            (notes, true) => Some(notes),
            (_, false) => None,
        }
    }

    /// The notes of `path` read off its pages as far as they can be, then through SQLite
    /// (each note given one card).
    fn notes_off_pages_then_sqlite(path: &Path) -> (usize, Notes) {
        let (mut notes, _) = notes_off_pages_until(path, 4096).unwrap();
        let from_pages = notes.len();
        let cards: Vec<CardRow> = notes_by_sqlite(path)
            .iter()
            .map(|n| CardRow {
                id: n.0,
                nid: n.0,
                ord: 0,
                did: 1,
                kind: 0,
                queue: 0,
                due: 0,
                ivl: 0,
                factor: 0,
                lapses: 0,
                odue: 0,
                odid: 0,
            })
            .collect();
        AnkiDb::open(path)
            .unwrap()
            .for_each_note_after(notes.last().map(|n| n.0), &cards, |row| {
                assert_eq!(row.cards.len(), 1);
                notes.push((
                    row.id,
                    row.guid.to_string(),
                    row.mid,
                    row.tags.to_string(),
                    row.flds.to_string(),
                ));
                Ok::<(), AnkiDbError>(())
            })
            .unwrap();
        (from_pages, notes)
    }

    fn some_notes(n: usize, flds_len: usize) -> Vec<(String, i64, String, String)> {
        (0..n)
            .map(|i| {
                (
                    format!("g{i}<ü>"),
                    [0, 1, -1, 300, 1 << 40, i64::MIN, 1_342_697_561_419][i % 7],
                    if i % 3 == 0 {
                        String::new()
                    } else {
                        format!("tag{} ✓", i % 5)
                    },
                    format!("front {i} – é\x1f{}", "b".repeat(i % flds_len)),
                )
            })
            .collect()
    }

    #[test]
    fn notes_read_off_the_pages_are_the_notes_sqlite_reads() {
        let dir = tempfile::tempdir().unwrap();
        for (n, piece) in [(1, 4096), (40, 1000), (5000, 1 << 20), (5000, 777)] {
            let path = dir.path().join(format!("n{n}-{piece}.anki2"));
            anki_notes(&path, &some_notes(n, 300));
            let expected = notes_by_sqlite(&path);
            assert_eq!(expected.len(), n);
            assert_eq!(notes_off_pages(&path, piece), Some(expected), "{n} notes");
        }
    }

    #[test]
    fn notes_sqlite_must_read_are_left_to_it() {
        let dir = tempfile::tempdir().unwrap();
        // One note too long for its page (overflow pages): all notes go through SQLite.
        let path = dir.path().join("long.anki2");
        let mut notes = some_notes(3000, 300);
        notes[1234].3 = "x".repeat(5000);
        anki_notes(&path, &notes);
        assert_eq!(notes_off_pages(&path, 4096), None);
        assert_eq!(notes_by_sqlite(&path)[1234].4.len(), 5000);
        // The notes before its page come off the pages, the rest through SQLite: every note
        // once, in order.
        let (from_pages, all) = notes_off_pages_then_sqlite(&path);
        assert!((1000..1234).contains(&from_pages), "{from_pages}");
        assert_eq!(all, notes_by_sqlite(&path));
        // A long first note: SQLite reads them all.
        let path = dir.path().join("long-first.anki2");
        let mut notes = some_notes(300, 300);
        notes[0].3 = "x".repeat(5000);
        anki_notes(&path, &notes);
        let (from_pages, all) = notes_off_pages_then_sqlite(&path);
        assert_eq!(from_pages, 0);
        assert_eq!(all, notes_by_sqlite(&path));
        // Values SQLite's reading refuses (a blob where text is read, a mid that is text).
        for sql in [
            "UPDATE notes SET flds = x'ff00' WHERE rowid % 1000 = 5",
            "UPDATE notes SET guid = x'41' WHERE rowid % 1000 = 5",
            "UPDATE notes SET mid = 'model' WHERE rowid % 1000 = 5",
            "UPDATE notes SET mid = 1.5 WHERE rowid % 1000 = 5",
        ] {
            let path = dir.path().join("odd.anki2");
            let _ = std::fs::remove_file(&path);
            anki_notes(&path, &some_notes(3000, 300));
            Connection::open(&path).unwrap().execute_batch(sql).unwrap();
            assert_eq!(notes_off_pages(&path, 4096), None, "{sql}");
        }
        // A UTF-16 file: its texts are not read off the pages.
        let path = dir.path().join("utf16.anki2");
        anki_notes_in(&path, &some_notes(100, 300), "UTF-16le");
        assert_eq!(notes_by_sqlite(&path).len(), 100);
        assert_eq!(notes_off_pages(&path, 4096), None);
        // Columns that are not Anki's.
        let path = dir.path().join("other.anki2");
        minimal_collection(&path, &[1]);
        assert_eq!(AnkiDb::open(&path).unwrap().notes_root().unwrap(), None);
        // A file cut short.
        let path = dir.path().join("short.anki2");
        anki_notes(&path, &some_notes(3000, 300));
        let root = AnkiDb::open(&path).unwrap().notes_root().unwrap().unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let mut scan = crate::import::pages::PageScan::default();
        scan.feed(&bytes[..bytes.len() / 2]);
        assert_eq!(scan.notes_in_tree(root), None);
        // The same file whole: its notes are read off the pages.
        assert_eq!(notes_off_pages(&path, 4096), Some(notes_by_sqlite(&path)));
    }

    /// A collection whose `revlog` table has Anki's columns and `n` rows (answers of every
    /// ease and type, manual changes left out by the import; values of every integer size);
    /// its cards table has other columns (so that no page of it passes for a card page).
    fn anki_revlog(path: &Path, n: i64) {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(
            "PRAGMA page_size = 4096;
             CREATE TABLE col (crt, ver, models, decks);
             CREATE TABLE notes (id INTEGER PRIMARY KEY, guid, mid, tags, flds);
             CREATE TABLE cards (id INTEGER PRIMARY KEY, nid);
             CREATE TABLE revlog (
               id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
               ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL,
               factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
             CREATE INDEX ix_revlog_cid ON revlog (cid);",
        )
        .unwrap();
        let tx = conn.unchecked_transaction().unwrap();
        for i in 0..n {
            tx.execute(
                "INSERT INTO revlog VALUES (?1, ?2, -1, ?3, ?4, ?5, ?6, ?7, ?8)",
                rusqlite::params![
                    1_700_000_000_000 + i * 7919 % 100_003,
                    1_600_000_000_000 + i % 97,
                    i % 6,
                    [0, 1, -1, 300, -70_000, 1 << 30, 1 << 40, i64::MIN][i as usize % 8],
                    -(i % 11),
                    2500 + i % 3,
                    i * 13,
                    i % 6,
                ],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }

    #[test]
    fn the_review_log_read_off_the_pages_is_the_one_sqlite_reads() {
        let dir = tempfile::tempdir().unwrap();
        for (n, piece) in [
            (0, 4096),
            (1, 4096),
            (30, 1000),
            (5000, 777),
            (20_000, 1 << 20),
        ] {
            let path = dir.path().join(format!("r{n}-{piece}.anki2"));
            anki_revlog(&path, n);
            let db = AnkiDb::open(&path).unwrap();
            let root = db.revlog_root().unwrap().expect("Anki's columns");
            let expected = db.revlog().unwrap();
            // Ease 1 to 4 and type 0 to 3: 1 row in 3.
            assert_eq!(
                expected.len() as i64,
                (0..n).filter(|i| (1..=3).contains(&(i % 6))).count() as i64
            );
            assert_eq!(
                scanned(&path, piece).revlog_in_tree(root),
                Some(expected),
                "{n} rows"
            );
        }
    }

    #[test]
    fn a_review_log_sqlite_must_read_is_left_to_it() {
        let dir = tempfile::tempdir().unwrap();
        // A value that is not an integer where the import reads one, in an answer it takes:
        // SQLite reads the log (and gives what it gives).
        for (column, value) in [("ivl", "'long'"), ("factor", "2.5"), ("time", "X'0102'")] {
            let path = dir.path().join(format!("{column}.anki2"));
            anki_revlog(&path, 3000);
            let conn = Connection::open(&path).unwrap();
            conn.execute(
                &format!("UPDATE revlog SET {column} = {value} WHERE rowid IN (SELECT rowid FROM revlog WHERE ease = 2 LIMIT 1 OFFSET 300)"),
                [],
            )
            .unwrap();
            drop(conn);
            let db = AnkiDb::open(&path).unwrap();
            let root = db.revlog_root().unwrap().unwrap();
            assert_eq!(scanned(&path, 4096).revlog_in_tree(root), None, "{column}");
        }
        // Such a value in `usn`, which the import does not read, or in a row it leaves out (a
        // manual change, which SQLite's query leaves out before reading its values), changes
        // nothing: the rows still come off the pages.
        for (i, change) in [
            "UPDATE revlog SET usn = 'x'",
            "UPDATE revlog SET ivl = 'long', time = 2.5 WHERE ease = 0",
        ]
        .iter()
        .enumerate()
        {
            let path = dir.path().join(format!("left-out{i}.anki2"));
            anki_revlog(&path, 3000);
            let conn = Connection::open(&path).unwrap();
            conn.execute(change, []).unwrap();
            drop(conn);
            let db = AnkiDb::open(&path).unwrap();
            let root = db.revlog_root().unwrap().unwrap();
            let expected = db.revlog().unwrap();
            assert_eq!(expected.len(), 1500, "{change}");
            assert_eq!(
                scanned(&path, 4096).revlog_in_tree(root),
                Some(expected),
                "{change}"
            );
        }
        // Columns that are not Anki's: no root to read from.
        let path = dir.path().join("other.anki2");
        anki_cards(&path, 10, 2);
        assert_eq!(AnkiDb::open(&path).unwrap().revlog_root().unwrap(), None);
        // A file cut short.
        let path = dir.path().join("short.anki2");
        anki_revlog(&path, 20_000);
        let db = AnkiDb::open(&path).unwrap();
        let root = db.revlog_root().unwrap().unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let mut scan = crate::import::pages::PageScan::default();
        scan.feed(&bytes[..bytes.len() * 3 / 4]);
        assert_eq!(scan.revlog_in_tree(root), None);
    }
}
