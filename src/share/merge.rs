//! Combining two reviews of the same article: claims match by id, then by span and quote;
//! a change on one side only is taken; both sides' new claims are kept (theirs renumbered);
//! a verdict, note or evidence list changed differently on both sides is a conflict, kept
//! with both values in [`Review::conflicts`]. Change logs are merged in time order.
//!
//! Nothing either side holds is dropped: their orphans and their unresolved conflicts come
//! along (renumbered with their claims), a claim from a review segmented by another version
//! of the engine is attached to our sentence that holds it, and a claim id that would not
//! fit is an error, never a wrap to 0.

use crate::model::{Claim, ClaimId, Conflict, Evidence, Review, Span, Verdict};
use std::collections::{HashMap, HashSet};

/// The merged review and the conflicts left for a person to decide.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeOutcome {
    /// The merged review (its `conflicts` hold the same conflicts as below).
    pub review: Review,
    /// Fields changed differently on both sides.
    pub conflicts: Vec<Conflict>,
    /// Their claims (and orphans) whose id was taken on our side: their id, the new one.
    pub renumbered: Vec<(ClaimId, ClaimId)>,
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
    /// Claim ids have run out: the merged review would need an id past the largest there is.
    #[error(
        "the merged review would need more claim ids than there are (past {})",
        u32::MAX
    )]
    IdsExhausted,
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

    // Claims keep their ids and spans while they are merged below: positions stay valid.
    let ours_index = ClaimIndex::new(&result.claims);
    let base_index = base.map(|b| ClaimIndex::new(&b.claims));
    let in_base = |claim: &Claim| -> Option<&Claim> {
        let (base, index) = (base?, base_index.as_ref()?);
        index.find(&base.claims, claim).map(|at| &base.claims[at])
    };
    for their in &theirs.claims {
        let base_claim = in_base(their);
        match ours_index.find(&result.claims, their) {
            Some(at) => merge_claim(base_claim, &mut result.claims[at], their, &mut conflicts),
            None if base_claim.is_some() => {
                // We deleted it. Their unchanged copy stays deleted; a changed one comes
                // back, with a conflict, so their work is not lost.
                if base_claim != Some(their) {
                    conflicts.push(conflict(their.id, "claim", "deleted", "changed"));
                    added.push(their.clone());
                }
            }
            None => added.push(their.clone()),
        }
    }
    // Claims they deleted that we did not change go too.
    if base.is_some() {
        let theirs_index = ClaimIndex::new(&theirs.claims);
        result.claims.retain(|ours_claim| {
            let in_theirs = theirs_index.find(&theirs.claims, ours_claim);
            match (in_base(ours_claim), in_theirs) {
                (Some(b), None) if b == ours_claim => false,
                (Some(_), None) => {
                    conflicts.push(conflict(ours_claim.id, "claim", "changed", "deleted"));
                    true
                }
                _ => true,
            }
        });
    }
    let mut ids: HashSet<ClaimId> = result
        .claims
        .iter()
        .chain(&result.orphans)
        .map(|c| c.id)
        .collect();
    let mut renumbered = Vec::new();
    let same_sentences = ours.article.sentences == theirs.article.sentences;
    for mut claim in added {
        renumber(
            &mut claim,
            &mut ids,
            &mut result.next_claim_id,
            &mut renumbered,
        )?;
        if !same_sentences {
            // Their engine cut the text into other sentences: the claim belongs to ours.
            claim.sentence = sentence_holding(&result.article.sentences, claim.span);
        }
        let at = result.claims.partition_point(|c| c.span <= claim.span);
        result.claims.insert(at, claim);
    }
    // Their orphans (claims that lost their place in a corrected article) are work too.
    for orphan in &theirs.orphans {
        let known = result
            .orphans
            .iter()
            .any(|o| o.id == orphan.id && o.quote.exact == orphan.quote.exact);
        if !known {
            let mut orphan = orphan.clone();
            renumber(
                &mut orphan,
                &mut ids,
                &mut result.next_claim_id,
                &mut renumbered,
            )?;
            result.orphans.push(orphan);
        }
    }
    // Their unresolved conflicts stay unresolved, under their claims' ids in the result.
    for their_conflict in &theirs.conflicts {
        let mut their_conflict = their_conflict.clone();
        if let Some((_, now)) = renumbered
            .iter()
            .find(|(was, _)| *was == their_conflict.claim)
        {
            their_conflict.claim = *now;
        }
        if !conflicts.contains(&their_conflict) {
            conflicts.push(their_conflict);
        }
    }

    // A match either side dismissed stays dismissed (under the claim's id in the result).
    for dismissed in &theirs.dismissed {
        let mut dismissed = dismissed.clone();
        if let Some((_, now)) = renumbered.iter().find(|(was, _)| *was == dismissed.claim) {
            dismissed.claim = *now;
        }
        result.dismissed.push(dismissed);
    }
    result.dismissed.sort();
    result.dismissed.dedup();

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
        renumbered,
    })
}

/// Give `claim` a new id when its own is taken, and keep `next_id` past every id in use.
fn renumber(
    claim: &mut Claim,
    ids: &mut HashSet<ClaimId>,
    next_id: &mut u32,
    renumbered: &mut Vec<(ClaimId, ClaimId)>,
) -> Result<(), MergeError> {
    if ids.contains(&claim.id) {
        let fresh = ClaimId(*next_id);
        *next_id = next_id.checked_add(1).ok_or(MergeError::IdsExhausted)?;
        renumbered.push((claim.id, fresh));
        claim.id = fresh;
    }
    ids.insert(claim.id);
    let after = claim.id.0.checked_add(1).ok_or(MergeError::IdsExhausted)?;
    *next_id = (*next_id).max(after);
    Ok(())
}

/// The index of the sentence of `sentences` (in text order) that holds the start of `span`;
/// the nearest one before it when it falls between sentences.
fn sentence_holding(sentences: &[Span], span: Span) -> usize {
    sentences
        .partition_point(|s| s.start <= span.start)
        .saturating_sub(1)
}

/// Where each claim of a list stands, by id and span and by span alone: finding a claim's
/// counterpart on the other side is a lookup, not a scan (a merge of two reviews of 100 000
/// claims would otherwise compare every claim with every other).
struct ClaimIndex {
    by_id: HashMap<(ClaimId, Span), usize>,
    by_span: HashMap<Span, Vec<usize>>,
}

impl ClaimIndex {
    fn new(claims: &[Claim]) -> Self {
        let mut index = ClaimIndex {
            by_id: HashMap::with_capacity(claims.len()),
            by_span: HashMap::with_capacity(claims.len()),
        };
        for (at, claim) in claims.iter().enumerate() {
            index.by_id.entry((claim.id, claim.span)).or_insert(at);
            index.by_span.entry(claim.span).or_default().push(at);
        }
        index
    }

    /// The position in `claims` (the list this index was built from) of the claim that is
    /// `claim`: same id and span, else same span and words.
    fn find(&self, claims: &[Claim], claim: &Claim) -> Option<usize> {
        self.by_id
            .get(&(claim.id, claim.span))
            .copied()
            .or_else(|| {
                self.by_span.get(&claim.span).and_then(|candidates| {
                    candidates
                        .iter()
                        .copied()
                        .find(|&at| claims[at].quote.exact == claim.quote.exact)
                })
            })
    }
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
    let mut seen: HashSet<&crate::model::ChangeEntry> = ours.iter().collect();
    for entry in theirs {
        if seen.insert(entry) {
            all.push(entry.clone());
        }
    }
    all.sort_by_key(|e| e.at);
    all
}
