//! `recall stats`: load, compute (pure), render as the terminal page, JSON or an HTML report.

use std::io::Write;

use anyhow::Result;

use super::{Context, shown};
use crate::cli::StatsArgs;
use crate::stats::{self, text};
use crate::ui::style::Painter;

pub fn run(ctx: &Context, args: &StatsArgs) -> Result<()> {
    let html_to_stdout = args.html.as_ref().is_some_and(|p| p.as_os_str() == "-");
    if html_to_stdout && args.json {
        anyhow::bail!("--json and --html - would both write to stdout: give --html a file");
    }
    let store = ctx.open_store_to_read()?;
    let deck = store.resolve_deck_arg(args.deck.as_deref())?;
    let input = store.stats_input(deck.as_deref(), stats::detail_from(ctx.today, args.days))?;
    drop(store);
    let stats = stats::compute(&input, ctx.today, args.days);
    let date = text::long_date(ctx.today);
    let heading = text::Heading {
        date: &date,
        deck: deck.as_deref(),
    };

    let mut out = std::io::stdout().lock();
    if let Some(path) = &args.html {
        let page = stats::html::page(&stats, &heading);
        if html_to_stdout {
            out.write_all(page.as_bytes())?;
        } else {
            super::output::write_whole(path, page.as_bytes(), Some("the report"))?;
            if !args.json {
                writeln!(out, "Wrote the report to {}", shown(path))?;
            }
        }
    }
    if args.json {
        // Serialised first, so that a closed pipe is an io::Error (not a failure) below.
        let json = serde_json::to_string_pretty(&stats)?;
        writeln!(out, "{json}")?;
    } else if args.html.is_none() {
        write!(out, "{}", text::page(&stats, &heading, &Painter))?;
    }
    Ok(())
}
