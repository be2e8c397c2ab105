//! The open document: the review and everything that belongs to it rather than to the
//! window (its file, the article it came from, its undo history, whether it is saved, what
//! its file was when last read or written).

use crate::model::{History, Review};
use std::path::PathBuf;
use std::sync::Arc;

/// The review being worked on, with its file and history.
pub(super) struct Document {
    /// The review, shared with the background jobs that read it (a save, an autosave, an
    /// export): they take it without copying, and an edit made while one still reads it
    /// copies it then (`Arc::make_mut`), so the job sees the review as it was.
    pub review: Arc<Review>,
    /// Where Save writes; `None` until the review has a file.
    pub path: Option<PathBuf>,
    /// The article file this review was made from in this session (for "reopen as").
    pub article_path: Option<PathBuf>,
    /// Undo and redo.
    pub history: History,
    /// Counts changes to the review, so that views rebuild what depends on it only then.
    pub generation: u64,
    /// Changed since it was last saved.
    pub dirty: bool,
    /// The review's file as it was when last read or written here: a save compares the
    /// file on disk with it, so that a colleague's save is never overwritten silently.
    pub disk: Option<crate::store::Fingerprint>,
    /// This window's hold on the review's file, so that no other Sanad window edits it too
    /// (`None` without a file, or where the file system gives no lock).
    pub lock: Option<crate::store::OpenLock>,
}

impl Document {
    /// The name of the review's file, `None` until it has one.
    pub fn file_name(&self) -> Option<String> {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
    }

    /// `review`, read from `path` when it has one: that file, as it is now, is the one a
    /// save may replace.
    pub fn new(review: Review, path: Option<PathBuf>) -> Self {
        let disk = path.as_deref().and_then(crate::store::Fingerprint::of_file);
        Document {
            review: Arc::new(review),
            path,
            article_path: None,
            history: History::default(),
            generation: 0,
            dirty: false,
            disk,
            lock: None,
        }
    }
}
