//! The `sanad` binary run as a user or a script runs it: every subcommand end to end, crash
//! safety under SIGKILL, and generated hostile input, each case within a time bound.

mod cli;
mod crash;
mod hostile;
mod library;
#[cfg(feature = "window")]
mod one_window;
mod sources;
mod support;
