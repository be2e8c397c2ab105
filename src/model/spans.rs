//! Overlapping and nested claims.
//!
//! Claims may overlap: a reviewer makes a claim of a part of another ("claim from
//! selection"), and a merge brings both sides' claims. Each claim keeps its own span, and
//! the review's claims stay in text order (by start, then end). Where claims overlap, every
//! view shows the text once: each stretch of text belongs to all the claims that cover it,
//! and the *innermost* of them (the one that starts last; of those, the one that ends first)
//! is the one whose colour it shows and the one a click on it selects. Exports list every
//! claim on its own.
//!
//! Because a claim can end before an earlier, longer one does, claims in text order are not
//! in order of their ends: a binary search on ends is wrong. [`ReachIndex`] keeps, for each
//! position in the list, the furthest end reached so far, which is in order.

use super::Claim;
use std::ops::Range;

/// For claims in text order, the furthest end reached by each claim and all those before it.
#[derive(Debug, Clone, Default)]
pub struct ReachIndex {
    reach: Vec<usize>,
}

impl ReachIndex {
    /// The index of `claims`, which must be in text order (by start).
    pub fn new(claims: &[Claim]) -> Self {
        let mut index = ReachIndex::default();
        index.rebuild(claims);
        index
    }

    /// Build the index again for `claims`, reusing its memory.
    pub fn rebuild(&mut self, claims: &[Claim]) {
        self.reach.clear();
        let mut furthest = 0;
        self.reach.extend(claims.iter().map(|c| {
            furthest = furthest.max(c.span.end);
            furthest
        }));
    }

    /// The indices of the claims of `claims` (the list this index was built from) that share
    /// at least one byte with `range`, in text order.
    pub fn overlapping<'a>(
        &'a self,
        claims: &'a [Claim],
        range: Range<usize>,
    ) -> impl Iterator<Item = usize> + 'a {
        // Before `first`, no claim reaches past the start of the range.
        let first = self.reach.partition_point(|&end| end <= range.start);
        let last =
            first + claims[first.min(claims.len())..].partition_point(|c| c.span.start < range.end);
        (first..last.min(claims.len())).filter(move |&i| claims[i].span.end > range.start)
    }
}

/// The innermost claim that holds the byte at `offset`: the one that starts last, and of
/// those the one that ends first.
pub fn claim_at(claims: &[Claim], offset: usize) -> Option<&Claim> {
    claims
        .iter()
        .filter(|c| c.span.start <= offset && offset < c.span.end)
        .max_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimId, Span};
    use proptest::prelude::*;

    fn claims(spans: &[(usize, usize)]) -> Vec<Claim> {
        let text = "x".repeat(200);
        let mut claims: Vec<Claim> = spans
            .iter()
            .enumerate()
            .map(|(i, &(a, b))| Claim::new(ClaimId(i as u32 + 1), &text, Span::new(a, b), 0))
            .collect();
        claims.sort_by_key(|c| c.span);
        claims
    }

    #[test]
    fn a_claim_nested_in_another_is_the_one_at_its_words() {
        let list = claims(&[(0, 100), (10, 20), (15, 18), (50, 120)]);
        assert_eq!(claim_at(&list, 5).unwrap().span, Span::new(0, 100));
        assert_eq!(claim_at(&list, 12).unwrap().span, Span::new(10, 20));
        assert_eq!(claim_at(&list, 16).unwrap().span, Span::new(15, 18));
        assert_eq!(claim_at(&list, 60).unwrap().span, Span::new(50, 120));
        assert!(claim_at(&list, 150).is_none());
        let index = ReachIndex::new(&list);
        let found: Vec<Span> = index
            .overlapping(&list, 30..40)
            .map(|i| list[i].span)
            .collect();
        assert_eq!(
            found,
            [Span::new(0, 100)],
            "the long claim, not the short ones before 30"
        );
    }

    proptest! {
        #[test]
        fn overlapping_finds_exactly_the_claims_a_scan_finds(
            spans in proptest::collection::vec((0usize..150, 0usize..50), 0..40),
            range in (0usize..200, 0usize..60),
        ) {
            let spans: Vec<(usize, usize)> = spans.iter().map(|&(a, len)| (a, a + len)).collect();
            let list = claims(&spans);
            let range = range.0..range.0 + range.1;
            let index = ReachIndex::new(&list);
            let fast: Vec<usize> = index.overlapping(&list, range.clone()).collect();
            let slow: Vec<usize> = (0..list.len())
                .filter(|&i| list[i].span.start < range.end && list[i].span.end > range.start)
                .collect();
            prop_assert_eq!(fast, slow);
        }
    }
}
