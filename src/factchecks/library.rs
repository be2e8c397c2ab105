//! The library as a whole: the imported fact-checks and the desk's judged claims, one search
//! over both. Opening it re-scans the registered review folders (incrementally: only files
//! whose size or time changed are read) and reuses the index kept in the folder when it was
//! made from exactly what is there now.

use super::desk::{self, Folder, ReviewedClaim, ScanSummary, Scanned};
use super::store::{
    kept_index, locked, read_folders, read_imported, read_scanned, remake_index, save_folders,
    save_imported, stamp_of,
};
use super::{
    FactCheck, FactCheckIndex, FactChecks, IMPORTED_FILE, IndexError, LibraryError, Skipped,
    Upsert, Weights,
};
use std::path::{Path, PathBuf};

/// Where a match comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Origin<'a> {
    /// A fact-check imported from a feed or a CSV file.
    Import,
    /// A claim the desk judged in one of its reviews.
    Review(&'a ReviewedClaim),
}

/// A match for a query: the fact-check (or the desk's claim shown as one), where it comes
/// from, and its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<'a> {
    /// What was found.
    pub fact_check: &'a FactCheck,
    /// An import or one of the desk's reviews.
    pub origin: Origin<'a>,
    /// Its BM25 score (see [`Weights`]).
    pub score: f32,
    /// How much of the query it says, 0 to 1: the share of the query's terms, each
    /// weighed by its rarity, that the fact-check's texts have too (see [`strength`]).
    /// Unlike the score it can be compared across queries: the window's thresholds are
    /// set on it.
    pub strength: f32,
    /// The query's analysed terms it has too (sorted, each once).
    pub shared: Vec<String>,
}

/// The library, open for searching.
pub struct Library {
    imported: FactChecks,
    reviewed: Vec<ReviewedClaim>,
    /// The reviewed claims as fact-checks, in the same order: what the index holds after
    /// the imported ones.
    reviewed_shown: Vec<FactCheck>,
    folders: Vec<Folder>,
    last_scan: ScanSummary,
    index: FactCheckIndex,
}

impl Library {
    /// The library kept in the folder `dir` (empty when there is nothing there yet), its
    /// review folders scanned again.
    pub fn open(dir: &Path) -> Result<Library, LibraryError> {
        let (imported, imported_hash) = read_imported(dir)?;
        let mut folders = read_folders(dir)?;
        let before = if folders.is_empty() {
            Scanned::new()
        } else {
            read_scanned(dir)
        };
        let (scanned, last_scan) = desk::scan(&folders, &before);
        let nothing_kept = !dir.join(IMPORTED_FILE).exists() && folders.is_empty();
        if !nothing_kept {
            // Kept for the next opening; a library folder that cannot be written (shared,
            // read-only) is still searched, with the scan made now.
            let changed = scanned != before;
            let _ = locked(dir).and_then(|_lock| keep_scan(dir, &mut folders, &scanned, changed));
        }
        Library::assemble(
            dir,
            imported,
            &imported_hash,
            folders,
            scanned,
            last_scan,
            nothing_kept,
        )
    }

    /// The library made of what was read, with the index kept in `dir` when it was made
    /// from exactly this, else made again (kept when the folder can be written; in memory
    /// when it cannot, or when `in_memory`).
    fn assemble(
        dir: &Path,
        imported: FactChecks,
        imported_hash: &str,
        folders: Vec<Folder>,
        scanned: Scanned,
        last_scan: ScanSummary,
        in_memory: bool,
    ) -> Result<Library, LibraryError> {
        let stamp = stamp_of(imported_hash, &scan_hash(&scanned));
        let reviewed = desk::all_claims(&scanned);
        let reviewed_shown: Vec<FactCheck> =
            reviewed.iter().map(ReviewedClaim::as_fact_check).collect();
        let entries = || imported.items().iter().chain(&reviewed_shown);
        let index = match (in_memory, kept_index(dir, &stamp)) {
            (false, Some(index)) => index,
            (true, _) => FactCheckIndex::in_memory(entries())?,
            (false, None) => {
                match locked(dir).and_then(|_lock| remake_index(dir, entries(), &stamp)) {
                    Ok(index) => index,
                    Err(_) => FactCheckIndex::in_memory(entries())?,
                }
            }
        };
        Ok(Library {
            imported,
            reviewed,
            reviewed_shown,
            folders,
            last_scan,
            index,
        })
    }

    /// The imported fact-checks, in the order they were first imported.
    pub fn imported(&self) -> &[FactCheck] {
        self.imported.items()
    }

    /// The desk's judged claims, by review file.
    pub fn reviewed(&self) -> &[ReviewedClaim] {
        &self.reviewed
    }

    /// The registered review folders, with when each was last scanned.
    pub fn folders(&self) -> &[Folder] {
        &self.folders
    }

    /// What the scan made on opening found.
    pub fn last_scan(&self) -> &ScanSummary {
        &self.last_scan
    }

    /// How many fact-checks and judged claims it holds.
    pub fn len(&self) -> usize {
        self.imported.items().len() + self.reviewed.len()
    }

    /// Whether it holds nothing at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The fact-check (or judged claim shown as one) at `position` of the index, and where
    /// it comes from: the imported ones first, then the desk's.
    fn entry(&self, position: usize) -> Option<(&FactCheck, Origin<'_>)> {
        let imported = self.imported.items();
        match position.checked_sub(imported.len()) {
            None => Some((imported.get(position)?, Origin::Import)),
            Some(at) => Some((
                self.reviewed_shown.get(at)?,
                Origin::Review(self.reviewed.get(at)?),
            )),
        }
    }

    /// The `top` newest fact-checks and judged claims (by date; undated last), for browsing
    /// the library without a search. Their score and strength are 0.
    pub fn newest(&self, top: usize) -> Vec<Found<'_>> {
        let imported = self.imported.items().iter().map(|f| (f, Origin::Import));
        let reviewed = self
            .reviewed_shown
            .iter()
            .zip(&self.reviewed)
            .map(|(f, claim)| (f, Origin::Review(claim)));
        let mut all: Vec<(&FactCheck, Origin<'_>)> = imported.chain(reviewed).collect();
        all.sort_by(|a, b| b.0.date.cmp(&a.0.date));
        all.into_iter()
            .take(top)
            .map(|(fact_check, origin)| Found {
                fact_check,
                origin,
                score: 0.0,
                strength: 0.0,
                shared: Vec::new(),
            })
            .collect()
    }

    /// The `top` best matches for `text`, best first, imported and reviewed alike.
    pub fn search(&self, text: &str, top: usize) -> Result<Vec<Found<'_>>, IndexError> {
        let candidates = top.max(super::rerank::CANDIDATES);
        let mut hits = self.index.search(text, candidates, Weights::default())?;
        super::rerank::by_names(text, &mut hits, |at| self.entry(at).map(|(f, _)| f));
        hits.truncate(top);
        let mut query = super::terms(text);
        query.sort();
        query.dedup();
        let rarity = self.index.rarity(&query)?;
        Ok(hits
            .into_iter()
            .filter_map(|hit| {
                let (fact_check, origin) = self.entry(hit.position)?;
                let (strength, shared) = weigh(&query, &rarity, fact_check);
                Some(Found {
                    fact_check,
                    origin,
                    score: hit.score,
                    strength,
                    shared,
                })
            })
            .collect())
    }
}

/// The share of the query's `terms` (sorted, each once) that `fact_check` has too, each
/// term weighed by its `rarity`: 1 when every term of the query is in the fact-check's
/// claim, headline or summary, near 0 when only common words are.
pub fn strength(terms: &[String], rarity: &[f32], fact_check: &FactCheck) -> f32 {
    weigh(terms, rarity, fact_check).0
}

/// The [`strength`] of `fact_check` for the query's `terms`, and the terms it shares: the
/// fact-check's texts analysed once for both.
fn weigh(terms: &[String], rarity: &[f32], fact_check: &FactCheck) -> (f32, Vec<String>) {
    let mut its = super::terms(&fact_check.claim);
    its.extend(super::terms(&fact_check.headline));
    its.extend(super::terms(&fact_check.description));
    its.sort();
    its.dedup();
    let (mut weight, mut shared) = (0.0, Vec::new());
    for (term, r) in terms.iter().zip(rarity) {
        if its.binary_search(term).is_ok() {
            weight += r;
            shared.push(term.clone());
        }
    }
    let total: f32 = rarity.iter().sum();
    let strength = if total > 0.0 { weight / total } else { 0.0 };
    (strength, shared)
}

/// The SHA-256 of what a scan found, as [`super::store`] keeps it.
fn scan_hash(scanned: &Scanned) -> String {
    crate::model::sha256_hex(&super::store::encode_scanned(scanned))
}

/// Keep what a scan found (written when it `changed` from what was kept), and when each
/// folder was scanned. The caller holds the lock.
fn keep_scan(
    dir: &Path,
    folders: &mut [Folder],
    scanned: &Scanned,
    changed: bool,
) -> Result<(), LibraryError> {
    if changed {
        super::store::save_scanned(dir, scanned)?;
    }
    let now = crate::model::now().to_rfc3339();
    for folder in folders.iter_mut() {
        folder.scanned = now.clone();
    }
    save_folders(dir, folders)
}

/// What importing files into the library did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Fact-checks new to the library.
    pub added: usize,
    /// Fact-checks the library had, changed.
    pub updated: usize,
    /// Fact-checks the library had, the same.
    pub unchanged: usize,
    /// Items of the files that were not fact-checks.
    pub skipped: usize,
    /// The first of them (with their file), and why.
    pub first_skipped: Vec<(PathBuf, Skipped)>,
    /// How many fact-checks the library holds now.
    pub total: usize,
}

/// The imported fact-checks kept in the library folder `dir` (none when it has none yet).
pub fn load(dir: &Path) -> Result<FactChecks, LibraryError> {
    Ok(read_imported(dir)?.0)
}

/// Import `files` into the library folder `dir`. Every file is read before anything is
/// written: one refused file leaves the library as it was. The index is made again now, so
/// that the next search does not wait for it.
pub fn import_files(dir: &Path, files: &[PathBuf]) -> Result<ImportSummary, LibraryError> {
    let imports = files
        .iter()
        .map(|path| super::read_file(path).map(|import| (path, import)))
        .collect::<Result<Vec<_>, _>>()?;
    let _lock = locked(dir)?;
    let (mut library, _) = read_imported(dir)?;
    let mut summary = ImportSummary::default();
    for (path, import) in imports {
        summary.skipped += import.skipped;
        for skipped in import.first_skipped {
            if summary.first_skipped.len() < super::LISTED_SKIPS {
                summary.first_skipped.push((path.clone(), skipped));
            }
        }
        for fact_check in import.fact_checks {
            match library.upsert(fact_check) {
                Upsert::Added => summary.added += 1,
                Upsert::Updated => summary.updated += 1,
                Upsert::Unchanged => summary.unchanged += 1,
            }
        }
    }
    summary.total = library.items().len();
    if summary.added + summary.updated > 0 {
        let imported_hash = save_imported(dir, &library)?;
        remake_all(dir, &library, &imported_hash, &read_scanned(dir))?;
    }
    Ok(summary)
}

/// Make the index of `imported` and of the reviews in `scanned` again in `dir`. The
/// caller holds the lock.
fn remake_all(
    dir: &Path,
    imported: &FactChecks,
    imported_hash: &str,
    scanned: &Scanned,
) -> Result<(), LibraryError> {
    let stamp = stamp_of(imported_hash, &scan_hash(scanned));
    let reviewed: Vec<FactCheck> = desk::all_claims(scanned)
        .iter()
        .map(ReviewedClaim::as_fact_check)
        .collect();
    remake_index(dir, imported.items().iter().chain(&reviewed), &stamp)?;
    Ok(())
}

/// Register `folders` of reviews with the library folder `dir` and scan every registered
/// folder now; what the scan found.
pub fn add_folders(dir: &Path, folders: &[PathBuf]) -> Result<ScanSummary, LibraryError> {
    let mut given = Vec::with_capacity(folders.len());
    for folder in folders {
        match std::fs::canonicalize(folder) {
            Ok(path) if path.is_dir() => given.push(path),
            _ => return Err(LibraryError::NotAFolder(folder.clone())),
        }
    }
    let _lock = locked(dir)?;
    let mut registered = read_folders(dir)?;
    for path in given {
        if !registered.iter().any(|f| f.path == path) {
            registered.push(Folder {
                path,
                scanned: String::new(),
            });
        }
    }
    rescan_locked(dir, &mut registered, &read_scanned(dir))
}

/// Scan the registered folders of `dir` again from nothing (no file's record reused) and
/// make the index again: `sanad library rebuild`. How many imported fact-checks and judged
/// claims it holds.
pub fn rebuild(dir: &Path) -> Result<(usize, usize), LibraryError> {
    let _lock = locked(dir)?;
    let mut folders = read_folders(dir)?;
    let summary = rescan_locked(dir, &mut folders, &Scanned::new())?;
    Ok((load(dir)?.items().len(), summary.claims))
}

/// Scan `folders` (reusing what `before` recorded), keep the result and make the index
/// again. The caller holds the lock.
fn rescan_locked(
    dir: &Path,
    folders: &mut [Folder],
    before: &Scanned,
) -> Result<ScanSummary, LibraryError> {
    let (scanned, summary) = desk::scan(folders, before);
    keep_scan(dir, folders, &scanned, scanned != *before)?;
    let (imported, imported_hash) = read_imported(dir)?;
    remake_all(dir, &imported, &imported_hash, &scanned)?;
    Ok(summary)
}

/// The registered folders of `dir` and what their last scan found, read without scanning
/// (`sanad library stats`).
pub fn desk_status(dir: &Path) -> Result<(Vec<Folder>, Scanned), LibraryError> {
    let folders = read_folders(dir)?;
    let scanned = if folders.is_empty() {
        Scanned::new()
    } else {
        read_scanned(dir)
    };
    Ok((folders, scanned))
}

#[cfg(test)]
mod tests;
