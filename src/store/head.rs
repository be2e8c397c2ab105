//! The first run of a long review's file: the review without its claims, up to where the
//! claims list opens. The article's two long fields, its sentence list (one line each, a
//! third of a million in a 10 MB article) and its text, are left out of it and given to the
//! sink in their place as the run is taken: written into the head, they and the fresh
//! memory that held them were a third of its memory and a tenth of `sanad new`'s time.

use super::SaveError;
use super::encode::{TextSink, append_ron};
use super::fields::ReviewFields;
use crate::model::{Article, Review, Span};
use std::ops::Range;

/// How the review's claims list is written when it is empty.
const EMPTY_CLAIMS: &str = "\n  claims: [],\n";

/// How the review's claims list opens when it has claims.
const CLAIMS_LIST_OPEN: &str = "\n  claims: [\n";

/// How the review's next claim number opens, at the top of the review.
const NEXT_ID: &str = "\n  next_claim_id: ";

/// How an article's sentences are written when it has none.
const EMPTY_SENTENCES: &str = "\n    sentences: [],\n";

/// How an article's text is written when it is empty: the line, found after the line
/// break before it (which the line before ends with), at the article's depth.
const EMPTY_TEXT: &str = "    text: \"\",\n";

/// The review without its claims as [`write_head`] writes it: what follows the claims, and
/// where the head's gaps are.
pub(super) struct HeadCut {
    /// What follows the claims list.
    pub tail: String,
    /// Where the article's long fields go.
    pub gaps: Gaps,
    /// Where the digits of the review's `next_claim_id` stand in the head: a new review's
    /// file is written before its claims are counted, and the number put right after.
    pub next_id: Range<usize>,
}

/// Where in the head the article's long fields go, in place of the empty ones written
/// there.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Gaps {
    /// Where the sentence list goes in place of [`EMPTY_SENTENCES`], when there are
    /// sentences.
    sentences_at: Option<usize>,
    /// Where the text goes in place of [`EMPTY_TEXT`].
    text_at: usize,
}

/// The review without its claims, its article's sentences and its text written into `text`
/// up to where its claims go; `None` when its fields are not where they are expected.
pub(super) fn write_head(review: &Review, text: &mut String) -> Result<Option<HeadCut>, SaveError> {
    text.clear();
    append_ron(text, &ReviewFields::without_lists_or_text(review))?;
    // The empty fields in the review's structure, not in a text that quotes them.
    let Some(at) = super::split::find_outside_strings(text, EMPTY_CLAIMS) else {
        return Ok(None);
    };
    let tail = format!("  ],\n{}\n", &text[at + EMPTY_CLAIMS.len()..]);
    text.truncate(at);
    text.push_str(CLAIMS_LIST_OPEN);
    let sentences_at = match review.article.sentences.is_empty() {
        true => None,
        false => match super::split::find_outside_strings(text, EMPTY_SENTENCES) {
            Some(at) => Some(at),
            None => return Ok(None),
        },
    };
    let Some(text_at) = super::split::find_outside_strings(text, &format!("\n{EMPTY_TEXT}")) else {
        return Ok(None);
    };
    let text_at = text_at + 1;
    // The sentences come before the text, as the article's fields are ordered.
    if sentences_at.is_some_and(|at| at + EMPTY_SENTENCES.len() > text_at) {
        return Ok(None);
    }
    let gaps = Gaps {
        sentences_at,
        text_at,
    };
    // Before the gaps, so that its place in the head is its place in the file.
    let Some(next_id) = super::split::find_outside_strings(text, NEXT_ID)
        .map(|at| at + NEXT_ID.len())
        .map(|from| from..from + text[from..].bytes().take_while(u8::is_ascii_digit).count())
        .filter(|digits| !digits.is_empty() && digits.end < sentences_at.unwrap_or(text_at))
    else {
        return Ok(None);
    };
    Ok(Some(HeadCut {
        tail,
        gaps,
        next_id,
    }))
}

/// `head` given to `sink` with `article`'s sentences and text written in its `gaps`, as RON
/// writes them: the sentences a few kilobytes at a time, the text straight from the
/// article.
pub(super) fn take_head(
    head: &str,
    gaps: Gaps,
    article: &Article,
    sink: &mut impl TextSink,
) -> Result<(), SaveError> {
    let mut from = 0;
    if let Some(at) = gaps.sentences_at {
        sink.take(&head[from..at])?;
        take_sentences(&article.sentences, sink)?;
        from = at + EMPTY_SENTENCES.len();
    }
    sink.take(&head[from..gaps.text_at])?;
    sink.take("    text: ")?;
    take_ron_string(&article.text, sink)?;
    sink.take(",\n")?;
    sink.take(&head[gaps.text_at + EMPTY_TEXT.len()..])
}

/// The sentence list as RON writes it, a few kilobytes at a time.
fn take_sentences(sentences: &[Span], sink: &mut impl TextSink) -> Result<(), SaveError> {
    const PIECE: usize = 64 * 1024;
    let mut piece = String::with_capacity(PIECE + 64);
    let mut number = itoa::Buffer::new();
    piece.push_str("\n    sentences: [\n");
    for span in sentences {
        piece.push_str("      (");
        piece.push_str(number.format(span.start));
        piece.push_str(", ");
        piece.push_str(number.format(span.end));
        piece.push_str("),\n");
        if piece.len() >= PIECE {
            sink.take(&piece)?;
            piece.clear();
        }
    }
    piece.push_str("    ],\n");
    sink.take(&piece)
}

/// `value` as RON writes a string when it does not escape strings: as it is between
/// quotes, or as a raw string (`r#"…"#`, one `#` more than its longest run of them) when
/// it holds a quote or a backslash.
///
/// Both looks are at bytes (the marks are ASCII, never part of another character): looking
/// at characters was 97 of the 157 million instructions the head of a 10 MB article's new
/// review took, on the thread writing the file.
fn take_ron_string(value: &str, sink: &mut impl TextSink) -> Result<(), SaveError> {
    let bytes = value.as_bytes();
    if memchr::memchr2(b'"', b'\\', bytes).is_none() {
        sink.take("\"")?;
        sink.take(value)?;
        return sink.take("\"");
    }
    let longest_run = bytes
        .split(|&b| b != b'#')
        .map(<[u8]>::len)
        .max()
        .unwrap_or(0);
    let hashes = "#".repeat(longest_run + 1);
    sink.take(&format!("r{hashes}\""))?;
    sink.take(value)?;
    sink.take(&format!("\"{hashes}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_is_written_as_ron_writes_it() {
        for value in [
            "",
            "plain text\nover lines",
            "a \"quote\"",
            "back\\slash",
            "\"#\" and \"##\"",
            "### no quote",
            "#\"",
            "ends with a hash#",
            "control \u{0}\u{7}\u{1b}[0m\r\t and \u{202e} marks",
            "control and a \"quote\" \u{0}",
        ] {
            let mut written = String::new();
            take_ron_string(value, &mut written).unwrap();
            let ron = super::super::encode::ron_text(&value).unwrap();
            assert_eq!(written, ron, "{value:?}");
        }
    }
}
