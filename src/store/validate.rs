//! Checks that a parsed review is consistent: every span inside the text and on char
//! boundaries, every quote matching its span, ids unique. Files come from strangers.

use crate::model::{Article, Review, Span, sha256_hex};
use std::collections::HashSet;

/// The first inconsistency found in a review.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    /// The stored hash does not match the article text.
    #[error("the article text does not match its SHA-256 (the file was edited or damaged)")]
    TextHashMismatch,
    /// A sentence span lies outside the text or cuts a character.
    #[error("sentence {index} has an invalid range {start}..{end}")]
    BadSentenceSpan {
        /// Sentence index.
        index: usize,
        /// First byte.
        start: usize,
        /// One past the last byte.
        end: usize,
    },
    /// A claim span lies outside the text or cuts a character.
    #[error(
        "claim {id} has an invalid range {start}..{end} (outside the text or inside a character)"
    )]
    BadClaimSpan {
        /// Claim id.
        id: u32,
        /// First byte.
        start: usize,
        /// One past the last byte.
        end: usize,
    },
    /// A claim's quote differs from the text its span covers.
    #[error("claim {id}'s quote does not match the article text at its range")]
    QuoteMismatch {
        /// Claim id.
        id: u32,
    },
    /// A claim names a sentence that does not exist.
    #[error("claim {id} refers to sentence {sentence}, but the article has {count}")]
    BadSentenceIndex {
        /// Claim id.
        id: u32,
        /// The index it names.
        sentence: usize,
        /// How many sentences there are.
        count: usize,
    },
    /// Two claims share an id.
    #[error("claim id {0} is used twice")]
    DuplicateId(u32),
    /// A claim id is not below `next_claim_id` (so it could be handed out again), or is 0.
    #[error("claim id {id} is out of sequence (next id is {next})")]
    IdOutOfSequence {
        /// Claim id.
        id: u32,
        /// The review's next id.
        next: u32,
    },
    /// A worthiness score outside 0..=1.
    #[error("claim {id} has a check-worthiness outside 0..1")]
    BadWorthiness {
        /// Claim id.
        id: u32,
    },
    /// An orphan (a claim that lost its place in a corrected article) without the words
    /// that placing it again needs.
    #[error("orphan claim {id} has no words to place it by")]
    EmptyOrphan {
        /// Claim id.
        id: u32,
    },
}

/// The claim ids met so far: a bit per id below the review's `next_claim_id` when that is
/// not far above the number of claims (a review's ids are dense), else a hash set, so that
/// a file's `next_claim_id` cannot make it large. (Hashing 400 000 ids was a tenth of
/// checking a long review.)
enum SeenIds {
    Bits(Vec<u64>),
    Set(HashSet<u32>),
}

impl SeenIds {
    fn new(next_claim_id: u32, ids: usize) -> Self {
        let next = next_claim_id as usize;
        if next <= ids.saturating_mul(64).max(1 << 16) {
            SeenIds::Bits(vec![0; next.div_ceil(64)])
        } else {
            SeenIds::Set(HashSet::with_capacity(ids))
        }
    }

    /// Adds `id`; false when it was met before. An id past the bits (which end at
    /// `next_claim_id` rounded up to 64) is not kept: the caller refuses every id at or
    /// past `next_claim_id` the first time it meets it.
    fn insert(&mut self, id: u32) -> bool {
        match self {
            SeenIds::Bits(bits) => {
                let bit = 1u64 << (id % 64);
                match bits.get_mut((id / 64) as usize) {
                    Some(word) => {
                        let new = *word & bit == 0;
                        *word |= bit;
                        new
                    }
                    None => true,
                }
            }
            SeenIds::Set(set) => set.insert(id),
        }
    }
}

/// Check `review` for consistency; the first problem found is returned.
pub fn validate(review: &Review) -> Result<(), ValidationError> {
    let text = &review.article.text;
    let hash_matches = || sha256_hex(text) == review.article.sha256;
    // A long text is hashed beside the other checks (10 MB took 25 ms on one core).
    let (matches, rest) = if text.len() >= HASH_APART {
        rayon::join(hash_matches, || validate_spans_and_ids(review))
    } else {
        (hash_matches(), validate_spans_and_ids(review))
    };
    if !matches {
        return Err(ValidationError::TextHashMismatch);
    }
    rest
}

/// Texts at least this long are hashed on a thread of their own.
const HASH_APART: usize = 1024 * 1024;

/// Whether every sentence of `article` lies in its text, on character boundaries: what
/// the engine needs before it reads them.
pub(super) fn check_sentences(article: &Article) -> Result<(), ValidationError> {
    let text = &article.text;
    for (index, span) in article.sentences.iter().enumerate() {
        if !span.fits(text) {
            return Err(ValidationError::BadSentenceSpan {
                index,
                start: span.start,
                end: span.end,
            });
        }
    }
    Ok(())
}

/// Everything [`validate`] checks but the text's hash.
fn validate_spans_and_ids(review: &Review) -> Result<(), ValidationError> {
    check_sentences(&review.article)?;
    let text = &review.article.text;
    // Claims and orphans share one sequence of ids: an orphan attached again keeps its id.
    let mut seen = SeenIds::new(
        review.next_claim_id,
        review.claims.len() + review.orphans.len(),
    );
    let mut check_id = |id: u32| {
        if !seen.insert(id) {
            return Err(ValidationError::DuplicateId(id));
        }
        if id == 0 || id >= review.next_claim_id {
            return Err(ValidationError::IdOutOfSequence {
                id,
                next: review.next_claim_id,
            });
        }
        Ok(())
    };
    for orphan in &review.orphans {
        let id = orphan.id.0;
        check_id(id)?;
        if orphan.quote.exact.is_empty() {
            return Err(ValidationError::EmptyOrphan { id });
        }
        if !(0.0..=1.0).contains(&orphan.worthiness) {
            return Err(ValidationError::BadWorthiness { id });
        }
    }
    for claim in &review.claims {
        let id = claim.id.0;
        check_id(id)?;
        let sentences = review.article.sentences.len();
        check_placed(
            text,
            sentences,
            id,
            claim.span,
            claim.sentence,
            claim.worthiness,
        )?;
        // A current file leaves the words out (they follow from the span); an older one
        // that has them must agree with the text.
        if !claim.quote.exact.is_empty()
            && text[claim.span.start..claim.span.end] != claim.quote.exact
        {
            return Err(ValidationError::QuoteMismatch { id });
        }
    }
    Ok(())
}

/// Checks the claim `id` placed at `span` of `text`, in sentence `sentence` of `sentences`,
/// worth checking `worthiness`: its span fits the text, its sentence exists, its
/// worthiness is between 0 and 1.
pub(super) fn check_placed(
    text: &str,
    sentences: usize,
    id: u32,
    span: Span,
    sentence: usize,
    worthiness: f32,
) -> Result<(), ValidationError> {
    if !span.fits(text) {
        return Err(ValidationError::BadClaimSpan {
            id,
            start: span.start,
            end: span.end,
        });
    }
    if sentence >= sentences.max(1) {
        return Err(ValidationError::BadSentenceIndex {
            id,
            sentence,
            count: sentences,
        });
    }
    if !(0.0..=1.0).contains(&worthiness) {
        return Err(ValidationError::BadWorthiness { id });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_hash_is_reported_first_whether_hashed_apart_or_not() {
        for len in [100, HASH_APART + 1] {
            let text = "Prices rose 4%. ".repeat(len / 16 + 1);
            let article = crate::import::article_from_text(text, "UTF-8", "t");
            let mut review = crate::review_from_article(article);
            assert_eq!(validate(&review), Ok(()));
            review.claims[0].span = Span::new(0, usize::MAX);
            assert!(matches!(
                validate(&review),
                Err(ValidationError::BadClaimSpan { .. })
            ));
            review.article.sha256 = sha256_hex("another text");
            assert_eq!(validate(&review), Err(ValidationError::TextHashMismatch));
        }
    }

    #[test]
    fn ids_are_met_once_whether_kept_as_bits_or_in_a_set() {
        // Dense ids: bits. A next id far past the claims (a hostile file): a set, small.
        for (next, ids) in [(200u32, 150usize), (u32::MAX, 3)] {
            let mut seen = SeenIds::new(next, ids);
            assert_eq!(matches!(seen, SeenIds::Bits(_)), next == 200);
            for id in [1, 63, 64, 65, 127, 128, 199] {
                assert!(seen.insert(id), "{id} first");
                assert!(!seen.insert(id), "{id} again");
            }
            assert!(seen.insert(0) && !seen.insert(0));
        }
        // Past the bits (ids 0 to 127 for a next id of 100): not kept.
        let mut seen = SeenIds::new(100, 99);
        let SeenIds::Bits(bits) = &seen else {
            panic!("dense ids are kept as bits");
        };
        assert_eq!(bits.len(), 2);
        assert!(seen.insert(127) && !seen.insert(127));
        assert!(seen.insert(128) && seen.insert(128));
        assert!(seen.insert(u32::MAX) && seen.insert(u32::MAX));
    }

    #[test]
    fn ids_past_the_next_one_and_twice_are_refused_whether_kept_as_bits_or_in_a_set() {
        let article = crate::import::article_from_text(
            "Rates rose 3% in May. Prices fell 2% in June. Banks lent more.".into(),
            "UTF-8",
            "t",
        );
        let review = crate::review_from_article(article);
        assert!(review.claims.len() >= 3);
        assert_eq!(validate(&review), Ok(()));
        let last = review.claims.len() - 1;
        // Dense ids (bits): the next id itself, one in its last word of bits, and zero.
        for id in [review.next_claim_id, review.next_claim_id + 1, 0] {
            let mut bad = review.clone();
            bad.claims[last].id.0 = id;
            assert!(
                matches!(validate(&bad), Err(ValidationError::IdOutOfSequence { .. })),
                "{id}"
            );
        }
        for next in [review.next_claim_id, u32::MAX] {
            let mut twice = review.clone();
            twice.next_claim_id = next;
            twice.claims[last].id = twice.claims[0].id;
            assert!(matches!(
                validate(&twice),
                Err(ValidationError::DuplicateId(_))
            ));
        }
    }
}
