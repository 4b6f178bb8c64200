use std::io::Write;

use anyhow::Result;

use super::Context;
use crate::batch::Batch;
use crate::cli::{ImportArgs, ImportFormat};
use crate::decks;
use crate::import::{self, Format};
use crate::store::{ImportReport, InsertOptions, Store};
use crate::ui::table::truncate;

pub fn run(ctx: &Context, args: &ImportArgs) -> Result<()> {
    let format = match args.format {
        ImportFormat::Auto => None,
        ImportFormat::Toml => Some(Format::Toml),
    };
    // Read and check every file before the collection is touched: one bad file imports nothing.
    let mut sources: Vec<(String, Batch)> = Vec::new();
    if args.examples {
        sources.push((decks::BUILTIN_DECK_PATH.to_string(), builtin_batch()?));
    }
    for path in &args.files {
        sources.push((super::shown(path), import::load(path, format)?));
    }
    let mut store = ctx.open_store()?;
    let options = InsertOptions {
        overwrite_scheduling: args.overwrite_scheduling,
        dry_run: args.dry_run,
    };
    let batches: Vec<Batch> = sources.iter().map(|(_, b)| b.clone()).collect();
    let reports = store.insert_batches(&batches, ctx.now_ms(), options)?;

    let mut out = std::io::stdout().lock();
    for ((name, _), report) in sources.iter().zip(&reports) {
        print_report(&mut out, name, report)?;
    }
    if args.dry_run {
        writeln!(out, "Dry run: nothing was changed.")?;
    }
    Ok(())
}

pub(super) fn print_report(out: &mut impl Write, name: &str, r: &ImportReport) -> Result<()> {
    writeln!(
        out,
        "{name}: {} added, {} updated, {} unchanged ({} cards added, {} updated)",
        r.notes_added, r.notes_updated, r.notes_unchanged, r.cards_added, r.cards_updated
    )?;
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
