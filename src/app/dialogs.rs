//! What is open over the window, waiting for the reader: one queue of dialogs, shown one at a
//! time, first come first shown. Two can arrive in one frame (a recovery offer found at start
//! and the first-start name prompt); the second waits its turn instead of drawing over the
//! first, and while any is open the window's shortcuts wait.

use super::SanadApp;
use super::disk_conflict::{self, Conflict};
use super::files::{Pending, Unsaved};
use super::i18n::tr;
use super::path_prompt::{PathPrompt, PromptAction};
use super::ui_text;
use crate::model::Review;
use std::collections::VecDeque;
use std::path::PathBuf;

/// A question or a message over the window.
pub(super) enum Dialog {
    /// The "which file?" prompt, when no native dialog is used; `then` is carried out once a
    /// Save as… it asks for has succeeded.
    ChooseFile {
        /// The prompt: purpose, path typed, last error.
        prompt: PathPrompt,
        /// What waits for the review to have a file.
        then: Option<Pending>,
    },
    /// Save / Discard / Cancel, before doing this to a review with unsaved changes.
    UnsavedChanges(Pending),
    /// A save found the review's file (this path) changed on disk.
    ChangedOnDisk(PathBuf),
    /// The reviewer's name, asked at first start: the name typed so far.
    ReviewerName(String),
    /// A recovery copy a crash left behind, offered back.
    Recovery(Box<Review>),
    /// A failure the reader must acknowledge (a file that could not be opened).
    Error(String),
}

/// The reader's answer to the dialog at the front of the queue, taken this frame.
enum Answer {
    File(PromptAction),
    Unsaved(Unsaved),
    Conflict(Conflict),
    Name,
    Restore(bool),
    Acknowledged,
}

/// The dialogs waiting for the reader, the one shown first.
#[derive(Default)]
pub(super) struct Dialogs {
    queue: VecDeque<Dialog>,
}

impl Dialogs {
    /// Show `dialog` once those before it are answered.
    pub fn open(&mut self, dialog: Dialog) {
        self.queue.push_back(dialog);
    }

    /// Show `dialog` before any other (a prompt shown again with its error).
    fn open_first(&mut self, dialog: Dialog) {
        self.queue.push_front(dialog);
    }

    /// Whether a dialog is open: it takes the keyboard, and shortcuts wait until it closes.
    pub fn is_open(&self) -> bool {
        !self.queue.is_empty()
    }

    /// Close the file prompts (the window is closing: nothing is left to choose a file for).
    pub fn close_file_prompts(&mut self) {
        self.queue
            .retain(|d| !matches!(d, Dialog::ChooseFile { .. }));
    }
}

impl SanadApp {
    /// Draw the dialog at the front of the queue and carry out the reader's answer.
    pub(super) fn show_dialog(&mut self, ctx: &egui::Context) {
        let name = self.doc.file_name();
        let Some(front) = self.dialogs.queue.front_mut() else {
            return;
        };
        let answer = match front {
            Dialog::ChooseFile { prompt, .. } => Some(Answer::File(prompt.show(ctx)))
                .filter(|a| !matches!(a, Answer::File(PromptAction::Waiting))),
            Dialog::UnsavedChanges(action) => {
                super::files::unsaved_question(ctx, action, name).map(Answer::Unsaved)
            }
            Dialog::ChangedOnDisk(path) => disk_conflict::question(ctx, path).map(Answer::Conflict),
            Dialog::ReviewerName(draft) => {
                super::menu::name_prompt(ctx, draft).then_some(Answer::Name)
            }
            Dialog::Recovery(review) => {
                super::autosave::recovery_question(ctx, review).map(Answer::Restore)
            }
            Dialog::Error(text) => error_message(ctx, text).then_some(Answer::Acknowledged),
        };
        let Some(answer) = answer else {
            return;
        };
        let Some(dialog) = self.dialogs.queue.pop_front() else {
            return;
        };
        match (dialog, answer) {
            (Dialog::ChooseFile { prompt, then }, Answer::File(PromptAction::Confirmed(path))) => {
                if let Err(e) = self.finish(prompt.purpose, path.clone(), then.clone()) {
                    let mut again = PathPrompt::new(prompt.purpose, path.display().to_string());
                    again.error = Some(e);
                    self.dialogs.open_first(Dialog::ChooseFile {
                        prompt: again,
                        then,
                    });
                }
            }
            (Dialog::UnsavedChanges(action), Answer::Unsaved(answer)) => {
                self.answer_unsaved(answer, action);
            }
            (Dialog::ChangedOnDisk(path), Answer::Conflict(answer)) => {
                self.answer_disk_conflict(answer, &path);
            }
            (Dialog::ReviewerName(name), Answer::Name) => {
                let name = name.trim().to_string();
                self.settings.reviewer = name.clone();
                self.reviewer = name;
            }
            (Dialog::Recovery(review), Answer::Restore(restore)) => {
                self.answer_recovery(*review, restore);
            }
            // Cancelled, acknowledged: closing it is all.
            _ => {}
        }
    }
}

/// A failure the reader must see; true once acknowledged.
fn error_message(ctx: &egui::Context, text: &str) -> bool {
    let mut close = false;
    egui::Modal::new(egui::Id::unique("error")).show(ctx, |ui| {
        ui_text::start_aligned(ui, |ui| {
            ui_text::heading(ui, tr!("error-dialog-title"));
            ui_text::label(ui, text);
            let ok = ui_text::button(ui, tr!("button-ok")).clicked();
            if ok || ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                close = true;
            }
        });
    });
    close
}
