//! The one insert path for every source of cards. Notes are matched on their guid: a new guid
//! adds a note, a known one updates its text and keeps the learner's progress.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};

use rusqlite::{Connection, OptionalExtension, params};

use super::cards::sched_from_row;
use super::{Result, Store, StoreError};
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
        self.prepare_import(IMPORT_CACHE_KIB)?;
        self.begun_importer(now_ms, options, false)
    }

    /// Set the connection up for an import, with a page cache of `cache_kib` KiB (SQLite's
    /// negative unit), and open its transaction.
    fn prepare_import(&mut self, cache_kib: i64) -> Result<()> {
        self.conn.pragma_update(None, "cache_size", cache_kib)?;
        // Temporary storage stays SQLite's default, files. The sorter of an index rebuild
        // then keeps its records in one growing buffer (and spills past the cache size, so a
        // huge import stays within bounded memory); with temp_store MEMORY every record is an
        // allocation of its own, and rebuilding the guid and due-day indexes of a 100k-note
        // package took 103 ms instead of 72 (medians of 12, the same instructions: locality).
        // The multi-row inserts are INSERT OR FAIL and keep no statement journal; the few
        // statements that do keep theirs in memory up to 64 KiB anyway.
        self.conn.pragma_update(None, "temp_store", "FILE")?;
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
        Ok(())
    }

    /// The importer of the transaction [`Store::prepare_import`] opened.
    fn begun_importer(
        &mut self,
        now_ms: i64,
        options: InsertOptions,
        back_to_wal: bool,
    ) -> Result<Importer<'_>> {
        let mut importer = Importer {
            conn: &mut self.conn,
            open: true,
            next_position: 0,
            next_note_id: 0,
            next_card_id: 0,
            now_ms,
            options,
            deck_ids: HashMap::new(),
            bulk: None,
            back_to_wal,
        };
        // Inside the transaction: nobody else adds a row until it ends.
        let (position, note, card) = importer.conn.query_row(
            "SELECT (SELECT coalesce(max(position), -1) + 1 FROM cards), \
                    (SELECT coalesce(max(id), 0) + 1 FROM notes), \
                    (SELECT coalesce(max(id), 0) + 1 FROM cards)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        importer.next_position = position;
        importer.next_note_id = note;
        importer.next_card_id = card;
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

    /// [`Store::importer`] for an import of about `notes` notes, told to the importer (see
    /// [`Importer::expect_notes`]). A large import that nobody else is reading along with is
    /// written through a rollback journal instead of the write-ahead log (see
    /// [`Store::leave_wal`]); the collection is back in WAL mode when the importer is done.
    pub fn importer_for(
        &mut self,
        now_ms: i64,
        options: InsertOptions,
        notes: usize,
    ) -> Result<Importer<'_>> {
        let journaled = notes >= BULK_NOTES && !options.dry_run && self.leave_wal();
        if !journaled {
            // Left early (see `Store::expect_large_import`) for an import that is not large
            // after all.
            self.back_to_wal();
        }
        // Through a rollback journal, pages added past the end of the file need no journal
        // entry: written to the file whenever the cache is full, they cost nothing more than
        // at the commit, and the import needs far less memory than a cache holding them all.
        let cache = match journaled {
            true => JOURNALED_CACHE_KIB,
            false => IMPORT_CACHE_KIB,
        };
        if let Err(e) = self.prepare_import(cache) {
            if journaled {
                back_to_wal(&self.conn);
            }
            return Err(e);
        }
        let mut importer = self.begun_importer(now_ms, options, journaled)?;
        importer.expect_notes(notes)?;
        Ok(importer)
    }

    /// Say, before the files of an import are read, that the import is likely to be large
    /// (its files are): the collection leaves its write-ahead log now, while the files are
    /// read, instead of at [`Store::importer_for`] (the switch syncs the file a few times,
    /// which takes long while the disk is busy). [`Store::importer_for`] goes back to the log
    /// if the import is not large after all; so does [`Store::back_to_wal`] when the import
    /// does not take place (and any later opening of the collection).
    pub fn expect_large_import(&mut self) {
        self.leave_wal();
    }

    /// Back to the write-ahead log if the collection left it (see
    /// [`Store::expect_large_import`]).
    pub fn back_to_wal(&mut self) {
        if self.path == std::path::Path::new(":memory:") {
            return;
        }
        let mode = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get::<_, String>(0));
        if mode.is_ok_and(|m| !m.eq_ignore_ascii_case("wal")) {
            back_to_wal(&self.conn);
        }
    }

    /// Switch a collection that no other connection has open from its write-ahead log to a
    /// rollback journal, for one large import. In WAL mode every page the import writes is
    /// written twice: into the log, then by the checkpoint into the collection, each with its
    /// fsync. With a rollback journal, pages added past the end of the file need no journal
    /// entry at all (undoing them is cutting the file back): the new rows are written once.
    /// SQLite refuses the switch at once (busy) while another process has the collection open;
    /// the import then simply goes through the log. A process that opens the collection during
    /// the import waits for it, as a writer would anyway.
    fn leave_wal(&mut self) -> bool {
        if self.path == std::path::Path::new(":memory:") {
            return false;
        }
        let left = self
            .conn
            .query_row("PRAGMA journal_mode = DELETE", [], |r| {
                r.get::<_, String>(0)
            })
            .is_ok_and(|mode| mode.eq_ignore_ascii_case("delete"));
        forget_cached_pages(&self.conn);
        left
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

/// The page cache during an import, in KiB (negative: SQLite's unit for KiB). Through the
/// write-ahead log, a large import must not spill its pages mid-transaction (each spilled page
/// would go into the log, then into the file again): the cache may grow this far (SQLite only
/// uses what it needs).
const IMPORT_CACHE_KIB: i64 = -65536;
/// The page cache of an import through a rollback journal (see [`Store::importer_for`]).
const JOURNALED_CACHE_KIB: i64 = -8192;

/// The page cache while a bulk import through a rollback journal rebuilds its indexes, in
/// KiB: also the size of the sorted runs SQLite's sorter makes (see [`Importer::build_indexes`]).
/// A 100,000-note package's guids make about 3 MB of sorter records, its due days about 1.5.
const SORT_RUN_KIB: i64 = 512;
/// Worker threads of SQLite's sorter during that rebuild (besides the importing thread).
const SORT_THREADS: i64 = 1;

/// From this many notes on, an import is done in bulk (see [`Importer::expect_notes`]).
pub const BULK_NOTES: usize = 20_000;

/// Which indexes a bulk import drops before adding its first note and builds again at the end
/// (as the schema defines them, read from it): the ones whose new entries would go to random
/// places for every row. Building an index sorts its entries once and writes its pages in
/// order; uniqueness is checked then (a guid that came twice fails the rebuild, and the whole
/// import is rolled back). An index whose new entries all go at its end (a note's cards, new
/// cards in the order they come, answers by card) costs little kept up to date, and the
/// import reads some of them.
///
/// Which is which depends on what comes, judged on the first batch with a new note: guids are
/// always in random order; scheduled cards (an Anki package with its scheduling) come in
/// random order of due day, new cards all share one place; answers come in random order of
/// day. The statistics' index of cards (deck, card id) always grows at its decks' ends.
/// Rebuilding sorts the whole table, so an index is only rebuilt when the import brings about
/// as many entries as the collection has already.
fn deferred_indexes(
    batch: &Batch,
    expected_notes: i64,
    existing_reviews: i64,
) -> Vec<&'static str> {
    let cards: usize = batch.notes.iter().map(|n| n.cards.len()).sum();
    let scheduled = batch
        .notes
        .iter()
        .flat_map(|n| &n.cards)
        .filter(|c| c.sched.is_some_and(|s| s.due.is_some()))
        .count();
    let reviews: usize = batch
        .notes
        .iter()
        .flat_map(|n| &n.cards)
        .map(|c| c.reviews.len())
        .sum();
    let mut names = vec!["notes_guid"];
    if scheduled * 2 >= cards.max(1) {
        names.push("cards_due");
    }
    // Answers to come, at the rate of this batch.
    let notes = i64::try_from(batch.notes.len().max(1)).unwrap_or(i64::MAX);
    let coming = i64::try_from(reviews)
        .unwrap_or(i64::MAX)
        .saturating_mul(expected_notes)
        / notes;
    if coming > 0 && coming.saturating_mul(2) >= existing_reviews {
        names.push("reviews_stats");
    }
    names
}

/// New rows of each table queued for one multi-row INSERT.
const ROWS_PER_INSERT: usize = 64;

/// Rows an import queues before adding them (see [`Queue::flush`]).
const QUEUED_ROWS: usize = 16 * ROWS_PER_INSERT;

/// An import in progress: see [`Store::importer`].
pub struct Importer<'c> {
    conn: &'c mut Connection,
    /// The transaction is still open (rolled back if the importer is dropped).
    open: bool,
    now_ms: i64,
    options: InsertOptions,
    next_position: i64,
    /// Row ids for the next new note and card: rows are added with their ids, so that the
    /// rows of a note, its cards and their answers can be queued and added in any order.
    next_note_id: i64,
    next_card_id: i64,
    deck_ids: HashMap<String, i64>,
    /// Set when the import is large: see [`Importer::expect_notes`].
    bulk: Option<Bulk>,
    /// The collection left WAL mode for this import ([`Store::importer_for`]).
    back_to_wal: bool,
}

/// A large import: guids are matched in memory, and some indexes (see [`deferred_indexes`])
/// are dropped once the first new note comes and built again by [`Importer::finish`].
struct Bulk {
    guids: GuidMap,
    /// The notes the import said were coming.
    expected: i64,
    /// The indexes to drop when the first new note comes (chosen on the first batch).
    to_drop: Option<Vec<&'static str>>,
    /// The `CREATE INDEX` statements of the indexes dropped, once they are.
    dropped: Option<Vec<String>>,
}

impl Importer<'_> {
    /// Say how many notes are coming. An import of [`BULK_NOTES`] notes or more that is not
    /// small next to the collection is done in bulk: the same result, faster.
    pub fn expect_notes(&mut self, notes: usize) -> Result<()> {
        let notes = i64::try_from(notes).unwrap_or(i64::MAX);
        let existing = self.next_note_id - 1; // about as many notes as the collection has
        if self.bulk.is_some() || notes < BULK_NOTES as i64 || notes.saturating_mul(2) < existing {
            return Ok(());
        }
        let mut guids = GuidMap::default();
        let mut stmt = self.conn.prepare("SELECT id, guid FROM notes")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let guid = row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            guids.insert(guid, row.get(0)?);
        }
        self.bulk = Some(Bulk {
            guids,
            expected: notes,
            to_drop: None,
            dropped: None,
        });
        Ok(())
    }

    /// Add or update one batch inside the import's transaction.
    pub fn insert(&mut self, batch: &Batch) -> Result<ImportReport> {
        self.insert_prepared(batch, &PreparedNotes::default())
    }

    /// [`Importer::insert`], with the JSON of the batch's notes made beforehand (see
    /// [`PreparedNotes`]).
    pub fn insert_prepared(
        &mut self,
        batch: &Batch,
        prepared: &PreparedNotes,
    ) -> Result<ImportReport> {
        let mut report = ImportReport::default();
        for deck in &batch.decks {
            self.conn.execute(
                "INSERT INTO decks (name, description, language, created_at) \
                 VALUES (?1, coalesce(?2, ''), ?3, ?4) \
                 ON CONFLICT (name) DO UPDATE SET \
                   description = coalesce(?2, description), language = coalesce(?3, language)",
                params![deck.name, deck.description, deck.language, self.now_ms],
            )?;
            let id = deck_id(self.conn, &deck.name)?;
            self.deck_ids.insert(deck.name.clone(), id);
        }
        if let Some(bulk) = &mut self.bulk
            && bulk.dropped.is_none()
            && bulk.to_drop.is_none()
        {
            let existing_reviews: i64 =
                self.conn
                    .query_row("SELECT coalesce(max(id), 0) FROM reviews", [], |r| r.get(0))?;
            bulk.to_drop = Some(deferred_indexes(batch, bulk.expected, existing_reviews));
        }
        let mut queue = Queue::default();
        // Most cards of an import go to one deck: the last one looked up is kept at hand.
        let mut last_deck: Option<(&str, i64)> = None;
        for (i, note) in batch.notes.iter().enumerate() {
            for card in &note.cards {
                if last_deck.is_none_or(|(name, _)| name != card.deck) {
                    last_deck = Some((&card.deck, self.deck(&card.deck)?));
                }
            }
            match self.find_or_add(note, prepared.note(i), &mut queue)? {
                Found::Added(note_id) => {
                    report.notes_added += 1;
                    for card in &note.cards {
                        self.check_card_id(&note.guid, card.ord, &mut queue)?;
                        let deck_id = match last_deck {
                            Some((name, id)) if name == card.deck => id,
                            _ => self.deck(&card.deck)?,
                        };
                        let card_id = self.next_card_id;
                        self.next_card_id += 1;
                        queue.cards.push(NewCard {
                            id: card_id,
                            note_id,
                            deck_id,
                            guid: &note.guid,
                            card,
                            position: self.next_position,
                        });
                        self.next_position += 1;
                        queue
                            .reviews
                            .extend(card.reviews.iter().map(|r| (card_id, r)));
                        report.cards_added += 1;
                    }
                    queue.flush(self.conn, false)?;
                }
                Found::Existing(stored) => {
                    // What was queued must be in the tables before this note's rows are read.
                    queue.flush(self.conn, true)?;
                    self.update(note, *stored, &mut report)?;
                }
            }
        }
        queue.flush(self.conn, true)?;
        report.reviews_added += queue.reviews_saved;
        if batch.complete_decks {
            self.missing(batch, &mut report)?;
        }
        Ok(report)
    }

    /// The id of deck `name`, made if the collection has no such deck.
    fn deck(&mut self, name: &str) -> Result<i64> {
        if let Some(&id) = self.deck_ids.get(name) {
            return Ok(id);
        }
        self.conn.execute(
            "INSERT OR IGNORE INTO decks (name, created_at) VALUES (?1, ?2)",
            params![name, self.now_ms],
        )?;
        let id = deck_id(self.conn, name)?;
        self.deck_ids.insert(name.to_string(), id);
        Ok(id)
    }

    /// The note with `note`'s guid in the collection (or added earlier in this import), or
    /// else `note` added as a new note (queued in a bulk import).
    fn find_or_add<'b>(
        &mut self,
        note: &'b NoteSpec,
        json: Option<NoteJson<'b>>,
        queue: &mut Queue<'b>,
    ) -> Result<Found> {
        let Some(bulk) = &mut self.bulk else {
            let (mut fields, mut tags) = (String::new(), String::new());
            let json = json.unwrap_or_else(|| {
                fields_json(&mut fields, &note.fields);
                tags_json(&mut tags, &note.tags);
                NoteJson {
                    fields: &fields,
                    tags: &tags,
                }
            });
            // The unique index on the guid does the lookup: a new note costs one statement.
            let added = self
                .conn
                .prepare_cached(
                    "INSERT INTO notes (id, guid, notetype, fields, tags, source, context, \
                     created_at, modified_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) \
                     ON CONFLICT (guid) DO NOTHING",
                )?
                .execute(params![
                    self.next_note_id,
                    note.guid,
                    note.notetype,
                    json.fields,
                    json.tags,
                    note.source,
                    note.context,
                    self.now_ms
                ])?;
            if added == 1 {
                self.next_note_id += 1;
                return Ok(Found::Added(self.next_note_id - 1));
            }
            queue.flush(self.conn, true)?;
            let stored = self
                .conn
                .prepare_cached(
                    "SELECT id, guid, notetype, fields, tags, source, context FROM notes \
                     WHERE guid = ?1",
                )?
                .query_row([&note.guid], stored_note)?;
            return Ok(Found::Existing(Box::new(stored)));
        };
        // Hashed once for the lookup and the insertion.
        let hash = bulk.guids.hash(&note.guid);
        if let Some(candidate) = bulk.guids.candidate_hashed(&note.guid, hash) {
            queue.flush(self.conn, true)?;
            let stored = self
                .conn
                .prepare_cached(
                    "SELECT id, guid, notetype, fields, tags, source, context FROM notes \
                     WHERE id = ?1",
                )?
                .query_row([candidate], stored_note)?;
            // Only the hash of the guid matched when the guid differs: a new note after all.
            if stored.guid == note.guid {
                return Ok(Found::Existing(Box::new(stored)));
            }
        }
        if bulk.dropped.is_none() {
            let names = bulk.to_drop.take().unwrap_or_else(|| vec!["notes_guid"]);
            bulk.dropped = Some(drop_indexes(self.conn, &names)?);
        }
        let id = self.next_note_id;
        self.next_note_id += 1;
        bulk.guids.insert_hashed(&note.guid, hash, id);
        queue.notes.push(NewNote {
            id,
            created: self.now_ms,
            note,
            json,
        });
        Ok(Found::Added(id))
    }

    /// Refuse a card whose id another note's card has already. Card ids are `guid` and
    /// `guid/N` (see [`card_key`]): they can only meet when a guid itself ends in `/N`, as
    /// the per-card entries of an exported deck file do.
    fn check_card_id(&mut self, guid: &str, ord: u32, queue: &mut Queue<'_>) -> Result<()> {
        if ord > 0 {
            // Card N of this note against the first card of a note called `guid/N`.
            let key = card_key(guid, ord);
            if self.note_with_guid(&key, queue)?.is_some() {
                return Err(StoreError::CardIdTaken(key));
            }
            return Ok(());
        }
        // The first card of a note called `base/N` against card N of note `base`.
        let Some((base, ord)) = numbered(guid) else {
            return Ok(());
        };
        if let Some(note) = self.note_with_guid(base, queue)? {
            queue.flush(self.conn, true)?;
            let taken = self
                .conn
                .prepare_cached("SELECT 1 FROM cards WHERE note_id = ?1 AND ord = ?2")?
                .query_row(params![note, ord], |_| Ok(()))
                .optional()?
                .is_some();
            if taken {
                return Err(StoreError::CardIdTaken(guid.to_string()));
            }
        }
        Ok(())
    }

    /// The id of the note whose guid is `guid`, in the collection or added in this import.
    fn note_with_guid(&mut self, guid: &str, queue: &mut Queue<'_>) -> Result<Option<i64>> {
        let Some(bulk) = &self.bulk else {
            return Ok(self
                .conn
                .prepare_cached("SELECT id FROM notes WHERE guid = ?1")?
                .query_row([guid], |r| r.get(0))
                .optional()?);
        };
        let Some(candidate) = bulk.guids.candidate(guid) else {
            return Ok(None);
        };
        queue.flush(self.conn, true)?;
        let stored: String = self
            .conn
            .prepare_cached("SELECT guid FROM notes WHERE id = ?1")?
            .query_row([candidate], |r| r.get(0))?;
        Ok((stored == guid).then_some(candidate))
    }

    /// Update a note already in the collection: its text, and its cards' text (and schedule
    /// with `--overwrite-scheduling`); a card it did not have is added.
    fn update(
        &mut self,
        note: &NoteSpec,
        stored: StoredNote,
        report: &mut ImportReport,
    ) -> Result<()> {
        let mut fields = String::new();
        let mut tags = String::new();
        fields_json(&mut fields, &note.fields);
        tags_json(&mut tags, &note.tags);
        let mut changed = stored.notetype != note.notetype
            || stored.fields != fields
            || stored.tags != tags
            || stored.source != note.source
            || stored.context != note.context;
        if changed {
            self.conn
                .prepare_cached(
                    "UPDATE notes SET notetype = ?2, fields = ?3, tags = ?4, source = ?5, \
                     context = ?6, modified_at = ?7 WHERE id = ?1",
                )?
                .execute(params![
                    stored.id,
                    note.notetype,
                    fields,
                    tags,
                    note.source,
                    note.context,
                    self.now_ms
                ])?;
        }
        for card in &note.cards {
            let deck_id = self.deck_ids[&card.deck];
            let (card_id, change) = self.upsert_card(note, stored.id, deck_id, card)?;
            let with_reviews = match change {
                CardChange::Added => true,
                _ => self.options.overwrite_scheduling && card.sched.is_some(),
            };
            if with_reviews && !card.reviews.is_empty() {
                let rows: Vec<(i64, &ReviewSpec)> =
                    card.reviews.iter().map(|r| (card_id, r)).collect();
                report.reviews_added += insert_reviews(self.conn, &rows)?;
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
        if changed {
            report.notes_updated += 1;
        } else {
            report.notes_unchanged += 1;
        }
        Ok(())
    }

    fn upsert_card(
        &mut self,
        note: &NoteSpec,
        note_id: i64,
        deck_id: i64,
        card: &CardSpec,
    ) -> Result<(i64, CardChange)> {
        type Existing = (i64, i64, String, String, String, Sm2, bool);
        let existing: Option<Existing> = self
            .conn
            .prepare_cached(
                "SELECT id, deck_id, front, back, answer, repetitions, easiness, interval, due, \
                 drill, lapses, suspended FROM cards WHERE note_id = ?1 AND ord = ?2",
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
        let Some((id, old_deck, front, back, answer, sched, suspended)) = existing else {
            self.check_card_id(&note.guid, card.ord, &mut Queue::default())?;
            let new = NewCard {
                id: self.next_card_id,
                guid: &note.guid,
                note_id,
                deck_id,
                card,
                position: self.next_position,
            };
            insert_cards(self.conn, std::slice::from_ref(&new))?;
            self.next_card_id += 1;
            self.next_position += 1;
            return Ok((new.id, CardChange::Added));
        };
        let overwrite = self.options.overwrite_scheduling;
        let text_changed = old_deck != deck_id
            || front != card.front
            || back != card.back
            || answer != card.answer;
        let new_sched = match card.sched {
            Some(s) if overwrite && s != sched => Some(s),
            _ => None,
        };
        let new_suspended = match card.suspended {
            Some(s) if overwrite && s != suspended => Some(s),
            _ => None,
        };
        if !text_changed && new_sched.is_none() && new_suspended.is_none() {
            return Ok((id, CardChange::Unchanged));
        }
        let s = new_sched.unwrap_or(sched);
        self.conn
            .prepare_cached(
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

    /// Cards of the batch's decks (a complete deck file) that the batch no longer has.
    fn missing(&mut self, batch: &Batch, report: &mut ImportReport) -> Result<()> {
        let present: HashSet<(&str, u32)> = batch
            .notes
            .iter()
            .flat_map(|n| n.cards.iter().map(move |c| (n.guid.as_str(), c.ord)))
            .collect();
        for deck in &batch.decks {
            let mut stmt = self.conn.prepare_cached(
                "SELECT n.guid, c.ord, c.key, c.front FROM cards c JOIN notes n ON n.id = c.note_id \
                 WHERE c.deck_id = ?1 ORDER BY c.position, c.ord",
            )?;
            let rows = stmt.query_map([self.deck_ids[&deck.name]], |r| {
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
        Ok(())
    }

    /// The import goes through a rollback journal rather than the write-ahead log (see
    /// [`Store::importer_for`]).
    pub fn journaled(&self) -> bool {
        self.back_to_wal
    }

    /// Build again the indexes a bulk import dropped (done by [`Importer::finish`] if not
    /// before). Fails if a guid came twice.
    pub fn build_indexes(&mut self) -> Result<()> {
        if let Some(indexes) = self.bulk.as_mut().and_then(|b| b.dropped.take()) {
            // Through a rollback journal, the sort of each rebuild is spread over two
            // threads: with a small cache, SQLite's sorter hands its records to a worker
            // thread in runs of SORT_RUN_KIB (sorted and written there while this thread
            // reads on) and merges the runs at the end. The smallest run the bundled SQLite
            // allows is lowered for this in `.cargo/config.toml` (SQLITE_SORTER_PMASZ).
            // Through the write-ahead log the cache stays as it is (pages spilled now would
            // go into the log) and the sort stays in memory, on this thread.
            let spread = self.back_to_wal;
            if spread {
                self.conn.pragma_update(None, "threads", SORT_THREADS)?;
                self.conn.pragma_update(None, "cache_size", -SORT_RUN_KIB)?;
            }
            let built = indexes
                .iter()
                .try_for_each(|sql| self.conn.execute_batch(sql));
            // Back as they were, whether the rebuild worked or not (a guid that came twice).
            if spread {
                self.conn.pragma_update(None, "threads", 0)?;
                self.conn
                    .pragma_update(None, "cache_size", JOURNALED_CACHE_KIB)?;
            }
            built?;
        }
        Ok(())
    }

    /// Save everything (or, for a dry run, throw it all away).
    pub fn finish(mut self) -> Result<()> {
        self.build_indexes()?;
        let end = if self.options.dry_run {
            "ROLLBACK"
        } else {
            "COMMIT"
        };
        self.conn.execute_batch(end)?;
        self.open = false;
        if std::mem::take(&mut self.back_to_wal) {
            back_to_wal(self.conn);
        }
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
        if self.back_to_wal {
            back_to_wal(self.conn);
        }
    }
}

/// Drop every page this connection has cached (none is in use between transactions), after
/// [`Store::leave_wal`]. Leaving the log copies into the file the commits other processes made
/// since this connection's last read (it checkpoints), but the connection's cache still holds
/// the pages as it read them; through a rollback journal SQLite notices a change to the file
/// only by its change counter, which a commit in WAL mode leaves alone unless it touched the
/// first page (an answer does not). The import then wrote its old copies of the card pages
/// over answers another `recall study` had saved: their review rows stayed, the cards' states
/// were lost. The cache is filled again from the file, as the import reads it.
fn forget_cached_pages(conn: &Connection) {
    let _ = conn.execute_batch("PRAGMA shrink_memory");
}

/// Back to WAL mode after [`Store::leave_wal`]. Never fails the import: if another process
/// holds the collection at this moment, the next one to open it (each open asks for WAL mode)
/// switches it back.
fn back_to_wal(conn: &Connection) {
    let _ = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0));
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

/// A note's fields as the collection keeps them: a JSON array of `[name, value]` pairs,
/// written exactly as `serde_json::to_string` writes them (stored values are compared with it).
fn fields_json(out: &mut String, fields: &[(String, String)]) {
    out.push('[');
    for (i, (name, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        json_string(out, name);
        out.push(',');
        json_string(out, value);
        out.push(']');
    }
    out.push(']');
}

/// Tags as a JSON array of strings (as `serde_json::to_string` writes it).
fn tags_json(out: &mut String, tags: &[String]) {
    out.push('[');
    for (i, tag) in tags.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_string(out, tag);
    }
    out.push(']');
}

/// A JSON string with serde_json's escapes: `"`, `\\` and control characters, nothing else.
fn json_string(out: &mut String, text: &str) {
    out.push('"');
    // Most text has nothing to escape.
    if !needs_escape(text.as_bytes()) {
        out.push_str(text);
        out.push('"');
        return;
    }
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&text[start..]);
    out.push('"');
}

/// Whether `bytes` has a byte that [`json_string`] escapes: a control character (below
/// 0x20), `"` or `\\`. Eight bytes at a time (a note's fields are most of the text an import
/// writes as JSON; byte by byte this test took ~5 instructions a byte).
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Whether a byte of `x` is below `n` (n <= 0x80): exact as a whole, though a borrow may
    // mark more bytes than the one that is.
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGHS;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_ne_bytes(word);
        if below(x, 0x20)
            | below(x ^ (ONES * u64::from(b'"')), 1)
            | below(x ^ (ONES * u64::from(b'\\')), 1)
            != 0
        {
            return true;
        }
    }
    chunks
        .remainder()
        .iter()
        .any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// `base` and the card number (from 0) of a card id `base/N` (N from 2, no leading zero).
fn numbered(key: &str) -> Option<(&str, u32)> {
    let (base, number) = key.rsplit_once('/')?;
    if number.starts_with('0') || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = number.parse().ok()?;
    (n >= 2).then(|| (base, n - 1))
}

/// Drop the indexes called `names` that the collection has; returns their definitions.
fn drop_indexes(conn: &Connection, names: &[&str]) -> Result<Vec<String>> {
    let mut found = Vec::new();
    for name in names {
        let sql: Option<String> = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                [name],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        if let Some(sql) = sql {
            conn.execute_batch(&format!("DROP INDEX \"{name}\""))?;
            found.push(sql);
        }
    }
    Ok(found)
}

/// Note ids by guid, for a bulk import: every note of the collection and every note added.
/// Only a 64-bit hash of each guid is kept (a few bytes per note whatever the guids' length);
/// a match is confirmed against the stored guid. A guid whose hash another one has already is
/// kept whole.
#[derive(Default)]
struct GuidMap {
    by_hash: HashMap<u64, i64, BuildHasherDefault<Prehashed>>,
    overflow: HashMap<String, i64>,
    /// The hash's keys are random: no file can choose guids whose hashes collide.
    keys: RandomState,
    /// Tests make every guid's hash the same.
    #[cfg(test)]
    collide: bool,
}

impl GuidMap {
    fn hash(&self, guid: &str) -> u64 {
        #[cfg(test)]
        if self.collide {
            return 7;
        }
        self.keys.hash_one(guid)
    }

    fn insert(&mut self, guid: &str, id: i64) {
        self.insert_hashed(guid, self.hash(guid), id);
    }

    /// [`GuidMap::insert`] with the guid's [`GuidMap::hash`] at hand.
    fn insert_hashed(&mut self, guid: &str, hash: u64, id: i64) {
        match self.by_hash.entry(hash) {
            Entry::Vacant(slot) => {
                slot.insert(id);
            }
            Entry::Occupied(_) => {
                self.overflow.insert(guid.to_string(), id);
            }
        }
    }

    /// The note that may have this guid: certain from the overflow, to be confirmed otherwise.
    fn candidate(&self, guid: &str) -> Option<i64> {
        self.candidate_hashed(guid, self.hash(guid))
    }

    /// [`GuidMap::candidate`] with the guid's [`GuidMap::hash`] at hand.
    fn candidate_hashed(&self, guid: &str, hash: u64) -> Option<i64> {
        if !self.overflow.is_empty()
            && let Some(&id) = self.overflow.get(guid)
        {
            return Some(id);
        }
        self.by_hash.get(&hash).copied()
    }
}

/// The hasher of a map whose keys are hashes already: a key is its own hash.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

enum Found {
    Added(i64),
    Existing(Box<StoredNote>),
}

/// A note as the collection has it.
struct StoredNote {
    id: i64,
    guid: String,
    notetype: String,
    fields: String,
    tags: String,
    source: Option<String>,
    context: Option<String>,
}

fn stored_note(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredNote> {
    Ok(StoredNote {
        id: r.get(0)?,
        guid: r.get(1)?,
        notetype: r.get(2)?,
        fields: r.get(3)?,
        tags: r.get(4)?,
        source: r.get(5)?,
        context: r.get(6)?,
    })
}

enum CardChange {
    Added,
    Updated,
    Unchanged,
}

struct NewNote<'b> {
    id: i64,
    created: i64,
    note: &'b NoteSpec,
    /// Its fields and tags as JSON, when made beforehand.
    json: Option<NoteJson<'b>>,
}

/// A note's fields and tags as the collection keeps them (see [`fields_json`], [`tags_json`]).
#[derive(Clone, Copy)]
struct NoteJson<'b> {
    fields: &'b str,
    tags: &'b str,
}

/// The JSON of every note of a batch (fields and tags, as saved), made by the thread that
/// reads the file while this one saves the previous batch. Writing it reads each note's
/// strings, which the reading thread has just made: there they are still in that core's
/// cache, here every one would be a cache miss on the thread that bounds a large import's
/// speed. One buffer holds all of it, read in order when the notes are saved.
#[derive(Debug, Default)]
pub struct PreparedNotes {
    text: String,
    /// For each note, where its fields end and where its tags end in `text`.
    ends: Vec<(usize, usize)>,
}

impl PreparedNotes {
    pub fn of(batch: &Batch) -> PreparedNotes {
        let mut prepared = PreparedNotes {
            text: String::with_capacity(batch.notes.len() * 96),
            ends: Vec::with_capacity(batch.notes.len()),
        };
        for note in &batch.notes {
            fields_json(&mut prepared.text, &note.fields);
            let fields_end = prepared.text.len();
            tags_json(&mut prepared.text, &note.tags);
            prepared.ends.push((fields_end, prepared.text.len()));
        }
        prepared
    }

    /// The JSON of the batch's `i`-th note, if it was prepared.
    fn note(&self, i: usize) -> Option<NoteJson<'_>> {
        let start = match i.checked_sub(1) {
            Some(previous) => self.ends.get(previous)?.1,
            None => 0,
        };
        let &(fields_end, tags_end) = self.ends.get(i)?;
        Some(NoteJson {
            fields: self.text.get(start..fields_end)?,
            tags: self.text.get(fields_end..tags_end)?,
        })
    }
}

struct NewCard<'b> {
    id: i64,
    /// The note's guid, for the card's id.
    guid: &'b str,
    note_id: i64,
    deck_id: i64,
    card: &'b CardSpec,
    position: i64,
}

/// New rows waiting to be added, several per statement.
#[derive(Default)]
struct Queue<'b> {
    notes: Vec<NewNote<'b>>,
    cards: Vec<NewCard<'b>>,
    reviews: Vec<(i64, &'b ReviewSpec)>,
    /// Answers saved so far (an answer already in the collection is not saved again).
    reviews_saved: usize,
}

impl Queue<'_> {
    /// Add what is queued: everything (`all`), or, once a table has [`QUEUED_ROWS`] rows
    /// waiting, only full statements' worth (the rest waits). Each table's rows of one flush
    /// go through one prepared statement (see [`insert_rows`]).
    fn flush(&mut self, conn: &Connection, all: bool) -> Result<()> {
        let waiting = self
            .notes
            .len()
            .max(self.cards.len())
            .max(self.reviews.len());
        if !all && waiting < QUEUED_ROWS {
            return Ok(());
        }
        let ready = |len: usize| {
            if all {
                len
            } else {
                len - len % ROWS_PER_INSERT
            }
        };
        let n = ready(self.notes.len());
        if n > 0 {
            insert_notes(conn, &self.notes[..n])?;
            self.notes.drain(..n);
        }
        let n = ready(self.cards.len());
        if n > 0 {
            insert_cards(conn, &self.cards[..n])?;
            self.cards.drain(..n);
        }
        let n = ready(self.reviews.len());
        if n > 0 {
            self.reviews_saved += insert_reviews(conn, &self.reviews[..n])?;
            self.reviews.drain(..n);
        }
        Ok(())
    }
}

/// A multi-row INSERT: `head` (`INSERT INTO table (columns)`), one row's VALUES, the number of
/// parameters each row has of its own, and how many the rows share.
///
/// In `row`, `?` is the row's next parameter of its own, `!` is its last one again (a
/// column with the same value as the one before it), and `$1` to `$9` are the parameters
/// every row of the statement shares: bound once per statement instead of once per row
/// (binding a text copies it: ~300 instructions each, on the thread that bounds an import's
/// speed).
#[derive(Clone, Copy)]
struct RowsSql<'a> {
    head: &'a str,
    row: &'a str,
    columns: usize,
    shared: usize,
}

impl RowsSql<'_> {
    /// The statement for `rows` rows, every parameter numbered (`?N`): the shared ones first,
    /// then each row's own.
    fn sql(&self, rows: usize) -> String {
        // The template in pieces: text, then what follows it (the text is copied whole).
        let mut pieces: Vec<(&str, Option<Param>)> = Vec::new();
        let mut rest = self.row;
        while let Some(at) = rest.find(['?', '!', '$']) {
            let param = match rest.as_bytes()[at] {
                b'?' => Param::Own,
                b'!' => Param::Again,
                _ => Param::Shared(rest[at + 1..].chars().next().unwrap_or('0')),
            };
            pieces.push((&rest[..at], Some(param)));
            let skip = if matches!(param, Param::Shared(_)) {
                2
            } else {
                1
            };
            rest = rest.get(at + skip..).unwrap_or("");
        }
        pieces.push((rest, None));
        let mut sql = String::with_capacity(self.head.len() + rows * (self.row.len() * 2 + 2));
        sql.push_str(self.head);
        sql.push_str(" VALUES ");
        let mut number = self.shared;
        for i in 0..rows {
            if i > 0 {
                sql.push_str(", ");
            }
            for (text, param) in &pieces {
                sql.push_str(text);
                match param {
                    Some(Param::Own) => {
                        number += 1;
                        push_parameter(&mut sql, number);
                    }
                    Some(Param::Again) => push_parameter(&mut sql, number),
                    Some(Param::Shared(c)) => {
                        sql.push('?');
                        sql.push(*c);
                    }
                    None => {}
                }
            }
        }
        sql
    }
}

/// A parameter in a [`RowsSql`] row template.
#[derive(Clone, Copy)]
enum Param {
    /// `?`: the row's next one.
    Own,
    /// `!`: the row's last one again.
    Again,
    /// `$N`: shared parameter N.
    Shared(char),
}

/// `?N` (written out by hand: `write!` for each of a statement's ~1,000 parameters cost
/// more than a tenth of a millisecond per statement looked up).
fn push_parameter(sql: &mut String, number: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = number;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    sql.push('?');
    for &d in &digits[at..] {
        sql.push(char::from(d));
    }
}

/// Add rows in statements of up to [`ROWS_PER_INSERT`] rows; `shared` binds the parameters
/// a statement's rows share (see [`RowsSql`]), `bind` one row's own from the given index on,
/// and `after` sees each statement's rows once they are in. Returns the rows SQLite reports
/// as changed.
///
/// Every full statement is the same one, prepared once: each row's parameters are bound
/// again over the last, while a statement given back to rusqlite's cache has all of its
/// (hundreds of) parameters cleared first, which cost as much as binding them.
fn insert_rows<T>(
    conn: &Connection,
    sql: RowsSql<'_>,
    items: &[T],
    mut shared: impl FnMut(&mut rusqlite::CachedStatement<'_>, &[T]) -> rusqlite::Result<()>,
    mut bind: impl FnMut(&mut rusqlite::CachedStatement<'_>, usize, &T) -> rusqlite::Result<()>,
    mut after: impl FnMut(&[T]) -> Result<()>,
) -> Result<usize> {
    let mut changed = 0;
    let mut full = None;
    for chunk in items.chunks(ROWS_PER_INSERT) {
        let mut tail = None;
        let stmt = if chunk.len() == ROWS_PER_INSERT {
            match &mut full {
                Some(stmt) => stmt,
                None => full.insert(conn.prepare_cached(&sql.sql(chunk.len()))?),
            }
        } else {
            tail.insert(conn.prepare_cached(&sql.sql(chunk.len()))?)
        };
        shared(stmt, chunk)?;
        for (i, item) in chunk.iter().enumerate() {
            bind(stmt, sql.shared + i * sql.columns + 1, item)?;
        }
        changed += stmt.raw_execute()?;
        after(chunk)?;
    }
    Ok(changed)
}

/// [`insert_rows`] for rows whose ids the importer has already handed out (`id` of each)
/// but leaves out of the statement: given an id, SQLite would look it up to refuse a taken
/// one (a search from the root of the table for every row, ~5% of a large import), while a
/// row without one simply goes after the last (the largest id + 1). Both are the same id, as
/// the importer counts from the largest id of its own transaction on; this checks that they
/// were, so that no card ever points at the wrong note.
fn insert_rows_at_end<T>(
    conn: &Connection,
    (table, sql): (&str, RowsSql<'_>),
    items: &[T],
    id: impl Fn(&T) -> i64,
    shared: impl FnMut(&mut rusqlite::CachedStatement<'_>, &[T]) -> rusqlite::Result<()>,
    bind: impl FnMut(&mut rusqlite::CachedStatement<'_>, usize, &T) -> rusqlite::Result<()>,
) -> Result<()> {
    let check = |chunk: &[T]| -> Result<()> {
        let (Some(first), Some(last)) = (chunk.first(), chunk.last()) else {
            return Ok(());
        };
        let expected = id(last);
        let got = conn.last_insert_rowid();
        // Ids one apart row by row: the last in place means every one is.
        if got != expected || expected - id(first) != chunk.len() as i64 - 1 {
            return Err(StoreError::RowIdMismatch {
                table: table.to_string(),
                expected,
                got,
            });
        }
        Ok(())
    };
    insert_rows(conn, sql, items, shared, bind, check)?;
    Ok(())
}

/// The items in runs of whole [`ROWS_PER_INSERT`] chunks that `kind` puts alike (the last
/// chunk may be short): each run goes in one kind of statement.
fn runs_of_chunks<T, K: PartialEq>(
    items: &[T],
    kind: impl Fn(&[T]) -> K,
) -> impl Iterator<Item = (K, &[T])> {
    let mut rest = items;
    std::iter::from_fn(move || {
        let first = rest.chunks(ROWS_PER_INSERT).next()?;
        let k = kind(first);
        let mut len = first.len();
        for chunk in rest[len..].chunks(ROWS_PER_INSERT) {
            if kind(chunk) != k {
                break;
            }
            len += chunk.len();
        }
        let (run, after) = rest.split_at(len);
        rest = after;
        Some((k, run))
    })
}

/// Notes and cards of most imports leave the same columns at the same values (no source or
/// context; new cards, not suspended): their statements write those values out instead of
/// binding them row by row. Columns whose value every row of a statement has (one note type,
/// one deck, tags) are bound once for the statement (see [`RowsSql`]).
fn insert_notes(conn: &Connection, notes: &[NewNote<'_>]) -> Result<()> {
    const HEAD: &str = "INSERT OR FAIL INTO notes (guid, notetype, fields, tags, source, \
                        context, created_at, modified_at)";
    let (mut fields, mut tags) = (String::with_capacity(256), String::with_capacity(64));
    // The creation time common to a chunk's notes, when they have no source or context; and
    // whether they share their note type, and their tags (made beforehand).
    let shape = |chunk: &[NewNote<'_>]| {
        let first = &chunk[0];
        let created = first.created;
        let plain = chunk
            .iter()
            .all(|n| n.note.source.is_none() && n.note.context.is_none() && n.created == created)
            .then_some(created);
        let notetype = chunk.iter().all(|n| n.note.notetype == first.note.notetype);
        let tags = first.json.is_some_and(|j| {
            chunk
                .iter()
                .all(|n| n.json.is_some_and(|k| k.tags == j.tags))
        });
        (plain, notetype, tags)
    };
    for ((created, shared_type, shared_tags), run) in runs_of_chunks(notes, shape) {
        let (notetype, tags_sql) = (
            if shared_type { "$1" } else { "?" },
            if shared_tags { "$2" } else { "?" },
        );
        let own = 4 - usize::from(shared_type) - usize::from(shared_tags);
        let row = match created {
            Some(created) => {
                format!("(?, {notetype}, ?, {tags_sql}, NULL, NULL, {created}, {created})")
            }
            None => format!("(?, {notetype}, ?, {tags_sql}, ?, ?, ?, ?)"),
        };
        let sql = RowsSql {
            head: HEAD,
            row: &row,
            columns: own + if created.is_some() { 0 } else { 4 },
            shared: 2,
        };
        let shared = |stmt: &mut rusqlite::CachedStatement<'_>, chunk: &[NewNote<'_>]| {
            let first = &chunk[0];
            if shared_type {
                stmt.raw_bind_parameter(1, &first.note.notetype)?;
            }
            if let Some(json) = first.json
                && shared_tags
            {
                stmt.raw_bind_parameter(2, json.tags)?;
            }
            Ok(())
        };
        let bind = |stmt: &mut rusqlite::CachedStatement<'_>, mut at: usize, n: &NewNote<'_>| {
            stmt.raw_bind_parameter(at, &n.note.guid)?;
            at += 1;
            if !shared_type {
                stmt.raw_bind_parameter(at, &n.note.notetype)?;
                at += 1;
            }
            if let Some(json) = n.json {
                stmt.raw_bind_parameter(at, json.fields)?;
                at += 1;
                if !shared_tags {
                    stmt.raw_bind_parameter(at, json.tags)?;
                    at += 1;
                }
            } else {
                // SQLite copies bound text: one buffer serves every row.
                fields.clear();
                fields_json(&mut fields, &n.note.fields);
                tags.clear();
                tags_json(&mut tags, &n.note.tags);
                stmt.raw_bind_parameter(at, fields.as_str())?;
                stmt.raw_bind_parameter(at + 1, tags.as_str())?;
                at += 2;
            }
            if created.is_none() {
                stmt.raw_bind_parameter(at, &n.note.source)?;
                stmt.raw_bind_parameter(at + 1, &n.note.context)?;
                stmt.raw_bind_parameter(at + 2, n.created)?;
                stmt.raw_bind_parameter(at + 3, n.created)?;
            }
            Ok(())
        };
        insert_rows_at_end(conn, ("notes", sql), run, |n| n.id, shared, bind)?;
    }
    Ok(())
}

/// The scheduling of a new card that is not suspended, as SQL values: repetitions,
/// easiness, interval, due, drill, lapses, suspended.
fn new_card_values() -> String {
    let s = Sm2::NEW;
    let due = s.due.map_or("NULL".to_string(), |d| d.0.to_string());
    format!(
        "{}, {}, {}, {due}, {}, {}, 0",
        s.repetitions,
        s.easiness,
        s.interval,
        i32::from(s.drill),
        s.lapses
    )
}

/// What a statement's cards have in common (see [`insert_cards`]).
#[derive(Clone, Copy, PartialEq, Eq)]
struct CardShape {
    /// New and not suspended: the scheduling is written out.
    plain: bool,
    /// One deck ($1).
    deck: bool,
    /// One card number ($2).
    ord: bool,
    /// Each card's answer is its back.
    answer_is_back: bool,
    /// One drill flag ($3), lapse count ($4) and suspension ($5) (scheduled cards).
    flags: bool,
}

impl CardShape {
    fn of(chunk: &[NewCard<'_>]) -> CardShape {
        let first = &chunk[0];
        let flags = |c: &NewCard<'_>| {
            let s = c.card.sched.unwrap_or(Sm2::NEW);
            (s.drill, s.lapses, c.card.suspended.unwrap_or(false))
        };
        let plain = chunk.iter().all(|c| {
            c.card.sched.unwrap_or(Sm2::NEW) == Sm2::NEW && !c.card.suspended.unwrap_or(false)
        });
        CardShape {
            plain,
            deck: chunk.iter().all(|c| c.deck_id == first.deck_id),
            ord: chunk.iter().all(|c| c.card.ord == first.card.ord),
            answer_is_back: chunk.iter().all(|c| c.card.answer == c.card.back),
            flags: !plain && chunk.iter().all(|c| flags(c) == flags(first)),
        }
    }

    /// One row's VALUES (see [`RowsSql`]) and how many parameters of its own it has.
    fn row(&self, new_values: &str) -> (String, usize) {
        let pick = |shared: bool, param: &'static str| if shared { param } else { "?" };
        let schedule = if self.plain {
            new_values
        } else if self.flags {
            "?, ?, ?, ?, $3, $4, $5"
        } else {
            "?, ?, ?, ?, ?, ?, ?"
        };
        let row = format!(
            "(?, ?, {}, {}, ?, ?, ?, {}, {schedule})",
            pick(self.deck, "$1"),
            pick(self.ord, "$2"),
            pick(self.answer_is_back, "!"),
        );
        let own = row.matches('?').count();
        (row, own)
    }
}

fn insert_cards(conn: &Connection, cards: &[NewCard<'_>]) -> Result<()> {
    const HEAD: &str = "INSERT OR FAIL INTO cards (key, note_id, deck_id, ord, position, \
                        front, back, answer, repetitions, easiness, interval, due, drill, \
                        lapses, suspended)";
    let mut key = String::with_capacity(32);
    let new_values = new_card_values();
    for (shape, run) in runs_of_chunks(cards, CardShape::of) {
        let (row, own) = shape.row(&new_values);
        let sql = RowsSql {
            head: HEAD,
            row: &row,
            columns: own,
            shared: 5,
        };
        let shared = |stmt: &mut rusqlite::CachedStatement<'_>, chunk: &[NewCard<'_>]| {
            let first = &chunk[0];
            if shape.deck {
                stmt.raw_bind_parameter(1, first.deck_id)?;
            }
            if shape.ord {
                stmt.raw_bind_parameter(2, first.card.ord)?;
            }
            if shape.flags {
                let s = first.card.sched.unwrap_or(Sm2::NEW);
                stmt.raw_bind_parameter(3, s.drill)?;
                stmt.raw_bind_parameter(4, s.lapses)?;
                stmt.raw_bind_parameter(5, first.card.suspended.unwrap_or(false))?;
            }
            Ok(())
        };
        let bind = |stmt: &mut rusqlite::CachedStatement<'_>, mut at: usize, c: &NewCard<'_>| {
            key.clear();
            key.push_str(c.guid);
            if c.card.ord > 0 {
                // As `card_key` writes it.
                let _ = write!(key, "/{}", c.card.ord + 1);
            }
            stmt.raw_bind_parameter(at, key.as_str())?;
            stmt.raw_bind_parameter(at + 1, c.note_id)?;
            at += 2;
            if !shape.deck {
                stmt.raw_bind_parameter(at, c.deck_id)?;
                at += 1;
            }
            if !shape.ord {
                stmt.raw_bind_parameter(at, c.card.ord)?;
                at += 1;
            }
            stmt.raw_bind_parameter(at, c.position)?;
            stmt.raw_bind_parameter(at + 1, &c.card.front)?;
            stmt.raw_bind_parameter(at + 2, &c.card.back)?;
            at += 3;
            if !shape.answer_is_back {
                stmt.raw_bind_parameter(at, &c.card.answer)?;
                at += 1;
            }
            if shape.plain {
                return Ok(());
            }
            let s = c.card.sched.unwrap_or(Sm2::NEW);
            stmt.raw_bind_parameter(at, s.repetitions)?;
            stmt.raw_bind_parameter(at + 1, s.easiness)?;
            stmt.raw_bind_parameter(at + 2, s.interval)?;
            stmt.raw_bind_parameter(at + 3, s.due.map(|d| d.0))?;
            if !shape.flags {
                stmt.raw_bind_parameter(at + 4, s.drill)?;
                stmt.raw_bind_parameter(at + 5, s.lapses)?;
                stmt.raw_bind_parameter(at + 6, c.card.suspended.unwrap_or(false))?;
            }
            Ok(())
        };
        insert_rows_at_end(conn, ("cards", sql), run, |c| c.id, shared, bind)?;
    }
    Ok(())
}

/// Bind a card's scheduling to six parameters from `at` on, in the order of the tables'
/// columns: repetitions, easiness, interval, due, drill, lapses.
fn bind_sm2(stmt: &mut rusqlite::CachedStatement<'_>, at: usize, s: &Sm2) -> rusqlite::Result<()> {
    stmt.raw_bind_parameter(at, s.repetitions)?;
    stmt.raw_bind_parameter(at + 1, s.easiness)?;
    stmt.raw_bind_parameter(at + 2, s.interval)?;
    stmt.raw_bind_parameter(at + 3, s.due.map(|d| d.0))?;
    stmt.raw_bind_parameter(at + 4, s.drill)?;
    stmt.raw_bind_parameter(at + 5, s.lapses)
}

/// Save imported answers; an answer already saved (same card, same time) is skipped.
fn insert_reviews(conn: &Connection, reviews: &[(i64, &ReviewSpec)]) -> Result<usize> {
    insert_rows(
        conn,
        RowsSql {
            head: "INSERT OR IGNORE INTO reviews (card_id, answered_at, day, grade, drill, \
                   imported, duration_ms, reps_before, ef_before, ivl_before, due_before, \
                   drill_before, lapses_before, reps_after, ef_after, ivl_after, due_after, \
                   drill_after, lapses_after)",
            row: "(?, ?, ?, ?, 0, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            columns: 17,
            shared: 0,
        },
        reviews,
        |_, _| Ok(()),
        |stmt, at, &(card_id, r)| {
            let (b, a) = (&r.before, &r.after);
            stmt.raw_bind_parameter(at, card_id)?;
            stmt.raw_bind_parameter(at + 1, r.answered_at_ms)?;
            stmt.raw_bind_parameter(at + 2, r.day.0)?;
            stmt.raw_bind_parameter(at + 3, r.grade.value())?;
            stmt.raw_bind_parameter(at + 4, r.duration_ms.max(0))?;
            bind_sm2(stmt, at + 5, b)?;
            bind_sm2(stmt, at + 11, a)
        },
        |_| Ok(()),
    )
}

fn deck_id(tx: &Connection, name: &str) -> Result<i64> {
    Ok(tx
        .prepare_cached("SELECT id FROM decks WHERE name = ?1")?
        .query_row([name], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_escape_is_the_byte_by_byte_test() {
        let slow = |b: &[u8]| b.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
        // Every byte value at every place of texts of 1 to 24 bytes, among bytes that need
        // no escape (and next to the ones just above and below the limits).
        for len in 1..=19 {
            for filler in [b'a', 0x20, 0x21, 0x7f, 0x80, 0xff, b'#', b'['] {
                let mut text = vec![filler; len];
                for at in 0..len {
                    for byte in 0..=255u8 {
                        text[at] = byte;
                        assert_eq!(needs_escape(&text), slow(&text), "{text:?}");
                    }
                    text[at] = filler;
                }
            }
        }
        assert!(!needs_escape(b""));
        assert!(!needs_escape("chien ü € 𝄞 ~".as_bytes()));
        assert!(needs_escape("<a href=\"x\">chien</a>".as_bytes()));
    }
    use crate::batch::{CardSpec, DeckSpec, NoteSpec};
    use crate::model::{Day, Grade};

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

    #[test]
    fn rows_sql_numbers_own_shared_and_repeated_parameters() {
        let sql = RowsSql {
            head: "INSERT INTO t (a, b, c, d, e)",
            row: "(?, $1, ?, !, 7)",
            columns: 2,
            shared: 2,
        };
        assert_eq!(
            sql.sql(3),
            "INSERT INTO t (a, b, c, d, e) VALUES (?3, ?1, ?4, ?4, 7), (?5, ?1, ?6, ?6, 7), \
             (?7, ?1, ?8, ?8, 7)"
        );
        let mut text = String::new();
        for n in [1, 9, 10, 960, 12345] {
            push_parameter(&mut text, n);
        }
        assert_eq!(text, "?1?9?10?960?12345");
    }

    #[test]
    fn runs_are_whole_chunks_of_one_kind() {
        let items: Vec<u32> = (0..300).collect();
        // Chunks of 64: 0-63, 64-127, 128-191, 192-255, 256-299; "kind" = any item >= 128.
        let runs: Vec<(bool, u32, usize)> =
            runs_of_chunks(&items, |chunk| chunk.iter().any(|&i| i >= 128))
                .map(|(k, run)| (k, run[0], run.len()))
                .collect();
        assert_eq!(runs, [(false, 0, 128), (true, 128, 172)]);
        let alternating: Vec<usize> = runs_of_chunks(&items, |chunk| chunk[0] / 64 % 2)
            .map(|(_, run)| run.len())
            .collect();
        assert_eq!(alternating, [64, 64, 64, 64, 44]);
        assert_eq!(runs_of_chunks(&[] as &[u32], |_| 0).count(), 0);
    }

    #[test]
    fn rows_added_at_the_end_must_get_the_ids_handed_out() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
            .unwrap();
        let sql = (
            "t",
            RowsSql {
                head: "INSERT INTO t (v)",
                row: "(?)",
                columns: 1,
                shared: 0,
            },
        );
        let bind = |stmt: &mut rusqlite::CachedStatement<'_>, at: usize, r: &(i64, &str)| {
            stmt.raw_bind_parameter(at, r.1)
        };
        let none = |_: &mut rusqlite::CachedStatement<'_>, _: &[(i64, &str)]| Ok(());
        let rows: Vec<(i64, &str)> = (1..=70).map(|i| (i, "x")).collect();
        insert_rows_at_end(&conn, sql, &rows, |r| r.0, none, bind).unwrap();
        // SQLite gives 71 to the next row: a row handed id 72 is refused, not misplaced.
        let err = insert_rows_at_end(&conn, sql, &[(72, "y")], |r| r.0, none, bind).unwrap_err();
        assert_eq!(
            err.to_string(),
            "internal error: a new row of t was given id 71 instead of 72; nothing was changed"
        );
        // So are ids that are not one apart.
        let err = insert_rows_at_end(&conn, sql, &[(71, "y"), (73, "z")], |r| r.0, none, bind);
        assert!(matches!(err, Err(StoreError::RowIdMismatch { .. })));
    }

    /// Note `i` of a rich batch: two cards for every third note, scheduling and answers on
    /// some, in two decks; `v` changes the text of every fifth note.
    fn rich(i: usize, v: u32) -> NoteSpec {
        let text = if i.is_multiple_of(5) {
            format!("q{i} v{v}")
        } else {
            format!("q{i}")
        };
        let deck = if i.is_multiple_of(2) { "A" } else { "A::B" };
        let ords: &[u32] = if i.is_multiple_of(3) { &[0, 1] } else { &[0] };
        NoteSpec {
            guid: format!("g{i}"),
            notetype: "basic".into(),
            fields: vec![("Front".into(), text.clone()), ("Back".into(), "b".into())],
            tags: vec![format!("t{}", i % 4)],
            cards: ords
                .iter()
                .map(|&ord| {
                    let sched = (i % 4 == 1).then_some(Sm2 {
                        repetitions: 2,
                        easiness: 236 + v as u16,
                        interval: 6,
                        due: Some(Day(100 + i as i32)),
                        drill: false,
                        lapses: 1,
                    });
                    let reviews = (0..(i % 3) as i64)
                        .map(|k| ReviewSpec {
                            answered_at_ms: 1_000_000 + (i as i64) * 1000 + k,
                            day: Day(90),
                            grade: Grade::new(4).unwrap(),
                            duration_ms: 5000,
                            before: Sm2::NEW,
                            after: Sm2::NEW,
                        })
                        .collect();
                    CardSpec {
                        ord,
                        deck: deck.into(),
                        front: format!("{text} / {ord}"),
                        back: "b".into(),
                        answer: "b".into(),
                        sched,
                        suspended: Some(i.is_multiple_of(7)),
                        reviews,
                    }
                })
                .collect(),
            ..NoteSpec::default()
        }
    }

    fn rich_batch(range: std::ops::Range<usize>, v: u32) -> Batch {
        Batch {
            decks: vec![DeckSpec {
                name: "A".into(),
                description: Some("deck A".into()),
                language: None,
            }],
            notes: range.map(|i| rich(i, v)).collect(),
            complete_decks: false,
        }
    }

    #[test]
    fn prepared_notes_hold_the_json_the_insert_path_writes() {
        let mut batch = rich_batch(0..7, 1);
        batch.notes[2].fields[0].1 = "quote \" and\ttab".into();
        batch.notes[3].tags.clear();
        let prepared = PreparedNotes::of(&batch);
        for (i, note) in batch.notes.iter().enumerate() {
            let (mut fields, mut tags) = (String::new(), String::new());
            fields_json(&mut fields, &note.fields);
            tags_json(&mut tags, &note.tags);
            let json = prepared.note(i).unwrap();
            assert_eq!((json.fields, json.tags), (fields.as_str(), tags.as_str()));
        }
        assert!(prepared.note(7).is_none());
        assert!(PreparedNotes::default().note(0).is_none());
    }

    /// Every row of every table, in id order.
    fn dump(store: &Store) -> Vec<String> {
        let mut out = Vec::new();
        for table in ["decks", "notes", "cards", "reviews"] {
            let mut stmt = store
                .conn()
                .prepare(&format!("SELECT * FROM {table} ORDER BY id"))
                .unwrap();
            let columns = stmt.column_count();
            let mut rows = stmt.query([]).unwrap();
            while let Some(row) = rows.next().unwrap() {
                let values: Vec<String> = (0..columns)
                    .map(|c| format!("{:?}", row.get_ref(c).unwrap()))
                    .collect();
                out.push(format!("{table}: {}", values.join(" | ")));
            }
        }
        out
    }

    /// The imports of `steps` (batches, then options) into a fresh collection, in bulk or not.
    fn import_steps(
        bulk: Option<bool>,
        steps: &[(Vec<Batch>, InsertOptions)],
    ) -> (Vec<ImportReport>, Vec<String>) {
        let mut store = Store::open_in_memory().unwrap();
        let mut reports = Vec::new();
        for (i, (batches, options)) in steps.iter().enumerate() {
            let mut importer = store.importer(10 + i as i64, *options).unwrap();
            if let Some(collide) = bulk {
                importer.expect_notes(BULK_NOTES).unwrap();
                assert!(importer.bulk.is_some(), "a bulk import");
                let existing: Vec<(String, i64)> = {
                    let mut stmt = importer.conn.prepare("SELECT guid, id FROM notes").unwrap();
                    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                        .unwrap()
                        .map(Result::unwrap)
                        .collect()
                };
                let b = importer.bulk.as_mut().unwrap();
                b.guids = GuidMap {
                    collide,
                    ..GuidMap::default()
                };
                for (guid, id) in existing {
                    b.guids.insert(&guid, id);
                }
            }
            for (k, batch) in batches.iter().enumerate() {
                // Every other batch comes with its notes' JSON made beforehand, as the import
                // command sends them: both ways must save the same rows.
                let report = if k % 2 == 1 {
                    importer.insert_prepared(batch, &PreparedNotes::of(batch))
                } else {
                    importer.insert(batch)
                };
                reports.push(report.unwrap());
            }
            importer.finish().unwrap();
        }
        let indexes: i64 = store
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN \
                 ('notes_guid', 'cards_note', 'cards_due', 'cards_new', 'cards_stats', \
                  'reviews_stats', 'reviews_card', 'reviews_imported')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(indexes, 8, "every index is there after the import");
        (reports, dump(&store))
    }

    #[test]
    fn a_bulk_import_saves_exactly_what_a_row_by_row_import_saves() {
        let plain = InsertOptions::default();
        let overwrite = InsertOptions {
            overwrite_scheduling: true,
            dry_run: false,
        };
        let dry = InsertOptions {
            overwrite_scheduling: false,
            dry_run: true,
        };
        let mut twice = rich_batch(0..40, 0);
        // The same guid twice in one import: the second updates the first.
        twice.notes.push(rich(5, 9));
        let steps = vec![
            (vec![rich_batch(0..30, 0), twice], plain),
            // Again: nothing changes.
            (vec![rich_batch(0..40, 0)], plain),
            // Edited notes, new notes, a note with a card more; the file's scheduling wins.
            (
                vec![rich_batch(20..60, 1), {
                    let mut b = rich_batch(0..1, 1);
                    let extra = CardSpec {
                        ord: 2,
                        ..b.notes[0].cards[0].clone()
                    };
                    b.notes[0].cards.push(extra);
                    b
                }],
                overwrite,
            ),
            // A dry run changes nothing.
            (vec![rich_batch(50..90, 2)], dry),
        ];
        let (row_reports, row_rows) = import_steps(None, &steps);
        let (bulk_reports, bulk_rows) = import_steps(Some(false), &steps);
        assert_eq!(bulk_reports, row_reports);
        assert_eq!(bulk_rows, row_rows);
        // Every guid with the same hash: the stored guid decides.
        let (clash_reports, clash_rows) = import_steps(Some(true), &steps);
        assert_eq!(clash_reports, row_reports);
        assert_eq!(clash_rows, row_rows);
        let added: Vec<(usize, usize, usize, usize)> = row_reports
            .iter()
            .map(|r| {
                (
                    r.notes_added,
                    r.notes_updated,
                    r.notes_unchanged,
                    r.reviews_added,
                )
            })
            .collect();
        assert_eq!(
            added,
            vec![
                (30, 0, 0, 30),
                // Note 5 came twice: added, then updated; its answers are not saved twice.
                (10, 1, 30, 9),
                (0, 1, 39, 0),
                // Text changed (i % 5 == 0) or scheduling taken from the file (i % 4 == 1).
                (20, 8, 12, 21),
                (0, 1, 0, 0),
                // Without --overwrite-scheduling only text changes count.
                (30, 2, 8, 30)
            ]
        );
        assert_eq!(
            row_rows.iter().filter(|r| r.starts_with("notes:")).count(),
            60
        );
    }

    /// Per-card entries of an exported deck file are notes whose guid is a card id (`g/2`):
    /// such a card id must not be another note's card id.
    #[test]
    fn a_card_id_is_never_given_twice() {
        let two = |guid: &str| {
            let mut n = note(guid);
            n.cards.push(CardSpec {
                ord: 1,
                ..n.cards[0].clone()
            });
            n
        };
        for bulk in [false, true] {
            for order in [[two("g"), note("g/2")], [note("g/2"), two("g")]] {
                let mut store = Store::open_in_memory().unwrap();
                let mut importer = store.importer(0, InsertOptions::default()).unwrap();
                if bulk {
                    importer.expect_notes(BULK_NOTES).unwrap();
                }
                let err = importer
                    .insert(&Batch {
                        notes: order.to_vec(),
                        ..Batch::default()
                    })
                    .unwrap_err();
                assert_eq!(
                    err.to_string(),
                    "card id 'g/2' is the id of another note's card already; give the card \
                     another id",
                    "bulk {bulk}"
                );
            }
            // Fine: `g/3` is no card of `g`, `g/02` and `g/x` are not card numbers.
            let mut store = Store::open_in_memory().unwrap();
            let mut importer = store.importer(0, InsertOptions::default()).unwrap();
            if bulk {
                importer.expect_notes(BULK_NOTES).unwrap();
            }
            let report = importer
                .insert(&Batch {
                    notes: vec![two("g"), note("g/3"), note("g/02"), note("g/x")],
                    ..Batch::default()
                })
                .unwrap();
            importer.finish().unwrap();
            assert_eq!(report.cards_added, 5);
            // A card added to a note already there is checked too.
            let err = store
                .insert_batch(
                    &Batch {
                        notes: vec![{
                            let mut n = two("g");
                            n.cards.push(CardSpec {
                                ord: 2,
                                ..n.cards[0].clone()
                            });
                            n
                        }],
                        ..Batch::default()
                    },
                    1,
                    InsertOptions::default(),
                )
                .unwrap_err();
            assert!(matches!(err, StoreError::CardIdTaken(id) if id == "g/3"));
        }
    }

    #[test]
    fn card_ids_are_found_through_note_guids() {
        let mut store = Store::open_in_memory().unwrap();
        let three = |guid: &str| {
            let mut n = note(guid);
            for ord in [1, 9] {
                n.cards.push(CardSpec {
                    ord,
                    ..n.cards[0].clone()
                });
            }
            n
        };
        store
            .insert_batch(
                &Batch {
                    notes: vec![three("ab"), note("abc"), note("ab/x"), note("zz")],
                    ..Batch::default()
                },
                0,
                InsertOptions::default(),
            )
            .unwrap();
        let key = |id: &str| -> String {
            match store.resolve_card(id) {
                Ok(row) => store.card(row).unwrap().key,
                Err(e) => e.to_string(),
            }
        };
        assert_eq!(key("ab"), "ab", "an exact id wins");
        assert_eq!(key("abc"), "abc");
        assert_eq!(key("ab/2"), "ab/2");
        assert_eq!(key("ab/1"), "ab/10", "the start of a card number");
        assert_eq!(key("ab/x"), "ab/x");
        assert_eq!(key(" z "), "zz");
        assert_eq!(
            key("ab/"),
            "card id 'ab/' is ambiguous: it matches ab/10, ab/2, ab/x"
        );
        assert_eq!(
            key("a"),
            "card id 'a' is ambiguous: it matches ab, ab/10, ab/2, ab/x, abc"
        );
        assert_eq!(key("ab/3"), "unknown card id 'ab/3'");
        assert_eq!(key("q"), "unknown card id 'q'");
    }

    proptest::proptest! {
        /// Stored JSON is compared with what a new import writes: both must be serde_json's.
        #[test]
        fn json_is_written_as_serde_json_writes_it(
            fields in proptest::collection::vec((".{0,6}", "[\\x00-\\x20\"\\\\/a-zé€\\x7f\\u{2028}😀]{0,12}"), 0..4),
            tags in proptest::collection::vec("\\PC{0,8}", 0..4),
        ) {
            let mut out = String::new();
            fields_json(&mut out, &fields);
            proptest::prop_assert_eq!(&out, &serde_json::to_string(&fields).unwrap());
            out.clear();
            tags_json(&mut out, &tags);
            proptest::prop_assert_eq!(&out, &serde_json::to_string(&tags).unwrap());
        }
    }

    #[test]
    fn the_indexes_rebuilt_are_the_ones_filled_in_random_order() {
        let new_cards = rich_batch(0..40, 0);
        let mut scheduled = new_cards.clone();
        for card in scheduled.notes.iter_mut().flat_map(|n| n.cards.iter_mut()) {
            card.sched = Some(Sm2 {
                due: Some(Day(3)),
                ..Sm2::NEW
            });
            card.reviews.clear();
        }
        // New cards with answers (rich: 40 answers for 40 notes), into a collection with
        // 100 answers already: 40,000 notes bring about 40,000 answers.
        assert_eq!(
            deferred_indexes(&new_cards, 40_000, 100),
            ["notes_guid", "reviews_stats"]
        );
        assert_eq!(
            deferred_indexes(&new_cards, 40, 1_000),
            ["notes_guid"],
            "few answers into a long history: kept up to date"
        );
        assert_eq!(
            deferred_indexes(&scheduled, 40_000, 0),
            ["notes_guid", "cards_due"]
        );
    }

    /// Rows whose common values are written into the statement are the rows the general
    /// statement (every value bound) makes.
    #[test]
    fn rows_written_out_are_the_rows_bound() {
        let rows = |with_odd_one: bool| -> Vec<String> {
            let mut store = Store::open_in_memory().unwrap();
            let mut notes: Vec<NoteSpec> = (0..10).map(|i| note(&format!("n{i}"))).collect();
            if with_odd_one {
                // In the same statement: a note with a source and a suspended card.
                let mut odd = note("odd");
                odd.source = Some("doc".into());
                odd.cards[0].suspended = Some(true);
                notes.push(odd);
            }
            // In bulk: new notes are queued too.
            let mut importer = store.importer(77, InsertOptions::default()).unwrap();
            importer.expect_notes(BULK_NOTES).unwrap();
            importer
                .insert(&Batch {
                    notes,
                    ..Batch::default()
                })
                .unwrap();
            importer.finish().unwrap();
            dump(&store)
                .into_iter()
                .filter(|r| {
                    !r.starts_with("notes: Integer(11) ") && !r.starts_with("cards: Integer(11) ")
                })
                .collect()
        };
        let (plain, general) = (rows(false), rows(true));
        assert_eq!(plain.len(), 21, "a deck, 10 notes, 10 cards");
        assert_eq!(plain, general);
    }
}
