//! Commands that change the list of claims: add, delete, split, merge, replace, attach an
//! orphan.

use super::*;

/// [`Command::AddClaim`].
pub(super) fn add_claim(review: &mut Review, by: &str, now: Timestamp, span: Span) -> Applied {
    check_span(&review.article.text, span)?;
    let id = take_id(review)?;
    let sentence = sentence_of(review, span.start);
    let mut claim = Claim::new(id, &review.article.text, span, sentence);
    touch(&mut claim, now, by);
    let text = claim.quote.exact.clone();
    insert_sorted(&mut review.claims, claim);
    Ok((
        entry(now, by, Some(id), "claim", "", &text),
        Command::ReplaceClaims {
            remove: vec![id],
            insert: Vec::new(),
        },
    ))
}

/// [`Command::DeleteClaim`].
pub(super) fn delete_claim(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    claim: ClaimId,
) -> Applied {
    let at = position(review, claim)?;
    let removed = review.claims.remove(at);
    Ok((
        entry(now, by, Some(claim), "claim", &removed.quote.exact, ""),
        Command::ReplaceClaims {
            remove: Vec::new(),
            insert: vec![removed],
        },
    ))
}

/// [`Command::SplitClaim`].
pub(super) fn split_claim(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    claim: ClaimId,
    at: usize,
) -> Applied {
    let index = position(review, claim)?;
    let text = &review.article.text;
    let original = review.claims[index].clone();
    let span = original.span;
    if at <= span.start || at >= span.end || !text.is_char_boundary(at) {
        return Err(ApplyError::BadSplit { claim });
    }
    let first_end = span.start + text[span.start..at].trim_end().len();
    let second_start = at + (text[at..span.end].len() - text[at..span.end].trim_start().len());
    if first_end == span.start || second_start == span.end {
        return Err(ApplyError::BadSplit { claim });
    }
    let second_id = take_id(review)?;
    let first_span = Span::new(span.start, first_end);
    let second_span = Span::new(second_start, span.end);
    let mut second = Claim::new(
        second_id,
        &review.article.text,
        second_span,
        sentence_of(review, second_start),
    );
    second.kinds = original.kinds.clone();
    second.worthiness = original.worthiness;
    second.attributed_to = original.attributed_to.clone();
    second.checkable = original.checkable;
    touch(&mut second, now, by);
    let first = &mut review.claims[index];
    first.span = first_span;
    first.quote = QuoteSelector::exact(&review.article.text, first_span);
    touch(first, now, by);
    let old = original.quote.exact.clone();
    let new = format!("{} | {}", first.quote.exact, second.quote.exact);
    insert_sorted(&mut review.claims, second);
    Ok((
        entry(now, by, Some(claim), "split", &old, &new),
        Command::ReplaceClaims {
            remove: vec![claim, second_id],
            insert: vec![original],
        },
    ))
}

/// [`Command::MergeWithNext`].
pub(super) fn merge_with_next(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    claim: ClaimId,
) -> Applied {
    let index = position(review, claim)?;
    if index + 1 >= review.claims.len() {
        return Err(ApplyError::NothingToMerge(claim));
    }
    let next = review.claims.remove(index + 1);
    let original = review.claims[index].clone();
    let span = Span::new(original.span.start, next.span.end.max(original.span.end));
    let first = &mut review.claims[index];
    first.span = span;
    first.quote = QuoteSelector::exact(&review.article.text, span);
    first.evidence.extend(next.evidence.iter().cloned());
    for kind in &next.kinds {
        if !first.kinds.contains(kind) {
            first.kinds.push(*kind);
        }
    }
    first.worthiness = first.worthiness.max(next.worthiness);
    if first.verdict == Verdict::Unreviewed {
        first.verdict = next.verdict;
    }
    if !next.note.is_empty() {
        if !first.note.is_empty() {
            first.note.push('\n');
        }
        first.note.push_str(&next.note);
    }
    touch(first, now, by);
    let old = format!("{} | {}", original.quote.exact, next.quote.exact);
    let new = first.quote.exact.clone();
    Ok((
        entry(now, by, Some(claim), "merge", &old, &new),
        Command::ReplaceClaims {
            remove: vec![claim],
            insert: vec![original, next],
        },
    ))
}

/// [`Command::ReplaceClaims`].
pub(super) fn replace_claims(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    remove: Vec<ClaimId>,
    insert: Vec<Claim>,
) -> Applied {
    for id in &remove {
        position(review, *id)?;
    }
    for claim in &insert {
        check_span(&review.article.text, claim.span)?;
        if !remove.contains(&claim.id) && review.claim(claim.id).is_some() {
            return Err(ApplyError::DuplicateClaim(claim.id));
        }
    }
    if remove.is_empty() && insert.is_empty() {
        return Err(ApplyError::NoChange);
    }
    let mut removed = Vec::with_capacity(remove.len());
    for id in &remove {
        let at = position(review, *id)?;
        removed.push(review.claims.remove(at));
    }
    let inserted_ids: Vec<ClaimId> = insert.iter().map(|c| c.id).collect();
    let joined = |claims: &[Claim]| {
        claims
            .iter()
            .map(|c| c.quote.exact.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let new = joined(&insert);
    for claim in insert {
        review.next_claim_id = review.next_claim_id.max(claim.id.0.saturating_add(1));
        insert_sorted(&mut review.claims, claim);
    }
    let old = joined(&removed);
    let subject = inserted_ids.first().or(remove.first()).copied();
    Ok((
        entry(now, by, subject, "claim", &old, &new),
        Command::ReplaceClaims {
            remove: inserted_ids,
            insert: removed,
        },
    ))
}

/// [`Command::AttachOrphan`].
pub(super) fn attach_orphan(
    review: &mut Review,
    by: &str,
    now: Timestamp,
    index: usize,
    span: Span,
) -> Applied {
    if index >= review.orphans.len() {
        return Err(ApplyError::NoSuchOrphan(index));
    }
    check_span(&review.article.text, span)?;
    let before = review.clone();
    let mut claim = review.orphans.remove(index);
    if review.claim(claim.id).is_some() {
        match take_id(review) {
            Ok(id) => claim.id = id,
            Err(e) => {
                *review = before;
                return Err(e);
            }
        }
    }
    claim.span = span;
    claim.quote = QuoteSelector::exact(&review.article.text, span);
    claim.sentence = sentence_of(review, span.start);
    touch(&mut claim, now, by);
    let (id, text) = (claim.id, claim.quote.exact.clone());
    insert_sorted(&mut review.claims, claim);
    Ok((
        entry(now, by, Some(id), "re-attached", "", &text),
        Command::ReplaceReview {
            review: Box::new(before),
            reason: "undid re-attaching a claim".into(),
        },
    ))
}
