//! The article under review: its text, where it came from, and its sentences.

use super::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A half-open byte range `start..end` into the article text.
///
/// Stored as the pair `(start, end)`: a review holds one per sentence and claim, and one
/// line each keeps large files small and diffs readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "(usize, usize)", into = "(usize, usize)")]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl From<(usize, usize)> for Span {
    fn from((start, end): (usize, usize)) -> Self {
        Span { start, end }
    }
}

impl From<Span> for (usize, usize) {
    fn from(span: Span) -> Self {
        (span.start, span.end)
    }
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The number of bytes covered.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Whether the span lies inside `text` with both ends on char boundaries.
    pub fn fits(self, text: &str) -> bool {
        self.start <= self.end
            && self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }

    /// The text the span covers, or `None` when it does not [fit](Self::fits).
    pub fn slice(self, text: &str) -> Option<&str> {
        if self.fits(text) {
            text.get(self.start..self.end)
        } else {
            None
        }
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// How the article's paragraphs choose their direction in the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TextDirection {
    /// Each paragraph from its first strong character, as browsers do with `dir="auto"`.
    #[default]
    Auto,
    /// Every paragraph left to right.
    LeftToRight,
    /// Every paragraph right to left.
    RightToLeft,
}

impl TextDirection {
    /// The three choices, in menu order.
    pub const ALL: [TextDirection; 3] = [
        TextDirection::Auto,
        TextDirection::RightToLeft,
        TextDirection::LeftToRight,
    ];

    /// The stable machine name, as the change log records it.
    pub fn name(self) -> &'static str {
        match self {
            TextDirection::Auto => "auto",
            TextDirection::LeftToRight => "ltr",
            TextDirection::RightToLeft => "rtl",
        }
    }
}

/// The article text and what we know of its origin. The text is never rewritten after
/// import: every span in the review points into it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// A title: the page title, or the first line of the text.
    pub title: String,
    /// BCP 47 primary language tag detected or chosen for the text ("ar", "en", …).
    pub language: String,
    /// How paragraphs choose their direction; the reviewer may override the automatic
    /// choice for an article. Absent in files written before it existed: automatic.
    #[serde(default)]
    pub direction: TextDirection,
    /// Where the article was published, when known.
    pub source_url: Option<String>,
    /// The encoding the file came in ("UTF-8", "windows-1256", …).
    pub encoding: String,
    /// SHA-256 of the file's original bytes, before decoding and extraction; empty when the
    /// article did not come from a file. Absent in older files.
    #[serde(default)]
    pub source_sha256: String,
    /// When the article was imported.
    pub imported_at: Timestamp,
    /// SHA-256 of `text` in lower-case hex; checked on load to catch edited or damaged files.
    pub sha256: String,
    /// Sentence spans in text order, as found by the engine; claims refer to them by index.
    pub sentences: Vec<Span>,
    /// How the article was fetched, when it was opened from a web address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched: Option<super::Capture>,
    /// Who wrote it, when the page named its author.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub byline: String,
    /// When it was published, as the page stated it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub published: String,
    /// The full text, UTF-8, line endings normalised to `\n`.
    pub text: String,
}

impl Article {
    /// An article over `text` with its hash computed and no sentences yet.
    pub fn new(title: String, language: String, encoding: String, text: String) -> Self {
        let sha256 = sha256_hex(&text);
        Article::with_hash(title, language, encoding, text, sha256)
    }

    /// An article over `text` whose SHA-256 (lower-case hex) is already known, with no
    /// sentences yet.
    pub fn with_hash(
        title: String,
        language: String,
        encoding: String,
        text: String,
        sha256: String,
    ) -> Self {
        Article {
            title,
            language,
            direction: TextDirection::Auto,
            source_url: None,
            encoding,
            source_sha256: String::new(),
            imported_at: super::now(),
            sha256,
            sentences: Vec::new(),
            fetched: None,
            byline: String::new(),
            published: String::new(),
            text,
        }
    }

    /// The text a span covers, or the empty string for a span that does not fit.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text).unwrap_or("")
    }
}

/// SHA-256 of `text` as lower-case hex.
pub fn sha256_hex(text: &str) -> String {
    sha256_hex_bytes(text.as_bytes())
}

/// SHA-256 of `bytes` as lower-case hex.
pub fn sha256_hex_bytes(bytes: &[u8]) -> String {
    sha256_hex_pieces(&[bytes])
}

/// The SHA-256 of `pieces` one after the other, as lowercase hex: the hash of the bytes
/// they make together, without joining them.
pub fn sha256_hex_pieces(pieces: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for piece in pieces {
        hasher.update(piece);
    }
    lowercase_hex(&hasher.finalize())
}

/// `bytes` as lowercase hexadecimal, two digits each: how hashes are written.
pub fn lowercase_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut hex = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_inside_a_multibyte_char_does_not_fit() {
        let text = "منذ 2015";
        assert!(Span::new(0, 2).fits(text));
        assert!(!Span::new(0, 1).fits(text));
        assert!(!Span::new(0, text.len() + 1).fits(text));
        assert!(!Span::new(3, 2).fits(text));
        assert_eq!(Span::new(7, 11).slice(text), Some("2015"));
    }

    #[test]
    fn hash_is_hex_sha256() {
        assert_eq!(
            sha256_hex(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}
