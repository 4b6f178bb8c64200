//! The harness every integration test uses: a temp dir with its own collection, and the
//! binary run with a scrubbed environment (no colour, no backtraces, UTC, a private HOME).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("collection.db");
        Env { dir, db }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The binary with `--db` set, no env leaking in from the developer's machine.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.bare_cmd();
        cmd.arg("--db").arg(&self.db);
        cmd
    }

    /// The binary without `--db` (HOME and XDG dirs point into the temp dir).
    pub fn bare_cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("recall").expect("binary");
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("TZ", "UTC")
            .env("NO_COLOR", "1")
            .env("RUST_BACKTRACE", "0");
        cmd
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, contents).expect("write file");
        path
    }

    /// Run with `args`, expecting success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run");
        assert!(
            out.status.success(),
            "recall {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Run with `args`, expecting exit code 1; returns stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run");
        assert_eq!(
            out.status.code(),
            Some(1),
            "recall {args:?} should fail: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).expect("utf-8 stderr")
    }

    pub fn run(&self, args: &[&str], stdin: &str) -> Output {
        self.cmd()
            .args(args)
            .write_stdin(stdin)
            .output()
            .expect("run")
    }

    /// `study --plain` at `now` with `input` on stdin; returns stdout.
    pub fn study(&self, now: &str, input: &str, extra: &[&str]) -> String {
        let mut args = vec!["--now", now, "study", "--plain"];
        args.extend_from_slice(extra);
        let out = self.run(&args, input);
        assert!(
            out.status.success(),
            "study failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// `cards --json` at `now`.
    pub fn cards(&self, now: &str) -> Vec<Value> {
        let out = self.ok(&["--now", now, "cards", "--json"]);
        serde_json::from_str(&out).expect("cards --json is JSON")
    }

    pub fn card(&self, now: &str, id: &str) -> Value {
        self.cards(now)
            .into_iter()
            .find(|c| c["id"] == id)
            .expect("card present")
    }

    /// A deck file with one basic card per (id, front, back).
    pub fn deck(&self, file: &str, name: &str, cards: &[(&str, &str, &str)]) -> PathBuf {
        let mut text = format!("[deck]\nname = \"{name}\"\n");
        for (id, front, back) in cards {
            text.push_str(&format!(
                "\n[[card]]\nid = \"{id}\"\nfront = \"{front}\"\nback = \"{back}\"\n"
            ));
        }
        self.write(file, text)
    }

    /// A hex dump-free fingerprint of the collection's content, to prove "nothing changed".
    pub fn dump(&self) -> String {
        dump_db(&self.db)
    }
}

/// Every row of every recall table, in order: equal dumps mean equal content.
pub fn dump_db(path: &Path) -> String {
    if !path.exists() {
        return String::from("<no collection>");
    }
    let conn = rusqlite::Connection::open(path).expect("open db");
    let mut out = String::new();
    for table in ["decks", "notes", "cards", "reviews"] {
        let mut stmt = match conn.prepare(&format!("SELECT * FROM {table} ORDER BY id")) {
            Ok(s) => s,
            Err(_) => continue,
        };
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut cells = Vec::new();
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    cells.push(format!("{v:?}"));
                }
                Ok(cells.join("|"))
            })
            .expect("query");
        for row in rows {
            out.push_str(table);
            out.push(':');
            out.push_str(&row.expect("row"));
            out.push('\n');
        }
    }
    out
}

/// (notes, cards) of the built-in example deck, which the generator may regenerate: tests
/// compute its size instead of writing it down.
pub fn builtin_size() -> (usize, usize) {
    let deck = recall::decks::parse(recall::decks::BUILTIN_DECK, "builtin").expect("built-in deck");
    let batch = deck.to_batch();
    (
        batch.notes.len(),
        batch.notes.iter().map(|n| n.cards.len()).sum(),
    )
}

/// The sibling groups of the built-in example deck: notes made from one sentence (same
/// non-empty `context`) form one group, a note without a context a group of its own. A study
/// day shows at most one new card a group. Returns (group of each note's guid, group count).
pub fn builtin_sibling_groups() -> (std::collections::HashMap<String, usize>, usize) {
    let deck = recall::decks::parse(recall::decks::BUILTIN_DECK, "builtin").expect("built-in deck");
    let mut by_context = std::collections::HashMap::new();
    let mut groups = std::collections::HashMap::new();
    let mut count = 0;
    for note in deck.to_batch().notes {
        let fresh = count;
        let group = match note.context.filter(|c| !c.is_empty()) {
            Some(c) => *by_context.entry(c).or_insert(fresh),
            None => fresh,
        };
        if group == fresh {
            count += 1;
        }
        groups.insert(note.guid, group);
    }
    (groups, count)
}

/// A recall process running in the background (`Env::spawn`), its input fed by a thread so that
/// a full pipe never blocks the test.
pub struct Running {
    child: std::process::Child,
    writer: std::thread::JoinHandle<()>,
}

impl Env {
    /// Start the binary (with `--db`, the scrubbed environment) without waiting for it.
    pub fn spawn(&self, args: &[&str], input: &str) -> Running {
        use std::process::Stdio;
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("recall"))
            .arg("--db")
            .arg(&self.db)
            .args(args)
            .env("NO_COLOR", "1")
            .env("RUST_BACKTRACE", "0")
            .env("TZ", "UTC")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input = input.to_string();
        let writer = std::thread::spawn(move || {
            let _ = std::io::Write::write_all(&mut stdin, input.as_bytes());
        });
        Running { child, writer }
    }
}

impl Running {
    /// The process has not ended yet.
    #[allow(dead_code)] // (not every test binary that includes this module asks)
    pub fn running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// Wait for the process; it must succeed with nothing on stderr.
    pub fn finish(self) -> Output {
        let out = self.child.wait_with_output().unwrap();
        self.writer.join().unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "exit {:?}, stderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }
}
