use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use super::Context;
use crate::cli::DecksArgs;
use crate::ui::table::{self, Column};

#[derive(Serialize)]
struct DeckJson<'a> {
    name: &'a str,
    description: &'a str,
    total: usize,
    new: usize,
    due: usize,
    suspended: usize,
    new_today: usize,
    due_today: usize,
    new_per_day: usize,
    reviews_per_day: usize,
}

pub fn run(ctx: &Context, args: &DecksArgs) -> Result<()> {
    let store = ctx.open_store_to_read()?;
    let decks = store.deck_summaries(ctx.today, None)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let json: Vec<DeckJson<'_>> = decks
            .iter()
            .map(|d| DeckJson {
                name: &d.name,
                description: &d.description,
                total: d.total,
                new: d.new,
                due: d.due,
                suspended: d.suspended,
                new_today: d.new_today,
                due_today: d.due_today,
                new_per_day: d.new_per_day,
                reviews_per_day: d.reviews_per_day,
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &json)?;
        writeln!(out)?;
        return Ok(());
    }
    if decks.is_empty() {
        writeln!(
            out,
            "No decks yet: `recall import FILE.toml`, or `recall import --examples`."
        )?;
        return Ok(());
    }
    let columns = [
        Column::cut("DECK", 40),
        Column::number("TOTAL"),
        Column::number("NEW"),
        Column::number("DUE"),
        Column::number("SUSPENDED"),
    ];
    let rows: Vec<Vec<String>> = decks
        .iter()
        .map(|d| {
            vec![
                d.name.clone(),
                d.total.to_string(),
                d.new.to_string(),
                d.due.to_string(),
                d.suspended.to_string(),
            ]
        })
        .collect();
    write!(out, "{}", table::render(&columns, &rows))?;
    Ok(())
}
