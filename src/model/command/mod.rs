//! Every change to a review goes through [`Command`] and [`apply`]: the window, the command
//! line and the tests share one path, so the change log and timestamps are never forgotten.

mod claim_edits;
mod claim_list;
mod effects;
mod review_edits;

pub use effects::{Effects, TextChange};

use super::{
    ChangeEntry, Claim, ClaimId, Dismissed, Evidence, QuoteSelector, Review, Span, TextDirection,
    Timestamp, Verdict,
};

/// One edit to a review.
///
/// [`apply`] returns each command's inverse, so undo and redo are just more commands: they
/// pass through the same checks and are recorded in the change log like any other edit.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Give a claim a verdict.
    SetVerdict {
        /// The claim.
        claim: ClaimId,
        /// The new verdict.
        verdict: Verdict,
    },
    /// Replace a claim's note.
    SetNote {
        /// The claim.
        claim: ClaimId,
        /// The new note.
        note: String,
    },
    /// Add a source at the end of a claim's list.
    AddEvidence {
        /// The claim.
        claim: ClaimId,
        /// The source.
        evidence: Evidence,
    },
    /// Put a source back at a position of a claim's list (the inverse of a removal).
    InsertEvidence {
        /// The claim.
        claim: ClaimId,
        /// Position in the claim's evidence list.
        index: usize,
        /// The source.
        evidence: Evidence,
    },
    /// Replace one of a claim's sources (an edit of its fields).
    SetEvidence {
        /// The claim.
        claim: ClaimId,
        /// Position in the claim's evidence list.
        index: usize,
        /// The source as it now reads.
        evidence: Evidence,
    },
    /// Remove a claim's source by position.
    RemoveEvidence {
        /// The claim.
        claim: ClaimId,
        /// Position in the claim's evidence list.
        index: usize,
    },
    /// Make a new claim over a span of the article (what the engine missed).
    AddClaim {
        /// Where it sits in the article text.
        span: Span,
    },
    /// Remove a claim; its id is not given out again.
    DeleteClaim {
        /// The claim.
        claim: ClaimId,
    },
    /// Cut a claim in two at a byte offset of the article: the first part keeps the claim's
    /// id, verdict and sources; the second is a new, unreviewed claim.
    SplitClaim {
        /// The claim.
        claim: ClaimId,
        /// Where to cut: strictly inside the claim, on a character boundary.
        at: usize,
    },
    /// Join a claim with the one after it in the article: one claim over both spans, with
    /// both claims' sources and notes.
    MergeWithNext {
        /// The first of the two claims.
        claim: ClaimId,
    },
    /// Remove some claims and put others in (the inverse of adding, deleting, splitting and
    /// merging claims).
    ReplaceClaims {
        /// The claims to take out.
        remove: Vec<ClaimId>,
        /// The claims to put in, each with its own id and span.
        insert: Vec<Claim>,
    },
    /// Give a claim left without a place by re-anchoring ([`Review::orphans`]) a span of the
    /// article again.
    AttachOrphan {
        /// Position in [`Review::orphans`].
        index: usize,
        /// Where it now sits in the article text.
        span: Span,
    },
    /// Override how the article's paragraphs choose their direction.
    SetDirection {
        /// The new choice.
        direction: TextDirection,
    },
    /// Decide a merge conflict: keep our value or take theirs.
    ResolveConflict {
        /// Position in [`Review::conflicts`].
        index: usize,
        /// Take their value (else keep ours).
        take_theirs: bool,
    },
    /// Replace the review with the result of merging a colleague's review into it
    /// ([`crate::share::merge`]); recorded as one change.
    AdoptMerge {
        /// The merged review.
        merged: Box<Review>,
        /// Where their review came from, for the change log.
        from: String,
    },
    /// Replace the whole review (a re-anchored one, or the state before a merge when it is
    /// undone); recorded as one change.
    ReplaceReview {
        /// The review to hold from now on.
        review: Box<Review>,
        /// Why, for the change log ("updated article from …").
        reason: String,
    },
    /// Dismiss a library match for a claim (it is not suggested again), or take the
    /// dismissal back.
    SetDismissed {
        /// The claim.
        claim: ClaimId,
        /// The match's key ([`super::Dismissed::key`]).
        key: String,
        /// Dismissed (else suggested again).
        dismissed: bool,
    },
    /// Several commands as one edit (a verdict for many claims): all of them or none.
    /// Commands in it that would change nothing are skipped.
    Batch {
        /// The commands, applied in order.
        commands: Vec<Command>,
    },
}

impl Command {
    /// A few words for the Undo and Redo menu entries ("verdict", "source").
    pub fn describe(&self) -> &'static str {
        match self {
            Command::SetVerdict { .. } => "verdict",
            Command::SetNote { .. } => "note",
            Command::AddEvidence { .. } | Command::InsertEvidence { .. } => "add source",
            Command::SetEvidence { .. } => "edit source",
            Command::RemoveEvidence { .. } => "remove source",
            Command::AddClaim { .. } => "new claim",
            Command::DeleteClaim { .. } => "delete claim",
            Command::SplitClaim { .. } => "split claim",
            Command::MergeWithNext { .. } => "merge claims",
            Command::ReplaceClaims { .. } => "change claims",
            Command::AttachOrphan { .. } => "re-attach claim",
            Command::SetDirection { .. } => "paragraph direction",
            Command::ResolveConflict { .. } => "resolve conflict",
            Command::AdoptMerge { .. } => "merge review",
            Command::ReplaceReview { .. } => "replace review",
            Command::SetDismissed { .. } => "dismiss match",
            Command::Batch { .. } => "several changes",
        }
    }
}

/// Why a command could not be applied. The review is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    /// Every claim id has been given out (ids are never reused).
    #[error("the review has used every claim id; no new claim can be made")]
    IdsExhausted,
    /// No claim has that id.
    #[error("there is no claim {0}")]
    NoSuchClaim(ClaimId),
    /// The evidence index is past the end of the list.
    #[error("claim {claim} has no source number {index}")]
    NoSuchEvidence {
        /// The claim.
        claim: ClaimId,
        /// The index asked for (0-based).
        index: usize,
    },
    /// The span is empty, outside the text or cuts a character.
    #[error("the selection {start}..{end} is not a valid range of the article text")]
    BadSpan {
        /// First byte.
        start: usize,
        /// One past the last byte.
        end: usize,
    },
    /// A split position that would leave one side without words.
    #[error("claim {claim} cannot be split there: both parts need words")]
    BadSplit {
        /// The claim.
        claim: ClaimId,
    },
    /// Merging the last claim of the article.
    #[error("claim {0} is the last one: there is nothing after it to merge with")]
    NothingToMerge(ClaimId),
    /// Putting in a claim whose id is already taken.
    #[error("claim {0} already exists")]
    DuplicateClaim(ClaimId),
    /// A command that would change nothing; refused so that the log stays meaningful.
    #[error("nothing to change")]
    NoChange,
    /// No conflict at that position.
    #[error("there is no conflict number {0}")]
    NoSuchConflict(usize),
    /// No orphan at that position.
    #[error("there is no unplaced claim number {0}")]
    NoSuchOrphan(usize),
    /// A merged review of another article.
    #[error("the merged review is of a different article")]
    DifferentArticle,
}

/// Apply `command` to `review` on behalf of reviewer `by`, recording it in the change log.
/// Returns the command that undoes it.
///
/// On error the review is left exactly as it was.
pub fn apply(review: &mut Review, command: Command, by: &str) -> Result<Command, ApplyError> {
    if let Command::Batch { commands } = command {
        return apply_batch(review, commands, by);
    }
    let now = super::now();
    let (entry, inverse) = apply_one(review, command, by, now)?;
    review.modified = now;
    if !review.reviewers.iter().any(|r| r == by) {
        review.reviewers.push(by.to_string());
    }
    review.log.push(entry);
    Ok(inverse)
}

/// All of `commands` or none: on a failure the ones already applied are undone and the
/// log, time stamp and reviewers put back as they were.
fn apply_batch(
    review: &mut Review,
    commands: Vec<Command>,
    by: &str,
) -> Result<Command, ApplyError> {
    let (log_len, modified, reviewers) =
        (review.log.len(), review.modified, review.reviewers.len());
    let mut inverses = Vec::new();
    for command in commands {
        match apply(review, command, by) {
            Ok(inverse) => inverses.push(inverse),
            Err(ApplyError::NoChange) => {}
            Err(e) => {
                for inverse in inverses.into_iter().rev() {
                    // Each inverse undoes a change that was just made: it cannot fail.
                    let _ = apply(review, inverse, by);
                }
                review.log.truncate(log_len);
                review.modified = modified;
                review.reviewers.truncate(reviewers);
                return Err(e);
            }
        }
    }
    if inverses.is_empty() {
        return Err(ApplyError::NoChange);
    }
    inverses.reverse();
    Ok(Command::Batch { commands: inverses })
}

/// What applying one command gives: its log entry and its inverse.
type Applied = Result<(ChangeEntry, Command), ApplyError>;

/// Apply one (non-batch) command: its log entry and its inverse. One small function per
/// command, by what it changes: a claim's fields, the list of claims, the review as a whole.
fn apply_one(review: &mut Review, command: Command, by: &str, now: Timestamp) -> Applied {
    match command {
        Command::SetVerdict { claim, verdict } => {
            claim_edits::set_verdict(review, by, now, claim, verdict)
        }
        Command::SetNote { claim, note } => claim_edits::set_note(review, by, now, claim, note),
        Command::AddEvidence { claim, evidence } => {
            claim_edits::add_evidence(review, by, now, claim, evidence)
        }
        Command::InsertEvidence {
            claim,
            index,
            evidence,
        } => claim_edits::insert_evidence(review, by, now, claim, index, evidence),
        Command::SetEvidence {
            claim,
            index,
            evidence,
        } => claim_edits::set_evidence(review, by, now, claim, index, evidence),
        Command::RemoveEvidence { claim, index } => {
            claim_edits::remove_evidence(review, by, now, claim, index)
        }
        Command::AddClaim { span } => claim_list::add_claim(review, by, now, span),
        Command::DeleteClaim { claim } => claim_list::delete_claim(review, by, now, claim),
        Command::SplitClaim { claim, at } => claim_list::split_claim(review, by, now, claim, at),
        Command::MergeWithNext { claim } => claim_list::merge_with_next(review, by, now, claim),
        Command::ReplaceClaims { remove, insert } => {
            claim_list::replace_claims(review, by, now, remove, insert)
        }
        Command::AttachOrphan { index, span } => {
            claim_list::attach_orphan(review, by, now, index, span)
        }
        Command::ResolveConflict { index, take_theirs } => {
            review_edits::resolve_conflict(review, by, now, index, take_theirs)
        }
        Command::AdoptMerge { merged, from } => {
            review_edits::adopt_merge(review, by, now, merged, from)
        }
        Command::ReplaceReview {
            review: replacement,
            reason,
        } => review_edits::replace_review(review, by, now, replacement, reason),
        Command::SetDirection { direction } => {
            review_edits::set_direction(review, by, now, direction)
        }
        Command::SetDismissed {
            claim,
            key,
            dismissed,
        } => review_edits::set_dismissed(review, by, now, claim, key, dismissed),
        Command::Batch { .. } => Err(ApplyError::NoChange),
    }
}

fn position(review: &Review, id: ClaimId) -> Result<usize, ApplyError> {
    review
        .claims
        .iter()
        .position(|c| c.id == id)
        .ok_or(ApplyError::NoSuchClaim(id))
}

/// A span a claim may cover: not empty, inside the text, on character boundaries.
fn check_span(text: &str, span: Span) -> Result<(), ApplyError> {
    if span.is_empty() || !span.fits(text) {
        return Err(ApplyError::BadSpan {
            start: span.start,
            end: span.end,
        });
    }
    Ok(())
}

/// The sentence holding byte `offset` (0 when none does).
fn sentence_of(review: &Review, offset: usize) -> usize {
    let sentences = &review.article.sentences;
    let at = sentences.partition_point(|s| s.end <= offset);
    if sentences.get(at).is_some_and(|s| s.start <= offset) {
        at
    } else {
        at.saturating_sub(1).min(sentences.len().saturating_sub(1))
    }
}

/// Claims stay in article order.
fn insert_sorted(claims: &mut Vec<Claim>, claim: Claim) {
    let at = claims.partition_point(|c| c.span <= claim.span);
    claims.insert(at, claim);
}

fn claim_mut(review: &mut Review, id: ClaimId) -> Result<&mut Claim, ApplyError> {
    review.claim_mut(id).ok_or(ApplyError::NoSuchClaim(id))
}

fn touch(claim: &mut Claim, now: Timestamp, by: &str) {
    claim.updated_at = Some(now);
    claim.updated_by = Some(by.to_string());
}

fn entry(
    at: Timestamp,
    by: &str,
    claim: Option<ClaimId>,
    field: &str,
    old: &str,
    new: &str,
) -> ChangeEntry {
    ChangeEntry {
        at,
        by: by.to_string(),
        claim,
        field: field.to_string(),
        old: old.to_string(),
        new: new.to_string(),
    }
}

/// A one-line description of a source for the change log.
fn describe_evidence(evidence: &Evidence) -> String {
    evidence
        .url
        .clone()
        .filter(|u| !u.is_empty())
        .or_else(|| (!evidence.title.is_empty()).then(|| evidence.title.clone()))
        .unwrap_or_else(|| evidence.citation.clone())
}

/// The next claim id, given out: an error, never a wrap to 0, once they have all been used.
fn take_id(review: &mut Review) -> Result<ClaimId, ApplyError> {
    let id = ClaimId(review.next_claim_id);
    review.next_claim_id = review
        .next_claim_id
        .checked_add(1)
        .ok_or(ApplyError::IdsExhausted)?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn review() -> Review {
        let text = "One claim. Two claims.".to_string();
        let mut article = Article::new("t".into(), "en".into(), "UTF-8".into(), text.clone());
        article.sentences = vec![Span::new(0, 10), Span::new(11, 22)];
        let claims = vec![
            Claim::new(ClaimId(1), &text, Span::new(0, 10), 0),
            Claim::new(ClaimId(2), &text, Span::new(11, 22), 1),
        ];
        Review::new(article, claims)
    }

    #[test]
    fn set_verdict_logs_old_and_new() {
        let mut r = review();
        let cmd = Command::SetVerdict {
            claim: ClaimId(2),
            verdict: Verdict::Verified,
        };
        apply(&mut r, cmd, "Mona").unwrap();
        let claim = r.claim(ClaimId(2)).unwrap();
        assert_eq!(claim.verdict, Verdict::Verified);
        assert_eq!(claim.updated_by.as_deref(), Some("Mona"));
        let last = r.log.last().unwrap();
        assert_eq!(
            (last.old.as_str(), last.new.as_str()),
            ("unreviewed", "verified")
        );
        assert_eq!(r.reviewers, vec!["Mona".to_string()]);
    }

    #[test]
    fn a_dismissed_match_is_remembered_undone_and_read_back() {
        let mut r = review();
        let dismiss = |key: &str, dismissed| Command::SetDismissed {
            claim: ClaimId(1),
            key: key.into(),
            dismissed,
        };
        let undo = apply(
            &mut r,
            dismiss("url\u{1f}https://c.example/b", true),
            "Mona",
        )
        .unwrap();
        apply(
            &mut r,
            dismiss("url\u{1f}https://c.example/a", true),
            "Mona",
        )
        .unwrap();
        assert!(r.is_dismissed(ClaimId(1), "url\u{1f}https://c.example/b"));
        assert!(!r.is_dismissed(ClaimId(2), "url\u{1f}https://c.example/b"));
        let keys: Vec<&str> = r.dismissed.iter().map(|d| d.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "url\u{1f}https://c.example/a",
                "url\u{1f}https://c.example/b"
            ]
        );
        assert_eq!(
            apply(
                &mut r,
                dismiss("url\u{1f}https://c.example/a", true),
                "Mona"
            ),
            Err(ApplyError::NoChange)
        );
        let back = crate::store::from_ron(&crate::store::encode(&r).unwrap()).unwrap();
        assert_eq!(back.dismissed, r.dismissed);
        apply(&mut r, undo, "Mona").unwrap();
        assert!(!r.is_dismissed(ClaimId(1), "url\u{1f}https://c.example/b"));
        assert_eq!(r.log.last().unwrap().field, "dismissed match");
        let missing = Command::SetDismissed {
            claim: ClaimId(9),
            key: "k".into(),
            dismissed: true,
        };
        assert_eq!(
            apply(&mut r, missing, "Mona"),
            Err(ApplyError::NoSuchClaim(ClaimId(9)))
        );
    }

    #[test]
    fn errors_leave_the_review_untouched() {
        let mut r = review();
        let before = r.clone();
        let bad = [
            Command::SetNote {
                claim: ClaimId(9),
                note: "x".into(),
            },
            Command::RemoveEvidence {
                claim: ClaimId(1),
                index: 0,
            },
            Command::AddClaim {
                span: Span::new(5, 99),
            },
            Command::SetVerdict {
                claim: ClaimId(1),
                verdict: Verdict::Unreviewed,
            },
        ];
        for cmd in bad {
            assert!(apply(&mut r, cmd, "x").is_err());
            assert_eq!(r, before);
        }
    }

    #[test]
    fn the_direction_override_is_logged() {
        let mut r = review();
        let cmd = Command::SetDirection {
            direction: TextDirection::RightToLeft,
        };
        apply(&mut r, cmd.clone(), "a").unwrap();
        assert_eq!(r.article.direction, TextDirection::RightToLeft);
        assert_eq!(r.log.last().unwrap().new, "rtl");
        assert_eq!(apply(&mut r, cmd, "a"), Err(ApplyError::NoChange));
    }

    #[test]
    fn deleted_ids_are_never_reused() {
        let mut r = review();
        apply(&mut r, Command::DeleteClaim { claim: ClaimId(2) }, "a").unwrap();
        let span = Span::new(11, 14);
        apply(&mut r, Command::AddClaim { span }, "a").unwrap();
        let ids: Vec<u32> = r.claims.iter().map(|c| c.id.0).collect();
        assert_eq!(ids, vec![1, 3]);
        assert_eq!(r.claim(ClaimId(3)).unwrap().sentence, 1);
    }
}
