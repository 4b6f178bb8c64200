//! Round twenty-five (answer25): a definition's answer is no vague kind word and is not cut.
//! Written for these tests.

use super::Rule;
use super::tests::cards;
use crate::generate::lang::{DUTCH, ENGLISH};

#[test]
#[ignore]
fn probe() {
    let text = std::fs::read_to_string("/tmp/a25/probe.txt").unwrap_or_default();
    let lang: &'static dyn crate::generate::lang::Language = if text.starts_with("nl:") {
        &DUTCH
    } else {
        &ENGLISH
    };
    let text = text.trim_start_matches("nl:").trim_start_matches("en:");
    for (r, f, b) in cards(lang, text) {
        println!("{r:?}\t{f}\t->\t{b}");
    }
    let _ = Rule::Definition;
    let doc = crate::generate::normalise::normalise(&format!("Titel\n\nOnderwerp\n\n{text}"));
    let ss = crate::generate::sentences::sentences(&doc);
    let a = crate::generate::analyse::analyse(&doc, &ss, lang);
    for s in &a.sents {
        println!("{}", s.text);
        for t in &s.toks {
            print!("{}{}{} ", t.lower, if t.finite() { "/F" } else { "" }, if t.conj() { "/C" } else { "" });
        }
        println!();
    }
}
