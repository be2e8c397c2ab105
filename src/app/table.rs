//! The claims table: one virtualised row per claim (only the rows on screen are built, so
//! 100 000 claims cost what 30 do), sortable by any column, filtered by verdict, kind and
//! free text, with a multi-row selection for bulk verdicts.

use super::bidi_label::bidi_label;
use super::verdict_color;
use crate::model::{ClaimId, ClaimKind, Review, TextChange, Verdict};
use crate::query::{self, Column, Filter, SearchIndex, Seen, Sort};
use egui::{Rect, Sense, Vec2};
use egui_extras::TableBuilder;
use std::collections::BTreeSet;

/// The height of a row.
const ROW_HEIGHT: f32 = 26.0;

/// The table's state: sort, filter and the rows they give, rebuilt only when one of them or
/// the review changes.
#[derive(Default)]
pub struct ClaimsTable {
    /// The current sort.
    pub sort: Sort,
    /// The current filter.
    pub filter: Filter,
    /// Positions in the review's claims, in sort order, that pass the filter.
    rows: Vec<usize>,
    /// Positions in sort order, all claims.
    order: Vec<usize>,
    index: SearchIndex,
    /// What of `index` is stale: brought up to date on the next search.
    stale: Stale,
    /// The claims the fact-check library has checked before, and the review generation and
    /// matches' version they were found for.
    seen: Seen,
    seen_for: Option<(u64, u64)>,
    /// What `order` and `rows` were computed for (review generation, matches' version).
    built: Option<(u64, u64, Sort)>,
    filtered: Option<(u64, u64, Sort, Filter)>,
    /// The row to scroll to on the next frame.
    scroll_to: Option<usize>,
    /// Move the keyboard focus to the search field on the next frame (Ctrl+F).
    pub focus_search: bool,
}

/// What of the search index is stale since it was last brought up to date.
#[derive(Debug, Default)]
enum Stale {
    /// Nothing.
    Current,
    /// The notes of these claims (each named once); nothing else.
    Notes(Vec<ClaimId>),
    /// Anything may have changed (claims added, removed, moved; a new review).
    #[default]
    Everything,
}

/// Past this many notes changed since the last search, the whole index is compared instead.
const NOTES_REFOLDED: usize = 256;

/// What the reader did in the table this frame.
#[derive(Debug, Default)]
pub struct TableResponse {
    /// A row clicked, with the modifiers held (Ctrl toggles, Shift extends).
    pub clicked: Option<(ClaimId, egui::Modifiers)>,
}

impl ClaimsTable {
    /// The claims' searchable text changed as `change` says (every edit tells the table).
    pub fn text_changed(&mut self, change: TextChange) {
        self.stale = match (std::mem::take(&mut self.stale), change) {
            (stale, TextChange::Nothing) => stale,
            (Stale::Current, TextChange::Note(id)) => Stale::Notes(vec![id]),
            (Stale::Notes(mut ids), TextChange::Note(id)) if ids.len() < NOTES_REFOLDED => {
                if !ids.contains(&id) {
                    ids.push(id);
                }
                Stale::Notes(ids)
            }
            _ => Stale::Everything,
        };
    }

    /// Search with `index`, made for the review now open (in the background, as it was read).
    pub fn adopt_index(&mut self, index: SearchIndex) {
        self.index = index;
        self.stale = Stale::Current;
    }

    /// Recompute the rows when the review (its `generation`), the library's matches (their
    /// `matches_version`; `seen` gives them), the sort or the filter changed; the search
    /// index only when the claims' searchable text changed.
    pub fn refresh(
        &mut self,
        review: &Review,
        generation: u64,
        matches_version: u64,
        seen: impl FnOnce() -> Seen,
    ) {
        if self.seen_for != Some((generation, matches_version)) {
            self.seen = seen();
            self.seen_for = Some((generation, matches_version));
        }
        let version = matches_version;
        if self.built != Some((generation, version, self.sort)) {
            self.order = query::sorted_seen(review, self.sort, &self.seen);
            self.built = Some((generation, version, self.sort));
        }
        // The folded text of every claim is needed only to search: brought up to date on the
        // first keystroke after a change, folding again only the claims that changed.
        let searching = !self.filter.text.trim().is_empty();
        if searching {
            match std::mem::replace(&mut self.stale, Stale::Current) {
                Stale::Current => {}
                Stale::Notes(ids) => {
                    if !self.index.refold(review, &ids) {
                        self.index.update(review);
                    }
                }
                Stale::Everything => self.index.update(review),
            }
        }
        let key = (generation, version, self.sort, self.filter.clone());
        if self.filtered.as_ref() != Some(&key) {
            self.rows =
                query::filtered_seen(review, &self.index, &self.order, &self.filter, &self.seen);
            self.filtered = Some(key);
        }
    }

    /// The claims' positions as the table shows them.
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }

    /// Scroll the table to the row of the claim at position `claim_index`, if it is shown.
    pub fn scroll_to_claim(&mut self, claim_index: usize) {
        self.scroll_to = self.rows.iter().position(|&i| i == claim_index);
    }

    /// The filter bar: search field, verdict and kind choosers, and the count shown.
    pub fn filter_bar(&mut self, ui: &mut egui::Ui, total: usize) {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Find:");
            let search = ui
                .add(
                    egui::TextEdit::singleline(&mut self.filter.text)
                        .hint_text("text, source or note (Ctrl+F)")
                        .desired_width(170.0),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_search) {
                search.request_focus();
            }
            choice(
                ui,
                "Verdict:",
                "Any verdict",
                &mut self.filter.verdict,
                &Verdict::ALL,
                Verdict::label_en,
            );
            choice(
                ui,
                "Kind:",
                "Any kind",
                &mut self.filter.kind,
                &ClaimKind::ALL,
                ClaimKind::name,
            );
            ui.checkbox(&mut self.filter.checked_before, "Checked before")
                .on_hover_text("only claims with a strong match in the fact-check library");
            if !self.filter.is_empty() {
                if ui.button("Clear").clicked() {
                    self.filter = Filter::default();
                }
                ui.label(format!("{} of {total}", self.rows.len()));
            }
        });
    }

    /// The table itself. `selected` is the current claim, `marked` the multi-row selection.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        review: &Review,
        selected: Option<ClaimId>,
        marked: &BTreeSet<ClaimId>,
    ) -> TableResponse {
        let mut response = TableResponse::default();
        // The column separators are drawn to the bottom of the clip rectangle: keep them out
        // of the detail panel below the table.
        let area = ui.available_rect_before_wrap();
        ui.set_clip_rect(ui.clip_rect().intersect(area));
        // Column widths follow the panel (narrow windows shrink the small columns, the claim
        // column takes the rest): stored, resizable widths would keep a wide table after the
        // window shrinks and push it out of its panel.
        // Below WIDE_TABLE the "updated" column (also in the claim's history) gives its room
        // to the claim's text.
        let show_updated = area.width() >= WIDE_TABLE;
        let columns = if show_updated { 9.0 } else { 8.0 };
        let spacing = ui.spacing().item_spacing.x * (columns - 1.0);
        // The verdict keeps its width ("Not checkable" with its chip); the others shrink.
        let verdict_width = 112.0;
        let base = [
            40.0,
            72.0,
            48.0,
            96.0,
            60.0,
            40.0,
            if show_updated { 84.0 } else { 0.0 },
        ];
        let fixed: f32 = base.iter().sum();
        let scale = ((area.width() - spacing - verdict_width - 160.0) / fixed).clamp(0.55, 1.0);
        let [number, kinds, worth, attributed, sources, seen, updated] =
            base.map(|w| egui_extras::Column::exact((w * scale).round()).clip(true));
        let verdict = egui_extras::Column::exact(verdict_width).clip(true);
        let mut builder = TableBuilder::new(ui)
            .id_salt("claims table")
            .striped(true)
            .sense(Sense::click())
            .auto_shrink([false, false])
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(number)
            .column(egui_extras::Column::remainder().at_least(100.0).clip(true))
            .columns(kinds, 1)
            .column(worth)
            .column(attributed)
            .column(sources)
            .column(seen)
            .column(verdict);
        if show_updated {
            builder = builder.column(updated);
        }
        if let Some(row) = self.scroll_to.take() {
            builder = builder.scroll_to_row(row, Some(egui::Align::Center));
        }
        let mut sort = self.sort;
        builder
            .header(24.0, |mut header| {
                let shown = Column::ALL
                    .into_iter()
                    .filter(|&c| show_updated || c != Column::Updated);
                for column in shown {
                    header.col(|ui| {
                        let text = egui::RichText::new(column.heading()).strong();
                        let clicked = ui
                            .add(egui::Button::new(text).frame(false))
                            .on_hover_text(format!("Sort by {}", column.heading().to_lowercase()))
                            .clicked();
                        if sort.column == column {
                            sort_arrow(ui, sort.descending);
                        }
                        if clicked {
                            sort = if sort.column == column {
                                Sort {
                                    column,
                                    descending: !sort.descending,
                                }
                            } else {
                                Sort {
                                    column,
                                    descending: column.first_descending(),
                                }
                            };
                        }
                    });
                }
            })
            .body(|body| {
                let rows = &self.rows;
                body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                    let Some(claim) = rows.get(row.index()).and_then(|&i| review.claims.get(i))
                    else {
                        return;
                    };
                    row.set_selected(Some(claim.id) == selected || marked.contains(&claim.id));
                    let mut label_clicked = false;
                    row.col(|ui| {
                        ui.label(claim.id.to_string());
                    });
                    row.col(|ui| {
                        let color = if claim.checkable {
                            ui.visuals().text_color()
                        } else {
                            ui.visuals().weak_text_color()
                        };
                        let width = ui.available_width();
                        label_clicked |= bidi_label(ui, &claim.quote.exact, width, color).clicked();
                    });
                    row.col(|ui| {
                        let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.name()).collect();
                        ui.label(kinds.join(", "));
                    });
                    row.col(|ui| worthiness_bar(ui, claim.worthiness));
                    row.col(|ui| {
                        let who = claim.attributed_to.as_deref().unwrap_or("");
                        let width = ui.available_width();
                        let color = ui.visuals().text_color();
                        label_clicked |= bidi_label(ui, who, width, color).clicked();
                    });
                    row.col(|ui| {
                        ui.label(sources_summary(claim));
                    });
                    row.col(|ui| seen_mark(ui, self.seen.get(&claim.id)));
                    row.col(|ui| verdict_chip(ui, claim.verdict));
                    if show_updated {
                        row.col(|ui| {
                            let when = claim
                                .updated_at
                                .map(|t| t.format("%d %b %H:%M").to_string())
                                .unwrap_or_default();
                            ui.label(when);
                        });
                    }
                    if row.response().clicked() || label_clicked {
                        let modifiers = row.response().ctx.input(|i| i.modifiers);
                        response.clicked = Some((claim.id, modifiers));
                    }
                });
            });
        self.sort = sort;
        response
    }
}

/// The table width from which the "updated" column is shown.
const WIDE_TABLE: f32 = 760.0;

/// A labelled filter chooser: `any` (no filter) or one of `all`.
fn choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    any: &'static str,
    value: &mut Option<T>,
    all: &[T],
    name: fn(T) -> &'static str,
) {
    let label = ui.label(label);
    egui::ComboBox::from_id_salt(label.id)
        .selected_text(value.map_or(any, name))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, any);
            for &item in all {
                ui.selectable_value(value, Some(item), name(item));
            }
        })
        .response
        .labelled_by(label.id);
}

/// A small triangle after the sorted column's heading: up for ascending, down for
/// descending (painted: the bundled fonts have no arrow glyphs).
fn sort_arrow(ui: &mut egui::Ui, descending: bool) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(10.0, 10.0), Sense::hover());
    let c = rect.center();
    let (tip, base) = if descending { (4.0, -4.0) } else { (-4.0, 4.0) };
    let points = vec![
        egui::pos2(c.x, c.y + tip),
        egui::pos2(c.x - 4.0, c.y + base),
        egui::pos2(c.x + 4.0, c.y + base),
    ];
    let color = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        color,
        egui::Stroke::NONE,
    ));
}

/// How much a claim is worth checking, as a small bar (with the figure as tooltip).
fn worthiness_bar(ui: &mut egui::Ui, worthiness: f32) {
    let (rect, response) = ui.allocate_exact_size(Vec2::new(40.0, 8.0), Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, ui.visuals().faint_bg_color.gamma_multiply(2.0));
    let filled = Rect::from_min_size(
        rect.min,
        Vec2::new(rect.width() * worthiness.clamp(0.0, 1.0), rect.height()),
    );
    painter.rect_filled(filled, 2.0, ui.visuals().selection.stroke.color);
    painter.rect_stroke(
        rect,
        2.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
    response.on_hover_text(format!("Check-worthiness {:.2}", worthiness));
}

/// A claim's mark in the "seen" column: a dot in the colour of its strongest match's
/// verdict, the strength as its tooltip and accessible label.
fn seen_mark(ui: &mut egui::Ui, seen: Option<&(f32, Verdict)>) {
    let Some(&(strength, verdict)) = seen else {
        return;
    };
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(14.0), Sense::hover());
    ui.painter()
        .circle_filled(rect.center(), 6.0, verdict_color(verdict));
    let said = format!(
        "Checked before: {} (match {:.0} %)",
        verdict.label_en(),
        strength * 100.0
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, said.clone()));
    response.on_hover_text(format!(
        "Checked before: a strong match in the library, rated {} ({:.0} % of the claim's words)",
        verdict.label_en(),
        strength * 100.0
    ));
}

/// The verdict as a colour chip and its label.
pub fn verdict_chip(ui: &mut egui::Ui, verdict: Verdict) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(12.0), Sense::hover());
    ui.painter()
        .circle_filled(rect.center(), 5.5, verdict_color(verdict));
    ui.label(verdict.label_en());
}

/// "2 · reuters.com": how many sources, and where the first one is from.
fn sources_summary(claim: &crate::model::Claim) -> String {
    let Some(first) = claim.evidence.first() else {
        return String::new();
    };
    let place = first
        .url
        .as_deref()
        .and_then(host_of)
        .or_else(|| (!first.publisher.is_empty()).then_some(first.publisher.as_str()))
        .unwrap_or("");
    format!("{} · {place}", claim.evidence.len())
}

/// The host of an http(s) address, without "www.".
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(host.strip_prefix("www.").unwrap_or(host))
}
