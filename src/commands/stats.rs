use std::io::Write;

use anyhow::Result;
use serde_json::json;

use super::Context;
use crate::cli::StatsArgs;

pub fn run(ctx: &Context, args: &StatsArgs) -> Result<()> {
    let store = ctx.open_store()?;
    let deck = args
        .deck
        .as_deref()
        .map(|d| store.resolve_deck(d))
        .transpose()?;
    let c = store.counts(ctx.today, deck.as_deref())?;
    let streak = store.current_streak(ctx.today)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let value = json!({
            "cards": {
                "new": c.new, "learning": c.learning, "young": c.young, "mature": c.mature,
                "suspended": c.suspended, "total": c.total,
            },
            "due": { "today": c.due_today, "tomorrow": c.due_tomorrow },
            "reviews": { "total": c.reviews_total, "today": c.reviews_today },
            "streak": { "current": streak },
        });
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "Cards      {} total: {} new, {} learning, {} young, {} mature, {} suspended",
        c.total, c.new, c.learning, c.young, c.mature, c.suspended
    )?;
    writeln!(
        out,
        "Due        {} today, {} tomorrow",
        c.due_today, c.due_tomorrow
    )?;
    writeln!(
        out,
        "Reviews    {} today, {} in all",
        c.reviews_today, c.reviews_total
    )?;
    writeln!(
        out,
        "Streak     {streak} day{}",
        if streak == 1 { "" } else { "s" }
    )?;
    Ok(())
}
