//! `sanad archive`'s second half, when the reviewer switched Save Page Now on: the sources
//! archived now join the reviewer's queue, the review's waiting requests are worked
//! through, and the copies the Internet Archive made are recorded in the review.

use super::output::{Failure, complain, say};
use sanad::model::{ClaimId, Review, apply};
use sanad::sources::{
    CaptureOutcome, CaptureQueue, Limits, QueuedCapture, SourceRef, copy_commands, load_setting,
    setting_path, work_through,
};
use std::path::Path;
use std::sync::atomic::AtomicBool;

/// What came of the review's requests.
#[derive(Debug, Default)]
pub struct Copies {
    /// The sources whose copy was recorded in the review (to take out of the queue once the
    /// review is saved).
    pub recorded: Vec<(ClaimId, String)>,
    /// Requests the archive refused for good.
    pub refused: usize,
}

/// Queue `archived` and work through the review's requests, recording each copy in
/// `review` by `by`. Nothing happens unless the setting switches Save Page Now on.
pub fn capture_copies(
    path: &Path,
    review: &mut Review,
    archived: &[SourceRef],
    by: &str,
) -> Result<Copies, Failure> {
    let setting = match load_setting(&setting_path()) {
        Ok(setting) => setting,
        Err(e) => {
            complain(&format!("Save Page Now not asked: {e}"));
            return Ok(Copies::default());
        }
    };
    if !setting.enabled {
        return Ok(Copies::default());
    }
    if !setting.is_usable() {
        complain(&format!(
            "Save Page Now not asked: the setting in {} needs an https endpoint, an access key and a secret",
            setting_path().display()
        ));
        return Ok(Copies::default());
    }
    let queue = CaptureQueue::user();
    let requests = archived
        .iter()
        .map(|s| QueuedCapture::new(path, s.claim, &s.url))
        .collect();
    queue.add(requests).map_err(|e| e.to_string())?;
    let outcomes = work_through(
        &queue,
        path,
        &setting,
        &Limits::default(),
        None,
        &AtomicBool::new(false),
    )
    .map_err(|e| e.to_string())?;
    let mut copies = Copies::default();
    let mut found = Vec::new();
    for (request, outcome) in outcomes {
        let at = format!("claim {} {}", request.claim, request.url);
        match outcome {
            CaptureOutcome::Copied(copy) => {
                say(&format!("{at}: Internet Archive copy {copy}"))?;
                found.push((request.claim, request.url, copy));
            }
            CaptureOutcome::Waiting(error) => say(&format!(
                "{at}: Internet Archive request waits in {} ({error})",
                queue.path().display()
            ))?,
            CaptureOutcome::GivenUp(error) => {
                copies.refused += 1;
                complain(&format!("{at}: {error}"));
            }
        }
    }
    for command in copy_commands(review, &found) {
        apply(review, command, by).map_err(|e| e.to_string())?;
    }
    // A source removed from the review meanwhile has nowhere to record its copy: done too.
    copies.recorded = found.into_iter().map(|(c, u, _)| (c, u)).collect();
    Ok(copies)
}

/// Take the recorded requests out of the queue, once the review holding them is saved.
pub fn forget_recorded(path: &Path, copies: &Copies) {
    if copies.recorded.is_empty() {
        return;
    }
    if let Err(e) = CaptureQueue::user().remove(path, &copies.recorded) {
        complain(&e.to_string());
    }
}

/// The request among `waiting` for `claim`'s source at `url`, in words for `sanad sources`.
pub fn waiting_words(waiting: &[QueuedCapture], claim: ClaimId, url: &str) -> Option<String> {
    let request = waiting.iter().find(|r| r.claim == claim && r.url == url)?;
    Some(match (&request.copy, &request.problem) {
        (Some(_), _) => "; Internet Archive copy made, recorded by the next `sanad archive`".into(),
        (None, None) => "; Internet Archive request waiting".into(),
        (None, Some(problem)) => format!("; Internet Archive request waiting ({problem})"),
    })
}
