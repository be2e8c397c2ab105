//! A text input for Arabic and mixed text (notes, claim text, evidence titles): laid out
//! with [`crate::text`], so the caret sits where the reader expects, arrow keys move visually
//! across Arabic and Latin runs, and selection, clipboard, undo and IME work on logical
//! byte offsets. egui's own TextEdit stays for pure left-to-right fields such as URLs.

use super::{fonts, shaping};
use crate::text::{
    DirectionChoice, EditState, ParagraphLayout, Pieces, TextLayout, analyse, layout_paragraph,
};
use egui::{Event, Id, Key, Pos2, Rect, Response, Sense, Stroke, Vec2};
use std::ops::Range;

/// A multi-line bidi text input bound to a `String`.
pub struct BidiTextEdit<'t> {
    text: &'t mut String,
    salt: &'static str,
    min_rows: usize,
    hint: &'t str,
}

/// The text cut into paragraphs, measured and laid out at one width.
struct Laid {
    ranges: Vec<Range<usize>>,
    pieces: Vec<Pieces>,
    layouts: Vec<ParagraphLayout>,
}

impl Laid {
    fn new(ctx: &egui::Context, text: &str, width: f32, size: f32) -> Laid {
        let mut ranges = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            ranges.push(start..start + line.len());
            start += line.len() + 1;
        }
        let pieces: Vec<Pieces> = ranges
            .iter()
            .map(|r| analyse(&text[r.clone()], DirectionChoice::Auto))
            .collect();
        let layouts = ctx.fonts_mut(|f| {
            ranges
                .iter()
                .zip(&pieces)
                .map(|(r, p)| {
                    let widths = shaping::measure_pieces(f, p, &text[r.clone()], size);
                    layout_paragraph(p, &widths, width)
                })
                .collect()
        });
        Laid {
            ranges,
            pieces,
            layouts,
        }
    }

    fn view<'a>(&'a self, text: &'a str) -> TextLayout<'a> {
        TextLayout {
            text,
            paragraphs: self
                .ranges
                .iter()
                .cloned()
                .zip(self.pieces.iter())
                .zip(self.layouts.iter())
                .map(|((r, p), l)| (r, p, l))
                .collect(),
        }
    }
}

/// Marks the ids of [`BidiTextEdit`]s, so that the window knows a key typed while one has
/// the focus is text, not a shortcut.
#[derive(Debug, Clone, Copy, Default)]
struct TextInputMarker;

/// Whether the keyboard focus is in a text field (egui's or ours): plain keys are then typed
/// text and must not act as shortcuts.
pub fn text_input_focused(ctx: &egui::Context) -> bool {
    ctx.text_edit_focused()
        || ctx
            .memory(|m| m.focused())
            .is_some_and(|id| ctx.data(|d| d.get_temp::<TextInputMarker>(id).is_some()))
}

impl<'t> BidiTextEdit<'t> {
    /// An input editing `text`; its caret and undo history are remembered between frames
    /// under `salt`, unique within the parent.
    pub fn new(text: &'t mut String, salt: &'static str) -> Self {
        BidiTextEdit {
            text,
            salt,
            min_rows: 3,
            hint: "",
        }
    }

    /// At least this many rows tall.
    pub fn min_rows(mut self, rows: usize) -> Self {
        self.min_rows = rows.max(1);
        self
    }

    /// Shown when the text is empty, and the accessible hint.
    pub fn hint(mut self, hint: &'t str) -> Self {
        self.hint = hint;
        self
    }

    /// Show the input; the response is marked changed when the text changed.
    pub fn show(self, ui: &mut egui::Ui) -> Response {
        let BidiTextEdit {
            text,
            salt,
            min_rows,
            hint,
        } = self;
        let id: Id = ui.scope_id().with(salt);
        let size = ui.style().text_styles[&egui::TextStyle::Body].size;
        let row_height = (size * 1.6).round();
        let padding = Vec2::new(6.0, 4.0);
        let width = ui.available_width().max(60.0);
        let inner_width = width - 2.0 * padding.x;
        let ctx = ui.ctx().clone();
        let mut state: EditState = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
        state.clamp(text);
        let mut laid = Laid::new(&ctx, text, inner_width, size);
        let rows = laid.view(text).rows().max(min_rows);
        let (rect, mut response) = ui.allocate_exact_size(
            Vec2::new(width, rows as f32 * row_height + 2.0 * padding.y),
            Sense::click_and_drag(),
        );
        response = response.with_new_rect(rect);
        let inner = rect.shrink2(padding);
        let previous = text.clone();
        let response_id = response.id;
        ui.data_mut(|d| d.insert_temp(response_id, TextInputMarker));
        if response.clicked() || response.drag_started() {
            ui.memory_mut(|m| m.request_focus(response_id));
        }
        let focused = ui.memory(|m| m.has_focus(response_id));
        // Pointer: place the caret, drag to select.
        if let Some(pointer) = response.interact_pointer_pos() {
            let row = ((pointer.y - inner.top()) / row_height).floor().max(0.0) as usize;
            let offset = laid.view(text).offset_at(row, pointer.x - inner.left());
            let extend =
                !response.drag_started() && response.dragged() || ui.input(|i| i.modifiers.shift);
            state.move_to(offset, extend);
            if response.double_clicked() {
                state.select_word(text, offset);
            }
        }
        if focused {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    response_id,
                    egui::EventFilter {
                        tab: false,
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        escape: false,
                    },
                )
            });
            let events = ui.input(|i| i.events.clone());
            for event in events {
                let edited = handle_event(&ctx, &event, text, &mut state, &laid);
                if edited {
                    laid = Laid::new(&ctx, text, inner_width, size);
                }
            }
        }
        paint(
            ui, text, hint, &laid, &state, inner, rect, row_height, size, focused,
        );
        if focused {
            let caret = laid.view(text).caret(state.cursor);
            let top = inner.top() + caret.row as f32 * row_height;
            let cursor_rect = Rect::from_min_size(
                Pos2::new(inner.left() + caret.x, top),
                Vec2::new(1.0, row_height),
            );
            paint_preedit(ui, &state.preedit, cursor_rect, size);
            ui.output_mut(|o| {
                o.ime = Some(egui::output::IMEOutput {
                    purpose: egui::IMEPurpose::Normal,
                    rect,
                    cursor_rect,
                    should_interrupt_composition: false,
                })
            });
        }
        ui.data_mut(|d| d.insert_temp(id, state));
        if *text != previous {
            response.mark_changed();
        }
        let now = text.clone();
        response.widget_info(|| egui::WidgetInfo::text_edit(true, &previous, &now, hint));
        response
    }
}

/// What an input method is composing, drawn at the caret over the text and underlined (on
/// the caret's left when it is right-to-left, as it will be once committed).
fn paint_preedit(ui: &egui::Ui, preedit: &str, caret: Rect, size: f32) {
    if preedit.is_empty() {
        return;
    }
    let color = ui.visuals().strong_text_color();
    let galley = ui.ctx().fonts_mut(|f| {
        let font = fonts::font_for(f, preedit, size);
        f.layout_no_wrap(preedit.to_string(), font, color)
    });
    let rtl = crate::text::analyse(preedit, crate::text::DirectionChoice::Auto).direction
        == crate::text::Direction::Rtl;
    let width = galley.size().x;
    let left = if rtl {
        caret.left() - width
    } else {
        caret.left()
    };
    let area = Rect::from_min_size(
        Pos2::new(left, caret.top()),
        Vec2::new(width, caret.height()),
    );
    let painter = ui.painter();
    painter.rect_filled(area.expand(1.0), 2.0, ui.visuals().extreme_bg_color);
    let y = area.center().y - galley.size().y / 2.0;
    painter.galley(Pos2::new(left, y), galley, color);
    painter.hline(area.x_range(), area.bottom() - 2.0, Stroke::new(1.0, color));
}

/// Apply one input event; true when the text changed.
fn handle_event(
    ctx: &egui::Context,
    event: &Event,
    text: &mut String,
    state: &mut EditState,
    laid: &Laid,
) -> bool {
    match event {
        Event::Text(typed) => state.insert(text, typed),
        Event::Paste(pasted) => state.insert(text, pasted),
        Event::Ime(egui::ImeEvent::Commit(committed)) => {
            state.preedit.clear();
            state.insert(text, committed)
        }
        Event::Ime(egui::ImeEvent::Preedit {
            text: composing, ..
        }) => {
            state.preedit.clone_from(composing);
            return false;
        }
        Event::Copy => {
            let range = state.selection();
            if !range.is_empty() {
                ctx.copy_text(text[range].to_string());
            }
            return false;
        }
        Event::Cut => {
            if let Some(taken) = state.cut(text) {
                ctx.copy_text(taken);
            }
        }
        Event::Key {
            key,
            pressed: true,
            modifiers,
            ..
        } => {
            let view = laid.view(text);
            let extend = modifiers.shift;
            match key {
                Key::ArrowLeft | Key::ArrowRight => {
                    let to = view.step_visually(state.cursor, *key == Key::ArrowLeft);
                    state.move_to(to, extend);
                    return false;
                }
                Key::ArrowUp | Key::ArrowDown => {
                    let caret = view.caret(state.cursor);
                    let row = if *key == Key::ArrowUp {
                        caret.row.saturating_sub(1)
                    } else {
                        (caret.row + 1).min(view.rows().saturating_sub(1))
                    };
                    state.move_to(view.offset_at(row, caret.x), extend);
                    return false;
                }
                Key::Home | Key::End => {
                    let (start, end) = row_bounds(&view, state.cursor);
                    state.move_to(if *key == Key::Home { start } else { end }, extend);
                    return false;
                }
                Key::Backspace => state.backspace(text),
                Key::Delete => state.delete_forward(text),
                Key::Enter => state.insert(text, "\n"),
                Key::A if modifiers.command => {
                    state.select_all(text);
                    return false;
                }
                Key::Z if modifiers.command && modifiers.shift => {
                    state.redo(text);
                }
                Key::Z if modifiers.command => {
                    state.undo(text);
                }
                Key::Y if modifiers.command => {
                    state.redo(text);
                }
                _ => return false,
            }
        }
        _ => return false,
    }
    true
}

/// The logical start and end of the visual row holding `offset`.
fn row_bounds(view: &TextLayout, offset: usize) -> (usize, usize) {
    let caret = view.caret(offset);
    let mut start = offset;
    let mut end = offset;
    for x in [-1.0e6, 1.0e6] {
        let o = view.offset_at(caret.row, x);
        start = start.min(o);
        end = end.max(o);
    }
    (start, end)
}

#[allow(clippy::too_many_arguments)]
fn paint(
    ui: &egui::Ui,
    text: &str,
    hint: &str,
    laid: &Laid,
    state: &EditState,
    inner: Rect,
    rect: Rect,
    row_height: f32,
    size: f32,
    focused: bool,
) {
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect.expand(1.0));
    let stroke = if focused {
        visuals.selection.stroke
    } else {
        visuals.widgets.inactive.bg_stroke
    };
    painter.rect(
        rect,
        3.0,
        visuals.extreme_bg_color,
        stroke,
        egui::StrokeKind::Inside,
    );
    let color = visuals.text_color();
    if text.is_empty() && !hint.is_empty() {
        let weak = visuals.weak_text_color();
        let hint_galley = ui.ctx().fonts_mut(|f| {
            let font = fonts::font_for(f, hint, size);
            f.layout_no_wrap(hint.to_string(), font, weak)
        });
        let rtl = hint.chars().any(fonts::is_arabic_script);
        let x = if rtl {
            inner.right() - hint_galley.size().x
        } else {
            inner.left()
        };
        painter.galley(
            Pos2::new(x, inner.top() + (row_height - hint_galley.size().y) / 2.0),
            hint_galley,
            color,
        );
    }
    let view = laid.view(text);
    let mut row = 0;
    let selection = state.selection();
    for ((range, pieces), layout) in laid.ranges.iter().zip(&laid.pieces).zip(&laid.layouts) {
        let line_text = &text[range.clone()];
        if focused && !selection.is_empty() {
            let a = selection.start.clamp(range.start, range.end) - range.start;
            let b = selection.end.clamp(range.start, range.end) - range.start;
            if a < b {
                for (line, left, right) in layout.range_extents(pieces, line_text, a..b) {
                    let top = inner.top() + (row + line) as f32 * row_height;
                    painter.rect_filled(
                        Rect::from_min_max(
                            Pos2::new(inner.left() + left, top),
                            Pos2::new(inner.left() + right, top + row_height),
                        ),
                        0.0,
                        visuals.selection.bg_fill,
                    );
                }
            }
        }
        let origin = Pos2::new(inner.left(), inner.top() + row as f32 * row_height);
        let galleys = ui.ctx().fonts_mut(|f| {
            shaping::paragraph_galleys(
                f,
                pieces,
                layout,
                line_text,
                origin,
                shaping::Look {
                    size,
                    row_height,
                    color,
                },
            )
        });
        for (pos, galley) in galleys {
            painter.galley(pos, galley, color);
        }
        row += layout.lines.len().max(1);
    }
    if focused {
        let caret = view.caret(state.cursor);
        let top = inner.top() + caret.row as f32 * row_height;
        let x = inner.left() + caret.x;
        painter.line_segment(
            [
                Pos2::new(x, top + 2.0),
                Pos2::new(x, top + row_height - 2.0),
            ],
            Stroke::new(1.5, visuals.text_cursor.stroke.color),
        );
    }
}
