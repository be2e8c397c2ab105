//! The status bar: the file, the unsaved marker, the article's language and encoding, the
//! progress of the review with a proportional bar, and the last message.

use super::message::{INFO_SECONDS, Message, Severity};
use super::{SanadApp, verdict_color};
use crate::model::Verdict;
use egui::{Rect, Sense, Vec2};

impl SanadApp {
    pub(super) fn status_bar(&mut self, ui: &mut egui::Ui) {
        // Counted once per change, not per frame (100 000 claims).
        if self.view.counts.0 != Some(self.doc.generation) {
            self.view.counts = (Some(self.doc.generation), self.doc.review.verdict_counts());
        }
        let counts = self.view.counts.1;
        let total = self.doc.review.claims.len();
        ui.horizontal(|ui| {
            let name = self
                .doc
                .file_name()
                .unwrap_or_else(|| "not saved yet".to_string());
            ui.strong(name);
            if self.doc.dirty {
                ui.colored_label(ui.visuals().warn_fg_color, "unsaved changes");
            }
            ui.separator();
            ui.label(format!(
                "{} · {}",
                self.doc.review.article.language, self.doc.review.article.encoding
            ));
            ui.separator();
            progress_bar(ui, &counts, total);
            ui.label(crate::share::progress_line(&counts));
            self.message(ui);
        });
    }
}

impl SanadApp {
    /// The last message: information fades after a few seconds (one repaint is asked for
    /// then, nothing more while idle); an error, in the error colour, stays until dismissed.
    fn message(&mut self, ui: &mut egui::Ui) {
        let now = ui.input(|i| i.time);
        let shown_at = *self.status.shown_at.get_or_insert(now);
        if !self.status.visible_at(now) {
            return;
        }
        ui.separator();
        if self.jobs.saving.is_some() || self.jobs.work.is_some() {
            ui.spinner();
        }
        let visuals = ui.visuals();
        let colour = match self.status.severity {
            Severity::Info => visuals.text_color(),
            Severity::Warning => visuals.warn_fg_color,
            Severity::Error => visuals.error_fg_color,
        };
        if self.status.severity == Severity::Error {
            if ui.small_button("Dismiss").clicked() {
                self.status = Message::none();
                return;
            }
        } else if self.status.severity == Severity::Info {
            let left = INFO_SECONDS - (now - shown_at);
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(left.max(0.0)));
        }
        // A long message (a path) is cut with an ellipsis; the whole of it on hover.
        let text = egui::RichText::new(&self.status.text).color(colour);
        ui.add(egui::Label::new(text).truncate());
    }
}

/// One segment per verdict, as wide as its share of the claims.
fn progress_bar(ui: &mut egui::Ui, counts: &[usize; 7], total: usize) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(140.0, 10.0), Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 3.0, ui.visuals().extreme_bg_color);
    let mut x = rect.left();
    for (verdict, &count) in Verdict::ALL.iter().zip(counts).skip(1) {
        if count == 0 || total == 0 {
            continue;
        }
        let width = rect.width() * count as f32 / total as f32;
        let segment =
            Rect::from_min_size(egui::pos2(x, rect.top()), Vec2::new(width, rect.height()));
        painter.rect_filled(segment, 0.0, verdict_color(*verdict));
        x += width;
    }
    painter.rect_stroke(
        rect,
        3.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
}
