use std::io::Write;

use anyhow::Result;

use super::Context;
use crate::cli::LimitsArgs;
use crate::ui::table::{self, Column};

pub fn run(ctx: &Context, args: &LimitsArgs) -> Result<()> {
    let mut store = ctx.open_store()?;
    let deck = store.resolve_deck_arg(args.deck.as_deref())?;
    if let (Some(deck), true) = (&deck, args.new.is_some() || args.reviews.is_some()) {
        ctx.before_write(&store)?;
        store.set_limits(deck, args.new, args.reviews)?;
    }
    let decks = store.deck_summaries(ctx.today, deck.as_deref())?;
    let columns = [
        Column::cut("DECK", 40),
        Column::number("NEW/DAY"),
        Column::number("REVIEWS/DAY"),
    ];
    let rows: Vec<Vec<String>> = decks
        .iter()
        .map(|d| {
            vec![
                d.name.clone(),
                d.new_per_day.to_string(),
                d.reviews_per_day.to_string(),
            ]
        })
        .collect();
    write!(
        std::io::stdout().lock(),
        "{}",
        table::render(&columns, &rows)
    )?;
    Ok(())
}
