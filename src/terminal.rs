//! Text for a terminal: one message is one line, and nothing from a file can move the
//! cursor, clear the screen, change colours or reorder what the reader sees.
//!
//! Titles, paths and parser messages come from files written by strangers. Printed raw, an
//! escape sequence in a title would be obeyed by the terminal, a newline would forge a second
//! message, and a right-to-left override would show the rest of the line reversed.

/// The longest message printed, in characters: a parser's complaint may quote a whole file.
pub const MAX_LINE_CHARS: usize = 600;

/// `text` as one line for a terminal: control characters (C0, DEL, C1: escape sequences,
/// newlines, tabs) and invisible format characters (bidi embeddings, overrides and
/// isolates, zero-width characters, the byte-order mark) written as `\n`, `\t`, `\r` or
/// `\u{…}`; cut with "…" past [`MAX_LINE_CHARS`]. Letters of every script pass unchanged.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (count, c) in text.chars().enumerate() {
        if count >= MAX_LINE_CHARS {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Joiners shape Persian and Arabic words (and emoji); they reorder nothing.
            '\u{200C}' | '\u{200D}' => out.push(c),
            c if is_hidden(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Whether `c` is a control character or an invisible character that changes how the text
/// around it is shown (format characters of Unicode category Cf that matter in practice).
pub fn is_hidden(c: char) -> bool {
    c.is_control() || is_hidden_format(c)
}

/// Whether `c` is an invisible format character that changes how the text around it is
/// shown or compared: bidi marks, embeddings, overrides and isolates, zero-width
/// characters, the byte-order mark.
pub fn is_hidden_format(c: char) -> bool {
    matches!(
            c,
            '\u{061C}'             // Arabic letter mark
            | '\u{180E}'           // Mongolian vowel separator
            | '\u{200B}'..='\u{200F}' // zero-width space, non-joiner, joiner; LRM, RLM
            | '\u{2028}'..='\u{202E}' // line and paragraph separators; embeddings, overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // isolates
            | '\u{206A}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

/// `message` about the file at `path`, naming the file once: the library's messages about
/// reading a file already name it, most others do not. (For the window as for the terminal.)
pub fn about(path: &std::path::Path, message: impl std::fmt::Display) -> String {
    let message = message.to_string();
    let name = path.display().to_string();
    if message.contains(&name) {
        message
    } else {
        format!("{name}: {message}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_newlines_escape_sequences_and_bidi_controls_but_not_letters() {
        assert_eq!(
            one_line("a\nb\x1b[2Jc\u{202e}d\u{200b}"),
            "a\\nb\\u{1b}[2Jc\\u{202e}d\\u{200b}"
        );
        assert_eq!(one_line("قال الوزير: «نعم»"), "قال الوزير: «نعم»");
        assert_eq!(one_line("می\u{200c}خواهد"), "می\u{200c}خواهد");
        assert_eq!(one_line("\u{9b}31m"), "\\u{9b}31m");
    }

    #[test]
    fn a_message_names_its_file_once() {
        let path = std::path::Path::new("dir/r.sanad");
        assert_eq!(
            about(path, "the file is empty"),
            "dir/r.sanad: the file is empty"
        );
        assert_eq!(
            about(path, "dir/r.sanad: no such file"),
            "dir/r.sanad: no such file"
        );
    }

    #[test]
    fn long_messages_are_cut() {
        let line = one_line(&"x".repeat(5000));
        assert_eq!(line.chars().count(), MAX_LINE_CHARS + 1);
        assert!(line.ends_with('…'));
    }
}
