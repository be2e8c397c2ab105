//! A new review written straight from the claims the engine found in its article, without
//! making the review's claims: each would copy its words and list its kinds, and for the
//! 318 000 claims of a 10 MB article that memory was a third of `sanad new` (on a virtual
//! machine, fresh memory is the dearest thing a command touches). The file is the one
//! [`super::save_valid`] writes of the review [`crate::review_from_article`] makes of the
//! same article: the tests compare them byte for byte.

use super::encode::{ClaimItems, ron_text, write_claim_by_ron};
use super::{MAX_FILE_BYTES, SaveError, claim_text, validate};
use crate::engine::FoundClaim;
use crate::model::{Article, ClaimId, Review};
use std::ops::Range;
use std::path::Path;

/// Write a new review of `article` to `path` crash-safely, its claims those the engine
/// found in it (`found`: [`crate::engine::find_claim_runs`]'s runs, in order), numbered
/// from 1. The review is checked while it is written, as [`super::save_valid`] checks
/// one, and an invalid one replaces nothing; without the `.bak` copy when `backup` is
/// false. Returns the review without its claims.
pub fn save_new(
    article: Article,
    found: &[Vec<FoundClaim>],
    path: &Path,
    backup: bool,
) -> Result<Review, SaveError> {
    let mut review = Review::new(article, Vec::new());
    let claims = Found::new(&review.article, found);
    review.next_claim_id = claims.next_id();
    // A short list is written by RON on one thread, checked whole first.
    let whole = || {
        let whole = claims.with_review(&review);
        validate::validate(&whole).map_err(SaveError::Invalid)?;
        ron_text(&whole)
    };
    super::save_validating(&review, path, backup, |temp| {
        super::write_listing_within(&review, &claims, whole, MAX_FILE_BYTES, temp)
    })?;
    Ok(review)
}

/// The claims the engine found in an article, in the runs it found them in, as the claims
/// of a new review of it: the claim at index `i` across the runs is numbered `i + 1`.
struct Found<'a> {
    runs: &'a [Vec<FoundClaim>],
    /// The index of each run's first claim, and after them the number of claims.
    starts: Vec<usize>,
    text: &'a str,
    sentences: usize,
}

impl<'a> Found<'a> {
    fn new(article: &'a Article, runs: &'a [Vec<FoundClaim>]) -> Self {
        let mut starts = Vec::with_capacity(runs.len() + 1);
        let mut count = 0;
        starts.push(0);
        for run in runs {
            count += run.len();
            starts.push(count);
        }
        Found {
            runs,
            starts,
            text: &article.text,
            sentences: article.sentences.len(),
        }
    }

    /// The number the review hands out next: one past its last claim's.
    fn next_id(&self) -> u32 {
        id_at(self.count())
    }

    /// `review` (without claims) with these as its claims: the review the file holds.
    fn with_review(&self, review: &Review) -> Review {
        let mut whole = review.clone();
        whole.claims = (self.runs.iter().flatten().enumerate())
            .map(|(at, found)| found.clone().into_claim(ClaimId(id_at(at)), self.text))
            .collect();
        whole
    }

    /// Checks the claim numbered `id` as [`validate`] checks a review's claims.
    fn check(&self, id: u32, found: &FoundClaim) -> Result<(), SaveError> {
        let next = self.next_id();
        if id >= next {
            let error = validate::ValidationError::IdOutOfSequence { id, next };
            return Err(SaveError::Invalid(error));
        }
        let (span, sentence) = (found.span, found.sentence);
        validate::check_placed(
            self.text,
            self.sentences,
            id,
            span,
            sentence,
            found.worthiness,
        )
        .map_err(SaveError::Invalid)
    }
}

/// The number of the claim at index `at` (from 0): past `u32`, the largest (which is then
/// refused as out of sequence).
fn id_at(at: usize) -> u32 {
    u32::try_from(at + 1).unwrap_or(u32::MAX)
}

impl ClaimItems for Found<'_> {
    fn count(&self) -> usize {
        self.starts.last().copied().unwrap_or(0)
    }

    fn write_items(&self, range: Range<usize>, text: &mut String) -> Result<bool, SaveError> {
        // The last run starting at or before the range: the one holding its first claim.
        let mut run = self
            .starts
            .partition_point(|&s| s <= range.start)
            .saturating_sub(1);
        // More room than they take, so that writing never moves the buffer.
        text.reserve(range.len() * 512);
        for at in range {
            while self.starts.get(run + 1).is_some_and(|&next| at >= next) {
                run += 1;
            }
            let Some(found) = self
                .runs
                .get(run)
                .and_then(|r| r.get(at - self.starts[run]))
            else {
                return Ok(false);
            };
            let id = id_at(at);
            self.check(id, found)?;
            if !claim_text::write_found(text, id, found) {
                let claim = found.clone().into_claim(ClaimId(id), self.text);
                if !write_claim_by_ron(text, &claim)? {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::find_claims;
    use crate::import::article_from_text;
    use crate::store::ValidationError;

    /// An article whose claims are of every shape the file has: attributed ones (one to a
    /// name RON writes raw), questions, page furniture, Arabic, figures.
    fn article() -> Article {
        let text = "Key figures:\n\
            \"We will,\" said Ana Ruiz. Prices rose 4% in May 2024, the bank said.\n\
            Will rates fall? Read more\n\
            قال وزير المالية محمد معيط إن العجز تراجع إلى 6%.\n\
            According to C:\\Users\\\"Bob\", sales fell.\n"
            .repeat(40);
        article_from_text(text, "UTF-8", "t")
    }

    /// The claims of `article` cut into runs of uneven lengths, some empty.
    fn in_runs(article: &Article) -> Vec<Vec<FoundClaim>> {
        let mut claims = find_claims(article).into_iter();
        let mut runs = vec![Vec::new()];
        for len in [1, 0, 7, 0, 0, 30, 2].into_iter().cycle() {
            let run: Vec<FoundClaim> = claims.by_ref().take(len).collect();
            if run.is_empty() && len > 0 {
                break;
            }
            runs.push(run);
        }
        runs.push(Vec::new());
        runs
    }

    /// The file `save_valid` writes of the review made the old way, with `made`'s times.
    fn expected_file(article: &Article, made: &Review) -> String {
        let mut review = crate::review_from_article(article.clone());
        review.created = made.created;
        review.modified = made.modified;
        super::super::to_ron(&review).unwrap()
    }

    #[test]
    fn a_new_review_is_the_file_of_the_review_made_of_its_claims_in_any_runs() {
        let article = article();
        let runs = in_runs(&article);
        let mut review = Review::new(article.clone(), Vec::new());
        let claims = Found::new(&article, &runs);
        review.next_claim_id = claims.next_id();
        assert!(claims.count() > 200);
        let unplain = (claims.runs.iter().flatten()).filter(|f| {
            let mut text = String::new();
            !claim_text::write_found(&mut text, 1, f)
        });
        assert!(unplain.count() >= 40, "some claims are left to RON");
        let expected = expected_file(&article, &review);
        let whole = || ron_text(&claims.with_review(&review));
        for threads in 1..4 {
            for at_a_time in [1, 3, 50, 10_000] {
                let mut text = String::new();
                super::super::encode::write_listing_on(
                    &review, &claims, whole, threads, at_a_time, &mut text,
                )
                .unwrap();
                assert!(text == expected, "{threads} threads, {at_a_time} at a time");
            }
        }
        // A claim past the text is refused as the writing reaches it.
        let mut broken = runs.clone();
        broken[3][2].span.start = article.text.len() + 1;
        let claims = Found::new(&article, &broken);
        let whole = || unreachable!("a long list is not written whole");
        let mut text = String::new();
        let err = super::super::encode::write_listing_on(&review, &claims, whole, 2, 5, &mut text)
            .unwrap_err();
        assert!(
            matches!(
                err,
                SaveError::Invalid(ValidationError::BadClaimSpan { id: 4, .. })
            ),
            "{err}"
        );
    }

    #[test]
    fn a_new_review_is_saved_and_read_back_and_an_invalid_one_replaces_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.sanad");
        let article = article();
        let runs = in_runs(&article);
        let review = save_new(article.clone(), &runs, &path, true).unwrap();
        assert!(review.claims.is_empty());
        let written = std::fs::read_to_string(&path).unwrap();
        assert_eq!(written, expected_file(&article, &review));
        let loaded = super::super::load(&path).unwrap();
        assert_eq!(
            loaded.claims.len(),
            runs.iter().map(Vec::len).sum::<usize>()
        );

        let mut broken = runs.clone();
        let last = broken.iter_mut().rev().find(|r| !r.is_empty()).unwrap();
        last[0].span.end = article.text.len() + 1;
        let err = save_new(article.clone(), &broken, &path, true).unwrap_err();
        assert!(matches!(err, SaveError::Invalid(_)), "{err}");
        broken = runs.clone();
        broken[1][0].sentence = article.sentences.len();
        let err = save_new(article, &broken, &path, true).unwrap_err();
        assert!(matches!(err, SaveError::Invalid(_)), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
        let files = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(
            files, 1,
            "no backup or temporary file left by a refused save"
        );
    }

    #[test]
    fn a_found_claim_is_written_as_the_claim_made_of_it() {
        let article = article();
        for (at, found) in find_claims(&article).into_iter().enumerate() {
            let id = at as u32 + 1;
            let claim = found.clone().into_claim(ClaimId(id), &article.text);
            let (mut straight, mut made) = (String::new(), String::new());
            let written = claim_text::write_found(&mut straight, id, &found);
            assert_eq!(written, claim_text::write_claim(&mut made, &claim));
            assert_eq!(straight, made);
        }
    }
}
