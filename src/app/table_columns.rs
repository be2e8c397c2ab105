//! The claims table's columns: which are shown at a width and how wide each is (the claim's
//! text keeps at least a third of the table; the less useful columns give way first), in
//! which order (mirrored in a right-to-left interface), and what each cell draws.

use super::i18n::{self, tr};
use super::{ui_text, verdict_color, words};
use crate::model::{Claim, Verdict};
use crate::query::Column;
use egui::{Rect, Sense, Vec2};

/// Each column's width at full size, and the table width from which it is shown (the claim
/// column takes what is left).
const COLUMNS: [(Column, f32, f32); 9] = [
    (Column::Number, 40.0, 0.0),
    (Column::Claim, 0.0, 0.0),
    (Column::Kinds, 72.0, 640.0),
    (Column::Worthiness, 48.0, 500.0),
    (Column::AttributedTo, 96.0, 0.0),
    (Column::Source, 60.0, 560.0),
    (Column::Seen, 40.0, 0.0),
    (Column::Verdict, 112.0, 0.0),
    (Column::Updated, 84.0, 760.0),
];

/// The share of the table's width the claim's text keeps at least.
pub const CLAIM_SHARE: f32 = 1.0 / 3.0;

/// The columns shown in a table `width` wide with `gap` between columns, in reading order
/// (left to right for a left-to-right interface, mirrored when `mirrored`), each with its
/// width; the claim's is `None`: it takes the rest.
///
/// `text_scale` is the interface's text size against egui's default: larger text asks for
/// wider columns (and, sooner, for fewer of them).
pub fn columns_at(
    width: f32,
    gap: f32,
    mirrored: bool,
    text_scale: f32,
) -> Vec<(Column, Option<f32>)> {
    let shown: Vec<(Column, f32)> = COLUMNS
        .iter()
        .filter(|(_, _, from)| width >= *from * text_scale)
        .map(|&(column, full, _)| (column, full * text_scale))
        .collect();
    let gaps = gap * (shown.len().saturating_sub(1)) as f32;
    let fixed: f32 = shown.iter().map(|(_, w)| w).sum();
    let room = width * (1.0 - CLAIM_SHARE) - gaps;
    let scale = (room / fixed).clamp(0.5, 1.0);
    let mut out: Vec<(Column, Option<f32>)> = shown
        .into_iter()
        .map(|(column, full)| {
            let width = (column != Column::Claim).then(|| (full * scale).floor());
            (column, width)
        })
        .collect();
    if mirrored {
        out.reverse();
    }
    out
}

/// Draw the cell of `column` for `claim`; true when a click on its text should select the
/// row (labels take clicks that the row would otherwise get).
pub fn cell(
    ui: &mut egui::Ui,
    column: Column,
    claim: &Claim,
    seen: Option<&(f32, Verdict)>,
) -> bool {
    match column {
        Column::Number => {
            ui_text::label(ui, i18n::digits(&claim.id.to_string()));
        }
        Column::Claim => {
            let color = if claim.checkable {
                ui.visuals().text_color()
            } else {
                ui.visuals().weak_text_color()
            };
            let width = ui.available_width();
            return super::bidi_label::bidi_label(ui, &claim.quote.exact, width, color).clicked();
        }
        Column::Kinds => {
            let kinds: Vec<String> = claim.kinds.iter().map(|&k| words::kind(k).into()).collect();
            ui_text::label(ui, kinds.join(&String::from(tr!("list-separator"))));
        }
        Column::Worthiness => worthiness_bar(ui, claim.worthiness),
        Column::AttributedTo => {
            let who = claim.attributed_to.as_deref().unwrap_or("");
            let width = ui.available_width();
            let color = ui.visuals().text_color();
            return super::bidi_label::bidi_label(ui, who, width, color).clicked();
        }
        Column::Source => {
            ui_text::label(ui, sources_summary(claim));
        }
        Column::Seen => seen_mark(ui, seen),
        Column::Verdict => verdict_chip(ui, claim.verdict),
        Column::Updated => {
            let when = claim
                .updated_at
                .map(|t| super::dates::day_month_time(&t))
                .unwrap_or_default();
            ui_text::label(ui, when);
        }
    }
    false
}

/// How much a claim is worth checking, as a small bar (with the figure as tooltip).
fn worthiness_bar(ui: &mut egui::Ui, worthiness: f32) {
    let (rect, response) = ui.allocate_exact_size(Vec2::new(40.0, 8.0), Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, ui.visuals().faint_bg_color.gamma_multiply(2.0));
    let filled_width = rect.width() * worthiness.clamp(0.0, 1.0);
    // The bar fills from the interface's start edge.
    let filled = if i18n::right_to_left() {
        Rect::from_min_max(
            egui::pos2(rect.right() - filled_width, rect.top()),
            rect.max,
        )
    } else {
        Rect::from_min_size(rect.min, Vec2::new(filled_width, rect.height()))
    };
    painter.rect_filled(filled, 2.0, ui.visuals().selection.stroke.color);
    painter.rect_stroke(
        rect,
        2.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let figure = i18n::digits(&format!("{worthiness:.2}"));
    ui_text::hover(response, tr!("worthiness-figure", value = figure));
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
    let percent = (strength * 100.0).round();
    let said = String::from(tr!(
        "seen-label",
        verdict = words::verdict(verdict),
        percent = percent
    ));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, said.clone()));
    ui_text::hover(
        response,
        tr!(
            "seen-about",
            verdict = words::verdict(verdict),
            percent = percent
        ),
    );
}

/// The verdict as a colour chip and its label (cut with an ellipsis where there is no room,
/// the whole of it on hover).
pub fn verdict_chip(ui: &mut egui::Ui, verdict: Verdict) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(12.0), Sense::hover());
    ui.painter()
        .circle_filled(rect.center(), 5.5, verdict_color(verdict));
    let width = ui.available_width().max(12.0);
    let color = ui.visuals().text_color();
    super::bidi_label::bidi_label(ui, words::verdict(verdict).as_str(), width, color);
}

/// "2 · reuters.com": how many sources, and where the first one is from.
fn sources_summary(claim: &Claim) -> String {
    let Some(first) = claim.evidence.first() else {
        return String::new();
    };
    let place = first
        .url
        .as_deref()
        .and_then(host_of)
        .or_else(|| (!first.publisher.is_empty()).then_some(first.publisher.as_str()))
        .unwrap_or("");
    let count = i18n::digits(&claim.evidence.len().to_string());
    format!("{count} · {place}")
}

/// The host of an http(s) address, without "www.".
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(host.strip_prefix("www.").unwrap_or(host))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim_width(width: f32, gap: f32) -> f32 {
        let columns = columns_at(width, gap, false, 1.25);
        let fixed: f32 = columns.iter().filter_map(|(_, w)| *w).sum();
        width - fixed - gap * (columns.len() - 1) as f32
    }

    #[test]
    fn the_claim_keeps_a_third_of_the_table_at_every_width() {
        for width in (420..=1600).step_by(10) {
            let width = width as f32;
            let claim = claim_width(width, 8.0);
            assert!(claim >= width / 3.0 - 1.0, "{claim} of {width}");
            let plain: f32 = {
                let columns = columns_at(width, 8.0, false, 1.0);
                let fixed: f32 = columns.iter().filter_map(|(_, w)| *w).sum();
                width - fixed - 8.0 * (columns.len() - 1) as f32
            };
            assert!(
                plain >= width / 3.0 - 1.0,
                "{plain} of {width} at the default size"
            );
        }
    }

    #[test]
    fn less_useful_columns_give_way_first_and_mirroring_reverses_the_order() {
        let narrow: Vec<Column> = columns_at(450.0, 8.0, false, 1.0)
            .into_iter()
            .map(|c| c.0)
            .collect();
        assert!(narrow.contains(&Column::Verdict) && narrow.contains(&Column::Seen));
        assert!(!narrow.contains(&Column::Kinds) && !narrow.contains(&Column::Updated));
        let wide = columns_at(1200.0, 8.0, false, 1.0);
        assert_eq!(wide.len(), 9);
        let mirrored = columns_at(1200.0, 8.0, true, 1.0);
        assert_eq!(mirrored.first().map(|c| c.0), Some(Column::Updated));
        assert_eq!(
            mirrored.last().map(|c| c.0),
            Some(Column::Number),
            "# at the right"
        );
    }
}
