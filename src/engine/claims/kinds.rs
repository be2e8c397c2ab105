//! What kind of statement a claim makes (how much it deserves checking is the learned
//! model's: `engine::worthiness`).

use super::cues::{Cue, Cues};
use crate::model::ClaimKind;

/// The kinds of the claim `text`, which starts at byte `offset` of a sentence whose cues
/// are `found`.
pub fn tag(
    text: &str,
    offset: usize,
    found: &[(usize, usize, Cue)],
    attributed: bool,
    cues: &Cues,
) -> Vec<ClaimKind> {
    let mut kinds = Vec::new();
    let end = offset + text.len();
    for &(start, stop, cue) in found {
        if let Cue::Kind(kind) = cue
            && start >= offset
            && stop <= end
        {
            kinds.push(kind);
        }
    }
    let features = Features::scan(text, cues.latin);
    if features.digits {
        kinds.push(ClaimKind::Number);
    }
    if features.year {
        kinds.push(ClaimKind::Date);
    }
    if features.quotation {
        kinds.push(ClaimKind::Quote);
    }
    if attributed {
        kinds.push(ClaimKind::Attribution);
    }
    if features.name {
        kinds.push(ClaimKind::NamedEntity);
    }
    kinds.sort();
    kinds.dedup();
    kinds
}

/// What one pass over a claim's characters finds.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// Western or Arabic-Indic digits.
    digits: bool,
    /// A four-digit run from 1900 to 2099.
    year: bool,
    /// At least two characters between quotation marks («…», “…”, "…", „…“).
    quotation: bool,
    /// A name: in Latin text a capitalised word after the first; in Arabic text a word in
    /// Latin letters (brand names such as "OpenAI") or a word after a naming noun.
    name: bool,
}

impl Features {
    /// Each feature found with a vectorised search (memchr) rather than a loop over every
    /// character: this runs on every claim of every article.
    fn scan(text: &str, latin: bool) -> Self {
        let bytes = text.as_bytes();
        let ascii_digits = bytes.iter().any(u8::is_ascii_digit);
        // Arabic-Indic digits: U+0660..=U+0669 (D9 A0..A9), U+06F0..=U+06F9 (DB B0..B9).
        let indic_digits = !latin
            && memchr::memchr2_iter(0xD9, 0xDB, bytes)
                .any(|i| matches!(bytes.get(i + 1), Some(0xA0..=0xA9 | 0xB0..=0xB9)));
        let name = Self::names(text, latin);
        Features {
            digits: ascii_digits || indic_digits,
            year: ascii_digits && has_year(bytes),
            quotation: memchr::memchr3(b'"', 0xC2, 0xE2, bytes).is_some() && has_quotation(text),
            name,
        }
    }

    /// Whether a word names someone: in Latin text a capitalised word after the first; in
    /// Arabic text a word in Latin letters ("OpenAI") or after a naming noun.
    fn names(text: &str, latin: bool) -> bool {
        if !latin {
            const NAMING: &[&str] = &[
                "شركة",
                "صحيفة",
                "وكالة",
                "موقع",
                "الرئيس",
                "رئيس",
                "وزير",
                "شبكة",
            ];
            return text.as_bytes().iter().any(u8::is_ascii_alphabetic)
                || text.split_whitespace().any(|w| NAMING.contains(&w));
        }
        let bytes = text.as_bytes();
        memchr::memchr3_iter(b' ', b'\n', b'\t', bytes).any(|space| {
            let at = space + 1;
            match bytes.get(at) {
                Some(b) if b.is_ascii_whitespace() => false,
                Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
                Some(_) => text
                    .get(at..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_uppercase),
                None => false,
            }
        })
    }
}

/// A run of exactly four ASCII digits from 1900 to 2099.
fn has_year(bytes: &[u8]) -> bool {
    bytes
        .split(|b| !b.is_ascii_digit())
        .any(|run| run.len() == 4 && (run.starts_with(b"19") || run.starts_with(b"20")))
}

/// At least two characters between a pair of quotation marks: «…», “…”, "…", „…“.
fn has_quotation(text: &str) -> bool {
    [('«', '»'), ('“', '”'), ('"', '"'), ('„', '“')]
        .iter()
        .any(|(open, close)| {
            text.find(*open).is_some_and(|at| {
                let rest = &text[at + open.len_utf8()..];
                rest.find(*close)
                    .is_some_and(|len| rest[..len].trim().chars().count() >= 2)
            })
        })
}
