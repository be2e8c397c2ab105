//! Splitting a sentence into clauses at ";", "؛" and clause-joining commas (", but",
//! "، حيث" …), never leaving a fragment without content words and never cutting inside a
//! quotation or brackets.

use super::cues::{Cue, Cues};
use super::word_set::FUNCTION_WORD_SET;
use crate::engine::scan::is_alphanumeric;

/// Words that carry no content of their own, for the "fragment has content" check.
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "it",
    "he",
    "she",
    "they",
    "we",
    "this",
    "that",
    "was",
    "is",
    "are",
    "were",
    "be",
    "been",
    "while",
    "whereas",
    "although",
    "though",
    "في",
    "من",
    "على",
    "إلى",
    "عن",
    "مع",
    "أن",
    "إن",
    "حيث",
    "بينما",
    "لكن",
    "كما",
    "هذا",
    "هذه",
    "التي",
    "الذي",
    "هو",
    "هي",
    "كان",
    "كانت",
    "قد",
];

/// Words that open a clause with a subject of its own after ", and".
const NEW_SUBJECTS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "his", "her", "their", "its", "our", "there",
];

/// The clauses of `sentence` from `from` on, as byte ranges, trimmed of the whitespace and
/// joining punctuation around them.
pub fn clauses(
    sentence: &str,
    from: usize,
    found: &[(usize, usize, Cue)],
    cues: &Cues,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut current = from;
    for &(start, _, cue) in found {
        let Cue::Clause {
            skip,
            needs_new_subject,
        } = cue
        else {
            continue;
        };
        let next = start + skip;
        if start < current || next >= sentence.len() || !sentence.is_char_boundary(next) {
            continue;
        }
        if inside_quotes_or_brackets(&sentence[current..start]) {
            continue;
        }
        // "…، وفقاً للتقرير" / "…, according to X": the attribution stays with its content.
        let attribution_follows = found
            .iter()
            .any(|&(s, _, c)| c == Cue::SourceAfter && s >= next && s <= next + 3);
        if attribution_follows {
            continue;
        }
        let before = &sentence[current..start];
        let after = &sentence[next..];
        let enough = if needs_new_subject {
            opens_new_subject(after, cues)
                && words_up_to(before, 4) >= 4
                && words_up_to(after, 5) >= 5
        } else {
            true
        };
        if enough && has_content(before) && has_content(after) {
            out.push(trim(sentence, current, start));
            current = next;
        }
    }
    out.push(trim(sentence, current, sentence.len()));
    out.retain(|(s, e)| s < e);
    out
}

/// The number of words in `text`, counting no further than `enough`.
fn words_up_to(text: &str, enough: usize) -> usize {
    text.split_whitespace().take(enough).count()
}

/// At least three words, one of them a content word.
fn has_content(text: &str) -> bool {
    words_up_to(text, 3) >= 3
        && text.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !is_alphanumeric(c));
            w.chars().count() >= 3 && !FUNCTION_WORD_SET.contains(w)
        })
}

/// English: the next word is a pronoun, determiner, name or number. Arabic "، و…" cannot be
/// told apart from a list by one word, so length decides there (checked by the caller).
fn opens_new_subject(after: &str, cues: &Cues) -> bool {
    if !cues.latin {
        return true;
    }
    let word = after.split_whitespace().next().unwrap_or("");
    NEW_SUBJECTS.iter().any(|s| s.eq_ignore_ascii_case(word))
        || word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether a quotation or bracket opened in `text` is still open at its end.
fn inside_quotes_or_brackets(text: &str) -> bool {
    // Read as bytes: each mark is its own sequence of UTF-8 bytes, which no other
    // character's bytes contain (decoding every character was a twentieth of tagging an
    // Arabic claim). « » are C2 AB, C2 BB; “ ” „ are E2 80 9C, 9D, 9E.
    let bytes = text.as_bytes();
    let mut depth = 0i32;
    let mut straight_quotes = 0;
    for (at, &b) in bytes.iter().enumerate() {
        let next = |k: usize| bytes.get(at + k).copied();
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b'"' => straight_quotes += 1,
            0xC2 => match next(1) {
                Some(0xAB) => depth += 1,
                Some(0xBB) => depth -= 1,
                _ => {}
            },
            0xE2 if next(1) == Some(0x80) => match next(2) {
                Some(0x9C | 0x9E) => depth += 1,
                Some(0x9D) => depth -= 1,
                _ => {}
            },
            _ => {}
        }
    }
    depth > 0 || straight_quotes % 2 == 1
}

/// `start..end` without surrounding whitespace and trailing joining punctuation.
fn trim(sentence: &str, start: usize, end: usize) -> (usize, usize) {
    let piece = &sentence[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let kept = piece
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '،' | ';' | '؛' | ':'));
    (start + lead.min(kept.len()), start + kept.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn marks_are_counted_as_the_characters_they_are(
            text in r#"[a«»“”„"()\[\]ق€‚‛′ ]{0,16}"#
        ) {
            // The definition, character by character.
            let mut depth = 0i32;
            let mut straight = 0;
            for c in text.chars() {
                match c {
                    '«' | '“' | '(' | '[' | '„' => depth += 1,
                    '»' | '”' | ')' | ']' => depth -= 1,
                    '"' => straight += 1,
                    _ => {}
                }
            }
            let expected = depth > 0 || straight % 2 == 1;
            prop_assert_eq!(inside_quotes_or_brackets(&text), expected, "{:?}", text);
        }
    }
}
