use std::io::Write;

use anyhow::{Context as _, Result};

use super::Context;
use crate::batch::Batch;
use crate::cli::{ImportArgs, ImportFormat};
use crate::decks;
use crate::import::{self, Format, ImportError, Source, Summary};
use crate::store::{ImportReport, InsertOptions, PreparedNotes, Store};
use crate::ui::count;
use crate::ui::progress::Progress;
use crate::ui::table::truncate;

pub fn run(ctx: &Context, args: &ImportArgs) -> Result<()> {
    let started = std::time::Instant::now();
    let format = match args.format {
        ImportFormat::Auto => None,
        ImportFormat::Toml => Some(Format::Toml),
        ImportFormat::Csv => Some(Format::Csv),
        ImportFormat::Tsv => Some(Format::Tsv),
        ImportFormat::Apkg => Some(Format::Apkg),
        ImportFormat::Colpkg => Some(Format::Colpkg),
    };
    let options = import::Options {
        format,
        deck: args.deck.clone(),
        scheduling: !args.no_scheduling,
        strict: args.strict,
        columns: args.columns.clone(),
        today: ctx.today,
        offset: *ctx.now.offset(),
    };
    // Open and check every file before the collection is touched: one bad file imports
    // nothing. Whatever a file turns out to hold later (a bad row with --strict, a damaged
    // note) rolls the whole import back, as it is one transaction.
    let open_sources = || -> Result<Vec<(String, Source)>> {
        let mut sources: Vec<(String, Source)> = Vec::new();
        if args.examples {
            sources.push((
                decks::BUILTIN_DECK_PATH.to_string(),
                Source::Toml(builtin_batch()?),
            ));
        }
        for path in &args.files {
            sources.push((super::shown(path), Source::open(path, &options)?));
        }
        Ok(sources)
    };
    // RECALL_IMPORT_TIMING=1: where the time goes, on stderr (for profiling).
    let timing = std::env::var_os("RECALL_IMPORT_TIMING").is_some_and(|v| !v.is_empty());
    let mut saving = std::time::Duration::ZERO;
    let mut waiting = std::time::Duration::ZERO;
    let mut starved = std::time::Duration::ZERO;
    let mut first_batch = std::time::Duration::ZERO;
    let mut begun = std::time::Duration::ZERO;
    let mut store_ready = std::time::Duration::ZERO;
    // A collection that exists already is opened (and backed up, once a day) while the files
    // are opened: unpacking a package is work for the processor, opening and backing up the
    // collection mostly waits for the disk (its syncs). Opening an existing collection
    // changes nothing in it; should a file be refused, its error is the one reported, as
    // before. A collection that does not exist yet is only made once every file has opened.
    let (sources, mut store) = if ctx.collection_exists() {
        std::thread::scope(|scope| -> Result<_> {
            let opening = std::thread::Builder::new()
                .name("import-open".into())
                .spawn_scoped(scope, open_sources)?;
            let mut store = ctx.open_store().and_then(|mut store| {
                if !args.dry_run {
                    ctx.before_write(&store)?;
                    if large_files(&args.files) {
                        store.expect_large_import();
                    }
                }
                Ok(store)
            });
            store_ready = started.elapsed();
            let sources = opening
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            if sources.is_err()
                && let Ok(store) = &mut store
            {
                store.back_to_wal();
            }
            Ok((sources?, store?))
        })?
    } else {
        let sources = open_sources()?;
        let store = ctx.open_store()?;
        if !args.dry_run {
            ctx.before_write(&store)?;
        }
        store_ready = started.elapsed();
        (sources, store)
    };
    let opened = started.elapsed();
    let total: usize = sources.iter().map(|(_, s)| s.note_count()).sum();
    let insert_options = InsertOptions {
        overwrite_scheduling: args.overwrite_scheduling,
        dry_run: args.dry_run,
    };
    let progress = Progress::new(total, "Importing");
    let mut results: Vec<(String, ImportReport, Summary)> = Vec::new();
    // Made once the first file's reading thread has started (see below).
    let mut importer = None;
    let mut unbegun = Some(&mut store);
    for (name, source) in sources {
        let mut report = ImportReport::default();
        // Reading and rendering run on a second thread while this one saves: the two halves
        // of an import overlap. At most two batches wait in between (bounded memory).
        let summary = std::thread::scope(|scope| -> Result<Summary> {
            let (send, receive) = std::sync::mpsc::sync_channel::<(Batch, PreparedNotes)>(2);
            // Saved batches go back to the reading thread, which fills their vectors again.
            // Their notes are freed by whichever thread has time: this one when no batch is
            // waiting for it (reading is the slower half), else the reading thread.
            let (give_back, returned) = std::sync::mpsc::channel::<Batch>();
            let options = &options;
            let reader = std::thread::Builder::new()
                .name("import-reader".into())
                .spawn_scoped(scope, move || {
                    let mut blocked = std::time::Duration::ZERO;
                    let result = source.stream(options, &mut |batch| {
                        // The notes' JSON is made here, while the other thread saves.
                        let prepared = PreparedNotes::of(&batch);
                        let t = std::time::Instant::now();
                        send.send((batch, prepared))
                            .map_err(|_| ImportError::Stopped)?;
                        blocked += t.elapsed();
                        // The notes of the batches saved meanwhile are freed here; one
                        // emptied vector is kept for the next batch.
                        let mut next = Vec::new();
                        for saved in returned.try_iter() {
                            next = saved.notes;
                            next.clear();
                        }
                        Ok(next)
                    });
                    (result, blocked)
                })?;
            // The transaction begins while the reading thread gets its first batch ready.
            if let Some(store) = unbegun.take() {
                let beginning = std::time::Instant::now();
                importer = Some(store.importer_for(ctx.now_ms(), insert_options, total)?);
                begun = beginning.elapsed();
            }
            let Some(importer) = importer.as_mut() else {
                anyhow::bail!("{name}: the import did not begin");
            };
            let t = std::time::Instant::now();
            let mut next = receive.recv().ok();
            first_batch += t.elapsed();
            while let Some((mut batch, prepared)) = next {
                let t = std::time::Instant::now();
                // A note that clashes with the collection is the file's fault: name it.
                report.absorb(
                    importer
                        .insert_prepared(&batch, &prepared)
                        .with_context(|| name.clone())?,
                );
                saving += t.elapsed();
                progress.advance(batch.notes.len());
                next = match receive.try_recv() {
                    Ok(waiting) => {
                        let _ = give_back.send(batch);
                        Some(waiting)
                    }
                    Err(_) => {
                        batch.notes.clear();
                        let _ = give_back.send(batch);
                        let t = std::time::Instant::now();
                        let next = receive.recv().ok();
                        starved += t.elapsed();
                        next
                    }
                };
            }
            match reader.join() {
                Ok((result, blocked)) => {
                    waiting += blocked;
                    Ok(result?)
                }
                Err(_) => anyhow::bail!("{name}: reading the file failed unexpectedly"),
            }
        })?;
        results.push((name, report, summary));
    }
    let mut importer = match (importer, unbegun) {
        (Some(importer), _) => importer,
        (None, Some(store)) => store.importer_for(ctx.now_ms(), insert_options, total)?,
        (None, None) => anyhow::bail!("the import did not begin"),
    };
    let journal = if importer.journaled() {
        "rollback journal"
    } else {
        "write-ahead log"
    };
    let finishing = std::time::Instant::now();
    importer.build_indexes()?;
    let indexes = finishing.elapsed();
    importer.finish()?;
    let committed = finishing.elapsed() - indexes;
    // Closing copies the write-ahead log into the collection file (the checkpoint) when the
    // import went through it: part of the import's cost, so it is done and timed here rather
    // than at the end of the command.
    let closing = std::time::Instant::now();
    drop(store);
    if timing {
        eprintln!(
            "timing: files opened {:?} before the import; collection opened and backed up after \
             {:?}; transaction begun {:?} through the {journal}; saving batches {:?} (the reader waited {:?} for it; this thread \
             waited {:?} for the first batch and {:?} for the others); indexes {:?}; commit {:?}; close {:?}; total {:?}",
            opened,
            store_ready,
            begun,
            saving,
            waiting,
            first_batch,
            starved,
            indexes,
            committed,
            closing.elapsed(),
            started.elapsed()
        );
    }
    progress.finish();

    let mut err = std::io::stderr().lock();
    for (_, _, summary) in &results {
        for line in &summary.skipped {
            writeln!(err, "{line}")?;
        }
    }
    let mut out = std::io::stdout().lock();
    for (name, report, summary) in &results {
        print_report(&mut out, name, report, summary)?;
    }
    if args.dry_run {
        writeln!(out, "Dry run: nothing was changed.")?;
    }
    Ok(())
}

/// Files whose import is likely to be done in bulk (`store::BULK_NOTES` notes or more): a
/// 20,000-note TSV file has about 1 MB, a package of as many notes about 2.
fn large_files(files: &[std::path::PathBuf]) -> bool {
    const LARGE: u64 = 1 << 20;
    let total: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    total >= LARGE
}

pub(super) fn print_report(
    out: &mut impl Write,
    name: &str,
    r: &ImportReport,
    summary: &Summary,
) -> Result<()> {
    writeln!(
        out,
        "{name}: {} added, {} updated, {} unchanged ({} added, {} updated)",
        r.notes_added,
        r.notes_updated,
        r.notes_unchanged,
        count(r.cards_added, "card"),
        r.cards_updated
    )?;
    if r.reviews_added > 0 {
        writeln!(
            out,
            "{name}: {} of the review log imported",
            count(r.reviews_added, "answer")
        )?;
    }
    if !summary.skipped.is_empty() {
        writeln!(
            out,
            "{name}: {} skipped (see the messages above)",
            summary.skipped.len()
        )?;
    }
    if !r.missing.is_empty() {
        writeln!(
            out,
            "{name}: {} card(s) of the collection are no longer in the file; they were kept \
             (`recall suspend ID` takes one out of study):",
            r.missing.len()
        )?;
        for m in &r.missing {
            writeln!(out, "  {}  {}", m.key, truncate(&m.front, 70))?;
        }
    }
    Ok(())
}

fn builtin_batch() -> Result<Batch> {
    Ok(decks::parse(decks::BUILTIN_DECK, decks::BUILTIN_DECK_PATH)?.to_batch())
}

/// Put the built-in deck into a new collection.
pub fn import_builtin(store: &mut Store, now_ms: i64) -> Result<ImportReport> {
    Ok(store.insert_batch(&builtin_batch()?, now_ms, InsertOptions::default())?)
}
