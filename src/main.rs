use std::process::ExitCode;

use clap::Parser;
use recall::cli::Cli;
use recall::commands;

/// mimalloc: the generator allocates many small strings; this makes it about 15% faster.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
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
