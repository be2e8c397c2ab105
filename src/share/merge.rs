//! Combining two reviews of the same article: claims match by id, then by span and quote;
//! a change on one side only is taken; both sides' new claims are kept (theirs renumbered);
//! a verdict, note or evidence list changed differently on both sides is a conflict, kept
//! with both values in [`Review::conflicts`]. Change logs are merged in time order.

use crate::model::{Claim, ClaimId, Conflict, Evidence, Review, Verdict};

/// The merged review and the conflicts left for a person to decide.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeOutcome {
    /// The merged review (its `conflicts` hold the same conflicts as below).
    pub review: Review,
    /// Fields changed differently on both sides.
    pub conflicts: Vec<Conflict>,
}

/// Why two reviews cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// The reviews are of different article texts.
    #[error(
        "the reviews are of different article texts (SHA-256 {ours} and {theirs}); merge reviews of the same article"
    )]
    DifferentArticles {
        /// Our text's hash.
        ours: String,
        /// Their text's hash.
        theirs: String,
    },
}

/// Merge `theirs` into `ours`, with `base` (their common ancestor) when known.
pub fn merge(
    base: Option<&Review>,
    ours: &Review,
    theirs: &Review,
) -> Result<MergeOutcome, MergeError> {
    for other in [Some(theirs), base].into_iter().flatten() {
        if other.article.sha256 != ours.article.sha256 {
            return Err(MergeError::DifferentArticles {
                ours: ours.article.sha256.clone(),
                theirs: other.article.sha256.clone(),
            });
        }
    }
    let mut result = ours.clone();
    result.next_claim_id = ours.next_claim_id.max(theirs.next_claim_id);
    let mut conflicts: Vec<Conflict> = ours.conflicts.clone();
    let mut added: Vec<Claim> = Vec::new();

    for their in &theirs.claims {
        let in_base = base.and_then(|b| find(&b.claims, their));
        match find(&result.claims, their).map(|c| c.id) {
            Some(id) => {
                let ours_claim = result.claims.iter_mut().find(|c| c.id == id);
                if let Some(ours_claim) = ours_claim {
                    merge_claim(in_base, ours_claim, their, &mut conflicts);
                }
            }
            None if in_base.is_some() => {
                // We deleted it. Their unchanged copy stays deleted; a changed one comes
                // back, with a conflict, so their work is not lost.
                if in_base != Some(their) {
                    conflicts.push(conflict(their.id, "claim", "deleted", "changed"));
                    added.push(their.clone());
                }
            }
            None => added.push(their.clone()),
        }
    }
    // Claims they deleted that we did not change go too.
    if let Some(base) = base {
        result.claims.retain(|ours_claim| {
            let in_base = find(&base.claims, ours_claim);
            let in_theirs = find(&theirs.claims, ours_claim);
            match (in_base, in_theirs) {
                (Some(b), None) if b == ours_claim => false,
                (Some(_), None) => {
                    conflicts.push(conflict(ours_claim.id, "claim", "changed", "deleted"));
                    true
                }
                _ => true,
            }
        });
    }
    for mut claim in added {
        if result.claims.iter().any(|c| c.id == claim.id) {
            claim.id = ClaimId(result.next_claim_id);
            result.next_claim_id += 1;
        }
        result.next_claim_id = result.next_claim_id.max(claim.id.0 + 1);
        let at = result.claims.partition_point(|c| c.span <= claim.span);
        result.claims.insert(at, claim);
    }

    for reviewer in &theirs.reviewers {
        if !result.reviewers.contains(reviewer) {
            result.reviewers.push(reviewer.clone());
        }
    }
    if result.methodology.is_empty() {
        result.methodology = theirs.methodology.clone();
    }
    result.modified = ours.modified.max(theirs.modified);
    result.log = merge_logs(&ours.log, &theirs.log);
    conflicts.dedup();
    result.conflicts = conflicts.clone();
    Ok(MergeOutcome {
        review: result,
        conflicts,
    })
}

/// The claim in `claims` that is `claim`: same id and span, else same span and quote.
fn find<'a>(claims: &'a [Claim], claim: &Claim) -> Option<&'a Claim> {
    claims
        .iter()
        .find(|c| c.id == claim.id && c.span == claim.span)
        .or_else(|| {
            claims
                .iter()
                .find(|c| c.span == claim.span && c.quote.exact == claim.quote.exact)
        })
}

fn conflict(claim: ClaimId, field: &str, ours: &str, theirs: &str) -> Conflict {
    Conflict {
        claim,
        field: field.to_string(),
        ours: ours.to_string(),
        theirs: theirs.to_string(),
    }
}

/// Three-way choice for one field: the side that changed wins; both changed the same way is
/// no conflict; both changed differently is `None`. Without a base, `neutral` (the value of
/// an untouched claim) counts as unchanged.
fn pick<T: PartialEq + Clone>(base: Option<&T>, ours: &T, theirs: &T, neutral: &T) -> Option<T> {
    if ours == theirs {
        return Some(ours.clone());
    }
    let base = base.unwrap_or(neutral);
    if ours == base {
        Some(theirs.clone())
    } else if theirs == base {
        Some(ours.clone())
    } else {
        None
    }
}

fn describe_evidence(list: &[Evidence]) -> String {
    list.iter()
        .map(|e| e.url.clone().unwrap_or_else(|| e.citation.clone()))
        .collect::<Vec<_>>()
        .join(" | ")
}

fn merge_claim(
    base: Option<&Claim>,
    ours: &mut Claim,
    theirs: &Claim,
    conflicts: &mut Vec<Conflict>,
) {
    let id = ours.id;
    match pick(
        base.map(|b| &b.verdict),
        &ours.verdict,
        &theirs.verdict,
        &Verdict::Unreviewed,
    ) {
        Some(v) => ours.verdict = v,
        None => conflicts.push(conflict(
            id,
            "verdict",
            ours.verdict.name(),
            theirs.verdict.name(),
        )),
    }
    match pick(
        base.map(|b| &b.note),
        &ours.note,
        &theirs.note,
        &String::new(),
    ) {
        Some(n) => ours.note = n,
        None => conflicts.push(conflict(id, "note", &ours.note, &theirs.note)),
    }
    match pick(
        base.map(|b| &b.evidence),
        &ours.evidence,
        &theirs.evidence,
        &Vec::new(),
    ) {
        Some(e) => ours.evidence = e,
        None => {
            // Keep every source from both sides in the claim; the conflict says which.
            let before = describe_evidence(&ours.evidence);
            for source in &theirs.evidence {
                if !ours.evidence.contains(source) {
                    ours.evidence.push(source.clone());
                }
            }
            conflicts.push(conflict(
                id,
                "evidence",
                &before,
                &describe_evidence(&theirs.evidence),
            ));
        }
    }
    if theirs.updated_at > ours.updated_at {
        ours.updated_at = theirs.updated_at;
        ours.updated_by = theirs.updated_by.clone();
    }
}

/// Both logs, without duplicates, oldest first (entries at the same second keep our order
/// before theirs).
fn merge_logs(
    ours: &[crate::model::ChangeEntry],
    theirs: &[crate::model::ChangeEntry],
) -> Vec<crate::model::ChangeEntry> {
    let mut all: Vec<crate::model::ChangeEntry> = ours.to_vec();
    for entry in theirs {
        if !all.contains(entry) {
            all.push(entry.clone());
        }
    }
    all.sort_by_key(|e| e.at);
    all
}
