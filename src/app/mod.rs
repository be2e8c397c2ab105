//! The window: the only module that knows egui. It reads the [`Review`] and changes it only
//! through [`Command`]s.
//!
//! This is the first plain version: the article beside its claims, verdict keys, save.

mod fonts;

use crate::model::{Command, Review, Verdict, apply};
use egui::{Color32, RichText};
use std::path::PathBuf;

/// What the window edits: the review and the file it belongs to.
pub struct SanadApp {
    review: Review,
    /// Where Save writes; `None` until the review has a file.
    path: Option<PathBuf>,
    reviewer: String,
    selected: usize,
    dirty: bool,
    status: String,
}

impl SanadApp {
    /// A window over `review`, saved to `path` when it has one.
    pub fn new(review: Review, path: Option<PathBuf>, reviewer: String) -> Self {
        SanadApp {
            review,
            path,
            reviewer,
            selected: 0,
            dirty: false,
            status: String::new(),
        }
    }

    /// The review as the window holds it (for tests).
    pub fn review(&self) -> &Review {
        &self.review
    }

    fn run(&mut self, command: Command) {
        match apply(&mut self.review, command, &self.reviewer) {
            Ok(()) => self.dirty = true,
            Err(e) => self.status = e.to_string(),
        }
    }

    fn save(&mut self) {
        let Some(path) = self.path.clone() else {
            self.status = "This review has no file yet: use `sanad new` to create one.".into();
            return;
        };
        match crate::store::save(&self.review, &path) {
            Ok(()) => {
                self.dirty = false;
                self.status = format!("Saved {}", path.display());
            }
            Err(e) => self.status = format!("Could not save: {e}"),
        }
    }

    fn handle_keys(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        let count = self.review.claims.len();
        let (down, up, save, verdict) = ctx.input(|i| {
            let verdict = Verdict::ALL
                .into_iter()
                .zip([
                    egui::Key::Num1,
                    egui::Key::Num2,
                    egui::Key::Num3,
                    egui::Key::Num4,
                    egui::Key::Num5,
                    egui::Key::Num6,
                    egui::Key::Num7,
                ])
                .find(|(_, key)| i.key_pressed(*key) && i.modifiers.is_none())
                .map(|(v, _)| v);
            (
                i.key_pressed(egui::Key::J) || i.key_pressed(egui::Key::ArrowDown),
                i.key_pressed(egui::Key::K) || i.key_pressed(egui::Key::ArrowUp),
                i.modifiers.command && i.key_pressed(egui::Key::S),
                verdict,
            )
        });
        if down && self.selected + 1 < count {
            self.selected += 1;
        }
        if up {
            self.selected = self.selected.saturating_sub(1);
        }
        if let (Some(verdict), Some(claim)) = (verdict, self.review.claims.get(self.selected)) {
            let claim = claim.id;
            self.run(Command::SetVerdict { claim, verdict });
        }
        if save {
            self.save();
        }
    }

    fn title(&self) -> String {
        let name = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || self.review.article.title.clone(),
            |n| n.to_string_lossy().into_owned(),
        );
        format!("{}{} — Sanad", if self.dirty { "● " } else { "" }, name)
    }
}

fn verdict_color(verdict: Verdict) -> Color32 {
    let [r, g, b] = verdict.rgb();
    Color32::from_rgb(r, g, b)
}

impl eframe::App for SanadApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.handle_keys(&ctx);
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(self.title()));

        egui::Panel::bottom("status").show(ui, |ui| {
            let counts = self.review.verdict_counts();
            let reviewed = self.review.claims.len() - counts[0];
            ui.label(format!(
                "{}/{} reviewed · language {} · {}",
                reviewed,
                self.review.claims.len(),
                self.review.article.language,
                self.status
            ));
        });
        egui::Panel::right("claims")
            .default_size(460.0)
            .show(ui, |ui| self.claims_list(ui));
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(&self.review.article.title);
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.label(&self.review.article.text);
            });
        });
    }
}

impl SanadApp {
    fn claims_list(&mut self, ui: &mut egui::Ui) {
        ui.heading("Claims");
        ui.label("J/K: next/previous · 1–7: verdict · Ctrl+S: save");
        let mut clicked = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (index, claim) in self.review.claims.iter().enumerate() {
                let text = format!(
                    "#{}  [{}]  {}",
                    claim.id,
                    claim.verdict.label_en(),
                    claim.quote.exact
                );
                let label = RichText::new(text).color(verdict_color(claim.verdict));
                if ui.selectable_label(index == self.selected, label).clicked() {
                    clicked = Some(index);
                }
            }
        });
        if let Some(index) = clicked {
            self.selected = index;
        }
    }
}

/// Open the window on `review`; returns when the window closes.
pub fn run(review: Review, path: Option<PathBuf>, reviewer: String) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Sanad",
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            Ok(Box::new(SanadApp::new(review, path, reviewer)))
        }),
    )
    .map_err(|e| format!("could not open the window: {e}"))
}
