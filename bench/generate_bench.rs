//! Throughput of the generator: `cargo run --release --example generate_bench -- [MB] [FILE...]`.
//!
//! Builds a corpus of MB megabytes (default 50) by repeating the given documents (default
//! `decks/sources/*.txt` and the evaluation texts under `tests/gold/texts/`), numbering each
//! copy so no two are the same text, and runs the whole pipeline on one core, one document at
//! a time, as `recall generate` does for its files: memory stays proportional to one document.
//! Prints megabytes per second of input text and the number of cards made.

use std::time::Instant;

use recall::decks;
use recall::generate::{self, Options, Source};

#[global_allocator]
static ALLOC: recall::alloc::Alloc = recall::alloc::Alloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mb: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(50);
    let mut paths: Vec<String> = args.iter().skip(1).cloned().collect();
    if paths.is_empty() {
        for dir in ["decks/sources", "tests/gold/texts"] {
            let mut found: Vec<String> = std::fs::read_dir(dir)
                .map(|d| {
                    d.filter_map(|e| e.ok())
                        .map(|e| e.path().to_string_lossy().into_owned())
                        .filter(|p| p.ends_with(".txt"))
                        .collect()
                })
                .unwrap_or_default();
            found.sort();
            paths.extend(found);
        }
    }
    let texts: Vec<(String, String)> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok().map(|t| (p.clone(), t)))
        .collect();
    if texts.is_empty() {
        eprintln!("no documents");
        std::process::exit(2);
    }
    let target = mb * 1_000_000;
    let options = Options::default();
    let mut bytes = 0usize;
    let mut docs = 0usize;
    let mut cards = 0usize;
    let mut out_bytes = 0usize;
    let start = Instant::now();
    let mut writing = std::time::Duration::ZERO;
    let mut i = 0usize;
    if std::env::var_os("ONE_DOCUMENT").is_some() {
        // one document of the whole size: per-document costs vanish, the ranking grows
        let mut doc = String::new();
        while doc.len() < target {
            doc.push_str(&format!("Kopie {i}\n\n{}\n\n", texts[i % texts.len()].1));
            i += 1;
        }
        let sources = [Source {
            name: "one.txt".into(),
            text: doc,
        }];
        bytes = sources[0].text.len();
        let generated = generate::generate(&sources, &options);
        cards = generated.deck.cards.len();
        docs = 1;
    }
    while bytes < target {
        let (name, text) = &texts[i % texts.len()];
        // a different first line per copy: every document is new text
        let doc = format!("Kopie {i}: {}", text);
        let sources = [Source {
            name: name.clone(),
            text: doc,
        }];
        bytes += sources[0].text.len();
        let generated = generate::generate(&sources, &options);
        cards += generated.deck.cards.len();
        let w = Instant::now();
        out_bytes += decks::write(&generated.deck).map(|s| s.len()).unwrap_or(0);
        writing += w.elapsed();
        docs += 1;
        i += 1;
    }
    let total = start.elapsed().as_secs_f64();
    let secs = total - writing.as_secs_f64();
    println!(
        "{:.1} MB in {docs} documents: generate {secs:.2} s = {:.1} MB/s; with the TOML writing \
         {total:.2} s = {:.1} MB/s ({cards} cards, {:.1} MB of TOML)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs,
        bytes as f64 / 1e6 / total,
        out_bytes as f64 / 1e6
    );
}
