//! Editing bidi text: the caret and selection as byte offsets, edits with undo, and caret
//! movement that follows what the reader sees (arrow keys move visually across Arabic and
//! Latin runs; up and down keep the caret's x). Pure: the window supplies the layout.

use super::{ParagraphLayout, Pieces};
use std::ops::Range;

/// A text laid out as paragraphs (split at `\n`), each with its pieces and lines.
pub struct TextLayout<'a> {
    /// The whole text.
    pub text: &'a str,
    /// One entry per paragraph: its bytes in `text`, its pieces and its layout.
    pub paragraphs: Vec<(Range<usize>, &'a Pieces, &'a ParagraphLayout)>,
}

/// A caret position on screen: which visual row (counting lines of all paragraphs) and x.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CaretPosition {
    /// Row index, from the top.
    pub row: usize,
    /// Horizontal position.
    pub x: f32,
}

impl TextLayout<'_> {
    fn paragraph_of(&self, offset: usize) -> usize {
        self.paragraphs
            .iter()
            .position(|(bytes, _, _)| offset <= bytes.end)
            .unwrap_or(self.paragraphs.len().saturating_sub(1))
    }

    fn first_row(&self, paragraph: usize) -> usize {
        self.paragraphs[..paragraph]
            .iter()
            .map(|(_, _, layout)| layout.lines.len().max(1))
            .sum()
    }

    /// Where the caret before `offset` is drawn.
    pub fn caret(&self, offset: usize) -> CaretPosition {
        let index = self.paragraph_of(offset);
        let Some((bytes, pieces, layout)) = self.paragraphs.get(index) else {
            return CaretPosition { row: 0, x: 0.0 };
        };
        let local = offset.saturating_sub(bytes.start);
        let line_text = &self.text[bytes.clone()];
        let (line, x) = layout
            .position_of(pieces, line_text, local)
            .unwrap_or_else(|| {
                // An empty paragraph: the caret sits at its start edge.
                let x = if pieces.direction == super::Direction::Rtl {
                    layout.max_width
                } else {
                    0.0
                };
                (0, x)
            });
        CaretPosition {
            row: self.first_row(index) + line,
            x,
        }
    }

    /// The offset nearest to `x` on visual row `row` (clamped to the text).
    pub fn offset_at(&self, row: usize, x: f32) -> usize {
        let mut first = 0;
        for (bytes, pieces, layout) in &self.paragraphs {
            let rows = layout.lines.len().max(1);
            if row < first + rows {
                if layout.lines.is_empty() {
                    return bytes.start;
                }
                let line_text = &self.text[bytes.clone()];
                return bytes.start + layout.offset_at(pieces, line_text, row - first, x);
            }
            first += rows;
        }
        self.text.len()
    }

    /// The number of visual rows.
    pub fn rows(&self) -> usize {
        self.first_row(self.paragraphs.len())
    }

    /// Every caret offset on visual row `row`, with its x.
    fn stops_on_row(&self, row: usize) -> Vec<(usize, f32)> {
        let mut first = 0;
        for (bytes, pieces, layout) in &self.paragraphs {
            let rows = layout.lines.len().max(1);
            if row < first + rows {
                let Some(line) = layout.lines.get(row - first) else {
                    return vec![(bytes.start, 0.0)];
                };
                let line_text = &self.text[bytes.clone()];
                let last_line = row - first + 1 == layout.lines.len();
                let end = if last_line {
                    line.bytes.end + 1
                } else {
                    line.bytes.end
                };
                return (line.bytes.start..end)
                    .filter(|&o| o <= line_text.len() && line_text.is_char_boundary(o))
                    .filter_map(|o| {
                        layout
                            .position_of(pieces, line_text, o)
                            .map(|(_, x)| (bytes.start + o, x))
                    })
                    .collect();
            }
            first += rows;
        }
        Vec::new()
    }

    /// The caret offset one step to the visual left (`left`) or right of `offset` on its
    /// row, or the end of the neighbouring row in reading order when there is none.
    pub fn step_visually(&self, offset: usize, left: bool) -> usize {
        let here = self.caret(offset);
        let stops = self.stops_on_row(here.row);
        let next = if left {
            stops
                .iter()
                .filter(|(_, x)| *x < here.x - 0.01)
                .max_by(|a, b| a.1.total_cmp(&b.1))
        } else {
            stops
                .iter()
                .filter(|(_, x)| *x > here.x + 0.01)
                .min_by(|a, b| a.1.total_cmp(&b.1))
        };
        if let Some((o, _)) = next {
            return *o;
        }
        // Off the edge of the row: continue on the next row in reading order (or the
        // previous one), at its reading start (or end); stay put at the ends of the text.
        let index = self.paragraph_of(offset);
        let rtl = self
            .paragraphs
            .get(index)
            .is_some_and(|(_, p, _)| p.direction == super::Direction::Rtl);
        let forward = left == rtl;
        let stops = if forward {
            (here.row + 1 < self.rows()).then(|| self.stops_on_row(here.row + 1))
        } else {
            here.row.checked_sub(1).map(|row| self.stops_on_row(row))
        };
        let target = stops.and_then(|s| {
            if forward {
                s.iter().map(|(o, _)| *o).min()
            } else {
                s.iter().map(|(o, _)| *o).max()
            }
        });
        target.unwrap_or(offset)
    }
}

/// The char boundary after `offset` (or the end).
pub fn next_boundary(text: &str, offset: usize) -> usize {
    text[offset.min(text.len())..]
        .chars()
        .next()
        .map_or(text.len(), |c| offset + c.len_utf8())
}

/// The char boundary before `offset` (or 0).
pub fn previous_boundary(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .chars()
        .next_back()
        .map_or(0, |c| offset - c.len_utf8())
}

/// Whether `c` belongs to a word for double-click selection: letters and digits of any
/// script, and the marks written on Arabic letters (harakat, tatweel) and the zero-width
/// non-joiner of Persian, so that a vocalised word is selected whole.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}'
        )
        || matches!(c, '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}')
}

/// The word around byte `offset` of `text` (what a double-click selects): the run of word
/// characters touching it, or the single character there when it is not part of a word.
pub fn word_at(text: &str, offset: usize) -> Range<usize> {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let after = text[offset..].chars().next();
    let before = text[..offset].chars().next_back();
    if !after.is_some_and(is_word_char) && !before.is_some_and(is_word_char) {
        return offset..after.map_or(offset, |c| offset + c.len_utf8());
    }
    let start = text[..offset]
        .char_indices()
        .rev()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[offset..]
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(text.len(), |(i, _)| offset + i);
    start..end
}

/// The text being edited, its caret and selection, and its undo history.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditState {
    /// Where the caret is (byte offset).
    pub cursor: usize,
    /// The other end of the selection; equal to `cursor` when nothing is selected.
    pub anchor: usize,
    /// What an input method is composing: shown at the caret, not yet part of the text
    /// (it becomes text when the input method commits it).
    pub preedit: String,
    undo: Vec<(String, usize)>,
    redo: Vec<(String, usize)>,
}

impl EditState {
    /// The selected bytes (empty when nothing is selected).
    pub fn selection(&self) -> Range<usize> {
        self.cursor.min(self.anchor)..self.cursor.max(self.anchor)
    }

    /// Keep the caret and anchor inside `text` and on char boundaries (the text may have
    /// been changed from outside).
    pub fn clamp(&mut self, text: &str) {
        let fix = |o: usize| {
            let mut o = o.min(text.len());
            while !text.is_char_boundary(o) {
                o -= 1;
            }
            o
        };
        self.cursor = fix(self.cursor);
        self.anchor = fix(self.anchor);
    }

    /// Select the word around `offset` (a double-click).
    pub fn select_word(&mut self, text: &str, offset: usize) {
        let word = word_at(text, offset);
        self.anchor = word.start;
        self.cursor = word.end;
    }

    /// Move the caret to `offset`, extending the selection or not.
    pub fn move_to(&mut self, offset: usize, extend: bool) {
        self.cursor = offset;
        if !extend {
            self.anchor = offset;
        }
    }

    /// Replace the selection with `inserted` (typing, pasting, IME commit).
    pub fn insert(&mut self, text: &mut String, inserted: &str) {
        self.remember(text);
        let range = self.selection();
        text.replace_range(range.clone(), inserted);
        self.move_to(range.start + inserted.len(), false);
    }

    /// Delete the selection, or the character before the caret.
    pub fn backspace(&mut self, text: &mut String) {
        let range = self.selection();
        let range = if range.is_empty() {
            previous_boundary(text, range.start)..range.end
        } else {
            range
        };
        self.delete(text, range);
    }

    /// Delete the selection, or the character after the caret.
    pub fn delete_forward(&mut self, text: &mut String) {
        let range = self.selection();
        let range = if range.is_empty() {
            range.start..next_boundary(text, range.end)
        } else {
            range
        };
        self.delete(text, range);
    }

    fn delete(&mut self, text: &mut String, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        self.remember(text);
        text.replace_range(range.clone(), "");
        self.move_to(range.start, false);
    }

    /// Cut: the selected text, removed.
    pub fn cut(&mut self, text: &mut String) -> Option<String> {
        let range = self.selection();
        if range.is_empty() {
            return None;
        }
        let taken = text[range.clone()].to_string();
        self.delete(text, range);
        Some(taken)
    }

    /// Select everything.
    pub fn select_all(&mut self, text: &str) {
        self.anchor = 0;
        self.cursor = text.len();
    }

    fn remember(&mut self, text: &str) {
        self.undo.push((text.to_string(), self.cursor));
        self.redo.clear();
    }

    /// Undo the last edit; false when there is none.
    pub fn undo(&mut self, text: &mut String) -> bool {
        let Some((previous, cursor)) = self.undo.pop() else {
            return false;
        };
        self.redo
            .push((std::mem::replace(text, previous), self.cursor));
        self.move_to(cursor, false);
        true
    }

    /// Redo the last undone edit; false when there is none.
    pub fn redo(&mut self, text: &mut String) -> bool {
        let Some((next, cursor)) = self.redo.pop() else {
            return false;
        };
        self.undo.push((std::mem::replace(text, next), self.cursor));
        self.move_to(cursor, false);
        true
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_double_click_selects_the_whole_word_with_its_marks() {
        let text = "قالَ ماسكُ: OpenAI 2015، نعم";
        let at = |w: &str| text.find(w).unwrap();
        assert_eq!(&text[word_at(text, at("ماسكُ") + 2)], "ماسكُ");
        assert_eq!(&text[word_at(text, at("OpenAI") + 3)], "OpenAI");
        assert_eq!(&text[word_at(text, at("2015"))], "2015");
        assert_eq!(&text[word_at(text, 0)], "قالَ");
        assert_eq!(&text[word_at(text, text.len())], "نعم");
        // Between two spaces-or-punctuation: just that character.
        assert_eq!(&text[word_at(text, at(": ") + 1)], " ");
    }

    use super::*;
    use crate::text::{DirectionChoice, analyse, layout_paragraph};

    fn laid_out(text: &str, width: f32) -> (Vec<Pieces>, Vec<ParagraphLayout>, Vec<Range<usize>>) {
        let mut pieces = Vec::new();
        let mut layouts = Vec::new();
        let mut ranges = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            let p = analyse(line, DirectionChoice::Auto);
            let widths: Vec<f32> = p
                .pieces
                .iter()
                .map(|x| line[x.range.clone()].chars().count() as f32 * 10.0)
                .collect();
            layouts.push(layout_paragraph(&p, &widths, width));
            pieces.push(p);
            ranges.push(start..start + line.len());
            start += line.len() + 1;
        }
        (pieces, layouts, ranges)
    }

    fn with_layout<R>(text: &str, width: f32, f: impl FnOnce(&TextLayout) -> R) -> R {
        let (pieces, layouts, ranges) = laid_out(text, width);
        let layout = TextLayout {
            text,
            paragraphs: ranges
                .into_iter()
                .zip(pieces.iter())
                .zip(layouts.iter())
                .map(|((r, p), l)| (r, p, l))
                .collect(),
        };
        f(&layout)
    }

    #[test]
    fn typing_replaces_the_selection_and_undo_restores_it() {
        let mut text = "مرحبا world".to_string();
        let mut state = EditState::default();
        state.move_to(0, false);
        state.move_to("مرحبا".len(), true);
        state.insert(&mut text, "أهلا");
        assert_eq!(text, "أهلا world");
        assert_eq!(state.cursor, "أهلا".len());
        state.backspace(&mut text);
        assert_eq!(text, "أهل world");
        assert!(state.undo(&mut text));
        assert!(state.undo(&mut text));
        assert_eq!(text, "مرحبا world");
        assert!(state.redo(&mut text));
        assert_eq!(text, "أهلا world");
    }

    #[test]
    fn deleting_never_cuts_a_character() {
        let mut text = "ماسك".to_string();
        let mut state = EditState::default();
        state.move_to(text.len(), false);
        state.backspace(&mut text);
        assert_eq!(text, "ماس");
        state.move_to(0, false);
        state.delete_forward(&mut text);
        assert_eq!(text, "اس");
        state.select_all(&text);
        assert_eq!(state.cut(&mut text).as_deref(), Some("اس"));
        assert!(text.is_empty());
    }

    #[test]
    fn left_arrow_moves_forward_through_arabic_and_backward_through_latin() {
        // The paragraph is right to left: "على" is on the right, "GPU" on its left.
        let text = "على GPU";
        with_layout(text, 500.0, |layout| {
            // Start of the text: the right edge. Left arrow reads forward into Arabic.
            let one = layout.step_visually(0, true);
            assert_eq!(one, "ع".len());
            // Walk left all the way: every step changes x and the caret ends at a text edge.
            let mut offset = 0;
            let mut xs = vec![layout.caret(0).x];
            for _ in 0..20 {
                let next = layout.step_visually(offset, true);
                if next == offset {
                    break;
                }
                offset = next;
                xs.push(layout.caret(offset).x);
            }
            assert!(xs.windows(2).all(|w| w[1] <= w[0] + 0.01), "{xs:?}");
            // 7 characters of 10 px, right-aligned at 500: the left edge is at 430.
            assert!(
                *xs.last().unwrap() <= 430.5,
                "did not reach the left edge: {xs:?}"
            );
        });
    }

    #[test]
    fn up_and_down_keep_the_column() {
        let text = "one two three four five six";
        with_layout(text, 100.0, |layout| {
            assert!(layout.rows() >= 2);
            let caret = layout.caret(2);
            let below = layout.offset_at(caret.row + 1, caret.x);
            assert!(below > 8, "{below}");
            let back = layout.offset_at(caret.row, layout.caret(below).x);
            assert_eq!(back, 2);
        });
    }

    #[test]
    fn empty_text_is_safe() {
        with_layout("", 100.0, |layout| {
            assert_eq!(layout.caret(0).row, 0);
            assert_eq!(layout.step_visually(0, true), 0);
            assert_eq!(layout.offset_at(5, 10.0), 0);
        });
    }
}
