//! Saving from the window. A long review (its article over half a megabyte, or more than
//! 5 000 claims) is saved by a background job while the window keeps drawing; a short one at
//! once. Either way the file is written by `store::save_checked` (under the file's lock,
//! refused if someone else changed the file since it was read), and what was asked to happen
//! after the save (quit, open another file) happens only once the save succeeded. Edits made
//! while a save runs are not lost: they leave the review unsaved, and one save runs at a time.

use super::SanadApp;
use super::dialogs::Dialog;
use super::files::Pending;
use super::i18n::tr;
use super::in_use::{Elsewhere, Hold};
use crate::store::{Fingerprint, SaveError};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

/// A review this long is saved in the background.
const BACKGROUND_TEXT_BYTES: usize = 512 * 1024;
/// A review with this many claims is saved in the background.
const BACKGROUND_CLAIMS: usize = 5_000;

/// A save running in the background.
pub(super) struct SaveJob {
    /// The file being written.
    path: PathBuf,
    /// The review's generation when the save started: later edits keep it unsaved.
    generation: u64,
    /// What to do once it has succeeded.
    then: Option<Pending>,
    /// The hold on the file, when it is not yet this window's (Save as…).
    hold: Hold,
    /// The outcome, when the job is done.
    result: Receiver<Result<Fingerprint, SaveError>>,
}

impl SanadApp {
    /// Save the review to `path`, then carry out `then` (when the save succeeded). A long
    /// review is saved in the background: `Ok` then means the save has started.
    pub(super) fn save_to(&mut self, path: &Path, then: Option<Pending>) -> Result<(), String> {
        if let Some(job) = &mut self.jobs.saving {
            // One save at a time: the running one carries out `then` when it is done, and a
            // second save of edits made meanwhile is for the reader to ask once it is.
            if then.is_some() {
                job.then = then;
            }
            self.warn(tr!("still-saving"));
            return Ok(());
        }
        // Another window's review is never written from this one (Save as… onto it).
        let hold = self.lock_review(path).map_err(|Elsewhere(why)| why)?;
        self.finish_autosave();
        // The file this review was read from must still be what it was; any other file
        // (Save as…) is replaced as it is now, after the dialog asked.
        let expected = if self.doc.path.as_deref() == Some(path) {
            self.doc.disk.clone()
        } else {
            Fingerprint::of_file(path)
        };
        let review = &self.doc.review;
        let long = review.article.text.len() > BACKGROUND_TEXT_BYTES
            || review.claims.len() > BACKGROUND_CLAIMS;
        if !long {
            let result = crate::store::save_checked(review, path, expected.as_ref());
            let generation = self.doc.generation;
            return self.saved(path, generation, result, then, hold);
        }
        // The job shares the review: the window keeps drawing it, and an edit made meanwhile
        // copies it first (the job writes the review as it was when Save was asked).
        let copy = std::sync::Arc::clone(review);
        let (sender, receiver) = std::sync::mpsc::channel();
        let owned = path.to_path_buf();
        super::i18n::spawn(move || {
            // The window may have closed meanwhile: then nobody listens.
            let _ = sender.send(crate::store::save_checked(&copy, &owned, expected.as_ref()));
        });
        self.jobs.saving = Some(SaveJob {
            path: path.to_path_buf(),
            generation: self.doc.generation,
            then,
            hold,
            result: receiver,
        });
        self.inform(tr!("saving", file = path.display().to_string()));
        Ok(())
    }

    /// Whether a save is running in the background.
    pub fn is_saving(&self) -> bool {
        self.jobs.saving.is_some()
    }

    /// Take in a background save that has finished (every frame while one runs).
    pub(super) fn poll_saving(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.jobs.saving else {
            return;
        };
        let Some(sent) = super::state::poll_job(&job.result, ctx) else {
            return;
        };
        let result =
            sent.unwrap_or_else(|| Err(SaveError::Serialize(tr!("error-save-stopped").into())));
        let Some(job) = self.jobs.saving.take() else {
            return;
        };
        if let Err(e) = self.saved(&job.path, job.generation, result, job.then, job.hold) {
            self.fail(e);
        }
    }

    /// After a save of the review as it was at `generation` to `path`: the file it now
    /// belongs to, unsaved again if it was edited since, and then `then`.
    fn saved(
        &mut self,
        path: &Path,
        generation: u64,
        result: Result<Fingerprint, SaveError>,
        then: Option<Pending>,
        hold: Hold,
    ) -> Result<(), String> {
        match result {
            Ok(fingerprint) => self.doc.disk = Some(fingerprint),
            Err(SaveError::ChangedOnDisk(_)) => {
                self.dialogs.open(Dialog::ChangedOnDisk(path.to_path_buf()));
                return Err(tr!("not-saved-changed", file = path.display().to_string()).into());
            }
            Err(e) => {
                let file = path.display().to_string();
                return Err(tr!(
                    "could-not-save",
                    file = file,
                    reason = super::errors::save(&e)
                )
                .into());
            }
        }
        self.keep(hold);
        let old = self.doc.path.replace(path.to_path_buf());
        if old.as_deref() != Some(path) {
            let untitled = &self.untitled_dir;
            crate::store::recovery::discard_recovery(&crate::store::recovery::recovery_path_in(
                old.as_deref(),
                untitled,
            ));
            self.add_recent(path);
        }
        // Edits made while the save ran are not in the file: the review stays unsaved.
        self.doc.dirty = self.doc.generation != generation;
        self.inform(tr!("saved", file = path.display().to_string()));
        self.report_taken_over();
        if !self.doc.dirty {
            self.finish_autosave();
            crate::store::recovery::discard_recovery(&self.recovery_file());
        }
        self.remember_selection();
        // The saved review may be in one of the library's folders: scanned again, so that
        // its verdicts are found from the next claim on.
        self.open_library();
        if let Some(action) = then {
            // Asked again if edits were made meanwhile (a note typed while the save ran is
            // committed first): closing or opening another file would drop them.
            self.actions.request(action);
        }
        Ok(())
    }
}
