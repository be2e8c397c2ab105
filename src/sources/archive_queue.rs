//! The reviewer's Save Page Now requests that are not done yet: asked for while offline,
//! refused for a while by the archive's rate limit, or still being captured. They are kept
//! in one file in the user's data folder (not in the review: a colleague who opens the
//! review must not send requests in the reviewer's name), so that they survive a restart,
//! and are worked through when the review is open again or `sanad archive` runs on it.
//!
//! Every change to the file is a read, change and atomic write under a lock, so a window
//! and a command working at once lose nothing.

use super::fetch::Limits;
use super::save_page_now::{SavePageNow, SpnError};
use crate::model::{ClaimId, Command, Review, Timestamp};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// One request waiting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueuedCapture {
    /// The review the source is in (its file, links resolved).
    pub review: PathBuf,
    /// The claim the source supports.
    pub claim: ClaimId,
    /// The source's address, the one Save Page Now is asked to capture.
    pub url: String,
    /// When the reviewer asked.
    pub queued_at: Timestamp,
    /// The archive's job, once it accepted the request (asked about again, never resent).
    #[serde(default)]
    pub job: Option<String>,
    /// The copy's address, once captured (until the review records it).
    #[serde(default)]
    pub copy: Option<String>,
    /// How many times it was tried.
    #[serde(default)]
    pub attempts: u32,
    /// Why the last try gave no copy.
    #[serde(default)]
    pub problem: Option<SpnError>,
    /// Not tried again before this time (the archive asked to wait).
    #[serde(default)]
    pub next_try: Option<Timestamp>,
}

impl QueuedCapture {
    /// A new request for `claim`'s source at `url` in the review at `review`.
    pub fn new(review: &Path, claim: ClaimId, url: &str) -> Self {
        QueuedCapture {
            review: review_key(review),
            claim,
            url: url.to_string(),
            queued_at: crate::model::now(),
            job: None,
            copy: None,
            attempts: 0,
            problem: None,
            next_try: None,
        }
    }

    fn same_source(&self, other: &QueuedCapture) -> bool {
        self.review == other.review && self.claim == other.claim && self.url == other.url
    }
}

/// The file's whole content.
#[derive(Debug, Default, Serialize, Deserialize)]
struct QueueFile {
    #[serde(default)]
    requests: Vec<QueuedCapture>,
}

/// Why the queue could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    /// Reading or writing the file failed.
    #[error("the Save Page Now queue {path} cannot be {step}: {reason}")]
    Io {
        /// The file.
        path: PathBuf,
        /// "read" or "written".
        step: &'static str,
        /// Why.
        reason: String,
    },
    /// The file was not a queue: it was moved aside (kept, not lost) and a new one begun.
    #[error("the Save Page Now queue was damaged; it was kept as {kept} and a new one begun")]
    Damaged {
        /// Where the damaged file is now.
        kept: PathBuf,
    },
}

/// The queue file.
#[derive(Debug, Clone)]
pub struct CaptureQueue {
    path: PathBuf,
}

/// The largest queue file read: thousands of requests fit in a megabyte.
const MAX_QUEUE_BYTES: u64 = 16 * 1024 * 1024;

impl CaptureQueue {
    /// The queue kept in the file at `path`.
    pub fn at(path: impl Into<PathBuf>) -> Self {
        CaptureQueue { path: path.into() }
    }

    /// The user's queue, in the data folder beside the autosaves of untitled reviews.
    pub fn user() -> Self {
        Self::at(crate::store::recovery::untitled_dir().join("save-page-now-queue.json"))
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every request waiting.
    pub fn load(&self) -> Result<Vec<QueuedCapture>, QueueError> {
        self.read().map(|f| f.requests)
    }

    /// The requests waiting for the review at `review`.
    pub fn of_review(&self, review: &Path) -> Result<Vec<QueuedCapture>, QueueError> {
        let key = review_key(review);
        Ok(self
            .load()?
            .into_iter()
            .filter(|r| r.review == key)
            .collect())
    }

    /// Add `requests` (one already waiting for the same source is kept, not doubled).
    pub fn add(&self, requests: Vec<QueuedCapture>) -> Result<(), QueueError> {
        self.update(|waiting| {
            for request in requests {
                if !waiting.iter().any(|w| w.same_source(&request)) {
                    waiting.push(request);
                }
            }
        })
    }

    /// Remove the requests of `review` for `sources` (claim and address): recorded in the
    /// review, or given up.
    pub fn remove(&self, review: &Path, sources: &[(ClaimId, String)]) -> Result<(), QueueError> {
        let key = review_key(review);
        self.update(|waiting| {
            waiting.retain(|w| {
                w.review != key || !sources.iter().any(|(c, u)| *c == w.claim && *u == w.url)
            })
        })
    }

    /// Change the requests under the queue's lock and write them back atomically.
    fn update(&self, change: impl FnOnce(&mut Vec<QueuedCapture>)) -> Result<(), QueueError> {
        if let Some(folder) = self.path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| self.io("written", e))?;
        }
        let _lock =
            crate::store::FileLock::acquire(&self.path).map_err(|e| self.io("written", e))?;
        let mut file = match self.read() {
            Ok(file) => file,
            // Moved aside already; the new queue begins empty and the caller is told once.
            Err(QueueError::Damaged { .. }) => QueueFile::default(),
            Err(e) => return Err(e),
        };
        change(&mut file.requests);
        let text = serde_json::to_string_pretty(&file).map_err(|e| self.io("written", e))?;
        crate::store::write_atomically_without_backup(&self.path, text.as_bytes())
            .map_err(|e| self.io("written", e))
    }

    fn read(&self) -> Result<QueueFile, QueueError> {
        let bytes = match crate::import::read_limited(&self.path, MAX_QUEUE_BYTES) {
            Ok(bytes) => bytes,
            Err(crate::import::ReadError::NotFound(_)) => return Ok(QueueFile::default()),
            Err(e) => return Err(self.io("read", e)),
        };
        serde_json::from_slice(&bytes).or_else(|_| {
            let kept = self.path.with_extension(format!(
                "damaged-{}.json",
                crate::model::now().format("%Y%m%dT%H%M%S")
            ));
            std::fs::rename(&self.path, &kept).map_err(|e| self.io("read", e))?;
            Err(QueueError::Damaged { kept })
        })
    }

    fn io(&self, step: &'static str, reason: impl std::fmt::Display) -> QueueError {
        QueueError::Io {
            path: self.path.clone(),
            step,
            reason: reason.to_string(),
        }
    }
}

/// The key a review's requests are kept under: its file with links resolved, so that two
/// names of one file share one queue.
fn review_key(review: &Path) -> PathBuf {
    std::fs::canonicalize(review).unwrap_or_else(|_| review.to_path_buf())
}

/// What came of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptureOutcome {
    /// Captured: the copy's address, for the review to record.
    Copied(String),
    /// Not now: it stays in the queue.
    Waiting(SpnError),
    /// Refused for good: it was taken out of the queue.
    GivenUp(SpnError),
}

/// Work through the requests of the review at `review` that are due: each is sent (or its
/// job asked about) and the queue file keeps what came, as it comes, so that a window
/// closed meanwhile loses nothing and never sends a request twice. The copies still have
/// to be recorded in the review ([`copy_commands`]) and then [`CaptureQueue::remove`]d.
pub fn work_through(
    queue: &CaptureQueue,
    review: &Path,
    setting: &SavePageNow,
    limits: &Limits,
    budget: Option<Duration>,
    cancel: &AtomicBool,
) -> Result<Vec<(QueuedCapture, CaptureOutcome)>, QueueError> {
    let now = crate::model::now();
    let mut outcomes = Vec::new();
    for mut request in queue.of_review(review)? {
        if let Some(next_try) = request
            .next_try
            .filter(|t| *t > now && request.copy.is_none())
        {
            let error = SpnError::RateLimited {
                reason: format!("until {}", next_try.format("%H:%M:%S UTC")),
                wait_seconds: (next_try - now).num_seconds().max(1) as u64,
            };
            outcomes.push((request, CaptureOutcome::Waiting(error)));
            continue;
        }
        let outcome = capture(queue, &mut request, setting, limits, budget, cancel)?;
        outcomes.push((request, outcome));
    }
    Ok(outcomes)
}

/// One request: submitted unless it has a job already, then waited for.
fn capture(
    queue: &CaptureQueue,
    request: &mut QueuedCapture,
    setting: &SavePageNow,
    limits: &Limits,
    budget: Option<Duration>,
    cancel: &AtomicBool,
) -> Result<CaptureOutcome, QueueError> {
    if let Some(copy) = &request.copy {
        return Ok(CaptureOutcome::Copied(copy.clone()));
    }
    request.attempts += 1;
    let job = match request.job.clone() {
        Some(job) => Ok(job),
        None => setting.submit(&request.url, limits, cancel),
    };
    let result = match job {
        Ok(job) => {
            // Kept before waiting: a restart asks about this job instead of sending again.
            request.job = Some(job.clone());
            keep(queue, request)?;
            setting.wait_for(&job, limits, budget, cancel)
        }
        Err(error) => Err(error),
    };
    let outcome = match result {
        Ok(copy) => {
            request.copy = Some(copy.clone());
            request.problem = None;
            request.next_try = None;
            CaptureOutcome::Copied(copy)
        }
        Err(SpnError::Cancelled) => return Ok(CaptureOutcome::Waiting(SpnError::Cancelled)),
        Err(error) if error.should_retry() => {
            if matches!(error, SpnError::Busy(_)) {
                request.job = None; // a failed job is sent again, not asked about
            }
            request.problem = Some(error.clone());
            // Only the archive's own requests to wait are kept: a request that found the
            // machine offline is tried again whenever the reviewer or the window asks.
            request.next_try = matches!(error, SpnError::RateLimited { .. } | SpnError::Busy(_))
                .then(|| {
                    let wait = chrono::Duration::from_std(error.retry_after()).unwrap_or_default();
                    crate::model::now() + wait
                });
            CaptureOutcome::Waiting(error)
        }
        Err(error) => {
            queue.remove(&request.review, &[(request.claim, request.url.clone())])?;
            return Ok(CaptureOutcome::GivenUp(error));
        }
    };
    keep(queue, request)?;
    Ok(outcome)
}

/// Write `request`'s state back over the one waiting for the same source.
fn keep(queue: &CaptureQueue, request: &QueuedCapture) -> Result<(), QueueError> {
    queue.update(|waiting| {
        if let Some(place) = waiting.iter_mut().find(|w| w.same_source(request)) {
            *place = request.clone();
        }
    })
}

/// The edits that record `copies` (claim, address, copy) in `review`: the source with that
/// address gets the copy in its archive. A source removed meanwhile, or not archived, is
/// left alone.
pub fn copy_commands(review: &Review, copies: &[(ClaimId, String, String)]) -> Vec<Command> {
    let mut commands = Vec::new();
    for (claim_id, url, copy) in copies {
        let Some(claim) = review.claims.iter().find(|c| c.id == *claim_id) else {
            continue;
        };
        for (index, evidence) in claim.evidence.iter().enumerate() {
            if evidence.url.as_deref() != Some(url.as_str()) {
                continue;
            }
            let Some(archive) = &evidence.archive else {
                continue;
            };
            if archive.public_copy.as_deref() == Some(copy.as_str()) {
                continue;
            }
            let mut evidence = evidence.clone();
            if let Some(archive) = evidence.archive.as_mut() {
                archive.public_copy = Some(copy.clone());
            }
            commands.push(Command::SetEvidence {
                claim: claim.id,
                index,
                evidence,
            });
        }
    }
    commands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_survive_and_are_not_doubled() {
        let dir = tempfile::tempdir().unwrap();
        let queue = CaptureQueue::at(dir.path().join("q.json"));
        let review = dir.path().join("r.sanad");
        std::fs::write(&review, "x").unwrap();
        assert!(queue.load().unwrap().is_empty());
        let request = QueuedCapture::new(&review, ClaimId(3), "https://example.org/a");
        queue.add(vec![request.clone(), request.clone()]).unwrap();
        queue
            .add(vec![QueuedCapture::new(
                &review,
                ClaimId(4),
                "https://example.org/b",
            )])
            .unwrap();
        let again = CaptureQueue::at(dir.path().join("q.json"));
        assert_eq!(again.of_review(&review).unwrap().len(), 2);
        assert!(
            again
                .of_review(&dir.path().join("other.sanad"))
                .unwrap()
                .is_empty()
        );
        again
            .remove(&review, &[(ClaimId(3), "https://example.org/a".into())])
            .unwrap();
        let left = again.load().unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].claim, ClaimId(4));
    }

    #[test]
    fn a_damaged_queue_is_kept_aside_not_lost() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.json");
        std::fs::write(&path, "{ not json").unwrap();
        let queue = CaptureQueue::at(&path);
        let Err(QueueError::Damaged { kept }) = queue.load() else {
            panic!("a damaged queue is reported");
        };
        assert_eq!(std::fs::read_to_string(kept).unwrap(), "{ not json");
        assert!(queue.load().unwrap().is_empty());
    }
}
