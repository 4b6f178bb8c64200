-- recall collection, schema version 1.
-- Append-only: once shipped, this file never changes; later changes are new numbered files.

-- Marks the file as a recall collection ("RCLL"), in the same transaction as the tables, so
-- no other process ever sees recall's tables without it.
PRAGMA application_id = 1380142156; -- 0x5243_4C4C

CREATE TABLE decks (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,       -- hierarchy with '::', like Anki
    description     TEXT    NOT NULL DEFAULT '',
    language        TEXT,
    new_per_day     INTEGER NOT NULL DEFAULT 20  CHECK (new_per_day >= 0),
    reviews_per_day INTEGER NOT NULL DEFAULT 200 CHECK (reviews_per_day >= 0),
    created_at      INTEGER NOT NULL               -- Unix milliseconds
) STRICT;

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    guid        TEXT    NOT NULL UNIQUE,           -- stable id: explicit, Anki's, or a content hash
    notetype    TEXT    NOT NULL,                  -- 'basic', 'cloze', or an imported type's name
    fields      TEXT    NOT NULL,                  -- JSON array of [name, value] pairs
    tags        TEXT    NOT NULL DEFAULT '[]',     -- JSON array of strings
    source      TEXT,                              -- the document the note came from
    context     TEXT,                              -- the sentence(s) it was made from
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL
) STRICT;

CREATE TABLE cards (
    id          INTEGER PRIMARY KEY,
    key         TEXT    NOT NULL UNIQUE,           -- user-facing id: note guid, '/N' for N > 1
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
    suspended   INTEGER NOT NULL DEFAULT 0   CHECK (suspended IN (0, 1)),
    UNIQUE (note_id, ord)
) STRICT;

CREATE INDEX cards_due ON cards (deck_id, due) WHERE due IS NOT NULL AND suspended = 0;
CREATE INDEX cards_new ON cards (deck_id, position) WHERE due IS NULL AND suspended = 0;

-- One row per answer, with the card's state before and after, so that undo, `check` and the
-- statistics never have to guess.
CREATE TABLE reviews (
    id            INTEGER PRIMARY KEY,
    card_id       INTEGER NOT NULL REFERENCES cards (id),
    answered_at   INTEGER NOT NULL,                -- Unix milliseconds
    day           INTEGER NOT NULL,                -- study day of the answer (04:00 rollover)
    grade         INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 5),
    drill         INTEGER NOT NULL CHECK (drill IN (0, 1)),
    imported      INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1)),
    duration_ms   INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    reps_before   INTEGER NOT NULL,
    ef_before     INTEGER NOT NULL,
    ivl_before    INTEGER NOT NULL,
    due_before    INTEGER,
    drill_before  INTEGER NOT NULL,
    lapses_before INTEGER NOT NULL,
    reps_after    INTEGER NOT NULL,
    ef_after      INTEGER NOT NULL,
    ivl_after     INTEGER NOT NULL,
    due_after     INTEGER,
    drill_after   INTEGER NOT NULL,
    lapses_after  INTEGER NOT NULL
) STRICT;

CREATE INDEX reviews_card ON reviews (card_id, id);
CREATE INDEX reviews_day ON reviews (day);
