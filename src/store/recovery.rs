//! Autosave for crash recovery: while a review has unsaved changes the window writes it to
//! a recovery file beside the review (`.NAME.sanad.recovery`), or in the user's data folder
//! for a review without a file; the next start offers to restore it. Saving removes it.

use super::{LoadError, SaveError};
use crate::model::Review;
use std::path::{Path, PathBuf};

/// Where the recovery copy of the review at `path` (or of an unsaved review) lives.
pub fn recovery_path(path: Option<&Path>) -> PathBuf {
    recovery_path_in(path, &untitled_dir())
}

/// Like [`recovery_path`], with the recovery file of a review that has no file yet in
/// `untitled_dir` (tests keep theirs apart from the user's).
pub fn recovery_path_in(path: Option<&Path>, untitled_dir: &Path) -> PathBuf {
    match path {
        Some(path) => super::atomic::sibling(path, ".", ".recovery"),
        None => untitled_dir.join("untitled.sanad.recovery"),
    }
}

/// The folder for recovery files of reviews that have no file yet: the user's data folder.
pub fn untitled_dir() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir)
        .join("sanad")
}

/// Write the recovery copy of `review` to `target` (crash-safely, without a backup of
/// its own).
pub fn write_recovery(review: &Review, target: &Path) -> Result<(), SaveError> {
    let target = target.to_path_buf();
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir).map_err(|source| SaveError::Io {
            step: "create the folder for",
            path: target.clone(),
            source,
        })?;
    }
    let text = super::encode(review)?;
    super::write_atomically_without_backup(&target, text.as_bytes())
}

/// The recovery copy at `target` waiting for the review saved at `path`, when there is one
/// newer than the review file itself and it loads.
pub fn pending_recovery(target: &Path, path: Option<&Path>) -> Option<Result<Review, LoadError>> {
    let recovery_time = std::fs::metadata(target).and_then(|m| m.modified()).ok()?;
    if let Some(path) = path
        && let Ok(saved) = std::fs::metadata(path).and_then(|m| m.modified())
        && saved > recovery_time
    {
        return None; // saved after the autosave: nothing was lost
    }
    Some(super::load(target))
}

/// Remove the recovery copy at `target` (after a save, or when the reader discards it).
pub fn discard_recovery(target: &Path) {
    let _ = std::fs::remove_file(target);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review() -> Review {
        crate::review_from_article(crate::import::article_from_text(
            "One claim. Two.".into(),
            "UTF-8",
            "t",
        ))
    }

    #[test]
    fn an_autosave_is_offered_until_saved_or_discarded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.sanad");
        let mut r = review();
        crate::store::save(&r, &path).unwrap();
        let target = recovery_path(Some(&path));
        assert_eq!(target, dir.path().join(".r.sanad.recovery"));
        assert!(pending_recovery(&target, Some(&path)).is_none());
        r.methodology = "unsaved work".into();
        std::thread::sleep(std::time::Duration::from_millis(20));
        write_recovery(&r, &target).unwrap();
        let restored = pending_recovery(&target, Some(&path)).unwrap().unwrap();
        assert_eq!(restored.methodology, "unsaved work");
        discard_recovery(&target);
        assert!(pending_recovery(&target, Some(&path)).is_none());
    }
}
