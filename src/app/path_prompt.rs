//! Choosing a file: the system's dialog (rfd: the XDG portal, or zenity where there is no
//! portal) when one is available, else a prompt inside the window with a path field and
//! Browse…. Never a dead button: without any native dialog the field still works.

use super::i18n::{Phrase, tr};
use super::ui_text;
use std::path::{Path, PathBuf};

/// What the file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Open an article (a new review of it) or a review.
    Open,
    /// Start a review of an article.
    NewFromArticle,
    /// Save the review under a new name.
    SaveAs,
    /// Load a corrected version of the article and re-attach the claims.
    UpdateArticle,
    /// Write an export in this format.
    Export(crate::share::Format),
    /// Read a colleague's review and merge it in.
    Merge,
    /// Import published fact-checks (a ClaimReview feed, JSON Lines, CSV) into the library.
    ImportFactChecks,
}

/// The article formats Sanad opens.
const ARTICLES: &[&str] = &["txt", "md", "markdown", "html", "htm"];

impl Purpose {
    /// The dialog's title.
    pub fn title(self) -> Phrase {
        use crate::share::Format;
        match self {
            Purpose::Open => tr!("prompt-open"),
            Purpose::NewFromArticle => tr!("prompt-new-from-article"),
            Purpose::SaveAs => tr!("prompt-save-as"),
            Purpose::UpdateArticle => tr!("prompt-update-article"),
            Purpose::Export(Format::ClaimReview) => tr!("prompt-export-claimreview"),
            Purpose::Export(Format::Csv) => tr!("prompt-export-csv"),
            Purpose::Export(Format::Markdown) => tr!("prompt-export-markdown"),
            Purpose::Export(Format::Html) => tr!("prompt-export-html"),
            Purpose::Merge => tr!("prompt-merge"),
            Purpose::ImportFactChecks => tr!("prompt-import-fact-checks"),
        }
    }

    /// The extension a new file gets.
    pub fn extension(self) -> &'static str {
        match self {
            Purpose::Export(crate::share::Format::ClaimReview) => "json",
            Purpose::Export(crate::share::Format::Csv) => "csv",
            Purpose::Export(crate::share::Format::Markdown) => "md",
            Purpose::Export(crate::share::Format::Html) => "html",
            Purpose::Open | Purpose::NewFromArticle | Purpose::UpdateArticle => "txt",
            Purpose::Merge | Purpose::SaveAs => "sanad",
            Purpose::ImportFactChecks => "json",
        }
    }

    /// Whether the file is written (a save dialog) rather than read.
    pub fn writes(self) -> bool {
        matches!(self, Purpose::SaveAs | Purpose::Export(_))
    }

    /// The dialog's file filters: a name and its extensions.
    fn filters(self) -> Vec<(String, Vec<&'static str>)> {
        let reviews = (tr!("filter-reviews").into(), vec!["sanad"]);
        let articles = (tr!("filter-articles").into(), ARTICLES.to_vec());
        match self {
            Purpose::Open => vec![
                (
                    tr!("filter-articles-and-reviews").into(),
                    [ARTICLES, &["sanad"]].concat(),
                ),
                articles,
                reviews,
            ],
            Purpose::NewFromArticle | Purpose::UpdateArticle => vec![articles],
            Purpose::SaveAs | Purpose::Merge => vec![reviews],
            Purpose::Export(_) => vec![(self.title().into(), vec![self.extension()])],
            Purpose::ImportFactChecks => vec![(
                tr!("filter-fact-checks").into(),
                vec!["json", "jsonld", "jsonl", "csv", "tsv"],
            )],
        }
    }
}

/// Whether a native file dialog can be shown here: on Linux rfd needs the XDG desktop
/// portal or zenity; elsewhere the system always has one.
pub fn native_dialog_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let on_path = |program: &str| {
        std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
    };
    let portal = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        && std::env::var_os("XDG_CURRENT_DESKTOP").is_some();
    portal || on_path("zenity")
}

/// Show the system's dialog for `purpose`, starting from `suggestion`; `None` when the
/// reader cancelled.
pub fn native_dialog(purpose: Purpose, suggestion: &str) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new().set_title(String::from(purpose.title()));
    for (name, extensions) in purpose.filters() {
        dialog = dialog.add_filter(name, &extensions);
    }
    let suggestion = Path::new(suggestion);
    if let Some(dir) = suggestion.parent().filter(|d| d.is_dir()) {
        dialog = dialog.set_directory(dir);
    }
    if purpose.writes() {
        if let Some(name) = suggestion.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        dialog.save_file()
    } else {
        dialog.pick_file()
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
        egui::Window::new(ui_text::title(ctx, self.purpose.title()))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui_text::start_aligned(ui, |ui| {
                    let label = ui_text::label(ui, tr!("prompt-file"));
                    let field = ui
                        .add(egui::TextEdit::singleline(&mut self.path).desired_width(420.0))
                        .labelled_by(label.id);
                    if let Some(error) = &self.error {
                        ui_text::colored(ui, ui.visuals().error_fg_color, error.clone());
                    }
                    ui_text::row(ui, |ui| {
                        if ui_text::button(ui, tr!("prompt-browse")).clicked()
                            && let Some(path) = native_dialog(self.purpose, &self.path)
                        {
                            self.path = path.display().to_string();
                        }
                        let enter =
                            field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if ui_text::button(ui, tr!("button-ok")).clicked() || enter {
                            if self.path.trim().is_empty() {
                                self.error = Some(tr!("prompt-type-a-path").into());
                            } else {
                                action = PromptAction::Confirmed(PathBuf::from(self.path.trim()));
                            }
                        }
                        if ui_text::button(ui, tr!("button-cancel")).clicked()
                            || ui.input(|i| i.key_pressed(egui::Key::Escape))
                        {
                            action = PromptAction::Cancelled;
                        }
                    });
                })
            });
        action
    }
}
