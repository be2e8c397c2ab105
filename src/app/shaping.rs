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
/// first row at `origin`, every galley on one baseline per row.
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
    // Centring each galley by its own height would put an Arabic piece (Noto Naskh: tall
    // ascent and descent) on another baseline than the Latin word beside it; the line then
    // jumps, and OCR of such a line can read nothing at all.
    // The row's baseline lies midway between where each font, centred alone, would put it.
    let centred = |f: &mut FontsView<'_>, sample: &str| {
        let font = fonts::font_for(f, sample, size);
        let galley = f.layout_no_wrap(sample.into(), font, color);
        (row_height - galley.size().y) / 2.0 + baseline_of(&galley)
    };
    let baseline = (centred(f, "x") + centred(f, "\u{628}")) / 2.0;
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
            let y = top + baseline - baseline_of(&galley);
            out.push((Pos2::new(origin.x + fragment.x, y), galley));
        }
    }
    out
}

/// How far below a single-row galley's top its baseline lies.
fn baseline_of(galley: &Galley) -> f32 {
    galley
        .rows
        .first()
        .and_then(|row| row.row.glyphs.first().map(|g| row.pos.y + g.pos.y))
        .unwrap_or(galley.size().y * 0.75)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{DirectionChoice, analyse, layout_paragraph};

    #[test]
    fn arabic_and_latin_pieces_of_a_row_share_one_baseline() {
        let ctx = egui::Context::default();
        ctx.set_fonts(fonts::definitions());
        let mut output = ctx.run_ui(Default::default(), |_| {});
        output.textures_delta.clear();
        let line = "حصل على آلاف معالجات GPU من شركة نفيديا 2023";
        let pieces = analyse(line, DirectionChoice::Auto);
        let galleys = ctx.fonts_mut(|f| {
            let widths = measure_pieces(f, &pieces, line, 22.0);
            let layout = layout_paragraph(&pieces, &widths, 2000.0);
            let look = Look {
                size: 22.0,
                row_height: 38.0,
                color: Color32::WHITE,
            };
            paragraph_galleys(f, &pieces, &layout, line, Pos2::ZERO, look)
        });
        assert!(galleys.len() >= 3, "Arabic, Latin and digits pieces");
        let baselines: Vec<f32> = galleys
            .iter()
            .map(|(pos, galley)| pos.y + baseline_of(galley))
            .collect();
        for b in &baselines {
            assert!((b - baselines[0]).abs() < 0.5, "baselines {baselines:?}");
        }
        // Centred alone, the Arabic font's baseline lies elsewhere than the Latin font's:
        // this test would not notice pieces centred one by one if they did not.
        let own = |(_, g): &(Pos2, Arc<Galley>)| (38.0 - g.size().y) / 2.0 + baseline_of(g);
        let spread = galleys.iter().map(own).fold(f32::NAN, f32::max)
            - galleys.iter().map(own).fold(f32::NAN, f32::min);
        assert!(spread > 1.0, "centred baselines differ by {spread}");
    }
}
