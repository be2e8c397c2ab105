//! Commands that change the review as a whole: conflicts, merges, replacement, direction.

use super::*;

/// [`Command::ResolveConflict`].
pub(super) fn resolve_conflict(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    index: usize,
    take_theirs: bool,
) -> Applied {
    let conflict = review
        .conflicts
        .get(index)
        .cloned()
        .ok_or(ApplyError::NoSuchConflict(index))?;
    let before = review.clone();
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
    Ok((
        entry(
            now,
            by,
            Some(conflict.claim),
            &field,
            &conflict.ours,
            chosen,
        ),
        Command::ReplaceReview {
            review: Box::new(before),
            reason: "undid a conflict decision".into(),
        },
    ))
}

/// [`Command::AdoptMerge`].
pub(super) fn adopt_merge(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    merged: Box<Review>,
    from: String,
) -> Applied {
    if merged.article.sha256 != review.article.sha256 {
        return Err(ApplyError::DifferentArticle);
    }
    let conflicts = merged.conflicts.len();
    let before = std::mem::replace(review, *merged);
    let summary = format!("merged {from} ({conflicts} conflict(s))");
    Ok((
        entry(now, by, None, "merge", "", &summary),
        Command::ReplaceReview {
            review: Box::new(before),
            reason: format!("undid the merge of {from}"),
        },
    ))
}

/// [`Command::ReplaceReview`].
pub(super) fn replace_review(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    replacement: Box<Review>,
    reason: String,
) -> Applied {
    if *replacement == *review {
        return Err(ApplyError::NoChange);
    }
    let before = std::mem::replace(review, *replacement);
    Ok((
        entry(now, by, None, "review", "", &reason),
        Command::ReplaceReview {
            review: Box::new(before),
            reason: format!("undid: {reason}"),
        },
    ))
}

/// [`Command::SetDirection`].
pub(super) fn set_direction(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    direction: TextDirection,
) -> Applied {
    if review.article.direction == direction {
        return Err(ApplyError::NoChange);
    }
    let old = std::mem::replace(&mut review.article.direction, direction);
    Ok((
        entry(now, by, None, "direction", old.name(), direction.name()),
        Command::SetDirection { direction: old },
    ))
}

/// [`Command::SetDismissed`]. The claim must be in the review; the list stays sorted, each
/// dismissal once.
pub(super) fn set_dismissed(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    claim: ClaimId,
    key: String,
    dismissed: bool,
) -> Applied {
    position(review, claim)?;
    let item = Dismissed {
        claim,
        key: key.clone(),
    };
    match (review.dismissed.binary_search(&item), dismissed) {
        (Ok(_), true) | (Err(_), false) => return Err(ApplyError::NoChange),
        (Err(at), true) => review.dismissed.insert(at, item),
        (Ok(at), false) => {
            review.dismissed.remove(at);
        }
    }
    let (old, new) = if dismissed {
        ("", key.as_str())
    } else {
        (key.as_str(), "")
    };
    Ok((
        entry(now, by, Some(claim), "dismissed match", old, new),
        Command::SetDismissed {
            claim,
            key,
            dismissed: !dismissed,
        },
    ))
}
