-- recall collection, schema version 2: review-log rows imported from other programs (Anki).
-- An imported answer is identified by its card and its original time: importing the same
-- package again adds no duplicate rows.
CREATE UNIQUE INDEX reviews_imported ON reviews (card_id, answered_at) WHERE imported = 1;
