//! The menu bar (File, Edit, Review, View, Help), the help windows and the reviewer-name
//! question.

use super::SanadApp;
use super::files::Pending;
use super::keys::SHORTCUTS;
use super::path_prompt::Purpose;
use crate::share::Format;

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

/// Edit ▸ Undo or Redo, naming what it would do ("Undo verdict"); disabled when there is
/// nothing to do. True when clicked.
fn history_item(ui: &mut egui::Ui, verb: &str, what: Option<&str>, keys: &str) -> bool {
    let text = what.map_or_else(|| verb.to_string(), |what| format!("{verb} {what}"));
    ui.add_enabled(what.is_some(), egui::Button::new(text))
        .on_hover_text(keys)
        .clicked()
}

impl SanadApp {
    /// The menu bar.
    pub(super) fn menu(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| self.file_menu(ui));
            ui.menu_button("Edit", |ui| self.edit_menu(ui));
            ui.menu_button("Review", |ui| self.review_menu(ui));
            ui.menu_button("View", |ui| self.view_menu(ui));
            ui.menu_button("Help", |ui| {
                if ui.button("Keyboard shortcuts").clicked() {
                    self.show_shortcuts = true;
                }
                if ui.button("About Sanad").clicked() {
                    self.show_about = true;
                }
            });
        });
    }

    fn file_menu(&mut self, ui: &mut egui::Ui) {
        if ui.button("New from article…  Ctrl+N").clicked() {
            self.request(Pending::Choose(Purpose::NewFromArticle));
        }
        if ui.button("Open…  Ctrl+O").clicked() {
            self.request(Pending::Choose(Purpose::Open));
        }
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
                self.request(Pending::Open(path));
            }
        });
        ui.add_enabled_ui(self.article_path.is_some(), |ui| {
            ui.menu_button("Reopen article as", |ui| {
                for encoding in ENCODINGS {
                    let current = self.review.article.encoding == encoding.name();
                    if ui.selectable_label(current, encoding.name()).clicked() {
                        self.request(Pending::Reopen(encoding));
                    }
                }
            });
        });
        ui.separator();
        if ui.button("Save  Ctrl+S").clicked() {
            self.save();
        }
        if ui.button("Save as…  Ctrl+Shift+S").clicked() {
            self.commit_note();
            self.choose(Purpose::SaveAs);
        }
        ui.separator();
        ui.menu_button("Export", |ui| {
            for (label, format) in [
                ("Export ClaimReview JSON-LD…", Format::ClaimReview),
                ("Export CSV…", Format::Csv),
                ("Export Markdown report…", Format::Markdown),
                ("Export HTML report…", Format::Html),
            ] {
                if ui.button(label).clicked() {
                    self.commit_note();
                    self.choose(Purpose::Export(format));
                }
            }
        });
        if ui.button("Merge review…").clicked() {
            self.commit_note();
            self.choose(Purpose::Merge);
        }
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
        if ui.button("Quit  Ctrl+Q").clicked() {
            self.request(Pending::Quit);
        }
    }

    fn edit_menu(&mut self, ui: &mut egui::Ui) {
        if history_item(ui, "Undo", self.history.undo_label(), "Ctrl+Z") {
            self.undo();
        }
        if history_item(
            ui,
            "Redo",
            self.history.redo_label(),
            "Ctrl+Shift+Z or Ctrl+Y",
        ) {
            self.redo();
        }
        ui.separator();
        if ui.button("Find  Ctrl+F").clicked() {
            self.table.focus_search = true;
        }
        if ui.button("Select all shown claims").clicked() {
            let claims = &self.review.claims;
            self.marked = self.table.rows().iter().map(|&i| claims[i].id).collect();
        }
    }

    fn review_menu(&mut self, ui: &mut egui::Ui) {
        if ui.button("Next unreviewed claim  N").clicked() {
            self.next_unreviewed();
        }
        if ui
            .add_enabled(
                self.article.selection().is_some(),
                egui::Button::new("Claim from selection  C"),
            )
            .clicked()
        {
            self.claim_from_selection();
        }
        if ui
            .add_enabled(
                self.caret.is_some(),
                egui::Button::new("Split claim here  S"),
            )
            .clicked()
        {
            self.split_selected();
        }
        if ui.button("Merge claim with next  M").clicked()
            && let Some(claim) = self.selected
        {
            self.run(crate::model::Command::MergeWithNext { claim });
        }
        ui.separator();
        if ui.button("Update article…").clicked() {
            self.commit_note();
            self.choose(Purpose::UpdateArticle);
        }
    }

    fn view_menu(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if ui.button("Zoom in  Ctrl+Plus").clicked() {
            egui::gui_zoom::zoom_in(&ctx);
        }
        if ui.button("Zoom out  Ctrl+-").clicked() {
            egui::gui_zoom::zoom_out(&ctx);
        }
        if ui.button("Actual size").clicked() {
            ctx.set_zoom_factor(1.0);
        }
        ui.separator();
        if ui.button("Larger article text").clicked() {
            self.change_text_size(2.0);
        }
        if ui.button("Smaller article text").clicked() {
            self.change_text_size(-2.0);
        }
        ui.checkbox(&mut self.article.highlights, "Highlight claims  H");
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
            .open(&mut self.show_shortcuts)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for (keys, what) in SHORTCUTS {
                        ui.strong(*keys);
                        ui.label(*what);
                        ui.end_row();
                    }
                });
            });
        egui::Window::new("About Sanad")
            .open(&mut self.show_about)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.heading(format!("Sanad {}", env!("CARGO_PKG_VERSION")));
                ui.label("A fact-checking workbench: an article beside its checkable claims, each with its sources and a verdict.");
                ui.label("Fonts: Noto Sans and Noto Naskh Arabic (SIL Open Font License).");
                ui.label("Licence: MIT or Apache-2.0.");
            });
    }

    /// Ask the reviewer's name once (first start); it is kept in the settings.
    pub(super) fn ask_name(&mut self, ctx: &egui::Context) {
        let Some(draft) = self.asking_name.as_mut() else {
            return;
        };
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
        if done && let Some(name) = self.asking_name.take() {
            let name = name.trim().to_string();
            self.settings.reviewer = name.clone();
            self.reviewer = name;
        }
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
            self.asking_name = Some(suggestion.unwrap_or_default());
        } else {
            self.reviewer = self.settings.reviewer.clone();
        }
        if let Some(size) = self.settings.article_text_size {
            self.article.set_font_size(f32::from(size));
        }
        if let Some(id) = self.remembered_selection() {
            self.select_claim(id);
        }
    }
}
