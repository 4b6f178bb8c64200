//! An Anki collection's cards, read from the SQLite file's pages while it is being unpacked,
//! and its notes, read from its pages without SQLite.
//!
//! Unpacking a package's collection (zstd) takes one core ~30 ms, and until the last byte is
//! out SQLite cannot open the file, so the other core has nothing to do. Then every card had
//! to be read through SQLite (~3,700 instructions a card, on both cores, ~25 ms for 100,000)
//! before the first note could be converted. Instead, the thread that writes the unpacked
//! bytes out also looks at each page as it passes: the leaf pages of a rowid table whose rows
//! look like Anki's `cards` rows (18 columns, the first the row id) are decoded into
//! [`CardRow`]s (~300 instructions a card), and the table's interior pages are kept (a few
//! bytes per child). Once the file is complete, [`PageScan::cards_in_tree`] walks the `cards`
//! table's tree from its root page (as SQLite gives it) and returns its rows in the order a
//! table scan would. Anything unexpected on the way (another layout, an overflowing row, a
//! value that is not an integer, a page that is not where the tree says) gives `None`, and the
//! cards are read through SQLite as before, with the same result and the same errors.
//!
//! The review log's leaf pages (rows with Anki's 9 `revlog` columns, all integers) are decoded
//! the same way, keeping only the answers the import takes, so that the converting thread
//! need not wait for SQLite to read the log (~38 M instructions for 100,000 rows) before its
//! first note: [`PageScan::revlog_in_tree`].
//!
//! The notes are read the same way, but later: the scan only keeps the numbers of the other
//! table leaf pages, and [`PageScan::notes_in_tree`] gives the `notes` table's leaves in
//! order. The converting thread reads each from the file when it needs it and decodes it
//! ([`NotePages::notes`]); from the first leaf whose notes cannot be read off it, SQLite
//! reads the rest (`import::apkg`).
//!
//! The page format: <https://www.sqlite.org/fileformat2.html> (b-tree pages, records).

use std::collections::{HashMap, HashSet};

use crate::store::anki::{CardRow, RevlogRow};

/// Give up (and read through SQLite) past this many kept child pointers or card rows: memory
/// stays bounded whatever the file holds (4 MB of children, 200 MB of cards: a larger
/// collection is read through SQLite, which then holds its cards all the same).
const MAX_CHILDREN: usize = 1 << 20;
const MAX_CARDS: usize = 1 << 21;
/// The pages of notes kept in mind are bounded too (past them the notes are left to SQLite).
const MAX_NOTE_LEAVES: usize = 1 << 20;
/// And the review-log rows kept (those the import takes: 64 bytes each).
const MAX_REVLOG: usize = 1 << 21;

/// One `notes` row as its leaf page showed it: the columns the import reads, the texts as
/// ranges of the leaf's [`NoteLeaf::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoteRec {
    pub id: i64,
    pub mid: i64,
    guid: (u32, u32),
    tags: (u32, u32),
    flds: (u32, u32),
}

/// The notes of one leaf page of a table with Anki's note rows: their texts (guid, tags and
/// fields, checked UTF-8) in one string of its exact size.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct NoteLeaf {
    pub notes: Vec<NoteRec>,
    text: String,
}

impl NoteLeaf {
    fn at(&self, (start, end): (u32, u32)) -> &str {
        self.text.get(start as usize..end as usize).unwrap_or("")
    }

    pub fn guid(&self, note: &NoteRec) -> &str {
        self.at(note.guid)
    }

    pub fn tags(&self, note: &NoteRec) -> &str {
        self.at(note.tags)
    }

    pub fn flds(&self, note: &NoteRec) -> &str {
        self.at(note.flds)
    }
}

/// What has been seen of the file's pages so far.
#[derive(Default)]
pub struct PageScan {
    /// Page size and usable bytes per page, from the header (page 1).
    page_size: usize,
    usable: usize,
    /// Bytes of a page not complete at the end of the last chunk.
    partial: Vec<u8>,
    /// Number of the next page (from 1).
    next_page: u32,
    /// Interior pages of rowid tables: their children, in order.
    interior: HashMap<u32, Vec<u32>>,
    children: usize,
    /// Leaf pages of rowid tables with card-like rows (or none), and their rows. (One vector
    /// per page, each of its exact size: a vector grown to hold them all would take up to
    /// twice the memory, and three times while it is moved to a larger place.)
    leaves: HashMap<u32, Vec<CardRow>>,
    cards: usize,
    /// Leaf pages of rowid tables with rows like Anki's `revlog` rows, and the rows the
    /// import takes from them (see [`revlog_record`]; the others are left out at once).
    revlog: HashMap<u32, Vec<RevlogRow>>,
    revlog_rows: usize,
    /// Past the review log's limit: SQLite reads it.
    revlog_failed: bool,
    /// The other leaf pages of rowid tables (only in a file whose text is UTF-8): the notes'
    /// may be among them. Only their numbers are kept: the notes are read from the file while
    /// they are converted ([`NotePages::notes`]), so that they take no memory meanwhile, and
    /// the unpacking no time.
    note_leaves: HashSet<u32>,
    utf8: bool,
    /// Past the notes' limits: the notes are left to SQLite.
    notes_failed: bool,
    /// Not a SQLite file, or beyond the limits: nothing to offer.
    failed: bool,
}

impl PageScan {
    /// Look at the next bytes of the file.
    pub fn feed(&mut self, mut bytes: &[u8]) {
        if self.failed {
            return;
        }
        if self.page_size == 0 {
            // The header is in the first bytes: chunks are far larger than 100 bytes.
            if !self.header(bytes) {
                self.failed = true;
                return;
            }
        }
        if !self.partial.is_empty() {
            let missing = self.page_size - self.partial.len();
            let take = missing.min(bytes.len());
            self.partial.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
            if self.partial.len() < self.page_size {
                return;
            }
            let page = std::mem::take(&mut self.partial);
            self.page(&page);
        }
        let mut pages = bytes.chunks_exact(self.page_size);
        for page in &mut pages {
            self.page(page);
            if self.failed {
                return;
            }
        }
        self.partial.extend_from_slice(pages.remainder());
    }

    fn header(&mut self, bytes: &[u8]) -> bool {
        if bytes.len() < 100 || !bytes.starts_with(b"SQLite format 3\0") {
            return false;
        }
        let size = match u16::from_be_bytes([bytes[16], bytes[17]]) {
            1 => 65536,
            n => usize::from(n),
        };
        let reserved = usize::from(bytes[20]);
        if !(512..=65536).contains(&size) || !size.is_power_of_two() || size - reserved < 480 {
            return false;
        }
        self.page_size = size;
        self.usable = size - reserved;
        // The database's text encoding: 1 is UTF-8 (2 and 3 are UTF-16).
        self.utf8 = u32::from_be_bytes([bytes[56], bytes[57], bytes[58], bytes[59]]) == 1;
        self.next_page = 1;
        self.partial.reserve(size);
        true
    }

    /// One whole page.
    fn page(&mut self, page: &[u8]) {
        let number = self.next_page;
        self.next_page = self.next_page.wrapping_add(1);
        let page = &page[..self.usable];
        let start = if number == 1 { 100 } else { 0 };
        match page.get(start) {
            Some(0x05) => {
                if let Some(children) = interior_children(page, start) {
                    self.children += children.len();
                    self.interior.insert(number, children);
                }
            }
            Some(0x0d) => {
                if let Some(cards) = card_leaf(page, start, self.usable) {
                    self.cards += cards.len();
                    self.leaves.insert(number, cards);
                } else if !self.revlog_failed
                    && let Some(rows) = revlog_leaf(page, start, self.usable)
                {
                    self.revlog_rows += rows.len();
                    self.revlog.insert(number, rows);
                    if self.revlog_rows > MAX_REVLOG {
                        self.revlog_failed = true;
                        self.revlog = HashMap::new();
                    }
                } else if self.utf8 && !self.notes_failed {
                    self.note_leaves.insert(number);
                    if self.note_leaves.len() > MAX_NOTE_LEAVES {
                        self.notes_failed = true;
                        self.note_leaves = HashSet::new();
                    }
                }
            }
            _ => {}
        }
        if self.children > MAX_CHILDREN || self.cards > MAX_CARDS {
            self.failed = true;
            self.interior = HashMap::new();
            self.leaves = HashMap::new();
            self.note_leaves = HashSet::new();
            self.revlog = HashMap::new();
        }
    }

    /// The leaf pages of the rowid table whose root page is `root`, in its order, if every
    /// page of its tree was seen and its leaves are those `is_leaf` accepts.
    fn tree_leaves(&self, root: u32, is_leaf: impl Fn(u32) -> bool) -> Option<Vec<u32>> {
        if self.failed || !self.partial.is_empty() || self.page_size == 0 {
            return None;
        }
        // Depth first, children in order; a tree deeper than this is no SQLite tree, and a
        // page met twice makes no tree at all.
        let pages =
            self.leaves.len() + self.note_leaves.len() + self.revlog.len() + self.interior.len();
        let mut stack: Vec<(u32, usize)> = vec![(root, 0)];
        let mut leaves = Vec::new();
        let mut visited = 0usize;
        while let Some((page, depth)) = stack.pop() {
            visited += 1;
            if depth > 20 || visited > pages {
                return None;
            }
            if is_leaf(page) {
                leaves.push(page);
            } else {
                let children = self.interior.get(&page)?;
                stack.extend(children.iter().rev().map(|&c| (c, depth + 1)));
            }
        }
        Some(leaves)
    }

    /// The leaf pages of the notes' rowid table whose root page is `root`, in its order (the
    /// order of the notes' ids), if every page of its tree was seen. (Whether their rows can
    /// be read off them is known only once each is read: [`NotePages::notes`].)
    pub fn notes_in_tree(&self, root: u32) -> Option<NotePages> {
        if self.notes_failed || !self.utf8 {
            return None;
        }
        let leaves = self.tree_leaves(root, |p| self.note_leaves.contains(&p))?;
        Some(NotePages {
            leaves,
            page_size: self.page_size,
            usable: self.usable,
        })
    }

    /// The review-log rows the import takes (answers: `ease` 1 to 4, `type` 0 to 3) of the
    /// rowid table whose root page is `root`, sorted by card and time (as
    /// `AnkiDb::revlog` gives them), if every page of its tree was seen and every row of it
    /// could be read off its page (else SQLite reads them: `None`).
    pub fn revlog_in_tree(&self, root: u32) -> Option<Vec<RevlogRow>> {
        if self.revlog_failed {
            return None;
        }
        // An empty leaf page passes for a page of cards (it has no row that says otherwise).
        let empty = |p: u32| self.leaves.get(&p).is_some_and(Vec::is_empty);
        let pages = self.tree_leaves(root, |p| self.revlog.contains_key(&p) || empty(p))?;
        let mut rows: Vec<RevlogRow> = pages
            .iter()
            .filter_map(|p| self.revlog.get(p))
            .flatten()
            .copied()
            .collect();
        rows.sort_unstable_by_key(|r| (r.cid, r.id));
        Some(rows)
    }

    /// The rows of the rowid table whose root page is `root`, in its order, if every page of
    /// its tree was seen and decoded.
    pub fn cards_in_tree(&self, root: u32) -> Option<Vec<CardRow>> {
        let pages = self.tree_leaves(root, |p| self.leaves.contains_key(&p))?;
        let leaves: Vec<&Vec<CardRow>> = pages.iter().filter_map(|p| self.leaves.get(p)).collect();
        let mut cards = Vec::with_capacity(leaves.iter().map(|l| l.len()).sum());
        for leaf in leaves {
            cards.extend_from_slice(leaf);
        }
        Some(cards)
    }
}

/// The child pages of a table interior page: each cell's left child, then the right-most.
fn interior_children(page: &[u8], start: usize) -> Option<Vec<u32>> {
    let cells = usize::from(u16_at(page, start + 3)?);
    let right = u32_at(page, start + 8)?;
    let mut children = Vec::with_capacity(cells + 1);
    for i in 0..cells {
        let at = usize::from(u16_at(page, start + 12 + 2 * i)?);
        children.push(u32_at(page, at)?);
    }
    children.push(right);
    Some(children)
}

/// Each row of a table leaf page: its payload and row id, in cell order. `None` when a payload
/// spills to overflow pages (or the page is malformed), or when `each` says so.
fn leaf_rows<'p>(
    page: &'p [u8],
    start: usize,
    usable: usize,
    mut each: impl FnMut(&'p [u8], i64) -> Option<()>,
) -> Option<()> {
    let cells = usize::from(u16_at(page, start + 3)?);
    // The largest payload kept whole on a leaf page; larger ones spill to overflow pages.
    let max_local = usable - 35;
    for i in 0..cells {
        let mut r = Reader {
            bytes: page,
            at: usize::from(u16_at(page, start + 8 + 2 * i)?),
        };
        let len = usize::try_from(r.varint()?).ok()?;
        // Row ids are signed: the varint holds their two's complement.
        let rowid = r.varint()? as i64;
        if len > max_local {
            return None;
        }
        each(page.get(r.at..r.at.checked_add(len)?)?, rowid)?;
    }
    Some(())
}

/// The size in bytes of a record value of SQLite serial type `serial` (the file format's
/// table); `None` for the two reserved types.
fn serial_size(serial: u64) -> Option<usize> {
    match serial {
        0 | 8 | 9 => Some(0),
        1..=4 => Some(serial as usize),
        5 => Some(6),
        6 | 7 => Some(8),
        10 | 11 => None,
        n => usize::try_from((n - 12) / 2).ok(),
    }
}

/// A table leaf page's rows, if every one is a card row.
fn card_leaf(page: &[u8], start: usize, usable: usize) -> Option<Vec<CardRow>> {
    let mut out = Vec::with_capacity(usize::from(u16_at(page, start + 3)?));
    leaf_rows(page, start, usable, |payload, rowid| {
        out.push(card_record(payload, rowid)?);
        Some(())
    })?;
    Some(out)
}

/// A record with Anki's 18 card columns (`store::anki::CARD_COLUMNS`) (the first the row id, stored as NULL), every column
/// the import reads an integer.
fn card_record(payload: &[u8], rowid: i64) -> Option<CardRow> {
    let mut header = Reader {
        bytes: payload,
        at: 0,
    };
    let header_len = usize::try_from(header.varint()?).ok()?;
    let mut body = header_len;
    let mut values = [0i64; 18];
    let mut column = 0;
    while header.at < header_len {
        let serial = header.varint()?;
        if column >= 18 {
            return None;
        }
        let size = serial_size(serial)?;
        let value = match serial {
            1..=6 => Some(int_be(payload.get(body..body + size)?)),
            8 => Some(0),
            9 => Some(1),
            _ => None,
        };
        match (column, value) {
            // The row id's column: NULL in the record when it is the row id itself.
            (0, None) if serial == 0 => {}
            (0, _) => return None,
            // Read by the import: must be integers (as SQLite's reading would demand).
            (1..=3 | 6..=10 | 12 | 14 | 15, Some(v)) => values[column] = v,
            (1..=3 | 6..=10 | 12 | 14 | 15, None) => return None,
            _ => {}
        }
        body = body.checked_add(size)?;
        column += 1;
    }
    if column != 18 || body > payload.len() {
        return None;
    }
    Some(CardRow {
        id: rowid,
        nid: values[1],
        did: values[2],
        ord: values[3],
        kind: values[6],
        queue: values[7],
        due: values[8],
        ivl: values[9],
        factor: values[10],
        lapses: values[12],
        odue: values[14],
        odid: values[15],
    })
}

/// A table leaf page's review-log rows that the import takes, if every row of the page is a
/// review-log row (see [`revlog_record`]).
fn revlog_leaf(page: &[u8], start: usize, usable: usize) -> Option<Vec<RevlogRow>> {
    if u16_at(page, start + 3)? == 0 {
        return None;
    }
    let mut out = Vec::new();
    leaf_rows(page, start, usable, |payload, rowid| {
        if let Some(row) = revlog_record(payload, rowid)? {
            out.push(row);
        }
        Some(())
    })?;
    out.shrink_to_fit();
    Some(out)
}

/// A record with Anki's 9 review-log columns (`store::anki::REVLOG_COLUMNS`: id, cid, usn,
/// ease, ivl, lastIvl, factor, time, type; the first the row id, stored as NULL), every
/// column the import reads an integer (else SQLite reads the review log: its reading gives
/// the same rows, or the same error). `Some(None)`: a row the import leaves out, as
/// `AnkiDb::revlog`'s query does (`ease` not 1 to 4, or `type` not 0 to 3).
fn revlog_record(payload: &[u8], rowid: i64) -> Option<Option<RevlogRow>> {
    let mut header = Reader {
        bytes: payload,
        at: 0,
    };
    let header_len = usize::try_from(header.varint()?).ok()?;
    // Where each column's value starts, and its serial type.
    let mut columns = [(0usize, 0u64); 9];
    let mut body = header_len;
    let mut column = 0;
    while header.at < header_len {
        let serial = header.varint()?;
        let size = serial_size(serial)?;
        *columns.get_mut(column)? = (body, serial);
        body = body.checked_add(size)?;
        column += 1;
    }
    if column != 9 || body > payload.len() || columns[0].1 != 0 {
        return None;
    }
    let value = |c: usize| int_value(payload, columns[c].0, columns[c].1);
    // The rows the import leaves out are left out before their other values are read, as
    // SQLite's WHERE does; their `ease` and `type` must still be integers.
    let (ease, kind) = (value(3)?, value(8)?);
    if !(1..=4).contains(&ease) || !(0..=3).contains(&kind) {
        return Some(None);
    }
    Some(Some(RevlogRow {
        id: rowid,
        cid: value(1)?,
        ease,
        ivl: value(4)?,
        last_ivl: value(5)?,
        factor: value(6)?,
        time: value(7)?,
        kind,
    }))
}

/// The integer of serial type `serial` at `at` in a record's payload; `None` for any other
/// value (NULL, a real, a text, a blob).
fn int_value(payload: &[u8], at: usize, serial: u64) -> Option<i64> {
    let bytes = |n: usize| payload.get(at..at.checked_add(n)?);
    Some(match serial {
        1 => i64::from(i8::from_be_bytes(bytes(1)?.try_into().ok()?)),
        2 => i64::from(i16::from_be_bytes(bytes(2)?.try_into().ok()?)),
        3 | 5 => int_be(bytes(if serial == 3 { 3 } else { 6 })?),
        4 => i64::from(i32::from_be_bytes(bytes(4)?.try_into().ok()?)),
        6 => i64::from_be_bytes(bytes(8)?.try_into().ok()?),
        8 => 0,
        9 => 1,
        _ => return None,
    })
}

/// Where the notes' leaf pages are in the file, in the table's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotePages {
    pub leaves: Vec<u32>,
    pub page_size: usize,
    usable: usize,
}

impl NotePages {
    /// Where page `number` starts in the file.
    pub fn offset(&self, number: u32) -> u64 {
        u64::from(number.saturating_sub(1)) * self.page_size as u64
    }

    /// The notes of leaf page `number`, its bytes `page` (read from the file at
    /// [`Self::offset`]); `None` if they cannot be read off the page (see [`note_record`]: a
    /// note spilling onto overflow pages, a value SQLite's reading would refuse, another
    /// layout): those notes and the rest are then read through SQLite.
    pub fn notes(&self, number: u32, page: &[u8]) -> Option<NoteLeaf> {
        let start = if number == 1 { 100 } else { 0 };
        if page.get(start) != Some(&0x0d) {
            return None;
        }
        note_leaf(page.get(..self.usable)?, start, self.usable)
    }
}

/// A table leaf page's rows, if every one is a note row (see [`note_record`]).
fn note_leaf(page: &[u8], start: usize, usable: usize) -> Option<NoteLeaf> {
    let mut rows: Vec<(i64, i64, [&str; 3])> = Vec::with_capacity(64);
    let mut len = 0usize;
    note_cells(page, start, usable, |id, mid, texts| {
        len += texts.iter().map(|t| t.len()).sum::<usize>();
        rows.push((id, mid, texts));
    })?;
    let mut text = String::with_capacity(len);
    let mut put = |t: &str| -> Option<(u32, u32)> {
        let start = u32::try_from(text.len()).ok()?;
        text.push_str(t);
        Some((start, u32::try_from(text.len()).ok()?))
    };
    let mut notes = Vec::with_capacity(rows.len());
    for (id, mid, [guid, tags, flds]) in rows {
        notes.push(NoteRec {
            id,
            mid,
            guid: put(guid)?,
            tags: put(tags)?,
            flds: put(flds)?,
        });
    }
    Some(NoteLeaf { notes, text })
}

/// Each row of a table leaf page, if every one is a note row (see [`note_record`]): its id,
/// `mid`, and its guid, tags and fields.
fn note_cells<'p>(
    page: &'p [u8],
    start: usize,
    usable: usize,
    mut each: impl FnMut(i64, i64, [&'p str; 3]),
) -> Option<()> {
    // a note that spills onto overflow pages ends the walk: the notes are read through SQLite
    leaf_rows(page, start, usable, |payload, rowid| {
        let (mid, texts) = note_record(payload)?;
        each(rowid, mid, texts);
        Some(())
    })
}

/// A record with Anki's 11 note columns (`store::anki::NOTE_COLUMNS`: id, guid, mid, mod,
/// usn, tags, flds, sfld, csum, flags, data; the first the row id, stored as NULL): its `mid`
/// and its guid, tags and fields. They must be what SQLite's reading accepts: `mid` an
/// integer, the three others UTF-8 text.
fn note_record(payload: &[u8]) -> Option<(i64, [&str; 3])> {
    let mut header = Reader {
        bytes: payload,
        at: 0,
    };
    let header_len = usize::try_from(header.varint()?).ok()?;
    let mut body = header_len;
    let mut mid = 0i64;
    let mut texts = [""; 3];
    let mut column = 0;
    while header.at < header_len {
        let serial = header.varint()?;
        if column >= 11 {
            return None;
        }
        let size = serial_size(serial)?;
        let value = payload.get(body..body.checked_add(size)?)?;
        match column {
            0 if serial != 0 => return None,
            2 => {
                mid = match serial {
                    1..=6 => int_be(value),
                    8 => 0,
                    9 => 1,
                    _ => return None,
                }
            }
            1 | 5 | 6 => {
                if serial < 13 || serial % 2 == 0 {
                    return None;
                }
                let text = std::str::from_utf8(value).ok()?;
                texts[match column {
                    1 => 0,
                    5 => 1,
                    _ => 2,
                }] = text;
            }
            _ => {}
        }
        body += size;
        column += 1;
    }
    if column != 11 || body > payload.len() {
        return None;
    }
    Some((mid, texts))
}

/// A big-endian two's-complement integer of 1 to 8 bytes.
fn int_be(bytes: &[u8]) -> i64 {
    let fill = if bytes.first().is_some_and(|b| b & 0x80 != 0) {
        0xff
    } else {
        0
    };
    let mut all = [fill; 8];
    let len = bytes.len().min(8);
    all[8 - len..].copy_from_slice(&bytes[..len]);
    i64::from_be_bytes(all)
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    /// SQLite's varint: 1 to 9 bytes, 7 bits each, the ninth all 8.
    #[inline]
    fn varint(&mut self) -> Option<u64> {
        // Most are one byte (every serial type of a small integer or a short text).
        let b = *self.bytes.get(self.at)?;
        if b < 0x80 {
            self.at += 1;
            return Some(u64::from(b));
        }
        self.long_varint()
    }

    fn long_varint(&mut self) -> Option<u64> {
        let mut v: u64 = 0;
        for i in 0..9 {
            let b = *self.bytes.get(self.at)?;
            self.at += 1;
            if i == 8 {
                return Some((v << 8) | u64::from(b));
            }
            v = (v << 7) | u64::from(b & 0x7f);
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        Some(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_and_integers() {
        let mut r = Reader {
            bytes: &[
                0x05, 0x81, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
            ],
            at: 0,
        };
        assert_eq!(r.varint(), Some(5));
        assert_eq!(r.varint(), Some(128));
        assert_eq!(r.varint(), Some(u64::MAX));
        assert_eq!(r.varint(), None);
        assert_eq!(int_be(&[0xff]), -1);
        assert_eq!(int_be(&[0x01, 0x00]), 256);
        assert_eq!(int_be(&[0x80, 0, 0, 0, 0, 0, 0, 0]), i64::MIN);
        assert_eq!(int_be(&[0xff, 0xfe, 0x00]), -512);
        assert_eq!(int_be(&[0x7f, 0xff, 0xff]), 0x7f_ffff);
        assert_eq!(int_be(&[0x80, 0, 0, 0]), i64::from(i32::MIN));
        assert_eq!(int_be(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]), -2);
        assert_eq!(int_be(&[0x01, 0, 0, 0, 0, 0]), 1 << 40);
    }

    #[test]
    fn not_a_sqlite_file_offers_nothing() {
        let mut scan = PageScan::default();
        scan.feed(&[0u8; 4096]);
        assert!(scan.cards_in_tree(2).is_none());
        let mut scan = PageScan::default();
        scan.feed(b"SQLite format 3\0");
        assert!(scan.cards_in_tree(2).is_none());
    }
}
