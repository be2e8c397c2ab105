//! A checkable claim and the evidence gathered for it.

use super::{Span, Timestamp, Verdict};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A claim's number within its review: small, given in creation order, never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ClaimId(pub u32);

impl fmt::Display for ClaimId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What sort of statement a claim makes; a claim may carry several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ClaimKind {
    /// A number, amount or statistic.
    Number,
    /// A date, time or period.
    Date,
    /// A direct quotation.
    Quote,
    /// The text attributes the statement to a source.
    Attribution,
    /// A comparison or superlative ("the largest", "more than").
    Comparison,
    /// Names a person, organisation or place.
    NamedEntity,
    /// States a cause or consequence.
    Causal,
    /// Says what will happen.
    Prediction,
    /// A judgement rather than a fact.
    Opinion,
    /// A question.
    Question,
}

impl ClaimKind {
    /// Every kind, in the order the table's kind filter lists them.
    pub const ALL: [ClaimKind; 10] = [
        ClaimKind::Number,
        ClaimKind::Date,
        ClaimKind::Quote,
        ClaimKind::Attribution,
        ClaimKind::Comparison,
        ClaimKind::NamedEntity,
        ClaimKind::Causal,
        ClaimKind::Prediction,
        ClaimKind::Opinion,
        ClaimKind::Question,
    ];

    /// The stable machine name, as used in exports.
    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Number => "number",
            ClaimKind::Date => "date",
            ClaimKind::Quote => "quote",
            ClaimKind::Attribution => "attribution",
            ClaimKind::Comparison => "comparison",
            ClaimKind::NamedEntity => "named-entity",
            ClaimKind::Causal => "causal",
            ClaimKind::Prediction => "prediction",
            ClaimKind::Opinion => "opinion",
            ClaimKind::Question => "question",
        }
    }
}

/// Where a claim sits, told by its words rather than its offsets, so that it can be found
/// again in a corrected version of the article.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct QuoteSelector {
    /// The claim's exact text.
    pub exact: String,
    /// Up to [`QuoteSelector::CONTEXT_CHARS`] characters just before it.
    pub prefix: String,
    /// Up to [`QuoteSelector::CONTEXT_CHARS`] characters just after it.
    pub suffix: String,
}

impl QuoteSelector {
    /// How many characters of context the prefix and suffix keep.
    pub const CONTEXT_CHARS: usize = 32;

    /// The selector for `span` in `text`; `span` must fit the text.
    pub fn for_span(text: &str, span: Span) -> Self {
        let exact = span.slice(text).unwrap_or("").to_string();
        let before = text.get(..span.start).unwrap_or("");
        let after = text.get(span.end..).unwrap_or("");
        // Count characters by their first bytes: cheaper than decoding them.
        let is_char_start = |b: &u8| (*b as i8) >= -0x40;
        let prefix_start = before
            .bytes()
            .enumerate()
            .rev()
            .filter(|(_, b)| is_char_start(b))
            .nth(Self::CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let suffix_end = after
            .bytes()
            .enumerate()
            .filter(|(_, b)| is_char_start(b))
            .nth(Self::CONTEXT_CHARS)
            .map_or(after.len(), |(i, _)| i);
        QuoteSelector {
            exact,
            prefix: before[prefix_start..].to_string(),
            suffix: after[..suffix_end].to_string(),
        }
    }
}

/// How a piece of evidence bears on the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Stance {
    /// The source supports the claim.
    Supports,
    /// The source contradicts the claim.
    Refutes,
    /// The source gives background without settling the claim.
    #[default]
    Context,
}

/// One source consulted for a claim.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Evidence {
    /// The source's address; stored as text and only ever opened when the reviewer clicks.
    pub url: Option<String>,
    /// A citation for sources without an address (a printed report, a phone call).
    pub citation: String,
    /// The source's title.
    pub title: String,
    /// Who published the source.
    pub publisher: String,
    /// The passage that matters.
    pub excerpt: String,
    /// Whether it supports or refutes the claim.
    pub stance: Stance,
    /// When the reviewer consulted it.
    pub accessed: Option<NaiveDate>,
}

/// One checkable statement in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Its number in the review.
    pub id: ClaimId,
    /// Where it sits in the article text.
    pub span: Span,
    /// Its words and their context, for re-anchoring in a corrected article.
    pub quote: QuoteSelector,
    /// Index into [`super::Article::sentences`] of the sentence it belongs to.
    pub sentence: usize,
    /// What sorts of statement it makes.
    pub kinds: Vec<ClaimKind>,
    /// How much it deserves checking, 0 (not at all) to 1 (first).
    pub worthiness: f32,
    /// Who the article says made the statement ("Financial Times"), when it says.
    pub attributed_to: Option<String>,
    /// False for questions, bylines and page boilerplate.
    pub checkable: bool,
    /// The reviewer's verdict.
    pub verdict: Verdict,
    /// The sources consulted.
    pub evidence: Vec<Evidence>,
    /// The reviewer's note.
    pub note: String,
    /// When a reviewer last changed it.
    pub updated_at: Option<Timestamp>,
    /// Who last changed it.
    pub updated_by: Option<String>,
}

impl Claim {
    /// A fresh, unreviewed claim over `span` of `text`.
    pub fn new(id: ClaimId, text: &str, span: Span, sentence: usize) -> Self {
        Claim {
            id,
            span,
            quote: QuoteSelector::for_span(text, span),
            sentence,
            kinds: Vec::new(),
            worthiness: 0.0,
            attributed_to: None,
            checkable: true,
            verdict: Verdict::Unreviewed,
            evidence: Vec::new(),
            note: String::new(),
            updated_at: None,
            updated_by: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selector_keeps_up_to_32_chars_each_side() {
        let text = format!("{}CLAIM{}", "ا".repeat(40), "b".repeat(40));
        let start = "ا".len() * 40;
        let span = Span::new(start, start + 5);
        let q = QuoteSelector::for_span(&text, span);
        assert_eq!(q.exact, "CLAIM");
        assert_eq!(q.prefix.chars().count(), 32);
        assert_eq!(q.suffix, "b".repeat(32));
    }

    #[test]
    fn selector_at_text_edges_has_short_context() {
        let q = QuoteSelector::for_span("abc", Span::new(0, 3));
        assert_eq!((q.prefix.as_str(), q.suffix.as_str()), ("", ""));
    }
}
