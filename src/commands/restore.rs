use std::io::{IsTerminal, Write};

use anyhow::{Result, bail};

use super::Context;
use crate::cli::RestoreArgs;
use crate::store;
use crate::ui::count;

pub fn run(ctx: &Context, args: &RestoreArgs) -> Result<()> {
    // Check the backup before anything else: a bad file changes nothing.
    let incoming = store::inspect(&args.file)?;
    let mut store = ctx.open_store()?;
    let current = store.counts(ctx.today, None)?;
    let question = format!(
        "Replace the collection at {} ({}, {}) with {} ({}, {})? \
         The current collection is backed up first.",
        store.path().display(),
        count(current.total, "card"),
        count(current.reviews_total, "review"),
        args.file.display(),
        count(incoming.cards, "card"),
        count(incoming.reviews, "review")
    );
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            bail!(
                "restore replaces the whole collection: run it on a terminal to confirm, or pass --yes"
            );
        }
        if !crate::ui::confirm(&question)? {
            println!("Nothing was changed.");
            return Ok(());
        }
    }
    let safety = crate::backups::path_for(store.path(), &ctx.now, Some("before-restore"));
    store.backup_to(&safety)?;
    let info = store.restore_from(&args.file)?;
    writeln!(
        std::io::stdout().lock(),
        "Restored {} ({}, {}). The previous collection is in {}.",
        args.file.display(),
        count(info.cards, "card"),
        count(info.reviews, "review"),
        safety.display()
    )?;
    Ok(())
}
