//! Every command and flag, with its help text. No logic here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// recall: spaced repetition in the terminal (SM-2).
///
/// Run `recall study` for today's cards, `recall import FILE` to add a deck, and `recall` alone
/// for an overview.
#[derive(Debug, Parser)]
#[command(name = "recall", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The heading of the options every command takes, so that a command's help lists its own
/// options first instead of mixing the two.
const GLOBAL: &str = "Global options";

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The collection file [default: the platform data dir, e.g.
    /// ~/.local/share/recall/collection.db]
    #[arg(long, global = true, env = "RECALL_DB", value_name = "PATH", help_heading = GLOBAL)]
    pub db: Option<PathBuf>,

    /// Act as if it were TIME: RFC 3339, a local date-time (2026-03-01T09:30:00), or a date
    /// (meaning 12:00 local)
    #[arg(
        long,
        global = true,
        env = "RECALL_NOW",
        value_name = "TIME",
        value_parser = valid_now,
        help_heading = GLOBAL
    )]
    pub now: Option<String>,

    /// When to use colour (NO_COLOR set means never)
    #[arg(
        long,
        global = true,
        value_enum,
        default_value_t = ColorChoice::Auto,
        value_name = "WHEN",
        help_heading = GLOBAL
    )]
    pub color: ColorChoice,
}

/// A `--now` value that cannot be read is wrong usage (exit 2, cli.md), like any bad option
/// value; the value itself is resolved later, in `commands`, which owns the clock.
fn valid_now(text: &str) -> Result<String, String> {
    use crate::clock::{NOW_FORMS, NowError, parse_now};
    match parse_now(text, &chrono::Local) {
        Ok(_) => Ok(text.to_string()),
        // clap names the value already; say only what is wrong with it.
        Err(NowError::Unparsable(_)) => Err(format!("expected {NOW_FORMS}")),
        Err(NowError::NonexistentLocalTime(_)) => {
            Err("that local time does not exist (daylight saving gap)".to_string())
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Study today's cards: due cards first, then new ones
    ///
    /// On a terminal: Enter shows the back, then pick a grade 0-5 (arrows or j/k and Enter, or the
    /// digit); u undoes the last answer, s suspends the card, q, Esc or Ctrl-C quits with the
    /// summary. With --mode type, type :u, :s or :q as the answer to undo, suspend or quit.
    ///
    /// Without a terminal (or with --plain) each card reads two lines from stdin: the typed answer,
    /// then the grade (0-5; q, u, s also work there, :q, :u, :s on the answer line).
    /// Every answer is saved before the next card is shown.
    Study(StudyArgs),
    /// Import deck files, Anki packages (.apkg, .colpkg) and CSV/TSV files
    Import(ImportArgs),
    /// Export cards as a deck file (TOML) or as CSV/TSV that Anki imports
    Export(ExportArgs),
    /// Make flashcards from text documents (offline, rule-based; Dutch and English)
    Generate(GenerateArgs),
    /// List decks with their card counts
    Decks(DecksArgs),
    /// List cards with their ids and schedule
    Cards(CardsArgs),
    /// Show or set the daily limits of new cards and reviews per deck
    Limits(LimitsArgs),
    /// Take cards out of study
    Suspend(IdsArgs),
    /// Put suspended cards back into study
    Unsuspend(IdsArgs),
    /// Progress statistics
    Stats(StatsArgs),
    /// Check the collection's integrity (and repair what is safe)
    Check(CheckArgs),
    /// Copy the collection into backups/ beside it
    Backup(BackupArgs),
    /// Replace the collection with a backup (the current one is backed up first)
    Restore(RestoreArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StudyMode {
    /// Think of the answer, press Enter to see it
    Flip,
    /// Type the answer; it is compared leniently
    Type,
}

#[derive(Debug, Args)]
pub struct StudyArgs {
    /// Only this deck (and its subdecks)
    #[arg(long, short)]
    pub deck: Option<String>,

    /// Show at most N new cards in this run (instead of the daily limit)
    #[arg(long, value_name = "N")]
    pub new: Option<usize>,

    /// Show at most N review cards in this run (instead of the daily limit)
    #[arg(long, value_name = "N")]
    pub reviews: Option<usize>,

    /// Flip cards, or type the answers
    #[arg(long, value_enum, default_value_t = StudyMode::Flip)]
    pub mode: StudyMode,

    /// Use the plain line protocol even on a terminal (always used when stdin is not one)
    #[arg(long)]
    pub plain: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    Auto,
    Toml,
    Csv,
    Tsv,
    Apkg,
    Colpkg,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Files to import: deck files (.toml), Anki packages (.apkg, .colpkg), CSV/TSV (.csv,
    /// .tsv, .txt)
    #[arg(value_name = "FILE", required_unless_present = "examples")]
    pub files: Vec<PathBuf>,

    /// The file format (by default, from the extension)
    #[arg(long, value_enum, default_value_t = ImportFormat::Auto)]
    pub format: ImportFormat,

    /// Import the built-in example deck (Vitamine K2)
    #[arg(long)]
    pub examples: bool,

    /// Show what would change, change nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Replace the collection's scheduling with the file's, where the file has some
    #[arg(long)]
    pub overwrite_scheduling: bool,

    /// Put every imported card into deck D (instead of the deck the file names)
    #[arg(long, short, value_name = "D")]
    pub deck: Option<String>,

    /// Import cards as new, without the file's scheduling and review log
    #[arg(long)]
    pub no_scheduling: bool,

    /// Refuse a text file with any bad row (by default bad rows are skipped and reported)
    #[arg(long)]
    pub strict: bool,

    /// Column meanings of a CSV/TSV file, e.g. front,back,tags (overrides its #columns: line;
    /// also deck, notetype, guid, or any field name)
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    pub columns: Option<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// recall's deck file; re-importing it gives the same cards (and, with
    /// --with-scheduling, the same schedule)
    Toml,
    /// Anki's "Notes in Plain Text" with a comma
    Csv,
    /// Anki's "Notes in Plain Text" with a tab
    Tsv,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only this deck (and its subdecks)
    #[arg(long, short)]
    pub deck: Option<String>,

    /// The output format [default: from the extension of -o]
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,

    /// Include each card's schedule and suspension (TOML only)
    #[arg(long)]
    pub with_scheduling: bool,

    /// Write here instead of to stdout (a directory for a TOML export of several decks)
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GenerateLang {
    /// Detect each document's language
    Auto,
    /// Dutch
    Nl,
    /// English
    En,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Plain-text documents (UTF-8) to make cards from; `-` reads standard input
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,

    /// The documents' language
    #[arg(long, value_enum, default_value_t = GenerateLang::Auto)]
    pub lang: GenerateLang,

    /// The deck's name [default: the first document's title]
    #[arg(long, value_name = "NAME")]
    pub deck: Option<String>,

    /// Write the deck to PATH instead of standard output
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// Put the cards straight into the collection (the same path as `recall import`)
    #[arg(long)]
    pub import: bool,

    /// At most N notes in the deck (a cloze of several gaps is one note, several cards) [default: about 1.2 per informative sentence]
    #[arg(long, value_name = "N")]
    pub max: Option<usize>,
}

#[derive(Debug, Args)]
pub struct DecksArgs {
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CardsArgs {
    /// Only this deck (and its subdecks)
    #[arg(long, short)]
    pub deck: Option<String>,

    /// Only cards whose front, back or tags contain TEXT (case-insensitive)
    #[arg(long, short, value_name = "TEXT")]
    pub search: Option<String>,

    /// Only cards due today or overdue
    #[arg(long)]
    pub due: bool,

    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LimitsArgs {
    /// The deck to change (and its subdecks); without it, every deck's limits are shown
    #[arg(value_name = "DECK")]
    pub deck: Option<String>,

    /// New cards per day
    #[arg(long, value_name = "N", requires = "deck")]
    pub new: Option<u32>,

    /// Reviews per day
    #[arg(long, value_name = "N", requires = "deck")]
    pub reviews: Option<u32>,
}

#[derive(Debug, Args)]
pub struct IdsArgs {
    /// Card ids (or unambiguous prefixes), as `recall cards` shows them
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Only this deck (and its subdecks)
    #[arg(long, short)]
    pub deck: Option<String>,

    /// Days of history to cover, today included
    #[arg(long, value_name = "N", default_value_t = 365,
          value_parser = clap::value_parser!(u32).range(1..=36500))]
    pub days: u32,

    /// Print JSON
    #[arg(long)]
    pub json: bool,

    /// Write a self-contained HTML report to PATH (`-` for stdout)
    #[arg(long, value_name = "PATH")]
    pub html: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Fix what can be fixed safely, and say what was done
    #[arg(long)]
    pub repair: bool,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Keep only the newest N backups [default: RECALL_KEEP_BACKUPS, or 7]
    #[arg(long, value_name = "N")]
    pub keep: Option<usize>,

    /// List the backups instead of making one
    #[arg(long)]
    pub list: bool,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup to restore (see `recall backup --list`)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Do not ask for confirmation
    #[arg(long, short)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write completions for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
