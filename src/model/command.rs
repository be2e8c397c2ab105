//! Every change to a review goes through [`Command`] and [`apply`]: the window, the command
//! line and the tests share one path, so the change log and timestamps are never forgotten.

use super::{ChangeEntry, Claim, ClaimId, Evidence, Review, Span, TextDirection, Verdict};

/// One edit to a review.
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
    /// Add a source to a claim.
    AddEvidence {
        /// The claim.
        claim: ClaimId,
        /// The source.
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
}

/// Why a command could not be applied. The review is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
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
    /// A command that would change nothing; refused so that the log stays meaningful.
    #[error("nothing to change")]
    NoChange,
    /// No conflict at that position.
    #[error("there is no conflict number {0}")]
    NoSuchConflict(usize),
    /// A merged review of another article.
    #[error("the merged review is of a different article")]
    DifferentArticle,
}

/// Apply `command` to `review` on behalf of reviewer `by`, recording it in the change log.
///
/// On error the review is left exactly as it was.
pub fn apply(review: &mut Review, command: Command, by: &str) -> Result<(), ApplyError> {
    let now = super::now();
    let entry = match command {
        Command::SetVerdict { claim, verdict } => {
            let target = claim_mut(review, claim)?;
            if target.verdict == verdict {
                return Err(ApplyError::NoChange);
            }
            let old = std::mem::replace(&mut target.verdict, verdict);
            touch(target, now, by);
            entry(now, by, Some(claim), "verdict", old.name(), verdict.name())
        }
        Command::SetNote { claim, note } => {
            let target = claim_mut(review, claim)?;
            if target.note == note {
                return Err(ApplyError::NoChange);
            }
            let old = std::mem::replace(&mut target.note, note.clone());
            touch(target, now, by);
            entry(now, by, Some(claim), "note", &old, &note)
        }
        Command::AddEvidence { claim, evidence } => {
            let target = claim_mut(review, claim)?;
            let described = describe_evidence(&evidence);
            target.evidence.push(evidence);
            touch(target, now, by);
            entry(now, by, Some(claim), "evidence", "", &described)
        }
        Command::RemoveEvidence { claim, index } => {
            let target = claim_mut(review, claim)?;
            if index >= target.evidence.len() {
                return Err(ApplyError::NoSuchEvidence { claim, index });
            }
            let removed = target.evidence.remove(index);
            touch(target, now, by);
            entry(
                now,
                by,
                Some(claim),
                "evidence",
                &describe_evidence(&removed),
                "",
            )
        }
        Command::AddClaim { span } => {
            if span.is_empty() || !span.fits(&review.article.text) {
                return Err(ApplyError::BadSpan {
                    start: span.start,
                    end: span.end,
                });
            }
            let id = ClaimId(review.next_claim_id);
            review.next_claim_id += 1;
            let sentence = review
                .article
                .sentences
                .iter()
                .position(|s| s.start <= span.start && span.start < s.end.max(s.start + 1))
                .unwrap_or(0);
            let mut claim = Claim::new(id, &review.article.text, span, sentence);
            touch(&mut claim, now, by);
            let text = claim.quote.exact.clone();
            let at = review.claims.partition_point(|c| c.span <= span);
            review.claims.insert(at, claim);
            entry(now, by, Some(id), "claim", "", &text)
        }
        Command::DeleteClaim { claim } => {
            let at = review
                .claims
                .iter()
                .position(|c| c.id == claim)
                .ok_or(ApplyError::NoSuchClaim(claim))?;
            let removed = review.claims.remove(at);
            entry(now, by, Some(claim), "claim", &removed.quote.exact, "")
        }
        Command::ResolveConflict { index, take_theirs } => {
            let conflict = review
                .conflicts
                .get(index)
                .cloned()
                .ok_or(ApplyError::NoSuchConflict(index))?;
            let chosen = if take_theirs {
                &conflict.theirs
            } else {
                &conflict.ours
            };
            if take_theirs && let Some(claim) = review.claim_mut(conflict.claim) {
                match conflict.field.as_str() {
                    "verdict" => {
                        if let Ok(verdict) = chosen.parse::<Verdict>() {
                            claim.verdict = verdict;
                        }
                    }
                    "note" => claim.note = chosen.clone(),
                    // Evidence from both sides and re-added claims are already kept.
                    _ => {}
                }
                touch(claim, now, by);
            }
            review.conflicts.remove(index);
            let field = format!("conflict {}", conflict.field);
            entry(
                now,
                by,
                Some(conflict.claim),
                &field,
                &conflict.ours,
                chosen,
            )
        }
        Command::AdoptMerge { merged, from } => {
            if merged.article.sha256 != review.article.sha256 {
                return Err(ApplyError::DifferentArticle);
            }
            let conflicts = merged.conflicts.len();
            *review = *merged;
            let summary = format!("merged {from} ({conflicts} conflict(s))");
            entry(now, by, None, "merge", "", &summary)
        }
        Command::SetDirection { direction } => {
            if review.article.direction == direction {
                return Err(ApplyError::NoChange);
            }
            let old = std::mem::replace(&mut review.article.direction, direction);
            entry(now, by, None, "direction", old.name(), direction.name())
        }
    };
    review.modified = now;
    if !review.reviewers.iter().any(|r| r == by) {
        review.reviewers.push(by.to_string());
    }
    review.log.push(entry);
    Ok(())
}

fn claim_mut(review: &mut Review, id: ClaimId) -> Result<&mut Claim, ApplyError> {
    review.claim_mut(id).ok_or(ApplyError::NoSuchClaim(id))
}

fn touch(claim: &mut Claim, now: super::Timestamp, by: &str) {
    claim.updated_at = Some(now);
    claim.updated_by = Some(by.to_string());
}

fn entry(
    at: super::Timestamp,
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
