//! The one insert path for every source of cards. Notes are matched on their guid: a new guid
//! adds a note, a known one updates its text and keeps the learner's progress.

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension, params};

use super::cards::sched_from_row;
use super::{Result, Store};
use crate::batch::{Batch, CardSpec, NoteSpec, ReviewSpec, card_key};
use crate::model::Sm2;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub notes_added: usize,
    pub notes_updated: usize,
    pub notes_unchanged: usize,
    pub cards_added: usize,
    pub cards_updated: usize,
    /// Imported review-log rows saved (answers from another program).
    pub reviews_added: usize,
    /// Cards of a complete deck that the source no longer has (kept in the collection).
    pub missing: Vec<MissingCard>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingCard {
    pub key: String,
    pub deck: String,
    pub front: String,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct InsertOptions {
    /// Replace the collection's scheduling with the source's where the source has some.
    pub overwrite_scheduling: bool,
    /// Do everything, report, and roll back.
    pub dry_run: bool,
}

impl Store {
    /// Start an import: one IMMEDIATE transaction that any number of batches go into (large
    /// sources send their notes in chunks), saved by [`Importer::finish`]. Dropping the
    /// importer without finishing rolls everything back.
    pub fn importer(&mut self, now_ms: i64, options: InsertOptions) -> Result<Importer<'_>> {
        // A large import must not spill its pages to disk mid-transaction: let the page cache
        // grow (SQLite only uses what it needs).
        self.conn
            .pragma_update(None, "cache_size", IMPORT_CACHE_KIB)?;
        // Each INSERT inside the transaction keeps a statement journal (to undo just that
        // statement on a constraint error); in a temporary file that costs a write per page
        // touched. Keep it, and the sorter of the index rebuild, in memory.
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Every reference the insert path writes is one it has just read or made (a note's
        // id, a deck's id): checking each card's two foreign keys again would cost about a
        // third of inserting it. They are checked as always again once the import is over
        // (`recall check` verifies them too). SQLite ignores this pragma inside a
        // transaction, so it is set before and restored after.
        self.conn.pragma_update(None, "foreign_keys", false)?;
        if let Err(e) = self.conn.execute_batch("BEGIN IMMEDIATE") {
            self.conn.pragma_update(None, "foreign_keys", true)?;
            return Err(e.into());
        }
        let mut importer = Importer {
            conn: &mut self.conn,
            open: true,
            next_position: 0,
            now_ms,
            options,
            deck_ids: HashMap::new(),
            bulk: false,
        };
        importer.next_position = importer.conn.query_row(
            "SELECT coalesce(max(position), -1) + 1 FROM cards",
            [],
            |r| r.get(0),
        )?;
        Ok(importer)
    }

    /// Add or update everything in `batches`, all in one transaction: every batch is saved,
    /// or none. Returns one report per batch.
    pub fn insert_batches(
        &mut self,
        batches: &[Batch],
        now_ms: i64,
        options: InsertOptions,
    ) -> Result<Vec<ImportReport>> {
        let mut importer = self.importer(now_ms, options)?;
        let reports = batches
            .iter()
            .map(|b| importer.insert(b))
            .collect::<Result<Vec<_>>>()?;
        importer.finish()?;
        Ok(reports)
    }

    pub fn insert_batch(
        &mut self,
        batch: &Batch,
        now_ms: i64,
        options: InsertOptions,
    ) -> Result<ImportReport> {
        let mut reports = self.insert_batches(std::slice::from_ref(batch), now_ms, options)?;
        Ok(reports.pop().unwrap_or_default())
    }
}

/// The page cache during an import, in KiB (negative: SQLite's unit for KiB).
const IMPORT_CACHE_KIB: i64 = -65536;

/// An import in progress: see [`Store::importer`].
pub struct Importer<'c> {
    conn: &'c mut Connection,
    /// The transaction is still open (rolled back if the importer is dropped).
    open: bool,
    now_ms: i64,
    options: InsertOptions,
    next_position: i64,
    deck_ids: HashMap<String, i64>,
    /// The study indexes were dropped for a large import and are rebuilt on finishing.
    bulk: bool,
}

/// The indexes `study` uses (as migrations/0001 creates them). A large import drops them and
/// builds them once at the end: cheaper than keeping them up to date row by row.
const STUDY_INDEXES: &str = "\
    CREATE INDEX cards_due ON cards (deck_id, due) WHERE due IS NOT NULL AND suspended = 0;
    CREATE INDEX cards_new ON cards (deck_id, position) WHERE due IS NULL AND suspended = 0;";

/// From this many notes on, an import rebuilds the study indexes instead of updating them.
pub const BULK_NOTES: usize = 20_000;

impl Importer<'_> {
    /// Say how many notes are coming: a large import is done in bulk (same result, faster).
    pub fn expect_notes(&mut self, notes: usize) -> Result<()> {
        if notes >= BULK_NOTES && !self.bulk {
            self.conn
                .execute_batch("DROP INDEX IF EXISTS cards_due; DROP INDEX IF EXISTS cards_new;")?;
            self.bulk = true;
        }
        Ok(())
    }

    /// Add or update one batch inside the import's transaction.
    pub fn insert(&mut self, batch: &Batch) -> Result<ImportReport> {
        insert(
            self.conn,
            batch,
            self.now_ms,
            self.options,
            &mut self.next_position,
            &mut self.deck_ids,
        )
    }

    /// Save everything (or, for a dry run, throw it all away).
    pub fn finish(mut self) -> Result<()> {
        if self.bulk {
            self.conn.execute_batch(STUDY_INDEXES)?;
        }
        let end = if self.options.dry_run {
            "ROLLBACK"
        } else {
            "COMMIT"
        };
        self.conn.execute_batch(end)?;
        self.open = false;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        Ok(())
    }
}

impl Drop for Importer<'_> {
    /// An import not finished (an error on the way) leaves nothing behind.
    fn drop(&mut self) {
        if self.open {
            let _ = self.conn.execute_batch("ROLLBACK");
            let _ = self.conn.pragma_update(None, "foreign_keys", true);
        }
    }
}

impl ImportReport {
    /// Add another report's counts to this one (one source sent in several batches).
    pub fn absorb(&mut self, other: ImportReport) {
        self.notes_added += other.notes_added;
        self.notes_updated += other.notes_updated;
        self.notes_unchanged += other.notes_unchanged;
        self.cards_added += other.cards_added;
        self.cards_updated += other.cards_updated;
        self.reviews_added += other.reviews_added;
        self.missing.extend(other.missing);
    }
}

fn insert(
    tx: &Connection,
    batch: &Batch,
    now_ms: i64,
    options: InsertOptions,
    next_position: &mut i64,
    deck_ids: &mut HashMap<String, i64>,
) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    for deck in &batch.decks {
        tx.execute(
            "INSERT INTO decks (name, description, language, created_at) \
             VALUES (?1, coalesce(?2, ''), ?3, ?4) \
             ON CONFLICT (name) DO UPDATE SET \
               description = coalesce(?2, description), language = coalesce(?3, language)",
            params![deck.name, deck.description, deck.language, now_ms],
        )?;
        deck_ids.insert(deck.name.clone(), deck_id(tx, &deck.name)?);
    }
    // Most cards of an import go to one deck: remember the last one looked up.
    let mut last_deck: Option<(&str, i64)> = None;
    // Cards of new notes are added several rows per statement.
    let mut pending: Vec<PendingCard<'_>> = Vec::with_capacity(CARD_ROWS);
    for note in &batch.notes {
        for card in &note.cards {
            if last_deck.is_none_or(|(name, _)| name != card.deck)
                && !deck_ids.contains_key(&card.deck)
            {
                tx.execute(
                    "INSERT OR IGNORE INTO decks (name, created_at) VALUES (?1, ?2)",
                    params![card.deck, now_ms],
                )?;
                deck_ids.insert(card.deck.clone(), deck_id(tx, &card.deck)?);
            }
        }
        let fields = serde_json::to_string(&note.fields)?;
        let tags = serde_json::to_string(&note.tags)?;
        // Try to add the note first: for a new guid that is the only statement (the unique
        // index does the lookup); a known guid falls through to reading the stored note.
        let inserted = tx
            .prepare_cached(
                "INSERT INTO notes (guid, notetype, fields, tags, source, context, created_at, \
                 modified_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) \
                 ON CONFLICT (guid) DO NOTHING",
            )?
            .execute(params![
                note.guid,
                note.notetype,
                fields,
                tags,
                note.source,
                note.context,
                now_ms
            ])?;
        let existing: Option<ExistingNote> = if inserted == 1 {
            None
        } else {
            tx.prepare_cached(
                "SELECT id, notetype, fields, tags, source, context FROM notes WHERE guid = ?1",
            )?
            .query_row([&note.guid], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .optional()?
        };
        if existing.is_some() && !pending.is_empty() {
            // A known note: what was queued must be in the table before its cards are read.
            report.reviews_added += flush_cards(tx, &mut pending)?;
        }
        let (note_id, is_new_note, mut changed) = match existing {
            None => {
                report.notes_added += 1;
                (tx.last_insert_rowid(), true, false)
            }

            Some((id, notetype, old_fields, old_tags, source, context)) => {
                let differs = notetype != note.notetype
                    || old_fields != fields
                    || old_tags != tags
                    || source != note.source
                    || context != note.context;
                if differs {
                    tx.prepare_cached(
                        "UPDATE notes SET notetype = ?2, fields = ?3, tags = ?4, source = ?5, \
                         context = ?6, modified_at = ?7 WHERE id = ?1",
                    )?
                    .execute(params![
                        id,
                        note.notetype,
                        fields,
                        tags,
                        note.source,
                        note.context,
                        now_ms
                    ])?;
                }
                (id, false, differs)
            }
        };
        for card in &note.cards {
            let deck_id = match last_deck {
                Some((name, id)) if name == card.deck => id,
                _ => {
                    let id = deck_ids[&card.deck];
                    last_deck = Some((card.deck.as_str(), id));
                    id
                }
            };
            if is_new_note {
                // A new note has no cards yet: no need to look.
                pending.push(PendingCard {
                    note,
                    note_id,
                    deck_id,
                    card,
                    position: *next_position,
                });
                *next_position += 1;
                report.cards_added += 1;
                if pending.len() == CARD_ROWS {
                    report.reviews_added += flush_cards(tx, &mut pending)?;
                }
                continue;
            }
            let (card_id, change) =
                upsert_card(tx, note, note_id, deck_id, card, next_position, options)?;
            let with_reviews = match change {
                CardChange::Added => true,
                _ => options.overwrite_scheduling && card.sched.is_some(),
            };
            if with_reviews && !card.reviews.is_empty() {
                report.reviews_added += insert_reviews(tx, card_id, &card.reviews)?;
            }
            match change {
                CardChange::Added => {
                    report.cards_added += 1;
                    changed = true;
                }
                CardChange::Updated => {
                    report.cards_updated += 1;
                    changed = true;
                }
                CardChange::Unchanged => {}
            }
        }
        if !is_new_note {
            if changed {
                report.notes_updated += 1;
            } else {
                report.notes_unchanged += 1;
            }
        }
    }

    report.reviews_added += flush_cards(tx, &mut pending)?;
    if batch.complete_decks {
        let present: HashSet<(&str, u32)> = batch
            .notes
            .iter()
            .flat_map(|n| n.cards.iter().map(move |c| (n.guid.as_str(), c.ord)))
            .collect();
        for deck in &batch.decks {
            let mut stmt = tx.prepare_cached(
                "SELECT n.guid, c.ord, c.key, c.front FROM cards c JOIN notes n ON n.id = c.note_id \
                 WHERE c.deck_id = ?1 ORDER BY c.position, c.ord",
            )?;
            let rows = stmt.query_map([deck_ids[&deck.name]], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, u32>(1)?,
                    r.get(2)?,
                    r.get(3)?,
                ))
            })?;
            for row in rows {
                let (guid, ord, key, front) = row?;
                if !present.contains(&(guid.as_str(), ord)) {
                    report.missing.push(MissingCard {
                        key,
                        deck: deck.name.clone(),
                        front,
                    });
                }
            }
        }
    }
    Ok(report)
}

/// id, notetype, fields, tags, source, context of a note already in the collection.
type ExistingNote = (i64, String, String, String, Option<String>, Option<String>);

enum CardChange {
    Added,
    Updated,
    Unchanged,
}

fn upsert_card(
    tx: &Connection,
    note: &NoteSpec,
    note_id: i64,
    deck_id: i64,
    card: &CardSpec,
    next_position: &mut i64,
    options: InsertOptions,
) -> Result<(i64, CardChange)> {
    type Existing = (i64, i64, String, String, String, Sm2, bool);
    let existing: Option<Existing> = tx
        .prepare_cached(
            "SELECT id, deck_id, front, back, answer, repetitions, easiness, interval, due, drill, \
             lapses, suspended FROM cards WHERE note_id = ?1 AND ord = ?2",
        )?
        .query_row(params![note_id, card.ord], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                sched_from_row(r, 5)?,
                r.get(11)?,
            ))
        })
        .optional()?;
    match existing {
        None => Ok((
            add_card(tx, note, note_id, deck_id, card, next_position)?,
            CardChange::Added,
        )),
        Some((id, old_deck, front, back, answer, sched, suspended)) => {
            let text_changed = old_deck != deck_id
                || front != card.front
                || back != card.back
                || answer != card.answer;
            let new_sched = match card.sched {
                Some(s) if options.overwrite_scheduling && s != sched => Some(s),
                _ => None,
            };
            let new_suspended = match card.suspended {
                Some(s) if options.overwrite_scheduling && s != suspended => Some(s),
                _ => None,
            };
            if !text_changed && new_sched.is_none() && new_suspended.is_none() {
                return Ok((id, CardChange::Unchanged));
            }
            let s = new_sched.unwrap_or(sched);
            tx.prepare_cached(
                "UPDATE cards SET deck_id = ?2, front = ?3, back = ?4, answer = ?5, \
                 repetitions = ?6, easiness = ?7, interval = ?8, due = ?9, drill = ?10, \
                 lapses = ?11, suspended = ?12 WHERE id = ?1",
            )?
            .execute(params![
                id,
                deck_id,
                card.front,
                card.back,
                card.answer,
                s.repetitions,
                s.easiness,
                s.interval,
                s.due.map(|d| d.0),
                s.drill,
                s.lapses,
                new_suspended.unwrap_or(suspended),
            ])?;
            Ok((id, CardChange::Updated))
        }
    }
}

/// Cards of new notes queued for one multi-row INSERT.
const CARD_ROWS: usize = 64;
const CARD_COLUMNS: usize = 15;

struct PendingCard<'b> {
    note: &'b NoteSpec,
    note_id: i64,
    deck_id: i64,
    card: &'b CardSpec,
    position: i64,
}

/// Add the queued cards (and their imported answers); returns the answers saved.
fn flush_cards(tx: &Connection, pending: &mut Vec<PendingCard<'_>>) -> Result<usize> {
    if pending.is_empty() {
        return Ok(0);
    }
    let n = pending.len();
    let row = format!("({})", vec!["?"; CARD_COLUMNS].join(", "));
    let sql = format!(
        "INSERT INTO cards (key, note_id, deck_id, ord, position, front, back, answer, \
         repetitions, easiness, interval, due, drill, lapses, suspended) VALUES {}",
        vec![row.as_str(); n].join(", ")
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    for (i, p) in pending.iter().enumerate() {
        let s = p.card.sched.unwrap_or(Sm2::NEW);
        let at = i * CARD_COLUMNS;
        stmt.raw_bind_parameter(at + 1, card_key(&p.note.guid, p.card.ord))?;
        stmt.raw_bind_parameter(at + 2, p.note_id)?;
        stmt.raw_bind_parameter(at + 3, p.deck_id)?;
        stmt.raw_bind_parameter(at + 4, p.card.ord)?;
        stmt.raw_bind_parameter(at + 5, p.position)?;
        stmt.raw_bind_parameter(at + 6, &p.card.front)?;
        stmt.raw_bind_parameter(at + 7, &p.card.back)?;
        stmt.raw_bind_parameter(at + 8, &p.card.answer)?;
        stmt.raw_bind_parameter(at + 9, s.repetitions)?;
        stmt.raw_bind_parameter(at + 10, s.easiness)?;
        stmt.raw_bind_parameter(at + 11, s.interval)?;
        stmt.raw_bind_parameter(at + 12, s.due.map(|d| d.0))?;
        stmt.raw_bind_parameter(at + 13, s.drill)?;
        stmt.raw_bind_parameter(at + 14, s.lapses)?;
        stmt.raw_bind_parameter(at + 15, p.card.suspended.unwrap_or(false))?;
    }
    stmt.raw_execute()?;
    // One statement's rows get consecutive ids, the last one reported by SQLite.
    let first = tx.last_insert_rowid() - n as i64 + 1;
    let mut reviews = 0;
    for (i, p) in pending.iter().enumerate() {
        if !p.card.reviews.is_empty() {
            reviews += insert_reviews(tx, first + i as i64, &p.card.reviews)?;
        }
    }
    pending.clear();
    Ok(reviews)
}

fn add_card(
    tx: &Connection,
    note: &NoteSpec,
    note_id: i64,
    deck_id: i64,
    card: &CardSpec,
    next_position: &mut i64,
) -> Result<i64> {
    let s = card.sched.unwrap_or(Sm2::NEW);
    tx.prepare_cached(
        "INSERT INTO cards (key, note_id, deck_id, ord, position, front, back, answer, \
         repetitions, easiness, interval, due, drill, lapses, suspended) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?
    .execute(params![
        card_key(&note.guid, card.ord),
        note_id,
        deck_id,
        card.ord,
        *next_position,
        card.front,
        card.back,
        card.answer,
        s.repetitions,
        s.easiness,
        s.interval,
        s.due.map(|d| d.0),
        s.drill,
        s.lapses,
        card.suspended.unwrap_or(false),
    ])?;
    *next_position += 1;
    Ok(tx.last_insert_rowid())
}

/// Save imported answers; an answer already saved (same card, same time) is skipped.
fn insert_reviews(tx: &Connection, card_id: i64, reviews: &[ReviewSpec]) -> Result<usize> {
    let mut stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO reviews (card_id, answered_at, day, grade, drill, imported, \
         duration_ms, reps_before, ef_before, ivl_before, due_before, drill_before, \
         lapses_before, reps_after, ef_after, ivl_after, due_after, drill_after, lapses_after) \
         VALUES (?1, ?2, ?3, ?4, 0, 1, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, \
         ?17)",
    )?;
    let mut added = 0;
    for r in reviews {
        let (b, a) = (&r.before, &r.after);
        added += stmt.execute(params![
            card_id,
            r.answered_at_ms,
            r.day.0,
            r.grade.value(),
            r.duration_ms.max(0),
            b.repetitions,
            b.easiness,
            b.interval,
            b.due.map(|d| d.0),
            b.drill,
            b.lapses,
            a.repetitions,
            a.easiness,
            a.interval,
            a.due.map(|d| d.0),
            a.drill,
            a.lapses,
        ])?;
    }
    Ok(added)
}

fn deck_id(tx: &Connection, name: &str) -> Result<i64> {
    Ok(tx
        .prepare_cached("SELECT id FROM decks WHERE name = ?1")?
        .query_row([name], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::{CardSpec, NoteSpec};

    fn note(guid: &str) -> NoteSpec {
        NoteSpec {
            guid: guid.into(),
            notetype: "basic".into(),
            fields: vec![("Front".into(), "q".into())],
            cards: vec![CardSpec {
                deck: "D".into(),
                front: "q".into(),
                back: "a".into(),
                answer: "a".into(),
                ..CardSpec::default()
            }],
            ..NoteSpec::default()
        }
    }

    fn foreign_keys(store: &Store) -> bool {
        store
            .conn()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn checks_come_back_after_an_import_finished_or_dropped() {
        let mut store = Store::open_in_memory().unwrap();
        let batch = Batch {
            notes: (0..100).map(|i| note(&format!("n{i}"))).collect(),
            ..Batch::default()
        };
        let mut importer = store.importer(0, InsertOptions::default()).unwrap();
        importer.expect_notes(BULK_NOTES).unwrap();
        let report = importer.insert(&batch).unwrap();
        assert_eq!((report.notes_added, report.cards_added), (100, 100));
        importer.finish().unwrap();
        assert!(foreign_keys(&store));
        let count = |s: &Store| -> i64 {
            s.conn()
                .query_row("SELECT count(*) FROM cards", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(count(&store), 100);
        // The study indexes are back.
        let indexes: i64 = store
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('cards_due', 'cards_new')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(indexes, 2);
        {
            let mut importer = store.importer(0, InsertOptions::default()).unwrap();
            importer.expect_notes(BULK_NOTES).unwrap();
            importer
                .insert(&Batch {
                    notes: vec![note("x")],
                    ..Batch::default()
                })
                .unwrap();
            // Dropped without finishing: rolled back.
        }
        assert!(foreign_keys(&store));
        assert_eq!(count(&store), 100);
        let indexes: i64 = store
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('cards_due', 'cards_new')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(indexes, 2);
    }
}
