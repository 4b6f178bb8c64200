use std::process::ExitCode;

use clap::Parser;
use recall::cli::Cli;
use recall::commands;

/// mimalloc: the generator allocates many small strings; this makes it about 15% faster. It
/// also takes over `malloc` itself (the `override` feature), so the SQLite that rusqlite
/// bundles allocates through it too: ~5% fewer instructions on the saving thread of a large
/// import, whose every bound text is a copy SQLite allocates.
#[global_allocator]
static ALLOC: recall::alloc::Alloc = recall::alloc::Alloc;

fn main() -> ExitCode {
    recall::alloc::keep_freed_memory();
    let cli = Cli::parse();
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if commands::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("recall: {err:#}");
            ExitCode::FAILURE
        }
    }
}
