use std::io::Write;

use anyhow::Result;

use super::Context;
use crate::backups;
use crate::cli::BackupArgs;

pub fn run(ctx: &Context, args: &BackupArgs) -> Result<()> {
    let store = ctx.open_store()?;
    let mut out = std::io::stdout().lock();
    if args.list {
        let list = backups::list(store.path())?;
        if list.is_empty() {
            writeln!(
                out,
                "No backups yet in {}.",
                backups::dir_for(store.path()).display()
            )?;
        }
        for b in list {
            writeln!(
                out,
                "{}  {}",
                b.taken.format("%Y-%m-%d %H:%M:%S"),
                b.path.display()
            )?;
        }
        return Ok(());
    }
    let keep = args.keep.unwrap_or(ctx.keep_backups).max(1);
    let (dest, removed) = ctx.backup_now(&store, keep)?;
    write!(out, "Backed up to {}", dest.display())?;
    if !removed.is_empty() {
        write!(
            out,
            " ({} older backup(s) removed, {keep} kept)",
            removed.len()
        )?;
    }
    writeln!(out, ".")?;
    Ok(())
}
