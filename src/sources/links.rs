//! Are a review's sources still there? Each address is fetched again (a few at a time, each
//! within the fetch limits) and compared with its snapshot.

use super::{Limits, SnapshotFolder, SourceRef, fetch, map_bounded};
use crate::model::Review;
use std::sync::atomic::AtomicBool;

/// What one source's address answers today.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkState {
    /// The page answers (2xx).
    Alive {
        /// Where it answered, when a redirect took the request elsewhere.
        redirected_to: Option<String>,
        /// When the source was archived and the page is no longer the same bytes: the share
        /// (0 to 1) of the snapshot's text still on the page.
        changed: Option<f64>,
    },
    /// 404 or 410: the page is gone.
    Gone {
        /// The status.
        status: u16,
    },
    /// Another error status (403, 500 …).
    Failing {
        /// The status.
        status: u16,
    },
    /// No answer (unknown host, refused, timed out, too many redirects).
    Unreachable {
        /// Why, in one line.
        reason: String,
    },
}

impl LinkState {
    /// One line in English for the command line ("changed since its snapshot: 40% of its
    /// text still there").
    pub fn summary(&self) -> String {
        match self {
            LinkState::Alive {
                redirected_to,
                changed,
            } => {
                let mut line = match redirected_to {
                    Some(to) => format!("redirected to {to}"),
                    None => "alive".to_string(),
                };
                if let Some(share) = changed {
                    line.push_str(&format!(
                        "; changed since its snapshot: {:.0}% of its text still there",
                        share * 100.0
                    ));
                }
                line
            }
            LinkState::Gone { status } => format!("gone ({status})"),
            LinkState::Failing { status } => format!("failing ({status})"),
            LinkState::Unreachable { reason } => format!("unreachable: {reason}"),
        }
    }

    /// Whether the reader should look at it (anything but an unchanged, alive page).
    pub fn needs_attention(&self) -> bool {
        !matches!(self, LinkState::Alive { changed: None, .. })
    }
}

/// One source's report.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkReport {
    /// The source.
    pub source: SourceRef,
    /// What its address answered.
    pub state: LinkState,
}

/// Fetch every source address of `review` (`threads` at a time) and say what each answers,
/// in the order of the review's claims and sources.
pub fn check_links(
    review: &Review,
    folder: Option<&SnapshotFolder>,
    limits: &Limits,
    threads: usize,
    cancel: &AtomicBool,
) -> Vec<LinkReport> {
    let sources = super::all_sources(review);
    map_bounded(sources, threads, |source| {
        let archived = review
            .claims
            .iter()
            .find(|c| c.id == source.claim)
            .and_then(|c| c.evidence.get(source.index))
            .and_then(|e| e.archive.as_ref())
            .map(|a| a.capture.sha256.clone());
        let state = check_one(&source.url, archived.as_deref(), folder, limits, cancel);
        LinkReport { source, state }
    })
}

/// What `url` answers, compared with the snapshot under `archived` when there is one.
pub fn check_one(
    url: &str,
    archived: Option<&str>,
    folder: Option<&SnapshotFolder>,
    limits: &Limits,
    cancel: &AtomicBool,
) -> LinkState {
    let fetched = match fetch(url, limits, cancel) {
        Ok(fetched) => fetched,
        Err(error) => {
            return LinkState::Unreachable {
                reason: error.to_string(),
            };
        }
    };
    let status = fetched.capture.status;
    match status {
        404 | 410 => return LinkState::Gone { status },
        200..=299 => {}
        _ => return LinkState::Failing { status },
    }
    let redirected_to =
        (fetched.capture.final_url != url).then(|| fetched.capture.final_url.clone());
    let changed = archived
        .filter(|hash| *hash != fetched.capture.sha256)
        .map(|hash| {
            let old = folder.and_then(|f| f.text(hash)).unwrap_or_default();
            let new = super::read_page(&fetched)
                .map(|p| p.text)
                .unwrap_or_default();
            super::share_still_present(&old, &new)
        });
    LinkState::Alive {
        redirected_to,
        changed,
    }
}
