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
///
/// Linear in the size of both texts, whatever they hold: each claim is first looked for
/// near where it is expected (a bounded window); the claims not found there are looked for
/// all at once, by one multi-pattern pass over the new text for their exact words and one
/// over the text without diacritics and spacing for their fuzzy match; only the claims
/// still missing then are looked for between their old neighbours' words, and those
/// searches share a budget of a few passes over the text. (Searching the whole text once per
/// claim made a review of 300 KB take 44 s against an article that is one run of a letter.)
pub fn reanchor(review: &Review, article: Article, by: &str) -> Reanchored {
    let mut out = review.clone();
    let text = article.text.as_str();
    // The context of a claim in its text is not stored: it follows from the old text.
    let quotes: Vec<QuoteSelector> = review
        .claims
        .iter()
        .map(|c| QuoteSelector::for_span(&review.article.text, c.span))
        .collect();
    let mut found: Vec<Option<(Placement, Span)>> = vec![None; quotes.len()];
    // How far the text has shifted so far: where the next claim is expected in the new text.
    let mut shift: isize = 0;
    for (i, claim) in review.claims.iter().enumerate() {
        let expected = claim.span.start.saturating_add_signed(shift);
        if let Some(span) = place_near(text, &quotes[i], expected) {
            shift = span.start as isize - claim.span.start as isize;
            found[i] = Some((Placement::Exact, span));
        }
    }
    place_everywhere(text, &quotes, &mut found);
    place_fuzzily(text, &quotes, &mut found);
    let mut budget = CONTEXT_BUDGET_PASSES * text.len().max(1);
    for (i, quote) in quotes.iter().enumerate() {
        if found[i].is_none() && budget > 0 {
            budget = budget.saturating_sub(2 * text.len());
            found[i] = between_context(text, quote).map(|span| (Placement::Context, span));
        }
    }

    let mut placements = Vec::with_capacity(quotes.len());
    let mut claims = Vec::with_capacity(quotes.len());
    for ((claim, quote), place) in review.claims.iter().zip(quotes).zip(found) {
        match place {
            Some((placement, span)) => {
                placements.push((claim.id, placement));
                let mut moved = claim.clone();
                moved.span = span;
                moved.quote = QuoteSelector::exact(text, span);
                // Sentences are in text order: a binary search, not a scan per claim.
                let at = article.sentences.partition_point(|s| s.end <= span.start);
                moved.sentence = article
                    .sentences
                    .get(at)
                    .filter(|s| s.start <= span.start)
                    .map_or(0, |_| at);
                claims.push((claim.span, moved));
            }
            // An orphan keeps its words and their old context: what placing it again needs.
            None => {
                placements.push((claim.id, Placement::Orphan));
                out.orphans.push(Claim {
                    quote,
                    ..claim.clone()
                });
            }
        }
    }
    claims.sort_by_key(|(_, c)| c.span);
    // Claims may overlap and nest (`model::spans`), but two claims that were apart and now
    // land on the very same words are one misplaced: the later one becomes an orphan.
    // Where each claim's placement is listed: a look-up, not a scan per duplicate (a review
    // of 150 000 one-letter lines made that quadratic).
    let placement_of: std::collections::HashMap<crate::model::ClaimId, usize> = placements
        .iter()
        .enumerate()
        .map(|(at, (id, _))| (*id, at))
        .collect();
    let mut kept: Vec<(Span, Claim)> = Vec::with_capacity(claims.len());
    for (old_span, claim) in claims {
        let duplicate = kept
            .last()
            .is_some_and(|(last_old, last)| last.span == claim.span && *last_old != old_span);
        if duplicate {
            if let Some(&at) = placement_of.get(&claim.id) {
                placements[at].1 = Placement::Orphan;
            }
            let quote = QuoteSelector::for_span(text, claim.span);
            out.orphans.push(Claim { quote, ..claim });
        } else {
            kept.push((old_span, claim));
        }
    }
    out.claims = kept.into_iter().map(|(_, c)| c).collect();
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

/// How many passes over the new text the searches between old neighbours may take in all.
const CONTEXT_BUDGET_PASSES: usize = 32;

/// How many places of the same words are weighed for each claim (by their old context).
const CANDIDATES: usize = 16;

/// The claims not yet placed whose exact words stand somewhere in `text`, placed where the
/// text around them is most like their old context. One pass over the text for all of them.
fn place_everywhere(text: &str, quotes: &[QuoteSelector], found: &mut [Option<(Placement, Span)>]) {
    let missing: Vec<usize> = (0..quotes.len())
        .filter(|&i| found[i].is_none() && !quotes[i].exact.is_empty())
        .collect();
    let words: Vec<&str> = missing.iter().map(|&i| quotes[i].exact.as_str()).collect();
    let places = places_of(text, &words);
    for (n, &i) in missing.iter().enumerate() {
        let best = places[n]
            .iter()
            .copied()
            .max_by_key(|&at| (context_score(text, at, &quotes[i]), std::cmp::Reverse(at)));
        if let Some(at) = best {
            found[i] = Some((Placement::Exact, Span::new(at, at + quotes[i].exact.len())));
        }
    }
}

/// The claims still not placed whose words stand in `text` once diacritics, tatweel and
/// spacing are ignored on both sides. One pass over the folded text for all of them.
fn place_fuzzily(text: &str, quotes: &[QuoteSelector], found: &mut [Option<(Placement, Span)>]) {
    let missing: Vec<usize> = (0..quotes.len()).filter(|&i| found[i].is_none()).collect();
    if missing.is_empty() {
        return;
    }
    let (folded, origin) = fold(text);
    let words: Vec<String> = missing.iter().map(|&i| fold(&quotes[i].exact).0).collect();
    let word_refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let places = places_of(&folded, &word_refs);
    for (n, &i) in missing.iter().enumerate() {
        if let (Some(&at), false) = (places[n].first(), words[n].is_empty()) {
            let start = origin[at];
            let last = at + words[n].len() - 1;
            let end = origin[last]
                + text[origin[last]..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
            found[i] = Some((Placement::Fuzzy, Span::new(start, end)));
        }
    }
}

/// For each of `words`, up to [`CANDIDATES`] places in `text` where it starts, in text
/// order: one Aho-Corasick pass for all of them. Overlapping matches are followed, so one
/// claim's words inside another's are found too; the pass stops after a number of matches
/// proportional to the text, so a text of one repeated letter cannot make it quadratic.
fn places_of(text: &str, words: &[&str]) -> Vec<Vec<usize>> {
    let mut places = vec![Vec::new(); words.len()];
    // The same words (a repeated sentence) are one pattern for the automaton.
    let mut patterns: Vec<&str> = Vec::new();
    let mut pattern_of: std::collections::HashMap<&str, usize> = Default::default();
    let mut claims_of: Vec<Vec<usize>> = Vec::new();
    for (n, &w) in words.iter().enumerate() {
        if w.is_empty() {
            continue;
        }
        let p = *pattern_of.entry(w).or_insert_with(|| {
            patterns.push(w);
            claims_of.push(Vec::new());
            patterns.len() - 1
        });
        claims_of[p].push(n);
    }
    if patterns.is_empty() {
        return places;
    }
    // An NFA, never a DFA: a DFA is built state by state over the whole alphabet, which for
    // a long repetitive claim ("said said said …", 300 KB) took minutes; the NFA's cost
    // stays linear in the patterns' length.
    let Ok(automaton) = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(&patterns)
    else {
        return places;
    };
    let mut per_pattern = vec![Vec::new(); patterns.len()];
    let mut budget = 8 * text.len() + 1024;
    for m in automaton.find_overlapping_iter(text) {
        let list = &mut per_pattern[m.pattern().as_usize()];
        if list.len() < CANDIDATES {
            list.push(m.start());
        }
        budget -= 1;
        if budget == 0 {
            break;
        }
    }
    for (p, list) in per_pattern.into_iter().enumerate() {
        for &n in &claims_of[p] {
            places[n] = list.clone();
        }
    }
    places
}

/// `text` without the characters [`ignorable`] skips, and for each byte of the result the
/// offset in `text` of the character it came from.
fn fold(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if !ignorable(c) {
            folded.push(c);
            origin.extend(std::iter::repeat_n(at, c.len_utf8()));
        }
    }
    (folded, origin)
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
    let full = |at: &usize| context_score(text, *at, quote) == whole;
    // The first place at or after where it is expected, else the last one before: in a
    // text that repeats itself (a transcript of one line again and again) the words and
    // their context stand everywhere, and the nearest place is the right one.
    let here = floor(expected).max(start);
    let after = text[here..end]
        .match_indices(quote.exact.as_str())
        .map(|(i, _)| here + i)
        .find(full);
    let before = || {
        let until = floor(here.saturating_add(quote.exact.len())).min(end);
        text[start..until]
            .match_indices(quote.exact.as_str())
            .map(|(i, _)| start + i)
            .filter(|&at| at < here)
            .filter(full)
            .last()
    };
    after
        .or_else(before)
        .map(|at| Span::new(at, at + quote.exact.len()))
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
        let mut found = vec![None];
        place_everywhere(text, std::slice::from_ref(&quote), &mut found);
        let at = found[0].unwrap().1.start;
        assert_eq!(&text[at - "قال الثاني ".len()..at], "قال الثاني ");
    }

    #[test]
    fn in_a_text_that_repeats_itself_each_claim_stays_where_it_was() {
        let text = "x\n".repeat(20_000);
        let old = review(&text);
        let out = reanchor(&old, article_from_text(text.clone(), "UTF-8", "t"), "a");
        assert!(out.review.orphans.is_empty());
        for (moved, was) in out.review.claims.iter().zip(&old.claims) {
            assert_eq!(moved.span, was.span);
        }
    }
}
