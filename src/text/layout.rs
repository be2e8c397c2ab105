//! Line breaking, visual ordering and alignment of a paragraph's pieces, and the mapping
//! between byte offsets and positions.

use super::{Direction, Pieces};
use std::ops::Range;

/// A piece placed on a line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fragment {
    /// Index into [`Pieces::pieces`].
    pub piece: usize,
    /// Left edge, from the paragraph's left edge.
    pub x: f32,
    /// Measured width.
    pub width: f32,
    /// Whether the piece runs right to left.
    pub rtl: bool,
}

/// One line of a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The pieces on the line, logical order.
    pub pieces: Range<usize>,
    /// The bytes on the line.
    pub bytes: Range<usize>,
    /// The fragments in visual order, left to right.
    pub fragments: Vec<Fragment>,
}

/// A paragraph laid out at one width.
#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphLayout {
    /// The lines, top to bottom.
    pub lines: Vec<Line>,
    /// The width the paragraph was laid out for.
    pub max_width: f32,
    /// The paragraph direction.
    pub direction: Direction,
}

/// Lay out `pieces` (whose measured widths are `widths`, one per piece) in lines no wider
/// than `max_width`, breaking greedily at the allowed break points. A word wider than the
/// line gets a line of its own and overflows.
pub fn layout_paragraph(pieces: &Pieces, widths: &[f32], max_width: f32) -> ParagraphLayout {
    let list = &pieces.pieces;
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut line_width = 0.0;
    let mut i = 0;
    while i < list.len() {
        let group_end = (i..list.len())
            .find(|&k| list[k].break_after)
            .map_or(list.len(), |k| k + 1);
        let full: f32 = widths[i..group_end].iter().sum();
        let hanging: f32 = (i..group_end)
            .rev()
            .take_while(|&k| list[k].is_space)
            .map(|k| widths[k])
            .sum();
        if line_start < i && line_width + full - hanging > max_width {
            lines.push(place_line(pieces, widths, line_start..i, max_width));
            line_start = i;
            line_width = 0.0;
        }
        line_width += full;
        i = group_end;
    }
    if line_start < list.len() {
        lines.push(place_line(
            pieces,
            widths,
            line_start..list.len(),
            max_width,
        ));
    }
    ParagraphLayout {
        lines,
        max_width,
        direction: pieces.direction,
    }
}

/// Order one line's pieces visually (UAX #9 L1–L2) and give them positions.
fn place_line(pieces: &Pieces, widths: &[f32], range: Range<usize>, max_width: f32) -> Line {
    let list = &pieces.pieces;
    let paragraph_level = u8::from(pieces.direction == Direction::Rtl);
    // L1: whitespace at the end of the line takes the paragraph level.
    let mut levels: Vec<u8> = range.clone().map(|k| list[k].level).collect();
    for (slot, k) in levels.iter_mut().zip(range.clone()).rev() {
        if !list[k].is_space {
            break;
        }
        *slot = paragraph_level;
    }
    let mut order: Vec<usize> = range.clone().collect();
    reorder(&mut order, &levels);
    let total: f32 = range.clone().map(|k| widths[k]).sum();
    let mut x = match pieces.direction {
        Direction::Ltr => 0.0,
        Direction::Rtl => max_width - total,
    };
    let fragments = order
        .into_iter()
        .map(|k| {
            let fragment = Fragment {
                piece: k,
                x,
                width: widths[k],
                rtl: list[k].is_rtl(),
            };
            x += widths[k];
            fragment
        })
        .collect();
    Line {
        bytes: list[range.start].range.start..list[range.end - 1].range.end,
        pieces: range,
        fragments,
    }
}

/// UAX #9 L2: from the highest level down to the lowest odd level, reverse every run of
/// items at that level or higher.
fn reorder(order: &mut [usize], levels: &[u8]) {
    let (Some(&max), Some(&min)) = (levels.iter().max(), levels.iter().min()) else {
        return;
    };
    let lowest_odd = if min % 2 == 1 { min } else { min + 1 };
    let mut level = max;
    while level >= lowest_odd && level > 0 {
        let mut i = 0;
        while i < levels.len() {
            if levels[i] >= level {
                let start = i;
                while i < levels.len() && levels[i] >= level {
                    i += 1;
                }
                order[start..i].reverse();
            } else {
                i += 1;
            }
        }
        level -= 1;
    }
}

impl ParagraphLayout {
    /// The line holding byte `offset` (an offset at a line's end belongs to that line when
    /// it is the last).
    pub fn line_of(&self, offset: usize) -> Option<usize> {
        let last = self.lines.len().checked_sub(1)?;
        self.lines
            .iter()
            .position(|l| l.bytes.start <= offset && offset < l.bytes.end)
            .or_else(|| (offset >= self.lines[last].bytes.end).then_some(last))
            .or(Some(0))
    }

    /// The x position of the caret before byte `offset` of `text`, and its line.
    pub fn position_of(&self, pieces: &Pieces, text: &str, offset: usize) -> Option<(usize, f32)> {
        let line_index = self.line_of(offset)?;
        let line = &self.lines[line_index];
        for fragment in &line.fragments {
            let range = &pieces.pieces[fragment.piece].range;
            if range.start <= offset && offset < range.end {
                return Some((line_index, x_in(fragment, range, text, offset)));
            }
        }
        // At the line's end: after the logically last piece.
        let last = line
            .fragments
            .iter()
            .find(|f| f.piece + 1 == line.pieces.end)?;
        let range = &pieces.pieces[last.piece].range;
        Some((line_index, x_in(last, range, text, range.end)))
    }

    /// The byte offset nearest to position `x` on line `line_index`.
    pub fn offset_at(&self, pieces: &Pieces, text: &str, line_index: usize, x: f32) -> usize {
        let Some(line) = self.lines.get(line_index) else {
            return text.len();
        };
        let fragment = line
            .fragments
            .iter()
            .find(|f| x < f.x + f.width)
            .or(line.fragments.last());
        let Some(fragment) = fragment else {
            return line.bytes.start;
        };
        let range = pieces.pieces[fragment.piece].range.clone();
        let mut fraction = ((x - fragment.x) / fragment.width.max(1e-3)).clamp(0.0, 1.0);
        if fragment.rtl {
            fraction = 1.0 - fraction;
        }
        let boundaries: Vec<usize> = text[range.clone()]
            .char_indices()
            .map(|(i, _)| range.start + i)
            .chain([range.end])
            .collect();
        let index = (fraction * (boundaries.len() - 1) as f32).round() as usize;
        boundaries[index.min(boundaries.len() - 1)]
    }

    /// The horizontal extents, per line, of the bytes `range`: one rectangle per visual
    /// stretch (a claim over an embedded English phrase gets two on one line, as browsers
    /// draw it). Returns (line index, left, right).
    pub fn range_extents(
        &self,
        pieces: &Pieces,
        text: &str,
        range: Range<usize>,
    ) -> Vec<(usize, f32, f32)> {
        let mut out: Vec<(usize, f32, f32)> = Vec::new();
        for (line_index, line) in self.lines.iter().enumerate() {
            if line.bytes.end <= range.start || range.end <= line.bytes.start {
                continue;
            }
            for fragment in &line.fragments {
                let piece = &pieces.pieces[fragment.piece].range;
                let a = piece.start.max(range.start);
                let b = piece.end.min(range.end);
                if a >= b {
                    continue;
                }
                let xa = x_in(fragment, piece, text, a);
                let xb = x_in(fragment, piece, text, b);
                let (left, right) = (xa.min(xb), xa.max(xb));
                match out.last_mut() {
                    Some(last) if last.0 == line_index && (last.2 - left).abs() < 0.5 => {
                        last.2 = right
                    }
                    _ => out.push((line_index, left, right)),
                }
            }
        }
        out
    }
}

/// The x position of byte `offset` inside a fragment, by its share of the piece's
/// characters (exact at piece edges, where selections and claims usually start and end).
fn x_in(fragment: &Fragment, range: &Range<usize>, text: &str, offset: usize) -> f32 {
    let total = text[range.clone()].chars().count().max(1);
    let before = text[range.start..offset.clamp(range.start, range.end)]
        .chars()
        .count();
    let fraction = before as f32 / total as f32;
    if fragment.rtl {
        fragment.x + fragment.width * (1.0 - fraction)
    } else {
        fragment.x + fragment.width * fraction
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{DirectionChoice, analyse};

    /// Every character is 10 wide: enough to check order and breaking.
    fn widths(text: &str, pieces: &Pieces) -> Vec<f32> {
        pieces
            .pieces
            .iter()
            .map(|p| text[p.range.clone()].chars().count() as f32 * 10.0)
            .collect()
    }

    fn visual(text: &str, pieces: &Pieces, line: &Line) -> String {
        line.fragments
            .iter()
            .map(|f| &text[pieces.pieces[f.piece].range.clone()])
            .collect()
    }

    #[test]
    fn an_rtl_line_with_latin_and_digits_reads_right_to_left() {
        let text = "قال ماسك في 2015 إن GPU مهم";
        let pieces = analyse(text, DirectionChoice::Auto);
        let layout = layout_paragraph(&pieces, &widths(text, &pieces), 1000.0);
        assert_eq!(layout.lines.len(), 1);
        // Visually, left to right: the last word first, "GPU" and "2015" unreversed.
        assert_eq!(
            visual(text, &pieces, &layout.lines[0]),
            "مهم GPU إن 2015 في ماسك قال"
        );
        // Right-aligned.
        let last = layout.lines[0].fragments.last().unwrap();
        assert!((last.x + last.width - 1000.0).abs() < 0.01);
    }

    #[test]
    fn lines_break_between_words_and_the_first_words_stay_on_top() {
        let text = "واحد اثنان ثلاثة أربعة خمسة";
        let pieces = analyse(text, DirectionChoice::Auto);
        let layout = layout_paragraph(&pieces, &widths(text, &pieces), 120.0);
        assert!(layout.lines.len() >= 2);
        assert!(text[layout.lines[0].bytes.clone()].starts_with("واحد"));
        assert!(text[layout.lines.last().unwrap().bytes.clone()].contains("خمسة"));
        for line in &layout.lines {
            let visible: f32 = line
                .fragments
                .iter()
                .filter(|f| !pieces.pieces[f.piece].is_space)
                .map(|f| f.width)
                .sum();
            assert!(visible <= 120.0);
        }
    }

    #[test]
    fn offsets_map_to_positions_and_back() {
        let text = "منذ 2015 قال";
        let pieces = analyse(text, DirectionChoice::Auto);
        let layout = layout_paragraph(&pieces, &widths(text, &pieces), 500.0);
        for (offset, _) in text.char_indices() {
            let (line, x) = layout.position_of(&pieces, text, offset).unwrap();
            // Just inside the caret position on the side of the character.
            let back = layout.offset_at(&pieces, text, line, x);
            assert!(text.is_char_boundary(back));
        }
        // The start of the paragraph is at its right edge.
        let (_, x0) = layout.position_of(&pieces, text, 0).unwrap();
        assert!((x0 - 500.0).abs() < 0.01, "{x0}");
        // Clicking at the right edge gives the start of the text.
        assert_eq!(layout.offset_at(&pieces, text, 0, 499.0), 0);
    }

    #[test]
    fn a_range_over_an_embedded_latin_word_gets_two_extents() {
        let text = "حصل على GPU من نفيديا";
        let pieces = analyse(text, DirectionChoice::Auto);
        let layout = layout_paragraph(&pieces, &widths(text, &pieces), 1000.0);
        let start = text.find("على").unwrap();
        let end = text.find("GPU").unwrap() + 1; // into "GPU"
        let extents = layout.range_extents(&pieces, text, start..end);
        assert_eq!(extents.len(), 2, "{extents:?}");
        let whole = layout.range_extents(&pieces, text, 0..text.len());
        assert_eq!(whole.len(), 1);
    }

    #[test]
    fn reorder_follows_l2() {
        let mut order = vec![0, 1, 2, 3, 4];
        reorder(&mut order, &[1, 1, 2, 2, 1]);
        assert_eq!(order, vec![4, 2, 3, 1, 0]);
    }
}

/// How many pieces, from the logical start, fit in `max_width` with an ellipsis of
/// `ellipsis_width` after them; all of them when the whole text fits. Trailing spaces of
/// the kept part are dropped so the ellipsis sits against the last word.
pub fn truncate(pieces: &Pieces, widths: &[f32], max_width: f32, ellipsis_width: f32) -> usize {
    let total: f32 = widths.iter().sum();
    if total <= max_width {
        return pieces.pieces.len();
    }
    let mut used = 0.0;
    let mut kept = 0;
    for (k, width) in widths.iter().enumerate() {
        if used + width + ellipsis_width > max_width {
            break;
        }
        used += width;
        kept = k + 1;
    }
    while kept > 0 && pieces.pieces[kept - 1].is_space {
        kept -= 1;
    }
    kept
}

#[cfg(test)]
mod truncate_tests {
    use super::*;
    use crate::text::{DirectionChoice, analyse};

    #[test]
    fn truncation_keeps_the_logical_start() {
        let text = "واحد اثنان ثلاثة";
        let pieces = analyse(text, DirectionChoice::Auto);
        let widths: Vec<f32> = pieces
            .pieces
            .iter()
            .map(|p| text[p.range.clone()].chars().count() as f32 * 10.0)
            .collect();
        assert_eq!(
            truncate(&pieces, &widths, 1000.0, 10.0),
            pieces.pieces.len()
        );
        let kept = truncate(&pieces, &widths, 120.0, 10.0);
        assert_eq!(&text[..pieces.pieces[kept - 1].range.end], "واحد اثنان");
    }
}
