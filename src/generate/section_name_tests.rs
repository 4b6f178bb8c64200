//! Tests of the section name a demonstrative's noun takes in a section's first sentence
//! ("Micrapis / Dit ondergeslacht telt …"): a name is one thing, so a plural noun takes none.

use crate::generate::analyse::analyse;
use crate::generate::lang::{DUTCH, ENGLISH, Language};
use crate::generate::normalise::normalise;
use crate::generate::sentences::sentences;

/// (simplified text, dangling) of the first sentence under the heading `head`.
fn first(lang: &'static dyn Language, head: &str, text: &str) -> (String, bool) {
    let doc = normalise(&format!("Title\n\n{head}\n\n{text}"));
    let s = sentences(&doc);
    let a = analyse(&doc, &s, lang);
    let s = &a.sents[0];
    (s.text.clone(), s.dangling)
}

#[test]
fn a_singular_demonstrative_takes_the_section_name() {
    let (t, _) = first(
        &ENGLISH,
        "Micrapis",
        "This subgenus has two species of bees.",
    );
    assert_eq!(t, "The subgenus Micrapis has two species of bees.");
    let (t, _) = first(
        &DUTCH,
        "Micrapis",
        "Dit ondergeslacht telt twee soorten bijen.",
    );
    assert_eq!(t, "Het ondergeslacht Micrapis telt twee soorten bijen.");
}

#[test]
fn a_plural_demonstrative_takes_no_section_name() {
    let (t, dangling) = first(
        &ENGLISH,
        "Head",
        "These sounds can damage sensitive structures in the inner ear.",
    );
    assert!(!t.contains("Head"), "{t}");
    assert!(dangling, "{t}");
    let (t, dangling) = first(
        &DUTCH,
        "Micrapis",
        "Deze bijen bouwen open nesten aan een tak.",
    );
    assert!(!t.contains("Micrapis"), "{t}");
    assert!(dangling, "{t}");
}
