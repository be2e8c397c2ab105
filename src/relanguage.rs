//! The article's language changed (View ▸ Article language): its sentences are found again
//! with that language's rules, the engine's claims are found again in them, and every claim a
//! reviewer worked on is kept where it is, with its verdict, note and sources.

use crate::model::{Claim, ClaimId, ReachIndex, Review, Verdict};

/// `review` with its article in `language`: segmented again, the engine's claims found again,
/// the reviewed claims kept (a claim of the engine that overlaps one of them is left out).
/// The caller applies it as one edit (`Command::ReplaceReview`), so it is undone as one.
pub fn relanguage(review: &Review, language: &str) -> Review {
    let mut article = review.article.clone();
    article.language = language.to_string();
    article.sentences = crate::engine::segment_sentences(&article.text, language);
    let kept: Vec<Claim> = review
        .claims
        .iter()
        .filter(|c| is_reviewed(c))
        .cloned()
        .collect();
    // The review's claims are in text order, so the kept ones are too: one look-up each,
    // not a scan of every kept claim per new one.
    let reach = ReachIndex::new(&kept);
    let mut next_id = review.next_claim_id;
    let mut claims = kept.clone();
    for mut fresh in crate::engine::extract_claims(&article) {
        let range = fresh.span.start..fresh.span.end;
        if reach.overlapping(&kept, range).next().is_some() {
            continue;
        }
        fresh.id = ClaimId(next_id);
        next_id = next_id.saturating_add(1);
        claims.push(fresh);
    }
    claims.sort_by_key(|c| (c.span.start, c.span.end));
    for claim in &mut claims {
        // The sentence each claim is in, in the new segmentation.
        let at = article
            .sentences
            .partition_point(|s| s.end <= claim.span.start);
        claim.sentence = at.min(article.sentences.len().saturating_sub(1));
    }
    let mut out = review.clone();
    out.article = article;
    out.claims = claims;
    out.next_claim_id = next_id;
    out
}

/// Whether a reviewer worked on `claim`: a verdict (other than the engine's "not checkable"
/// for page furniture), a note or a source.
fn is_reviewed(claim: &Claim) -> bool {
    let engine_preset = claim.verdict == Verdict::NotCheckable && !claim.checkable;
    let verdict = claim.verdict != Verdict::Unreviewed && !engine_preset;
    verdict || !claim.note.is_empty() || !claim.evidence.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviewed_claims_stay_and_the_rest_are_found_again_with_the_new_rules() {
        // "12. Juni" is a date in German; English rules end a sentence after "12.".
        let text = "Er kam am 12. Juni nach Berlin. Der Bürgermeister sagte, das Budget sei 40 Millionen.\n";
        let article = crate::import::article_from_text_in(text.into(), "UTF-8", "t", Some("en"));
        let mut review = crate::review_from_article(article);
        let english_claims = review.claims.len();
        let last = review.claims.len() - 1;
        review.claims[last].verdict = Verdict::Verified;
        review.claims[last].note = "checked with the town hall".into();
        let reviewed = review.claims[last].clone();

        let german = relanguage(&review, "de");
        assert_eq!(german.article.language, "de");
        assert_eq!(german.article.text, review.article.text);
        assert!(german.article.sentences.len() < review.article.sentences.len());
        let kept = german
            .claim(reviewed.id)
            .expect("the reviewed claim is kept");
        assert_eq!(
            (kept.span, kept.verdict, &kept.note),
            (reviewed.span, Verdict::Verified, &reviewed.note)
        );
        assert!(
            german.claims.len() < english_claims,
            "the first sentence is one now"
        );
        assert!(
            german
                .claims
                .windows(2)
                .all(|w| w[0].span.start <= w[1].span.start)
        );
        let ids: std::collections::HashSet<_> = german.claims.iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), german.claims.len(), "ids stay unique");
        assert!(german.claims.iter().all(|c| c.id.0 < german.next_claim_id));
    }
}
