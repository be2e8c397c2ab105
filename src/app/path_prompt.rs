//! Choosing a file: the system's dialog (rfd: the XDG portal, or zenity where there is no
//! portal) when one is available, else a prompt inside the window with a path field and
//! Browse…. Never a dead button: without any native dialog the field still works.

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
    pub fn title(self) -> &'static str {
        match self {
            Purpose::Open => "Open an article or a review",
            Purpose::NewFromArticle => "New review from an article",
            Purpose::SaveAs => "Save the review as",
            Purpose::UpdateArticle => "Update the article (re-attach the claims)",
            Purpose::Export(crate::share::Format::ClaimReview) => "Export ClaimReview JSON-LD",
            Purpose::Export(crate::share::Format::Csv) => "Export CSV",
            Purpose::Export(crate::share::Format::Markdown) => "Export Markdown report",
            Purpose::Export(crate::share::Format::Html) => "Export HTML report",
            Purpose::Merge => "Merge a colleague's review",
            Purpose::ImportFactChecks => "Import fact-checks into the library",
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
    fn filters(self) -> Vec<(&'static str, Vec<&'static str>)> {
        let reviews = ("Sanad reviews", vec!["sanad"]);
        let articles = ("Articles (.txt .md .html .htm)", ARTICLES.to_vec());
        match self {
            Purpose::Open => vec![
                ("Articles and reviews", [ARTICLES, &["sanad"]].concat()),
                articles,
                reviews,
            ],
            Purpose::NewFromArticle | Purpose::UpdateArticle => vec![articles],
            Purpose::SaveAs | Purpose::Merge => vec![reviews],
            Purpose::Export(_) => vec![(self.title(), vec![self.extension()])],
            Purpose::ImportFactChecks => vec![(
                "Fact-checks (ClaimReview JSON, JSON Lines, CSV)",
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
    let mut dialog = rfd::FileDialog::new().set_title(purpose.title());
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
                    if ui.button("Browse…").clicked()
                        && let Some(path) = native_dialog(self.purpose, &self.path)
                    {
                        self.path = path.display().to_string();
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
                    if ui.button("Cancel").clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        action = PromptAction::Cancelled;
                    }
                });
            });
        action
    }
}
