//! The status bar: the file, the unsaved marker, the article's language and encoding, the
//! progress of the review with a proportional bar, and the last message.

use super::i18n::{self, tr};
use super::message::{INFO_SECONDS, Message, Severity};
use super::{SanadApp, bidi_label, ui_text, verdict_color, words};
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
        ui_text::row(ui, |ui| {
            let name = self
                .doc
                .file_name()
                .unwrap_or_else(|| tr!("status-not-saved-yet").into());
            ui_text::strong(ui, name);
            if self.doc.dirty {
                ui_text::colored(ui, ui.visuals().warn_fg_color, tr!("status-unsaved"));
            }
            ui.separator();
            let language = words::language(&self.doc.review.article.language);
            let encoding = &self.doc.review.article.encoding;
            ui_text::label(
                ui,
                tr!(
                    "status-language-encoding",
                    language = language,
                    encoding = encoding
                ),
            );
            ui.separator();
            progress_bar(ui, &counts, total);
            ui_text::label(ui, progress_line(&counts));
            self.public_archive_status(ui);
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
            if ui_text::small_button(ui, tr!("status-dismiss")).clicked() {
                self.status = Message::none();
                return;
            }
        } else if self.status.severity == Severity::Info {
            let left = INFO_SECONDS - (now - shown_at);
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(left.max(0.0)));
        }
        // A long message (a path) is cut with an ellipsis; the whole of it on hover.
        let width = ui.available_width().max(40.0);
        bidi_label::bidi_label(ui, &self.status.text, width, colour);
    }
}

/// One segment per verdict, as wide as its share of the claims.
fn progress_bar(ui: &mut egui::Ui, counts: &[usize; 7], total: usize) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(140.0, 10.0), Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 3.0, ui.visuals().extreme_bg_color);
    // The bar fills from the interface's start edge.
    let rtl = i18n::right_to_left();
    let mut x = if rtl { rect.right() } else { rect.left() };
    for (verdict, &count) in Verdict::ALL.iter().zip(counts).skip(1) {
        if count == 0 || total == 0 {
            continue;
        }
        let width = rect.width() * count as f32 / total as f32;
        let left = if rtl { x - width } else { x };
        let segment = Rect::from_min_size(
            egui::pos2(left, rect.top()),
            Vec2::new(width, rect.height()),
        );
        painter.rect_filled(segment, 0.0, verdict_color(*verdict));
        x = if rtl { x - width } else { x + width };
    }
    painter.rect_stroke(
        rect,
        3.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
}

/// "12/40 reviewed · 5 verified · 3 disputed": the review's progress in the interface's
/// words (what is not checkable is left out of the total).
fn progress_line(counts: &[usize; 7]) -> String {
    let (reviewed, total) = crate::share::reviewed_of(counts);
    let mut parts: Vec<String> = vec![
        tr!(
            "status-progress",
            reviewed = i18n::digits(&reviewed.to_string()),
            total = i18n::digits(&total.to_string())
        )
        .into(),
    ];
    for (verdict, &count) in Verdict::ALL.iter().zip(counts).skip(1) {
        if count > 0 {
            let count = i18n::digits(&count.to_string());
            let verdict = words::verdict(*verdict);
            parts.push(tr!("status-verdict-count", count = count, verdict = verdict).into());
        }
    }
    parts.join(" · ")
}
