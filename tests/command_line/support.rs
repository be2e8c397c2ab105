//! Helpers shared by the integration tests that run the `sanad` binary.
#![allow(dead_code)]

use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// How long one command may take before the test calls it a hang. Generous: the tests run
/// the debug build on a shared machine; a hang is minutes, not seconds.
pub const TIME_BOUND: Duration = Duration::from_secs(60);

/// `sanad ARGS` in `dir`, killed and reported as a hang past [`TIME_BOUND`].
pub fn sanad_in(dir: &Path, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sanad"));
    command
        .args(args)
        .current_dir(dir)
        .env("SANAD_REVIEWER", "tester")
        // The user's own settings and queues are never read or written by a test.
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("XDG_DATA_HOME", dir.join(".local/share"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    run_bounded(command, args)
}

/// Run `command`, reading its output, failing the test when it outlives [`TIME_BOUND`].
pub fn run_bounded(mut command: Command, what: &[&str]) -> Output {
    let started = Instant::now();
    let mut child = command.spawn().expect("sanad starts");
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let out_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(s) = stdout.as_mut() {
            let _ = s.read_to_end(&mut bytes);
        }
        bytes
    });
    let err_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(s) = stderr.as_mut() {
            let _ = s.read_to_end(&mut bytes);
        }
        bytes
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > TIME_BOUND {
            let _ = child.kill();
            let _ = child.wait();
            panic!("sanad {what:?} hung: killed after {TIME_BOUND:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Output {
        status,
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
    }
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A refusal: exit `code`, one line on stderr naming no panic, no control characters.
pub fn assert_one_line_refusal(out: &Output, code: i32) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(code), "stderr: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err:?}");
    assert!(!err.contains("internal error"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        !err.trim_end().chars().any(|c| c.is_control()),
        "raw control characters: {err:?}"
    );
    err
}

/// Success: exit 0 within the bound, and nothing about an internal error.
pub fn assert_ok(out: &Output) {
    assert!(out.status.success(), "stderr: {}", stderr(out));
    assert!(!stderr(out).contains("internal error"), "{}", stderr(out));
}
