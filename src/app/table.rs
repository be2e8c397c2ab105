//! The claims table: one virtualised row per claim (only the rows on screen are built, so
//! 100 000 claims cost what 30 do), sortable by any column, filtered by verdict, kind and
//! free text, with a multi-row selection for bulk verdicts.

use super::i18n::{self, Phrase, tr};
use super::{table_columns, ui_text, words};
use crate::model::{ClaimId, ClaimKind, Review, TextChange, Verdict};
use crate::query::{self, Column, Filter, SearchIndex, Seen, Sort};
use egui::{Sense, Vec2};
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
    /// The claim column's share of the table's width when last drawn.
    claim_share: f32,
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
        ui_text::wrapped_row(ui, |ui| {
            let label = ui_text::label(ui, tr!("filter-find"));
            let hint = ui_text::words(ui, tr!("filter-find-hint"));
            let search = ui
                .add(
                    egui::TextEdit::singleline(&mut self.filter.text)
                        .hint_text(hint)
                        .desired_width(170.0),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_search) {
                search.request_focus();
            }
            choice(
                ui,
                tr!("filter-verdict"),
                tr!("filter-any-verdict"),
                &mut self.filter.verdict,
                &Verdict::ALL,
                words::verdict,
            );
            choice(
                ui,
                tr!("filter-kind"),
                tr!("filter-any-kind"),
                &mut self.filter.kind,
                &ClaimKind::ALL,
                words::kind,
            );
            let check = ui_text::checkbox(
                ui,
                &mut self.filter.checked_before,
                tr!("filter-checked-before"),
            );
            ui_text::hover(check, tr!("filter-checked-before-about"));
            if !self.filter.is_empty() {
                if ui_text::button(ui, tr!("filter-clear")).clicked() {
                    self.filter = Filter::default();
                }
                let shown = i18n::digits(&self.rows.len().to_string());
                let total = i18n::digits(&total.to_string());
                ui_text::label(ui, tr!("filter-count", shown = shown, total = total));
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
        let rtl = i18n::right_to_left();
        let gap = ui.spacing().item_spacing.x;
        let body = ui
            .style()
            .text_styles
            .get(&egui::TextStyle::Body)
            .map_or(super::interface::DEFAULT_BODY_SIZE, |f| f.size);
        let text_scale = (body / super::interface::DEFAULT_BODY_SIZE).clamp(0.5, 3.0);
        let columns = table_columns::columns_at(area.width(), gap, rtl, text_scale);
        let shown: Vec<Column> = columns.iter().map(|c| c.0).collect();
        let cell_layout = if rtl {
            egui::Layout::right_to_left(egui::Align::Center)
        } else {
            egui::Layout::left_to_right(egui::Align::Center)
        };
        // Columns are resizable; their widths are remembered per set of columns shown, so
        // that a narrower window starts again from widths that fit it.
        let mut builder = TableBuilder::new(ui)
            .id_salt(("claims table", shown.clone(), rtl))
            .striped(true)
            .sense(Sense::click())
            .auto_shrink([false, false])
            .cell_layout(cell_layout);
        let claim_floor = area.width() * table_columns::CLAIM_SHARE;
        for (_, width) in &columns {
            builder = builder.column(match width {
                Some(w) => egui_extras::Column::initial(*w)
                    .range(16.0..=(*w * 2.5).max(40.0))
                    .resizable(true)
                    .clip(true),
                None => egui_extras::Column::remainder()
                    .at_least(claim_floor.min(area.width() * 0.9))
                    .clip(true),
            });
        }
        if let Some(row) = self.scroll_to.take() {
            builder = builder.scroll_to_row(row, Some(egui::Align::Center));
        }
        let mut sort = self.sort;
        let mut claim_width = 0.0;
        builder
            .header(24.0, |mut header| {
                for &column in &shown {
                    header.col(|ui| {
                        if column == Column::Claim {
                            claim_width = ui.max_rect().width();
                        }
                        let color = ui.visuals().strong_text_color();
                        let heading = words::column(column);
                        let text = ui_text::widget_text(
                            ui,
                            heading.clone(),
                            egui::TextStyle::Button,
                            Some(color),
                            None,
                        );
                        let button = ui.add(egui::Button::new(text).frame(false));
                        let clicked =
                            ui_text::hover(button, tr!("sort-by", column = heading)).clicked();
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
                    let seen = self.seen.get(&claim.id);
                    for &column in &shown {
                        row.col(|ui| {
                            label_clicked |= table_columns::cell(ui, column, claim, seen);
                        });
                    }
                    if row.response().clicked() || label_clicked {
                        let modifiers = row.response().ctx.input(|i| i.modifiers);
                        response.clicked = Some((claim.id, modifiers));
                    }
                });
            });
        self.sort = sort;
        self.claim_share = if area.width() > 0.0 {
            claim_width / area.width()
        } else {
            0.0
        };
        response
    }

    /// The share of the table's width the claim column had when last drawn, as drawn (at
    /// least [`table_columns::CLAIM_SHARE`] until the reader resizes a column).
    pub fn claim_share(&self) -> f32 {
        self.claim_share
    }
}

/// A labelled filter chooser: `any` (no filter) or one of `all`.
fn choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: Phrase,
    any: Phrase,
    value: &mut Option<T>,
    all: &[T],
    name: fn(T) -> Phrase,
) {
    let label = ui_text::label(ui, label);
    let selected = value.map_or_else(|| any.clone(), name);
    let selected = ui_text::words(ui, selected);
    egui::ComboBox::from_id_salt(label.id)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            ui_text::list_items(ui, |ui| {
                let words = ui_text::words(ui, any.clone());
                ui.selectable_value(value, None, words);
                for &item in all {
                    let words = ui_text::words(ui, name(item));
                    ui.selectable_value(value, Some(item), words);
                }
            })
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
