//! The review as the text of a `.sanad` file, pretty RON. A long review's claims (most of
//! its bytes) are written on every core, in runs; the file is the review written without
//! them, with the runs' items in order in its claims list. Most claims are written
//! straight ([`super::claim_text`]); any other is written by RON as the claims field of a
//! struct of its own, which puts it at the depth, and so the indentation, it has in the
//! review. The bytes are the same as RON writing the whole review on one thread (the tests
//! compare the two).

use super::SaveError;
use super::head::{HeadCut, take_head, write_head};
use crate::model::{Claim, Review};
use serde::Serialize;
use std::ops::Range;

/// Reviews with fewer claims than this are written on one thread.
pub(super) const MIN_CLAIMS: usize = 20_000;

/// How many claims are written at a time: a few megabytes of text, taken by whichever
/// core is free and handed on in order.
const CLAIMS_AT_A_TIME: usize = 16_384;

/// How the file is laid out: two spaces, no struct names, text as it is.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("  ")
        .new_line("\n")
        .struct_names(false)
        .escape_strings(false)
}

/// Where the text of a `.sanad` file goes as it is written, in order.
pub(super) trait TextSink {
    /// Takes the next part of the text.
    fn take(&mut self, text: &str) -> Result<(), SaveError>;
    /// Forgets everything taken so far: the text starts again.
    fn restart(&mut self) -> Result<(), SaveError>;
}

impl TextSink for String {
    fn take(&mut self, text: &str) -> Result<(), SaveError> {
        self.push_str(text);
        Ok(())
    }

    fn restart(&mut self) -> Result<(), SaveError> {
        self.clear();
        Ok(())
    }
}

/// The review as the text of a `.sanad` file: deterministic, so the same review always
/// gives the same bytes.
pub fn to_ron(review: &Review) -> Result<String, SaveError> {
    let mut text = String::new();
    write_ron(review, &mut text)?;
    Ok(text)
}

/// The review's file text given to `sink` in order: a long review's claims are written a
/// few megabytes at a time on every core into buffers used again and again, so that the
/// text is never held whole (the fresh memory for 83 MB of it, and the copy into the
/// file after it, were a third of `sanad new` on a long article).
pub(super) fn write_ron(review: &Review, sink: &mut impl TextSink) -> Result<(), SaveError> {
    write_listing(review, review.claims.as_slice(), || ron_text(review), sink)
}

/// The file text of `head` (a review whose own claims are not written) with `claims` as
/// its claims list, given to `sink` in order as [`write_ron`] gives a review's; `whole`
/// is that text written by RON on one thread, for a short list and for a layout this
/// module does not expect.
pub(super) fn write_listing<C: ClaimItems + ?Sized>(
    head: &Review,
    claims: &C,
    whole: impl FnOnce() -> Result<String, SaveError>,
    sink: &mut impl TextSink,
) -> Result<(), SaveError> {
    // A list long enough to be written in runs is, even where one core is all there is: the
    // runs' straight writing is several times faster than RON's, and the calling thread
    // copies the text into the file while a helper writes the next run (a 1 MB article of
    // 32 000 claims: `sanad new` took 850 million instructions with RON, 481 million in runs).
    let threads = match claims.count() >= MIN_CLAIMS {
        true => crate::parallel::threads_for(claims.count(), MIN_CLAIMS).max(2),
        false => 1,
    };
    write_listing_on(head, claims, whole, threads, CLAIMS_AT_A_TIME, sink)
}

/// The claims a file lists, in order, written as the items of its claims list: a review's
/// own, or those the engine found for a new review (written without making the review's
/// claims first, see [`super::new_review`]).
pub(super) trait ClaimItems: Sync {
    /// How many there are.
    fn count(&self) -> usize;

    /// The claims at `range` written at the end of `text` as items of a review's claims
    /// list; false when RON lays one out in a way this module does not expect.
    fn write_items(&self, range: Range<usize>, text: &mut String) -> Result<bool, SaveError>;
}

impl ClaimItems for [Claim] {
    fn count(&self) -> usize {
        self.len()
    }

    fn write_items(&self, range: Range<usize>, text: &mut String) -> Result<bool, SaveError> {
        let claims = &self[range];
        text.reserve(room_for(claims));
        for claim in claims {
            if !super::claim_text::write_claim(text, claim) && !write_claim_by_ron(text, claim)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// [`write_listing`] on at most `threads` threads, `at_a_time` claims at a time; the text
/// does not depend on either.
pub(super) fn write_listing_on<C: ClaimItems + ?Sized>(
    head: &Review,
    claims: &C,
    whole: impl FnOnce() -> Result<String, SaveError>,
    threads: usize,
    at_a_time: usize,
    sink: &mut impl TextSink,
) -> Result<(), SaveError> {
    if threads > 1 && claims.count() > 0 {
        let runs = ByIndex { claims, at_a_time };
        match write_in_runs(head, &runs, threads, sink) {
            Ok(_) => return Ok(()),
            Err(Stop::Failed(error)) => return Err(error),
            Err(Stop::Unexpected) => sink.restart()?,
        }
    }
    // Short, or laid out by RON in a way this module does not expect: on one thread.
    let mut text = whole()?;
    text.push('\n');
    sink.take(&text)
}

/// Why writing in runs stopped.
pub(super) enum Stop {
    /// The text could not be written or taken.
    Failed(SaveError),
    /// RON laid out the review in a way this module does not expect: what was taken so far
    /// is not the review's text.
    Unexpected,
}

/// The claims of a file's list in runs, each found (or picked out) on any thread and
/// written once the claims of the runs before it are counted: a review's own claims, or
/// those the engine finds in a new review's article as the file is written.
pub(super) trait ClaimRuns: Sync {
    /// A run's claims, found.
    type Run: Send;

    /// How many runs there are.
    fn runs(&self) -> usize;

    /// Run `k`'s claims.
    fn find(&self, k: usize) -> Self::Run;

    /// How many claims `run` holds.
    fn count(&self, run: &Self::Run) -> usize;

    /// `run`'s claims, `before` claims coming before them in the list, written at the end
    /// of `text` as items of a review's claims list; false when RON lays one out in a way
    /// this module does not expect.
    fn write(&self, run: Self::Run, before: usize, text: &mut String) -> Result<bool, SaveError>;
}

/// A list of [`ClaimItems`] in runs of `at_a_time`.
struct ByIndex<'a, C: ?Sized> {
    claims: &'a C,
    at_a_time: usize,
}

impl<C: ClaimItems + ?Sized> ClaimRuns for ByIndex<'_, C> {
    type Run = Range<usize>;

    fn runs(&self) -> usize {
        self.claims.count().div_ceil(self.at_a_time.max(1))
    }

    fn find(&self, k: usize) -> Range<usize> {
        let at_a_time = self.at_a_time.max(1);
        k * at_a_time..((k + 1) * at_a_time).min(self.claims.count())
    }

    fn count(&self, run: &Range<usize>) -> usize {
        run.len()
    }

    fn write(&self, run: Range<usize>, _: usize, text: &mut String) -> Result<bool, SaveError> {
        self.claims.write_items(run, text)
    }
}

/// What [`write_in_runs`] wrote.
pub(super) struct Written {
    /// How many claims the list holds.
    pub claims: usize,
    /// Where the digits of the review's `next_claim_id` stand in the text.
    pub next_id: Range<usize>,
}

/// The review's file text given to `sink` in runs: the review without its claims (most of
/// it the article's text) is the first run, cut where the claims go; each run of `claims`
/// after it is written as the items of the claims list, and what the first run left after
/// the claims follows them. The head is `head`'s as it is, its `next_claim_id` included.
pub(super) fn write_in_runs<R: ClaimRuns>(
    head: &Review,
    claims: &R,
    threads: usize,
    sink: &mut impl TextSink,
) -> Result<Written, Stop> {
    use std::sync::{Mutex, PoisonError};
    // The first way a run stopped: the sink learns of it before taking that run.
    let stopped: Mutex<Option<Stop>> = Mutex::new(None);
    // What follows the claims and where the head's gaps are: written by the first run,
    // read when that run is taken.
    let cut: Mutex<Option<HeadCut>> = Mutex::new(None);
    let stop = |why: Stop| {
        let mut first = stopped.lock().unwrap_or_else(PoisonError::into_inner);
        first.get_or_insert(why);
    };
    let write = |_: usize, run: Option<R::Run>, before: usize, text: &mut String| {
        let written = match run {
            None => write_head(head, text).map(|head_cut| {
                let written = head_cut.is_some();
                *cut.lock().unwrap_or_else(PoisonError::into_inner) = head_cut;
                written
            }),
            Some(run) => claims.write(run, before, text),
        };
        match written {
            Ok(true) => {}
            Ok(false) => stop(Stop::Unexpected),
            Err(error) => stop(Stop::Failed(error)),
        }
    };
    let mut first = true;
    let take = |text: &str| {
        if let Some(why) = stopped
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            return Err(why);
        }
        let gaps = std::mem::take(&mut first)
            .then(|| {
                cut.lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .as_ref()
                    .map(|c| c.gaps)
            })
            .flatten();
        match gaps {
            Some(gaps) => take_head(text, gaps, &head.article, sink),
            None => sink.take(text),
        }
        .map_err(Stop::Failed)
    };
    // Every run is counted once: on success, the sum is the list's length.
    let total = std::sync::atomic::AtomicUsize::new(0);
    crate::parallel::write_numbered_in_order(
        claims.runs() + 1,
        threads,
        // The first run is the head, the others the claims.
        |k| k.checked_sub(1).map(|k| claims.find(k)),
        |run| {
            let count = run.as_ref().map_or(0, |run| claims.count(run));
            total.fetch_add(count, std::sync::atomic::Ordering::Relaxed);
            count
        },
        write,
        take,
    )?;
    let cut = cut.into_inner().unwrap_or_else(PoisonError::into_inner);
    let Some(cut) = cut else {
        return Err(Stop::Unexpected);
    };
    sink.take(&cut.tail).map_err(Stop::Failed)?;
    Ok(Written {
        claims: total.into_inner(),
        next_id: cut.next_id,
    })
}

/// `value` as RON writes it on one thread.
pub(super) fn ron_text<T: Serialize>(value: &T) -> Result<String, SaveError> {
    ron::ser::to_string_pretty(value, pretty()).map_err(|e| SaveError::Serialize(e.to_string()))
}

/// `value` written at the end of `text`.
pub(super) fn append_ron<T: Serialize>(text: &mut String, value: &T) -> Result<(), SaveError> {
    ron::ser::to_writer_pretty(text, value, pretty())
        .map_err(|e| SaveError::Serialize(e.to_string()))
}

/// `claim` written by RON at the end of `text` as an item of a review's claims list; false
/// (and `text` as it was) when RON lays it out in a way this module does not expect.
pub(super) fn write_claim_by_ron(text: &mut String, claim: &Claim) -> Result<bool, SaveError> {
    let from = text.len();
    append_ron(
        text,
        &ClaimsField {
            claims: std::slice::from_ref(claim),
        },
    )?;
    if strip_claims_field(text, from) {
        return Ok(true);
    }
    text.truncate(from);
    Ok(false)
}

/// More room than `claims` take in the file, so that writing them never moves the buffer:
/// room that is not written to costs nothing.
fn room_for(claims: &[Claim]) -> usize {
    claims
        .iter()
        .map(|c| 512 + 2 * (c.quote.exact.len() + c.note.len()) + 1024 * c.evidence.len())
        .sum()
}

/// How a [`ClaimsField`] starts and ends in the text: what is left between them is the
/// items of the claims list, from the first claim's line to the last one's closing line.
const CLAIMS_FIELD_OPEN: &str = "(\n  claims: [\n";
const CLAIMS_FIELD_CLOSE: &str = "  ],\n)";

/// The text of a [`ClaimsField`] written at byte `from` of `text` cut down to its items, in
/// place; false (and `text` as it was) when it is not laid out as expected.
fn strip_claims_field(text: &mut String, from: usize) -> bool {
    let written = &text[from..];
    if !(written.starts_with(CLAIMS_FIELD_OPEN) && written.ends_with(CLAIMS_FIELD_CLOSE)) {
        return false;
    }
    text.truncate(text.len() - CLAIMS_FIELD_CLOSE.len());
    text.drain(from..from + CLAIMS_FIELD_OPEN.len());
    true
}

/// A run of claims as the claims field of a struct: written at the depth they have in a
/// review.
#[derive(Serialize)]
struct ClaimsField<'a> {
    claims: &'a [Claim],
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Conflict, Evidence, Verdict};

    /// A review with every part of the file filled: sources, notes that need raw strings,
    /// a log, a conflict and an orphan.
    fn full_review() -> Review {
        let text =
            "\"We will,\" said Ana Ruiz. Prices rose 4% in May.\n  claims: [],\nC:\\x #\"#.\n"
                .repeat(30);
        let article = crate::import::article_from_text(text, "UTF-8", "t");
        let mut review = crate::review_from_article(article);
        for (at, claim) in review.claims.iter_mut().enumerate() {
            claim.note = ["", "a \"quoted\" note", "  claims: [],", "back\\slash #"][at % 4].into();
            claim.verdict = Verdict::Misleading;
            if at % 3 == 0 {
                claim.evidence.push(Evidence {
                    url: Some("https://example.org/a?b#c".into()),
                    excerpt: "it said \"so\"".into(),
                    ..Evidence::default()
                });
            }
        }
        review.reviewers.push("Dana".into());
        review.methodology = "Called the ministry.".into();
        review.orphans.push(review.claims[0].clone());
        let set = crate::model::Command::SetVerdict {
            claim: review.claims[1].id,
            verdict: Verdict::False,
        };
        crate::model::apply(&mut review, set, "Dana").unwrap();
        review.conflicts.push(Conflict {
            claim: review.claims[2].id,
            field: "note".into(),
            ours: "ours \"x\"".into(),
            theirs: "theirs".into(),
        });
        review
    }

    /// The parts a sink was given, in order, and how often it was told to start again.
    #[derive(Default)]
    struct Parts {
        parts: Vec<String>,
        restarts: usize,
    }

    impl TextSink for Parts {
        fn take(&mut self, text: &str) -> Result<(), SaveError> {
            self.parts.push(text.to_string());
            Ok(())
        }

        fn restart(&mut self) -> Result<(), SaveError> {
            self.parts.clear();
            self.restarts += 1;
            Ok(())
        }
    }

    fn written_on(review: &Review, threads: usize, at_a_time: usize) -> Parts {
        let mut parts = Parts::default();
        write_listing_on(
            review,
            review.claims.as_slice(),
            || ron_text(review),
            threads,
            at_a_time,
            &mut parts,
        )
        .unwrap();
        parts
    }

    #[test]
    fn runs_on_any_threads_write_the_bytes_ron_writes_on_one() {
        let review = full_review();
        assert!(!review.log.is_empty() && review.claims.len() > 50);
        let whole = format!("{}\n", ron_text(&review).unwrap());
        let one = written_on(&review, 1, 7);
        assert_eq!(one.parts, std::slice::from_ref(&whole));
        for threads in 2..5 {
            for at_a_time in [1, 7, 50, 10_000] {
                let written = written_on(&review, threads, at_a_time);
                let runs = review.claims.len().div_ceil(at_a_time);
                // The head before the sentences, the sentences, the head between them and the
                // text, the text in five parts (name, quotes, text, comma), the rest of the
                // head, the runs, the tail.
                assert_eq!(written.parts.len(), runs + 10, "{threads} {at_a_time}");
                assert_eq!(written.restarts, 0);
                assert_eq!(written.parts.concat(), whole, "{threads} {at_a_time}");
            }
        }
        // A text without quotes or backslashes is written as it is, between quotes.
        let plain = crate::review_from_article(crate::import::article_from_text(
            "Prices rose 4% in May, said Ana Ruiz. ## Rates fell.\n".repeat(40),
            "UTF-8",
            "t",
        ));
        let whole = format!("{}\n", ron_text(&plain).unwrap());
        assert!(whole.contains("    text: \"Prices"));
        for at_a_time in [1, 7, 10_000] {
            assert_eq!(written_on(&plain, 3, at_a_time).parts.concat(), whole);
        }
        let mut empty = review.clone();
        empty.claims.clear();
        assert_eq!(written_on(&empty, 4, 3).parts, [to_ron(&empty).unwrap()]);
    }

    #[test]
    fn fields_that_quote_the_heads_gaps_are_written_as_ron_writes_them() {
        // The title and byline come before the sentences and the text, and may hold the
        // very lines the head is cut at; the text may hold them and control characters.
        let gaps = "\n    sentences: [],\n    text: \"\",\n  claims: [],\n";
        let mut review = full_review();
        review.article.title = format!("A title{gaps}");
        review.article.byline = format!("By{gaps}\u{0}\u{7}\r");
        review
            .article
            .text
            .push_str(&format!("{gaps}\u{1b}[0m\u{202e}\n"));
        let whole = format!("{}\n", ron_text(&review).unwrap());
        for at_a_time in [1, 7, 10_000] {
            let written = written_on(&review, 3, at_a_time);
            assert_eq!(written.restarts, 0);
            assert_eq!(written.parts.concat(), whole, "{at_a_time}");
        }
    }

    #[test]
    fn a_failing_sink_stops_the_writing_with_its_error() {
        struct Full(usize);
        impl TextSink for Full {
            fn take(&mut self, _: &str) -> Result<(), SaveError> {
                self.0 += 1;
                if self.0 == 3 {
                    return Err(SaveError::Serialize("full".into()));
                }
                Ok(())
            }
            fn restart(&mut self) -> Result<(), SaveError> {
                unreachable!("nothing unexpected in the layout")
            }
        }
        let review = full_review();
        let mut sink = Full(0);
        let err = write_listing_on(
            &review,
            review.claims.as_slice(),
            || ron_text(&review),
            3,
            5,
            &mut sink,
        )
        .unwrap_err();
        assert!(err.to_string().contains("full"), "{err}");
        assert_eq!(sink.0, 3, "nothing taken after the failure");
    }

    #[test]
    fn a_run_of_claims_is_cut_to_its_items_in_place() {
        // Fails when RON lays out a struct's list differently: the pieces would then all
        // be written on one thread (still the same bytes, but slow).
        let review = full_review();
        let mut text = String::from("head");
        append_ron(
            &mut text,
            &ClaimsField {
                claims: &review.claims[..3],
            },
        )
        .unwrap();
        assert!(strip_claims_field(&mut text, 4));
        assert!(
            text.starts_with("head    (\n") && text.ends_with("    ),\n"),
            "{text}"
        );
        let mut other = String::from("(\n  other: [],\n)");
        assert!(!strip_claims_field(&mut other, 0));
        assert_eq!(other, "(\n  other: [],\n)");
    }
}
