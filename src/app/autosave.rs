//! Crash recovery in the window: while the review has unsaved changes it is written to a
//! recovery copy in the background (every 30 seconds and when the window loses focus), and a
//! copy left by a crash is offered back at the next start or open.

use super::SanadApp;
use super::dialogs::Dialog;
use super::i18n::tr;
use super::ui_text;
use crate::model::Command;
use std::path::PathBuf;

impl SanadApp {
    /// Offer a recovery copy that a crash left behind for the open review, when it is of
    /// the same article and differs from what was opened.
    pub(super) fn look_for_recovery(&mut self) {
        let target = self.recovery_file();
        let offer = crate::store::recovery::pending_recovery(&target, self.doc.path.as_deref())
            .and_then(Result::ok)
            .filter(|r| {
                r.article.sha256 == self.doc.review.article.sha256 && *r != *self.doc.review
            });
        if let Some(review) = offer {
            self.dialogs.open(Dialog::Recovery(Box::new(review)));
        }
    }

    /// While there are unsaved changes, write them to the recovery file every 30 seconds
    /// and whenever the window loses focus. The copy is written on another thread: a long
    /// review takes a fifth of a second to write, too long for a frame.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        const EVERY: std::time::Duration = std::time::Duration::from_secs(30);
        if let Some(handle) = self.jobs.autosaving.take_if(|h| h.is_finished()) {
            match handle.join() {
                Ok(Ok(())) => {}
                Ok(Err(e)) => self.fail(tr!("could-not-write-recovery", reason = e)),
                Err(_) => self.fail(tr!("could-not-write-recovery-stopped")),
            }
        }
        if !self.doc.dirty || self.jobs.autosaving.is_some() {
            return;
        }
        let lost_focus = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(false)))
        });
        let due = self.jobs.last_autosave.is_none_or(|t| t.elapsed() >= EVERY);
        if due || lost_focus {
            let review = std::sync::Arc::clone(&self.doc.review);
            let target = self.recovery_file();
            self.jobs.autosaving = Some(super::i18n::spawn(move || {
                crate::store::recovery::write_recovery(&review, &target).map_err(|e| e.to_string())
            }));
            self.jobs.last_autosave = Some(std::time::Instant::now());
        }
        // Come back when the next autosave is due, without repainting in between.
        ctx.request_repaint_after(EVERY);
    }

    /// Wait for an autosave being written (before the recovery copy is discarded).
    pub(super) fn finish_autosave(&mut self) {
        if let Some(handle) = self.jobs.autosaving.take() {
            let _ = handle.join();
        }
    }

    /// Carry out the reader's decision about the recovery copy `recovered`.
    pub(super) fn answer_recovery(&mut self, recovered: crate::model::Review, restore: bool) {
        if restore {
            self.edit(Command::ReplaceReview {
                review: Box::new(recovered),
                reason: "restored unsaved work after a crash".into(),
            });
            self.inform(tr!("restored-unsaved"));
        } else {
            self.finish_autosave();
            crate::store::recovery::discard_recovery(&self.recovery_file());
        }
    }

    /// Where unsaved changes to the open review are autosaved.
    pub(super) fn recovery_file(&self) -> PathBuf {
        crate::store::recovery::recovery_path_in(self.doc.path.as_deref(), &self.untitled_dir)
    }
}

/// Whether to restore `recovered`, a recovery copy found at start: true to restore, false to
/// discard, once the reader has chosen.
pub(super) fn recovery_question(
    ctx: &egui::Context,
    recovered: &crate::model::Review,
) -> Option<bool> {
    let when = super::dates::full(&recovered.modified);
    let mut decision = None;
    egui::Window::new(ui_text::title(ctx, tr!("recovery-title")))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui_text::start_aligned(ui, |ui| {
                ui_text::label(ui, tr!("recovery-question", when = when));
                ui_text::row(ui, |ui| {
                    if ui_text::button(ui, tr!("recovery-restore")).clicked() {
                        decision = Some(true);
                    }
                    if ui_text::button(ui, tr!("button-discard")).clicked() {
                        decision = Some(false);
                    }
                });
            })
        });
    decision
}
