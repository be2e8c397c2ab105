//! A single line of bidi text (a claim in the table), laid out with [`crate::text`] and cut
//! with an ellipsis at its logical end: on the right for English, on the left for Arabic.

use super::fonts;
use crate::text::{Direction, DirectionChoice, Pieces, analyse, layout_paragraph, truncate};
use egui::{Color32, Pos2, Response, Sense, Vec2};

/// Paint `text` on one line at most `max_width` wide; the full text is the tooltip and the
/// accessible label.
pub fn bidi_label(ui: &mut egui::Ui, text: &str, max_width: f32, color: Color32) -> Response {
    let size = ui.style().text_styles[&egui::TextStyle::Body].size;
    let first_line = text.lines().next().unwrap_or("");
    let pieces = analyse(first_line, DirectionChoice::Auto);
    let (galleys, widths, ellipsis) = ui.ctx().fonts_mut(|f| {
        let mut galleys = Vec::with_capacity(pieces.pieces.len());
        for k in 0..pieces.pieces.len() {
            let shaped = pieces.shaped_text(first_line, k);
            let font = fonts::font_for(f, &shaped, size);
            galleys.push(f.layout_no_wrap(shaped.into_owned(), font, color));
        }
        let widths: Vec<f32> = galleys.iter().map(|g| g.size().x).collect();
        let ellipsis = f.layout_no_wrap("…".into(), fonts::font_for(f, "…", size), color);
        (galleys, widths, ellipsis)
    });
    let kept = truncate(&pieces, &widths, max_width, ellipsis.size().x);
    let cut = kept < pieces.pieces.len();
    let kept_pieces = Pieces {
        direction: pieces.direction,
        pieces: pieces.pieces[..kept].to_vec(),
    };
    let kept_width: f32 =
        widths[..kept].iter().sum::<f32>() + if cut { ellipsis.size().x } else { 0.0 };
    let height = ui.text_style_height(&egui::TextStyle::Body).max(size * 1.5);
    let (rect, response) = ui.allocate_exact_size(
        Vec2::new(max_width.min(kept_width.max(1.0)).max(1.0), height),
        Sense::click(),
    );
    // Laid out at its own width (plus slack for rounding): one line, positions exact.
    let text_width: f32 = widths[..kept].iter().sum();
    let layout = layout_paragraph(&kept_pieces, &widths[..kept], text_width + 1.0);
    let rtl = pieces.direction == Direction::Rtl;
    // Right-to-left text hugs the right edge, with the ellipsis on its left.
    let text_left = if rtl {
        rect.right() - text_width
    } else {
        rect.left()
    };
    let painter = ui.painter_at(rect);
    if let Some(line) = layout.lines.first() {
        let line_left = line.fragments.first().map_or(0.0, |f| f.x);
        for fragment in &line.fragments {
            let galley = galleys[fragment.piece].clone();
            let y = rect.center().y - galley.size().y / 2.0;
            painter.galley(
                Pos2::new(text_left + fragment.x - line_left, y),
                galley,
                color,
            );
        }
    }
    if cut {
        let x = if rtl {
            text_left - ellipsis.size().x
        } else {
            rect.left() + text_width
        };
        let y = rect.center().y - ellipsis.size().y / 2.0;
        painter.galley(Pos2::new(x, y), ellipsis, color);
    }
    let full = text.to_string();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, full.clone()));
    if cut {
        response.on_hover_text(text)
    } else {
        response
    }
}

/// Paint `text` wrapped to the available width, each line of it a paragraph with its own
/// direction; each of `highlights` (bytes of `text`) gets a background. For a claim's full
/// text and its sentence in the detail panel, and a match's wording with the words it
/// shares with the claim.
pub fn bidi_paragraph(
    ui: &mut egui::Ui,
    text: &str,
    highlights: &[std::ops::Range<usize>],
    color: Color32,
) -> Response {
    let size = ui.style().text_styles[&egui::TextStyle::Body].size;
    let row_height = (size * 1.6).round();
    let width = ui.available_width().max(40.0);
    let mut start = 0;
    let mut paragraphs = Vec::new();
    for line in text.split('\n') {
        let pieces = analyse(line, DirectionChoice::Auto);
        let widths = ui
            .ctx()
            .fonts_mut(|f| super::shaping::measure_pieces(f, &pieces, line, size));
        let layout = layout_paragraph(&pieces, &widths, width);
        paragraphs.push((start, line, pieces, layout));
        start += line.len() + 1;
    }
    let rows: usize = paragraphs.iter().map(|p| p.3.lines.len().max(1)).sum();
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(width, rows as f32 * row_height), Sense::click());
    let painter = ui.painter_at(rect.expand(2.0));
    let mut top = rect.top();
    for (base, line, pieces, layout) in &paragraphs {
        for h in highlights {
            let a = h.start.clamp(*base, base + line.len()) - base;
            let b = h.end.clamp(*base, base + line.len()) - base;
            if a < b {
                for (row, left, right) in layout.range_extents(pieces, line, a..b) {
                    let y = top + row as f32 * row_height;
                    painter.rect_filled(
                        egui::Rect::from_min_max(
                            Pos2::new(rect.left() + left, y + 1.0),
                            Pos2::new(rect.left() + right, y + row_height - 1.0),
                        ),
                        3.0,
                        ui.visuals().selection.bg_fill.gamma_multiply(0.5),
                    );
                }
            }
        }
        let look = super::shaping::Look {
            size,
            row_height,
            color,
        };
        let origin = Pos2::new(rect.left(), top);
        let galleys = ui.ctx().fonts_mut(|f| {
            super::shaping::paragraph_galleys(f, pieces, layout, line, origin, look)
        });
        for (pos, galley) in galleys {
            painter.galley(pos, galley, color);
        }
        top += layout.lines.len().max(1) as f32 * row_height;
    }
    let full = text.to_string();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, full.clone()));
    response
}
