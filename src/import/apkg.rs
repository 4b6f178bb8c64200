//! Anki packages (`.apkg`, `.colpkg`): a zip holding a SQLite collection, in one of three
//! generations. The best one present is read: `collection.anki21b` (zstd, schema 18), then
//! `collection.anki21` (schema 11), then `collection.anki2` (modern packages carry a dummy
//! one that only says "please update"). Media files are never extracted: nothing from the
//! package is written anywhere except one private temporary copy of the collection.

use std::cell::Cell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use chrono::FixedOffset;
use serde_json::Value;
use tempfile::NamedTempFile;
use zip::ZipArchive;

use super::notetype::{CardTemplate, Notetype};
use super::pages::{NotePages, PageScan};
use super::{ImportError, Options, Summary, protobuf};
use crate::batch::{Batch, CardSpec, NoteSpec, ReviewSpec};
use crate::clock::day_of_millis;
use crate::model::{Day, Grade, INITIAL_EASINESS, MIN_EASINESS, Sm2};
use crate::store::anki::{AnkiDb, AnkiDbError, CardRow, NoteData, NoteRow, RevlogRow, sort_cards};

/// The collection files, best first.
const COLLECTIONS: [&str; 3] = [
    "collection.anki21b",
    "collection.anki21",
    "collection.anki2",
];
/// No member may inflate past this.
const MAX_INFLATED: u64 = 1 << 30;
/// Past `RATIO_FLOOR` bytes, no member may inflate to more than this many times its size.
const MAX_RATIO: u64 = 100;
const RATIO_FLOOR: u64 = 32 << 20;
/// The media map is small; anything larger is not one.
const MAX_MEDIA_MAP: u64 = 64 << 20;
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];
/// Notes per batch sent to the store: bounded memory whatever the package's size.
const CHUNK: usize = 2000;
/// The first batch is smaller: the saving thread has nothing to do until it comes.
const FIRST_CHUNK: usize = 250;
/// The easiness recall allows at most (10.00).
const MAX_EASINESS: i64 = 1000;

/// An opened package: its collection extracted and checked, note types and decks loaded.
pub struct Package {
    shown: String,
    db: AnkiDb,
    notetypes: HashMap<i64, Notetype>,
    decks: HashMap<i64, String>,
    /// Collection creation, Unix seconds (04:00 of the creation day).
    crt: i64,
    notes: usize,
    /// The collection's pages as they were unpacked (its cards and notes, see [`PageScan`]).
    pages: Box<PageScan>,
    /// Keeps the temporary copy alive (deleted on drop).
    _file: NamedTempFile,
}

fn read_err(shown: &str) -> impl Fn(std::io::Error) -> ImportError + '_ {
    move |error| ImportError::Read {
        path: shown.to_string(),
        error,
    }
}

/// A member name that could point outside a folder if it were ever written out.
fn unsafe_name(name: &str) -> bool {
    let name = name.replace('\\', "/");
    name.starts_with('/')
        || name.split('/').any(|part| part == "..")
        || name.as_bytes().get(1) == Some(&b':')
        || name.contains('\0')
}

impl Package {
    pub fn open(path: &Path, shown: &str) -> Result<Package, ImportError> {
        let mut file = File::open(path).map_err(read_err(shown))?;
        let len = file.metadata().map_err(read_err(shown))?.len();
        if len == 0 {
            return Err(ImportError::invalid(
                shown,
                "empty file; not an Anki package",
            ));
        }
        let mut magic = [0u8; 4];
        let got = file.read(&mut magic).map_err(read_err(shown))?;
        if got < 4 || &magic[..2] != b"PK" {
            return Err(ImportError::invalid(
                shown,
                "not an Anki package (not a zip archive)",
            ));
        }
        let mut zip = ZipArchive::new(file).map_err(|e| {
            ImportError::invalid(shown, format!("damaged or truncated zip archive ({e})"))
        })?;
        for raw in zip.file_names_raw() {
            let name = String::from_utf8_lossy(raw);
            if unsafe_name(&name) {
                return Err(ImportError::invalid(
                    shown,
                    format!("unsafe file name '{name}' in the package; refused"),
                ));
            }
        }
        check_media_map(&mut zip, shown)?;
        let member = COLLECTIONS
            .iter()
            .find(|name| zip.index_for_name(name).is_some())
            .ok_or_else(|| {
                ImportError::invalid(
                    shown,
                    "no Anki collection in the package (collection.anki21b, collection.anki21 \
                     or collection.anki2)",
                )
            })?;
        let temp = NamedTempFile::new().map_err(read_err(shown))?;
        let pages = extract(&mut zip, member, shown, temp.as_file())?;
        let db = AnkiDb::open(temp.path()).map_err(|e| match e {
            AnkiDbError::NotSqlite => {
                ImportError::invalid(shown, format!("{member} is not a SQLite database"))
            }
            AnkiDbError::NotAnki(why) => {
                ImportError::invalid(shown, format!("{member} is not an Anki collection ({why})"))
            }
            AnkiDbError::Sqlite(e) => {
                ImportError::invalid(shown, format!("{member}: damaged collection: {e}"))
            }
        })?;
        let damaged = |e: AnkiDbError| ImportError::invalid(shown, format!("{member}: {e}"));
        let col = db.col().map_err(damaged)?;
        let (notetypes, decks) =
            if db.has_notetype_tables().map_err(damaged)? && col.models.trim().is_empty() {
                (
                    notetypes_from_tables(&db).map_err(damaged)?,
                    decks_from_table(&db).map_err(damaged)?,
                )
            } else {
                (
                    notetypes_from_json(&col.models).ok_or_else(|| {
                        ImportError::invalid(shown, format!("{member}: unreadable note types"))
                    })?,
                    decks_from_json(&col.decks),
                )
            };
        let notes = db.note_count().map_err(damaged)?;
        Ok(Package {
            shown: shown.to_string(),
            db,
            notetypes,
            decks,
            crt: col.crt,
            notes,
            pages: Box::new(pages),
            _file: temp,
        })
    }

    pub fn note_count(&self) -> usize {
        self.notes
    }

    /// Convert every note and send them to `sink` in batches.
    ///
    /// The notes come off the pages the unpacking showed ([`PageScan`]) when it could read
    /// them all, and their order is the table's (the common case); else the collection is
    /// read on a thread of its own while this one converts (reading SQLite's rows and
    /// rendering the cards each take about as long as saving them). The review log comes off
    /// the pages too ([`PageScan::revlog_in_tree`]); else SQLite reads it meanwhile, through a
    /// connection of its own.
    pub fn stream(
        self,
        options: &Options,
        sink: &mut dyn FnMut(Batch) -> Result<Vec<NoteSpec>, ImportError>,
    ) -> Result<Summary, ImportError> {
        let Package {
            shown,
            db,
            notetypes,
            decks,
            crt,
            notes: _,
            pages,
            _file: file,
        } = self;
        let shown = shown.as_str();
        let damaged = |e: AnkiDbError| ImportError::invalid(shown, e.to_string());
        // The review log as the pages showed it; else SQLite reads it, on a thread of its own
        // through a connection of its own, while this thread finds the cards and notes.
        let revlog_off_pages = if options.scheduling {
            match db.revlog_root() {
                Ok(Some(root)) => pages.revlog_in_tree(root),
                _ => None,
            }
        } else {
            Some(Vec::new())
        };
        let history = match revlog_off_pages {
            Some(_) => None,
            None => Some(AnkiDb::open(file.path()).map_err(damaged)?),
        };
        let convert = Converter {
            crt_day: day_of_millis(
                crt.saturating_add(12 * 3600).saturating_mul(1000),
                &options.offset,
            )
            .unwrap_or(options.today),
            today: options.today,
            offset: options.offset,
            scheduling: options.scheduling,
        };
        let known = Known {
            notetypes: &notetypes,
            decks: &decks,
            last_notetype: Cell::new(None),
            last_deck: Cell::new(None),
        };
        let mut summary = Summary::default();
        let mut notes: Vec<NoteSpec> = Vec::with_capacity(CHUNK);
        let mut limit = FIRST_CHUNK;
        std::thread::scope(|scope| -> Result<(), ImportError> {
            let revlog = history.map(|history| {
                scope.spawn(move || -> Result<Vec<RevlogRow>, AnkiDbError> { history.revlog() })
            });
            let source = Source::new(&db, pages).map_err(damaged)?;
            let (send, receive) = std::sync::mpsc::sync_channel::<Vec<NoteData>>(4);
            let (from_pages, reader) = match source {
                Source::Pages { notes, cards } => (Some((notes, cards)), None),
                Source::Sqlite(cards) => (
                    None,
                    Some(scope.spawn(move || {
                        let mut rows = Vec::with_capacity(ROWS_PER_SEND);
                        let read = db.for_each_note(cards, |row| -> Result<(), ImportError> {
                            rows.push(NoteData::from(row));
                            if rows.len() == ROWS_PER_SEND {
                                send.send(std::mem::take(&mut rows))
                                    .map_err(|_| ImportError::Stopped)?;
                                rows.reserve(ROWS_PER_SEND);
                            }
                            Ok(())
                        });
                        if read.is_ok() && !rows.is_empty() {
                            // The other end only stops on its own error, which it reports.
                            let _ = send.send(rows);
                        }
                        read
                    })),
                ),
            };
            let revlog = match (revlog_off_pages, revlog) {
                (Some(rows), _) => rows,
                (None, Some(reading)) => reading
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                    .map_err(damaged)?,
                (None, None) => Vec::new(),
            };
            let mut take = |row: &NoteRow<'_>| -> Result<(), ImportError> {
                match known.note(row, &revlog, &convert, options) {
                    Ok(note) => notes.push(note),
                    Err(reason) => summary
                        .skipped
                        .push(format!("{shown}: note {}: {reason}", row.guid)),
                }
                if notes.len() >= limit {
                    notes = sink(batch(std::mem::take(&mut notes)))?;
                    limit = CHUNK;
                    notes.reserve(CHUNK);
                }
                Ok(())
            };
            if let Some((pages, cards)) = from_pages {
                // The leaves are read one at a time from the unpacked file. Should one hold a
                // note that cannot be read off it, SQLite reads that note and the rest.
                let mut from = file.as_file().try_clone().map_err(read_err(shown))?;
                let mut page = vec![0u8; pages.page_size];
                let mut last: Option<i64> = None;
                for &number in &pages.leaves {
                    read_at(&mut from, pages.offset(number), &mut page).map_err(read_err(shown))?;
                    let Some(leaf) = pages.notes(number, &page) else {
                        // (The first connection went to the reading thread that this path
                        // does not start.)
                        return AnkiDb::open(file.path())
                            .map_err(damaged)?
                            .for_each_note_after(last, &cards, |row| take(&row))
                            .map_err(|e| match e {
                                ImportError::Anki(e) => damaged(e),
                                other => other,
                            });
                    };
                    for note in &leaf.notes {
                        last = Some(note.id);
                        let start = cards.partition_point(|c| c.nid < note.id);
                        let end = start + cards[start..].partition_point(|c| c.nid == note.id);
                        if start == end {
                            continue;
                        }
                        take(&NoteRow {
                            id: note.id,
                            guid: leaf.guid(note),
                            mid: note.mid,
                            tags: leaf.tags(note),
                            flds: leaf.flds(note),
                            cards: &cards[start..end],
                        })?;
                    }
                }
                return Ok(());
            }
            let Some(reader) = reader else {
                return Ok(());
            };
            for rows in receive {
                for data in &rows {
                    take(&data.row())?;
                }
            }
            match reader.join() {
                Ok(read) => read.map_err(|e| match e {
                    ImportError::Anki(e) => damaged(e),
                    other => other,
                }),
                Err(_) => Err(ImportError::invalid(
                    shown,
                    "reading the collection failed unexpectedly",
                )),
            }
        })?;
        if !notes.is_empty() {
            sink(batch(notes))?;
        }
        Ok(summary)
    }
}

/// Where a package's notes come from.
enum Source {
    /// Every note off the pages (leaf by leaf, in id order), and every card, sorted by note;
    /// taking the notes in this order keeps Anki's new-card order.
    Pages {
        notes: NotePages,
        cards: Vec<CardRow>,
    },
    /// Through SQLite, with the cards if the pages gave them.
    Sqlite(Option<Vec<CardRow>>),
}

impl Source {
    fn new(db: &AnkiDb, pages: Box<PageScan>) -> Result<Source, AnkiDbError> {
        // The cards as the pages showed them, if the file's `cards` table is Anki's and every
        // page of it could be read (else SQLite reads them).
        let cards = match db.cards_root() {
            Ok(Some(root)) => pages.cards_in_tree(root),
            _ => None,
        };
        let notes = match db.notes_root() {
            Ok(Some(root)) => pages.notes_in_tree(root),
            _ => None,
        };
        drop(pages);
        let Some(notes) = notes else {
            return Ok(Source::Sqlite(cards));
        };
        let mut cards = match cards {
            Some(cards) => cards,
            None => db.read_cards()?,
        };
        if sort_cards(&mut cards) {
            Ok(Source::Pages { notes, cards })
        } else {
            // Another order: SQLite sorts the notes.
            Ok(Source::Sqlite(Some(cards)))
        }
    }
}

/// Notes read from the collection are sent to the converting thread this many at a time.
const ROWS_PER_SEND: usize = 256;

/// What a package's notes are converted with: its note types and decks.
struct Known<'a> {
    notetypes: &'a HashMap<i64, Notetype>,
    decks: &'a HashMap<i64, String>,
    /// The last note type and deck looked up: notes and cards mostly come in runs of one
    /// note type and one deck.
    last_notetype: Cell<Option<(i64, &'a Notetype)>>,
    last_deck: Cell<Option<(i64, &'a str)>>,
}

impl Known<'_> {
    fn deck_name(&self, id: i64) -> &str {
        if let Some((last, name)) = self.last_deck.get()
            && last == id
        {
            return name;
        }
        let name = self.decks.get(&id).map_or("Default", String::as_str);
        self.last_deck.set(Some((id, name)));
        name
    }

    fn notetype(&self, id: i64) -> Option<&Notetype> {
        if let Some((last, nt)) = self.last_notetype.get()
            && last == id
        {
            return Some(nt);
        }
        let nt = self.notetypes.get(&id)?;
        self.last_notetype.set(Some((id, nt)));
        Some(nt)
    }

    fn note(
        &self,
        row: &NoteRow<'_>,
        revlog: &[RevlogRow],
        convert: &Converter,
        options: &Options,
    ) -> Result<NoteSpec, String> {
        let nt = self
            .notetype(row.mid)
            .ok_or_else(|| format!("unknown note type {}; skipped", row.mid))?;
        let values = field_values(row.flds);
        let tags: Vec<String> = row.tags.split_whitespace().map(str::to_string).collect();
        let tag_text = tag_text(row.tags, &tags);
        let mut cards = Vec::with_capacity(row.cards.len());
        for card in row.cards {
            let did = if card.odid != 0 { card.odid } else { card.did };
            let deck = match &options.deck {
                Some(d) => d.clone(),
                None => self.deck_name(did).to_string(),
            };
            let Ok(ord) = u32::try_from(card.ord) else {
                continue;
            };
            let Some(text) = nt.render(&values, ord, &tag_text, &deck) else {
                continue;
            };
            let start = revlog.partition_point(|r| r.cid < card.id);
            let end = start + revlog[start..].partition_point(|r| r.cid == card.id);
            let (sched, suspended, reviews) = convert.card(card, &revlog[start..end]);
            cards.push(CardSpec {
                ord,
                deck,
                front: text.front,
                back: text.back,
                answer: text.answer,
                sched,
                suspended,
                reviews,
            });
        }
        if cards.is_empty() {
            return Err("no card of this note has anything on its front; skipped".into());
        }
        let fields = nt
            .fields
            .iter()
            .enumerate()
            .map(|(i, name)| {
                (
                    name.clone(),
                    values.get(i).copied().unwrap_or("").to_string(),
                )
            })
            .collect();
        let guid = if row.guid.trim().is_empty() {
            format!("anki-{}", row.id)
        } else {
            row.guid.to_string()
        };
        Ok(NoteSpec {
            guid,
            notetype: nt.name.clone(),
            fields,
            tags,
            source: None,
            context: None,
            cards,
            line: None,
        })
    }
}

/// A note's field values: its `flds` column split at the unit separator (0x1F), as
/// `str::split` would split it (one value more than separators, empty ones included).
fn field_values(flds: &str) -> Vec<&str> {
    let mut values = Vec::with_capacity(4);
    let mut start = 0;
    for at in memchr::memchr_iter(0x1f, flds.as_bytes()) {
        values.push(&flds[start..at]);
        start = at + 1;
    }
    values.push(&flds[start..]);
    values
}

/// The text of `{{Tags}}`: the tags joined by single spaces. Anki keeps the column as
/// " a b ", which is then that text, trimmed, without a copy.
fn tag_text<'a>(column: &'a str, tags: &[String]) -> std::borrow::Cow<'a, str> {
    let trimmed = column.trim_matches(' ');
    if !tags.is_empty() && trimmed.split(' ').eq(tags.iter().map(String::as_str)) {
        trimmed.into()
    } else {
        tags.join(" ").into()
    }
}

fn batch(notes: Vec<NoteSpec>) -> Batch {
    Batch {
        decks: Vec::new(),
        notes,
        complete_decks: false,
    }
}

/// Copy a member into `out`, refusing what inflates past the limits; returns what its pages
/// showed (see [`PageScan`]).
fn extract(
    zip: &mut ZipArchive<File>,
    member: &str,
    shown: &str,
    out: &File,
) -> Result<PageScan, ImportError> {
    let entry = zip
        .by_name(member)
        .map_err(|e| ImportError::invalid(shown, format!("{member}: {e}")))?;
    let packed = entry.compressed_size().max(1);
    let bomb = || {
        ImportError::invalid(
            shown,
            format!(
                "{member} would inflate past the limit (1 GiB, or {MAX_RATIO} times its packed \
                 size); refused"
            ),
        )
    };
    if entry.size() > MAX_INFLATED
        || (entry.size() > RATIO_FLOOR && entry.size() / packed > MAX_RATIO)
    {
        return Err(bomb());
    }
    let mut head = [0u8; 4];
    let mut entry = entry;
    let n = read_full(&mut entry, &mut head)
        .map_err(|e| ImportError::invalid(shown, format!("{member}: {e}")))?;
    let chained = std::io::Read::chain(&head[..n], entry);
    let copied = if head[..n] == ZSTD_MAGIC {
        let decoder = zstd::stream::read::Decoder::new(chained).map_err(|e| {
            ImportError::invalid(shown, format!("{member}: cannot decompress: {e}"))
        })?;
        copy_limited(decoder, out, packed)
    } else {
        copy_limited(chained, out, packed)
    };
    let pages = match copied {
        Ok(Some(pages)) => pages,
        Ok(None) => return Err(bomb()),
        Err(e) => {
            return Err(ImportError::invalid(
                shown,
                format!("{member}: cannot unpack: {e}"),
            ));
        }
    };
    legacy_journal(out).map_err(|e| ImportError::invalid(shown, format!("{member}: {e}")))?;
    Ok(pages)
}

/// Collections exported by Anki are in WAL mode (bytes 18 and 19 of the header are 2). Opened
/// as they are, the copy would get a WAL and a shared-memory file, and leaving WAL mode would
/// cost a checkpoint and a sync of the whole copy; marked as a rollback-journal database (1)
/// it is simply read. Only the private copy is changed, and only when it is a SQLite file.
fn legacy_journal(mut file: &File) -> std::io::Result<()> {
    let mut header = [0u8; 20];
    file.seek(SeekFrom::Start(0))?;
    if read_full(&mut file, &mut header)? == header.len()
        && header.starts_with(b"SQLite format 3\0")
        && header[18..20] == [2, 2]
    {
        file.seek(SeekFrom::Start(18))?;
        file.write_all(&[1, 1])?;
    }
    Ok(())
}

/// Fill `buf` from `offset` in `file`: one system call where the system has one for it
/// (a package's 100,000 notes are on ~3,000 pages).
fn read_at(file: &mut File, offset: u64, buf: &mut [u8]) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
    }
    #[cfg(not(unix))]
    {
        file.seek(SeekFrom::Start(offset))?;
        file.read_exact(buf)
    }
}

fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// Bytes unpacked at a time; the writing thread holds at most [`UNPACK_QUEUE`] + 2 of them.
const UNPACK_CHUNK: usize = 1 << 20;
const UNPACK_QUEUE: usize = 2;

/// Copy, stopping (`None`) as soon as the output passes the limits.
///
/// Unpacking (zstd: ~30 ms for a 100,000-note collection) and writing the file (the system's
/// copy into its cache, another ~10 ms) run on two threads: before the collection is written
/// the import has nothing else to do, and the other core is idle. The writing thread also
/// reads the cards off the pages as they pass ([`PageScan`]), which is then done when the
/// file is.
fn copy_limited(mut from: impl Read, to: &File, packed: u64) -> std::io::Result<Option<PageScan>> {
    std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel::<Vec<u8>>(UNPACK_QUEUE);
        let (give_back, returned) = std::sync::mpsc::channel::<Vec<u8>>();
        let writer = std::thread::Builder::new()
            .name("unpack-writer".into())
            .spawn_scoped(scope, move || -> std::io::Result<PageScan> {
                let mut to = to;
                let mut pages = PageScan::default();
                for chunk in receive {
                    to.write_all(&chunk)?;
                    pages.feed(&chunk);
                    // The reading end may be gone (an error there): nothing to give back to.
                    let _ = give_back.send(chunk);
                }
                to.flush()?;
                Ok(pages)
            })?;
        let mut total: u64 = 0;
        let read = loop {
            let mut buf = returned.try_recv().unwrap_or_default();
            buf.resize(UNPACK_CHUNK, 0);
            let n = match fill(&mut from, &mut buf) {
                Ok(n) => n,
                Err(e) => break Err(e),
            };
            if n == 0 {
                break Ok(true);
            }
            total += n as u64;
            if total > MAX_INFLATED || (total > RATIO_FLOOR && total / packed > MAX_RATIO) {
                break Ok(false);
            }
            buf.truncate(n);
            if send.send(buf).is_err() {
                // The writer stopped on an error, which its result says.
                break Ok(true);
            }
        };
        drop(send);
        let written = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let read = read?;
        let pages = written?;
        Ok(read.then_some(pages))
    })
}

/// Read until `buf` is full or the input ends; returns the bytes read.
fn fill(from: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match from.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// The media map names the media files; a name that could escape a folder refuses the
/// package. (Media are not imported, but such a package is hostile.) An unreadable map is
/// ignored.
fn check_media_map(zip: &mut ZipArchive<File>, shown: &str) -> Result<(), ImportError> {
    let Ok(entry) = zip.by_name("media") else {
        return Ok(());
    };
    if entry.size() > MAX_MEDIA_MAP {
        return Ok(());
    }
    let mut raw = Vec::new();
    if entry.take(MAX_MEDIA_MAP).read_to_end(&mut raw).is_err() {
        return Ok(());
    }
    let names: Vec<String> = if raw.starts_with(&ZSTD_MAGIC) {
        let mut plain = Vec::new();
        let ok = zstd::stream::read::Decoder::new(&raw[..])
            .map(|d| d.take(MAX_MEDIA_MAP).read_to_end(&mut plain).is_ok())
            .unwrap_or(false);
        if !ok {
            return Ok(());
        }
        protobuf::repeated(&plain, 1)
            .into_iter()
            .filter_map(|entry| protobuf::string(entry, 1))
            .collect()
    } else {
        match serde_json::from_slice::<HashMap<String, String>>(&raw) {
            Ok(map) => map.into_values().collect(),
            Err(_) => return Ok(()),
        }
    };
    if let Some(bad) = names
        .iter()
        .find(|n| unsafe_name(n) || n.contains('/') || n.contains('\\'))
    {
        return Err(ImportError::invalid(
            shown,
            format!("unsafe media file name '{bad}' in the package; refused"),
        ));
    }
    Ok(())
}

fn notetypes_from_tables(db: &AnkiDb) -> Result<HashMap<i64, Notetype>, AnkiDbError> {
    let mut fields: HashMap<i64, Vec<String>> = HashMap::new();
    for f in db.fields()? {
        fields.entry(f.ntid).or_default().push(f.name);
    }
    let mut templates: HashMap<i64, Vec<CardTemplate>> = HashMap::new();
    for t in db.templates()? {
        let q = protobuf::string(&t.config, 1).unwrap_or_default();
        let a = protobuf::string(&t.config, 2).unwrap_or_default();
        templates
            .entry(t.ntid)
            .or_default()
            .push(CardTemplate::new(&t.name, &q, &a));
    }
    Ok(db
        .notetypes()?
        .into_iter()
        .map(|nt| {
            let notetype = Notetype {
                cloze: protobuf::uint(&nt.config, 1) == Some(1),
                fields: fields.remove(&nt.id).unwrap_or_default(),
                templates: templates.remove(&nt.id).unwrap_or_default(),
                name: nt.name,
            };
            (nt.id, notetype)
        })
        .collect())
}

fn decks_from_table(db: &AnkiDb) -> Result<HashMap<i64, String>, AnkiDbError> {
    Ok(db
        .deck_rows()?
        .into_iter()
        .map(|(id, name)| (id, name.replace('\x1f', "::")))
        .collect())
}

/// Schema 11: `col.models` is a JSON object keyed by note type id.
fn notetypes_from_json(models: &str) -> Option<HashMap<i64, Notetype>> {
    let value: Value = serde_json::from_str(models).ok()?;
    let mut out = HashMap::new();
    for (id, model) in value.as_object()? {
        let Ok(id) = id.parse::<i64>() else { continue };
        let text =
            |v: &Value, key: &str| v.get(key).and_then(Value::as_str).unwrap_or("").to_string();
        let ord = |v: &Value| v.get("ord").and_then(Value::as_i64).unwrap_or(0);
        let mut flds: Vec<&Value> = model
            .get("flds")
            .and_then(Value::as_array)?
            .iter()
            .collect();
        flds.sort_by_key(|f| ord(f));
        let mut tmpls: Vec<&Value> = model
            .get("tmpls")
            .and_then(Value::as_array)?
            .iter()
            .collect();
        tmpls.sort_by_key(|t| ord(t));
        out.insert(
            id,
            Notetype {
                name: text(model, "name"),
                cloze: model.get("type").and_then(Value::as_i64) == Some(1),
                fields: flds.iter().map(|f| text(f, "name")).collect(),
                templates: tmpls
                    .iter()
                    .map(|t| {
                        CardTemplate::new(&text(t, "name"), &text(t, "qfmt"), &text(t, "afmt"))
                    })
                    .collect(),
            },
        );
    }
    Some(out)
}

fn decks_from_json(decks: &str) -> HashMap<i64, String> {
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(decks) else {
        return HashMap::new();
    };
    map.iter()
        .filter_map(|(id, deck)| {
            Some((
                id.parse().ok()?,
                deck.get("name")?.as_str()?.replace('\x1f', "::"),
            ))
        })
        .collect()
}

/// Anki's scheduling in recall's terms (see the README: Importing and exporting).
pub struct Converter {
    /// The study day of `col.crt`: review due days count from it.
    pub crt_day: Day,
    pub today: Day,
    pub offset: FixedOffset,
    pub scheduling: bool,
}

/// Ease in permille to recall's hundredths: to hundredths, at least 1.30, at most 10.00.
fn easiness(factor: i64, fallback: u16) -> u16 {
    if factor <= 0 {
        return fallback;
    }
    let hundredths = (factor + 5) / 10;
    hundredths.clamp(i64::from(MIN_EASINESS), MAX_EASINESS) as u16
}

fn clamp_u32(v: i64) -> u32 {
    v.clamp(0, i64::from(u32::MAX)) as u32
}

impl Converter {
    /// The card's state, suspension and imported answers.
    pub fn card(
        &self,
        card: &CardRow,
        revlog: &[RevlogRow],
    ) -> (Option<Sm2>, Option<bool>, Vec<ReviewSpec>) {
        if !self.scheduling {
            return (None, None, Vec::new());
        }
        let reviews = self.reviews(revlog);
        let streak = reviews.last().map_or(0, |r| r.after.repetitions);
        let due_number = if card.odid != 0 { card.odue } else { card.due };
        let lapses = clamp_u32(card.lapses);
        let sched = match card.kind {
            // Review: keeps interval, easiness and due day.
            2 => Sm2 {
                repetitions: streak.max(1),
                easiness: easiness(card.factor, INITIAL_EASINESS),
                interval: clamp_u32(card.ivl).max(1),
                due: Some(self.crt_day.plus(due_number)),
                drill: false,
                lapses,
            },
            // (Re)learning: due today, as after a failure.
            1 | 3 => Sm2 {
                repetitions: 0,
                easiness: easiness(card.factor, INITIAL_EASINESS),
                interval: 0,
                due: Some(self.today),
                drill: false,
                lapses,
            },
            _ => Sm2::NEW,
        };
        (Some(sched), Some(card.queue == -1), reviews)
    }

    /// The answers of a card's review log (oldest first) as recall's review-log rows. Manual
    /// changes (set due date, forget, reschedule) are not answers and are left out.
    pub fn reviews(&self, revlog: &[RevlogRow]) -> Vec<ReviewSpec> {
        let mut state = Sm2::NEW;
        let mut out = Vec::with_capacity(revlog.len());
        for r in revlog {
            if !(1..=4).contains(&r.ease) || !(0..=3).contains(&r.kind) {
                continue;
            }
            let Some(day) = day_of_millis(r.id, &self.offset) else {
                continue;
            };
            let grade = Grade::new([1, 3, 4, 5][(r.ease - 1) as usize]).unwrap_or(Grade::ALL[1]);
            let success = r.ease >= 2;
            let interval = clamp_u32(r.ivl);
            let after = Sm2 {
                repetitions: if success {
                    state.repetitions.saturating_add(1)
                } else {
                    0
                },
                easiness: easiness(r.factor, state.easiness),
                interval,
                due: Some(if interval > 0 {
                    day.plus(i64::from(interval))
                } else {
                    day
                }),
                drill: false,
                lapses: state.lapses + u32::from(r.ease == 1 && r.kind == 1),
            };
            out.push(ReviewSpec {
                answered_at_ms: r.id,
                day,
                grade,
                duration_ms: r.time.max(0),
                before: state,
                after,
            });
            state = after;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv() -> Converter {
        Converter {
            crt_day: Day(19723), // 2024-01-01
            today: Day(19800),
            offset: FixedOffset::east_opt(0).unwrap(),
            scheduling: true,
        }
    }

    fn card(kind: i64, queue: i64, due: i64) -> CardRow {
        CardRow {
            id: 1,
            nid: 1,
            ord: 0,
            did: 1,
            kind,
            queue,
            due,
            ivl: 40,
            factor: 2355,
            lapses: 2,
            odue: 0,
            odid: 0,
        }
    }

    fn rev(id: i64, ease: i64, kind: i64) -> RevlogRow {
        RevlogRow {
            id,
            cid: 1,
            ease,
            ivl: 3,
            last_ivl: 1,
            factor: 2500,
            time: 7000,
            kind,
        }
    }

    #[test]
    fn review_cards_keep_interval_easiness_and_due() {
        let (s, susp, _) = conv().card(&card(2, 2, 62), &[]);
        let s = s.unwrap();
        assert_eq!(
            (s.interval, s.easiness, s.repetitions, s.lapses),
            (40, 236, 1, 2)
        );
        assert_eq!(s.due.unwrap().to_string(), "2024-03-03");
        assert_eq!(susp, Some(false));
        let (_, susp, _) = conv().card(&card(2, -1, 62), &[]);
        assert_eq!(susp, Some(true));
        let mut filtered = card(2, 2, -100000);
        filtered.odid = 5;
        filtered.odue = 60;
        assert_eq!(
            conv()
                .card(&filtered, &[])
                .0
                .unwrap()
                .due
                .unwrap()
                .to_string(),
            "2024-03-01"
        );
    }

    #[test]
    fn learning_is_due_today_new_stays_new() {
        let (s, _, _) = conv().card(&card(3, 1, 1709198486), &[]);
        let s = s.unwrap();
        assert_eq!(
            (s.repetitions, s.interval, s.due, s.easiness),
            (0, 0, Some(Day(19800)), 236)
        );
        assert_eq!(conv().card(&card(0, 0, 3), &[]).0, Some(Sm2::NEW));
        let mut low = card(2, 2, 1);
        low.factor = 1000;
        assert_eq!(conv().card(&low, &[]).0.unwrap().easiness, 130);
    }

    #[test]
    fn repetitions_count_successes_since_the_last_failure() {
        let log = [
            rev(1_704_100_000_000, 3, 0),
            rev(1_704_200_000_000, 3, 1),
            rev(1_704_300_000_000, 1, 1),
            rev(1_704_400_000_000, 3, 2),
            rev(1_704_500_000_000, 0, 4),
            rev(1_704_600_000_000, 4, 1),
        ];
        let reviews = conv().reviews(&log);
        assert_eq!(reviews.len(), 5, "the manual row is not an answer");
        let grades: Vec<u8> = reviews.iter().map(|r| r.grade.value()).collect();
        assert_eq!(grades, vec![4, 4, 1, 4, 5]);
        assert_eq!(reviews.last().unwrap().after.repetitions, 2);
        assert_eq!(reviews.last().unwrap().after.lapses, 1);
        let (s, _, r) = conv().card(&card(2, 2, 62), &log);
        assert_eq!((s.unwrap().repetitions, r.len()), (2, 5));
    }

    #[test]
    fn tag_text_is_the_tags_joined_by_single_spaces() {
        for column in [
            " geo europe ",
            "geo europe",
            "geo\teurope",
            "  geo   europe\n",
            " geo\u{3000}europe ",
        ] {
            let tags: Vec<String> = column.split_whitespace().map(str::to_string).collect();
            assert_eq!(tag_text(column, &tags), "geo europe", "{column:?}");
        }
        assert!(matches!(
            tag_text(" geo europe ", &["geo".into(), "europe".into()]),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(tag_text("", &[]), "");
        assert_eq!(tag_text("   ", &[]), "");
    }

    #[test]
    fn field_values_are_the_column_split_at_unit_separators() {
        for flds in ["", "a", "a\x1fb", "\x1f", "a\x1f\x1fb\x1f", "é\x1fü\x1f€"] {
            let expected: Vec<&str> = flds.split('\x1f').collect();
            assert_eq!(field_values(flds), expected, "{flds:?}");
        }
    }

    #[test]
    fn unsafe_names() {
        for bad in ["../x", "a/../../b", "/etc/passwd", "C:\\x", "..\\..\\y"] {
            assert!(unsafe_name(bad), "{bad}");
        }
        for ok in ["collection.anki21b", "0", "media", "a..b"] {
            assert!(!unsafe_name(ok), "{ok}");
        }
    }
}
