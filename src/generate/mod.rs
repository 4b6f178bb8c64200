//! Flashcards from documents: offline and rule-based, Dutch and English.
//!
//! Pure code: text in, a deck out. The pipeline has one file per stage —
//! `normalise` (characters, headings, paragraphs, list items) → `sentences` (an
//! abbreviation-aware splitter) → `analyse` (tokens, acronyms, names, hypernyms, topic) →
//! `simplify` (connectives and pronouns) → `clause` + `rules` (candidate cards) → `check`
//! (hard filters) → `rank` (score, deduplicate, cap; `cloze` is the fallback). Languages live
//! in `lang/`, one file each, behind the `Language` trait.

pub mod adverb_subject;
pub mod analyse;
mod asked_in_cloze;
mod bracket_window;
pub mod check;
pub mod clause;
pub mod cloze;
mod colon_clause;
mod coordinated_predicates;
pub mod demonstrative;
mod fixed_in;
mod gap_asked;
mod garble_words;
pub mod hash;
mod how_many_of;
mod inserted_subject;
mod inverted_subject;
pub mod lang;
pub(crate) mod lijk_adverb;
mod list_close;
mod list_heads;
pub mod lower;
mod lower_text;
pub mod markdown;
pub mod normalise;
mod number_cloze;
pub mod opening_gap;
mod parallel_members;
mod particle;
mod passive_relative;
mod platitude;
mod quantifier_question;
pub mod rank;
mod relative_subject;
pub mod rules;
pub mod sentences;
pub mod simplify;
mod spelled_out;
pub mod spelled_quantity;
mod split_range;
mod subject_beside;
pub mod tokens;
mod topic_article;
pub mod weak;
pub mod weak_gaps;

use std::collections::{BTreeMap, BTreeSet};

use crate::decks::{CardEntry, Content, DeckFile, DeckMeta};
pub use lang::Language;

/// One input document.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file name as cards show it in `source`.
    pub name: String,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// A language code (`nl`, `en`); `None` detects it per document.
    pub lang: Option<String>,
    /// The deck name; by default the first document's title (or file name).
    pub deck: Option<String>,
    /// At most this many cards in the whole deck (by score); by default one per informative
    /// sentence of each document (at least five).
    pub max: Option<usize>,
}

/// What happened to one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocReport {
    pub name: String,
    pub lang: &'static str,
    pub sentences: usize,
    pub cards: usize,
    /// Detected (not given) language only: the other language and its share of the words,
    /// when a good part of the document is written in it.
    pub other_lang: Option<(&'static str, usize)>,
}

#[derive(Debug, Clone)]
pub struct Generated {
    pub deck: DeckFile,
    pub reports: Vec<DocReport>,
}

/// A tag from a heading: lower case, words joined by '-', at most five words.
pub fn slug(heading: &str) -> String {
    let words: Vec<String> = heading
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .map(str::to_lowercase)
        .collect();
    words.join("-")
}

struct Chosen {
    card: CardEntry,
    score: i32,
    doc: usize,
    order: usize,
}

/// Generate a deck from documents. Deterministic: the same sources and options give the
/// same deck.
/// Stage 1 for a document in `lang`: its structure, short bullet lists joined to the sentence
/// that introduces them.
pub fn document(text: &str, lang: &'static dyn Language) -> normalise::Doc {
    let mut doc = normalise::normalise(text);
    let lex = lang.lex();
    let and = if lex.dutch { "en" } else { "and" };
    normalise::join_short_lists(&mut doc, and, |w| {
        lex.prepositions.contains(&w) || matches!(w, "zoals" | "including" | "waaronder")
    });
    doc
}

/// Every text of the shipped sources and the evaluation texts, both languages, in file-name
/// order: material for tests that must hold on every sentence the project knows.
#[cfg(test)]
pub(crate) fn shipped_texts() -> Vec<String> {
    let mut texts = Vec::new();
    for dir in ["decks/sources", "tests/gold/texts"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("text directory")
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        texts.extend(
            paths
                .iter()
                .map(|p| std::fs::read_to_string(p).expect("text")),
        );
    }
    texts
}

pub fn generate(sources: &[Source], options: &Options) -> Generated {
    let mut all: Vec<Chosen> = Vec::new();
    let mut reports = Vec::new();
    let mut taken = BTreeSet::new();
    // (cloze or not, prompt) of every card taken, the deck parser's duplicate test (only
    // asked whether it holds a prompt, never iterated: a hash set spares the ordered
    // comparisons of long prompts)
    let mut prompts: hash::FxHashSet<(bool, String)> = hash::FxHashSet::default();
    let mut deck_lang: Option<&'static str> = None;
    let mut first_title: Option<String> = None;
    for (di, src) in sources.iter().enumerate() {
        let lang: &'static dyn Language = options
            .lang
            .as_deref()
            .and_then(lang::by_code)
            .unwrap_or_else(|| lang::detect(&src.text));
        let doc = document(&src.text, lang);
        if di == 0 {
            first_title = doc.title.clone();
        }
        deck_lang.get_or_insert(lang.code());
        let sents = sentences::sentences(&doc);
        let a = analyse::analyse(&doc, &sents, lang);
        let mut cands = Vec::new();
        for si in 0..a.sents.len() {
            cands.extend(rules::candidates(&a, si));
        }
        let cap = rank::default_cap(&a);
        let mut chosen = rank::select(&a, cands, cap, &mut taken);
        chosen.retain(|(c, score)| !weak::weak(&a, c, *score));
        for (c, _) in &mut chosen {
            weak_gaps::trim(&a, c);
        }
        opening_gap::drop_opening_gaps(&a, &mut chosen);
        asked_in_cloze::drop_questions_in_clozes(&a, &mut chosen);
        // a cloze without its weak gaps can equal another ("De {{c1::slakken}} zijn op
        // {{c2::…}}" and the repeated sentence's "De slakken zijn op {{c1::…}}"): a deck
        // holds each prompt once, or it does not read back
        // (room made first: growing the set hashes every prompt again)
        prompts.reserve(chosen.len());
        chosen.retain(|(c, _)| prompts.insert((c.cloze, c.front.clone())));
        reports.push(DocReport {
            name: src.name.clone(),
            lang: lang.code(),
            sentences: a.sents.len(),
            cards: chosen.len(),
            other_lang: match options.lang.as_deref().and_then(lang::by_code) {
                Some(_) => None,
                None => lang::other_language_share(&src.text, lang),
            },
        });
        // the tag of each heading, made once: a section has many cards
        let mut slugs: BTreeMap<Option<usize>, Option<String>> = BTreeMap::new();
        for (order, (c, score)) in chosen.into_iter().enumerate() {
            let s = &a.sents[c.sent];
            let tags = slugs
                .entry(s.heading)
                .or_insert_with(|| {
                    s.heading
                        .and_then(|h| a.headings.get(&h))
                        .or(a.title.as_ref())
                        .map(|h| slug(h))
                        .filter(|t| !t.is_empty())
                })
                .iter()
                .cloned()
                .collect();
            let context = match s.prev {
                // a clause split off a sentence has the sentence's first part before it: the
                // original already holds it, so it is not shown twice
                Some(p)
                    if a.sents[p].original != s.original
                        && (c.with_prev
                            || s.text.len() != s.original.len() && needs_prev(&a, c.sent)) =>
                {
                    format!("{} {}", a.sents[p].original, s.original)
                }
                _ => s.original.clone(),
            };
            let content = if c.cloze {
                Content::Cloze {
                    text: c.front,
                    extra: None,
                }
            } else {
                Content::Basic {
                    front: c.front,
                    back: c.back,
                    reverse: false,
                }
            };
            all.push(Chosen {
                card: CardEntry {
                    id: None,
                    content,
                    tags,
                    source: Some(src.name.clone()),
                    context: Some(context),
                    suspended: None,
                    schedule: None,
                    line: 0,
                },
                score,
                doc: di,
                order,
            });
        }
        let _ = di;
    }
    if let Some(max) = options.max
        && all.len() > max
    {
        let mut idx: Vec<usize> = (0..all.len()).collect();
        idx.sort_by(|&x, &y| {
            all[y]
                .score
                .cmp(&all[x].score)
                .then(all[x].doc.cmp(&all[y].doc))
                .then(all[x].order.cmp(&all[y].order))
        });
        let keep: BTreeSet<usize> = idx.into_iter().take(max).collect();
        let mut i = 0;
        all.retain(|_| {
            i += 1;
            keep.contains(&(i - 1))
        });
    }
    for (di, r) in reports.iter_mut().enumerate() {
        r.cards = all.iter().filter(|c| c.doc == di).count();
    }
    // a name given keeps its "::" (a subdeck, as the user asked)
    let name = options.deck.clone().unwrap_or_else(|| {
        let mut name = first_title
            .or_else(|| sources.first().map(|s| s.name.clone()))
            .unwrap_or_else(|| "Generated".to_string());
        // a title's "::" would nest the deck; replaced until none is left (one pass turns
        // ":::" into "::", which the deck parser refuses)
        while name.contains("::") {
            name = name.replace("::", ":");
        }
        name
    });
    let deck = DeckFile {
        deck: DeckMeta {
            name,
            description: None,
            language: deck_lang.map(str::to_string),
            sources: sources.iter().map(|s| s.name.clone()).collect(),
        },
        cards: all.into_iter().map(|c| c.card).collect(),
    };
    Generated { deck, reports }
}

/// The sentence's pronoun was resolved from the previous sentence (not from a heading).
fn needs_prev(a: &analyse::Analysis, si: usize) -> bool {
    let s = &a.sents[si];
    let first_orig = s
        .original
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let lex = a.lex();
    let from_heading = s.heading.is_some_and(|h| a.section_topic.contains_key(&h));
    (lex.pronouns.contains(&first_orig.as_str())
        || lex.demonstratives.contains(&first_orig.as_str()))
        && !(from_heading && (first_orig == "het" || first_orig == "it"))
}

#[cfg(test)]
mod context_tests;
#[cfg(test)]
mod deck_name_tests {
    /// `--deck "Parent::Child"` makes a subdeck, as with `recall import --deck`; only a
    /// title's or file name's "::" is flattened (it was applied to `--deck` too).
    #[test]
    fn a_deck_name_given_keeps_its_subdeck() {
        let sources = [super::Source {
            name: "a.txt".into(),
            text: "Amsterdam is de hoofdstad van Nederland.".into(),
        }];
        let options = super::Options {
            deck: Some("Aardrijkskunde::Hoofdsteden".into()),
            ..Default::default()
        };
        let deck = super::generate(&sources, &options).deck;
        assert_eq!(deck.deck.name, "Aardrijkskunde::Hoofdsteden");
    }

    #[test]
    fn a_title_with_a_run_of_colons_names_a_deck_that_reads_back() {
        // "Koralen:::::riffen" became "Koralen:::riffen", which the parser refused
        for title in ["Koralen:::::riffen", "Koralen::::riffen", "Koralen::riffen"] {
            let sources = [super::Source {
                name: "koralen.txt".into(),
                text: format!("{title}\n\nKoralen leven in warme zeeën."),
            }];
            let deck = super::generate(&sources, &Default::default()).deck;
            assert_eq!(deck.deck.name, "Koralen:riffen");
            let written = crate::decks::write(&deck).unwrap_or_default();
            assert!(
                crate::decks::parse(&written, "koralen.toml").is_ok(),
                "{written}"
            );
        }
    }
}
