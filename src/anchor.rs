//! Re-anchoring: a corrected version of the article arrives, and every claim is attached
//! again by its quote selector: exactly where its words still stand (the closest match to
//! its old context when they stand several times), else between its old neighbours, else by
//! a bounded fuzzy match that ignores diacritics and spacing. A claim that cannot be placed
//! is kept as an orphan, never dropped.

use crate::model::{Article, ChangeEntry, Claim, QuoteSelector, Review, Span};

/// How a claim was placed in the new text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Its exact words.
    Exact,
    /// Between its old prefix and suffix.
    Context,
    /// Its words, ignoring diacritics, tatweel and spacing.
    Fuzzy,
    /// Nowhere: kept in [`Review::orphans`].
    Orphan,
}

/// The re-anchored review and what happened to each claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Reanchored {
    /// The review over the new article.
    pub review: Review,
    /// Each claim's id and placement, in the old order.
    pub placements: Vec<(crate::model::ClaimId, Placement)>,
}

/// Re-attach the claims of `review` to `article` (already imported and segmented).
pub fn reanchor(review: &Review, article: Article, by: &str) -> Reanchored {
    let mut out = review.clone();
    let text = article.text.clone();
    let mut placements = Vec::new();
    let mut claims = Vec::new();
    // How far the text has shifted so far: where the next claim is expected in the new text.
    let mut shift: isize = 0;
    for claim in &review.claims {
        // The context of a claim in its text is not stored: it follows from the old text.
        let quote = QuoteSelector::for_span(&review.article.text, claim.span);
        let expected = claim.span.start.saturating_add_signed(shift);
        let (placement, span) = match place_near(&text, &quote, expected) {
            Some(span) => (Placement::Exact, Some(span)),
            None => place(&text, &quote),
        };
        if let Some(span) = span {
            shift = span.start as isize - claim.span.start as isize;
        }
        placements.push((claim.id, placement));
        match span {
            Some(span) => {
                let mut moved = claim.clone();
                moved.span = span;
                moved.quote = QuoteSelector::exact(&text, span);
                // Sentences are in text order: a binary search, not a scan per claim.
                let at = article.sentences.partition_point(|s| s.end <= span.start);
                moved.sentence = article
                    .sentences
                    .get(at)
                    .filter(|s| s.start <= span.start)
                    .map_or(0, |_| at);
                claims.push(moved);
            }
            // An orphan keeps its words and their old context: what placing it again needs.
            None => out.orphans.push(Claim {
                quote,
                ..claim.clone()
            }),
        }
    }
    claims.sort_by_key(|c| c.span);
    // Two claims placed on overlapping text: the later one becomes an orphan rather than
    // the review holding overlapping claims.
    let mut kept: Vec<Claim> = Vec::with_capacity(claims.len());
    for claim in claims {
        if kept
            .last()
            .is_some_and(|last| last.span.end > claim.span.start)
        {
            if let Some(p) = placements.iter_mut().find(|(id, _)| *id == claim.id) {
                p.1 = Placement::Orphan;
            }
            let quote = QuoteSelector::for_span(&text, claim.span);
            out.orphans.push(Claim { quote, ..claim });
        } else {
            kept.push(claim);
        }
    }
    out.claims = kept;
    let orphans = placements
        .iter()
        .filter(|(_, p)| *p == Placement::Orphan)
        .count();
    out.article = article;
    out.modified = crate::model::now();
    out.log.push(ChangeEntry {
        at: out.modified,
        by: by.to_string(),
        claim: None,
        field: "article".into(),
        old: review.article.sha256.clone(),
        new: format!("{} ({orphans} orphan(s))", out.article.sha256),
    });
    Reanchored {
        review: out,
        placements,
    }
}

/// How far from where a claim is expected its words are first looked for.
const NEAR: usize = 4096;

/// `quote`'s words near `expected` with all of their old context around them: what most
/// claims of a corrected article are. Looking there first keeps re-anchoring a long article
/// linear; a claim not found this way is looked for in the whole text ([`place`]).
fn place_near(text: &str, quote: &QuoteSelector, expected: usize) -> Option<Span> {
    if quote.exact.is_empty() {
        return None;
    }
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor(expected.saturating_sub(NEAR));
    let end = floor(expected.saturating_add(quote.exact.len() + NEAR));
    let whole = quote.prefix.chars().count() + quote.suffix.chars().count();
    text[start..end]
        .match_indices(quote.exact.as_str())
        .map(|(i, _)| start + i)
        .find(|&at| context_score(text, at, quote) == whole)
        .map(|at| Span::new(at, at + quote.exact.len()))
}

/// Where `quote` stands in `text`, and how it was found.
fn place(text: &str, quote: &QuoteSelector) -> (Placement, Option<Span>) {
    if quote.exact.is_empty() {
        return (Placement::Orphan, None);
    }
    let exact: Vec<usize> = text
        .match_indices(quote.exact.as_str())
        .map(|(i, _)| i)
        .collect();
    if let Some(&best) = exact.iter().max_by_key(|&&i| context_score(text, i, quote)) {
        return (
            Placement::Exact,
            Some(Span::new(best, best + quote.exact.len())),
        );
    }
    if let Some(span) = between_context(text, quote) {
        return (Placement::Context, Some(span));
    }
    if let Some(span) = fuzzy(text, &quote.exact) {
        return (Placement::Fuzzy, Some(span));
    }
    (Placement::Orphan, None)
}

/// How well the text around `at` matches the quote's old context (characters in common).
fn context_score(text: &str, at: usize, quote: &QuoteSelector) -> usize {
    let before = text[..at]
        .chars()
        .rev()
        .zip(quote.prefix.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let after_start = at + quote.exact.len();
    let after = text[after_start..]
        .chars()
        .zip(quote.suffix.chars())
        .take_while(|(a, b)| a == b)
        .count();
    before + after
}

/// The text between the old prefix and suffix, when both are still there and close.
fn between_context(text: &str, quote: &QuoteSelector) -> Option<Span> {
    if quote.prefix.chars().count() < 8 || quote.suffix.chars().count() < 8 {
        return None;
    }
    let start = text.find(quote.prefix.as_str())? + quote.prefix.len();
    let end = start + text[start..].find(quote.suffix.as_str())?;
    let limit = quote.exact.len() * 2 + 64;
    let piece = &text[start..end];
    let trimmed_start = start + (piece.len() - piece.trim_start().len());
    let trimmed_end = start + piece.trim_end().len();
    (end - start <= limit && trimmed_start < trimmed_end)
        .then(|| Span::new(trimmed_start, trimmed_end))
}

/// Characters a correction often changes without changing the words: Arabic diacritics
/// and tatweel, and any whitespace.
fn ignorable(c: char) -> bool {
    c.is_whitespace()
        || ('\u{064B}'..='\u{065F}').contains(&c)
        || c == '\u{0670}'
        || c == '\u{0640}'
}

/// `exact` found in `text` when ignorable characters are skipped on both sides (the search
/// is bounded: one pass over the text per candidate start).
fn fuzzy(text: &str, exact: &str) -> Option<Span> {
    let needle: Vec<char> = exact.chars().filter(|c| !ignorable(*c)).collect();
    let first = *needle.first()?;
    for (start, c) in text.char_indices() {
        if c != first {
            continue;
        }
        let mut matched = 0;
        for (i, c) in text[start..].char_indices() {
            if ignorable(c) {
                continue;
            }
            if c != needle[matched] {
                break;
            }
            matched += 1;
            if matched == needle.len() {
                return Some(Span::new(start, start + i + c.len_utf8()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::article_from_text;

    fn review(text: &str) -> Review {
        crate::review_from_article(article_from_text(text.into(), "UTF-8", "t"))
    }

    #[test]
    fn a_paragraph_added_at_the_top_shifts_every_claim_and_keeps_them_exact() {
        let body: String = (0..300)
            .map(|n| format!("The council approved {n} million on Tuesday. "))
            .collect();
        let old = review(&body);
        let new_text = format!("A correction was added at the top of this article.\n{body}");
        let article = article_from_text(new_text.clone(), "UTF-8", "t");
        let out = reanchor(&old, article, "a");
        assert!(out.placements.iter().all(|(_, p)| *p == Placement::Exact));
        assert_eq!(out.review.claims.len(), old.claims.len());
        for (moved, was) in out.review.claims.iter().zip(&old.claims) {
            assert_eq!(moved.quote.exact, was.quote.exact);
            assert_eq!(&new_text[moved.span.start..moved.span.end], was.quote.exact);
        }
    }

    #[test]
    fn claims_follow_their_words_into_a_corrected_article() {
        let old = review(
            "قال الوزير إن النمو بلغ 3 في المئة.\nوأضاف أن البطالة تراجعت.\nالخبر الثالث هنا.",
        );
        let corrected = "تصحيح: أضيفت هذه الجملة.\nقال الوزير إن النمو بلغ 3 في المئة.\nوأضاف أن البطالة تراجعت.\nالخبر الثالث هنا.";
        let out = reanchor(&old, article_from_text(corrected.into(), "UTF-8", "t"), "a");
        assert!(out.review.orphans.is_empty());
        assert!(out.placements.iter().all(|(_, p)| *p == Placement::Exact));
        crate::store::validate(&out.review).unwrap();
        for claim in &old.claims {
            let moved = out.review.claim(claim.id).unwrap();
            assert_eq!(
                out.review.article.slice(moved.span),
                old.article.slice(claim.span)
            );
            assert!(
                moved.span.start > claim.span.start,
                "moved down by the new first line"
            );
        }
    }

    #[test]
    fn a_reworded_claim_is_found_by_context_or_fuzzily_and_a_vanished_one_is_orphaned() {
        let old = review(
            "الجملة الأولى طويلة بما يكفي لتكون سياقاً.\nقال الوزير إن النمو بلغ ثلاثة في المئة.\nجملة ستحذف من النص تماماً.",
        );
        // Diacritics added to the second sentence; the third removed.
        let corrected =
            "الجملة الأولى طويلة بما يكفي لتكون سياقاً.\nقالَ الوزيرُ إن النمو بلغَ ثلاثة في المئة.";
        let out = reanchor(&old, article_from_text(corrected.into(), "UTF-8", "t"), "a");
        let kinds: Vec<Placement> = out.placements.iter().map(|(_, p)| *p).collect();
        assert_eq!(kinds[0], Placement::Exact);
        assert!(
            matches!(kinds[1], Placement::Fuzzy | Placement::Context),
            "{kinds:?}"
        );
        assert_eq!(kinds[2], Placement::Orphan);
        assert_eq!(out.review.orphans.len(), 1, "kept, not dropped");
        crate::store::validate(&out.review).unwrap();
    }

    #[test]
    fn repeated_words_go_where_the_old_context_was() {
        let quote = QuoteSelector {
            exact: "نعم".into(),
            prefix: "قال الثاني ".into(),
            suffix: " ثم".into(),
            in_text: false,
        };
        let text = "قال الأول نعم ثم قال الثاني نعم ثم انتهى";
        let (_, span) = place(text, &quote);
        let at = span.unwrap().start;
        assert_eq!(&text[at - "قال الثاني ".len()..at], "قال الثاني ");
    }
}
