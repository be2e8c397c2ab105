//! The bridge between the bidi layout ([`crate::text`]) and egui's shaping, shared by the
//! article view and the text input: measure each piece, and shape the fragments of laid-out
//! lines for painting.

use super::fonts;
use crate::text::{ParagraphLayout, Pieces};
use egui::epaint::text::FontsView;
use egui::{Color32, Galley, Pos2};
use std::sync::Arc;

/// The width of every piece of `line` as egui shapes it at `size`.
pub fn measure_pieces(f: &mut FontsView<'_>, pieces: &Pieces, line: &str, size: f32) -> Vec<f32> {
    (0..pieces.pieces.len())
        .map(|k| {
            let piece = pieces.shaped_text(line, k);
            let font = fonts::font_for(f, &piece, size);
            f.layout_no_wrap(piece.into_owned(), font, Color32::PLACEHOLDER)
                .size()
                .x
        })
        .collect()
}

/// How laid-out text is painted.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    /// Font size.
    pub size: f32,
    /// Height of one row.
    pub row_height: f32,
    /// Text colour.
    pub color: Color32,
}

/// The shaped fragments of `layout` (one paragraph, `line` its text), ready to paint: the
/// first row at `origin`, every galley centred in its row.
pub fn paragraph_galleys(
    f: &mut FontsView<'_>,
    pieces: &Pieces,
    layout: &ParagraphLayout,
    line: &str,
    origin: Pos2,
    look: Look,
) -> Vec<(Pos2, Arc<Galley>)> {
    let Look {
        size,
        row_height,
        color,
    } = look;
    let mut out = Vec::new();
    for (row, placed) in layout.lines.iter().enumerate() {
        let top = origin.y + row as f32 * row_height;
        for fragment in &placed.fragments {
            if pieces.pieces[fragment.piece].is_space {
                continue;
            }
            let shaped = pieces.shaped_text(line, fragment.piece);
            let font = fonts::font_for(f, &shaped, size);
            let galley = f.layout_no_wrap(shaped.into_owned(), font, color);
            let y = top + (row_height - galley.size().y) / 2.0;
            out.push((Pos2::new(origin.x + fragment.x, y), galley));
        }
    }
    out
}
