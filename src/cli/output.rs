//! Everything the command line prints goes through here: a reader that stops reading (a
//! pipe into `head`) ends the output quietly, a full disk or a broken device is one line on
//! standard error and exit 1, and every message is one line with its control characters
//! escaped ([`sanad::terminal::one_line`]).

use std::io::Write;

/// Why a command stopped before finishing, as the exit code and the line it ends with.
#[derive(Debug)]
pub enum Failure {
    /// The input was refused, or a file could not be written: one line, exit 1.
    Refused(String),
    /// The command line itself is wrong: one line, exit 2.
    Usage(String),
    /// Whoever reads the output has stopped reading (`| head`): that is the end of the
    /// output, not an error; exit 0 and nothing more is printed.
    OutputClosed,
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Refused(message)
    }
}

/// Write `text` to standard output as it is (a data format: JSON, TSV, CSV, HTML …).
pub fn print(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(output_failure)
}

/// Write one message line to standard output, escaped for the terminal.
pub fn say(line: &str) -> Result<(), Failure> {
    print(&format!("{}\n", sanad::terminal::one_line(line)))
}

/// Write one message line to standard error, escaped, prefixed with `sanad: `. A standard
/// error that cannot be written to leaves nobody to tell, so its failure is ignored.
pub fn complain(line: &str) {
    let _ = writeln!(
        std::io::stderr().lock(),
        "sanad: {}",
        sanad::terminal::one_line(line)
    );
}

fn output_failure(error: std::io::Error) -> Failure {
    if error.kind() == std::io::ErrorKind::BrokenPipe {
        Failure::OutputClosed
    } else {
        Failure::Refused(format!("could not write the output: {error}"))
    }
}

pub use sanad::terminal::about;

/// Tabs, line breaks and other control characters would break the TSV row or reach the
/// terminal: they become spaces.
pub fn push_tsv_field(out: &mut String, text: &str) {
    // Most fields have none: the bytes that can start one (C0, DEL, and 0xC2 which opens
    // C1) are looked for all at once before the characters are read one by one.
    let may_have_control = text
        .bytes()
        .fold(false, |any, b| any | (b < 0x20) | (b == 0x7F) | (b == 0xC2));
    if !may_have_control {
        out.push_str(text);
        return;
    }
    let mut rest = text;
    while let Some(at) = rest.find(char::is_control) {
        out.push_str(&rest[..at]);
        out.push(' ');
        let width = rest[at..].chars().next().map_or(1, char::len_utf8);
        rest = &rest[at + width..];
    }
    out.push_str(rest);
}
