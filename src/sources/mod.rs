//! The chain behind a verdict: articles opened from a web address, sources archived into the
//! snapshot folder beside the review, excerpts checked against the archived page, and the
//! addresses checked again later. Nothing here fetches by itself: every fetch is a call the
//! reviewer asked for, through [`fetch`] and its limits.

mod archive_queue;
mod excerpt;
mod fetch;
mod links;
mod page;
mod save_page_now;
mod shortcut;
mod snapshot;
mod spn_setting;

pub use archive_queue::{
    CaptureOutcome, CaptureQueue, QueueError, QueuedCapture, copy_commands, work_through,
};
pub use excerpt::{ExcerptCheck, check_excerpt, find as find_excerpt, share_still_present};
pub use fetch::{FetchError, Fetched, Limits, fetch};
pub use links::{LinkReport, LinkState, check_links, check_one};
pub use page::{PageError, PageKind, article_from_fetch, kind_of, read_page};
pub use save_page_now::{DEFAULT_ENDPOINT, JobState, SavePageNow, SpnError};
pub use shortcut::shortcut_address;
pub use snapshot::{SnapshotError, SnapshotFolder, SnapshotState};
pub use spn_setting::{SettingError, load_setting, save_setting, setting_path};

use crate::model::{Archive, ClaimId, Command, Review};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// How many addresses are fetched at once when many are: enough to hide a slow server,
/// few enough not to look like an attack on one.
pub const PARALLEL_FETCHES: usize = 4;

/// Whether `text` is a web address to fetch rather than a file name (`sanad new URL`).
pub fn is_web_address(text: &str) -> bool {
    let lower = text
        .trim_start()
        .get(..8)
        .unwrap_or(text)
        .to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Open the article at the web address `url`: fetched within `limits`, its main text
/// extracted, its provenance kept.
pub fn open_article(
    url: &str,
    language: Option<&str>,
    limits: &Limits,
    cancel: &AtomicBool,
) -> Result<crate::model::Article, OpenError> {
    let fetched = fetch(url, limits, cancel)?;
    Ok(article_from_fetch(&fetched, language)?)
}

/// Why an address gave no article, or a source no snapshot.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    /// The fetch failed.
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// The answer is no page of text.
    #[error(transparent)]
    Page(#[from] PageError),
    /// The snapshot could not be written.
    #[error("{0}")]
    Snapshot(String),
}

/// One source of one claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRef {
    /// The claim.
    pub claim: ClaimId,
    /// Position in the claim's sources.
    pub index: usize,
    /// The source's address.
    pub url: String,
}

/// Every source with an address, in claim order.
pub fn all_sources(review: &Review) -> Vec<SourceRef> {
    sources_where(review, None, |_| true)
}

/// The sources with an address and no archive yet, of `claim` or of every claim.
pub fn unarchived_sources(review: &Review, claim: Option<ClaimId>) -> Vec<SourceRef> {
    sources_where(review, claim, |e| e.archive.is_none())
}

fn sources_where(
    review: &Review,
    claim: Option<ClaimId>,
    keep: impl Fn(&crate::model::Evidence) -> bool,
) -> Vec<SourceRef> {
    review
        .claims
        .iter()
        .filter(|c| claim.is_none_or(|id| c.id == id))
        .flat_map(|c| {
            c.evidence.iter().enumerate().filter_map(|(index, e)| {
                let url = e.url.as_ref()?;
                keep(e).then(|| SourceRef {
                    claim: c.id,
                    index,
                    url: url.clone(),
                })
            })
        })
        .collect()
}

/// Fetch the page at `url` and keep it in `folder`: its bytes and its extracted text (none
/// for a PDF or an image: the bytes are still kept, and hashed).
pub fn archive_page(
    url: &str,
    folder: &SnapshotFolder,
    limits: &Limits,
    cancel: &AtomicBool,
) -> Result<Archive, OpenError> {
    let fetched = fetch(url, limits, cancel)?;
    if !fetched.is_success() {
        return Err(PageError::Status {
            url: fetched.capture.final_url,
            status: fetched.capture.status,
        }
        .into());
    }
    let (title, text) = match read_page(&fetched) {
        Ok(page) => (page.title.unwrap_or_default(), page.text),
        Err(_) => (String::new(), String::new()),
    };
    folder
        .store(&fetched.capture.sha256, &fetched.bytes, &text)
        .map_err(|e| OpenError::Snapshot(e.to_string()))?;
    Ok(Archive {
        capture: fetched.capture,
        title,
        public_copy: None,
    })
}

/// Archive each of `sources` into `folder`, `threads` at a time; the answers in order.
pub fn archive_sources(
    sources: Vec<SourceRef>,
    folder: &SnapshotFolder,
    limits: &Limits,
    threads: usize,
    cancel: &AtomicBool,
) -> Vec<(SourceRef, Result<Archive, OpenError>)> {
    map_bounded(sources, threads, |source| {
        let archived = archive_page(&source.url, folder, limits, cancel);
        (source, archived)
    })
}

/// The edits that record `archived` in `review`: one [`Command::SetEvidence`] per source
/// archived, found again by claim and address (the review may have changed while the pages
/// came: a source removed or edited meanwhile is left alone).
pub fn archive_commands(review: &Review, archived: &[(SourceRef, Archive)]) -> Vec<Command> {
    let mut commands = Vec::new();
    for (source, archive) in archived {
        let Some(claim) = review.claims.iter().find(|c| c.id == source.claim) else {
            continue;
        };
        let same = |i: &usize| {
            claim
                .evidence
                .get(*i)
                .is_some_and(|e| e.url.as_deref() == Some(source.url.as_str()))
        };
        let index = Some(source.index)
            .filter(same)
            .or_else(|| (0..claim.evidence.len()).find(same));
        if let Some(index) = index {
            let mut evidence = claim.evidence[index].clone();
            evidence.archive = Some(Box::new(archive.clone()));
            if evidence.title.is_empty() {
                evidence.title = archive.title.clone();
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

/// `work` done on every item, at most `threads` at a time, the answers in the items' order.
pub fn map_bounded<T, U, F>(items: Vec<T>, threads: usize, work: F) -> Vec<U>
where
    T: Send + Sync,
    U: Send,
    F: Fn(T) -> U + Sync,
{
    let threads = threads.clamp(1, items.len().max(1));
    let slots: Vec<std::sync::Mutex<Option<T>>> = items
        .into_iter()
        .map(|i| std::sync::Mutex::new(Some(i)))
        .collect();
    let next = AtomicUsize::new(0);
    let answers: Vec<std::sync::Mutex<Option<U>>> = (0..slots.len())
        .map(|_| std::sync::Mutex::new(None))
        .collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let at = next.fetch_add(1, Ordering::Relaxed);
                    let Some(slot) = slots.get(at) else {
                        break;
                    };
                    let item = slot.lock().ok().and_then(|mut s| s.take());
                    if let Some(item) = item {
                        let answer = work(item);
                        if let Ok(mut place) = answers[at].lock() {
                            *place = Some(answer);
                        }
                    }
                }
            });
        }
    });
    answers
        .into_iter()
        .filter_map(|a| a.into_inner().ok().flatten())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_work_keeps_the_order() {
        let doubled = map_bounded((0..50).collect(), 4, |i: i32| i * 2);
        assert_eq!(doubled, (0..50).map(|i| i * 2).collect::<Vec<_>>());
        assert!(map_bounded(Vec::<i32>::new(), 4, |i| i).is_empty());
    }

    #[test]
    fn addresses_and_file_names_are_told_apart() {
        assert!(is_web_address("https://example.org/a"));
        assert!(is_web_address("HTTP://example.org"));
        assert!(!is_web_address("article.txt"));
        assert!(!is_web_address("http"));
        assert!(!is_web_address("ftp://example.org"));
    }
}
