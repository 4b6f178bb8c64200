#![allow(clippy::unwrap_used, clippy::expect_used)]

//! `recall stats` end to end: a history built over several days with `--now` and the plain
//! study protocol, then every figure of `stats --json` checked by hand, the HTML report
//! checked against the JSON, the terminal page and the dashboard.

mod common;

use std::collections::HashMap;

use common::Env;
use serde_json::{Value, json};

/// The fronts `study --plain` showed, in order.
fn fronts(out: &str) -> Vec<&str> {
    out.lines().filter_map(|l| l.strip_prefix("Q: ")).collect()
}

/// Three decks (one a subdeck), eight cards, and this history (UTC; a day starts at 04:00):
///
/// - Mon 2 March 09:00, Bio: b1 5; b2 1, then 4. Bio::Cells: k1 3, drill 4.
/// - 4 March 02:30, still Tuesday 3 March: b1 4, b2 2, k1 5, b2 again 5.
/// - Wed 4 March 04:00: b2 3, drill 5. Chem at 10:00: h1 0, then 4.
/// - h2 suspended. Nothing on Thursday 5 March.
/// - Fri 6 March 09:00: h1 4.
fn history() -> Env {
    let env = Env::new();
    let bio = env.deck(
        "bio.toml",
        "Bio",
        &[
            ("b1", "What is ATP?", "energy"),
            ("b2", "What is DNA?", "genes"),
            ("b3", "What is RNA?", "copy"),
            ("b4", "What is a gene?", "unit"),
        ],
    );
    let cells = env.deck(
        "cells.toml",
        "Bio::Cells",
        &[
            ("k1", "What is a cell?", "unit of life"),
            ("k2", "What is a nucleus?", "core"),
        ],
    );
    let chem = env.deck(
        "chem.toml",
        "Chem",
        &[
            ("h1", "What is H2O?", "water"),
            ("h2", "What is NaCl?", "salt"),
        ],
    );
    for file in [&bio, &cells, &chem] {
        env.ok(&["import", file.to_str().unwrap()]);
    }
    let steps: [(&str, &[&str], &str, &[&str]); 6] = [
        (
            "2026-03-02T09:00:00",
            &["--deck", "Bio", "--new", "2"],
            "\n5\n\n1\n\n4\n",
            &["What is ATP?", "What is DNA?", "What is DNA?"],
        ),
        (
            "2026-03-02T09:10:00",
            &["--deck", "Bio::Cells", "--new", "1"],
            "\n3\n\n4\n",
            &["What is a cell?", "What is a cell?"],
        ),
        (
            "2026-03-04T02:30:00",
            &["--new", "0"],
            "\n4\n\n2\n\n5\n\n5\n",
            &[
                "What is ATP?",
                "What is DNA?",
                "What is a cell?",
                "What is DNA?",
            ],
        ),
        (
            "2026-03-04T04:00:00",
            &["--new", "0"],
            "\n3\n\n5\n",
            &["What is DNA?", "What is DNA?"],
        ),
        (
            "2026-03-04T10:00:00",
            &["--deck", "Chem", "--new", "1"],
            "\n0\n\n4\n",
            &["What is H2O?", "What is H2O?"],
        ),
        (
            "2026-03-06T09:00:00",
            &["--new", "0"],
            "\n4\n",
            &["What is H2O?"],
        ),
    ];
    for (i, (now, args, input, shown)) in steps.iter().enumerate() {
        if i == 5 {
            env.ok(&["suspend", "h2"]);
        }
        let out = env.study(now, input, args);
        assert_eq!(fronts(&out), *shown, "session at {now}:\n{out}");
    }
    env
}

fn stats_json(env: &Env, now: &str, extra: &[&str]) -> Value {
    let mut args = vec!["--now", now, "stats", "--json"];
    args.extend_from_slice(extra);
    serde_json::from_str(&env.ok(&args)).expect("stats --json is JSON")
}

/// Milliseconds the answers of `day` took, as the log recorded them.
fn time_on(env: &Env, day: &str) -> u64 {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.query_row(
        "SELECT coalesce(sum(duration_ms), 0) FROM reviews WHERE day = \
         CAST(julianday(?1) - julianday('1970-01-01') AS INTEGER)",
        [day],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn stats_json_figures_follow_the_definitions_day_by_day() {
    let env = history();
    let s = stats_json(&env, "2026-03-06T12:00:00", &["--days", "7"]);

    // The documented keys, in the documented order (pretty JSON: two spaces, then the key).
    let raw = env.ok(&[
        "--now",
        "2026-03-06T12:00:00",
        "stats",
        "--json",
        "--days",
        "7",
    ]);
    let keys: Vec<&str> = raw
        .lines()
        .filter_map(|l| l.strip_prefix("  \""))
        .filter_map(|l| l.split_once('"').map(|(k, _)| k))
        .collect();
    assert_eq!(
        keys,
        [
            "today",
            "cards",
            "due",
            "reviews",
            "retention",
            "streak",
            "forecast",
            "history",
            "intervals",
            "easiness",
            "hardest",
            "decks"
        ]
    );

    assert_eq!(
        s["today"],
        json!({
            "date": "2026-03-06",
            "answered": 1,
            "new_seen": 0,
            "time_ms": time_on(&env, "2026-03-06"),
            "grades": [0, 0, 0, 0, 1, 0],
        })
    );
    assert_eq!(
        s["cards"],
        json!({"new": 3, "learning": 0, "young": 4, "mature": 0, "suspended": 1, "total": 8})
    );
    assert_eq!(s["due"], json!({"today": 0, "tomorrow": 0, "week": 4}));
    assert_eq!(s["reviews"], json!({"total": 14, "today": 1}));
    // Scheduled reviews: b1 4, b2 2, k1 5 (3 March), b2 3 (4 March), h1 4 (6 March).
    assert_eq!(s["retention"], json!({"d7": 0.8, "d30": 0.8, "d365": 0.8}));
    assert_eq!(s["streak"], json!({"current": 1, "longest": 3}));

    let forecast = s["forecast"].as_array().unwrap();
    assert_eq!(forecast.len(), 30);
    assert_eq!(forecast[0], json!({"date": "2026-03-07", "due": 0}));
    assert_eq!(forecast[29]["date"], "2026-04-05");
    let due: HashMap<&str, u64> = forecast
        .iter()
        .filter(|f| f["due"] != 0)
        .map(|f| (f["date"].as_str().unwrap(), f["due"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        due,
        HashMap::from([("2026-03-09", 2), ("2026-03-10", 1), ("2026-03-12", 1)])
    );

    assert_eq!(
        s["history"],
        json!([
            {"date": "2026-02-28", "reviews": 0},
            {"date": "2026-03-01", "reviews": 0},
            {"date": "2026-03-02", "reviews": 5},
            {"date": "2026-03-03", "reviews": 4},
            {"date": "2026-03-04", "reviews": 4},
            {"date": "2026-03-05", "reviews": 0},
            {"date": "2026-03-06", "reviews": 1},
        ])
    );
    let buckets = |key: &str| -> Vec<(String, u64)> {
        s[key]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["count"] != 0)
            .map(|b| {
                (
                    b["range"].as_str().unwrap().to_string(),
                    b["count"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(s["intervals"].as_array().unwrap().len(), 11);
    assert_eq!(buckets("intervals"), [("4-7".to_string(), 4)]);
    // b2 and k1 at 2.46, b1 at 2.60, h1 at 2.50.
    assert_eq!(
        buckets("easiness"),
        [("2.30-2.49".to_string(), 2), ("2.50-2.69".to_string(), 2)]
    );
    assert_eq!(
        s["hardest"],
        json!([{
            "id": "b2", "deck": "Bio", "front": "What is DNA?", "lapses": 1,
            "easiness": 2.46, "interval": 6, "suspended": false, "leech": false
        }])
    );
    assert_eq!(
        s["decks"],
        json!([
            {"name": "Bio", "total": 4, "new": 2, "due": 0},
            {"name": "Bio::Cells", "total": 2, "new": 1, "due": 0},
            {"name": "Chem", "total": 2, "new": 0, "due": 0},
        ])
    );
}

#[test]
fn the_day_turns_at_four_and_deck_narrows_every_figure() {
    let env = history();
    // At 03:59 on 4 March it is still 3 March: the 02:30 answers are today's.
    let s = stats_json(&env, "2026-03-04T03:59:00", &[]);
    assert_eq!(s["today"]["date"], "2026-03-03");
    assert_eq!(s["reviews"], json!({"total": 14, "today": 4}));
    assert_eq!(s["today"]["grades"], json!([0, 0, 1, 0, 1, 2]));
    assert_eq!(s["streak"], json!({"current": 2, "longest": 2}));
    assert_eq!(s["history"].as_array().unwrap().len(), 365);
    assert_eq!(
        s["history"][364],
        json!({"date": "2026-03-03", "reviews": 4})
    );
    let s = stats_json(&env, "2026-03-04T04:00:00", &[]);
    assert_eq!(s["today"]["date"], "2026-03-04");
    assert_eq!(s["reviews"]["today"], 4);

    // Bio and its subdeck: b1 (2 answers), b2 (6), k1 (3).
    let s = stats_json(&env, "2026-03-06T12:00:00", &["--deck", "bio"]);
    assert_eq!(s["reviews"], json!({"total": 11, "today": 0}));
    assert_eq!(s["cards"]["total"], 6);
    assert_eq!(s["retention"]["d7"], 0.75);
    assert_eq!(s["streak"], json!({"current": 0, "longest": 3}));
    let names: Vec<&str> = s["decks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Bio", "Bio::Cells"]);

    let s = stats_json(&env, "2026-03-06T12:00:00", &["--deck", "Bio::Cells"]);
    assert_eq!(s["reviews"]["total"], 3);
    assert_eq!(s["hardest"], json!([]));
}

#[test]
fn an_empty_collection_has_zero_figures() {
    let env = Env::new();
    let s = stats_json(&env, "2026-03-06T12:00:00", &["--days", "30"]);
    assert_eq!(s["reviews"], json!({"total": 0, "today": 0}));
    assert_eq!(
        s["retention"],
        json!({"d7": null, "d30": null, "d365": null})
    );
    assert_eq!(s["history"].as_array().unwrap().len(), 30);
    assert_eq!(s["decks"], json!([]));
    let text = env.ok(&["--now", "2026-03-06T12:00:00", "stats"]);
    assert!(text.contains("No cards yet"), "{text}");
}

#[test]
fn bad_arguments_are_refused_with_one_line() {
    let env = history();
    let err = env.fails(&["stats", "--deck", "Physics"]);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("recall: ") && err.contains("Physics"),
        "{err}"
    );
    let dir = env.path("missing-dir");
    let target = dir.join("report.html");
    let err = env.fails(&["stats", "--html", target.to_str().unwrap()]);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!(
            "recall: {}: cannot write the report",
            target.display()
        )),
        "{err}"
    );
    let out = env.cmd().args(["stats", "--days", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "usage error");
}

/// Every element that carries `attr`, with its attributes.
fn marks<'a>(doc: &'a roxmltree::Document<'a>, attr: &str) -> Vec<roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.is_element() && n.has_attribute(attr))
        .collect()
}

#[test]
fn the_html_report_is_well_formed_and_holds_the_json_figures() {
    let env = history();
    let now = "2026-03-06T12:00:00";
    let path = env.path("report.html");
    let json_out = env.ok(&[
        "--now",
        now,
        "stats",
        "--json",
        "--html",
        path.to_str().unwrap(),
    ]);
    let s: Value = serde_json::from_str(&json_out).unwrap();
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script"), "no JavaScript");
    for remote in ["http://", "https://"] {
        let outside: Vec<&str> = html
            .match_indices(remote)
            .map(|(i, _)| &html[i..(i + 40).min(html.len())])
            .filter(|u| !u.starts_with("http://www.w3.org/"))
            .collect();
        assert!(outside.is_empty(), "nothing fetched: {outside:?}");
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(&html, options)
        .expect("the report is well-formed XML");

    // Every scalar figure, at its JSON path, with its exact value.
    let figures = marks(&doc, "data-figure");
    let mut seen = std::collections::BTreeSet::new();
    for node in &figures {
        let path = node.attribute("data-figure").unwrap();
        let pointer = format!("/{}", path.replace('.', "/"));
        let value = s
            .pointer(&pointer)
            .unwrap_or_else(|| panic!("{path} in JSON"));
        assert_eq!(
            node.attribute("data-value").unwrap(),
            value.to_string(),
            "{path}"
        );
        seen.insert(path.to_string());
    }
    for group in ["today", "cards", "due", "reviews", "retention", "streak"] {
        for (key, value) in s[group].as_object().unwrap() {
            if key == "date" {
                continue;
            }
            if let Some(list) = value.as_array() {
                for i in 0..list.len() {
                    assert!(
                        seen.contains(&format!("{group}.{key}.{i}")),
                        "{group}.{key}.{i}"
                    );
                }
            } else {
                assert!(
                    seen.contains(&format!("{group}.{key}")),
                    "{group}.{key} shown"
                );
            }
        }
    }
    // Shown as a person reads them.
    let shown = |path: &str| {
        figures
            .iter()
            .find(|n| n.attribute("data-figure") == Some(path))
            .and_then(|n| n.text())
            .unwrap()
            .to_string()
    };
    assert_eq!(shown("retention.d30"), "80.0%");
    assert_eq!(shown("cards.total"), "8");

    // Forecast bars and calendar cells, day by day.
    let dated: HashMap<String, String> = marks(&doc, "data-date")
        .iter()
        .map(|n| {
            (
                format!(
                    "{}:{}",
                    n.tag_name().name(),
                    n.attribute("data-date").unwrap()
                ),
                n.attribute("data-value").unwrap().to_string(),
            )
        })
        .collect();
    let bars = marks(&doc, "data-date")
        .iter()
        .filter(|n| n.attribute("class") == Some("bar"))
        .count();
    assert_eq!(bars, 30, "one forecast bar per day");
    for f in s["forecast"].as_array().unwrap() {
        let date = f["date"].as_str().unwrap();
        let bar = marks(&doc, "data-date")
            .into_iter()
            .find(|n| n.attribute("class") == Some("bar") && n.attribute("data-date") == Some(date))
            .unwrap();
        assert_eq!(bar.attribute("data-value").unwrap(), f["due"].to_string());
    }
    let cells = marks(&doc, "data-date")
        .iter()
        .filter(|n| n.attribute("class") != Some("bar"))
        .count();
    assert_eq!(cells, 365, "one calendar cell per day of the window");
    for h in s["history"].as_array().unwrap() {
        let key = format!("rect:{}", h["date"].as_str().unwrap());
        assert!(dated.contains_key(&key), "{key}");
    }
    let march_2 = marks(&doc, "data-date")
        .into_iter()
        .find(|n| {
            n.attribute("class") != Some("bar") && n.attribute("data-date") == Some("2026-03-02")
        })
        .unwrap();
    assert_eq!(march_2.attribute("data-value"), Some("5"));

    // Histogram bars, deck rows and the hardest cards.
    let ranges: Vec<(String, String)> = marks(&doc, "data-range")
        .iter()
        .map(|n| {
            (
                n.attribute("data-range").unwrap().to_string(),
                n.attribute("data-value").unwrap().to_string(),
            )
        })
        .collect();
    let from_json: Vec<(String, String)> = s["intervals"]
        .as_array()
        .unwrap()
        .iter()
        .chain(s["easiness"].as_array().unwrap())
        .map(|b| {
            (
                b["range"].as_str().unwrap().to_string(),
                b["count"].to_string(),
            )
        })
        .collect();
    assert_eq!(ranges, from_json);
    for deck in s["decks"].as_array().unwrap() {
        let row = marks(&doc, "data-deck")
            .into_iter()
            .find(|n| n.attribute("data-deck") == deck["name"].as_str())
            .unwrap();
        for field in ["total", "new", "due"] {
            let cell = row
                .children()
                .find(|c| c.attribute("data-field") == Some(field))
                .unwrap();
            assert_eq!(
                cell.attribute("data-value").unwrap(),
                deck[field].to_string()
            );
        }
    }
    let hard = marks(&doc, "data-card");
    assert_eq!(hard.len(), 1);
    assert_eq!(hard[0].attribute("data-card"), Some("b2"));
    assert_eq!(hard[0].attribute("data-leech"), Some("false"));
}

#[test]
fn the_terminal_page_and_the_dashboard_fit_80_columns() {
    let env = history();
    let now = "2026-03-06T12:00:00";
    let page = env.ok(&["--now", now, "stats"]);
    for line in page.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line:?}");
        assert!(
            !line.contains('\u{1b}'),
            "no colour with NO_COLOR: {line:?}"
        );
    }
    let lines: Vec<&str> = page.lines().collect();
    assert_eq!(lines[0], "recall stats · Friday 6 March 2026 · all decks");
    assert_eq!(
        lines[1],
        "0 due today · streak 1 day (longest 3) · retention 80.0% over 30 days"
    );
    for expected in [
        "Cards      8 in all · 3 new · 0 learning · 4 young · 0 mature · 1 suspended",
        "Reviews    14 in all · 1 today",
        "Retention  80.0% last 7 days · 80.0% last 30 days · 80.0% last 365 days",
    ] {
        assert!(lines.contains(&expected), "{expected:?} in\n{page}");
    }
    assert!(page.contains("Forecast · cards due on each of the next 30 days · 4 in all"));
    assert!(page.contains("Activity · answers per day, last 26 weeks"));
    assert!(page.contains("     1  b2  Bio   What is DNA?"), "{page}");

    let dash = env.ok(&["--now", now]);
    let lines: Vec<&str> = dash.lines().collect();
    assert_eq!(lines[0], "recall · Friday 6 March 2026");
    assert_eq!(
        lines[1],
        "0 due today · streak 1 day · retention 80.0% over 30 days"
    );
    assert!(lines[2].starts_with("Next 30 days  ") && lines[2].ends_with("  4 due"));
    assert!(lines[3].ends_with("  14 answers, 1 today"), "{dash}");
    assert!(
        dash.contains("  Bio::Cells     0 due ·    1 new ·     2 cards"),
        "{dash}"
    );
    assert!(dash.lines().all(|l| l.chars().count() <= 80));
}
