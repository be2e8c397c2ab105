//! The desk's own reviews as the library keeps them: every claim with a verdict (other than
//! Unreviewed and Not checkable) in the `.sanad` files of the folders registered with
//! `sanad library add`, found again by an incremental scan.
//!
//! Two files in the library folder, both rebuilt from the review folders when lost:
//! - `folders.json`: the registered folders, `[{"path": "/abs/folder", "scanned":
//!   "2026-12-02T15:00:00Z"}]`.
//! - `scanned.jsonl`: one line per review file found, `{"path", "size", "modified",
//!   "sha256", "problem", "claims": [ReviewedClaim…]}`. A file whose size and time are the
//!   ones recorded is not read again; one whose bytes hash the same is not parsed again.

use super::FactCheck;
use crate::model::{Review, Verdict};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The registered review folders, in the library folder.
pub const FOLDERS_FILE: &str = "folders.json";

/// What the last scan found in them, in the library folder.
pub const SCANNED_FILE: &str = "scanned.jsonl";

/// One claim the desk has judged, with where it lives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewedClaim {
    /// The review file it is in (absolute).
    pub review_path: PathBuf,
    /// Its id in that review.
    pub claim_id: u32,
    /// Its words.
    pub claim: String,
    /// The desk's verdict.
    pub verdict: Verdict,
    /// The reviewer's note.
    #[serde(default)]
    pub note: String,
    /// The evidence: each source's title and excerpt, as one text.
    #[serde(default)]
    pub evidence: Vec<String>,
    /// Who judged it last.
    #[serde(default)]
    pub reviewer: String,
    /// When, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// The article's language.
    #[serde(default)]
    pub language: String,
}

impl ReviewedClaim {
    /// The claim as the search and the matches show every fact-check: the verdict as its
    /// rating, the reviewer as its publisher, the note and evidence as its summary, and no
    /// page of its own.
    pub fn as_fact_check(&self) -> FactCheck {
        let mut description = self.note.clone();
        for text in &self.evidence {
            if !description.is_empty() {
                description.push(' ');
            }
            description.push_str(text);
        }
        FactCheck {
            url: String::new(),
            claim: self.claim.clone(),
            headline: String::new(),
            description,
            rating: self.verdict.label_en().to_string(),
            publisher: self.reviewer.clone(),
            date: self.date.clone(),
            language: self.language.clone(),
        }
    }
}

/// Whether the desk's verdict on a claim is a judgement worth remembering.
pub fn is_judged(verdict: Verdict) -> bool {
    verdict.is_reviewed() && verdict != Verdict::NotCheckable
}

/// The judged claims of `review`, kept at `path` (those placed in the article and those
/// that could not be, the orphans, alike).
pub fn reviewed_claims(review: &Review, path: &Path) -> Vec<ReviewedClaim> {
    let reviewer_of_all = review.reviewers.last().cloned().unwrap_or_default();
    review
        .claims
        .iter()
        .chain(&review.orphans)
        .filter(|claim| is_judged(claim.verdict))
        .map(|claim| {
            let words = if claim.quote.exact.is_empty() {
                review
                    .article
                    .text
                    .get(claim.span.start..claim.span.end)
                    .unwrap_or_default()
                    .to_string()
            } else {
                claim.quote.exact.clone()
            };
            let evidence = claim
                .evidence
                .iter()
                .map(|e| join_nonempty(&[&e.title, &e.publisher, &e.excerpt, &e.citation]))
                .filter(|text| !text.is_empty())
                .collect();
            ReviewedClaim {
                review_path: path.to_path_buf(),
                claim_id: claim.id.0,
                claim: words,
                verdict: claim.verdict,
                note: claim.note.clone(),
                evidence,
                reviewer: claim.updated_by.clone().unwrap_or(reviewer_of_all.clone()),
                date: claim
                    .updated_at
                    .unwrap_or(review.modified)
                    .date_naive()
                    .to_string(),
                language: review.article.language.clone(),
            }
        })
        .collect()
}

fn join_nonempty(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" — ")
}

/// A registered review folder and when it was last scanned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Folder {
    /// The folder (absolute).
    pub path: PathBuf,
    /// When it was last scanned, RFC 3339; empty before the first scan.
    #[serde(default)]
    pub scanned: String,
}

/// One review file as the last scan found it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScannedFile {
    /// The file (absolute).
    pub path: PathBuf,
    /// Its size in bytes when read.
    pub size: u64,
    /// Its modification time when read, nanoseconds since 1970.
    pub modified: u128,
    /// The SHA-256 of its bytes.
    pub sha256: String,
    /// Why it could not be read as a review, when it could not (its claims are then empty).
    #[serde(default)]
    pub problem: Option<String>,
    /// Its judged claims.
    #[serde(default)]
    pub claims: Vec<ReviewedClaim>,
}

/// What a scan of the review folders did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScanSummary {
    /// Review files found.
    pub files: usize,
    /// Of them, read and parsed (new or changed).
    pub read: usize,
    /// Files recorded before and now gone.
    pub removed: usize,
    /// Files that are not readable reviews, with why (the first few).
    pub problems: Vec<(PathBuf, String)>,
    /// Judged claims found in all of them.
    pub claims: usize,
}

/// The review files found by the last scan, by path.
pub type Scanned = BTreeMap<PathBuf, ScannedFile>;

/// Scan `folders` for `.sanad` files, reusing what `before` recorded of a file whose size
/// and time have not changed (and whose hash has not, when they have). Hidden files and
/// folders (`.git`, recovery copies, temporary files) are passed over; links are not
/// followed, so a loop of links cannot make the scan endless.
pub fn scan(folders: &[Folder], before: &Scanned) -> (Scanned, ScanSummary) {
    let mut now = Scanned::new();
    let mut summary = ScanSummary::default();
    for folder in folders {
        let walk = walkdir::WalkDir::new(&folder.path)
            .follow_links(false)
            .into_iter()
            .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
        for entry in walk.filter_map(Result::ok) {
            let path = entry.path();
            let is_review =
                entry.file_type().is_file() && path.extension().is_some_and(|ext| ext == "sanad");
            if !is_review || now.contains_key(path) {
                continue;
            }
            let Ok(metadata) = entry.metadata() else {
                continue;
            };
            let size = metadata.len();
            let modified = metadata
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            let scanned = match before.get(path) {
                Some(kept) if kept.size == size && kept.modified == modified => kept.clone(),
                kept => {
                    summary.read += 1;
                    read_review_file(path, size, modified, kept)
                }
            };
            if let Some(problem) = &scanned.problem
                && summary.problems.len() < super::LISTED_SKIPS
            {
                summary.problems.push((path.to_path_buf(), problem.clone()));
            }
            summary.claims += scanned.claims.len();
            now.insert(path.to_path_buf(), scanned);
        }
    }
    summary.files = now.len();
    summary.removed = before.keys().filter(|p| !now.contains_key(*p)).count();
    (now, summary)
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|name| name.starts_with('.'))
}

/// The review file at `path` read again; parsed only when its bytes differ from `kept`'s.
fn read_review_file(
    path: &Path,
    size: u64,
    modified: u128,
    kept: Option<&ScannedFile>,
) -> ScannedFile {
    let mut scanned = ScannedFile {
        path: path.to_path_buf(),
        size,
        modified,
        sha256: String::new(),
        problem: None,
        claims: Vec::new(),
    };
    let bytes = match crate::import::read_limited(path, crate::store::MAX_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(error) => {
            scanned.problem = Some(error.to_string());
            return scanned;
        }
    };
    scanned.sha256 = crate::model::sha256_hex_bytes(&bytes);
    if let Some(kept) = kept.filter(|kept| kept.sha256 == scanned.sha256) {
        scanned.problem = kept.problem.clone();
        scanned.claims = kept.claims.clone();
        return scanned;
    }
    let review = std::str::from_utf8(&bytes)
        .map_err(|_| "not UTF-8 text".to_string())
        .and_then(|text| crate::store::from_ron(text).map_err(|e| e.to_string()));
    match review {
        Ok(review) => scanned.claims = reviewed_claims(&review, path),
        Err(problem) => scanned.problem = Some(problem),
    }
    scanned
}

/// The judged claims of every file in `scanned`, in path order.
pub fn all_claims(scanned: &Scanned) -> Vec<ReviewedClaim> {
    scanned
        .values()
        .flat_map(|file| file.claims.iter().cloned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged_review(verdicts: &[Verdict]) -> Review {
        let text = "The sea rose 3 metres. The moon is cheese. It rained.";
        let article = crate::import::article_from_text(text.into(), "utf-8", "t");
        let mut review = crate::review_from_article(article);
        for (claim, verdict) in review.claims.iter_mut().zip(verdicts) {
            claim.verdict = *verdict;
        }
        review
    }

    #[test]
    fn only_judged_claims_are_remembered() {
        let mut review = judged_review(&[Verdict::False, Verdict::NotCheckable, Verdict::Verified]);
        review.claims[0].note = "Tide gauges show 3 mm.".into();
        review.claims[0].evidence.push(crate::model::Evidence {
            title: "Sea level report".into(),
            excerpt: "3 mm a year".into(),
            ..Default::default()
        });
        let found = reviewed_claims(&review, Path::new("/r/a.sanad"));
        let verdicts: Vec<Verdict> = found.iter().map(|c| c.verdict).collect();
        assert_eq!(verdicts, [Verdict::False, Verdict::Verified]);
        assert_eq!(found[0].claim, "The sea rose 3 metres.");
        assert_eq!(found[0].evidence, ["Sea level report — 3 mm a year"]);
        let shown = found[0].as_fact_check();
        assert_eq!(shown.rating, "False");
        assert!(shown.url.is_empty());
        assert!(
            shown.description.contains("Tide gauges") && shown.description.contains("3 mm a year")
        );
    }

    #[test]
    fn a_scan_reads_only_what_changed_and_forgets_what_went() {
        let dir = std::env::temp_dir().join(format!("sanad-desk-scan-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub/.git")).unwrap();
        let save = |name: &str, verdicts: &[Verdict]| {
            crate::store::save(&judged_review(verdicts), &dir.join(name)).unwrap();
        };
        save("a.sanad", &[Verdict::False]);
        save("sub/b.sanad", &[Verdict::Verified, Verdict::Misleading]);
        save("sub/.git/c.sanad", &[Verdict::False]);
        std::fs::write(dir.join("broken.sanad"), "not a review").unwrap();
        std::fs::write(dir.join("notes.txt"), "x").unwrap();
        let folders = [Folder {
            path: dir.clone(),
            scanned: String::new(),
        }];
        let (first, summary) = scan(&folders, &Scanned::new());
        assert_eq!((summary.files, summary.read, summary.claims), (3, 3, 3));
        assert_eq!(summary.problems.len(), 1);
        assert!(summary.problems[0].0.ends_with("broken.sanad"));
        let (again, summary) = scan(&folders, &first);
        assert_eq!((summary.read, summary.claims), (0, 3));
        assert_eq!(again, first);
        // Touched but the same bytes: read, not parsed; changed: parsed again.
        save("a.sanad", &[Verdict::Disputed, Verdict::False]);
        std::fs::remove_file(dir.join("broken.sanad")).unwrap();
        let (last, summary) = scan(&folders, &again);
        assert_eq!((summary.read, summary.removed, summary.claims), (1, 1, 4));
        assert_eq!(all_claims(&last).len(), 4);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
