//! The window: the only module that knows egui. It reads the [`Review`] and changes it only
//! through [`Command`]s run by `SanadApp::run` (which keeps the undo history), so the
//! window, the command line and the tests share one path for every edit.
//!
//! Panels are small modules: the claims table, the detail panel, the article view, the
//! menus, the file handling, the keyboard and the status bar.

mod actions;
pub mod article_view;
mod bidi_label;
pub mod bidi_text_edit;
mod detail;
mod disk_conflict;
mod document;
mod files;
pub mod fonts;
mod menu;
mod path_prompt;
mod shaping;
mod state;
mod status;
mod table;

use crate::model::{ClaimId, Command, Review, TextDirection, Verdict};
use article_view::ArticleView;
use egui::Color32;
use std::collections::BTreeMap;
use std::path::PathBuf;

pub use actions::{Action, ExportKind};
pub use files::Pending;

/// The window: the open document, the reader's view of it, the panels that draw it, the
/// dialogs and background jobs, and what is kept between sessions.
pub struct SanadApp {
    /// The open review, its file and its history.
    doc: document::Document,
    /// Who is working: recorded with every change.
    reviewer: String,
    /// Selection, marked rows, caret, panel sizes.
    view: state::View,
    /// The article, the claims table and the detail panel.
    article: ArticleView,
    table: table::ClaimsTable,
    detail: detail::DetailPanel,
    /// What is open over the window.
    dialogs: state::Dialogs,
    /// Work running in the background.
    jobs: state::Jobs,
    /// The last message for the status bar.
    status: String,
    /// Closing: the reader answered the unsaved-changes question, and the close command is
    /// sent at the end of this frame.
    closing: state::Closing,
    /// Use the system's file dialogs (off in tests, and where none exists).
    pub native_dialogs: bool,
    /// The actions the keyboard last asked for.
    last_fired: Vec<Action>,
    /// The window title last sent: sending one requests a repaint, so only changes are sent
    /// (otherwise the window would repaint forever and use the CPU while idle).
    shown_title: String,
    /// Settings kept between sessions (eframe storage).
    pub settings: Settings,
    /// Where a review without a file is autosaved.
    untitled_dir: PathBuf,
}

/// What the window remembers between sessions.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The reviewer's name, recorded with every change.
    pub reviewer: String,
    /// The fact-checking organisation, the author of ClaimReview exports.
    pub organisation: String,
    /// The address of the published fact-check page (ClaimReview url).
    pub review_url: String,
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
    /// The claim last selected in each review file, to come back to it.
    pub selections: BTreeMap<PathBuf, u32>,
    /// The article's text size in points, when the reader changed it.
    pub article_text_size: Option<u16>,
}

/// The eframe storage key of [`Settings`].
const SETTINGS_KEY: &str = "sanad-settings";

/// The claims panel's share of the window's width at first start: the article, which the
/// reviewer reads, gets the other half.
const CLAIMS_SHARE: f32 = 0.5;

/// How many recent files the File menu lists.
const RECENT_FILES: usize = 10;

impl SanadApp {
    /// A window over `review`, saved to `path` when it has one; offers to restore unsaved
    /// work that a crash left behind.
    pub fn new(review: Review, path: Option<PathBuf>, reviewer: String) -> Self {
        let untitled_dir = crate::store::recovery::untitled_dir();
        Self::with_untitled_dir(review, path, reviewer, untitled_dir)
    }

    /// Like [`SanadApp::new`], autosaving a review that has no file yet into
    /// `untitled_dir` (tests keep theirs apart from the user's).
    pub fn with_untitled_dir(
        review: Review,
        path: Option<PathBuf>,
        reviewer: String,
        untitled_dir: PathBuf,
    ) -> Self {
        let mut app = Self::without_recovery(review, path, reviewer);
        app.untitled_dir = untitled_dir;
        app.look_for_recovery();
        app
    }

    fn without_recovery(review: Review, path: Option<PathBuf>, reviewer: String) -> Self {
        let article = ArticleView::new(&review.article.text, review.article.direction);
        let selected = review.claims.first().map(|c| c.id);
        SanadApp {
            doc: document::Document::new(review, path),
            reviewer,
            view: state::View::new(selected, CLAIMS_SHARE),
            article,
            table: table::ClaimsTable::default(),
            detail: detail::DetailPanel::default(),
            dialogs: state::Dialogs::default(),
            jobs: state::Jobs::default(),
            status: String::new(),
            closing: state::Closing::default(),
            native_dialogs: false,
            last_fired: Vec::new(),
            shown_title: String::new(),
            settings: Settings::default(),
            untitled_dir: PathBuf::new(),
        }
    }

    /// A view of `review`'s article that keeps the reader's text size and highlight choice.
    fn fresh_article_view(&self, review: &Review) -> ArticleView {
        let mut view = ArticleView::new(&review.article.text, review.article.direction);
        view.set_font_size(self.article.font_size);
        view.highlights = self.article.highlights;
        view
    }

    /// Change the article's text size by `step` points, and remember it.
    fn change_text_size(&mut self, step: f32) {
        self.article.set_font_size(self.article.font_size + step);
        self.settings.article_text_size = Some(self.article.font_size.round() as u16);
    }

    /// The review as the window holds it (for tests).
    pub fn review(&self) -> &Review {
        &self.doc.review
    }

    /// The file the review is saved to, if it has one.
    pub fn path(&self) -> Option<&std::path::Path> {
        self.doc.path.as_deref()
    }

    /// The selected claim.
    pub fn selected(&self) -> Option<ClaimId> {
        self.view.selected
    }

    /// The claims in the order the table shows them (sorted and filtered).
    pub fn table_rows(&self) -> Vec<ClaimId> {
        let claims = &self.doc.review.claims;
        self.table.rows().iter().map(|&i| claims[i].id).collect()
    }

    /// Select claim `id` as a click on its row would: the article and the table scroll to
    /// it (also for tests and benchmarks driving the window).
    pub fn select_claim(&mut self, id: ClaimId) {
        self.refresh_table();
        self.select(id);
    }

    /// Bring the table's rows up to date with the review, sort and filter.
    fn refresh_table(&mut self) {
        self.table.refresh(
            &self.doc.review,
            self.doc.generation,
            self.doc.text_generation,
        );
    }

    /// Whether a file is being read in the background.
    pub fn is_loading(&self) -> bool {
        self.jobs.loading.is_some()
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.doc.dirty
    }

    /// The article's text size in points.
    pub fn article_text_size(&self) -> f32 {
        self.article.font_size
    }

    /// The last message of the status bar.
    pub fn status(&self) -> &str {
        &self.status
    }

    /// Run an edit, keeping its inverse for undo.
    fn run(&mut self, command: Command) {
        let changes_article = matches!(
            command,
            Command::SetDirection { .. }
                | Command::AdoptMerge { .. }
                | Command::ReplaceReview { .. }
        );
        let keeps_search_text = is_verdict_or_source(&command);
        // Deleting the current claim moves on to its neighbour in the table, not the top.
        let neighbour = match &command {
            Command::DeleteClaim { claim } if Some(*claim) == self.view.selected => {
                self.neighbour_row(*claim)
            }
            _ => None,
        };
        match self
            .doc
            .history
            .run(&mut self.doc.review, command, &self.reviewer)
        {
            Ok(()) => {
                if neighbour.is_some() {
                    self.view.selected = neighbour;
                }
                // Verdicts and sources leave the search index valid: no rebuild.
                self.changed(changes_article, !keeps_search_text);
            }
            Err(e) => self.status = capitalised(&e.to_string()),
        }
    }

    /// The claim of the row after `id`'s in the table (else the one before).
    fn neighbour_row(&self, id: ClaimId) -> Option<ClaimId> {
        let rows = self.table.rows();
        let claims = &self.doc.review.claims;
        let at = rows.iter().position(|&i| claims[i].id == id)?;
        let next = rows
            .get(at + 1)
            .or_else(|| at.checked_sub(1).and_then(|b| rows.get(b)));
        next.map(|&i| claims[i].id)
    }

    /// Undo the last edit (Ctrl+Z).
    fn undo(&mut self) {
        self.commit_note();
        let outcome = self.doc.history.undo(&mut self.doc.review, &self.reviewer);
        self.stepped(outcome, "undo", "Undone");
    }

    /// Redo the last undone edit (Ctrl+Shift+Z, Ctrl+Y).
    fn redo(&mut self) {
        let outcome = self.doc.history.redo(&mut self.doc.review, &self.reviewer);
        self.stepped(outcome, "redo", "Redone");
    }

    /// After an undo or redo (`what`, reported as `done`): views rebuild, the status bar
    /// says what happened.
    fn stepped(
        &mut self,
        outcome: Option<Result<(), crate::model::ApplyError>>,
        what: &str,
        done: &str,
    ) {
        self.status = match outcome {
            Some(Ok(())) => {
                self.changed(true, true);
                done.to_string()
            }
            Some(Err(e)) => format!("Could not {what}: {e}"),
            None => format!("Nothing to {what}"),
        };
    }

    /// After any change to the review: views rebuild (the article view when the article may
    /// have changed, the search index when the claims' text may have), the selection stays
    /// valid.
    fn changed(&mut self, article_may_change: bool, search_text_may_change: bool) {
        self.doc.dirty = true;
        self.doc.generation += 1;
        if search_text_may_change {
            self.doc.text_generation += 1;
        }
        if article_may_change {
            self.article = self.fresh_article_view(&self.doc.review);
        }
        let exists = |id: ClaimId| self.doc.review.claim(id).is_some();
        if !self.view.selected.is_some_and(exists) {
            self.view.selected = self.doc.review.claims.first().map(|c| c.id);
        }
        self.view
            .marked
            .retain(|id| self.doc.review.claim(*id).is_some());
    }

    /// A note typed but not yet committed (its field still has the focus) becomes an edit,
    /// before anything else happens to the review.
    fn commit_note(&mut self) {
        if let Some(command) = self.detail.pending_note(&self.doc.review) {
            self.run(command);
        }
    }

    /// Select claim `id`, bring it into view in the article and flash it there, and scroll
    /// the table to its row.
    fn select(&mut self, id: ClaimId) {
        self.commit_note();
        self.view.selected = Some(id);
        self.view.caret = None;
        if let Some(index) = self.doc.review.claims.iter().position(|c| c.id == id) {
            let claim = &self.doc.review.claims[index];
            self.article
                .flash(claim.id, claim.span.start..claim.span.end);
            self.table.scroll_to_claim(index);
        }
    }

    /// The claims the bulk verdict applies to: the marked rows, else the selected claim.
    fn targets(&self) -> Vec<ClaimId> {
        if self.view.marked.is_empty() {
            self.view.selected.into_iter().collect()
        } else {
            self.view.marked.iter().copied().collect()
        }
    }

    /// Give the selected claim, or every marked one, `verdict` (one undoable edit).
    fn set_verdict(&mut self, verdict: Verdict) {
        let mut commands: Vec<Command> = self
            .targets()
            .into_iter()
            .map(|claim| Command::SetVerdict { claim, verdict })
            .collect();
        match commands.len() {
            0 => {}
            1 => {
                if let Some(command) = commands.pop() {
                    self.run(command);
                }
            }
            n => {
                self.run(Command::Batch { commands });
                self.status = format!("{n} claims marked {}", verdict.label_en());
            }
        }
    }

    /// Move the selection `step` rows through the table as it is sorted and filtered.
    fn step_selection(&mut self, step: isize) {
        let rows = self.table.rows();
        if rows.is_empty() {
            return;
        }
        let current = self.view.selected.and_then(|id| {
            rows.iter()
                .position(|&i| self.doc.review.claims[i].id == id)
        });
        let next = match current {
            Some(at) => at.saturating_add_signed(step).min(rows.len() - 1),
            None => 0,
        };
        let id = self.doc.review.claims[rows[next]].id;
        self.select(id);
    }

    /// Select the next unreviewed claim after the current one in table order (N).
    fn next_unreviewed(&mut self) {
        let rows = self.table.rows().to_vec();
        let claims = &self.doc.review.claims;
        let current = self
            .view
            .selected
            .and_then(|id| rows.iter().position(|&i| claims[i].id == id))
            .map_or(0, |at| at + 1);
        let found = rows[current.min(rows.len())..]
            .iter()
            .chain(&rows[..current.min(rows.len())])
            .find(|&&i| claims[i].verdict == Verdict::Unreviewed)
            .map(|&i| claims[i].id);
        match found {
            Some(id) => self.select(id),
            None => self.status = "Every claim shown has a verdict".into(),
        }
    }

    /// Split the selected claim where the reader clicked in it.
    fn split_selected(&mut self) {
        match (self.view.selected, self.view.caret) {
            (Some(claim), Some(at)) => {
                self.run(Command::SplitClaim { claim, at });
                self.view.caret = None;
            }
            _ => {
                self.status =
                    "Click a word inside the claim in the article to choose where to split".into()
            }
        }
    }

    /// Make a claim of the text selected in the article.
    fn claim_from_selection(&mut self) {
        let Some(range) = self.article.selection() else {
            self.status = "Select some article text first".into();
            return;
        };
        let span = trimmed(&self.doc.review.article.text, range);
        let next_id = ClaimId(self.doc.review.next_claim_id);
        self.run(Command::AddClaim { span });
        if self.doc.review.claim(next_id).is_some() {
            self.select(next_id);
            self.article.clear_selection();
        }
    }

    fn title(&self) -> String {
        let name = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || self.doc.review.article.title.clone(),
                |n| n.to_string_lossy().into_owned(),
            );
        format!("{}{} — Sanad", if self.doc.dirty { "● " } else { "" }, name)
    }
}

/// Whether `command` changes only verdicts or sources: not the claims' searchable text or
/// their positions.
fn is_verdict_or_source(command: &Command) -> bool {
    match command {
        Command::SetVerdict { .. }
        | Command::AddEvidence { .. }
        | Command::InsertEvidence { .. }
        | Command::SetEvidence { .. }
        | Command::RemoveEvidence { .. } => true,
        Command::Batch { commands } => commands.iter().all(is_verdict_or_source),
        _ => false,
    }
}

/// `range` of `text` without the whitespace at its ends.
fn trimmed(text: &str, range: std::ops::Range<usize>) -> crate::model::Span {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    crate::model::Span::new(start, end.max(start))
}

/// An error message as a sentence.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
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
        self.remember_selection();
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}

impl SanadApp {
    /// Draw the whole window into `ui` (eframe calls this every frame; tests call it
    /// through egui_kittest without a real window).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.refresh_table();
        self.poll_loading(&ctx);
        let modal_open =
            self.dialogs.modal_open() || self.jobs.loading.is_some() || self.detail.is_form_open();
        if !modal_open {
            self.handle_keys(&ctx);
        }
        self.handle_dropped_files(&ctx);
        self.handle_close_request(&ctx);
        self.show_prompt(&ctx);
        self.show_guard(&ctx);
        self.show_disk_conflict(&ctx);
        self.show_error(&ctx);
        self.offer_recovery(&ctx);
        self.ask_name(&ctx);
        self.help_windows(&ctx);
        self.autosave(&ctx);
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
        // Keys and menus may have changed the review or the filter: rows as of now.
        self.refresh_table();

        egui::Panel::top("menu").show(ui, |ui| self.menu(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        if !self.doc.review.conflicts.is_empty() {
            egui::Panel::bottom("conflicts").show(ui, |ui| self.conflicts_panel(ui));
        }
        if !self.doc.review.orphans.is_empty() {
            egui::Panel::bottom("orphans").show(ui, |ui| self.orphans_panel(ui));
        }
        // The panel keeps its share of the window when the window is resized; the share
        // follows the reader's drag of the panel's edge. The article keeps at least 320 points.
        let width = ui.available_width();
        let resized = self
            .view
            .last_width
            .is_some_and(|last| (last - width).abs() > 0.5);
        let range = 420.0..=(width - 320.0).max(420.0);
        let wanted = (width * self.view.claims_share).clamp(*range.start(), *range.end());
        let panel = egui::Panel::right("claims").size_range(range);
        let panel = if resized {
            panel.exact_size(wanted)
        } else {
            panel.default_size(wanted).resizable(true)
        };
        let shown = panel.show(ui, |ui| self.claims_side(ui));
        if !resized && width > 0.0 {
            self.view.claims_share = (shown.response.rect.width() / width).clamp(0.2, 0.8);
        }
        self.view.last_width = Some(width);
        egui::CentralPanel::default().show(ui, |ui| self.article_side(ui));
        if std::mem::take(&mut self.closing.send_now) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// The article with its toolbar; clicks select claims.
    fn article_side(&mut self, ui: &mut egui::Ui) {
        self.toolbar(ui);
        ui.separator();
        let event = self.article.show(ui, &self.doc.review, self.view.selected);
        // A click on a highlight, or anywhere inside a claim's text, selects that claim and
        // scrolls the table to it; the click's place is where Split cuts.
        let clicked = event
            .claim_clicked
            .map(|id| (id, event.clicked))
            .or_else(|| {
                let offset = event.clicked?;
                crate::model::claim_at(&self.doc.review.claims, offset)
                    .map(|c| (c.id, Some(offset)))
            });
        if let Some((id, offset)) = clicked {
            self.commit_note();
            self.view.selected = Some(id);
            self.view.marked.clear();
            if let Some(index) = self.doc.review.claims.iter().position(|c| c.id == id) {
                self.table.scroll_to_claim(index);
                let span = self.doc.review.claims[index].span;
                self.view.caret = offset
                    .map(|o| crate::text::word_at(&self.doc.review.article.text, o).start)
                    .filter(|&o| span.start < o && o < span.end);
            }
        }
    }

    /// The filter bar, the table and, under them, the selected claim's details.
    fn claims_side(&mut self, ui: &mut egui::Ui) {
        self.table.filter_bar(ui, self.doc.review.claims.len());
        let selected_claim = self
            .view
            .selected
            .and_then(|id| self.doc.review.claims.iter().position(|c| c.id == id));
        let height = ui.available_height();
        egui::Panel::bottom("detail")
            .default_size((height * 0.55).clamp(160.0, 520.0))
            .min_size(120.0)
            .max_size((height - 140.0).max(120.0))
            .resizable(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("detail scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| match selected_claim {
                        Some(index) => {
                            let claim = &self.doc.review.claims[index];
                            let out =
                                self.detail
                                    .show(ui, &self.doc.review, claim, self.view.caret);
                            if out.split {
                                self.split_selected();
                            }
                            for command in out.commands {
                                self.run(command);
                            }
                        }
                        None => {
                            ui.label("No claim selected.");
                        }
                    });
            });
        if !self.view.marked.is_empty() {
            self.bulk_bar(ui);
        }
        let response = self
            .table
            .show(ui, &self.doc.review, self.view.selected, &self.view.marked);
        if let Some((id, modifiers)) = response.clicked {
            self.click_row(id, modifiers);
        }
    }

    /// A row click: plain selects, Ctrl toggles the row in the multi-selection, Shift marks
    /// the rows from the current claim to this one.
    fn click_row(&mut self, id: ClaimId, modifiers: egui::Modifiers) {
        if modifiers.command {
            if let Some(current) = self.view.selected
                && self.view.marked.is_empty()
            {
                self.view.marked.insert(current);
            }
            if !self.view.marked.remove(&id) {
                self.view.marked.insert(id);
            }
        } else if modifiers.shift {
            let rows = self.table.rows();
            let claims = &self.doc.review.claims;
            let at = |claim: ClaimId| rows.iter().position(|&i| claims[i].id == claim);
            if let (Some(a), Some(b)) = (self.view.selected.and_then(at), at(id)) {
                let (a, b) = (a.min(b), a.max(b));
                self.view.marked = rows[a..=b].iter().map(|&i| claims[i].id).collect();
            }
        } else {
            self.view.marked.clear();
        }
        self.commit_note();
        self.view.selected = Some(id);
        self.view.caret = None;
        if let Some(claim) = self.doc.review.claim(id) {
            let range = claim.span.start..claim.span.end;
            self.article.flash(id, range);
        }
    }

    /// The bar over the table when several rows are marked: one verdict for all of them.
    fn bulk_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            ui.strong(format!("{} claims selected:", self.view.marked.len()));
            for verdict in Verdict::ALL {
                let text = egui::RichText::new(verdict.label_en()).color(verdict_color(verdict));
                if ui.small_button(text).clicked() {
                    self.set_verdict(verdict);
                }
            }
            if ui.small_button("Clear selection").clicked() {
                self.view.marked.clear();
            }
        });
    }

    /// The article's title and the paragraph-direction override.
    fn toolbar(&mut self, ui: &mut egui::Ui) {
        // Wrapped: a row wider than a narrow article column would widen the column itself.
        ui.horizontal_wrapped(|ui| {
            let current = self.doc.review.article.direction;
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
            }
            let selection = self.article.selection().is_some();
            if ui
                .add_enabled(selection, egui::Button::new("Claim from selection"))
                .on_hover_text(tooltip(ui.ctx(), Action::ClaimFromSelection))
                .on_disabled_hover_text("Select article text with the mouse first")
                .clicked()
            {
                self.claim_from_selection();
            }
            // The title, cut to the room left (it is also the window's title).
            let width = ui.available_width();
            if width > 80.0 {
                ui.separator();
                let color = ui.visuals().strong_text_color();
                bidi_label::bidi_label(ui, &self.doc.review.article.title, width - 12.0, color);
            }
        });
    }

    /// Merge conflicts, one row each, decided one by one.
    fn conflicts_panel(&mut self, ui: &mut egui::Ui) {
        ui.strong(format!(
            "{} merge conflict(s) to resolve",
            self.doc.review.conflicts.len()
        ));
        let mut decision = None;
        for (index, conflict) in self.doc.review.conflicts.iter().enumerate() {
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

    /// Claims that re-anchoring could not place: kept, listed, re-attached by hand to the
    /// text selected in the article.
    fn orphans_panel(&mut self, ui: &mut egui::Ui) {
        ui.strong(format!(
            "{} claim(s) not found in the updated article: select their text in the article and attach them",
            self.doc.review.orphans.len()
        ));
        let selection = self.article.selection();
        let mut attach = None;
        egui::ScrollArea::vertical()
            .id_salt("orphans")
            .max_height(120.0)
            .show(ui, |ui| {
                for (index, orphan) in self.doc.review.orphans.iter().enumerate() {
                    ui.horizontal(|ui| {
                        if ui
                            .add_enabled(
                                selection.is_some(),
                                egui::Button::new("Attach to selection"),
                            )
                            .clicked()
                        {
                            attach = Some(index);
                        }
                        ui.label(format!("#{} {}", orphan.id, orphan.verdict.label_en()));
                        let width = ui.available_width();
                        let color = ui.visuals().text_color();
                        bidi_label::bidi_label(ui, &orphan.quote.exact, width, color);
                    });
                }
            });
        if let (Some(index), Some(range)) = (attach, selection) {
            let span = trimmed(&self.doc.review.article.text, range);
            self.run(Command::AttachOrphan { index, span });
            self.article.clear_selection();
        }
    }
}

/// An action's description and shortcuts, for a button's tooltip: "delete the claim (Del)".
fn tooltip(ctx: &egui::Context, action: Action) -> String {
    let keys = SanadApp::shortcut_text(ctx, action);
    let description = action.description();
    let mut chars = description.chars();
    let capital: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    if keys.is_empty() {
        capital
    } else {
        format!("{capital} ({keys})")
    }
}

/// Open the window and read `file` in it (an article or a review), with a progress
/// indicator when it is long; a file that cannot be opened is reported in the window.
/// Returns when the window closes.
pub fn run_opening(file: PathBuf, reviewer: String) -> Result<(), String> {
    let empty =
        crate::model::Article::new(String::new(), "und".into(), "UTF-8".into(), String::new());
    launch(Review::new(empty, Vec::new()), None, reviewer, Some(file))
}

/// Open the window on `review`; returns when the window closes.
pub fn run(review: Review, path: Option<PathBuf>, reviewer: String) -> Result<(), String> {
    launch(review, path, reviewer, None)
}

fn launch(
    review: Review,
    path: Option<PathBuf>,
    reviewer: String,
    open: Option<PathBuf>,
) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 560.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Sanad",
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            // Zoom keys are actions of the table like every other shortcut.
            cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
            let mut app = SanadApp::new(review, path, reviewer);
            app.native_dialogs = path_prompt::native_dialog_available();
            if let Some(settings) = cc.storage.and_then(|s| eframe::get_value(s, SETTINGS_KEY)) {
                app.settings = settings;
            }
            app.start_session();
            if let Some(file) = open
                && let Err(e) = app.open_path(&file)
            {
                app.dialogs.error = Some(e);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| format!("could not open the window: {e}"))
}
