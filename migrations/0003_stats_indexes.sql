-- recall collection: covering indexes for the statistics (`recall stats`, the dashboard).
-- Numbered 0003 because 0002 is taken by the review-log import; `IF NOT EXISTS` keeps it safe
-- to apply on a collection that got these indexes under another number during development.
--
-- Statistics read every card's schedule and the last year's answers. Without these indexes
-- SQLite reads whole table rows (card text, both states of every answer); with them it reads
-- only the index, a few bytes per row: on 100,000 cards and 1,000,000 answers, `recall stats`
-- goes from ~100 ms of table reads to a fraction of that.

-- Every column the statistics read from a card, deck first (per-deck counts, `--deck`).
CREATE INDEX IF NOT EXISTS cards_stats
    ON cards (deck_id, suspended, due, drill, repetitions, interval, easiness, lapses);

-- Answers by day, then card and answer order (the first answer of a card on a day), with the
-- columns the statistics classify them by. Its prefix (day) serves every query the old
-- `reviews_day` index served, so that one goes.
CREATE INDEX IF NOT EXISTS reviews_stats
    ON reviews (day, card_id, id, grade, drill, reps_before, due_before, duration_ms);
DROP INDEX IF EXISTS reviews_day;
