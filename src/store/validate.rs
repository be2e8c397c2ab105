//! Checks that a parsed review is consistent: every span inside the text and on char
//! boundaries, every quote matching its span, ids unique. Files come from strangers.

use crate::model::{Review, Span, sha256_hex};
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

/// Check `review` for consistency; the first problem found is returned.
pub fn validate(review: &Review) -> Result<(), ValidationError> {
    let text = &review.article.text;
    if sha256_hex(text) != review.article.sha256 {
        return Err(ValidationError::TextHashMismatch);
    }
    for (index, span) in review.article.sentences.iter().enumerate() {
        if !span.fits(text) {
            return Err(ValidationError::BadSentenceSpan {
                index,
                start: span.start,
                end: span.end,
            });
        }
    }
    // Claims and orphans share one sequence of ids: an orphan attached again keeps its id.
    let mut seen = HashSet::with_capacity(review.claims.len() + review.orphans.len());
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
        check_claim_span(text, id, claim.span)?;
        // A current file leaves the words out (they follow from the span); an older one
        // that has them must agree with the text.
        if !claim.quote.exact.is_empty()
            && text[claim.span.start..claim.span.end] != claim.quote.exact
        {
            return Err(ValidationError::QuoteMismatch { id });
        }
        let count = review.article.sentences.len();
        if claim.sentence >= count.max(1) {
            return Err(ValidationError::BadSentenceIndex {
                id,
                sentence: claim.sentence,
                count,
            });
        }
        if !(0.0..=1.0).contains(&claim.worthiness) {
            return Err(ValidationError::BadWorthiness { id });
        }
    }
    Ok(())
}

fn check_claim_span(text: &str, id: u32, span: Span) -> Result<(), ValidationError> {
    if span.fits(text) {
        Ok(())
    } else {
        Err(ValidationError::BadClaimSpan {
            id,
            start: span.start,
            end: span.end,
        })
    }
}
