//! Print every candidate card of a document with its score, or why it was refused — a tool
//! for working on the generator's rules: `cargo run --example generate_debug -- FILE [nl|en]`.
//! With `CHOSEN=1` it prints only the chosen cards instead, one a line, tab-separated:
//! sentence index, rule, score, cards on that sentence, sentence count, front, back (for
//! counting which kinds of card hit a gold fact; `CAP=N` sets the cap).

use recall::generate::{analyse, check, lang, rank, rules, sentences};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: generate_debug FILE [nl|en]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lang = args
        .get(2)
        .and_then(|c| lang::by_code(c))
        .unwrap_or_else(|| lang::detect(&text));
    let doc = recall::generate::document(&text, lang);
    let sents = sentences::sentences(&doc);
    let a = analyse::analyse(&doc, &sents, lang);
    if std::env::var_os("CHOSEN").is_some() {
        let mut cands = Vec::new();
        for si in 0..a.sents.len() {
            cands.extend(rules::candidates(&a, si));
        }
        let cap = std::env::var("CAP")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or_else(|| rank::default_cap(&a));
        let mut chosen = rank::select(&a, cands, cap, &mut Default::default());
        chosen.retain(|(c, sc)| !recall::generate::weak::weak(&a, c, *sc));
        for (c, _) in &mut chosen {
            recall::generate::weak_gaps::trim(&a, c);
        }
        recall::generate::opening_gap::drop_opening_gaps(&a, &mut chosen);
        for (c, sc) in &chosen {
            let on = chosen.iter().filter(|(x, _)| x.sent == c.sent).count();
            println!(
                "{}\t{:?}\t{sc}\t{on}\t{}\t{}\t{}",
                c.sent,
                c.rule,
                a.sents.len(),
                c.front,
                c.back
            );
        }
        return;
    }
    println!("topic: {:?}  acronyms: {:?}", a.topic, a.acronyms);
    println!(
        "hyper: {:?}",
        a.hyper
            .iter()
            .map(|(k, v)| format!("{k}:{}", v.singular))
            .collect::<Vec<_>>()
    );
    for (si, s) in a.sents.iter().enumerate() {
        println!(
            "\n[{si}] {}{}",
            if s.dangling { "(dangling) " } else { "" },
            s.text
        );
        if let Some(g) = &s.guessed {
            println!("   guessed: {g}");
        }
        if s.clause.is_none() {
            // which words the lexicon and its guesses took for finite verbs (round 30)
            let fin: Vec<&str> = s
                .toks
                .iter()
                .filter(|t| t.finite())
                .map(|t| t.lower.as_str())
                .collect();
            println!("   no clause; finite: {fin:?}");
        }
        if let Some(c) = s.clause {
            let sp = |r: (usize, usize)| {
                s.toks[r.0..r.1]
                    .iter()
                    .map(|t| t.lower.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            println!(
                "   clause: subj [{}] fin [{}] rest [{}]{}",
                sp(c.subj),
                s.toks[c.fin].lower,
                sp(c.rest),
                c.front
                    .map(|f| format!(" front [{}]", sp(f)))
                    .unwrap_or_default()
            );
        }
        for c in rules::candidates(&a, si) {
            match check::refuse(&a, &c) {
                Some(why) => println!("   x {:?} {} -> {}   [{why}]", c.rule, c.front, c.back),
                None => println!(
                    "   {:>3} {:?} {} -> {}",
                    rank::score(&a, &c),
                    c.rule,
                    c.front,
                    c.back
                ),
            }
        }
        if let Some(c) = recall::generate::cloze::cloze(&a, si, &[]) {
            println!("   {:>3} cloze {}", rank::score(&a, &c), c.front);
        }
    }
}
