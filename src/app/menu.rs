//! The menu bar (File, Edit, Review, View, Help), the help windows and the reviewer-name
//! question.

use super::SanadApp;
use super::actions::{Action, ExportKind};
use super::dialogs::Dialog;
use super::files::Pending;
use crate::model::Verdict;

/// The encodings offered by File ▸ Reopen article as.
const ENCODINGS: [&encoding_rs::Encoding; 7] = [
    encoding_rs::UTF_8,
    encoding_rs::WINDOWS_1256,
    encoding_rs::ISO_8859_6,
    encoding_rs::WINDOWS_1252,
    encoding_rs::UTF_16LE,
    encoding_rs::UTF_16BE,
    encoding_rs::ISO_8859_15,
];

impl SanadApp {
    /// The menu bar.
    pub(super) fn menu(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| self.file_menu(ui));
            ui.menu_button("Edit", |ui| self.edit_menu(ui));
            ui.menu_button("Review", |ui| self.review_menu(ui));
            ui.menu_button("View", |ui| self.view_menu(ui));
            ui.menu_button("Help", |ui| {
                self.action_item(ui, Action::ShowShortcuts);
                self.action_item(ui, Action::ShowAbout);
            });
        });
    }

    fn file_menu(&mut self, ui: &mut egui::Ui) {
        self.action_item(ui, Action::NewFromArticle);
        self.action_item(ui, Action::Open);
        ui.menu_button("Open recent", |ui| {
            if self.settings.recent.is_empty() {
                ui.label("No recent files");
            }
            let mut chosen = None;
            for path in &self.settings.recent {
                let name = path.display().to_string();
                if ui.button(&name).clicked() {
                    chosen = Some(path.clone());
                }
            }
            if let Some(path) = chosen {
                self.actions.request(Pending::Open(path));
            }
        });
        ui.add_enabled_ui(self.doc.article_path.is_some(), |ui| {
            ui.menu_button("Reopen article as", |ui| {
                for encoding in ENCODINGS {
                    let current = self.doc.review.article.encoding == encoding.name();
                    if ui.selectable_label(current, encoding.name()).clicked() {
                        self.actions.request(Pending::Reopen(encoding));
                    }
                }
            });
        });
        ui.separator();
        self.action_item(ui, Action::Save);
        self.action_item(ui, Action::SaveAs);
        ui.separator();
        ui.menu_button("Export", |ui| {
            for kind in [
                ExportKind::ClaimReview,
                ExportKind::Csv,
                ExportKind::Markdown,
                ExportKind::Html,
            ] {
                self.action_item(ui, Action::Export(kind));
            }
        });
        self.action_item(ui, Action::MergeReview);
        ui.separator();
        ui.menu_button("Settings", |ui| {
            let label = ui.label("Your name (recorded with every change):");
            let name = ui
                .text_edit_singleline(&mut self.settings.reviewer)
                .labelled_by(label.id);
            if name.lost_focus() && !self.settings.reviewer.trim().is_empty() {
                self.reviewer = self.settings.reviewer.trim().to_string();
            }
            let label = ui.label("Organisation (ClaimReview author):");
            ui.text_edit_singleline(&mut self.settings.organisation)
                .labelled_by(label.id);
            let label = ui.label("Fact-check page address (ClaimReview url):");
            ui.text_edit_singleline(&mut self.settings.review_url)
                .labelled_by(label.id);
        });
        ui.separator();
        self.action_item(ui, Action::Quit);
    }

    fn edit_menu(&mut self, ui: &mut egui::Ui) {
        // Undo and Redo name what they would do ("Undo verdict").
        for (action, what) in [
            (Action::Undo, self.doc.history.undo_label()),
            (Action::Redo, self.doc.history.redo_label()),
        ] {
            let text = what.map_or_else(|| action.label(), |w| format!("{} {w}", action.label()));
            let shortcut = Self::shortcut_text(ui.ctx(), action);
            if ui
                .add_enabled(
                    what.is_some(),
                    egui::Button::new(text).shortcut_text(shortcut),
                )
                .clicked()
            {
                self.queue(action);
            }
        }
        ui.separator();
        self.action_item(ui, Action::Find);
        self.action_item(ui, Action::SelectAllShown);
    }

    fn review_menu(&mut self, ui: &mut egui::Ui) {
        self.action_item(ui, Action::NextUnreviewed);
        ui.menu_button("Verdict", |ui| {
            for verdict in Verdict::ALL {
                self.action_item(ui, Action::SetVerdict(verdict));
            }
        });
        self.action_item(ui, Action::ClaimFromSelection);
        self.action_item(ui, Action::SplitClaim);
        self.action_item(ui, Action::MergeWithNext);
        self.action_item(ui, Action::DeleteClaim);
        self.action_item(ui, Action::WriteNote);
        ui.separator();
        self.action_item(ui, Action::UseMatch);
        self.action_item(ui, Action::UseMatchWithVerdict);
        self.action_item(ui, Action::DismissMatches);
        ui.separator();
        self.action_item(ui, Action::UpdateArticle);
    }

    fn view_menu(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ui.menu_button("Article language", |ui| {
            let current = self.doc.review.article.language.clone();
            let mut chosen = None;
            egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
                for tag in crate::engine::known_languages() {
                    let label = format!("{} ({tag})", crate::engine::language_name(tag));
                    if ui
                        .selectable_label(current == tag, label)
                        .on_hover_text("Find the sentences and claims again with this language's rules; reviewed claims are kept")
                        .clicked()
                    {
                        chosen = Some(tag);
                    }
                }
            });
            if let Some(tag) = chosen {
                self.change_language(tag);
            }
        });
        self.action_item(ui, Action::ShowLibrary);
        ui.separator();
        for action in [Action::ZoomIn, Action::ZoomOut, Action::ActualSize] {
            self.action_item(ui, action);
        }
        ui.separator();
        self.action_item(ui, Action::LargerText);
        self.action_item(ui, Action::SmallerText);
        let highlights = format!(
            "{}  {}",
            Action::ToggleHighlights.label(),
            Self::shortcut_text(&ctx, Action::ToggleHighlights)
        );
        ui.checkbox(&mut self.article.highlights, highlights)
            .on_hover_text(Action::ToggleHighlights.description());
        ui.separator();
        let mut theme = ctx.options(|o| o.theme_preference);
        ui.horizontal(|ui| {
            ui.selectable_value(&mut theme, egui::ThemePreference::Light, "Light");
            ui.selectable_value(&mut theme, egui::ThemePreference::Dark, "Dark");
            ui.selectable_value(&mut theme, egui::ThemePreference::System, "System");
        });
        if theme != ctx.options(|o| o.theme_preference) {
            ctx.set_theme(theme);
        }
    }

    /// Help ▸ Keyboard shortcuts and Help ▸ About.
    pub(super) fn help_windows(&mut self, ctx: &egui::Context) {
        egui::Window::new("Keyboard shortcuts")
            .open(&mut self.view.shortcuts_open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for action in Action::all() {
                        if action.shortcuts().is_empty() {
                            continue;
                        }
                        ui.strong(Self::shortcut_text(ctx, action));
                        ui.label(action.description());
                        ui.end_row();
                    }
                    // Not actions of their own: the mouse, and the text's own copy.
                    let click = format!(
                        "{}+click, Shift+click",
                        ctx.format_shortcut(&egui::KeyboardShortcut::new(
                            egui::Modifiers::COMMAND,
                            egui::Key::A
                        ))
                        .trim_end_matches('A')
                        .trim_end_matches('+')
                    );
                    let copy = ctx.format_shortcut(&egui::KeyboardShortcut::new(
                        egui::Modifiers::COMMAND,
                        egui::Key::C,
                    ));
                    for (keys, what) in [
                        (
                            click,
                            "select several rows; a verdict key then applies to all".to_string(),
                        ),
                        (copy, "copy the selected article text".to_string()),
                    ] {
                        ui.strong(keys);
                        ui.label(what);
                        ui.end_row();
                    }
                });
                ui.separator();
                ui.label(
                    "Keys are named as printed on a US keyboard: with another layout active \
                     (Arabic, Persian, Hebrew, Russian, AZERTY) press the key in the same place. \
                     The verdict keys also take ١–٧.",
                );
            });
        egui::Window::new("About Sanad")
            .open(&mut self.view.about_open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.heading(format!("Sanad {}", env!("CARGO_PKG_VERSION")));
                ui.label("A fact-checking workbench: an article beside its checkable claims, each with its sources and a verdict.");
                ui.label("Fonts: Noto Sans and Noto Naskh Arabic (SIL Open Font License).");
                ui.label("Licence: MIT or Apache-2.0.");
            });
    }

    /// Called once when the real window opens, after the settings are loaded: the reviewer's
    /// name is `$SANAD_REVIEWER`, else the one kept in the settings, else asked.
    pub fn start_session(&mut self) {
        let from_environment = std::env::var("SANAD_REVIEWER")
            .ok()
            .filter(|name| !name.trim().is_empty());
        if let Some(name) = from_environment {
            // Chosen for this run (shared machines, scripts): used, not asked, not kept.
            self.reviewer = name;
        } else if self.settings.reviewer.trim().is_empty() {
            // The login name is a suggestion; "unknown" (no $USER) is not.
            let suggestion = Some(self.reviewer.clone()).filter(|r| r != "unknown");
            self.dialogs
                .open(Dialog::ReviewerName(suggestion.unwrap_or_default()));
        } else {
            self.reviewer = self.settings.reviewer.clone();
        }
        self.apply_match_settings();
        if let Some(size) = self.settings.article_text_size {
            self.article.set_font_size(f32::from(size));
        }
        if let Some(id) = self.remembered_selection() {
            self.select_claim(id);
        }
    }
}

/// Ask the reviewer's name once (first start; it is kept in the settings): true once the
/// reader has typed one in `draft` and continued.
pub(super) fn name_prompt(ctx: &egui::Context, draft: &mut String) -> bool {
    let mut done = false;
    egui::Modal::new(egui::Id::unique("reviewer name")).show(ctx, |ui| {
        ui.heading("Welcome to Sanad");
        let label = ui.label("Your name, recorded with every change you make:");
        let field = ui
            .add(egui::TextEdit::singleline(draft).desired_width(280.0))
            .labelled_by(label.id);
        // Focus the field once; asking every frame would keep resetting its state.
        if ui.memory(|m| m.focused().is_none()) {
            field.request_focus();
        }
        let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Continue").clicked() || enter) && !draft.trim().is_empty() {
            done = true;
        }
    });
    done
}
