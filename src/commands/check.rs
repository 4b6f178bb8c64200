use std::io::Write;

use anyhow::{Result, bail};

use super::Context;
use crate::cli::CheckArgs;

pub fn run(ctx: &Context, _args: &CheckArgs) -> Result<()> {
    let store = ctx.open_store()?;
    let problems = store.check(ctx.today)?;
    let counts = store.counts(ctx.today, None)?;
    let mut out = std::io::stdout().lock();
    for p in &problems {
        writeln!(out, "problem: {}", p.0)?;
    }
    if !problems.is_empty() {
        bail!(
            "{}: {} problem(s) found",
            store.path().display(),
            problems.len()
        );
    }
    writeln!(
        out,
        "ok: {} cards, {} reviews; SQLite integrity, foreign keys and recall's invariants hold",
        counts.total, counts.reviews_total
    )?;
    Ok(())
}
