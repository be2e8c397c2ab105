//! Commands that change one claim's fields: its verdict, its note, its sources.

use super::*;

/// [`Command::SetVerdict`].
pub(super) fn set_verdict(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    claim: ClaimId,
    verdict: Verdict,
) -> Applied {
    let target = claim_mut(review, claim)?;
    if target.verdict == verdict {
        return Err(ApplyError::NoChange);
    }
    let old = std::mem::replace(&mut target.verdict, verdict);
    touch(target, now, by);
    Ok((
        entry(now, by, Some(claim), "verdict", old.name(), verdict.name()),
        Command::SetVerdict {
            claim,
            verdict: old,
        },
    ))
}

/// [`Command::SetNote`].
pub(super) fn set_note(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    claim: ClaimId,
    note: String,
) -> Applied {
    let target = claim_mut(review, claim)?;
    if target.note == note {
        return Err(ApplyError::NoChange);
    }
    let old = std::mem::replace(&mut target.note, note.clone());
    touch(target, now, by);
    Ok((
        entry(now, by, Some(claim), "note", &old, &note),
        Command::SetNote { claim, note: old },
    ))
}

/// [`Command::AddEvidence`].
pub(super) fn add_evidence(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    claim: ClaimId,
    evidence: Evidence,
) -> Applied {
    let index = claim_mut(review, claim)?.evidence.len();
    apply_one(
        review,
        Command::InsertEvidence {
            claim,
            index,
            evidence,
        },
        by,
        now,
    )
}

/// [`Command::InsertEvidence`].
pub(super) fn insert_evidence(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    claim: ClaimId,
    index: usize,
    evidence: Evidence,
) -> Applied {
    let target = claim_mut(review, claim)?;
    if index > target.evidence.len() {
        return Err(ApplyError::NoSuchEvidence { claim, index });
    }
    let described = describe_evidence(&evidence);
    target.evidence.insert(index, evidence);
    touch(target, now, by);
    Ok((
        entry(now, by, Some(claim), "evidence", "", &described),
        Command::RemoveEvidence { claim, index },
    ))
}

/// [`Command::SetEvidence`].
pub(super) fn set_evidence(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    claim: ClaimId,
    index: usize,
    evidence: Evidence,
) -> Applied {
    let target = claim_mut(review, claim)?;
    let slot = target
        .evidence
        .get_mut(index)
        .ok_or(ApplyError::NoSuchEvidence { claim, index })?;
    if *slot == evidence {
        return Err(ApplyError::NoChange);
    }
    let described = describe_evidence(&evidence);
    let old = std::mem::replace(slot, evidence);
    touch(target, now, by);
    Ok((
        entry(
            now,
            by,
            Some(claim),
            "evidence",
            &describe_evidence(&old),
            &described,
        ),
        Command::SetEvidence {
            claim,
            index,
            evidence: old,
        },
    ))
}

/// [`Command::RemoveEvidence`].
pub(super) fn remove_evidence(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    claim: ClaimId,
    index: usize,
) -> Applied {
    let target = claim_mut(review, claim)?;
    if index >= target.evidence.len() {
        return Err(ApplyError::NoSuchEvidence { claim, index });
    }
    let removed = target.evidence.remove(index);
    touch(target, now, by);
    Ok((
        entry(
            now,
            by,
            Some(claim),
            "evidence",
            &describe_evidence(&removed),
            "",
        ),
        Command::InsertEvidence {
            claim,
            index,
            evidence: removed,
        },
    ))
}
