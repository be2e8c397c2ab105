//! The window: the only module that knows egui. It reads the [`Review`] and changes it only
//! through [`Command`]s.
//!
//! This is the first plain version: the article beside its claims, verdict keys, save.

pub mod article_view;
mod bidi_label;
pub mod bidi_text_edit;
pub mod fonts;
mod path_prompt;
mod shaping;

use crate::model::{Command, Review, TextDirection, Verdict, apply};
use article_view::ArticleView;
use egui::Color32;
use path_prompt::{PathPrompt, PromptAction, Purpose};
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
    article: ArticleView,
    /// The note being typed for the selected claim; saved as a command when the field
    /// loses focus, so one edit is one change-log entry, not one per keystroke.
    note_draft: Option<(crate::model::ClaimId, String)>,
    /// The open "which file?" prompt, if any.
    prompt: Option<PathPrompt>,
    /// The window title last sent: sending one requests a repaint, so only changes are sent
    /// (otherwise the window would repaint forever and use the CPU while idle).
    shown_title: String,
    /// Settings kept between sessions (eframe storage).
    pub settings: Settings,
    /// When unsaved changes were last written to the recovery file.
    last_autosave: Option<std::time::Instant>,
    /// A recovery copy found at start, waiting for the reader's decision.
    recovery_offer: Option<Review>,
}

/// What the window remembers between sessions.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Settings {
    /// The fact-checking organisation, the author of ClaimReview exports.
    pub organisation: String,
    /// The address of the published fact-check page (ClaimReview url).
    pub review_url: String,
}

/// The eframe storage key of [`Settings`].
const SETTINGS_KEY: &str = "sanad-settings";

impl SanadApp {
    /// A window over `review`, saved to `path` when it has one; offers to restore unsaved
    /// work that a crash left behind.
    pub fn new(review: Review, path: Option<PathBuf>, reviewer: String) -> Self {
        let mut app = Self::without_recovery(review, path, reviewer);
        app.recovery_offer = crate::store::recovery::pending_recovery(app.path.as_deref())
            .and_then(Result::ok)
            .filter(|r| r.article.sha256 == app.review.article.sha256 && *r != app.review);
        app
    }

    fn without_recovery(review: Review, path: Option<PathBuf>, reviewer: String) -> Self {
        let article = ArticleView::new(&review.article.text, review.article.direction);
        SanadApp {
            review,
            path,
            reviewer,
            selected: 0,
            dirty: false,
            status: String::new(),
            article,
            note_draft: None,
            prompt: None,
            shown_title: String::new(),
            settings: Settings::default(),
            last_autosave: None,
            recovery_offer: None,
        }
    }

    /// The review as the window holds it (for tests).
    pub fn review(&self) -> &Review {
        &self.review
    }

    fn run(&mut self, command: Command) {
        match apply(&mut self.review, command, &self.reviewer) {
            Ok(_) => self.dirty = true,
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
                crate::store::recovery::discard_recovery(Some(&path));
            }
            Err(e) => self.status = format!("Could not save: {e}"),
        }
    }

    fn handle_keys(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        let count = self.review.claims.len();
        if ctx.input(|i| i.key_pressed(egui::Key::H) && i.modifiers.is_none()) {
            self.article.highlights = !self.article.highlights;
        }
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
            self.select(self.selected + 1);
        }
        if up {
            self.select(self.selected.saturating_sub(1));
        }
        if let (Some(verdict), Some(claim)) = (verdict, self.review.claims.get(self.selected)) {
            let claim = claim.id;
            self.run(Command::SetVerdict { claim, verdict });
        }
        if save {
            self.save();
        }
    }

    /// Select the claim at `index` of the list and bring it into view in the article.
    fn select(&mut self, index: usize) {
        self.selected = index;
        if let Some(claim) = self.review.claims.get(index) {
            self.article.scroll_to(claim.span.start..claim.span.end);
        }
    }

    /// A suggested path for an export or merge: beside the review, with `extension`.
    fn suggested_path(&self, extension: &str) -> String {
        let base = self
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from(crate::SAMPLE_NAME));
        base.with_extension(extension).display().to_string()
    }

    fn open_prompt(&mut self, purpose: Purpose) {
        let suggestion = match purpose {
            Purpose::Merge => String::new(),
            Purpose::Export(_) => self.suggested_path(purpose.extension()),
        };
        self.prompt = Some(PathPrompt::new(purpose, suggestion));
    }

    /// Carry out an export or merge for the confirmed path; an error keeps the prompt open.
    fn finish_prompt(&mut self, purpose: Purpose, path: PathBuf) -> Result<(), String> {
        match purpose {
            Purpose::Export(format) => {
                let settings = crate::share::ExportSettings {
                    organisation: self.settings.organisation.clone(),
                    review_url: self.settings.review_url.clone(),
                };
                let text = crate::share::export(&self.review, format, &settings);
                crate::store::write_atomically(&path, text.as_bytes())
                    .map_err(|e| e.to_string())?;
                self.status = format!("Exported {}", path.display());
            }
            Purpose::Merge => {
                let theirs =
                    crate::store::load(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                let outcome =
                    crate::share::merge(None, &self.review, &theirs).map_err(|e| e.to_string())?;
                let conflicts = outcome.conflicts.len();
                self.run(Command::AdoptMerge {
                    merged: Box::new(outcome.review),
                    from: path.display().to_string(),
                });
                self.article =
                    ArticleView::new(&self.review.article.text, self.review.article.direction);
                self.status = format!(
                    "Merged {} ({conflicts} conflict(s) to resolve)",
                    path.display()
                );
            }
        }
        Ok(())
    }

    fn show_prompt(&mut self, ctx: &egui::Context) {
        let Some(prompt) = self.prompt.as_mut() else {
            return;
        };
        match prompt.show(ctx) {
            PromptAction::Waiting => {}
            PromptAction::Cancelled => self.prompt = None,
            PromptAction::Confirmed(path) => {
                let purpose = prompt.purpose;
                match self.finish_prompt(purpose, path) {
                    Ok(()) => self.prompt = None,
                    Err(e) => {
                        if let Some(prompt) = self.prompt.as_mut() {
                            prompt.error = Some(e);
                        }
                    }
                }
            }
        }
    }

    /// While there are unsaved changes, write them to the recovery file every 30 seconds
    /// and whenever the window loses focus.
    fn autosave(&mut self, ctx: &egui::Context) {
        const EVERY: std::time::Duration = std::time::Duration::from_secs(30);
        if !self.dirty {
            return;
        }
        let lost_focus = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(false)))
        });
        let due = self.last_autosave.is_none_or(|t| t.elapsed() >= EVERY);
        if due || lost_focus {
            match crate::store::recovery::write_recovery(&self.review, self.path.as_deref()) {
                Ok(()) => self.last_autosave = Some(std::time::Instant::now()),
                Err(e) => self.status = format!("Could not write the recovery copy: {e}"),
            }
        }
        // Come back when the next autosave is due, without repainting in between.
        ctx.request_repaint_after(EVERY);
    }

    /// Ask whether to restore a recovery copy found at start.
    fn offer_recovery(&mut self, ctx: &egui::Context) {
        let Some(recovered) = &self.recovery_offer else {
            return;
        };
        let when = recovered.modified.format("%Y-%m-%d %H:%M UTC").to_string();
        let mut decision = None;
        egui::Window::new("Restore unsaved work?")
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui.label(format!(
                    "Sanad closed with unsaved changes to this review (last change {when})."
                ));
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        decision = Some(true);
                    }
                    if ui.button("Discard").clicked() {
                        decision = Some(false);
                    }
                });
            });
        match decision {
            Some(true) => {
                if let Some(recovered) = self.recovery_offer.take() {
                    self.review = recovered;
                    self.article =
                        ArticleView::new(&self.review.article.text, self.review.article.direction);
                    self.dirty = true;
                    self.status = "Restored unsaved work: save to keep it".into();
                }
            }
            Some(false) => {
                self.recovery_offer = None;
                crate::store::recovery::discard_recovery(self.path.as_deref());
            }
            None => {}
        }
    }

    /// The File menu.
    fn menu(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Save (Ctrl+S)").clicked() {
                    self.save();
                }
                ui.separator();
                for (label, format) in [
                    (
                        "Export ClaimReview JSON-LD…",
                        crate::share::Format::ClaimReview,
                    ),
                    ("Export CSV…", crate::share::Format::Csv),
                    ("Export Markdown report…", crate::share::Format::Markdown),
                    ("Export HTML report…", crate::share::Format::Html),
                ] {
                    if ui.button(label).clicked() {
                        self.open_prompt(Purpose::Export(format));
                    }
                }
                ui.separator();
                if ui.button("Merge review…").clicked() {
                    self.open_prompt(Purpose::Merge);
                }
                ui.separator();
                ui.menu_button("Publishing settings", |ui| {
                    let label = ui.label("Organisation (ClaimReview author):");
                    ui.text_edit_singleline(&mut self.settings.organisation)
                        .labelled_by(label.id);
                    let label = ui.label("Fact-check page address (ClaimReview url):");
                    ui.text_edit_singleline(&mut self.settings.review_url)
                        .labelled_by(label.id);
                });
            });
        });
    }

    /// Merge conflicts, one row each, decided one by one.
    fn conflicts_panel(&mut self, ui: &mut egui::Ui) {
        ui.strong(format!(
            "{} merge conflict(s) to resolve",
            self.review.conflicts.len()
        ));
        let mut decision = None;
        for (index, conflict) in self.review.conflicts.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("Claim #{} · {}:", conflict.claim, conflict.field));
                if ui.button(format!("Keep ours: {}", conflict.ours)).clicked() {
                    decision = Some((index, false));
                }
                if ui
                    .button(format!("Take theirs: {}", conflict.theirs))
                    .clicked()
                {
                    decision = Some((index, true));
                }
            });
        }
        if let Some((index, take_theirs)) = decision {
            self.run(Command::ResolveConflict { index, take_theirs });
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

fn direction_label(direction: TextDirection) -> &'static str {
    match direction {
        TextDirection::Auto => "Automatic (per paragraph)",
        TextDirection::RightToLeft => "Right to left",
        TextDirection::LeftToRight => "Left to right",
    }
}

fn verdict_color(verdict: Verdict) -> Color32 {
    let [r, g, b] = verdict.rgb();
    Color32::from_rgb(r, g, b)
}

impl eframe::App for SanadApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}

impl SanadApp {
    /// Draw the whole window into `ui` (eframe calls this every frame; tests call it
    /// through egui_kittest without a real window).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.prompt.is_none() && self.recovery_offer.is_none() {
            self.handle_keys(&ctx);
        }
        self.show_prompt(&ctx);
        self.offer_recovery(&ctx);
        self.autosave(&ctx);
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }

        egui::Panel::top("menu").show(ui, |ui| self.menu(ui));
        egui::Panel::top("toolbar").show(ui, |ui| self.toolbar(ui));
        if !self.review.conflicts.is_empty() {
            egui::Panel::bottom("conflicts").show(ui, |ui| self.conflicts_panel(ui));
        }
        egui::Panel::bottom("status").show(ui, |ui| {
            let counts = self.review.verdict_counts();
            let reviewed = self.review.claims.len() - counts[0];
            ui.label(format!(
                "{}/{} reviewed · language {} · encoding {} · {}",
                reviewed,
                self.review.claims.len(),
                self.review.article.language,
                self.review.article.encoding,
                self.status
            ));
        });
        egui::Panel::right("claims")
            .default_size(460.0)
            .show(ui, |ui| {
                egui::Panel::bottom("note").show(ui, |ui| self.note_editor(ui));
                self.claims_list(ui)
            });
        let selected = self.review.claims.get(self.selected).map(|c| c.id);
        let event = egui::CentralPanel::default()
            .show(ui, |ui| self.article.show(ui, &self.review, selected))
            .inner;
        // A click on a highlight, or anywhere inside a claim's text, selects that claim.
        let clicked_claim = event.claim_clicked.or_else(|| {
            let offset = event.clicked?;
            let claims = &self.review.claims;
            claims
                .iter()
                .find(|c| c.span.start <= offset && offset < c.span.end)
                .map(|c| c.id)
        });
        if let Some(index) =
            clicked_claim.and_then(|id| self.review.claims.iter().position(|c| c.id == id))
        {
            self.selected = index;
        }
    }
}

impl SanadApp {
    /// The article's title and the paragraph-direction override.
    fn toolbar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let current = self.review.article.direction;
            let mut chosen = current;
            egui::ComboBox::from_label("Paragraph direction")
                .selected_text(direction_label(current))
                .show_ui(ui, |ui| {
                    for d in TextDirection::ALL {
                        ui.selectable_value(&mut chosen, d, direction_label(d));
                    }
                });
            if chosen != current {
                self.run(Command::SetDirection { direction: chosen });
                self.article = ArticleView::new(&self.review.article.text, chosen);
            }
            ui.separator();
            let width = ui.available_width();
            let color = ui.visuals().strong_text_color();
            bidi_label::bidi_label(ui, &self.review.article.title, width, color);
        });
    }

    /// The selected claim's note, in a bidi text input.
    fn note_editor(&mut self, ui: &mut egui::Ui) {
        let Some(claim) = self.review.claims.get(self.selected) else {
            return;
        };
        let id = claim.id;
        if self
            .note_draft
            .as_ref()
            .is_none_or(|(draft_id, _)| *draft_id != id)
        {
            self.note_draft = Some((id, claim.note.clone()));
        }
        ui.label(format!("Note on claim #{id}"));
        let Some((_, draft)) = self.note_draft.as_mut() else {
            return;
        };
        let response = bidi_text_edit::BidiTextEdit::new(draft, "note")
            .hint("Note")
            .show(ui);
        if response.lost_focus() {
            let note = draft.clone();
            self.run(Command::SetNote { claim: id, note });
        }
    }

    fn claims_list(&mut self, ui: &mut egui::Ui) {
        ui.heading("Claims");
        ui.label("J/K: next/previous · 1–7: verdict · H: highlights · Ctrl+S: save");
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .id_salt("claims")
            .show(ui, |ui| {
                let text_color = ui.visuals().text_color();
                for (index, claim) in self.review.claims.iter().enumerate() {
                    let row = ui.horizontal(|ui| {
                        let chip = format!("#{} {}", claim.id, claim.verdict.label_en());
                        ui.add_sized(
                            [130.0, 20.0],
                            egui::Button::selectable(
                                index == self.selected,
                                egui::RichText::new(chip).color(verdict_color(claim.verdict)),
                            ),
                        )
                        .clicked()
                            | bidi_label::bidi_label(
                                ui,
                                &claim.quote.exact,
                                ui.available_width() - 8.0,
                                text_color,
                            )
                            .clicked()
                    });
                    if row.inner {
                        clicked = Some(index);
                    }
                }
            });
        if let Some(index) = clicked {
            self.select(index);
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
            let mut app = SanadApp::new(review, path, reviewer);
            if let Some(settings) = cc.storage.and_then(|s| eframe::get_value(s, SETTINGS_KEY)) {
                app.settings = settings;
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| format!("could not open the window: {e}"))
}
