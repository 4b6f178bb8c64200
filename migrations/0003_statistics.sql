-- recall collection: what `recall stats` and the dashboard read, kept cheap to read.
-- Numbered 0003 because 0002 is taken by the review-log import. `IF NOT EXISTS` everywhere,
-- so that it is safe on a collection that got these objects under another number during
-- development.

-- Answers per study day, kept by triggers on `reviews`: totals, streaks and the history
-- chart read one small row per day instead of a million review rows. Every insert or delete
-- of a review-log row (study, undo, import, repair) goes through the triggers; `recall check`
-- compares the table with the log.
CREATE TABLE IF NOT EXISTS review_days (
    day     INTEGER PRIMARY KEY,                  -- study day (04:00 rollover)
    answers INTEGER NOT NULL CHECK (answers > 0)
) STRICT;

INSERT OR IGNORE INTO review_days (day, answers)
    SELECT day, count(*) FROM reviews GROUP BY day;

CREATE TRIGGER IF NOT EXISTS review_days_insert AFTER INSERT ON reviews BEGIN
    INSERT INTO review_days (day, answers) VALUES (NEW.day, 1)
        ON CONFLICT (day) DO UPDATE SET answers = answers + 1;
END;

CREATE TRIGGER IF NOT EXISTS review_days_delete AFTER DELETE ON reviews BEGIN
    DELETE FROM review_days WHERE day = OLD.day AND answers = 1;
    UPDATE review_days SET answers = answers - 1 WHERE day = OLD.day;
END;

CREATE TRIGGER IF NOT EXISTS review_days_update AFTER UPDATE OF day ON reviews
WHEN NEW.day IS NOT OLD.day BEGIN
    DELETE FROM review_days WHERE day = OLD.day AND answers = 1;
    UPDATE review_days SET answers = answers - 1 WHERE day = OLD.day;
    INSERT INTO review_days (day, answers) VALUES (NEW.day, 1)
        ON CONFLICT (day) DO UPDATE SET answers = answers + 1;
END;

-- Every column the statistics and the deck counts read from a card, deck first (`--deck`).
-- Interval comes second on purpose: the study queries constrain deck, suspended and due, and
-- with those columns right after the deck SQLite would take this index for them instead of
-- `cards_new` / `cards_due`, and sort every new card of a deck to show the first twenty.
CREATE INDEX IF NOT EXISTS cards_stats
    ON cards (deck_id, interval, easiness, lapses, repetitions, drill, due, suspended);

-- The last year's answers by day, then card and answer order (the first answer of a card on
-- a day), with the columns retention and today's figures classify them by. Its prefix (day)
-- serves every query the old `reviews_day` index served, so that one goes.
CREATE INDEX IF NOT EXISTS reviews_stats
    ON reviews (day, card_id, id, grade, drill, reps_before, due_before, duration_ms);
DROP INDEX IF EXISTS reviews_day;
