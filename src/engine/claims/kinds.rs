//! What kind of statement a claim makes (how much it deserves checking is the learned
//! model's: `engine::worthiness`).

use super::Kinds;
use super::cues::{Cue, Cues};
use crate::engine::scan::{any_byte, any_pair, position};
use crate::model::ClaimKind;

/// The kinds of the claim `text`, which starts at byte `offset` of a sentence whose cues
/// are `found`.
pub fn tag(
    text: &str,
    offset: usize,
    found: &[(usize, usize, Cue)],
    attributed: bool,
    cues: &Cues,
) -> Kinds {
    let mut kinds = Kinds::default();
    let end = offset + text.len();
    for &(start, stop, cue) in found {
        if let Cue::Kind(kind) = cue
            && start >= offset
            && stop <= end
        {
            kinds.insert(kind);
        }
    }
    let features = Features::scan(text, cues.latin);
    if features.digits {
        kinds.insert(ClaimKind::Number);
    }
    if features.year {
        kinds.insert(ClaimKind::Date);
    }
    if features.quotation {
        kinds.insert(ClaimKind::Quote);
    }
    if attributed {
        kinds.insert(ClaimKind::Attribution);
    }
    if features.name {
        kinds.insert(ClaimKind::NamedEntity);
    }
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
        let ascii_digits = any_byte(bytes, |b| b.is_ascii_digit());
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
            return any_byte(text.as_bytes(), |b| b.is_ascii_alphabetic()) || has_naming_word(text);
        }
        let bytes = text.as_bytes();
        // A space, then a capital: an ASCII one, or a character that may be one.
        // (Asked with `&` and `|`, which do not branch, so a group is asked at once.)
        let space_then_capital = |space: u8, next: u8| {
            ((space == b' ') | (space == b'\n') | (space == b'\t'))
                & (next.is_ascii_uppercase() | (next >= 0x80))
        };
        any_pair(bytes, space_then_capital, |space| {
            let at = space + 1;
            bytes.get(at).is_some_and(|&b| b < 0x80)
                || text
                    .get(at..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_uppercase)
        })
    }
}

/// Nouns after which Arabic text names someone: "شركة" (company), "وزير" (minister) …
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

/// The byte lengths of the words of [`NAMING`], one bit each.
const NAMING_LENGTHS: u64 = {
    let mut lengths = 0u64;
    let mut at = 0;
    while at < NAMING.len() {
        lengths |= 1 << NAMING[at].len();
        at += 1;
    }
    lengths
};

/// Whether one of [`NAMING`] stands in `text` as a word of its own (whitespace or nothing
/// on either side). Only a word of one of their lengths is compared with them: comparing
/// every word with every noun was a fifth of tagging an Arabic claim, and an automaton's
/// overlapping search of them all still a fifteenth of reading an Arabic article.
fn has_naming_word(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        word.len() < 64 && NAMING_LENGTHS >> word.len() & 1 == 1 && NAMING.contains(&word)
    })
}

/// A run of exactly four ASCII digits from 1900 to 2099.
fn has_year(bytes: &[u8]) -> bool {
    // From one run of digits to the next: cutting the text at every other byte (`split`)
    // was a third of tagging a claim.
    let mut rest = bytes;
    while let Some(start) = position(rest, |b| b.is_ascii_digit()) {
        let run = &rest[start..];
        let len = run
            .iter()
            .position(|b| !b.is_ascii_digit())
            .unwrap_or(run.len());
        if len == 4 && (run.starts_with(b"19") || run.starts_with(b"20")) {
            return true;
        }
        rest = &run[len..];
    }
    false
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_year_is_a_run_of_four_digits_from_1900_to_2099(
            text in "[0-9a 2019.,-]{0,24}|[0-9]{0,6}( [0-9]{1,5}){0,3}"
        ) {
            // The definition: the text cut at every byte that is not a digit.
            let bytes = text.as_bytes();
            let expected = bytes.split(|b| !b.is_ascii_digit()).any(|run| {
                run.len() == 4 && (run[..2] == *b"19" || run[..2] == *b"20")
            });
            prop_assert_eq!(has_year(bytes), expected, "{:?}", text);
        }
    }

    proptest! {
        #[test]
        fn a_naming_noun_is_found_where_it_stands_as_a_word(
            words in proptest::collection::vec(
                "شركة|الرئيس|رئيس|وزير|ورئيس|رئيسة|x|[ \u{a0}\n،]|وزيرالمالية", 0..8
            )
        ) {
            let text = words.concat();
            let expected = text.split_whitespace().any(|w| NAMING.contains(&w));
            prop_assert_eq!(has_naming_word(&text), expected, "{:?}", text);
        }
    }

    #[test]
    fn years_are_found_where_they_stand() {
        for (text, year) in [
            ("in 2019", true),
            ("2019", true),
            ("1899 and 2100", false),
            ("20190", false),
            ("12019 or 1999.", true),
            ("no digits", false),
            ("19 20 2000x", true),
        ] {
            assert_eq!(has_year(text.as_bytes()), year, "{text}");
        }
    }
}
