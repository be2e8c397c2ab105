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
        let has_quotation = sentence.contains(['"', '“', '«']);
        self.quoted = named.clone().filter(|_| has_quotation);
        self.quoting = match quotation_balance(sentence) {
            Balance::Opens => named.or(continues),
            Balance::Closes => None,
            Balance::Even => continues.filter(|_| !closes_nothing(sentence)),
        };
        filled
    }
}

/// Whether a sentence leaves a quotation open, closes one opened before it, or neither.
enum Balance {
    Opens,
    Closes,
    Even,
}

fn quotation_balance(sentence: &str) -> Balance {
    let opened = sentence.matches(['«', '“']).count();
    let closed = sentence.matches(['»', '”']).count();
    let straight = sentence.matches('"').count();
    if opened > closed {
        Balance::Opens
    } else if closed > opened {
        Balance::Closes
    } else if straight % 2 == 1 {
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

/// A sentence inside a continued quotation with no quotation marks of its own (the middle
/// of a long quote) keeps it open; one with balanced marks of its own (a new quotation) ends
/// the one before.
fn closes_nothing(sentence: &str) -> bool {
    sentence.contains(['«', '“', '"'])
}

/// The kinds of a claim whose speaker was filled in from the paragraph.
pub(super) fn with_attribution(kinds: &mut Vec<ClaimKind>) {
    if !kinds.contains(&ClaimKind::Attribution) {
        kinds.push(ClaimKind::Attribution);
        kinds.sort();
    }
}
