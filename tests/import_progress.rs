//! The progress bar: drawn on stderr for a large import when stderr is a terminal, absent
//! otherwise.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::Env;
use expectrl::{Eof, Expect};

/// A TSV file with `n` rows.
fn big_tsv(env: &Env, n: usize) -> std::path::PathBuf {
    let mut text = String::from("#separator:tab\n#html:false\n");
    for i in 0..n {
        text.push_str(&format!("front {i}\tback {i}\n"));
    }
    env.write("big.tsv", text)
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let env = Env::new();
    let tsv = big_tsv(&env, 6000);
    let out = env
        .cmd()
        .args(["--now", "2026-01-01", "import", tsv.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(": 6000 added, 0 updated, 0 unchanged (6000 cards added, 0 updated)"),
        "{stdout}"
    );
}

#[test]
fn progress_bar_on_a_terminal() {
    let env = Env::new();
    let tsv = big_tsv(&env, 6000);
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_recall"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .args([
            "--db",
            env.db.to_str().unwrap(),
            "--now",
            "2026-01-01",
            "import",
            tsv.to_str().unwrap(),
        ]);
    let mut session = expectrl::Session::spawn(cmd).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(120)));
    session.expect("/6000 notes").unwrap();
    session.expect("6000 added").unwrap();
    session.expect(Eof).unwrap();
}
