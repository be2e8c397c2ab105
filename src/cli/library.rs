//! `sanad library`: the desk's library of published fact-checks, kept in a folder of its own
//! (`--library DIR`, `$SANAD_LIBRARY`, or the user's data folder).

use super::output::{Failure, say};
use sanad::factchecks::{self, LibraryError};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The library folder, or the line that says there is none.
fn folder(explicit: Option<&Path>) -> Result<PathBuf, Failure> {
    factchecks::library_dir(explicit).map_err(refused)
}

fn refused(error: LibraryError) -> Failure {
    Failure::Refused(error.to_string())
}

/// `sanad library import FILE…`: every file read first (one refused file imports nothing),
/// then the counts, and the first items skipped with their reason.
pub fn import(files: &[PathBuf], library: Option<&Path>) -> Result<ExitCode, Failure> {
    let dir = folder(library)?;
    let summary = factchecks::import_files(&dir, files).map_err(refused)?;
    say(&format!(
        "{}: {} added, {} updated, {} unchanged, {} skipped ({} fact-checks in the library)",
        dir.display(),
        summary.added,
        summary.updated,
        summary.unchanged,
        summary.skipped,
        summary.total
    ))?;
    for (path, skipped) in &summary.first_skipped {
        say(&format!(
            "skipped {}, {}: {}",
            path.display(),
            skipped.at,
            skipped.reason
        ))?;
    }
    if summary.skipped > summary.first_skipped.len() {
        say(&format!(
            "… and {} more skipped",
            summary.skipped - summary.first_skipped.len()
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `sanad library stats`: how many fact-checks, of which languages and publishers, from
/// when to when.
pub fn stats(library: Option<&Path>) -> Result<ExitCode, Failure> {
    let dir = folder(library)?;
    let kept = factchecks::load(&dir).map_err(refused)?;
    let items = kept.items();
    say(&format!("{}: {} fact-checks", dir.display(), items.len()))?;
    let count = |key: fn(&factchecks::FactCheck) -> &str| {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for item in items {
            *counts.entry(key(item)).or_default() += 1;
        }
        let mut counts: Vec<(&str, usize)> = counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        counts
            .iter()
            .take(10)
            .map(|(name, n)| format!("{} {n}", if name.is_empty() { "(none)" } else { name }))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !items.is_empty() {
        say(&format!("languages: {}", count(|f| &f.language)))?;
        say(&format!("publishers: {}", count(|f| &f.publisher)))?;
        let mut dates = items
            .iter()
            .map(|f| f.date.as_str())
            .filter(|d| !d.is_empty());
        if let Some(first) = dates.next() {
            let (oldest, newest) = dates.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d)));
            say(&format!("dates: {oldest} to {newest}"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
