//! A new review written straight from the claims the engine found in its article, without
//! making the review's claims: each would copy its words and list its kinds, and for the
//! 318 000 claims of a 10 MB article that memory was a third of `sanad new` (on a virtual
//! machine, fresh memory is the dearest thing a command touches). The file is the one
//! [`super::save_valid`] writes of the review [`crate::review_from_article`] makes of the
//! same article: the tests compare them byte for byte.

use super::atomic::TempFile;
use super::encode::{self, ClaimItems, ClaimRuns, Stop, ron_text, write_claim_by_ron};
use super::{Limited, MAX_FILE_BYTES, SaveError, claim_text, validate};
use crate::engine::FoundClaim;
use crate::model::{Article, ClaimId, Review};
use std::ops::Range;
use std::path::Path;

/// Write a new review of `article` to `path` crash-safely, its claims those the engine
/// found in it (`found`: [`crate::engine::find_claim_runs`]'s runs, in order), numbered
/// from 1. The review is checked while it is written, as [`super::save_valid`] checks
/// one, and an invalid one replaces nothing; without the `.bak` copy when `backup` is
/// false. Returns the review without its claims.
fn save_new(
    article: Article,
    found: &[Vec<FoundClaim>],
    path: &Path,
    backup: bool,
) -> Result<Review, SaveError> {
    let mut review = Review::new(article, Vec::new());
    review.next_claim_id = Found::new(&review.article, found).next_id();
    super::save_validating(&review, path, backup, |temp| {
        write_found(&review, found, temp)
    })?;
    Ok(review)
}

/// Write a new review of `article` to `path` crash-safely, its claims those the engine
/// finds in it, numbered from 1. The review is checked while it is written, as
/// [`super::save_valid`] checks one, and an invalid one replaces nothing; without the
/// `.bak` copy when `backup` is false. A long article's claims are found as the file is
/// written: the head of the file (most of it the article) and each run's claims are
/// written while the engine finds the next runs', where finding them all first left the
/// cores idle while the calling thread copied 83 MB into the file. Returns the review without its claims, and how many claims
/// it holds.
///
/// The head holds the next claim number, known only at the end: it is written as guessed
/// from a sample of the sentences, and put right in place once the claims are counted.
/// When the count has another number of digits (the article's claims a sentence differ
/// from the sample's across a power of ten), the claims are found again and the file
/// written again: each run's claims are dropped once written, so that the next run's use
/// the same memory (fresh memory is the dearest thing a command touches).
pub fn find_and_save_new(
    article: Article,
    path: &Path,
    backup: bool,
) -> Result<(Review, usize), SaveError> {
    // The engine reads the sentences: a hand-made article's are checked first.
    validate::check_sentences(&article).map_err(SaveError::Invalid)?;
    let runs = crate::engine::sentence_runs(&article, SENTENCES_AT_A_TIME);
    if !written_as_found(&article, &runs) {
        let found = crate::engine::find_claim_runs(&article);
        let review = save_new(article, &found, path, backup)?;
        return Ok((review, found.iter().map(Vec::len).sum()));
    }
    let guess = guess_next_id(&article);
    save_as_found(article, runs, path, backup, guess)
}

/// Whether a new review of `article` is written as its claims are found in `runs`: not a
/// short one, which RON writes on one thread once the claims are known, nor one with a
/// run too long to be a chunk of the file. A run never cuts a paragraph, and one of
/// three million sentences ("A. A. A." with no line break) would be written whole into
/// memory before the size limit could refuse it; found first, its claims are written a
/// few megabytes at a time, and the size is refused before any is written.
fn written_as_found(article: &Article, runs: &[Range<usize>]) -> bool {
    article.sentences.len() >= encode::MIN_CLAIMS && runs.iter().all(|run| run.len() <= LONGEST_RUN)
}

/// The most sentences a run of [`find_and_save_new`] may hold: four times what it asks
/// for.
const LONGEST_RUN: usize = 4 * SENTENCES_AT_A_TIME;

/// The next claim number of a new review of `article`, guessed before its claims are
/// found: its sentences times the claims a sentence of a sample of them holds. The
/// sample is [`SAMPLES`] windows of [`SAMPLE_SENTENCES`] sentences spread over the
/// article, a millisecond's work where finding every claim takes a few hundred. (The
/// sentence count alone was a digit short for an article of two claims a sentence.) A
/// window need not start a paragraph: only its count is used.
fn guess_next_id(article: &Article) -> u32 {
    let sentences = article.sentences.len();
    let window = SAMPLE_SENTENCES.min(sentences);
    let (mut sampled, mut claims) = (0usize, 0usize);
    for k in 0..SAMPLES {
        let start = (sentences - window) * k / (SAMPLES - 1).max(1);
        crate::engine::claims_in_run(article, start..start + window, |_| claims += 1);
        sampled += window;
    }
    let per_sentence = match sampled {
        0 => 1.0,
        _ => claims as f64 / sampled as f64,
    };
    // `as` saturates: a huge guess is refused later, as an out-of-sequence number.
    id_at((sentences as f64 * per_sentence).round() as usize)
}

/// How many windows of sentences [`guess_next_id`] samples.
const SAMPLES: usize = 8;

/// How many sentences each window of [`guess_next_id`]'s sample holds.
const SAMPLE_SENTENCES: usize = 256;

/// [`find_and_save_new`] of a long article, the claims found in `runs` of its sentences
/// ([`crate::engine::sentence_runs`]), the next claim number first written as `guess`.
fn save_as_found(
    article: Article,
    runs: Vec<Range<usize>>,
    path: &Path,
    backup: bool,
    guess: u32,
) -> Result<(Review, usize), SaveError> {
    let mut review = Review::new(article, Vec::new());
    review.next_claim_id = guess;
    let runs = FoundAsWritten {
        article: &review.article,
        runs,
    };
    let mut next_id = guess;
    super::save_validating(&review, path, backup, |temp| {
        next_id = write_found_as_written(&review, &runs, temp)?;
        Ok(())
    })?;
    review.next_claim_id = next_id;
    // The number is one past the last claim's.
    Ok((review, next_id.saturating_sub(1) as usize))
}

/// The file of `review` (its claims not made) with `found` as its claims, into `temp`.
fn write_found(
    review: &Review,
    found: &[Vec<FoundClaim>],
    temp: &mut TempFile<'_>,
) -> Result<(), SaveError> {
    let claims = Found::new(&review.article, found);
    // A short list is written by RON on one thread, checked whole first.
    let whole = || {
        let whole = claims.with_review(review);
        validate::validate(&whole).map_err(SaveError::Invalid)?;
        ron_text(&whole)
    };
    super::write_listing_within(review, &claims, whole, MAX_FILE_BYTES, temp)
}

/// The file of `review` written into `temp` as `runs` finds its claims; its next claim
/// number, which the file ends up holding.
fn write_found_as_written(
    review: &Review,
    runs: &FoundAsWritten<'_>,
    temp: &mut TempFile<'_>,
) -> Result<u32, SaveError> {
    use crate::parallel::{MIN_PIECE, threads_for};
    // This thread only writes the file: two helpers at least, even on one core.
    let threads = threads_for(review.article.text.len(), MIN_PIECE).max(2);
    let mut limited = Limited {
        sink: &mut *temp,
        limit: MAX_FILE_BYTES,
        len: 0,
    };
    let written = encode::write_in_runs(review, runs, threads, &mut limited);
    match written {
        Ok(written) => {
            let next_id = id_at(written.claims);
            let mut digits = itoa::Buffer::new();
            let digits = digits.format(next_id);
            if digits.len() == written.next_id.len() {
                temp.write_over(written.next_id.start as u64, digits.as_bytes())?;
                return Ok(next_id);
            }
        }
        Err(Stop::Failed(error)) => return Err(error),
        // Not reached with today's RON, which writes every claim as expected.
        Err(Stop::Unexpected) => {}
    }
    temp.restart()?;
    let found = crate::engine::find_claim_runs(&review.article);
    let next_id = Found::new(&review.article, &found).next_id();
    let mut review = review.clone();
    review.next_claim_id = next_id;
    write_found(&review, &found, temp)?;
    Ok(next_id)
}

/// How many sentences' claims are found and written at a time: about two megabytes of
/// the file.
const SENTENCES_AT_A_TIME: usize = 8_192;

/// The claims of a new review's article found a run of sentences at a time as its file is
/// written, the claim at index `i` across the runs numbered `i + 1`.
struct FoundAsWritten<'a> {
    article: &'a Article,
    /// The runs of sentences, each starting a paragraph.
    runs: Vec<Range<usize>>,
}

impl ClaimRuns for FoundAsWritten<'_> {
    type Run = Vec<FoundClaim>;

    fn runs(&self) -> usize {
        self.runs.len()
    }

    fn find(&self, k: usize) -> Self::Run {
        let run = self.runs.get(k).cloned().unwrap_or_default();
        // Room for every claim of the run without moving the list.
        let mut found = Vec::with_capacity(run.len() * 3 / 2);
        crate::engine::claims_in_run(self.article, run, |claim| found.push(claim));
        found
    }

    fn count(&self, run: &Self::Run) -> usize {
        run.len()
    }

    fn write(&self, found: Self::Run, before: usize, text: &mut String) -> Result<bool, SaveError> {
        // More room than they take, so that writing never moves the buffer.
        text.reserve(found.len() * 512);
        for (at, claim) in found.iter().enumerate() {
            let id = id_at(before + at);
            // The count past `u32` makes the next number the largest too.
            let next = id.saturating_add(1);
            check_found(self.article, id, next, claim)?;
            if !write_found_claim(text, id, claim, &self.article.text)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// The claims the engine found in an article, in the runs it found them in, as the claims
/// of a new review of it: the claim at index `i` across the runs is numbered `i + 1`.
struct Found<'a> {
    runs: &'a [Vec<FoundClaim>],
    /// The index of each run's first claim, and after them the number of claims.
    starts: Vec<usize>,
    article: &'a Article,
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
            article,
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
            .map(|(at, found)| {
                found
                    .clone()
                    .into_claim(ClaimId(id_at(at)), &self.article.text)
            })
            .collect();
        whole
    }
}

/// Checks the claim numbered `id` of a review of `article` whose next number is `next`, as
/// [`validate`] checks a review's claims.
fn check_found(article: &Article, id: u32, next: u32, found: &FoundClaim) -> Result<(), SaveError> {
    if id >= next {
        let error = validate::ValidationError::IdOutOfSequence { id, next };
        return Err(SaveError::Invalid(error));
    }
    let (span, sentence) = (found.span, found.sentence);
    validate::check_placed(
        &article.text,
        article.sentences.len(),
        id,
        span,
        sentence,
        found.worthiness,
    )
    .map_err(SaveError::Invalid)
}

/// The claim numbered `id` made of `found` (in an article of `text`) written at the end of
/// `text` as an item of a review's claims list; false when RON lays it out in a way the
/// file's writer does not expect.
fn write_found_claim(
    out: &mut String,
    id: u32,
    found: &FoundClaim,
    text: &str,
) -> Result<bool, SaveError> {
    if claim_text::write_found(out, id, found) {
        return Ok(true);
    }
    write_claim_by_ron(out, &found.clone().into_claim(ClaimId(id), text))
}

/// The number of the claim at index `at` (from 0): past `u32`, the largest (which is then
/// refused as out of sequence).
fn id_at(at: usize) -> u32 {
    u32::try_from(at.saturating_add(1)).unwrap_or(u32::MAX)
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
        let next = self.next_id();
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
            check_found(self.article, id, next, found)?;
            if !write_found_claim(text, id, found, &self.article.text)? {
                return Ok(false);
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
    /// name RON writes raw), questions, page furniture, Arabic, figures, control and
    /// direction characters.
    fn article() -> Article {
        let text = "Key figures:\n\
            \"We will,\" said Ana Ruiz. Prices rose 4% in May 2024, the bank said.\n\
            Will rates fall? Read more\n\
            قال وزير المالية محمد معيط إن العجز تراجع إلى 6%.\n\
            According to C:\\Users\\\"Bob\", sales fell.\n\
            The minister said the deficit fell to 6%; exports rose 3% in 2024.\n\
            Oil rose \u{1b}[31m9%\u{7} \u{202e}today\u{202c}, said the \u{0}agency.\n"
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
    fn a_review_written_as_its_claims_are_found_is_the_file_of_the_review_made_of_them() {
        let dir = tempfile::tempdir().unwrap();
        let article = article();
        let claims = find_claims(&article);
        assert!(
            claims.len() > article.sentences.len(),
            "sentences of two claims"
        );
        let right = id_at(claims.len());
        let width = |id: u32| id.to_string().len();
        assert_eq!(width(right + 1), width(right));
        // The next number guessed right, wrong at its width, too short and too long.
        for guess in [right, right + 1, 1, right * 10] {
            for at_a_time in [1, 3, 50, 10_000] {
                let path = dir.path().join(format!("{guess}-{at_a_time}.sanad"));
                let runs = crate::engine::sentence_runs(&article, at_a_time);
                let (review, count) =
                    save_as_found(article.clone(), runs, &path, false, guess).unwrap();
                assert_eq!(review.next_claim_id, right);
                assert_eq!(count, claims.len());
                let written = std::fs::read_to_string(&path).unwrap();
                let expected = expected_file(&article, &review);
                assert!(written == expected, "{guess} {at_a_time}");
            }
        }
    }

    #[test]
    fn only_long_articles_in_short_paragraphs_are_written_as_their_claims_are_found() {
        let runs = |article: &Article| crate::engine::sentence_runs(article, SENTENCES_AT_A_TIME);
        let short = article();
        assert!(!written_as_found(&short, &runs(&short)));
        let lines = article_from_text("Prices rose.\n".repeat(LONGEST_RUN + 1), "UTF-8", "t");
        assert!(lines.sentences.len() >= encode::MIN_CLAIMS);
        assert!(written_as_found(&lines, &runs(&lines)));
        // One paragraph: one run, too long to be a chunk of the file.
        let one = article_from_text("Prices rose. ".repeat(LONGEST_RUN + 1), "UTF-8", "t");
        assert!(one.sentences.len() > LONGEST_RUN);
        assert!(!written_as_found(&one, &runs(&one)));
    }

    #[test]
    fn the_next_number_is_guessed_from_the_claims_a_sentence_holds() {
        // Two claims a sentence, then one: the guess follows the mix, not the sentences.
        let two = "The minister said the deficit fell to 6%; exports rose 3% in 2024.\n";
        let one = "Prices rose 4% in May.\n";
        for (twos, ones) in [(600, 0), (300, 300), (0, 600), (500, 100)] {
            let text = format!("{}{}", two.repeat(twos), one.repeat(ones));
            let article = article_from_text(text, "UTF-8", "t");
            let right = id_at(find_claims(&article).len());
            assert_eq!(right as usize, 2 * twos + ones + 1);
            let guess = guess_next_id(&article);
            assert!(guess.abs_diff(right) * 10 <= right, "{guess} for {right}");
        }
    }

    #[test]
    fn an_article_with_sentences_outside_its_text_is_refused_before_its_claims_are_found() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.sanad");
        std::fs::write(&path, "kept").unwrap();
        let mut article = article();
        // Past the end, and inside a character.
        let last = article.sentences.len() - 1;
        let mut past_end = article.clone();
        past_end.sentences[last].end = article.text.len() + 1;
        let arabic = article.text.find('ق').unwrap();
        article.sentences[last].start = arabic + 1;
        for article in [past_end, article] {
            let err = find_and_save_new(article, &path, true).unwrap_err();
            assert!(
                matches!(
                    err,
                    SaveError::Invalid(ValidationError::BadSentenceSpan { .. })
                ),
                "{err}"
            );
        }
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "kept");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
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
