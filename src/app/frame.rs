//! The frame: the window laid out (menus, the article on one side, the claims table and the
//! detail panel on the other, the status bar), and the panels under the article.

use super::actions::{Action, Queued, tooltip};
use super::editing::trimmed;
use super::i18n::{self, tr};
use super::{SETTINGS_KEY, SanadApp, bidi_label, ui_text, verdict_color, words};
use crate::model::{ClaimId, Command, TextDirection, Verdict};

impl eframe::App for SanadApp {
    /// What is not drawing: background jobs polled, autosave, the window's title.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.tick(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    /// The review's file is free for another window as soon as this one closes.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.doc.lock = None;
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.remember_selection();
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}

impl SanadApp {
    /// One whole frame into `ui`: the work that draws nothing, then the drawing. eframe calls the
    /// two itself (`logic`, then `ui`); tests call this through egui_kittest.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.tick(&ui.ctx().clone());
        self.draw(ui);
    }

    /// The work of a frame that draws nothing: a file read in the background taken in, the
    /// autosave timer, the window's title.
    pub(super) fn tick(&mut self, ctx: &egui::Context) {
        self.apply_interface(ctx);
        self.poll_loading(ctx);
        self.poll_saving(ctx);
        self.poll_work(ctx);
        self.poll_checked_before(ctx);
        self.poll_import(ctx);
        self.autosave(ctx);
        self.answer_come_forward(ctx);
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    /// Draw the window; what its keys and menus asked for is carried out at the end.
    pub(super) fn draw(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let rtl = i18n::right_to_left();
        self.refresh_table();
        let dialog_open =
            self.dialogs.is_open() || self.jobs.loading.is_some() || self.web.is_modal();
        if !dialog_open && !self.detail.is_form_open() {
            self.handle_keys(&ctx);
        }
        // A file dropped on a dialog waits for nothing: it is not taken.
        if !dialog_open {
            self.handle_dropped_files(&ctx);
        }
        self.handle_close_request(&ctx);
        self.show_dialog(&ctx);
        self.web_windows(&ctx);
        self.help_windows(&ctx);
        if self.view.library_open {
            self.library_window(&ctx);
        }
        // Dialogs may have changed the review or the filter: rows as of now.
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
        // The reader's eye starts at the right in a right-to-left interface: the article
        // goes there, the claims to its left.
        let panel = if rtl {
            egui::Panel::left("claims")
        } else {
            egui::Panel::right("claims")
        };
        let panel = panel.size_range(range);
        let panel = if resized {
            panel.exact_size(wanted)
        } else {
            panel.default_size(wanted).resizable(true)
        };
        let shown = panel.show(ui, |ui| {
            ui_text::start_aligned(ui, |ui| self.claims_side(ui))
        });
        if !resized && width > 0.0 {
            self.view.claims_share = (shown.response.rect.width() / width).clamp(0.2, 0.8);
        }
        self.view.last_width = Some(width);
        egui::CentralPanel::default().show(ui, |ui| {
            ui_text::start_aligned(ui, |ui| self.article_side(ui))
        });
        // What the keys and menus asked for this frame, now that it is drawn.
        self.perform_queued(&ctx);
        if std::mem::take(&mut self.closing.send_now) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// The article with its toolbar; clicks select claims.
    pub(super) fn article_side(&mut self, ui: &mut egui::Ui) {
        // The toolbar starts at the interface's start edge; the article lays itself out.
        ui_text::start_aligned(ui, |ui| self.toolbar(ui));
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
            self.actions.push(Queued::ClickArticle(id, offset));
        }
    }

    /// A click in the article on claim `id` (at `offset` of the text when known): the claim
    /// is selected, the table scrolls to it, and the click's place is where Split cuts.
    pub(super) fn click_article(&mut self, id: ClaimId, offset: Option<usize>) {
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

    /// The filter bar, the table and, under them, the selected claim's details.
    pub(super) fn claims_side(&mut self, ui: &mut egui::Ui) {
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
                                self.queue(Action::SplitClaim);
                            }
                            for command in out.commands {
                                self.edit(command);
                            }
                            // What the library knows of the claim, beside its verdict.
                            let Some(id) = self.doc.review.claims.get(index).map(|c| c.id) else {
                                return;
                            };
                            self.matches_section(ui, id);
                            let lines = self.source_lines(id);
                            let can_archive = self.doc.path.is_some() && !self.web.is_busy();
                            let Some(claim) = self.doc.review.claim(id) else {
                                return;
                            };
                            let context = super::detail::SourcesContext {
                                lines: &lines,
                                can_archive,
                            };
                            let out = self.detail.show_rest(ui, &self.doc.review, claim, &context);
                            for command in out.commands {
                                self.edit(command);
                            }
                            if let Some(index) = out.archive {
                                self.archive_sources(id, index);
                            }
                        }
                        None => {
                            ui_text::label(ui, tr!("detail-no-claim"));
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
            self.actions.push(Queued::ClickRow(id, modifiers));
        }
    }

    /// A row click: plain selects, Ctrl toggles the row in the multi-selection, Shift marks
    /// the rows from the current claim to this one.
    pub(super) fn click_row(&mut self, id: ClaimId, modifiers: egui::Modifiers) {
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
        self.view.selected = Some(id);
        self.view.caret = None;
        if let Some(claim) = self.doc.review.claim(id) {
            let range = claim.span.start..claim.span.end;
            self.article.flash(id, range);
        }
    }

    /// The bar over the table when several rows are marked: one verdict for all of them.
    pub(super) fn bulk_bar(&mut self, ui: &mut egui::Ui) {
        ui_text::wrapped_row(ui, |ui| {
            ui_text::strong(ui, tr!("bulk-selected", count = self.view.marked.len()));
            for verdict in Verdict::ALL {
                let color = verdict_color(verdict);
                let text = ui_text::widget_text(
                    ui,
                    words::verdict(verdict),
                    egui::TextStyle::Small,
                    Some(color),
                    None,
                );
                if ui.small_button(text).clicked() {
                    self.set_verdict(verdict);
                }
            }
            if ui_text::small_button(ui, tr!("bulk-clear")).clicked() {
                self.view.marked.clear();
            }
        });
    }

    /// The article's title and the paragraph-direction override.
    pub(super) fn toolbar(&mut self, ui: &mut egui::Ui) {
        // Wrapped: a row wider than a narrow article column would widen the column itself.
        ui_text::wrapped_row(ui, |ui| {
            let current = self.doc.review.article.direction;
            let mut chosen = current;
            let label = ui_text::words(ui, tr!("toolbar-direction"));
            let shown = ui_text::words(ui, words::direction(current));
            egui::ComboBox::from_label(label)
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui_text::list_items(ui, |ui| {
                        for d in TextDirection::ALL {
                            let words = ui_text::words(ui, words::direction(d));
                            ui.selectable_value(&mut chosen, d, words);
                        }
                    })
                });
            if chosen != current {
                self.edit(Command::SetDirection { direction: chosen });
            }
            let selection = self.article.selection().is_some();
            let button = egui::Button::new(ui_text::words(ui, Action::ClaimFromSelection.label()));
            let response = ui.add_enabled(selection, button);
            let response = ui_text::hover(response, tooltip(ui.ctx(), Action::ClaimFromSelection));
            let response = ui_text::disabled_hover(response, tr!("toolbar-select-first"));
            if response.clicked() {
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
    pub(super) fn conflicts_panel(&mut self, ui: &mut egui::Ui) {
        ui_text::strong(
            ui,
            tr!("conflicts-heading", count = self.doc.review.conflicts.len()),
        );
        let mut decision = None;
        for (index, conflict) in self.doc.review.conflicts.iter().enumerate() {
            ui_text::wrapped_row(ui, |ui| {
                let claim = i18n::digits(&conflict.claim.to_string());
                let field = &conflict.field;
                ui_text::label(ui, tr!("conflict-field", claim = claim, field = field));
                let ours = tr!("conflict-keep-ours", value = &conflict.ours);
                if ui_text::button(ui, ours).clicked() {
                    decision = Some((index, false));
                }
                let theirs = tr!("conflict-take-theirs", value = &conflict.theirs);
                if ui_text::button(ui, theirs).clicked() {
                    decision = Some((index, true));
                }
            });
        }
        if let Some((index, take_theirs)) = decision {
            self.edit(Command::ResolveConflict { index, take_theirs });
        }
    }

    /// Claims that re-anchoring could not place: kept, listed, re-attached by hand to the
    /// text selected in the article.
    pub(super) fn orphans_panel(&mut self, ui: &mut egui::Ui) {
        ui_text::strong(
            ui,
            tr!("orphans-heading", count = self.doc.review.orphans.len()),
        );
        let selection = self.article.selection();
        let mut attach = None;
        egui::ScrollArea::vertical()
            .id_salt("orphans")
            .max_height(120.0)
            .show(ui, |ui| {
                for (index, orphan) in self.doc.review.orphans.iter().enumerate() {
                    ui_text::row(ui, |ui| {
                        let words = ui_text::words(ui, tr!("orphans-attach"));
                        if ui
                            .add_enabled(selection.is_some(), egui::Button::new(words))
                            .clicked()
                        {
                            attach = Some(index);
                        }
                        let id = i18n::digits(&orphan.id.to_string());
                        let verdict = words::verdict(orphan.verdict);
                        ui_text::label(ui, tr!("orphan-line", id = id, verdict = verdict));
                        let width = ui.available_width();
                        let color = ui.visuals().text_color();
                        bidi_label::bidi_label(ui, &orphan.quote.exact, width, color);
                    });
                }
            });
        if let (Some(index), Some(range)) = (attach, selection) {
            let span = trimmed(&self.doc.review.article.text, range);
            self.edit(Command::AttachOrphan { index, span });
            self.article.clear_selection();
        }
    }
}
