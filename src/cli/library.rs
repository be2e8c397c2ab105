//! `sanad library`: the desk's library of published fact-checks, kept in a folder of its own
//! (`--library DIR`, `$SANAD_LIBRARY`, or the user's data folder).

use super::Format;
use super::output::{Failure, about, print, push_tsv_field, say};
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
    let (kept, index) = factchecks::open(&dir).map_err(refused)?;
    if matches!(format, Format::Tsv) {
        print("query\trank\tscore\trating\tpublisher\tdate\turl\tclaim\n")?;
    }
    for (id, text) in &queries {
        let hits = index
            .search(text, top, factchecks::Weights::default())
            .map_err(|e| Failure::Refused(e.to_string()))?;
        let found = hits
            .iter()
            .map(|hit| (&kept.items()[hit.position], hit.score));
        match format {
            Format::Json => {
                let matches: Vec<serde_json::Value> = found
                    .map(|(f, score)| {
                        serde_json::json!({
                            "url": f.url, "claim": f.claim, "rating": f.rating,
                            "publisher": f.publisher, "date": f.date, "language": f.language,
                            "score": score, "source": "import",
                            "review_path": null, "claim_id": null,
                        })
                    })
                    .collect();
                let line = serde_json::json!({"query": id, "matches": matches});
                print(&format!("{line}\n"))?;
            }
            Format::Tsv => {
                let mut out = String::new();
                for (rank, (f, score)) in found.enumerate() {
                    push_tsv_field(&mut out, id);
                    out.push_str(&format!("\t{}\t{score:.3}", rank + 1));
                    for field in [&f.rating, &f.publisher, &f.date, &f.url, &f.claim] {
                        out.push('\t');
                        push_tsv_field(&mut out, field);
                    }
                    out.push('\n');
                }
                print(&out)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `sanad library rebuild`: the search index made again from the library's file.
pub fn rebuild(library: Option<&Path>) -> Result<ExitCode, Failure> {
    let dir = folder(library)?;
    let count = factchecks::rebuild(&dir).map_err(refused)?;
    say(&format!(
        "{}: index made of {count} fact-checks",
        dir.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}
