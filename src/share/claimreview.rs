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
    let article_url = super::checked_address(article.source_url.as_deref()).and_then(Result::ok);
    item["appearance"] = match article_url {
        Some(url) => json!({"@type": "CreativeWork", "url": url, "headline": article.title}),
        None => json!({"@type": "CreativeWork", "headline": article.title}),
    };
    if let Some(source) = &claim.attributed_to {
        item["author"] = json!({"@type": "Organization", "name": source});
    }
    // The fact-check's own page when it is a web address, else the article's; with neither,
    // no `url` at all rather than one that is not a web address.
    let base = super::checked_address(Some(settings.review_url.as_str()))
        .and_then(Result::ok)
        .or(article_url);
    let date = claim
        .updated_at
        .unwrap_or(review.modified)
        .date_naive()
        .to_string();
    let mut review_json = json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": shorten(text),
        "itemReviewed": item,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": settings.organisation},
        "datePublished": date,
        "inLanguage": language,
    });
    if let Some(base) = base {
        // A fragment of its own per claim; an address that already has one is cut there.
        let page = base.split('#').next().unwrap_or(base);
        review_json["url"] = json!(format!("{page}#claim-{}", claim.id));
    }
    review_json
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
