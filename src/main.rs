//! `sanad`: the window when run with no subcommand, and a command line over the same library.
//!
//! Exit codes: 0 success; 1 the input was refused (invalid review, unreadable article, unknown
//! claim); 2 usage error (bad arguments).

// User input never reaches an unwrap: outside tests, a value that may be missing is handled.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

mod cli;

/// mimalloc instead of the system's allocator: the engine makes several small allocations
/// per claim, and on a 10 MB article (100 000 claims) glibc's malloc, free and fresh pages
/// were a sixth of `sanad claims` (docs/measurements.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        // Where it happened, so that a report of it can be acted on.
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        cli::output::complain(&format!(
            "internal error{place}: {message} (please report this)"
        ));
    }));
    let args = match cli::Args::try_parse() {
        Ok(args) => args,
        // Help and version are output, not errors: written like any other output.
        Err(e) if !e.use_stderr() => {
            return match cli::output::print(&e.render().to_string()) {
                Ok(()) | Err(cli::output::Failure::OutputClosed) => ExitCode::SUCCESS,
                Err(
                    cli::output::Failure::Refused(message) | cli::output::Failure::Usage(message),
                ) => {
                    cli::output::complain(&message);
                    ExitCode::from(1)
                }
            };
        }
        // A usage error is one line like every other message; `--help` says the rest.
        Err(e) => {
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("invalid arguments");
            let reason = first.strip_prefix("error: ").unwrap_or(first);
            cli::output::complain(&format!("{reason} (see sanad --help)"));
            return ExitCode::from(2);
        }
    };
    match cli::run(args) {
        Ok(code) => code,
        Err(cli::output::Failure::OutputClosed) => ExitCode::SUCCESS,
        Err(cli::output::Failure::Refused(message)) => {
            cli::output::complain(&message);
            ExitCode::from(1)
        }
        Err(cli::output::Failure::Usage(message)) => {
            cli::output::complain(&message);
            ExitCode::from(2)
        }
    }
}
