//! What each character means to the segmenter: sentence-final marks, quotes and brackets,
//! bullets, invisible bidi controls.

use crate::engine::scan;

/// A mark that can end a sentence, and how strongly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terminal {
    /// `.`: ends a sentence unless it belongs to an abbreviation, number, initial …
    Period,
    /// `?` and its script variants: ends a sentence before anything but a dash.
    Question,
    /// `!`: ends a sentence unless a lower-case word follows ("Yahoo! in").
    Exclamation,
    /// `…`: ends a sentence only before a capital.
    Ellipsis,
    /// Marks of scripts without spaces or case (。 ። ۔ । …): always end a sentence.
    Hard,
}

/// The sentence-final meaning of `c` in `language`, if any.
pub fn terminal(c: char, language: &str) -> Option<Terminal> {
    Some(match c {
        '.' if language == "hy" => return None, // Armenian "." is a pause, "։" the full stop
        '.' | '．' => Terminal::Period,
        '?' | '؟' | '⁇' | '⁈' | '⁉' | '‽' => Terminal::Question,
        '!' | '‼' => Terminal::Exclamation,
        '…' => Terminal::Ellipsis,
        '。' | '！' | '？' | '｡' | '।' | '॥' | '۔' | '።' | '፧' | '။' | '։' | '؞' => {
            Terminal::Hard
        }
        ';' if language == "el" => Terminal::Question, // the Greek question mark
        ':' if language == "hy" => Terminal::Hard,     // typed for "։" on Latin keyboards
        _ => return None,
    })
}

/// The closing mark that matches the opening mark `c`, for marks that only ever open.
pub fn closer_of(c: char) -> Option<char> {
    Some(match c {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '«' => '»',
        '„' => '“',
        '‚' => '‘',
        '“' => '”',
        '‘' => '’',
        '《' => '》',
        '「' => '」',
        '『' => '』',
        '（' => '）',
        '【' => '】',
        '〈' => '〉',
        _ => return None,
    })
}

/// Quote marks that open and close alike.
pub fn is_symmetric_quote(c: char) -> bool {
    matches!(c, '"' | '\'')
}

/// Marks that only close (or close a German „…“ quote).
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '»' | '“' | '”' | '‘' | '’' | '》' | '」' | '』' | '）' | '】' | '〉'
    )
}

/// Marks that may stand before the first word of a sentence.
pub fn is_opening_punctuation(c: char) -> bool {
    closer_of(c).is_some() || is_symmetric_quote(c) || matches!(c, '¿' | '¡')
}

/// Characters that start a list item of their own.
pub fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '▪' | '◦' | '●' | '‣' | '∙')
}

/// Dashes that introduce dialogue attribution ("? — said he").
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―')
}

/// Invisible bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates): skipped when
/// looking at neighbours, never a segment of their own.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whitespace or an invisible control: what may separate a mark from the next word.
pub fn is_gap(c: char) -> bool {
    c.is_whitespace() || is_bidi_control(c) || c == '\u{200B}' || c == '\u{FEFF}'
}

/// Whether the character starting at byte `i` may matter to the segmenter. Most bytes
/// are ruled out by one table lookup; the lead bytes of multi-byte marks also look at the
/// next byte, because the same lead bytes start most Arabic and Devanagari letters.
#[inline]
pub fn may_matter(bytes: &[u8], i: usize) -> bool {
    let b = bytes[i];
    if b < 0x80 {
        return ASCII_MARKS[usize::from(b)];
    }
    let next = bytes.get(i + 1).copied().unwrap_or(0);
    match b {
        0xC2 => matches!(next, 0xAB | 0xBB),                      // « »
        0xD6 => next == 0x89,                                     // ։
        0xD8 => matches!(next, 0x9E | 0x9F),                      // ؞ ؟
        0xD9 => false,                                            // Arabic letters and digits only
        0xDB => next == 0x94,                                     // ۔
        0xE0 => next == 0xA5,                // । ॥ (and other Devanagari signs)
        0xE1 => matches!(next, 0x81 | 0x8D), // ။ ። ፧ (and their neighbours)
        0xE2 => matches!(next, 0x80 | 0x81 | 0x88 | 0x96 | 0x97), // quotes … ‼ ⁇ bullets
        0xE3 => next == 0x80,                // 。「」『』《》〈〉
        0xEF => matches!(next, 0xBC | 0xBD), // full-width marks and brackets
        _ => false,
    }
}

/// For each byte: how far the scanner may jump without looking (the length of a character
/// that can never matter), or 0 when the character needs [`may_matter`].
pub const SKIP: [u8; 256] = {
    let mut table = [1u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            0x00..=0x7F if ASCII_MARKS[b] => 0,
            0x00..=0x7F => 1,
            0xC2 | 0xD6 | 0xD8 | 0xDB => 0,
            0xC0..=0xDF => 2,
            0xE0..=0xE3 | 0xEF => 0,
            0xE4..=0xEE => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        b += 1;
    }
    table
};

/// The length of the UTF-8 sequence that starts with byte `b` (1 for stray continuation
/// bytes, which valid text never starts a character with).
#[inline]
pub fn utf8_len(b: u8) -> usize {
    match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// How many of the first bytes of `bytes` are ASCII characters the scanner never looks
/// at (letters, digits, spaces, most punctuation): the scan of English text jumps over
/// them together ([`scan::position`]) instead of one byte at a time.
pub fn plain_ascii_run(bytes: &[u8]) -> usize {
    // Written as comparisons, not a table look-up, so the compiler asks them of a group
    // in a few vector instructions.
    let looked_at = |b: u8| {
        (b >= 0x80)
            | ASCII_MARK_BYTES
                .iter()
                .fold(false, |any, &m| any | (b == m))
    };
    scan::position(bytes, looked_at).unwrap_or(bytes.len())
}

/// The ASCII characters the scanner must look at: sentence marks, quotes, brackets.
const ASCII_MARK_BYTES: &[u8] = b".!?;:\"'()[]{}";

/// [`ASCII_MARK_BYTES`] as a table.
const ASCII_MARKS: [bool; 128] = {
    let mut table = [false; 128];
    let marks = ASCII_MARK_BYTES;
    let mut i = 0;
    while i < marks.len() {
        table[marks[i] as usize] = true;
        i += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_plain_run_is_the_bytes_the_scanner_would_step_over(
            text in "[a-z .,!?;:\"'()\\[\\]{}0-9\u{600}-\u{6ff}«»]{0,100}",
            from in 0usize..100,
        ) {
            let bytes = text.as_bytes();
            let from = from.min(bytes.len());
            let one_by_one = bytes[from..]
                .iter()
                .take_while(|&&b| b < 0x80 && !ASCII_MARKS[usize::from(b)])
                .count();
            prop_assert_eq!(plain_ascii_run(&bytes[from..]), one_by_one);
        }
    }
}
