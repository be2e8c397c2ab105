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
        cli::output::complain(&format!("internal error: {message} (please report this)"));
    }));
    let args = cli::Args::parse();
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
