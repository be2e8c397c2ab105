//! A set of word-feature buckets that hands them back in increasing order without sorting
//! them. The worthiness model sums a claim's bucket weights in that order (the order makes
//! the rounded score), and sorting each claim's buckets was a third of scoring it.
//!
//! One bit per bucket, and above them one bit per word of bits that holds any: the buckets
//! come back by walking the set bits of the few words that have one, and those bits are
//! cleared on the way, so the set is empty again for the next claim.

/// How many buckets one word of bits holds.
const BITS: usize = u64::BITS as usize;

/// A set of buckets below a fixed bound, read back in increasing order.
pub(crate) struct BucketSet {
    /// One bit per bucket.
    bits: Vec<u64>,
    /// One bit per word of `bits`: whether it holds any bucket.
    used: Vec<u64>,
    /// How many buckets the set holds.
    len: usize,
}

impl BucketSet {
    /// An empty set for buckets below `bound`.
    pub(crate) fn new(bound: usize) -> Self {
        let words = bound.div_ceil(BITS);
        BucketSet {
            bits: vec![0; words],
            used: vec![0; words.div_ceil(BITS)],
            len: 0,
        }
    }

    /// Adds `bucket` (below the set's bound); a bucket already in the set counts once.
    pub(crate) fn insert(&mut self, bucket: u32) {
        let bucket = bucket as usize;
        let (word, bit) = (bucket / BITS, 1u64 << (bucket % BITS));
        let Some(bits) = self.bits.get_mut(word) else {
            return;
        };
        // Without a branch on whether the bucket is new: which it is cannot be foreseen,
        // and each wrong guess cost more than the two writes.
        self.len += usize::from(*bits & bit == 0);
        *bits |= bit;
        self.used[word / BITS] |= 1 << (word % BITS);
    }

    /// How many different buckets the set holds.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Calls `each` with every bucket of the set in increasing order, and empties the set.
    pub(crate) fn drain_in_order(&mut self, mut each: impl FnMut(u32)) {
        for (high, used) in self.used.iter_mut().enumerate() {
            let mut words = std::mem::take(used);
            while words != 0 {
                let word = high * BITS + words.trailing_zeros() as usize;
                words &= words - 1;
                let mut bits = std::mem::take(&mut self.bits[word]);
                while bits != 0 {
                    each((word * BITS + bits.trailing_zeros() as usize) as u32);
                    bits &= bits - 1;
                }
            }
        }
        self.len = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn buckets_come_back_sorted_once_each_and_the_set_empties(
            rounds in proptest::collection::vec(
                proptest::collection::vec(0u32..70_000, 0..120), 1..4),
        ) {
            let mut set = BucketSet::new(1 << 16);
            for buckets in rounds {
                let mut expected: Vec<u32> =
                    buckets.iter().copied().filter(|&b| b < 1 << 16).collect();
                expected.sort_unstable();
                expected.dedup();
                for &b in &buckets {
                    set.insert(b);
                }
                prop_assert_eq!(set.len(), expected.len());
                let mut drained = Vec::new();
                set.drain_in_order(|b| drained.push(b));
                prop_assert_eq!(drained, expected);
                prop_assert_eq!(set.len(), 0);
            }
        }
    }
}
