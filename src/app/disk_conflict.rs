//! The review's file changed on disk while it was open (a colleague's `sanad set`, a `git
//! pull`, another window): Save never overwrites it silently. The save is refused by the
//! store under the file's lock ([`crate::store::save_checked`]), and the reader chooses:
//! merge the version on disk into the open review, reload it (dropping the open changes),
//! overwrite it knowingly, or cancel.

use super::SanadApp;
use super::i18n::tr;
use super::ui_text;
use crate::model::Command;
use std::path::Path;

/// What the reader chose in the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Conflict {
    Merge,
    Reload,
    Overwrite,
    Cancel,
}

/// The question, while a save found the file at `path` changed on disk: the reader's answer
/// once given.
pub(super) fn question(ctx: &egui::Context, path: &Path) -> Option<Conflict> {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("changed on disk")).show(ctx, |ui| {
        ui_text::start_aligned(ui, |ui| {
            ui_text::heading(ui, tr!("disk-title"));
            ui_text::label(ui, tr!("disk-question", name = name));
            ui.add_space(8.0);
            ui_text::wrapped_row(ui, |ui| {
                for (choice, label, about) in [
                    (Conflict::Merge, tr!("disk-merge"), tr!("disk-merge-about")),
                    (
                        Conflict::Reload,
                        tr!("disk-reload"),
                        tr!("disk-reload-about"),
                    ),
                    (
                        Conflict::Overwrite,
                        tr!("disk-overwrite"),
                        tr!("disk-overwrite-about"),
                    ),
                ] {
                    if ui_text::hover(ui_text::button(ui, label), about).clicked() {
                        answer = Some(choice);
                    }
                }
                if ui_text::button(ui, tr!("button-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    answer = Some(Conflict::Cancel);
                }
            });
        });
    });
    answer
}

impl SanadApp {
    /// Carry out the reader's answer about the file at `path`, changed on disk.
    pub(super) fn answer_disk_conflict(&mut self, answer: Conflict, path: &Path) {
        let result = match answer {
            Conflict::Merge => self.merge_from_disk(path),
            Conflict::Reload => {
                self.doc.dirty = false;
                self.open_path(path)
            }
            Conflict::Overwrite => {
                self.doc.disk = crate::store::Fingerprint::of_file(path);
                self.save_to(path, None)
            }
            Conflict::Cancel => Ok(()),
        };
        if let Err(e) = result {
            self.fail(e);
        }
    }

    /// Merge the review on disk into the open one (an edit of its own, undoable); the file
    /// read becomes the one the next save replaces.
    fn merge_from_disk(&mut self, path: &Path) -> Result<(), String> {
        let (conflicts, fingerprint) = self.merge_file(path)?;
        self.doc.disk = Some(fingerprint);
        self.inform(tr!("disk-merged", conflicts = conflicts));
        Ok(())
    }

    /// Merge the review at `path` into the open one, as one undoable edit: how many
    /// conflicts are left, and the fingerprint of the file read.
    pub(super) fn merge_file(
        &mut self,
        path: &Path,
    ) -> Result<(usize, crate::store::Fingerprint), String> {
        let (theirs, fingerprint) = crate::store::load_with_fingerprint(path).map_err(|e| {
            let file = path.display().to_string();
            String::from(tr!(
                "could-not-read",
                file = file,
                reason = super::errors::load(&e)
            ))
        })?;
        let outcome = crate::share::merge(None, &self.doc.review, &theirs).map_err(|e| {
            let file = path.display().to_string();
            String::from(tr!(
                "could-not-merge",
                file = file,
                reason = super::errors::merge(&e)
            ))
        })?;
        let conflicts = outcome.conflicts.len();
        self.edit(Command::AdoptMerge {
            merged: Box::new(outcome.review),
            from: path.display().to_string(),
        });
        Ok((conflicts, fingerprint))
    }
}
