#!/usr/bin/env python3
"""Check that the official Anki importer accepts CSV/TSV files written by `recall export`.

  ../shared/tools/anki/run.sh "$PWD/bench/anki_accepts_export.py" FILE.tsv [FILE.csv ...]

Each file is imported into a fresh, empty Anki collection; prints Anki's import log counts,
the notes, cards and decks it made.
"""
import sys, tempfile, os
from anki.collection import Collection, ImportCsvRequest
for path in sys.argv[1:]:
    with tempfile.TemporaryDirectory() as td:
        col = Collection(os.path.join(td, "c.anki2"))
        meta = col.get_csv_metadata(path, None)
        res = col.import_csv(ImportCsvRequest(path=path, metadata=meta))
        log = res.log
        print(path, "new", len(log.new), "updated", len(log.updated), "dup", len(log.duplicate), "conflict", len(log.conflicting), "missing_nt", len(log.missing_notetype), "notes", col.note_count(), "cards", col.card_count(), "decks", sorted(d.name for d in col.decks.all_names_and_ids()))
        col.close()
