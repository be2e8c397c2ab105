//! The menu bar (File, Edit, Review, View, Help), the help windows and the reviewer-name
//! question.

use super::SanadApp;
use super::actions::{Action, ExportKind};
use super::dialogs::Dialog;
use super::files::Pending;
use super::i18n::tr;
use super::ui_text;
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
            // A right-to-left interface starts its menu bar at the right edge.
            let direction = if super::i18n::right_to_left() {
                egui::Layout::right_to_left(egui::Align::Center)
            } else {
                egui::Layout::left_to_right(egui::Align::Center)
            };
            ui.with_layout(direction, |ui| {
                ui_text::menu(ui, tr!("menu-file"), |ui| self.file_menu(ui));
                ui_text::menu(ui, tr!("menu-edit"), |ui| self.edit_menu(ui));
                ui_text::menu(ui, tr!("menu-review"), |ui| self.review_menu(ui));
                ui_text::menu(ui, tr!("menu-view"), |ui| self.view_menu(ui));
                ui_text::menu(ui, tr!("menu-help"), |ui| {
                    self.action_item(ui, Action::ShowShortcuts);
                    self.action_item(ui, Action::ShowAbout);
                });
            });
        });
    }

    fn file_menu(&mut self, ui: &mut egui::Ui) {
        self.action_item(ui, Action::NewFromArticle);
        self.action_item(ui, Action::NewFromClipboard);
        self.action_item(ui, Action::Open);
        self.action_item(ui, Action::OpenWebAddress);
        ui_text::menu(ui, tr!("menu-open-recent"), |ui| {
            if self.settings.recent.is_empty() {
                ui_text::label(ui, tr!("menu-no-recent-files"));
            }
            let mut chosen = None;
            for path in &self.settings.recent {
                let name = path.display().to_string();
                if ui_text::button(ui, name).clicked() {
                    chosen = Some(path.clone());
                }
            }
            if let Some(path) = chosen {
                self.actions.request(Pending::Open(path));
            }
        });
        ui.add_enabled_ui(self.doc.article_path.is_some(), |ui| {
            ui_text::menu(ui, tr!("menu-reopen-as"), |ui| {
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
        ui_text::menu(ui, tr!("menu-export"), |ui| {
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
        ui_text::menu(ui, tr!("menu-settings"), |ui| {
            let label = ui_text::label(ui, tr!("settings-your-name"));
            let name = ui
                .text_edit_singleline(&mut self.settings.reviewer)
                .labelled_by(label.id);
            if name.lost_focus() && !self.settings.reviewer.trim().is_empty() {
                self.reviewer = self.settings.reviewer.trim().to_string();
            }
            let label = ui_text::label(ui, tr!("settings-organisation"));
            ui.text_edit_singleline(&mut self.settings.organisation)
                .labelled_by(label.id);
            let label = ui_text::label(ui, tr!("settings-review-url"));
            ui.text_edit_singleline(&mut self.settings.review_url)
                .labelled_by(label.id);
            ui.separator();
            let item = ui_text::button(ui, tr!("settings-save-page-now"));
            if ui_text::hover(item, tr!("settings-save-page-now-about")).clicked() {
                self.open_archive_setting();
                ui.close();
            }
        });
        ui.separator();
        self.action_item(ui, Action::Quit);
    }

    fn edit_menu(&mut self, ui: &mut egui::Ui) {
        // Undo and Redo name what they would do ("Undo verdict").
        let undo = self.doc.history.undo_command().map(super::words::edit);
        let redo = self.doc.history.redo_command().map(super::words::edit);
        for (action, what) in [(Action::Undo, undo), (Action::Redo, redo)] {
            let enabled = what.is_some();
            let text = match what {
                Some(what) => tr!("menu-undo-what", action = action.label(), what = what),
                None => action.label(),
            };
            let shortcut = Self::shortcut_text(ui.ctx(), action);
            if ui_text::add_menu_item(ui, enabled, text, Some(shortcut)).clicked() {
                self.queue(action);
            }
        }
        ui.separator();
        self.action_item(ui, Action::Find);
        self.action_item(ui, Action::SelectAllShown);
    }

    fn review_menu(&mut self, ui: &mut egui::Ui) {
        self.action_item(ui, Action::NextUnreviewed);
        ui_text::menu(ui, tr!("menu-verdict"), |ui| {
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
        self.action_item(ui, Action::ArchiveSources);
        self.action_item(ui, Action::CheckSources);
        ui.separator();
        self.action_item(ui, Action::UpdateArticle);
    }

    fn view_menu(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ui_text::menu(ui, tr!("menu-article-language"), |ui| {
            let current = self.doc.review.article.language.clone();
            let mut chosen = None;
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    for tag in crate::engine::known_languages() {
                        let label = tr!(
                            "menu-language-with-tag",
                            language = super::words::language(tag),
                            tag = tag
                        );
                        let words = ui_text::words(ui, label);
                        let item = ui.selectable_label(current == tag, words);
                        if ui_text::hover(item, tr!("menu-article-language-about")).clicked() {
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
        let highlights = tr!(
            "menu-checkbox-with-keys",
            label = Action::ToggleHighlights.label(),
            keys = Self::shortcut_text(&ctx, Action::ToggleHighlights)
        );
        let check = ui_text::checkbox(ui, &mut self.article.highlights, highlights);
        ui_text::hover(check, Action::ToggleHighlights.description());
        ui.separator();
        self.interface_menu(ui);
        ui.separator();
        let mut theme = ctx.options(|o| o.theme_preference);
        ui_text::row(ui, |ui| {
            for (value, name) in [
                (egui::ThemePreference::Light, tr!("theme-light")),
                (egui::ThemePreference::Dark, tr!("theme-dark")),
                (egui::ThemePreference::System, tr!("theme-system")),
            ] {
                let words = ui_text::words(ui, name);
                ui.selectable_value(&mut theme, value, words);
            }
        });
        if theme != ctx.options(|o| o.theme_preference) {
            ctx.set_theme(theme);
        }
    }

    /// Help ▸ Keyboard shortcuts and Help ▸ About.
    pub(super) fn help_windows(&mut self, ctx: &egui::Context) {
        egui::Window::new(ui_text::title(ctx, Action::ShowShortcuts.label()))
            .open(&mut self.view.shortcuts_open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui_text::start_aligned_width(ui, 640.0, |ui| {
                    // egui's grid measures its columns from the left edge.
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                            for action in Action::all() {
                                if action.shortcuts().is_empty() {
                                    continue;
                                }
                                shortcut_row(
                                    ui,
                                    Self::shortcut_text(ctx, action),
                                    action.description(),
                                );
                            }
                            // Not actions of their own: the mouse, and the text's own copy.
                            let click = tr!(
                                "shortcuts-click",
                                command = ctx
                                    .format_shortcut(&egui::KeyboardShortcut::new(
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
                                (click.to_string(), tr!("shortcuts-click-about")),
                                (copy, tr!("shortcuts-copy-about")),
                            ] {
                                shortcut_row(ui, keys, what);
                            }
                        });
                    });
                    ui.separator();
                    ui_text::label(ui, tr!("shortcuts-us-keyboard"));
                })
            });
        egui::Window::new(ui_text::title(ctx, Action::ShowAbout.label()))
            .open(&mut self.view.about_open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui_text::start_aligned(ui, |ui| {
                    super::icon::show(ui, 64.0);
                    ui_text::heading(ui, tr!("about-title", version = env!("CARGO_PKG_VERSION")));
                    ui_text::label(ui, tr!("about-what"));
                    ui_text::label(ui, tr!("about-fonts"));
                    ui_text::label(ui, tr!("about-licence"));
                })
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

/// A row of Help ▸ Keyboard shortcuts: the keys, then what they do, from the interface's
/// start edge (keys at the right in a right-to-left interface), each on one line.
fn shortcut_row(ui: &mut egui::Ui, keys: String, what: super::i18n::Phrase) {
    let strong = ui.visuals().strong_text_color();
    let keys = ui_text::widget_text(ui, keys, egui::TextStyle::Body, Some(strong), None);
    let what = ui_text::widget_text(ui, what, egui::TextStyle::Body, None, None);
    if super::i18n::right_to_left() {
        ui.label(what);
        ui.label(keys);
    } else {
        ui.label(keys);
        ui.label(what);
    }
    ui.end_row();
}

/// Ask the reviewer's name once (first start; it is kept in the settings): true once the
/// reader has typed one in `draft` and continued.
pub(super) fn name_prompt(ctx: &egui::Context, draft: &mut String) -> bool {
    let mut done = false;
    egui::Modal::new(egui::Id::unique("reviewer name")).show(ctx, |ui| {
        ui_text::start_aligned(ui, |ui| {
            ui_text::heading(ui, tr!("welcome-title"));
            let label = ui_text::label(ui, tr!("welcome-your-name"));
            let field = ui
                .add(egui::TextEdit::singleline(draft).desired_width(280.0))
                .labelled_by(label.id);
            // Focus the field once; asking every frame would keep resetting its state.
            if ui.memory(|m| m.focused().is_none()) {
                field.request_focus();
            }
            let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui_text::button(ui, tr!("welcome-continue")).clicked() || enter)
                && !draft.trim().is_empty()
            {
                done = true;
            }
        })
    });
    done
}
