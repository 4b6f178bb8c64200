//! `recall generate FILE...`: read documents, make a deck, write it (stdout or `-o`) and/or
//! import it through the same insert path as `recall import`.

use std::io::{Read, Write};
use std::path::Path;

use anyhow::{Context as _, Result, bail};

use super::Context;
use crate::cli::{GenerateArgs, GenerateLang};
use crate::decks;
use crate::generate::{self, Options, Source};
use crate::store::InsertOptions;
use crate::ui::count;

/// Read one document: a clear error for a directory, a missing file, binary data or text
/// that is not UTF-8. `-` is standard input, named "stdin".
fn read_document(path: &Path) -> Result<Source> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("stdin: cannot read")?;
        let text = crate::import::decode_text(&bytes, "stdin")?;
        return Ok(Source {
            name: "stdin".to_string(),
            text: text.to_string(),
        });
    }
    let shown = super::shown(path);
    if path.is_dir() {
        bail!("{shown}: is a directory, not a text document");
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!("{shown}: no such file"),
        Err(e) => return Err(e).with_context(|| format!("{shown}: cannot read")),
    };
    let text = crate::import::decode_text(&bytes, &shown)?;
    let name = path
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    // A saved web page: the text a browser shows, not its tags (scripts and styles go).
    let web_page = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let text = if web_page {
        crate::import::html::page_to_text(text)
    } else {
        text.to_string()
    };
    Ok(Source { name, text })
}

/// `generate notes.txt -o notes.txt` would replace the document with its deck: a slip that
/// loses the text. Paths are compared as files (canonical), so `./notes.txt` is caught too.
fn refuse_output_among_documents(out: &Path, files: &[std::path::PathBuf]) -> Result<()> {
    let Ok(out_file) = out.canonicalize() else {
        return Ok(()); // not there yet: it cannot be a document
    };
    if files
        .iter()
        .any(|f| f.canonicalize().is_ok_and(|f| f == out_file))
    {
        bail!(
            "{}: -o names one of the documents; the deck would replace it (write it to a .toml \
             file)",
            super::shown(out)
        );
    }
    Ok(())
}

pub fn run(ctx: &Context, args: &GenerateArgs) -> Result<()> {
    if let Some(out) = &args.output {
        refuse_output_among_documents(out, &args.files)?;
    }
    if let Some(name) = args
        .deck
        .as_deref()
        .filter(|d| !decks::is_valid_deck_name(d))
    {
        bail!("--deck '{name}': a deck name needs text, also on both sides of each '::'");
    }
    // Read every document before anything is written.
    let mut sources = Vec::with_capacity(args.files.len());
    for path in &args.files {
        let src = read_document(path)?;
        if src.text.trim().is_empty() {
            eprintln!("recall: {}: empty document, no cards", super::shown(path));
        }
        sources.push(src);
    }
    let options = Options {
        lang: match args.lang {
            GenerateLang::Auto => None,
            GenerateLang::Nl => Some("nl".into()),
            GenerateLang::En => Some("en".into()),
        },
        deck: args.deck.clone(),
        max: args.max,
    };
    let generated = generate::generate(&sources, &options);
    let text = decks::write(&generated.deck).context("cannot write the deck")?;
    // The deck must read back exactly as `recall import` would read it.
    let shown_out = args
        .output
        .as_deref()
        .map_or_else(|| "<generated deck>".to_string(), super::shown);
    let parsed = decks::parse(&text, &shown_out)?;

    // The deck file is written in full beside its destination first, and takes its place
    // only once the collection has the cards: if the collection refuses them, neither the
    // collection nor a file that was there before has changed.
    let staged = match &args.output {
        Some(path) => Some(super::output::stage(path, text.as_bytes(), None)?),
        None => None,
    };
    if args.import && parsed.cards.is_empty() {
        // An empty deck row would only clutter `recall decks` and the dashboard.
        writeln!(
            std::io::stdout().lock(),
            "{}: no cards, nothing imported",
            parsed.deck.name
        )?;
    } else if args.import {
        let report = ctx.open_store().and_then(|mut store| {
            ctx.before_write(&store)?;
            Ok(store.insert_batch(&parsed.to_batch(), ctx.now_ms(), InsertOptions::default())?)
        })?;
        let mut out = std::io::stdout().lock();
        let summary = crate::import::Summary::default();
        super::import::print_report(&mut out, &parsed.deck.name, &report, &summary)?;
    } else if args.output.is_none() {
        std::io::stdout().lock().write_all(text.as_bytes())?;
    }
    if let Some(staged) = staged {
        staged.commit()?;
    }
    for r in &generated.reports {
        if let Some((other, share)) = r.other_lang {
            eprintln!(
                "recall: warning: {}: about {}% of it reads as {}, but its cards are made \
                 with the rules of {}; give each language a file of its own (each file's \
                 language is detected on its own)",
                r.name,
                share,
                language_name(other),
                language_name(r.lang)
            );
        }
    }
    if args.output.is_none() && !args.import && args.max.is_none() {
        // with -o or --import the report line below says "0 cards"; with --max the cap may
        // have taken them
        for (r, src) in generated.reports.iter().zip(&sources) {
            if r.cards == 0 && !src.text.trim().is_empty() {
                eprintln!(
                    "recall: {}: no cards (no sentence in it gave a question or a cloze)",
                    r.name
                );
            }
        }
    }
    if args.output.is_some() || args.import {
        for r in &generated.reports {
            // A cloze of three gaps is one entry of the deck and three cards to study: say
            // both when they differ, so that the import's "cards added" line agrees.
            let study: usize = parsed
                .cards
                .iter()
                .filter(|c| c.source.as_deref() == Some(r.name.as_str()))
                .map(|c| c.study_cards())
                .sum();
            let made = match study == r.cards {
                true => count(r.cards, "card"),
                false => format!("{} ({})", count(r.cards, "note"), count(study, "card")),
            };
            eprintln!(
                "{}: {} ({}): {made}",
                r.name,
                r.lang,
                count(r.sentences, "sentence"),
            );
        }
    }
    Ok(())
}

fn language_name(code: &str) -> &str {
    match code {
        "nl" => "Dutch",
        "en" => "English",
        other => other,
    }
}
