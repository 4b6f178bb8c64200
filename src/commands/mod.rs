//! One module per command. This is the only layer that reads the clock, opens the store and
//! touches the terminal: it reads `now` once and passes it down.

mod backup;
mod cards;
mod check;
mod clock;
mod completions;
mod dashboard;
mod decks;
mod export;
mod generate;
mod import;
mod limits;
mod output;
mod restore;
mod stats;
mod study;
mod suspend;

use std::cell::Cell;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use chrono::{DateTime, FixedOffset};

use crate::backups;
use crate::cli::{Cli, ColorChoice, Command, GlobalArgs};
use crate::model::Day;
use crate::store::{OpenOptions, Store, StoreError};

/// What every command gets: the time, the collection's location, output settings.
pub struct Context {
    pub now: DateTime<FixedOffset>,
    pub today: Day,
    db: Option<PathBuf>,
    /// How many backups to keep (`RECALL_KEEP_BACKUPS`); 0 turns automatic backups off.
    pub keep_backups: usize,
    /// Today's backup has been checked for in this run.
    daily_backup_done: Cell<bool>,
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
        let keep_backups = match std::env::var("RECALL_KEEP_BACKUPS") {
            Ok(v) if !v.trim().is_empty() => v.trim().parse().with_context(|| {
                format!("RECALL_KEEP_BACKUPS={v}: expected a number of backups to keep")
            })?,
            _ => backups::DEFAULT_KEEP,
        };
        Ok(Context {
            now,
            today: crate::clock::day_of(&now),
            db: global.db.clone(),
            keep_backups,
            daily_backup_done: Cell::new(false),
        })
    }

    pub fn now_ms(&self) -> i64 {
        self.now.timestamp_millis()
    }

    /// Whether the collection exists already (opening it then makes nothing new).
    pub fn collection_exists(&self) -> bool {
        match &self.db {
            Some(path) => path.is_file(),
            None => default_db_path().is_ok_and(|path| path.is_file()),
        }
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
        let options = OpenOptions {
            backup_before_migration: Some(backups::path_for(
                &path,
                &self.now,
                Some(&format!("before-schema-{}", crate::store::LATEST_VERSION)),
            )),
        };
        let (mut store, opened) = Store::open_with(&path, &options)?;
        if opened.created {
            // Nothing to lose yet: no backup before today's first write.
            self.daily_backup_done.set(true);
        }
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

impl Context {
    /// Open the collection for a command that only reads (`decks`, `cards`, `stats`, the
    /// dashboard): as `open_store`, but a collection that cannot be written (a read-only
    /// file, folder or mount) is still read, where SQLite allows it safely.
    pub fn open_store_to_read(&self) -> Result<Store> {
        match self.open_store() {
            Err(e) => match e.downcast_ref::<StoreError>() {
                Some(StoreError::NotWritable { path }) => Ok(Store::open_read_only(path)?),
                _ => Err(e),
            },
            ok => ok,
        }
    }
}

impl Context {
    /// Call before a command's first write: on the first write of each study day, copy the
    /// collection into `backups/` beside it and keep the newest `keep_backups`.
    pub fn before_write(&self, store: &Store) -> Result<()> {
        if self.daily_backup_done.replace(true) || self.keep_backups == 0 {
            return Ok(());
        }
        let db = store.path();
        let existing = backups::list(db)
            .with_context(|| format!("{}: cannot list backups", backups::dir_for(db).display()))?;
        if backups::taken_on(&existing, self.today, &chrono::Local) {
            return Ok(());
        }
        self.backup_now(store, self.keep_backups)?;
        Ok(())
    }

    /// Copy the collection into `backups/` now and keep the newest `keep` copies (at least
    /// this one). Returns the new backup and the removed ones.
    pub fn backup_now(&self, store: &Store, keep: usize) -> Result<(PathBuf, Vec<PathBuf>)> {
        let db = store.path();
        let dest = backups::path_for(db, &self.now, None);
        store.backup_to(&dest)?;
        let removed = backups::prune(db, keep.max(1)).with_context(|| {
            format!(
                "{}: cannot remove old backups",
                backups::dir_for(db).display()
            )
        })?;
        Ok((dest, removed))
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
    let result = match cli.command {
        None => dashboard::run(&ctx),
        Some(Command::Study(args)) => study::run(&ctx, &args),
        Some(Command::Import(args)) => import::run(&ctx, &args),
        Some(Command::Export(args)) => export::run(&ctx, &args),
        Some(Command::Generate(args)) => generate::run(&ctx, &args),
        Some(Command::Decks(args)) => decks::run(&ctx, &args),
        Some(Command::Cards(args)) => cards::run(&ctx, &args),
        Some(Command::Limits(args)) => limits::run(&ctx, &args),
        Some(Command::Suspend(args)) => suspend::run(&ctx, &args, true),
        Some(Command::Unsuspend(args)) => suspend::run(&ctx, &args, false),
        Some(Command::Stats(args)) => stats::run(&ctx, &args),
        Some(Command::Check(args)) => check::run(&ctx, &args),
        Some(Command::Backup(args)) => backup::run(&ctx, &args),
        Some(Command::Restore(args)) => restore::run(&ctx, &args),
        Some(Command::Completions(_)) => Ok(()),
    };
    result.map_err(|err| explain_locked(&ctx, err))
}

/// SQLite's "database is locked" names no file and says nothing of what to do; it reaches the
/// user only when another program held the lock for the whole busy timeout.
fn explain_locked(ctx: &Context, err: anyhow::Error) -> anyhow::Error {
    let locked = err.chain().any(|e| {
        e.downcast_ref::<StoreError>()
            .is_some_and(StoreError::is_busy)
    });
    let path = match &ctx.db {
        Some(p) => Some(p.clone()),
        None => default_db_path().ok(),
    };
    match path {
        Some(path) if locked => anyhow::anyhow!(
            "{}: the collection is locked by another program (waited {} s); this change was \
             not saved, try again when that program is done",
            path.display(),
            crate::store::BUSY_TIMEOUT.as_secs()
        ),
        _ => err,
    }
}

/// Whether an error is stdout going away (`recall cards | head`): not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == BrokenPipe)
            // serde_json keeps its io::Error inside, out of the source chain.
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
    })
}

/// A path as messages show it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}
