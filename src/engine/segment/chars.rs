//! What each character means to the segmenter: sentence-final marks, quotes and brackets,
//! bullets, invisible bidi controls.

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

/// First bytes of UTF-8 sequences that may encode a character the scanner must look at.
/// Everything else is skipped a byte at a time without decoding.
pub const INTERESTING: [bool; 256] = {
    let mut table = [false; 256];
    let ascii = b".!?;:\"'()[]{}";
    let mut i = 0;
    while i < ascii.len() {
        table[ascii[i] as usize] = true;
        i += 1;
    }
    // « » (C2), ؟ ؞ (D8), ۔ (DB), ։ (D6), । ॥ (E0), ። ፧ ။ (E1), quotes … ‼ bullets (E2),
    // CJK marks and brackets (E3), full-width marks (EF).
    let leads = [0xC2u8, 0xD6, 0xD8, 0xDB, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF];
    let mut j = 0;
    while j < leads.len() {
        table[leads[j] as usize] = true;
        j += 1;
    }
    table
};
