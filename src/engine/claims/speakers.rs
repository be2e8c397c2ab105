//! Speakers across the sentences of a paragraph: a pronoun ("he said", "a-t-il dit", "وقال
//! هو") is the last speaker the paragraph named, and the sentences that continue a quotation
//! opened in an earlier one are that quotation's speaker's.

use super::Draft;
use super::attribution::is_pronoun;
use crate::model::ClaimKind;

/// What the sentences read so far in a paragraph say about who is speaking.
#[derive(Debug, Default)]
pub(super) struct Speakers {
    /// The last speaker named.
    last: Option<String>,
    /// The speaker of a quotation opened and not yet closed.
    quoting: Option<String>,
    /// The speaker of the quotation in the sentence just read: a quotation that follows it
    /// at once with no speaker of its own is theirs too ('"…," said Ruiz. "…"').
    quoted: Option<String>,
}

impl Speakers {
    /// A new paragraph: nobody has spoken yet.
    pub fn new_paragraph(&mut self) {
        *self = Speakers::default();
    }

    /// Resolve the speakers of one `sentence`'s `drafts`, then remember them. Returns the
    /// drafts whose speaker was filled in (their kinds and score need the attribution).
    pub fn resolve(&mut self, sentence: &str, drafts: &mut [Draft]) -> Vec<usize> {
        let mut filled = Vec::new();
        let opens_with_quote = sentence.trim_start().starts_with(['"', '“', '«']);
        let continues = self
            .quoting
            .clone()
            .or_else(|| self.quoted.clone().filter(|_| opens_with_quote));
        for (at, draft) in drafts.iter_mut().enumerate() {
            if !draft.checkable {
                continue;
            }
            match &draft.attributed_to {
                Some(name) if is_pronoun(name) => {
                    draft.attributed_to = self.last.clone();
                    if draft.attributed_to.is_some() {
                        filled.push(at);
                    }
                }
                Some(_) => {}
                None => {
                    if let Some(speaker) = &continues {
                        draft.attributed_to = Some(speaker.clone());
                        filled.push(at);
                    }
                }
            }
        }
        let named = drafts.iter().rev().find_map(|d| d.attributed_to.clone());
        if let Some(name) = &named {
            self.last = Some(name.clone());
        }
        let marks = QuotationMarks::of(sentence);
        // A quotation opened here, or a straight mark: one of '"', '“', '«'.
        let has_quotation = marks.opening + marks.straight > 0;
        self.quoted = named.clone().filter(|_| has_quotation);
        self.quoting = match quotation_balance(sentence, &marks) {
            Balance::Opens => named.or(continues),
            Balance::Closes => None,
            // A sentence inside a continued quotation with no quotation marks of its own
            // (the middle of a long quote) keeps it open; one with balanced marks of its
            // own (a new quotation) ends the one before.
            Balance::Even => continues.filter(|_| !has_quotation),
        };
        filled
    }
}

/// The quotation marks of a sentence, counted in one pass over its bytes: most sentences
/// have none, and one look for the bytes that can start a mark tells (counting each mark
/// with a pattern of characters read every sentence five times over).
#[derive(Debug, Default, PartialEq)]
struct QuotationMarks {
    /// '«' and '“'.
    opening: usize,
    /// '»' and '”'.
    closing: usize,
    /// '"'.
    straight: usize,
}

impl QuotationMarks {
    fn of(sentence: &str) -> Self {
        let bytes = sentence.as_bytes();
        let mut marks = QuotationMarks::default();
        // '"' is one byte; '«' and '»' are C2 AB and C2 BB, '“' and '”' E2 80 9C and
        // E2 80 9D. C2 and E2 only ever start a character, so every mark is found.
        for at in memchr::memchr3_iter(b'"', 0xC2, 0xE2, bytes) {
            match &bytes[at..] {
                [b'"', ..] => marks.straight += 1,
                [0xC2, 0xAB, ..] | [0xE2, 0x80, 0x9C, ..] => marks.opening += 1,
                [0xC2, 0xBB, ..] | [0xE2, 0x80, 0x9D, ..] => marks.closing += 1,
                _ => {}
            }
        }
        marks
    }
}

/// Whether a sentence leaves a quotation open, closes one opened before it, or neither.
enum Balance {
    Opens,
    Closes,
    Even,
}

fn quotation_balance(sentence: &str, marks: &QuotationMarks) -> Balance {
    if marks.opening > marks.closing {
        Balance::Opens
    } else if marks.closing > marks.opening {
        Balance::Closes
    } else if marks.straight % 2 == 1 {
        // A lone straight quote: at the start it opens, anywhere else it closes.
        if sentence.trim_start().starts_with('"') {
            Balance::Opens
        } else {
            Balance::Closes
        }
    } else {
        Balance::Even
    }
}

/// The kinds of a claim whose speaker was filled in from the paragraph.
pub(super) fn with_attribution(kinds: &mut super::Kinds) {
    kinds.insert(ClaimKind::Attribution);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotation_marks_are_counted_as_the_characters_are() {
        let sentences = [
            "No marks at all, café «» and “ ” here: « » “",
            "\"We will,\" he said. «Nous», “quoted” — ‘single’ ‹not› „low“ ″",
            "قال «إن العجز تراجع» و\"هذا\" « مفتوح",
            "",
            "\"",
            "é»”“«\"",
        ];
        for sentence in sentences {
            let count = |marks: &[char]| sentence.chars().filter(|c| marks.contains(c)).count();
            let expected = QuotationMarks {
                opening: count(&['«', '“']),
                closing: count(&['»', '”']),
                straight: count(&['"']),
            };
            assert_eq!(QuotationMarks::of(sentence), expected, "{sentence:?}");
        }
    }
}
