//! schema.org ClaimReview JSON-LD, one object per reviewed claim (not Unreviewed, not Not
//! checkable), with every required and recommended field of Google's fact-check markup.

use crate::model::{Claim, Review, Verdict};
use serde_json::{Value, json};

/// Who publishes the fact-check, and where.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportSettings {
    /// The fact-checking organisation (ClaimReview `author`).
    pub organisation: String,
    /// The address of the published fact-check page; each claim gets `#claim-N` appended.
    pub review_url: String,
}

/// The 1–5 rating of a verdict, on Google's example scale (1 False, 2 Mostly false, 3 Half
/// true, 4 Mostly true, 5 True). Unverifiable has no place on a truth scale, so it gets no
/// number (`ratingValue` is recommended, not required); Unreviewed and Not checkable are
/// not exported at all.
pub fn rating_value(verdict: Verdict) -> Option<u8> {
    match verdict {
        Verdict::False => Some(1),
        Verdict::Misleading => Some(2),
        Verdict::Disputed => Some(3),
        Verdict::Verified => Some(5),
        Verdict::Unverifiable | Verdict::Unreviewed | Verdict::NotCheckable => None,
    }
}

/// The longest `claimReviewed` Google accepts, in characters.
const CLAIM_REVIEWED_MAX: usize = 75;

/// `text` cut to at most [`CLAIM_REVIEWED_MAX`] characters on a word boundary, with "…".
fn shorten(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= CLAIM_REVIEWED_MAX {
        return text.to_string();
    }
    let limit = text
        .char_indices()
        .nth(CLAIM_REVIEWED_MAX - 1)
        .map_or(text.len(), |(i, _)| i);
    let cut = text[..limit].rfind(char::is_whitespace).unwrap_or(limit);
    format!(
        "{}…",
        text[..cut]
            .trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || c == '،')
    )
}

fn claim_review(review: &Review, claim: &Claim, settings: &ExportSettings) -> Value {
    let article = &review.article;
    let text = article.slice(claim.span);
    let language = &article.language;
    let mut rating = json!({
        "@type": "Rating",
        "alternateName": claim.verdict.label(language),
        "name": claim.verdict.label_en(),
        "bestRating": 5,
        "worstRating": 1,
    });
    if let Some(value) = rating_value(claim.verdict) {
        rating["ratingValue"] = json!(value);
    }
    let mut item = json!({
        "@type": "Claim",
        "text": text,
        "datePublished": article.imported_at.date_naive().to_string(),
    });
    if let Some(url) = &article.source_url {
        item["appearance"] =
            json!({"@type": "CreativeWork", "url": url, "headline": article.title});
    } else {
        item["appearance"] = json!({"@type": "CreativeWork", "headline": article.title});
    }
    if let Some(source) = &claim.attributed_to {
        item["author"] = json!({"@type": "Organization", "name": source});
    }
    let base = if settings.review_url.is_empty() {
        article.source_url.clone().unwrap_or_default()
    } else {
        settings.review_url.clone()
    };
    let date = claim
        .updated_at
        .unwrap_or(review.modified)
        .date_naive()
        .to_string();
    json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": format!("{base}#claim-{}", claim.id),
        "claimReviewed": shorten(text),
        "itemReviewed": item,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": settings.organisation},
        "datePublished": date,
        "inLanguage": language,
    })
}

/// The ClaimReview JSON-LD of every reviewed claim, as a pretty JSON array.
pub fn claimreview_json(review: &Review, settings: &ExportSettings) -> String {
    let items: Vec<Value> = review
        .claims
        .iter()
        .filter(|c| c.verdict.is_reviewed() && c.verdict != Verdict::NotCheckable)
        .map(|c| claim_review(review, c, settings))
        .collect();
    let mut out =
        serde_json::to_string_pretty(&Value::Array(items)).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_claims_are_cut_on_a_word_boundary() {
        let long = "word ".repeat(30);
        let short = shorten(&long);
        assert!(short.chars().count() <= CLAIM_REVIEWED_MAX + 1);
        assert!(short.ends_with("word…"), "{short}");
        assert_eq!(shorten("short claim"), "short claim");
    }

    #[test]
    fn ratings_follow_the_documented_scale() {
        assert_eq!(rating_value(Verdict::False), Some(1));
        assert_eq!(rating_value(Verdict::Verified), Some(5));
        assert_eq!(rating_value(Verdict::Unverifiable), None);
    }
}
