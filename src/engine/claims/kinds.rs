//! What kind of statement a claim makes, and how much it deserves checking.

use super::cues::{Cue, Cues};
use crate::model::ClaimKind;

/// The kinds of the claim `text`, which starts at byte `offset` of a sentence whose cues
/// are `found`, and its check-worthiness.
pub fn tag(
    text: &str,
    offset: usize,
    found: &[(usize, usize, Cue)],
    attributed: bool,
    cues: &Cues,
) -> (Vec<ClaimKind>, f32) {
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
    let score = worthiness(&kinds, features.words);
    (kinds, score)
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
    /// How many words the claim has.
    words: usize,
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
        let (name, words) = Self::names_and_words(text, latin);
        Features {
            digits: ascii_digits || indic_digits,
            year: ascii_digits && has_year(bytes),
            quotation: memchr::memchr3(b'"', 0xC2, 0xE2, bytes).is_some() && has_quotation(text),
            name,
            words,
        }
    }

    /// Whether a word names someone, and how many words there are, from the word starts.
    fn names_and_words(text: &str, latin: bool) -> (bool, usize) {
        let bytes = text.as_bytes();
        let starts_word = |i: usize| bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace());
        let mut words = usize::from(starts_word(0));
        let mut name = false;
        for space in memchr::memchr3_iter(b' ', b'\n', b'\t', bytes) {
            let at = space + 1;
            if !starts_word(at) {
                continue;
            }
            words += 1;
            if latin && !name {
                let b = bytes[at];
                name = if b < 0x80 {
                    b.is_ascii_uppercase()
                } else {
                    text.get(at..)
                        .and_then(|t| t.chars().next())
                        .is_some_and(char::is_uppercase)
                };
            }
        }
        if !latin {
            // Arabic text: a word in Latin letters ("OpenAI") or after a naming noun.
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
            name = bytes.iter().any(u8::is_ascii_alphabetic)
                || text.split_whitespace().any(|w| NAMING.contains(&w));
        }
        (name, words)
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

/// Check-worthiness from 0 to 1: verifiable specifics (numbers, dates, comparisons, named
/// sources) raise it, opinion lowers it, very short fragments (under five words) halve it.
pub fn worthiness(kinds: &[ClaimKind], words: usize) -> f32 {
    let mut score: f32 = 0.15;
    for kind in kinds {
        score += match kind {
            ClaimKind::Number => 0.25,
            ClaimKind::Date => 0.1,
            ClaimKind::Comparison => 0.15,
            ClaimKind::Attribution => 0.1,
            ClaimKind::Quote => 0.05,
            ClaimKind::NamedEntity => 0.1,
            ClaimKind::Causal => 0.1,
            ClaimKind::Prediction => 0.05,
            ClaimKind::Opinion => -0.15,
            ClaimKind::Question => -0.15,
        };
    }
    if words < 5 {
        score *= 0.5;
    }
    (score.clamp(0.0, 1.0) * 100.0).round() / 100.0
}
