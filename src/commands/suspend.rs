use std::io::Write;

use anyhow::Result;

use super::Context;
use crate::cli::IdsArgs;

/// Suspend (or unsuspend) every given card; an unknown id changes nothing at all.
pub fn run(ctx: &Context, args: &IdsArgs, suspend: bool) -> Result<()> {
    let mut store = ctx.open_store()?;
    let ids = args
        .ids
        .iter()
        .map(|id| store.resolve_card(id))
        .collect::<Result<Vec<_>, _>>()?;
    ctx.before_write(&store)?;
    let changed = store.set_suspended(&ids, suspend)?;
    let verb = if suspend { "Suspended" } else { "Unsuspended" };
    let unchanged = ids.len() - changed;
    let mut out = std::io::stdout().lock();
    write!(
        out,
        "{verb} {changed} card{}",
        if changed == 1 { "" } else { "s" }
    )?;
    if unchanged > 0 {
        let state = if suspend { "suspended" } else { "in study" };
        write!(out, " ({unchanged} already {state})")?;
    }
    writeln!(out, ".")?;
    Ok(())
}
