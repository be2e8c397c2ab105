//! What the reader sees of the fact-check library: the selected claim's matches under
//! "Checked before?" in the detail panel, and View ▸ Library (search every fact-check,
//! filter, import a feed, the counts, the review folders and when each was last scanned,
//! the thresholds).

use super::SanadApp;
use super::bidi_label::{bidi_label, bidi_paragraph};
use super::files::Pending;
use super::i18n::{self, tr};
use super::path_prompt::Purpose;
use super::verdict_color;
use super::{ui_text, words};
use crate::factchecks::suggest::{Suggestion, Thresholds, shared_ranges};
use crate::model::{ClaimId, Verdict, check_web_address};
use std::path::PathBuf;

/// The Library window's own state: the search typed, its filters, and what it found.
#[derive(Default)]
pub(super) struct LibrarySearch {
    /// The words searched for.
    pub text: String,
    /// Only fact-checks whose rating reads as this verdict.
    pub rating: Option<Verdict>,
    /// Only fact-checks whose publisher contains this (any case).
    pub publisher: String,
    /// Only fact-checks in this language ("en", "ar"; empty for any).
    pub language: String,
    /// What was found for `text`, and the library opening it was searched in.
    found: Vec<Suggestion>,
    searched: Option<(String, usize)>,
}

/// How many fact-checks the Library window looks at for a search, before its filters.
const LIBRARY_RESULTS: usize = 100;

impl SanadApp {
    /// Import the fact-checks of `path` into the library, in the background; the library is
    /// opened again once they are in.
    pub(super) fn import_fact_checks(&mut self, path: PathBuf) -> Result<(), String> {
        let Some(dir) = self.checked.dir().map(PathBuf::from) else {
            return Err(tr!("library-no-folder-to-import").into());
        };
        let (sender, receiver) = std::sync::mpsc::channel();
        let shown = path.display().to_string();
        let said = shown.clone();
        super::i18n::spawn(move || {
            let imported = crate::factchecks::import_files(&dir, std::slice::from_ref(&path))
                .map(|s| {
                    String::from(tr!(
                        "library-imported",
                        file = said,
                        added = s.added,
                        updated = s.updated,
                        skipped = s.skipped,
                        total = s.total
                    ))
                })
                .map_err(|e| {
                    String::from(tr!(
                        "library-not-imported",
                        reason = super::errors::library(&e)
                    ))
                });
            let _ = sender.send(imported);
        });
        self.checked.importing = Some(receiver);
        self.inform(tr!("library-importing", file = shown));
        Ok(())
    }

    /// An import that has finished: said, and the library opened again.
    pub(super) fn poll_import(&mut self, ctx: &egui::Context) {
        let Some(importing) = &self.checked.importing else {
            return;
        };
        let Some(sent) = super::state::poll_job(importing, ctx) else {
            return;
        };
        self.checked.importing = None;
        match sent {
            Some(Ok(said)) => {
                self.inform(said);
                self.open_library();
            }
            Some(Err(said)) => self.fail(said),
            None => self.fail(tr!("library-import-stopped")),
        }
    }

    /// The thresholds as the settings keep them (percent of a match's strength, a date).
    pub(super) fn apply_match_settings(&mut self) {
        let percent = |p: Option<u8>, default: f32| p.map_or(default, |p| f32::from(p) / 100.0);
        self.checked.thresholds = Thresholds {
            strong: percent(self.settings.strong_match_percent, Thresholds::STRONG),
            suggest: percent(self.settings.suggestion_percent, Thresholds::SUGGEST),
            not_before: chrono::NaiveDate::parse_from_str(
                self.settings.matches_not_before.trim(),
                "%Y-%m-%d",
            )
            .ok(),
        };
        self.checked.version += 1;
    }

    /// "Checked before?" for the claim `id` in the detail panel: its listed matches, each
    /// with its rating, publisher, date, wording (the words shared with the claim marked),
    /// link, and what can be done with it. Nothing is drawn when there is nothing to say
    /// (no library, or no match for the claim): the panel keeps its room for the note and
    /// the sources.
    pub(super) fn matches_section(&mut self, ui: &mut egui::Ui, id: ClaimId) {
        let listed = self.checked.listed(&self.doc.review, id);
        let waiting = self.is_matching();
        if listed.is_empty() && !waiting && self.checked.problem.is_none() {
            return;
        }
        ui.separator();
        ui_text::row(ui, |ui| {
            let count = i18n::digits(&listed.len().to_string());
            ui_text::strong(ui, tr!("matches-heading", count = count));
            if self.checked.library.is_none() {
                let why = self.checked.problem.clone().unwrap_or_else(|| {
                    if self.is_matching() {
                        tr!("matches-opening-library").into()
                    } else {
                        tr!("matches-no-library").into()
                    }
                });
                ui_text::weak(ui, why);
            } else if self.is_matching() {
                ui_text::weak(ui, tr!("matches-matching"));
            }
            if !listed.is_empty() && {
                let button = ui_text::small_button(ui, tr!("matches-dismiss-all"));
                let tip = super::actions::tooltip(ui.ctx(), super::Action::DismissMatches);
                ui_text::hover(button, tip).clicked()
            } {
                self.queue(super::Action::DismissMatches);
            }
        });
        for (at, suggestion) in listed.iter().enumerate() {
            ui.push_id(("match", at), |ui| {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    self.one_match(ui, id, suggestion, at == 0);
                });
            });
        }
    }

    fn one_match(&mut self, ui: &mut egui::Ui, id: ClaimId, suggestion: &Suggestion, best: bool) {
        let f = &suggestion.fact_check;
        ui_text::wrapped_row(ui, |ui| {
            let verdict = suggestion.verdict.unwrap_or_default();
            let (rect, _) = ui.allocate_exact_size(egui::Vec2::splat(12.0), egui::Sense::hover());
            ui.painter()
                .circle_filled(rect.center(), 5.5, verdict_color(verdict));
            let rating = if f.rating.is_empty() {
                tr!("match-no-rating").into()
            } else {
                f.rating.clone()
            };
            ui_text::strong(ui, rating);
            let mut about = Vec::new();
            if suggestion.review.is_some() {
                about.push(tr!("match-desk-review").into());
            }
            for part in [&f.publisher, &f.date] {
                if !part.is_empty() {
                    about.push(part.clone());
                }
            }
            let percent = (suggestion.strength * 100.0).round();
            about.push(String::from(tr!("match-strength", percent = percent)));
            ui_text::weak(ui, about.join(" · "));
        });
        let ranges = shared_ranges(&f.claim, &suggestion.shared);
        bidi_paragraph(ui, &f.claim, &ranges, ui.visuals().text_color());
        ui_text::wrapped_row(ui, |ui| {
            let mut use_button = ui_text::button(ui, super::Action::UseMatch.label());
            if best {
                let tip = super::actions::tooltip(ui.ctx(), super::Action::UseMatch);
                use_button = ui_text::hover(use_button, tip);
            }
            if use_button.clicked() {
                self.use_match(id, suggestion, false);
            }
            if suggestion.verdict.is_some()
                && ui_text::button(ui, tr!("match-and-its-verdict")).clicked()
            {
                self.use_match(id, suggestion, true);
            }
            if ui_text::button(ui, tr!("match-dismiss")).clicked() {
                self.edit(crate::model::Command::SetDismissed {
                    claim: id,
                    key: suggestion.key.clone(),
                    dismissed: true,
                });
            }
            if !f.url.is_empty() && check_web_address(&f.url).is_ok() {
                let words = ui_text::words(ui, tr!("match-open-fact-check"));
                ui.hyperlink_to(words, &f.url).on_hover_text(&f.url);
            }
            if let Some((path, claim)) = &suggestion.review
                && ui_text::hover(
                    ui_text::button(ui, tr!("match-open-review")),
                    tr!(
                        "match-open-review-about",
                        file = path.display().to_string(),
                        claim = i18n::digits(&claim.to_string())
                    ),
                )
                .clicked()
            {
                self.actions.request(Pending::Open(path.clone()));
            }
        });
    }

    /// View ▸ Library.
    pub(super) fn library_window(&mut self, ctx: &egui::Context) {
        let mut open = self.view.library_open;
        egui::Window::new(ui_text::title(ctx, super::Action::ShowLibrary.label()))
            .open(&mut open)
            .default_width(620.0)
            .default_height(520.0)
            .show(ctx, |ui| {
                ui_text::start_aligned(ui, |ui| self.library_contents(ui))
            });
        self.view.library_open = open;
    }

    fn library_contents(&mut self, ui: &mut egui::Ui) {
        let Some(library) = self.checked.library.clone() else {
            let why = self.checked.problem.clone().unwrap_or_else(|| {
                if self.checked.dir().is_some() {
                    tr!("library-opening").into()
                } else {
                    tr!("library-no-folder").into()
                }
            });
            ui_text::label(ui, why);
            return;
        };
        ui_text::wrapped_row(ui, |ui| {
            ui_text::label(
                ui,
                tr!(
                    "library-counts",
                    imported = library.imported().len(),
                    reviewed = library.reviewed().len()
                ),
            );
            if ui_text::button(ui, tr!("library-import")).clicked() {
                self.choose(Purpose::ImportFactChecks, None);
            }
            let scan = ui_text::button(ui, tr!("library-scan"));
            if ui_text::hover(scan, tr!("library-scan-about")).clicked() {
                self.open_library();
            }
        });
        if let Some(dir) = self.checked.dir() {
            ui_text::weak(
                ui,
                tr!("library-kept-in", folder = dir.display().to_string()),
            );
        }
        for folder in library.folders() {
            let when = if folder.scanned.is_empty() {
                tr!("library-never").into()
            } else {
                folder.scanned.clone()
            };
            let folder = folder.path.display().to_string();
            ui_text::weak(ui, tr!("library-folder", folder = folder, when = when));
        }
        ui.separator();
        self.threshold_settings(ui);
        ui.separator();
        let search = &mut self.library_search;
        ui_text::wrapped_row(ui, |ui| {
            let label = ui_text::label(ui, tr!("library-search"));
            ui.add(egui::TextEdit::singleline(&mut search.text).desired_width(220.0))
                .labelled_by(label.id);
            let label = ui_text::label(ui, tr!("library-rating"));
            let any = tr!("library-any-rating");
            let selected = search.rating.map_or_else(|| any.clone(), words::verdict);
            egui::ComboBox::from_id_salt(label.id)
                .selected_text(ui_text::words(ui, selected))
                .show_ui(ui, |ui| {
                    ui_text::list_items(ui, |ui| {
                        let words = ui_text::words(ui, any);
                        ui.selectable_value(&mut search.rating, None, words);
                        for verdict in Verdict::ALL {
                            let words = ui_text::words(ui, words::verdict(verdict));
                            ui.selectable_value(&mut search.rating, Some(verdict), words);
                        }
                    })
                });
            let label = ui_text::label(ui, tr!("library-publisher"));
            ui.add(egui::TextEdit::singleline(&mut search.publisher).desired_width(90.0))
                .labelled_by(label.id);
            let label = ui_text::label(ui, tr!("library-language"));
            ui.add(egui::TextEdit::singleline(&mut search.language).desired_width(36.0))
                .labelled_by(label.id);
        });
        let opened = std::sync::Arc::as_ptr(&library) as usize;
        let key = (search.text.trim().to_string(), opened);
        if search.searched.as_ref() != Some(&key) {
            let found = if key.0.is_empty() {
                Ok(library.newest(LIBRARY_RESULTS))
            } else {
                library.search(&key.0, LIBRARY_RESULTS)
            };
            search.found = found
                .map(|found| found.iter().map(Suggestion::from_found).collect())
                .unwrap_or_default();
            search.searched = Some(key);
        }
        let thresholds = self.checked.thresholds;
        let shown: Vec<&Suggestion> = search
            .found
            .iter()
            .filter(|s| {
                let f = &s.fact_check;
                search.rating.is_none_or(|r| s.verdict == Some(r))
                    && (search.publisher.trim().is_empty()
                        || f.publisher
                            .to_lowercase()
                            .contains(&search.publisher.trim().to_lowercase()))
                    && (search.language.trim().is_empty()
                        || f.language.starts_with(search.language.trim()))
                    && thresholds.is_recent(s)
            })
            .collect();
        if search.text.trim().is_empty() {
            ui_text::weak(ui, tr!("library-newest", count = shown.len()));
        } else {
            ui_text::weak(ui, tr!("library-found", count = shown.len()));
        }
        egui::ScrollArea::vertical()
            .id_salt("library results")
            .show(ui, |ui| {
                for (at, suggestion) in shown.iter().enumerate() {
                    ui.push_id(("library", at), |ui| {
                        let f = &suggestion.fact_check;
                        ui_text::row(ui, |ui| {
                            let verdict = suggestion.verdict.unwrap_or_default();
                            ui_text::colored(ui, verdict_color(verdict), f.rating.clone());
                            ui_text::weak(ui, format!("{} {}", f.publisher, f.date));
                            let width = ui.available_width() - 8.0;
                            let color = ui.visuals().text_color();
                            bidi_label(ui, &f.claim, width.max(60.0), color);
                        });
                    });
                }
            });
    }

    /// The two thresholds and the "no older than" day, kept in the settings.
    fn threshold_settings(&mut self, ui: &mut egui::Ui) {
        let before = (
            self.settings.strong_match_percent,
            self.settings.suggestion_percent,
            self.settings.matches_not_before.clone(),
        );
        let mut strong = (self.checked.thresholds.strong * 100.0).round() as u8;
        let mut suggest = (self.checked.thresholds.suggest * 100.0).round() as u8;
        ui_text::wrapped_row(ui, |ui| {
            let text = ui_text::words(ui, tr!("threshold-marks"));
            let slider = ui.add(egui::Slider::new(&mut strong, 5..=100).text(text));
            ui_text::hover(slider, tr!("threshold-marks-about"));
            let text = ui_text::words(ui, tr!("threshold-suggested"));
            let slider = ui.add(egui::Slider::new(&mut suggest, 5..=100).text(text));
            ui_text::hover(slider, tr!("threshold-suggested-about"));
        });
        ui_text::row(ui, |ui| {
            let label = ui_text::label(ui, tr!("threshold-not-before"));
            ui.add(
                egui::TextEdit::singleline(&mut self.settings.matches_not_before)
                    .desired_width(90.0),
            )
            .labelled_by(label.id);
            if ui_text::small_button(ui, tr!("threshold-defaults")).clicked() {
                strong = (Thresholds::STRONG * 100.0).round() as u8;
                suggest = (Thresholds::SUGGEST * 100.0).round() as u8;
                self.settings.matches_not_before.clear();
            }
        });
        self.settings.strong_match_percent = Some(strong);
        self.settings.suggestion_percent = Some(suggest);
        let after = (
            self.settings.strong_match_percent,
            self.settings.suggestion_percent,
            self.settings.matches_not_before.clone(),
        );
        if after != before {
            self.apply_match_settings();
        }
    }
}
