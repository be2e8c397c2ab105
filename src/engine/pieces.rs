//! Long articles are read on every core ([`crate::parallel`]): the text is cut into
//! pieces at paragraph breaks that no rule of the engine looks across, several pieces a
//! thread, each segmented and its claims found by whichever thread is free, and the
//! results are joined in order. The answer is the same as reading the whole text on one
//! thread (the tests compare the two).
//!
//! A break is safe when the next line starts with a visible character that is not lower
//! case: segmentation then never joins the two lines into one sentence
//! (`segment::is_wrapped_line` needs a lower-case start), no invisible control is left to
//! attach across it, and claim extraction starts a new paragraph there (its speakers and
//! pronouns do not reach back across a line break).

use std::ops::Range;

/// `text` cut into at most `pieces` consecutive byte ranges covering all of it, each cut
/// at a safe paragraph break (see the module's documentation) near an equal share. Fewer
/// ranges come back when the text has too few safe breaks; one when `pieces` is 1.
pub fn paragraph_pieces(text: &str, pieces: usize) -> Vec<Range<usize>> {
    let mut ranges = Vec::with_capacity(pieces);
    let mut start = 0;
    for k in 1..pieces {
        let target = (text.len() * k / pieces).max(start);
        let Some(cut) = safe_break_from(text, target) else {
            break;
        };
        if cut > start && cut < text.len() {
            ranges.push(start..cut);
            start = cut;
        }
    }
    ranges.push(start..text.len());
    ranges
}

/// The first safe break at or after byte `from`: the byte just after a line break whose
/// next line (after spaces) starts with a visible character that is not lower case.
fn safe_break_from(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(found) = memchr::memchr(b'\n', &bytes[at..]) {
        let cut = at + found + 1;
        let next = text[cut..].trim_start_matches([' ', '\t']);
        if let Some(c) = next.chars().next()
            && !c.is_lowercase()
            && !c.is_whitespace()
            && !c.is_control()
            && !super::segment::is_gap(c)
        {
            return Some(cut);
        }
        at = cut;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_cover_the_text_and_cut_only_before_a_capital_line() {
        let text = "One line here.\nand a lower one\nThird line.\n\u{200b}Fourth.\nFifth.\n";
        for pieces in 1..8 {
            let ranges = paragraph_pieces(text, pieces);
            assert_eq!(ranges.first().unwrap().start, 0);
            assert_eq!(ranges.last().unwrap().end, text.len());
            for pair in ranges.windows(2) {
                assert_eq!(pair[0].end, pair[1].start);
                let next = &text[pair[1].start..];
                assert!(
                    next.starts_with("Third") || next.starts_with("Fifth"),
                    "cut before {next:?}"
                );
            }
        }
    }

    #[test]
    fn a_text_without_safe_breaks_is_one_piece() {
        let text = "one\ntwo\nthree\n".repeat(100);
        assert_eq!(paragraph_pieces(&text, 4), vec![0..text.len()]);
    }
}
