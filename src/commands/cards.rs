use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use super::Context;
use crate::cli::CardsArgs;
use crate::model::{Card, CardState, Day, easiness_f64};
use crate::store::CardFilter;
use crate::ui::table::{self, Column};

/// One card in `cards --json`.
#[derive(Serialize)]
struct CardJson<'a> {
    id: &'a str,
    deck: &'a str,
    front: &'a str,
    back: &'a str,
    tags: &'a [String],
    state: CardState,
    repetitions: u32,
    easiness: f64,
    interval_days: u32,
    due: Option<Day>,
    lapses: u32,
    drill: bool,
    suspended: bool,
    source: Option<&'a str>,
    context: Option<&'a str>,
}

impl<'a> CardJson<'a> {
    fn new(c: &'a Card, today: Day) -> Self {
        CardJson {
            id: &c.key,
            deck: &c.deck,
            front: &c.front,
            back: &c.back,
            tags: &c.tags,
            state: c.state(today),
            repetitions: c.sched.repetitions,
            easiness: easiness_f64(c.sched.easiness),
            interval_days: c.sched.interval,
            due: c.sched.due,
            lapses: c.sched.lapses,
            drill: c.sched.drill,
            suspended: c.suspended,
            source: c.source.as_deref(),
            context: c.context.as_deref(),
        }
    }
}

pub fn run(ctx: &Context, args: &CardsArgs) -> Result<()> {
    let store = ctx.open_store_to_read()?;
    let deck = store.resolve_deck_arg(args.deck.as_deref())?;
    let filter = CardFilter {
        deck: deck.as_deref(),
        search: args.search.as_deref(),
        due_by: args.due.then_some(ctx.today),
    };
    let cards = store.cards(&filter)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let json: Vec<CardJson<'_>> = cards.iter().map(|c| CardJson::new(c, ctx.today)).collect();
        serde_json::to_writer_pretty(&mut out, &json)?;
        writeln!(out)?;
        return Ok(());
    }
    if cards.is_empty() {
        writeln!(out, "No cards match.")?;
        return Ok(());
    }
    let columns = [
        Column::text("ID"),
        Column::cut("DECK", 20),
        Column::text("STATE"),
        Column::text("DUE"),
        Column::number("IVL"),
        Column::cut("FRONT", 60),
    ];
    let rows: Vec<Vec<String>> = cards
        .iter()
        .map(|c| {
            vec![
                c.key.clone(),
                c.deck.clone(),
                c.state(ctx.today).as_str().to_string(),
                c.sched
                    .due
                    .map_or_else(|| "-".to_string(), |d| d.to_string()),
                c.sched.interval.to_string(),
                c.front.clone(),
            ]
        })
        .collect();
    write!(out, "{}", table::render(&columns, &rows))?;
    Ok(())
}
