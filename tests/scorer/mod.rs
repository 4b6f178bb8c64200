//! A Rust port of the matching rules of `shared/tools/score_deck.py` (normalize, answer_match,
//! overlap_ok, answer_leaks), so the quality tests need no Python. Same thresholds, same
//! tokenisation; see the Python docstrings for the reasoning behind each rule.

#![allow(dead_code)]

use std::collections::BTreeSet;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

const STOP_NL: &str = "de het een en of van in op te ten ter voor met aan door die dat dit deze
    is zijn was waren wordt worden werd werden er om tot als bij uit over naar ook
    je jouw u uw hij zij ze we wij ik zich hun haar zo dan maar wel niet nog al
    heeft hebben had kan kunnen zal zullen wat welke wie waar hoe waarom wanneer";
const STOP_EN: &str = "the a an and or of in on at to for with by from as is are was were be been
    being it its this that these those which who whom what where when why how
    do does did can could will would should may might their there they you your
    he she his her we our not no than then so also";

fn stop(lang: &str) -> BTreeSet<&'static str> {
    let s = if lang == "en" { STOP_EN } else { STOP_NL };
    s.split_whitespace().collect()
}

fn number_word(t: &str) -> Option<&'static str> {
    Some(match t {
        "twee" | "two" => "2",
        "drie" | "three" => "3",
        "vier" | "four" => "4",
        "vijf" | "five" => "5",
        "zes" | "six" => "6",
        "zeven" | "seven" => "7",
        "acht" | "eight" => "8",
        "negen" | "nine" => "9",
        "tien" | "ten" => "10",
        "elf" | "eleven" => "11",
        "twaalf" | "twelve" => "12",
        "twintig" | "twenty" => "20",
        "dertig" | "thirty" => "30",
        "veertig" | "forty" => "40",
        "vijftig" | "fifty" => "50",
        "zestig" | "sixty" => "60",
        "zeventig" | "seventy" => "70",
        "tachtig" | "eighty" => "80",
        "negentig" | "ninety" => "90",
        "honderd" | "hundred" => "100",
        "duizend" | "thousand" => "1000",
        _ => return None,
    })
}

fn unit_word(t: &str) -> Option<&'static str> {
    Some(match t {
        "microgram" | "micrograms" | "mcg" | "microgrammen" => "ug",
        "milligram" | "milligrams" | "milligrammen" => "mg",
        "gram" | "grams" | "grammen" => "g",
        "percent" | "procent" => "pct",
        _ => return None,
    })
}

const UNITS: &str = "mg ug g kg ml l iu pct c x keer maal times uur uren hour hours minuut minuten
    minute minutes seconde seconden second seconds dag dagen day days week weken weeks maand
    maanden month months jaar jaren year years miljoen miljard million billion tabletten tablets";

pub struct Scorer {
    thousands: Regex,
    decimal: Regex,
    split_ld: Regex,
    split_dl: Regex,
    join_dash: Regex,
    point: Regex,
    nonalnum: Regex,
    number: Regex,
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer {
            thousands: Regex::new(r"(^|[^\d.,])(\d{1,3}(?:[.,]\d{3})+)($|[^\d.,])").unwrap(),
            decimal: Regex::new(r"(\d),(\d)").unwrap(),
            split_ld: Regex::new(r"([a-z])(\d)").unwrap(),
            split_dl: Regex::new(r"(\d)([a-z])").unwrap(),
            join_dash: Regex::new(r"([a-z])-(\d)").unwrap(),
            point: Regex::new(r"(\d)\.(\d)").unwrap(),
            nonalnum: Regex::new(r"[^a-z0-9\x00]+").unwrap(),
            number: Regex::new(r"^\d+(?:\.\d+)?$").unwrap(),
        }
    }
}

impl Scorer {
    pub fn normalize(&self, s: &str, split: bool) -> String {
        let mut s = s
            .replace("één", " 1 ")
            .replace("Één", " 1 ")
            .replace(['µ', 'μ'], "u")
            .replace('%', " pct ")
            .replace(['°', '+'], " ");
        s = s
            .nfkd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .collect::<String>()
            .to_lowercase();
        s = s.replace("per cent", "pct");
        // thousands separators (the Python look-arounds, emulated; applied twice for overlaps)
        for _ in 0..2 {
            s = self
                .thousands
                .replace_all(&s, |c: &regex::Captures| {
                    format!("{}{}{}", &c[1], c[2].replace([',', '.'], ""), &c[3])
                })
                .into_owned();
        }
        s = self.decimal.replace_all(&s, "$1.$2").into_owned();
        if split {
            for _ in 0..2 {
                s = self.split_ld.replace_all(&s, "$1 $2").into_owned();
                s = self.split_dl.replace_all(&s, "$1 $2").into_owned();
            }
        } else {
            s = self.join_dash.replace_all(&s, "$1$2").into_owned();
        }
        for _ in 0..2 {
            s = self.point.replace_all(&s, "$1\x00$2").into_owned();
        }
        s = self.nonalnum.replace_all(&s, " ").into_owned();
        s = s.replace('\x00', ".");
        let toks: Vec<String> = s
            .split_whitespace()
            .map(|t| {
                let t = number_word(t).unwrap_or(t);
                unit_word(t).unwrap_or(t).to_string()
            })
            .collect();
        let mut out: Vec<String> = Vec::new();
        for t in toks {
            if (t == "graden" || t == "degrees")
                && out
                    .last()
                    .is_some_and(|l| l.chars().all(|c| c.is_ascii_digit() || c == '.'))
            {
                out.push("c".into());
                continue;
            }
            if t == "celsius" && out.last().is_some_and(|l| l == "c") {
                continue;
            }
            out.push(t);
        }
        out.join(" ")
    }

    pub fn tokens(&self, s: &str) -> Vec<String> {
        self.normalize(s, true)
            .split_whitespace()
            .map(str::to_string)
            .collect()
    }

    fn words(&self, s: &str) -> Vec<String> {
        self.normalize(s, false)
            .split_whitespace()
            .map(str::to_string)
            .collect()
    }

    fn content(&self, toks: &[String], lang: &str) -> Vec<String> {
        let st = stop(lang);
        toks.iter()
            .filter(|t| !st.contains(t.as_str()))
            .cloned()
            .collect()
    }

    fn numbers(&self, toks: &[String]) -> BTreeSet<String> {
        toks.iter()
            .filter(|t| self.number.is_match(t))
            .cloned()
            .collect()
    }

    pub fn answer_leaks(&self, answer: &str, visible: &str, lang: &str) -> bool {
        let a = self.tokens(answer);
        !a.is_empty()
            && a.join(" ").len() >= 3
            && !self.content(&a, lang).is_empty()
            && contains_seq(&self.tokens(visible), &a)
    }

    /// The Python `answer_match`, returning whether it matched.
    pub fn answer_match(&self, card: &str, gold: &str, lang: &str) -> bool {
        let (ct, gt) = (self.tokens(card), self.tokens(gold));
        if ct.is_empty() || gt.is_empty() {
            return false;
        }
        let (cs, gs) = (ct.join(" "), gt.join(" "));
        if cs == gs {
            return true;
        }
        let (cw, gw) = (self.words(card), self.words(gold));
        let (cn, gn) = (self.numbers(&cw), self.numbers(&gw));
        if !gn.is_empty() && cn != gn {
            return false;
        }
        let gc = {
            let c = self.content(&gw, lang);
            if c.is_empty() { gw.clone() } else { c }
        };
        let cc = {
            let c = self.content(&cw, lang);
            if c.is_empty() { cw.clone() } else { c }
        };
        let size = |ws: &[String]| {
            let c = self.content(ws, lang).len();
            if c == 0 { ws.len() } else { c }
        };
        if size(&cw) <= 5.max(2 * size(&gw) + 2) && gs.len() >= 3 {
            if contains_seq(&ct, &gt) {
                return true;
            }
            let ccs: BTreeSet<&String> = cc.iter().collect();
            if gc.iter().all(|t| ccs.contains(t)) {
                return true;
            }
        }
        if cs.len() >= 3 && cn.is_subset(&gn) && contains_seq(&gt, &ct) {
            let ccs: BTreeSet<&String> = cc.iter().collect();
            let covered = gc.iter().filter(|t| ccs.contains(t)).count();
            if covered as f64 / gc.len() as f64 >= 0.6 {
                return true;
            }
        }
        let units: BTreeSet<&str> = UNITS.split_whitespace().collect();
        if !cn.is_empty()
            && cn == gn
            && self
                .content(&cw, lang)
                .iter()
                .all(|t| cn.contains(t) || units.contains(t.as_str()))
        {
            let rest = self
                .content(&gw, lang)
                .into_iter()
                .filter(|t| !gn.contains(t) && !units.contains(t.as_str()))
                .count();
            if rest <= 2 {
                return true;
            }
        }
        false
    }

    fn reduce(&self, text: &str, drop: &BTreeSet<String>, lang: &str) -> Vec<String> {
        let mut seen = BTreeSet::new();
        self.content(&self.tokens(text), lang)
            .into_iter()
            .filter(|t| !drop.contains(t) && t.chars().count() > 1)
            .filter(|t| seen.insert(t.clone()))
            .collect()
    }

    /// The Python `overlap_ok`.
    pub fn overlap_ok(
        &self,
        prompt: &str,
        source: &str,
        sentence: &str,
        answer: &[String],
        lang: &str,
    ) -> bool {
        let drop: BTreeSet<String> = answer.iter().cloned().collect();
        let s = self.reduce(sentence, &drop, lang);
        let p = self.reduce(prompt, &drop, lang);
        if s.is_empty() {
            return !p.is_empty();
        }
        let shared = |a: &[String], b: &[String]| {
            a.iter().filter(|x| b.iter().any(|y| tok_eq(x, y))).count()
        };
        let sp = shared(&s, &p);
        if !p.is_empty() {
            let ratio = sp as f64 / s.len().min(p.len()) as f64;
            let need = if s.len().min(p.len()) <= 3 { 1 } else { 2 };
            if sp >= need && ratio >= 0.3 {
                return true;
            }
        }
        if !source.is_empty() && sp >= 1 {
            let r = self.reduce(source, &drop, lang);
            if shared(&s, &r) as f64 / s.len() as f64 >= 0.5 {
                return true;
            }
        }
        false
    }
}

fn tok_eq(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let pa: String = a.chars().take(5).collect();
    let pb: String = b.chars().take(5).collect();
    a.chars().count() >= 5 && b.chars().count() >= 5 && pa == pb
}

fn contains_seq(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// One card as the scorer sees it: its (answer, prompt) candidates, leak checks and source.
pub struct Card {
    /// (answer, prompt, the deletion whose leak checks apply: None for all of them)
    pub candidates: Vec<(String, String, Option<u32>)>,
    pub source: String,
    pub front_shown: String,
    pub kind_key: String,
    /// (deletion, what the learner sees while it is hidden): the Python `leaked` tests each
    /// deletion on its own, never the joined answer of a whole sentence against the sentence
    pub leak_checks: Vec<(u32, String, String)>,
}

/// Cards of a TOML deck as the Python loader reads them.
pub fn cards_of(deck: &recall::decks::DeckFile) -> Vec<Card> {
    let re = Regex::new(r"(?s)\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}").unwrap();
    deck.cards
        .iter()
        .map(|c| {
            let source = c.context.clone().unwrap_or_default();
            match &c.content {
                recall::decks::Content::Basic { front, back, .. } => Card {
                    candidates: vec![(back.clone(), front.clone(), None)],
                    source,
                    front_shown: front.clone(),
                    kind_key: format!("qa\u{1}{front}\u{1}{back}"),
                    leak_checks: vec![(0, back.clone(), front.clone())],
                },
                recall::decks::Content::Cloze { text, .. } => {
                    let mut by_n: std::collections::BTreeMap<u32, Vec<String>> = Default::default();
                    let mut hints: std::collections::BTreeMap<u32, Vec<String>> =
                        Default::default();
                    for m in re.captures_iter(text) {
                        let n: u32 = m[1].parse().unwrap();
                        by_n.entry(n).or_default().push(m[2].to_string());
                        if let Some(h) = m.get(3).filter(|h| !h.as_str().is_empty()) {
                            hints.entry(n).or_default().push(h.as_str().to_string());
                        }
                    }
                    let render = |hide: Option<u32>| {
                        re.replace_all(text, |m: &regex::Captures| {
                            let n: u32 = m[1].parse().unwrap();
                            if Some(n) == hide {
                                format!("[{}]", m.get(3).map_or("...", |h| h.as_str()))
                            } else {
                                m[2].to_string()
                            }
                        })
                        .into_owned()
                    };
                    // what the learner sees while deletion n is hidden: its hints shown after
                    let visible = |n: u32| {
                        let hint = hints.get(&n).map(|h| h.join(" ")).unwrap_or_default();
                        format!("{} {hint}", render(Some(n)))
                    };
                    let mut candidates: Vec<(String, String, Option<u32>)> = by_n
                        .iter()
                        .map(|(n, dels)| (dels.join(" "), visible(*n), Some(*n)))
                        .collect();
                    if by_n.len() > 1 {
                        let all: Vec<String> = by_n.values().flatten().cloned().collect();
                        candidates.push((all.join(" "), render(None), None));
                    }
                    let first = by_n.keys().next().copied();
                    let leak_checks = by_n
                        .iter()
                        .flat_map(|(n, dels)| {
                            let shown = visible(*n);
                            dels.iter().map(move |d| (*n, d.clone(), shown.clone()))
                        })
                        .collect();
                    Card {
                        candidates,
                        source,
                        front_shown: render(first),
                        kind_key: format!("cloze\u{1}{text}"),
                        leak_checks,
                    }
                }
            }
        })
        .collect()
}

/// A gold fact list in the shared JSON format.
#[derive(serde::Deserialize)]
pub struct Gold {
    pub lang: String,
    pub facts: Vec<Fact>,
}

#[derive(serde::Deserialize)]
pub struct Fact {
    pub answer: String,
    #[serde(default)]
    pub accept: Vec<String>,
    #[serde(default)]
    pub sentence: String,
}

pub struct Report {
    pub facts: usize,
    pub hit: usize,
    pub cards: usize,
    pub leaks: usize,
    pub dups: usize,
    pub long_fronts: usize,
}

impl Report {
    pub fn recall(&self) -> f64 {
        if self.facts == 0 {
            0.0
        } else {
            self.hit as f64 / self.facts as f64
        }
    }
}

/// Score a deck against a gold list: the Python `fact_recall` and `deck_stats`.
pub fn score(gold: &Gold, deck: &recall::decks::DeckFile) -> Report {
    let sc = Scorer::default();
    let lang = gold.lang.as_str();
    let cards = cards_of(deck);
    let mut hit = 0;
    for f in &gold.facts {
        let golds: Vec<&String> = std::iter::once(&f.answer).chain(f.accept.iter()).collect();
        let found = cards.iter().any(|c| {
            c.candidates.iter().any(|(cand, prompt, n)| {
                let leaked = c
                    .leak_checks
                    .iter()
                    .filter(|(m, ..)| n.is_none_or(|n| n == *m))
                    .any(|(_, a, p)| sc.answer_leaks(a, p, lang));
                if leaked {
                    return false;
                }
                let Some(g) = golds.iter().find(|g| sc.answer_match(cand, g, lang)) else {
                    return false;
                };
                sc.overlap_ok(prompt, &c.source, &f.sentence, &sc.tokens(g), lang)
            })
        });
        if found {
            hit += 1;
        }
    }
    let mut seen = BTreeSet::new();
    let mut dups = 0;
    let mut leaks = 0;
    let mut long_fronts = 0;
    for c in &cards {
        if !seen.insert(sc.normalize(&c.kind_key, true)) {
            dups += 1;
        }
        if c.leak_checks
            .iter()
            .any(|(_, a, p)| sc.answer_leaks(a, p, lang))
        {
            leaks += 1;
        }
        if c.front_shown.chars().count() > 300 {
            long_fronts += 1;
        }
    }
    Report {
        facts: gold.facts.len(),
        hit,
        cards: cards.len(),
        leaks,
        dups,
        long_fronts,
    }
}
