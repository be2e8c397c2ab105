//! Asking for a file path inside the window: a text field with Browse… (the system's file
//! dialog through rfd, or zenity where there is no portal). Where no native dialog is
//! available the field still works: never a dead button.

use std::path::PathBuf;

/// What the path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Write an export in this format.
    Export(crate::share::Format),
    /// Read a colleague's review and merge it in.
    Merge,
}

impl Purpose {
    fn title(self) -> &'static str {
        match self {
            Purpose::Export(crate::share::Format::ClaimReview) => "Export ClaimReview JSON-LD",
            Purpose::Export(crate::share::Format::Csv) => "Export CSV",
            Purpose::Export(crate::share::Format::Markdown) => "Export Markdown report",
            Purpose::Export(crate::share::Format::Html) => "Export HTML report",
            Purpose::Merge => "Merge a colleague's review",
        }
    }

    /// The file extension for this purpose.
    pub fn extension(self) -> &'static str {
        match self {
            Purpose::Export(crate::share::Format::ClaimReview) => "json",
            Purpose::Export(crate::share::Format::Csv) => "csv",
            Purpose::Export(crate::share::Format::Markdown) => "md",
            Purpose::Export(crate::share::Format::Html) => "html",
            Purpose::Merge => "sanad",
        }
    }
}

/// An open prompt.
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: Purpose,
    /// The path typed or chosen so far.
    pub path: String,
    /// Why the last attempt failed, shown under the field.
    pub error: Option<String>,
}

/// What the reader did with the prompt this frame.
pub enum PromptAction {
    /// Nothing yet.
    Waiting,
    /// Go ahead with this path.
    Confirmed(PathBuf),
    /// Closed without a path.
    Cancelled,
}

impl PathPrompt {
    /// A prompt for `purpose`, prefilled with `suggestion`.
    pub fn new(purpose: Purpose, suggestion: String) -> Self {
        PathPrompt {
            purpose,
            path: suggestion,
            error: None,
        }
    }

    /// Show the prompt as a window.
    pub fn show(&mut self, ctx: &egui::Context) -> PromptAction {
        let mut action = PromptAction::Waiting;
        egui::Window::new(self.purpose.title())
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                let label = ui.label("File:");
                let field = ui
                    .add(egui::TextEdit::singleline(&mut self.path).desired_width(420.0))
                    .labelled_by(label.id);
                if let Some(error) = &self.error {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
                ui.horizontal(|ui| {
                    if ui.button("Browse…").clicked() {
                        let extension = self.purpose.extension();
                        let dialog = rfd::FileDialog::new().add_filter(extension, &[extension]);
                        let chosen = match self.purpose {
                            Purpose::Merge => dialog.pick_file(),
                            Purpose::Export(_) => dialog.save_file(),
                        };
                        if let Some(path) = chosen {
                            self.path = path.display().to_string();
                        }
                    }
                    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button("OK").clicked() || enter {
                        if self.path.trim().is_empty() {
                            self.error =
                                Some("Type a file path or choose one with Browse….".into());
                        } else {
                            action = PromptAction::Confirmed(PathBuf::from(self.path.trim()));
                        }
                    }
                    if ui.button("Cancel").clicked() {
                        action = PromptAction::Cancelled;
                    }
                });
            });
        action
    }
}
