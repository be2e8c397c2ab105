//! The claim engine's longer word lists, each looked up at once instead of compared entry
//! by entry: every word around every attribution cue is asked about several lists (stop
//! words, kinds of source, documents …), each clause's words the function words, and
//! comparing each entry in turn was a twentieth of reading an Arabic article.

use super::attribution_words::{
    DESCRIPTORS, DOCUMENTS, LATIN_TITLES, NEVER_NAMES, ORGANISATION_HEADS, PRONOUNS, STOP_WORDS,
};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// A list of words asked about as [`super::names::listed`] asks, ignoring ASCII case.
pub(super) struct WordSet {
    /// The entries, ASCII lower case.
    words: FxHashSet<String>,
    /// The longest entry's length in bytes: a longer word is in no list.
    longest: usize,
}

/// How long a word may be to be lower-cased on the stack (every entry is shorter).
const ON_THE_STACK: usize = 64;

impl WordSet {
    fn new(list: &[&str]) -> Self {
        WordSet {
            words: list
                .iter()
                .map(|entry| entry.to_ascii_lowercase())
                .collect(),
            longest: list.iter().map(|entry| entry.len()).max().unwrap_or(0),
        }
    }

    /// Whether `word` is one of the list's entries, ignoring ASCII case.
    pub(super) fn contains(&self, word: &str) -> bool {
        if word.len() > self.longest {
            return false;
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.words.contains(word);
        }
        if word.len() > ON_THE_STACK {
            return self.words.contains(&word.to_ascii_lowercase());
        }
        let mut lower = [0u8; ON_THE_STACK];
        let lower = &mut lower[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII case changed in place leaves UTF-8 valid.
        std::str::from_utf8(lower).is_ok_and(|lower| self.words.contains(lower))
    }
}

/// Each list, built the first time it is asked about.
pub(super) static STOP_WORD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(STOP_WORDS));
pub(super) static DESCRIPTOR_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(DESCRIPTORS));
pub(super) static DOCUMENT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(DOCUMENTS));
pub(super) static NEVER_NAME_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NEVER_NAMES));
pub(super) static PRONOUN_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PRONOUNS));
pub(super) static LATIN_TITLE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(LATIN_TITLES));
pub(super) static ORGANISATION_HEAD_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(ORGANISATION_HEADS));
pub(super) static FUNCTION_WORD_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(super::split::FUNCTION_WORDS));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::claims::names::listed;

    #[test]
    fn a_set_answers_as_its_list_compared_entry_by_entry() {
        let lists: [(&[&str], &WordSet); 8] = [
            (super::super::split::FUNCTION_WORDS, &FUNCTION_WORD_SET),
            (STOP_WORDS, &STOP_WORD_SET),
            (DESCRIPTORS, &DESCRIPTOR_SET),
            (DOCUMENTS, &DOCUMENT_SET),
            (NEVER_NAMES, &NEVER_NAME_SET),
            (PRONOUNS, &PRONOUN_SET),
            (LATIN_TITLES, &LATIN_TITLE_SET),
            (ORGANISATION_HEADS, &ORGANISATION_HEAD_SET),
        ];
        let others = [
            "",
            "The",
            "THE",
            "Said",
            "Minister",
            "وزير",
            "الوزير",
            "Ministry",
            "x".repeat(70).leak(),
            "É",
            "él",
            "Reuters",
            "U.S.",
            "he",
            "HE",
            "Elle",
            "هو",
        ];
        for (list, set) in lists {
            let entries = list.iter().copied();
            let upper = list.iter().map(|e| &*e.to_ascii_uppercase().leak());
            let capital = list.iter().map(|e| {
                let mut c = e.to_string();
                if let Some(first) = c.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                &*c.leak()
            });
            for word in entries.chain(upper).chain(capital).chain(others) {
                assert_eq!(set.contains(word), listed(list, word), "{word:?}");
            }
        }
    }
}
