//! The review's file changed on disk while it was open (a colleague's `sanad set`, a `git
//! pull`, another window): Save never overwrites it silently. The save is refused by the
//! store under the file's lock ([`crate::store::save_checked`]), and the reader chooses:
//! merge the version on disk into the open review, reload it (dropping the open changes),
//! overwrite it knowingly, or cancel.

use super::SanadApp;
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
        ui.heading("Changed on disk");
        ui.label(format!(
            "{name} was saved by someone else since you opened it. Saving now would drop their changes."
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button("Merge theirs into mine")
                .on_hover_text("Combine both; what was changed differently is listed as a conflict")
                .clicked()
            {
                answer = Some(Conflict::Merge);
            }
            if ui
                .button("Reload theirs")
                .on_hover_text("Open the file as it is on disk; your unsaved changes are dropped")
                .clicked()
            {
                answer = Some(Conflict::Reload);
            }
            if ui
                .button("Overwrite with mine")
                .on_hover_text("Save your version over theirs (the previous file is kept as .bak)")
                .clicked()
            {
                answer = Some(Conflict::Overwrite);
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                answer = Some(Conflict::Cancel);
            }
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
        self.inform(format!(
            "Merged the version on disk ({conflicts} conflict(s) to resolve); save to keep the result"
        ));
        Ok(())
    }

    /// Merge the review at `path` into the open one, as one undoable edit: how many
    /// conflicts are left, and the fingerprint of the file read.
    pub(super) fn merge_file(
        &mut self,
        path: &Path,
    ) -> Result<(usize, crate::store::Fingerprint), String> {
        let (theirs, fingerprint) = crate::store::load_with_fingerprint(path)
            .map_err(|e| format!("Could not read {}", crate::terminal::about(path, e)))?;
        let outcome =
            crate::share::merge(None, &self.doc.review, &theirs).map_err(|e| e.to_string())?;
        let conflicts = outcome.conflicts.len();
        self.edit(Command::AdoptMerge {
            merged: Box::new(outcome.review),
            from: path.display().to_string(),
        });
        Ok((conflicts, fingerprint))
    }
}
