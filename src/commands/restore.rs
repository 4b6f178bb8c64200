use std::io::{IsTerminal, Write};

use anyhow::{Result, bail};

use super::Context;
use crate::cli::RestoreArgs;
use crate::store;

pub fn run(ctx: &Context, args: &RestoreArgs) -> Result<()> {
    // Check the backup before anything else: a bad file changes nothing.
    let incoming = store::inspect(&args.file)?;
    let mut store = ctx.open_store()?;
    let current = store.counts(ctx.today, None)?;
    let question = format!(
        "Replace the collection at {} ({} cards, {} reviews) with {} ({} cards, {} reviews)? \
         The current collection is backed up first.",
        store.path().display(),
        current.total,
        current.reviews_total,
        args.file.display(),
        incoming.cards,
        incoming.reviews
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
        "Restored {} ({} cards, {} reviews). The previous collection is in {}.",
        args.file.display(),
        info.cards,
        info.reviews,
        safety.display()
    )?;
    Ok(())
}
