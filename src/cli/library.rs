//! `sanad library`: the desk's library of published fact-checks and of the claims judged in
//! its own review folders, kept in a folder of its own (`--library DIR`, `$SANAD_LIBRARY`, or
//! the user's data folder).

use super::Format;
use super::output::{Failure, about, print, push_tsv_field, say};
use sanad::factchecks::desk::ScanSummary;
use sanad::factchecks::{self, Library, LibraryError, Origin};
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

/// `sanad library add FOLDER…`: the folders registered and scanned; what the scan found.
pub fn add(folders: &[PathBuf], library: Option<&Path>) -> Result<ExitCode, Failure> {
    let dir = folder(library)?;
    let summary = factchecks::add_folders(&dir, folders).map_err(refused)?;
    say(&format!(
        "{}: {} review files ({} read), {} judged claims",
        dir.display(),
        summary.files,
        summary.read,
        summary.claims
    ))?;
    say_problems(&summary)?;
    Ok(ExitCode::SUCCESS)
}

/// The review files a scan could not read, one line each.
fn say_problems(summary: &ScanSummary) -> Result<(), Failure> {
    for (path, problem) in &summary.problems {
        say(&format!("not read: {}: {problem}", path.display()))?;
    }
    Ok(())
}

/// `sanad library stats`: how many fact-checks, of which languages and publishers, from
/// when to when; the review folders, when each was last scanned and what it held.
pub fn stats(library: Option<&Path>) -> Result<ExitCode, Failure> {
    let dir = folder(library)?;
    let kept = factchecks::load(&dir).map_err(refused)?;
    let items = kept.items();
    say(&format!("{}: {} fact-checks", dir.display(), items.len()))?;
    let (folders, scanned) = factchecks::desk_status(&dir).map_err(refused)?;
    for registered in &folders {
        let files = scanned
            .values()
            .filter(|f| f.path.starts_with(&registered.path));
        let (count, claims) = files.fold((0, 0), |(n, c), f| (n + 1, c + f.claims.len()));
        let when = if registered.scanned.is_empty() {
            "never"
        } else {
            registered.scanned.as_str()
        };
        say(&format!(
            "reviews: {}: {count} files, {claims} judged claims, last scanned {when}",
            registered.path.display()
        ))?;
    }
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

/// `sanad library match`: the best fact-checks for one claim, or for each line of a batch
/// file (`ID<TAB>TEXT`), as JSON Lines or TSV.
pub fn find_matches(
    text: Option<String>,
    batch: Option<&Path>,
    top: usize,
    format: Format,
    library: Option<&Path>,
) -> Result<ExitCode, Failure> {
    let queries: Vec<(String, String)> = match (batch, text) {
        (Some(path), _) => {
            let bytes = sanad::import::read_limited(path, factchecks::MAX_FILE_BYTES)
                .map_err(|e| Failure::Refused(e.to_string()))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| Failure::Refused(about(path, "not UTF-8 text")))?;
            text.lines()
                .filter(|line| !line.trim().is_empty())
                .map(|line| match line.split_once('\t') {
                    Some((id, text)) => (id.to_string(), text.to_string()),
                    None => (String::new(), line.to_string()),
                })
                .collect()
        }
        (None, Some(text)) => vec![(text.clone(), text)],
        (None, None) => return Err(Failure::Usage("give a claim or --batch FILE".into())),
    };
    let dir = folder(library)?;
    let opened = Library::open(&dir).map_err(refused)?;
    if matches!(format, Format::Tsv) {
        print(
            "query\trank\tscore\tsource\trating\tpublisher\tdate\turl\tclaim\treview\tclaim_id\n",
        )?;
    }
    for (id, text) in &queries {
        let found = opened
            .search(text, top)
            .map_err(|e| Failure::Refused(e.to_string()))?;
        match format {
            Format::Json => {
                let matches: Vec<serde_json::Value> = found
                    .iter()
                    .map(|found| {
                        let f = found.fact_check;
                        let (source, path, claim_id) = origin_fields(found.origin);
                        serde_json::json!({
                            "url": f.url, "claim": f.claim, "rating": f.rating,
                            "publisher": f.publisher, "date": f.date, "language": f.language,
                            "score": found.score, "source": source,
                            "review_path": path, "claim_id": claim_id,
                        })
                    })
                    .collect();
                let line = serde_json::json!({"query": id, "matches": matches});
                print(&format!("{line}\n"))?;
            }
            Format::Tsv => {
                let mut out = String::new();
                for (rank, found) in found.iter().enumerate() {
                    let f = found.fact_check;
                    let (source, path, claim_id) = origin_fields(found.origin);
                    push_tsv_field(&mut out, id);
                    out.push_str(&format!("\t{}\t{:.3}\t{source}", rank + 1, found.score));
                    let path = path.unwrap_or_default();
                    for field in [&f.rating, &f.publisher, &f.date, &f.url, &f.claim, &path] {
                        out.push('\t');
                        push_tsv_field(&mut out, field);
                    }
                    out.push('\t');
                    if let Some(claim_id) = claim_id {
                        out.push_str(&claim_id.to_string());
                    }
                    out.push('\n');
                }
                print(&out)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A match's source, its review file and its claim's id, as the output names them.
fn origin_fields(origin: Origin<'_>) -> (&'static str, Option<String>, Option<u32>) {
    match origin {
        Origin::Import => ("import", None, None),
        Origin::Review(claim) => (
            "review",
            Some(claim.review_path.display().to_string()),
            Some(claim.claim_id),
        ),
    }
}

/// `sanad library rebuild`: the review folders scanned again from nothing and the search
/// index made again from the library's files.
pub fn rebuild(library: Option<&Path>) -> Result<ExitCode, Failure> {
    let dir = folder(library)?;
    let (imported, judged) = factchecks::rebuild(&dir).map_err(refused)?;
    say(&format!(
        "{}: index made of {imported} fact-checks and {judged} judged claims",
        dir.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}
