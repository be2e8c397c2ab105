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
///
/// For a claim in the article, the selector follows from its span and the text: the review
/// file leaves it out (the file loads with it filled in again), and the context (prefix and
/// suffix) is computed only when re-anchoring needs it ([`QuoteSelector::for_span`]).
/// Written out for 100 000 claims it would make the file a third larger and slower to save
/// and load than the targets allow. A claim that has lost its place in the text (an orphan
/// of re-anchoring) keeps all of it, words and context.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct QuoteSelector {
    /// The claim's exact text.
    pub exact: String,
    /// Up to [`QuoteSelector::CONTEXT_CHARS`] characters just before it (orphans only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    /// Up to [`QuoteSelector::CONTEXT_CHARS`] characters just after it (orphans only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub suffix: String,
    /// Whether this selector belongs to a claim placed in the article text (then it is not
    /// written to the file).
    #[serde(skip)]
    pub in_text: bool,
}

impl QuoteSelector {
    /// How many characters of context the prefix and suffix keep.
    pub const CONTEXT_CHARS: usize = 32;

    /// Whether it belongs to a claim placed in the text (see the type's documentation).
    pub fn is_in_text(&self) -> bool {
        self.in_text
    }

    /// The selector of a claim in its text: its words, without context.
    pub fn exact(text: &str, span: Span) -> Self {
        QuoteSelector {
            exact: span.slice(text).unwrap_or("").to_string(),
            prefix: String::new(),
            suffix: String::new(),
            in_text: true,
        }
    }

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
            in_text: false,
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
    /// The page as it was fetched and kept in the snapshot folder, once archived. Absent in
    /// files written before archiving existed. Boxed: most sources have none, and every
    /// command carrying a source would otherwise carry its room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive: Option<Box<super::Archive>>,
}

/// One checkable statement in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Its number in the review.
    pub id: ClaimId,
    /// Where it sits in the article text.
    pub span: Span,
    /// Its words (and their context for an orphan), for re-anchoring in a corrected
    /// article. Not written for a claim in the text: it follows from the span.
    #[serde(default, skip_serializing_if = "QuoteSelector::is_in_text")]
    pub quote: QuoteSelector,
    /// Index into [`super::Article::sentences`] of the sentence it belongs to.
    pub sentence: usize,
    /// What sorts of statement it makes.
    pub kinds: Vec<ClaimKind>,
    /// How much it deserves checking, 0 (not at all) to 1 (first).
    pub worthiness: f32,
    /// Who the article says made the statement ("Financial Times"), when it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<String>,
    /// False for questions, bylines and page boilerplate.
    pub checkable: bool,
    /// The reviewer's verdict.
    pub verdict: Verdict,
    /// The sources consulted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// The reviewer's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When a reviewer last changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Who last changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
}

impl Claim {
    /// A fresh, unreviewed claim over `span` of `text`.
    pub fn new(id: ClaimId, text: &str, span: Span, sentence: usize) -> Self {
        Claim {
            id,
            span,
            quote: QuoteSelector::exact(text, span),
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
