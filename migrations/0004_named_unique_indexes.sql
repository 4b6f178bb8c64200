-- recall collection, schema version 4: the uniqueness of note guids and of a note's card
-- numbers becomes named indexes instead of inline UNIQUE constraints, and card ids lose their
-- own index.
--
-- Same tables, same columns, same rows, same rules. An inline UNIQUE is kept by an index that
-- SQLite never lets go of; a named UNIQUE index can be dropped and built again. A large import
-- (see src/store/insert.rs) drops the indexes that would otherwise be updated in random order
-- for every row, adds its rows, and builds them again in one sorted pass at the end, inside
-- its one transaction: if a guid came twice, building the index fails and the whole import is
-- rolled back.
--
-- A card's id (`key`) is its note's guid, with `/N` for the note's N-th card: it is found
-- through the index of note guids (src/store/cards.rs, `resolve_card`), and the insert path
-- refuses a card whose id another note's card has. The column stays, so that every query
-- reading it is unchanged, but it no longer costs a second index of random strings.
--
-- SQLite cannot drop a column constraint, so `notes` and `cards` are rebuilt (the documented
-- way: new table, copy, drop, rename), keeping every row id. Runs with foreign keys off
-- (src/store/schema.rs) and is checked with `PRAGMA foreign_key_check` before it commits.

CREATE TABLE notes_v4 (
    id          INTEGER PRIMARY KEY,
    guid        TEXT    NOT NULL,                  -- stable id: explicit, Anki's, or a content hash
    notetype    TEXT    NOT NULL,                  -- 'basic', 'cloze', or an imported type's name
    fields      TEXT    NOT NULL,                  -- JSON array of [name, value] pairs
    tags        TEXT    NOT NULL DEFAULT '[]',     -- JSON array of strings
    source      TEXT,                              -- the document the note came from
    context     TEXT,                              -- the sentence(s) it was made from
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL
) STRICT;

INSERT INTO notes_v4 (id, guid, notetype, fields, tags, source, context, created_at, modified_at)
    SELECT id, guid, notetype, fields, tags, source, context, created_at, modified_at
    FROM notes ORDER BY id;
DROP TABLE notes;
ALTER TABLE notes_v4 RENAME TO notes;
CREATE UNIQUE INDEX notes_guid ON notes (guid);

CREATE TABLE cards_v4 (
    id          INTEGER PRIMARY KEY,
    key         TEXT    NOT NULL,                  -- user-facing id: note guid, '/N' for N > 1
    note_id     INTEGER NOT NULL REFERENCES notes (id),
    deck_id     INTEGER NOT NULL REFERENCES decks (id),
    ord         INTEGER NOT NULL CHECK (ord >= 0), -- template or cloze number, from 0
    position    INTEGER NOT NULL,                  -- order in which new cards are introduced
    front       TEXT    NOT NULL,
    back        TEXT    NOT NULL,
    answer      TEXT    NOT NULL,                  -- what a typed answer is compared with
    repetitions INTEGER NOT NULL DEFAULT 0   CHECK (repetitions >= 0),
    easiness    INTEGER NOT NULL DEFAULT 250 CHECK (easiness >= 130),  -- hundredths
    interval    INTEGER NOT NULL DEFAULT 0   CHECK (interval >= 0),    -- days
    due         INTEGER,                           -- study day number; NULL while new
    drill       INTEGER NOT NULL DEFAULT 0   CHECK (drill IN (0, 1)),
    lapses      INTEGER NOT NULL DEFAULT 0   CHECK (lapses >= 0),
    suspended   INTEGER NOT NULL DEFAULT 0   CHECK (suspended IN (0, 1))
) STRICT;

INSERT INTO cards_v4 (id, key, note_id, deck_id, ord, position, front, back, answer,
                      repetitions, easiness, interval, due, drill, lapses, suspended)
    SELECT id, key, note_id, deck_id, ord, position, front, back, answer,
           repetitions, easiness, interval, due, drill, lapses, suspended
    FROM cards ORDER BY id;
DROP TABLE cards;
ALTER TABLE cards_v4 RENAME TO cards;
CREATE UNIQUE INDEX cards_note ON cards (note_id, ord);

-- The indexes of the old `cards` table went with it; the same again (0001, 0003).
CREATE INDEX cards_due ON cards (deck_id, due) WHERE due IS NOT NULL AND suspended = 0;
CREATE INDEX cards_new ON cards (deck_id, position) WHERE due IS NULL AND suspended = 0;
CREATE INDEX cards_stats
    ON cards (deck_id, interval, easiness, lapses, repetitions, drill, due, suspended);
