//! `recall` with no command: what is waiting today, at a glance.

use std::io::Write;

use anyhow::Result;

use super::Context;
use crate::stats::{self, GLANCE_DAYS, text};
use crate::ui::count;
use crate::ui::style::{self, Painter};

pub fn run(ctx: &Context) -> Result<()> {
    let store = ctx.open_store_to_read()?;
    let since = ctx.today.plus(1 - i64::from(GLANCE_DAYS));
    // One read of every card's schedule serves the deck lines and the glance.
    let input = store.glance_input(ctx.today, since)?;
    let decks = store.deck_summaries_of(ctx.today, None, &input.cards)?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} · {}",
        style::bold("recall"),
        text::long_date(ctx.today)
    )?;
    if decks.is_empty() {
        writeln!(
            out,
            "\nYour collection is empty. Add cards with `recall import FILE.toml`,"
        )?;
        writeln!(out, "or try the example deck: `recall import --examples`.")?;
        return Ok(());
    }
    let glance = stats::glance(&input.cards, &input.answers, &input.streak_days, ctx.today);
    for line in text::glance(&glance, &Painter) {
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    let width = decks
        .iter()
        .map(|d| style::width(&d.name))
        .max()
        .unwrap_or(0)
        .min(40);
    for d in &decks {
        writeln!(
            out,
            "  {}  {:>4} due · {:>4} new · {:>5} cards",
            style::pad(&d.name, width),
            d.due_today,
            d.new_today,
            d.total
        )?;
    }
    let waiting: usize = decks.iter().map(|d| d.due_today + d.new_today).sum();
    writeln!(out)?;
    if waiting > 0 {
        writeln!(
            out,
            "  {} `recall study` ({} waiting)",
            style::accent("→"),
            count(waiting, "card")
        )?;
    } else {
        match store.next_due_after(ctx.today, None)? {
            Some((day, n)) => writeln!(
                out,
                "  All done for today. Next: {n} card{} due {}.",
                if n == 1 { "" } else { "s" },
                crate::ui::describe_due(ctx.today, day)
            )?,
            None => writeln!(out, "  All done for today.")?,
        }
    }
    Ok(())
}
