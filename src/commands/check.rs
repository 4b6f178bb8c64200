use std::io::Write;

use anyhow::{Result, bail};

use super::Context;
use crate::cli::CheckArgs;
use crate::ui::count;

pub fn run(ctx: &Context, args: &CheckArgs) -> Result<()> {
    let mut store = ctx.open_store()?;
    let mut out = std::io::stdout().lock();
    if args.repair && !store.check(ctx.today)?.is_empty() {
        ctx.before_write(&store)?;
        for line in store.repair(ctx.today)? {
            writeln!(out, "repaired: {line}")?;
        }
    }
    let problems = store.check(ctx.today)?;
    let counts = store.counts(ctx.today, None)?;
    for p in &problems {
        writeln!(out, "problem: {}", p.0)?;
    }
    if !problems.is_empty() {
        let hint = if args.repair {
            ""
        } else {
            "; `recall check --repair` fixes what is safe"
        };
        bail!(
            "{}: {} found{hint}",
            store.path().display(),
            count(problems.len(), "problem")
        );
    }
    writeln!(
        out,
        "ok: {}, {}; SQLite integrity, foreign keys and recall's invariants hold",
        count(counts.total, "card"),
        count(counts.reviews_total, "review")
    )?;
    Ok(())
}
