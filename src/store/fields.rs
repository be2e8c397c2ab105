//! A review's fields by reference, in its order and with its attributes: the review as RON
//! writes it, with its longest lists (the claims, the article's sentences) left out to be
//! written apart, without copying the article.

use crate::model::{
    Article, Capture, ChangeEntry, Claim, Conflict, Dismissed, Review, Span, TextDirection,
    Timestamp,
};
use serde::Serialize;

/// The fields of a [`Review`].
#[derive(Serialize)]
pub(super) struct ReviewFields<'a> {
    format: &'a str,
    version: u32,
    created: &'a Timestamp,
    modified: &'a Timestamp,
    reviewers: &'a [String],
    methodology: &'a str,
    next_claim_id: u32,
    article: ArticleFields<'a>,
    claims: &'a [Claim],
    log: &'a [ChangeEntry],
    conflicts: &'a [Conflict],
    orphans: &'a [Claim],
    #[serde(skip_serializing_if = "<[Dismissed]>::is_empty")]
    dismissed: &'a [Dismissed],
}

/// The fields of an [`Article`].
#[derive(Serialize)]
struct ArticleFields<'a> {
    title: &'a str,
    language: &'a str,
    direction: TextDirection,
    source_url: &'a Option<String>,
    encoding: &'a str,
    source_sha256: &'a str,
    imported_at: &'a Timestamp,
    sha256: &'a str,
    sentences: &'a [Span],
    #[serde(skip_serializing_if = "Option::is_none")]
    fetched: &'a Option<Capture>,
    #[serde(skip_serializing_if = "str::is_empty")]
    byline: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    published: &'a str,
    text: &'a str,
}

impl<'a> ReviewFields<'a> {
    /// `review` without its claims, and its article without its sentences and its text.
    pub(super) fn without_lists_or_text(review: &'a Review) -> Self {
        let article = &review.article;
        ReviewFields {
            format: &review.format,
            version: review.version,
            created: &review.created,
            modified: &review.modified,
            reviewers: &review.reviewers,
            methodology: &review.methodology,
            next_claim_id: review.next_claim_id,
            article: ArticleFields::without_sentences_or_text(article),
            claims: &[],
            log: &review.log,
            conflicts: &review.conflicts,
            orphans: &review.orphans,
            dismissed: &review.dismissed,
        }
    }
}

impl<'a> ArticleFields<'a> {
    fn without_sentences_or_text(article: &'a Article) -> Self {
        ArticleFields {
            title: &article.title,
            language: &article.language,
            direction: article.direction,
            source_url: &article.source_url,
            encoding: &article.encoding,
            source_sha256: &article.source_sha256,
            imported_at: &article.imported_at,
            sha256: &article.sha256,
            sentences: &[],
            fetched: &article.fetched,
            byline: &article.byline,
            published: &article.published,
            text: "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_with_their_lists_are_the_reviews() {
        // Fails when Review or Article gains, loses or reorders a field that these do not.
        let text = "Prices rose 4%. \"We will,\" said Ana.".to_string();
        let mut review =
            crate::review_from_article(crate::import::article_from_text(text, "UTF-8", "t"));
        review.article.byline = "Dana".into();
        review.article.published = "Monday".into();
        review.article.source_url = Some("https://example.org/a".into());
        review.dismissed.push(Dismissed {
            claim: review.claims[0].id,
            key: "review:a.sanad#1".into(),
        });
        let mut fields = ReviewFields::without_lists_or_text(&review);
        fields.claims = &review.claims;
        fields.article.sentences = &review.article.sentences;
        fields.article.text = &review.article.text;
        let pretty = ron::ser::PrettyConfig::new();
        assert_eq!(
            ron::ser::to_string_pretty(&fields, pretty.clone()).unwrap(),
            ron::ser::to_string_pretty(&review, pretty).unwrap()
        );
    }
}
