//! One module per command. This is the only layer that reads the clock, opens the store and
//! touches the terminal: it reads `now` once and passes it down.

mod cards;
mod check;
mod clock;
mod completions;
mod dashboard;
mod decks;
mod generate;
mod import;
mod stats;
mod study;
mod suspend;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use chrono::{DateTime, FixedOffset};

use crate::cli::{Cli, ColorChoice, Command, GlobalArgs};
use crate::model::Day;
use crate::store::Store;

/// What every command gets: the time, the collection's location, output settings.
pub struct Context {
    pub now: DateTime<FixedOffset>,
    pub today: Day,
    db: Option<PathBuf>,
}

impl Context {
    fn new(global: &GlobalArgs) -> Result<Context> {
        let now = clock::resolve_now(global.now.as_deref())?;
        let color = match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
                    && crate::ui::stdout_supports_color()
            }
        };
        crate::ui::set_colors(color);
        Ok(Context {
            now,
            today: crate::clock::day_of(&now),
            db: global.db.clone(),
        })
    }

    pub fn now_ms(&self) -> i64 {
        self.now.timestamp_millis()
    }

    /// Open the collection. At the default location a new collection gets the built-in deck,
    /// so that `recall study` on a fresh machine has cards at once; an explicit `--db` or
    /// `RECALL_DB` starts empty.
    pub fn open_store(&self) -> Result<Store> {
        let (path, default) = match &self.db {
            Some(p) => (p.clone(), false),
            None => (default_db_path()?, true),
        };
        if default && let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("{}: cannot create the data directory", dir.display()))?;
        }
        let (mut store, opened) = Store::open(&path)?;
        if opened.created && default {
            let report = import::import_builtin(&mut store, self.now_ms())?;
            eprintln!(
                "Created a new collection at {} with the example deck ({} cards).",
                path.display(),
                report.cards_added
            );
        }
        Ok(store)
    }
}

fn default_db_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "recall")
        .context("cannot find a home directory for the collection; pass --db PATH")?;
    Ok(dirs.data_dir().join("collection.db"))
}

pub fn run(cli: Cli) -> Result<()> {
    if let Some(Command::Completions(args)) = &cli.command {
        return completions::run(args);
    }
    let ctx = Context::new(&cli.global)?;
    match cli.command {
        None => dashboard::run(&ctx),
        Some(Command::Study(args)) => study::run(&ctx, &args),
        Some(Command::Import(args)) => import::run(&ctx, &args),
        Some(Command::Generate(args)) => generate::run(&ctx, &args),
        Some(Command::Decks(args)) => decks::run(&ctx, &args),
        Some(Command::Cards(args)) => cards::run(&ctx, &args),
        Some(Command::Suspend(args)) => suspend::run(&ctx, &args, true),
        Some(Command::Unsuspend(args)) => suspend::run(&ctx, &args, false),
        Some(Command::Stats(args)) => stats::run(&ctx, &args),
        Some(Command::Check(args)) => check::run(&ctx, &args),
        Some(Command::Completions(_)) => Ok(()),
    }
}

/// Whether an error is stdout going away (`recall cards | head`): not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// A path as messages show it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}
