//! Interface text that reads right in both directions: labels, buttons, menus and tooltips.
//!
//! egui lays the words of a label out left to right in typing order, so a multi-word Arabic
//! label reads backwards. Text with right-to-left letters is laid out here instead, with
//! [`crate::text`] (the article's bidi layout): each line becomes an egui `LayoutJob` whose
//! sections are its pieces in visual order, so egui shapes every word alone (joining stays
//! right) and places them where the bidi layout says; the rows are joined in one galley
//! whose text is the logical text, so AccessKit and tests read the label as written. Text without
//! right-to-left letters is left to egui, unchanged.
//!
//! Every widget of the window that shows words takes them through this module.

use super::{fonts, i18n, shaping};
use crate::text::{DirectionChoice, analyse, layout_paragraph};
use egui::epaint::text::{ByteIndex, LayoutJob, LayoutSection, TextFormat};
use egui::{Color32, Galley, Response, TextStyle, Ui, WidgetText};
use std::sync::Arc;

/// Whether `text` has a character of a right-to-left script (Arabic, Hebrew, Syriac,
/// Thaana…; Arabic-Indic digits too, which egui would also draw reversed).
pub fn has_right_to_left(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF) || c == '\u{200F}'
    })
}

/// `text` in `style` as a widget text, wrapped to `wrap` points when given, in `color`
/// (the widget's own colour when `None`).
pub fn widget_text(
    ui: &Ui,
    text: impl Into<String>,
    style: TextStyle,
    color: Option<Color32>,
    wrap: Option<f32>,
) -> WidgetText {
    let text = text.into();
    if !has_right_to_left(&text) {
        let mut rich = egui::RichText::new(text).text_style(style);
        if let Some(color) = color {
            rich = rich.color(color);
        }
        return rich.into();
    }
    WidgetText::Galley(bidi_galley(ui.ctx(), &text, &style, color, wrap))
}

/// A window's title.
pub fn title(ctx: &egui::Context, text: impl Into<String>) -> WidgetText {
    let text = text.into();
    if !has_right_to_left(&text) {
        return egui::RichText::new(text)
            .text_style(TextStyle::Heading)
            .into();
    }
    WidgetText::Galley(bidi_galley(ctx, &text, &TextStyle::Heading, None, None))
}

/// A horizontal row that starts at the interface's start edge (the right in a
/// right-to-left interface).
pub fn row<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    directed_row(ui, false, add_contents)
}

/// A row one widget high, laid out from the interface's start edge, as `ui.horizontal`
/// lays one out (a right-to-left layout given all the room would centre its widgets in
/// the whole height left).
fn directed_row<R>(ui: &mut Ui, wrap: bool, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let size = egui::vec2(
        ui.available_size_before_wrap().x,
        ui.spacing().interact_size.y,
    );
    let layout = if i18n::right_to_left() {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    };
    ui.allocate_ui_with_layout(size, layout.with_main_wrap(wrap), add_contents)
        .inner
}

/// `add_contents` with its widgets aligned to the interface's start edge: the right in a
/// right-to-left interface (a panel's labels, headings and forms).
pub fn start_aligned<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    start_aligned_width(ui, DIALOG_WIDTH, add_contents)
}

/// The width a window or dialog that sizes itself to its contents gets in a right-to-left
/// interface: right-aligned contents need a right edge, and such a window has none.
pub const DIALOG_WIDTH: f32 = 440.0;

/// Like [`start_aligned`]; a window that sizes itself to its contents is `width` wide in
/// a right-to-left interface.
pub fn start_aligned_width<R>(
    ui: &mut Ui,
    width: f32,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    if !i18n::right_to_left() {
        return add_contents(ui);
    }
    // An auto-sized window offers unbounded room: aligned to its right edge, widgets would
    // land at infinity.
    if !ui.available_width().is_finite() || !ui.max_rect().right().is_finite() {
        ui.set_width(width);
    }
    ui.with_layout(egui::Layout::top_down(egui::Align::Max), add_contents)
        .inner
}

/// The layout of widgets placed at the far end of a row (the right in a left-to-right
/// interface, the left in a right-to-left one), laid out from that end.
pub fn far_end() -> egui::Layout {
    if i18n::right_to_left() {
        egui::Layout::left_to_right(egui::Align::Center)
    } else {
        egui::Layout::right_to_left(egui::Align::Center)
    }
}

/// A horizontal row that wraps, starting at the interface's start edge.
pub fn wrapped_row<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    directed_row(ui, true, add_contents)
}

/// `text` laid out with the bidi algorithm: one row per line of the layout, right-aligned
/// when the paragraph runs right to left.
fn bidi_galley(
    ctx: &egui::Context,
    text: &str,
    style: &TextStyle,
    color: Option<Color32>,
    wrap: Option<f32>,
) -> Arc<Galley> {
    let size = ctx
        .global_style()
        .text_styles
        .get(style)
        .map_or(14.0, |f| f.size);
    let color = color.unwrap_or(Color32::PLACEHOLDER);
    // In a right-to-left interface a label is a right-to-left paragraph even when it starts
    // with a Latin word ("ClaimReview …"); elsewhere its first strong letter decides.
    let choice = if i18n::right_to_left() {
        DirectionChoice::Rtl
    } else {
        DirectionChoice::Auto
    };
    let max_width = wrap.unwrap_or(f32::INFINITY).max(20.0);
    let pixels_per_point = ctx.pixels_per_point();
    ctx.fonts_mut(|f| {
        let mut rows: Vec<(Arc<Galley>, bool)> = Vec::new();
        for line in text.split('\n') {
            let pieces = analyse(line, choice);
            let widths = shaping::measure_pieces(f, &pieces, line, size);
            let layout = layout_paragraph(&pieces, &widths, max_width);
            let rtl = pieces.direction == crate::text::Direction::Rtl;
            if layout.lines.is_empty() {
                let empty = LayoutJob::single_section(String::new(), format(f, "", size, color));
                rows.push((f.layout_job(empty), rtl));
            }
            for placed in &layout.lines {
                // The line's pieces in visual order, each a section of its own: egui shapes
                // each alone and places them left to right.
                let mut job = LayoutJob {
                    break_on_newline: false,
                    ..Default::default()
                };
                job.wrap.max_width = f32::INFINITY;
                for fragment in &placed.fragments {
                    let shown = pieces.shaped_text(line, fragment.piece);
                    let start = job.text.len();
                    job.text.push_str(&shown);
                    job.sections.push(LayoutSection {
                        leading_space: 0.0,
                        byte_range: ByteIndex(start)..ByteIndex(job.text.len()),
                        format: format(f, &shown, size, color),
                    });
                }
                rows.push((f.layout_job(job), rtl));
            }
        }
        let galleys: Vec<Arc<Galley>> = rows.iter().map(|(g, _)| g.clone()).collect();
        // The whole galley keeps the text in logical order: what AccessKit reads (each row
        // holds its pieces in visual order).
        let whole = Arc::new(LayoutJob::single_section(
            text.to_string(),
            format(f, text, size, color),
        ));
        let mut galley = Galley::concat(whole, &galleys, pixels_per_point);
        // Rows of a right-to-left paragraph end at the right edge.
        let width = galley.rect.width();
        for (placed, (row, rtl)) in galley.rows.iter_mut().zip(&rows) {
            if *rtl {
                placed.pos.x = (width - row.rect.width()).max(0.0).round();
            }
        }
        Arc::new(galley)
    })
}

fn format(
    f: &egui::epaint::text::FontsView<'_>,
    text: &str,
    size: f32,
    color: Color32,
) -> TextFormat {
    TextFormat {
        font_id: fonts::font_for(f, text, size),
        color,
        valign: egui::Align::Center,
        ..Default::default()
    }
}

/// A label, wrapped to the width available.
pub fn label(ui: &mut Ui, text: impl Into<String>) -> Response {
    let wrap = ui.available_width();
    ui.label(widget_text(ui, text, TextStyle::Body, None, Some(wrap)))
}

/// A label in the weak colour.
pub fn weak(ui: &mut Ui, text: impl Into<String>) -> Response {
    let color = ui.visuals().weak_text_color();
    colored(ui, color, text)
}

/// A label in the strong colour.
pub fn strong(ui: &mut Ui, text: impl Into<String>) -> Response {
    let color = ui.visuals().strong_text_color();
    colored(ui, color, text)
}

/// A label in `color`.
pub fn colored(ui: &mut Ui, color: Color32, text: impl Into<String>) -> Response {
    let wrap = ui.available_width();
    ui.label(widget_text(
        ui,
        text,
        TextStyle::Body,
        Some(color),
        Some(wrap),
    ))
}

/// A heading.
pub fn heading(ui: &mut Ui, text: impl Into<String>) -> Response {
    let wrap = ui.available_width();
    ui.label(widget_text(ui, text, TextStyle::Heading, None, Some(wrap)))
}

/// The words of a button or a menu item (one line).
pub fn words(ui: &Ui, text: impl Into<String>) -> WidgetText {
    widget_text(ui, text, TextStyle::Button, None, None)
}

/// A menu item's button: its words at the interface's start edge and its shortcut, weak, at
/// the far end (on the left in a right-to-left interface).
pub fn menu_item(
    ui: &Ui,
    text: impl Into<String>,
    shortcut: Option<String>,
) -> egui::Button<'static> {
    let words = words(ui, text);
    let shortcut = shortcut.filter(|s| !s.is_empty());
    match (i18n::right_to_left(), shortcut) {
        (false, None) => egui::Button::new(words),
        (false, Some(keys)) => egui::Button::new(words).shortcut_text(keys),
        (true, None) => egui::Button::new((egui::Atom::grow(), words)),
        (true, Some(keys)) => {
            egui::Button::new((egui::RichText::new(keys).weak(), egui::Atom::grow(), words))
        }
    }
}

/// Add a menu item made by [`menu_item`]; its accessible label is its words then its
/// shortcut in either direction (the one a screen reader and a test read).
pub fn add_menu_item(
    ui: &mut Ui,
    enabled: bool,
    text: impl Into<String>,
    shortcut: Option<String>,
) -> Response {
    let text = text.into();
    let label = match &shortcut {
        Some(keys) if !keys.is_empty() => format!("{text} {keys}"),
        _ => text.clone(),
    };
    let button = menu_item(ui, text, shortcut);
    let response = ui.add_enabled(enabled, button);
    if i18n::right_to_left() {
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &label));
    }
    response
}

/// A button.
pub fn button(ui: &mut Ui, text: impl Into<String>) -> Response {
    let words = words(ui, text);
    ui.button(words)
}

/// A small button.
pub fn small_button(ui: &mut Ui, text: impl Into<String>) -> Response {
    let words = widget_text(ui, text, TextStyle::Small, None, None);
    ui.small_button(words)
}

/// A checkbox with its words; in a right-to-left interface the box is at the right, before
/// the words, as the reader meets them. Clicking the words toggles it too.
pub fn checkbox(ui: &mut Ui, value: &mut bool, text: impl Into<String>) -> Response {
    let text = text.into();
    if !i18n::right_to_left() {
        let words = words(ui, text);
        return ui.checkbox(value, words);
    }
    directed_row(ui, false, |ui| {
        let mut response = ui.checkbox(value, "");
        let checked = *value;
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, checked, &text));
        let words = words(ui, text.clone());
        let label = ui.add(egui::Label::new(words).sense(egui::Sense::click()));
        if label.clicked() {
            *value = !*value;
            response.mark_changed();
        }
        response | label
    })
}

/// A tooltip on `response` (the tooltip wraps at egui's tooltip width).
pub fn hover(response: Response, text: impl Into<String>) -> Response {
    let text = text.into();
    if !has_right_to_left(&text) {
        return response.on_hover_text(text);
    }
    response.on_hover_ui(|ui| tooltip(ui, text))
}

/// A tooltip on a disabled `response`.
pub fn disabled_hover(response: Response, text: impl Into<String>) -> Response {
    let text = text.into();
    if !has_right_to_left(&text) {
        return response.on_disabled_hover_text(text);
    }
    response.on_disabled_hover_ui(|ui| tooltip(ui, text))
}

/// A tooltip's words, wrapped at egui's tooltip width.
fn tooltip(ui: &mut Ui, text: String) {
    let wrap = ui.spacing().tooltip_width;
    ui.label(widget_text(ui, text, TextStyle::Body, None, Some(wrap)));
}

/// A drop-down list's items (a combo box's popup), right-aligned in a right-to-left
/// interface.
pub fn list_items<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    if i18n::right_to_left() {
        let layout = egui::Layout::top_down_justified(egui::Align::Max);
        ui.with_layout(layout, add_contents).inner
    } else {
        add_contents(ui)
    }
}

/// A menu button opening `add_contents`, its items aligned to the interface's start edge.
/// In a right-to-left interface a menu of the menu bar opens leftwards from its button's
/// right edge, and a submenu's items are right-aligned too.
pub fn menu<R>(
    ui: &mut Ui,
    text: impl Into<String>,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> Response {
    let words = words(ui, text);
    if !i18n::right_to_left() {
        return ui.menu_button(words, add_contents).response;
    }
    if egui::containers::menu::is_in_menu(ui) {
        let button = egui::Button::new((egui::Atom::grow(), words));
        return egui::containers::menu::SubMenuButton::from_button(button)
            .ui(ui, |ui| list_items(ui, add_contents))
            .0;
    }
    let response = ui.add(egui::Button::new(words));
    egui::Popup::menu(&response)
        .align(egui::RectAlign::BOTTOM_END)
        .layout(egui::Layout::top_down_justified(egui::Align::Max))
        .show(add_contents);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The visual order of each row of `text` laid out as a label.
    fn rows_of(text: &str) -> Vec<String> {
        i18n::use_language(crate::i18n::Language::Arabic, crate::i18n::Digits::Western);
        let ctx = egui::Context::default();
        ctx.set_fonts(super::fonts::definitions());
        let mut rows = Vec::new();
        let mut output = ctx.run_ui(Default::default(), |ui| {
            let galley = bidi_galley(ui.ctx(), text, &TextStyle::Body, None, None);
            assert_eq!(galley.text(), text, "the logical text for AccessKit");
            rows = galley
                .rows
                .iter()
                .map(|r| r.row.glyphs.iter().map(|g| g.chr).collect::<String>())
                .collect();
        });
        output.textures_delta.clear();
        rows
    }

    #[test]
    fn a_label_reads_right_to_left_with_its_digits_at_its_start() {
        // Painted left to right: the last word first, the verdict key at the right end.
        let rows = rows_of("3 متنازع عليه");
        assert_eq!(rows.len(), 1);
        let shown = &rows[0];
        let (a, b, three) = (
            shown.find('ع').unwrap(),
            shown.find('م').unwrap(),
            shown.find('3').unwrap(),
        );
        assert!(a < b && b < three, "{shown:?}");
    }

    #[test]
    fn only_text_in_a_right_to_left_script_takes_the_bidi_path() {
        assert!(has_right_to_left("حفظ باسم… Ctrl+Shift+S"));
        assert!(has_right_to_left("שמור"));
        assert!(!has_right_to_left("Save as… Ctrl+Shift+S"));
        assert!(has_right_to_left("١٢٣"), "egui would draw them reversed");
        assert!(!has_right_to_left("3/24"));
    }
}
