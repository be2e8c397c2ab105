//! Slow work on the review off the UI thread: exporting, merging a colleague's review and
//! updating the article. For a long review (as for saving: an article over half a megabyte or
//! more than 5 000 claims) the work runs on a copy in the background while the window keeps
//! drawing; a short one runs at once. Work that would replace the review (a merge, an update)
//! never lands over edits made while it ran: it is refused, with a message to do it again.

use super::SanadApp;
use super::i18n::tr;
use crate::model::{Command, Review};
use std::sync::mpsc::Receiver;

/// What a piece of work gives back.
pub(super) enum Outcome {
    /// An edit to make to the review (one undoable command), and what to say once made.
    Edit(Command, String),
    /// Done (a file written): what to say.
    Done(String),
}

/// Work running in the background.
pub(super) struct Work {
    /// What it is doing, for the reader ("Merging r.sanad").
    doing: String,
    /// The review's generation when it started: an edit to land needs the review unchanged.
    generation: u64,
    /// The outcome, when the work is done.
    result: Receiver<Result<Outcome, String>>,
}

impl SanadApp {
    /// Whether `review` is long enough for its slow work to run in the background.
    pub(super) fn is_long(review: &Review) -> bool {
        const TEXT_BYTES: usize = 512 * 1024;
        const CLAIMS: usize = 5_000;
        review.article.text.len() > TEXT_BYTES || review.claims.len() > CLAIMS
    }

    /// Do `job` on a copy of the review: in the background for a long review, at once
    /// otherwise. `doing` says what it is ("Merging r.sanad").
    pub(super) fn start_work(
        &mut self,
        doing: impl Into<String>,
        job: impl FnOnce(&Review) -> Result<Outcome, String> + Send + 'static,
    ) -> Result<(), String> {
        let doing: String = doing.into();
        if let Some(work) = &self.jobs.work {
            return Err(tr!("work-still-running", doing = &work.doing).into());
        }
        if !Self::is_long(&self.doc.review) {
            let generation = self.doc.generation;
            let outcome = job(&self.doc.review);
            return self.land(outcome, generation, &doing);
        }
        // Shared, not copied: an edit made while the job runs copies the review first.
        let copy = std::sync::Arc::clone(&self.doc.review);
        let (sender, receiver) = std::sync::mpsc::channel();
        super::i18n::spawn(move || {
            // The window may have closed meanwhile: then nobody listens.
            let _ = sender.send(job(&copy));
        });
        self.inform(tr!("work-running", doing = &doing));
        self.jobs.work = Some(Work {
            doing,
            generation: self.doc.generation,
            result: receiver,
        });
        Ok(())
    }

    /// Whether background work (an export, a merge, an update) is running.
    pub fn is_working(&self) -> bool {
        self.jobs.work.is_some()
    }

    /// Take in background work that has finished (every frame while some runs).
    pub(super) fn poll_work(&mut self, ctx: &egui::Context) {
        let Some(work) = &self.jobs.work else {
            return;
        };
        let Some(sent) = super::state::poll_job(&work.result, ctx) else {
            return;
        };
        let result = sent.unwrap_or_else(|| Err(tr!("work-stopped", doing = &work.doing).into()));
        let Some(work) = self.jobs.work.take() else {
            return;
        };
        if let Err(e) = self.land(result, work.generation, &work.doing) {
            self.fail(e);
        }
    }

    /// The outcome of work started when the review was at `generation`.
    fn land(
        &mut self,
        result: Result<Outcome, String>,
        generation: u64,
        doing: &str,
    ) -> Result<(), String> {
        match result? {
            Outcome::Edit(_, _) if self.doc.generation != generation => {
                Err(tr!("work-edited-meanwhile", doing = doing).into())
            }
            Outcome::Edit(command, message) => {
                self.edit(command);
                self.inform(message);
                Ok(())
            }
            Outcome::Done(message) => {
                self.inform(message);
                Ok(())
            }
        }
    }
}
