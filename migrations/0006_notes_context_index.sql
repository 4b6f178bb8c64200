-- recall collection, schema version 6: an index of the notes' source sentences.
--
-- The study queries treat the cards of notes made from one sentence (the `context` of a
-- generated deck) as siblings, so that one new card of a sentence is shown a day: they look
-- the sentence's other notes up by their context. Notes without a context (hand-written and
-- Anki decks, most of a large collection) stay out of the index.

CREATE INDEX notes_context ON notes (context) WHERE context IS NOT NULL AND context <> '';
