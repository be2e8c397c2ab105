//! `sanad`: the window when run with no subcommand, and a command line over the same library.
//!
//! Exit codes: 0 success; 1 the input was refused (invalid review, unreadable article, unknown
//! claim); 2 usage error (bad arguments).

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // A bug must still end in one readable line, never a backtrace in a user's terminal.
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown failure".into());
        eprintln!("sanad: internal error: {message} (please report this)");
    }));
    let args = cli::Args::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("sanad: {failure}");
            ExitCode::from(1)
        }
    }
}
