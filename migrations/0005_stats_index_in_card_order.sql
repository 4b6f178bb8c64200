-- recall collection, schema version 5: the statistics' covering index of cards is ordered by
-- deck and card id instead of by deck and interval.
--
-- The statistics read every column of this index, deck by deck, in no particular order: the
-- order after the deck never served a query. Ordered by interval, every card added goes to a
-- random place in it, so a large import dropped it and sorted all its entries again at the
-- end (about 110 ms of a 100,000-card Anki package's import). Ordered by card id, the cards
-- an import adds come in index order: kept up to date as they are added, each goes at the end
-- of its deck's entries. It stays a covering index (same columns, same size), so reading the
-- statistics from a cold disk still touches a few bytes per card, not whole card rows.
--
-- The study queries still take `cards_due` and `cards_new`: with the card id right after the
-- deck, this index offers them nothing for due days or new-card order.

DROP INDEX IF EXISTS cards_stats;
CREATE INDEX cards_stats
    ON cards (deck_id, id, interval, easiness, lapses, repetitions, drill, due, suspended);
