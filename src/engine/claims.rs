//! Sentences become claims: one or more per sentence, each tagged and scored.

use crate::model::{Article, Claim, ClaimId};

/// Page furniture that is never a claim, compared case-insensitively against a whole
/// sentence (trailing punctuation ignored).
const BOILERPLATE: &[&str] = &[
    "this browser does not support the video element",
    "your browser does not support the video tag",
    "فيديو ذات صلة",
    "read more",
    "اقرأ أيضاً",
    "اقرأ أيضا",
    "advertisement",
    "إعلان",
    "share this article",
    "share",
    "شارك",
    "related video",
    "related articles",
];

/// Whether `sentence` is page boilerplate rather than article content.
pub fn is_boilerplate(sentence: &str) -> bool {
    let core = sentence
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == ':' || c == '…');
    let lower = core.to_lowercase();
    BOILERPLATE.iter().any(|b| lower == *b)
}

/// The claims of an article whose sentences are already segmented, numbered from 1.
pub fn extract_claims(article: &Article) -> Vec<Claim> {
    let mut claims = Vec::with_capacity(article.sentences.len());
    for (index, span) in article.sentences.iter().enumerate() {
        let id = ClaimId(claims.len() as u32 + 1);
        let mut claim = Claim::new(id, &article.text, *span, index);
        let sentence = article.slice(*span);
        claim.checkable = !is_boilerplate(sentence) && !sentence.trim_end().ends_with(['?', '؟']);
        claim.worthiness = if claim.checkable { 0.5 } else { 0.0 };
        claims.push(claim);
    }
    claims
}
