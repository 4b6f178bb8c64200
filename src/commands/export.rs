use std::io::Write;
use std::path::Path;

use anyhow::{Context as _, Result, bail};

use super::Context;
use crate::cli::{ExportArgs, ExportFormat};
use crate::decks;
use crate::export;
use crate::ui::count;

pub fn run(ctx: &Context, args: &ExportArgs) -> Result<()> {
    let format = match (args.format, &args.output) {
        (Some(f), _) => f,
        (None, Some(path)) => from_extension(path).with_context(|| {
            format!(
                "{}: cannot tell the format from the name; pass --format toml|csv|tsv",
                path.display()
            )
        })?,
        (None, None) => {
            bail!("pass --format toml|csv|tsv (or -o FILE with one of those extensions)")
        }
    };
    if args.with_scheduling && format != ExportFormat::Toml {
        bail!("--with-scheduling needs --format toml: CSV/TSV files carry no scheduling");
    }
    let store = ctx.open_store()?;
    let deck = store.resolve_deck_arg(args.deck.as_deref())?;
    let notes = store.export_notes(deck.as_deref())?;
    let cards: usize = notes.iter().map(|n| n.cards.len()).sum();
    match format {
        ExportFormat::Csv | ExportFormat::Tsv => {
            let delimiter = if format == ExportFormat::Tsv {
                '\t'
            } else {
                ','
            };
            write_out(
                args.output.as_deref(),
                &export::csv::write(&notes, delimiter),
            )?;
        }
        ExportFormat::Toml => {
            let files = export::toml::decks(&notes, args.with_scheduling);
            warn_blank_fields(&files);
            match (files.as_slice(), args.output.as_deref()) {
                ([], _) => bail!("no cards to export"),
                ([one], out) if out.is_none_or(|p| !p.is_dir()) => {
                    write_out(out, &decks::write(one)?)?;
                }
                (_, None) => bail!(
                    "{} decks: a deck file holds one deck; pass -o DIR to write one file per deck \
                     (or --deck D)",
                    files.len()
                ),
                // `-o all.toml` names a file: making a folder of that name surprises.
                (_, Some(path)) if !path.is_dir() && from_extension(path).is_some() => bail!(
                    "{}: {} decks: a deck file holds one deck; pass -o DIR to write one file per \
                     deck (or --deck D)",
                    path.display(),
                    files.len()
                ),
                (_, Some(dir)) => {
                    std::fs::create_dir_all(dir)
                        .with_context(|| format!("{}: cannot create the folder", dir.display()))?;
                    for file in &files {
                        let path = dir.join(format!("{}.toml", file_name(&file.deck.name)));
                        super::output::write_whole(&path, decks::write(file)?.as_bytes(), None)?;
                    }
                }
            }
        }
    }
    if let Some(out) = &args.output {
        eprintln!(
            "Exported {} ({}) to {}.",
            count(notes.len(), "note"),
            count(cards, "card"),
            out.display()
        );
    }
    Ok(())
}

/// A deck file needs every card's front and back (the import refuses the whole file
/// otherwise). The export still writes them, since the file is readable and editable, but
/// says which cards stop it from importing, and how to keep them.
fn warn_blank_fields(files: &[decks::DeckFile]) {
    let blank = export::toml::blank_fields(files);
    let Some(first) = blank.first() else {
        return;
    };
    const SHOWN: usize = 10;
    let one_field = blank.iter().all(|b| b.field == first.field);
    let mut ids: Vec<String> = blank
        .iter()
        .take(SHOWN)
        .map(|b| match one_field {
            true => b.id.to_string(),
            false => format!("{} ({})", b.id, b.field),
        })
        .collect();
    if blank.len() > SHOWN {
        ids.push(format!("and {} more", blank.len() - SHOWN));
    }
    let count = match blank.len() {
        1 => "1 card has".to_string(),
        n => format!("{n} cards have"),
    };
    eprintln!(
        "recall: warning: {count} an empty {}: {}. A deck file needs both sides, so importing \
         this export is refused until they are filled in or deleted; --format csv or tsv keeps \
         them importable.",
        if one_field { first.field } else { "side" },
        ids.join(", ")
    );
}

fn from_extension(path: &Path) -> Option<ExportFormat> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "toml" => Some(ExportFormat::Toml),
        "csv" => Some(ExportFormat::Csv),
        "tsv" | "txt" => Some(ExportFormat::Tsv),
        _ => None,
    }
}

/// A deck name as a file name: `A::B` becomes `A__B`, and nothing can leave the folder.
fn file_name(deck: &str) -> String {
    deck.replace("::", "__")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_ .".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect::<String>()
        .trim_start_matches('.')
        .to_string()
}

fn write_out(path: Option<&Path>, text: &str) -> Result<()> {
    match path {
        Some(p) => super::output::write_whole(p, text.as_bytes(), None),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            Ok(out.flush()?)
        }
    }
}
