-- recall collection: covering indexes for the statistics (`recall stats`, the dashboard).
-- Numbered 0003 because 0002 is taken by the review-log import; `IF NOT EXISTS` keeps it safe
-- to apply on a collection that got these indexes under another number during development.
--
-- Statistics read every card's schedule and the last year's answers. With these indexes
-- SQLite reads only the index entries, a few bytes per row, instead of whole table rows (card
-- text, both states of every answer) scattered over the file.

-- Every column the statistics and the deck counts read from a card, deck first (`--deck`).
-- Interval comes second on purpose: the study queries constrain deck, suspended and due, and
-- with those columns right after the deck SQLite would take this index for them instead of
-- `cards_new` / `cards_due`, and sort every new card of a deck to show the first twenty.
CREATE INDEX IF NOT EXISTS cards_stats
    ON cards (deck_id, interval, easiness, lapses, repetitions, drill, due, suspended);

-- Answers by day, then card and answer order (the first answer of a card on a day), with the
-- columns retention and today's figures classify them by. Its prefix (day) serves every query
-- the old `reviews_day` index served, so that one goes.
CREATE INDEX IF NOT EXISTS reviews_stats
    ON reviews (day, card_id, id, grade, drill, reps_before, due_before, duration_ms);
DROP INDEX IF EXISTS reviews_day;
