//! The review as the text of a `.sanad` file, pretty RON. A long review's claims (most of
//! its bytes) are written on every core, in runs; the file is the review written without
//! them, with the runs' items in order in its claims list. Most claims are written
//! straight ([`super::claim_text`]); any other is written by RON as the claims field of a
//! struct of its own, which puts it at the depth, and so the indentation, it has in the
//! review. The bytes are the same as RON writing the whole review on one thread (the tests
//! compare the two).

use super::SaveError;
use crate::model::{Article, ChangeEntry, Claim, Conflict, Dismissed, Review, Timestamp};
use serde::Serialize;

/// Reviews with fewer claims than this are written on one thread.
const MIN_CLAIMS: usize = 20_000;

/// How the file is laid out: two spaces, no struct names, text as it is.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("  ")
        .new_line("\n")
        .struct_names(false)
        .escape_strings(false)
}

/// The review as the text of a `.sanad` file: deterministic, so the same review always
/// gives the same bytes.
pub fn to_ron(review: &Review) -> Result<String, SaveError> {
    Ok(to_ron_pieces(review)?.into_string())
}

/// [`to_ron`] in the pieces it was written in, for writing to a file without joining them.
pub fn to_ron_pieces(review: &Review) -> Result<FileText, SaveError> {
    let threads = crate::parallel::threads_for(review.claims.len(), MIN_CLAIMS);
    to_ron_in_pieces(review, threads)
}

/// The text of a `.sanad` file in the pieces it was written in, in order. A long review's
/// runs of claims are written side by side; joining them into one string would copy most
/// of the file into fresh memory (on a 10 MB article of short sentences, an 83 MB review,
/// that copy was a seventh of `sanad new`), so a file is written from the pieces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileText {
    pieces: Vec<String>,
}

impl FileText {
    /// Its length in bytes.
    pub fn len(&self) -> usize {
        self.pieces.iter().map(String::len).sum()
    }

    /// Whether it has no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Its pieces' bytes, in order: the file is their concatenation.
    pub fn pieces(&self) -> Vec<&[u8]> {
        self.pieces.iter().map(|piece| piece.as_bytes()).collect()
    }

    /// The text as one string.
    pub fn into_string(self) -> String {
        let len = self.len();
        let mut pieces = self.pieces.into_iter();
        let mut text = pieces.next().unwrap_or_default();
        text.reserve(len - text.len());
        for piece in pieces {
            text.push_str(&piece);
        }
        text
    }
}

/// [`to_ron_pieces`] with the claims written in at most `pieces` runs side by side.
///
/// Each run is written into a buffer sized for it, so that writing never moves it. The
/// review without its claims (most of it the article's text) is written beside them, on a
/// thread of its own, and cut into the pieces before and after the claims.
pub(super) fn to_ron_in_pieces(review: &Review, pieces: usize) -> Result<FileText, SaveError> {
    if pieces <= 1 || review.claims.is_empty() {
        let mut text = ron_text(review)?;
        text.push('\n');
        return Ok(FileText { pieces: vec![text] });
    }
    let claims = &review.claims;
    let runs = (0..pieces)
        .map(|k| claims.len() * k / pieces..claims.len() * (k + 1) / pieces)
        .collect();
    let (header, written) = std::thread::scope(|scope| {
        let header = scope.spawn(|| ron_text(&ReviewFields::without_claims(review)));
        let written = crate::parallel::map_pieces(runs, |run| {
            let mut text = String::with_capacity(room_for(&claims[run.clone()]));
            for claim in &claims[run] {
                if !super::claim_text::write_claim(&mut text, claim)
                    && !write_claim_by_ron(&mut text, claim)?
                {
                    return Ok(None);
                }
            }
            Ok::<_, SaveError>(Some(text))
        });
        match header.join() {
            Ok(header) => (header, written),
            // The writer's own panic, carried to this thread as if it had run here.
            Err(panic) => std::panic::resume_unwind(panic),
        }
    });
    let mut head = header?;
    // The empty list in the review's structure, not in a text that quotes it.
    let Some(at) = super::split::find_outside_strings(&head, EMPTY_CLAIMS) else {
        return to_ron_in_pieces(review, 1);
    };
    let mut tail = String::from("  ],\n");
    tail.push_str(&head[at + EMPTY_CLAIMS.len()..]);
    tail.push('\n');
    head.truncate(at);
    head.push_str(CLAIMS_LIST_OPEN);
    let mut text = FileText { pieces: vec![head] };
    for run in written {
        let Some(run) = run? else {
            return to_ron_in_pieces(review, 1);
        };
        text.pieces.push(run);
    }
    text.pieces.push(tail);
    Ok(text)
}

fn ron_text<T: Serialize>(value: &T) -> Result<String, SaveError> {
    ron::ser::to_string_pretty(value, pretty()).map_err(|e| SaveError::Serialize(e.to_string()))
}

/// `value` written at the end of `text`.
fn write_ron<T: Serialize>(text: &mut String, value: &T) -> Result<(), SaveError> {
    ron::ser::to_writer_pretty(text, value, pretty())
        .map_err(|e| SaveError::Serialize(e.to_string()))
}

/// `claim` written by RON at the end of `text` as an item of a review's claims list; false
/// (and `text` as it was) when RON lays it out in a way this module does not expect.
pub(super) fn write_claim_by_ron(text: &mut String, claim: &Claim) -> Result<bool, SaveError> {
    let from = text.len();
    write_ron(
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

/// How the review's claims list opens when it has claims.
const CLAIMS_LIST_OPEN: &str = "\n  claims: [\n";

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

/// How the review's claims list is written when it is empty.
const EMPTY_CLAIMS: &str = "\n  claims: [],\n";

/// A run of claims as the claims field of a struct: written at the depth they have in a
/// review.
#[derive(Serialize)]
struct ClaimsField<'a> {
    claims: &'a [Claim],
}

/// The fields of a [`Review`], in its order and with its attributes, by reference: the
/// review written with its claims left out, without copying its article.
#[derive(Serialize)]
struct ReviewFields<'a> {
    format: &'a str,
    version: u32,
    created: &'a Timestamp,
    modified: &'a Timestamp,
    reviewers: &'a [String],
    methodology: &'a str,
    next_claim_id: u32,
    article: &'a Article,
    claims: &'a [Claim],
    log: &'a [ChangeEntry],
    conflicts: &'a [Conflict],
    orphans: &'a [Claim],
    #[serde(skip_serializing_if = "<[Dismissed]>::is_empty")]
    dismissed: &'a [Dismissed],
}

impl<'a> ReviewFields<'a> {
    fn without_claims(review: &'a Review) -> Self {
        ReviewFields {
            format: &review.format,
            version: review.version,
            created: &review.created,
            modified: &review.modified,
            reviewers: &review.reviewers,
            methodology: &review.methodology,
            next_claim_id: review.next_claim_id,
            article: &review.article,
            claims: &[],
            log: &review.log,
            conflicts: &review.conflicts,
            orphans: &review.orphans,
            dismissed: &review.dismissed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Verdict};

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

    #[test]
    fn pieces_write_the_bytes_one_thread_writes() {
        let review = full_review();
        assert!(!review.log.is_empty() && review.claims.len() > 50);
        let whole = to_ron_in_pieces(&review, 1).unwrap().into_string();
        for pieces in 2..7 {
            let text = to_ron_in_pieces(&review, pieces).unwrap();
            assert_eq!(text.pieces().len(), pieces + 2, "{pieces} pieces");
            assert_eq!(text.len(), whole.len(), "{pieces} pieces");
            assert_eq!(text.into_string(), whole, "{pieces} pieces");
        }
        let mut empty = review.clone();
        empty.claims.clear();
        assert_eq!(
            to_ron_in_pieces(&empty, 4).unwrap(),
            to_ron_in_pieces(&empty, 1).unwrap()
        );
    }

    #[test]
    fn a_run_of_claims_is_cut_to_its_items_in_place() {
        // Fails when RON lays out a struct's list differently: the pieces would then all
        // be written on one thread (still the same bytes, but slow).
        let review = full_review();
        let mut text = String::from("head");
        write_ron(
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

    #[test]
    fn the_fields_written_without_claims_are_the_reviews() {
        // Fails when Review gains, loses or reorders a field that ReviewFields does not.
        let review = full_review();
        let mut fields = ReviewFields::without_claims(&review);
        fields.claims = &review.claims;
        assert_eq!(ron_text(&fields).unwrap(), ron_text(&review).unwrap());
    }
}
