#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The interactive session, driven through a pseudo-terminal like a person at a keyboard.

#![cfg(unix)]

mod common;

use std::process::Command;
use std::time::Duration;

use common::Env;
use expectrl::{Eof, Expect, Session};

const NOW: &str = "2026-01-01T12:00:00";

fn spawn(env: &Env, extra: &[&str]) -> impl Expect {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("recall"));
    cmd.args(["--db", env.db.to_str().unwrap(), "--now", NOW, "study"])
        .args(extra)
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0")
        .env("TZ", "UTC");
    let mut session = Session::spawn(cmd).expect("spawn in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

/// Grade the first of `two_cards` 5, show the second's back, and wait for its grade picker.
fn grade_the_first_and_show_the_second(p: &mut impl Expect) {
    p.expect("Enter show answer").unwrap();
    p.send("\r").unwrap();
    p.expect("How well did you remember?").unwrap();
    p.send("5").unwrap();
    p.expect("Question 2?").unwrap();
    p.expect("Enter show answer").unwrap();
    p.send("\r").unwrap();
    p.expect("How well did you remember?").unwrap();
    p.expect("q quit").unwrap();
}

fn two_cards() -> Env {
    let env = Env::new();
    let deck = env.deck(
        "d.toml",
        "D",
        &[
            ("c1", "Welk eiwit remt kalk?", "matrix Gla-proteïne"),
            ("c2", "Question 2?", "Answer 2"),
        ],
    );
    env.ok(&["import", deck.to_str().unwrap()]);
    env
}

#[test]
fn flip_pick_a_grade_and_quit() {
    let env = two_cards();
    let mut p = spawn(&env, &[]);
    p.expect("0/2 · D · new").unwrap();
    p.expect("Welk eiwit remt kalk?").unwrap();
    p.expect("Enter show answer").unwrap();
    p.send("\r").unwrap();
    p.expect("matrix Gla-proteïne").unwrap();
    p.expect("How well did you remember?").unwrap();
    p.expect("4  correct after hesitation").unwrap();
    p.expect("→ 1 day").unwrap();
    p.send("5").unwrap(); // a digit picks directly
    p.expect("next on 2026-01-02 (1 day)").unwrap();
    p.expect("Question 2?").unwrap();
    p.send("q").unwrap();
    p.expect("Session done: 1 answer (1 new, 0 drills)")
        .unwrap();
    p.expect(Eof).unwrap();

    let c1 = env.card(NOW, "c1");
    assert_eq!(
        (
            c1["repetitions"].as_u64(),
            c1["easiness"].as_f64(),
            c1["due"].as_str()
        ),
        (Some(1), Some(2.6), Some("2026-01-02"))
    );
    assert_eq!(env.card(NOW, "c2")["state"], "new");
}

#[test]
fn arrows_and_enter_pick_the_highlighted_grade() {
    let env = two_cards();
    let mut p = spawn(&env, &[]);
    p.expect("Enter show answer").unwrap();
    p.send(" ").unwrap();
    p.expect("How well did you remember?").unwrap();
    // default is 4; up twice → 2 (a failure)
    p.send("k").unwrap();
    p.send("\x1b[A").unwrap();
    p.send("\r").unwrap();
    p.expect("again later today").unwrap();
    p.expect("Question 2?").unwrap();
    p.send("q").unwrap();
    p.expect(Eof).unwrap();
    let c1 = env.card(NOW, "c1");
    assert_eq!(
        (c1["repetitions"].as_u64(), c1["state"].as_str()),
        (Some(0), Some("learning"))
    );
}

#[test]
fn type_mode_checks_the_answer_and_undo_takes_it_back() {
    let env = two_cards();
    let mut p = spawn(&env, &["--mode", "type"]);
    p.expect("Your answer").unwrap();
    p.send_line("Matrix Gla-proteine").unwrap();
    p.expect("✓ correct").unwrap();
    p.expect("How well did you remember?").unwrap();
    p.send("\r").unwrap(); // the suggested grade: 4
    p.expect("next on 2026-01-02").unwrap();
    p.expect("Question 2?").unwrap();
    p.expect("Your answer").unwrap();
    p.send_line(":u").unwrap();
    p.expect("Undid the last answer (card c1).").unwrap();
    p.expect("Welk eiwit remt kalk?").unwrap();
    p.expect("Your answer").unwrap();
    p.send_line(":q").unwrap();
    p.expect("No cards answered.").unwrap();
    p.expect(Eof).unwrap();
    assert_eq!(env.card(NOW, "c1")["state"], "new");
    assert!(
        env.ok(&["--now", NOW, "check"])
            .starts_with("ok: 2 cards, 0 reviews")
    );
}

/// On a 40-column terminal every picker line wraps onto a second row. Moving the selection
/// must erase all 14 rows (6 grades and the key hint, two rows each), not one row per line,
/// which left the top half of the old picker above the new one.
#[test]
fn the_picker_on_a_narrow_terminal_is_redrawn_in_place() {
    let env = two_cards();
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("recall"));
    cmd.args(["--db", env.db.to_str().unwrap(), "--now", NOW, "study"])
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env("TZ", "UTC");
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    p.get_process_mut().set_window_size(40, 40).unwrap();
    p.expect("Enter show answer").unwrap();
    p.send("\r").unwrap();
    p.expect("How well did you remember?").unwrap();
    p.expect("q quit").unwrap();
    p.send("j").unwrap();
    // console's clear_last_lines(n) moves the cursor up n rows first
    p.expect("\x1b[14A").unwrap();
    p.expect("› 5  perfect").unwrap();
    p.send("q").unwrap();
    p.expect(Eof).unwrap();
}

/// dialoguer erases one row per prompt line: the type-mode prompt must fit in 40 columns, so the
/// keys it used to list ("Your answer (:q quit, :u undo, :s suspend)", 47 columns with its
/// marks) are a line of recall's own above it.
#[test]
fn the_answer_prompt_fits_a_narrow_terminal() {
    let env = two_cards();
    let mut p = spawn(&env, &["--mode", "type"]);
    p.expect(":q quit · :u undo · :s suspend").unwrap();
    let prompt = p.expect("›").unwrap();
    let shown = String::from_utf8_lossy(prompt.before()).to_string();
    let last_row = shown.rsplit('\n').next().unwrap_or_default();
    assert!(
        console::measure_text_width(last_row) + 2 <= 40,
        "prompt row {last_row:?}"
    );
    p.send_line(":q").unwrap();
    p.expect(Eof).unwrap();
}

/// Ctrl-C and Ctrl-D quit like `q`: the answers so far are saved and the summary is shown
/// (Ctrl-C used to kill recall with SIGINT, without a summary; Ctrl-D did nothing).
#[test]
fn ctrl_c_and_ctrl_d_end_the_session_with_its_summary() {
    for key in ["\x03", "\x04"] {
        let env = two_cards();
        let mut p = spawn(&env, &[]);
        grade_the_first_and_show_the_second(&mut p);
        p.send(key).unwrap();
        p.expect("Session done: 1 answer (1 new, 0 drills)")
            .unwrap();
        p.expect(Eof).unwrap();
        assert_eq!(env.card(NOW, "c1")["repetitions"], 1, "key {key:?}");
        assert_eq!(env.card(NOW, "c2")["state"], "new", "key {key:?}");
    }
}

/// The back of a cloze card is its whole text; the deleted words come first, on a line of
/// their own, so that the learner sees what was asked without colour to mark it.
#[test]
fn a_cloze_back_shows_the_deleted_words_on_their_own_line() {
    let env = Env::new();
    let deck = env.write(
        "c.toml",
        "[deck]\nname = \"C\"\n\n[[card]]\ncloze = \"De hoofdstad van {{c1::Curaçao::eiland}} is Willemstad.\"\n",
    );
    env.ok(&["import", deck.to_str().unwrap()]);
    let mut p = spawn(&env, &[]);
    p.expect("De hoofdstad van [eiland] is Willemstad.")
        .unwrap();
    p.expect("Enter show answer").unwrap();
    p.send("\r").unwrap();
    p.expect("  Curaçao\r\n  De hoofdstad van Curaçao is Willemstad.")
        .unwrap();
    p.expect("How well did you remember?").unwrap();
    p.send("q").unwrap();
    p.expect(Eof).unwrap();
}

/// TERM=dumb cannot move the cursor or clear the screen: `study` speaks the line protocol
/// there instead of printing escape codes the terminal shows as text.
#[test]
fn a_dumb_terminal_gets_the_line_protocol() {
    let env = two_cards();
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("recall"));
    cmd.args(["--db", env.db.to_str().unwrap(), "--now", NOW, "study"])
        .env("TERM", "dumb")
        .env("NO_COLOR", "1")
        .env("TZ", "UTC");
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    let front = p.expect("Q: Welk eiwit remt kalk?").unwrap();
    assert!(!String::from_utf8_lossy(front.before()).contains('\x1b'));
    p.send_line("").unwrap();
    p.expect("grade 0-5>").unwrap();
    p.send_line("5").unwrap();
    p.expect("Q: Question 2?").unwrap();
    p.send_line("").unwrap();
    p.expect("grade 0-5>").unwrap();
    p.send_line("q").unwrap();
    p.expect("Session done: 1 answer").unwrap();
    p.expect(Eof).unwrap();
}

/// After the last card, `u` still undoes its answer (a slip on the last card could not be
/// taken back before: the session ended at once); any other key finishes.
#[test]
fn the_last_answer_can_be_undone_before_the_session_ends() {
    let env = two_cards();
    let mut p = spawn(&env, &[]);
    for question in ["Welk eiwit remt kalk?", "Question 2?"] {
        p.expect(question).unwrap();
        p.expect("Enter show answer").unwrap();
        p.send("\r").unwrap();
        p.expect("q quit").unwrap();
        p.send("5").unwrap();
    }
    p.expect("That was the last card").unwrap();
    p.send("u").unwrap();
    p.expect("Undid the last answer (card c2).").unwrap();
    p.expect("Question 2?").unwrap();
    p.expect("Enter show answer").unwrap();
    p.send("\r").unwrap();
    p.expect("q quit").unwrap();
    p.send("4").unwrap();
    p.expect("That was the last card").unwrap();
    p.send("\r").unwrap();
    p.expect("Session done: 2 answers (2 new, 0 drills)")
        .unwrap();
    p.expect(Eof).unwrap();
    let c2 = env.card(NOW, "c2");
    assert_eq!(c2["easiness"].as_f64(), Some(2.5), "graded 4, not 5");
    assert!(
        env.ok(&["--now", NOW, "check"])
            .starts_with("ok: 2 cards, 2 reviews")
    );
}

/// In type mode, Ctrl-C and Ctrl-D at the answer prompt quit like `:q`, with the summary
/// (dialoguer's prompt raised SIGINT on Ctrl-C: no summary, exit 130; Ctrl-D did nothing).
/// Backspace still edits the answer.
#[test]
fn ctrl_c_and_ctrl_d_at_the_typed_answer_end_the_session_with_its_summary() {
    for key in ["\x03", "\x04"] {
        let env = two_cards();
        let mut p = spawn(&env, &["--mode", "type"]);
        p.expect("Your answer").unwrap();
        p.send("Matrix Gla-proteinx\x7fe\r").unwrap();
        p.expect("✓ correct").unwrap();
        p.expect("How well did you remember?").unwrap();
        p.send("\r").unwrap();
        p.expect("Question 2?").unwrap();
        p.expect("Your answer").unwrap();
        p.send("Ans").unwrap();
        p.send(key).unwrap();
        p.expect("Session done: 1 answer (1 new, 0 drills)")
            .unwrap();
        p.expect(Eof).unwrap();
        assert_eq!(env.card(NOW, "c1")["repetitions"], 1, "key {key:?}");
        assert_eq!(env.card(NOW, "c2")["state"], "new", "key {key:?}");
    }
}

/// A Ctrl-C typed while the answer line is being redrawn is a key like any other: the
/// terminal stays out of its cooked mode for the whole prompt, not only while recall waits
/// for each key (a Ctrl-C that came between two keys raised SIGINT and killed recall before
/// its summary; seen as a flaky failure of the test above on a loaded host). Keys are sent one
/// write at a time, with the line growing so that each redraw takes longer.
#[test]
fn a_ctrl_c_between_two_typed_keys_still_ends_with_the_summary() {
    for round in 0..8 {
        let env = two_cards();
        let mut p = spawn(&env, &["--mode", "type"]);
        p.expect("Your answer").unwrap();
        p.send("matrix Gla-proteïne\r").unwrap();
        p.expect("How well did you remember?").unwrap();
        p.send("\r").unwrap();
        p.expect("Question 2?").unwrap();
        p.expect("Your answer").unwrap();
        for _ in 0..60 {
            p.send("x").unwrap();
        }
        p.send("\x03").unwrap();
        p.expect("Session done: 1 answer (1 new, 0 drills)")
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
        p.expect(Eof).unwrap();
    }
}

/// The same for the grade picker: a Ctrl-C that comes while the picker is redrawn after an
/// arrow key ends the session with its summary (it raised SIGINT between two keys).
#[test]
fn a_ctrl_c_while_the_picker_is_redrawn_still_ends_with_the_summary() {
    for round in 0..8 {
        let env = two_cards();
        let mut p = spawn(&env, &[]);
        grade_the_first_and_show_the_second(&mut p);
        for i in 0..60 {
            p.send(if i % 2 == 0 { "j" } else { "k" }).unwrap();
        }
        p.send("\x03").unwrap();
        p.expect("Session done: 1 answer (1 new, 0 drills)")
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
        p.expect(Eof).unwrap();
    }
}
