//! A review: the article, its claims, and who changed what.

use super::{Article, Claim, ClaimId, Timestamp};
use serde::{Deserialize, Serialize};

/// The tag every `.sanad` file starts with, so that other RON files are refused clearly.
pub const FORMAT_TAG: &str = "sanad-review";

/// The schema version this build writes. A newer Sanad reads every older version; an older
/// Sanad refuses a newer file instead of guessing.
pub const SCHEMA_VERSION: u32 = 1;

/// One line of the change log: who changed what, when, from what to what.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChangeEntry {
    /// When the change was made.
    pub at: Timestamp,
    /// The reviewer who made it.
    pub by: String,
    /// The claim it touched; `None` for changes to the review as a whole.
    pub claim: Option<ClaimId>,
    /// What changed ("verdict", "note", "evidence", "claim" …).
    pub field: String,
    /// The value before, as text.
    pub old: String,
    /// The value after, as text.
    pub new: String,
}

/// A field that two reviewers changed differently, kept with both values until someone
/// decides (written by a merge).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// The claim concerned.
    pub claim: ClaimId,
    /// Which field ("verdict", "note", "evidence", "claim").
    pub field: String,
    /// Our value, as text (the value the claim keeps for now).
    pub ours: String,
    /// Their value, as text.
    pub theirs: String,
}

/// Everything a `.sanad` file holds. Field order here is the order in the file: keep it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// Always [`FORMAT_TAG`].
    pub format: String,
    /// The schema version the file was written with.
    pub version: u32,
    /// When the review was started.
    pub created: Timestamp,
    /// When it was last changed.
    pub modified: Timestamp,
    /// Everyone who has changed it, in order of their first change.
    pub reviewers: Vec<String>,
    /// How the review was done, in the reviewers' words.
    pub methodology: String,
    /// The id the next new claim gets; ids are never reused, even after a deletion.
    pub next_claim_id: u32,
    /// The article under review.
    pub article: Article,
    /// The claims, in text order.
    pub claims: Vec<Claim>,
    /// Every change, oldest first.
    pub log: Vec<ChangeEntry>,
    /// Unresolved merge conflicts; absent or empty in most files.
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
    /// Claims that could not be placed in a corrected article ([`crate::anchor`]); their
    /// spans refer to the article they came from. Kept so no work is lost.
    #[serde(default)]
    pub orphans: Vec<Claim>,
    /// Matches from the fact-check library the reviewers dismissed, so that they are not
    /// suggested again; absent or empty in most files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<Dismissed>,
}

/// A library match a reviewer dismissed for one claim.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Dismissed {
    /// The claim it was suggested for.
    pub claim: ClaimId,
    /// The match's key: a fact-check's key, or `review:PATH#ID` for a desk review.
    pub key: String,
}

impl Review {
    /// A new review of `article` with the given claims (their ids must be 1, 2, 3 …).
    pub fn new(article: Article, claims: Vec<Claim>) -> Self {
        let next_claim_id = claims.iter().map(|c| c.id.0).max().unwrap_or(0) + 1;
        let created = super::now();
        Review {
            format: FORMAT_TAG.to_string(),
            version: SCHEMA_VERSION,
            created,
            modified: created,
            reviewers: Vec::new(),
            methodology: String::new(),
            next_claim_id,
            article,
            claims,
            log: Vec::new(),
            conflicts: Vec::new(),
            orphans: Vec::new(),
            dismissed: Vec::new(),
        }
    }

    /// Whether the match with `key` was dismissed for `claim`.
    pub fn is_dismissed(&self, claim: ClaimId, key: &str) -> bool {
        self.dismissed
            .iter()
            .any(|d| d.claim == claim && d.key == key)
    }

    /// The claim with `id`, if the review has one.
    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    /// The claim with `id`, mutably.
    pub fn claim_mut(&mut self, id: ClaimId) -> Option<&mut Claim> {
        self.claims.iter_mut().find(|c| c.id == id)
    }

    /// How many claims carry each verdict, in [`super::Verdict::ALL`] order.
    pub fn verdict_counts(&self) -> [usize; 7] {
        let mut counts = [0; 7];
        for claim in &self.claims {
            counts[usize::from(claim.verdict.key()) - 1] += 1;
        }
        counts
    }
}
