//! Which claims the table shows and in what order: a filter (verdict, kind, free text) and a
//! sort by any column. Plain functions over the review, so the window, the benchmarks and
//! the tests share them.
//!
//! Free-text search is forgiving of how Arabic is typed: diacritics and tatweel are ignored,
//! the alef forms (أ إ آ ٱ) match ا, ى matches ي, ة matches ه, and Persian ی ک match ي ك.
//! The folded text of every claim is computed once ([`SearchIndex`]), so a keystroke costs
//! one substring scan per claim.

use crate::model::{Claim, ClaimId, ClaimKind, Review, Span, Verdict};
use std::cmp::Ordering;
use std::collections::HashMap;

/// A column of the claims table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// The claim's number.
    Number,
    /// Its text.
    Claim,
    /// Its kind tags.
    Kinds,
    /// How much it is worth checking.
    Worthiness,
    /// Who the article says made it.
    AttributedTo,
    /// The sources gathered for it.
    Source,
    /// Whether the fact-check library has checked it before: its strongest match.
    Seen,
    /// Its verdict.
    Verdict,
    /// When it was last changed.
    Updated,
}

impl Column {
    /// Whether a first click on the column's heading sorts it from the largest: the claims
    /// most worth checking come first.
    pub fn first_descending(self) -> bool {
        matches!(self, Column::Worthiness | Column::Seen)
    }

    /// Every column, in table order.
    pub const ALL: [Column; 9] = [
        Column::Number,
        Column::Claim,
        Column::Kinds,
        Column::Worthiness,
        Column::AttributedTo,
        Column::Source,
        Column::Seen,
        Column::Verdict,
        Column::Updated,
    ];

    /// The column's heading.
    pub fn heading(self) -> &'static str {
        match self {
            Column::Number => "#",
            Column::Claim => "Claim",
            Column::Kinds => "Kinds",
            Column::Worthiness => "Worth",
            Column::AttributedTo => "Attributed to",
            Column::Source => "Sources",
            Column::Seen => "Seen",
            Column::Verdict => "Verdict",
            Column::Updated => "Updated",
        }
    }
}

/// How the table is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    /// The column sorted by.
    pub column: Column,
    /// Largest first.
    pub descending: bool,
}

impl Default for Sort {
    /// Article order.
    fn default() -> Self {
        Sort {
            column: Column::Number,
            descending: false,
        }
    }
}

/// Which claims to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only claims with this verdict.
    pub verdict: Option<Verdict>,
    /// Only claims tagged with this kind.
    pub kind: Option<ClaimKind>,
    /// Only claims whose text, attribution or note contains this (folded, see the module
    /// documentation).
    pub text: String,
    /// Only claims the fact-check library has checked before (a match that marks them).
    pub checked_before: bool,
}

impl Filter {
    /// Whether the filter lets everything through.
    pub fn is_empty(&self) -> bool {
        self.verdict.is_none()
            && self.kind.is_none()
            && self.text.trim().is_empty()
            && !self.checked_before
    }
}

/// The claims the fact-check library has checked before: each one's strongest match that
/// marks it, its strength and the verdict its rating reads as.
pub type Seen = HashMap<ClaimId, (f32, Verdict)>;

/// The folded searchable text of every claim, by position in [`Review::claims`].
///
/// Kept up to date with [`SearchIndex::update`], which folds again only the claims whose
/// searchable text may have changed (a new span, note or attribution; every claim when the
/// article's text changed): after a note is typed in a 100 000-claim review, one claim is
/// folded, not all of them.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    folded: Vec<String>,
    /// For each position, the claim and what its folded text was made from.
    keys: Vec<(ClaimId, Made)>,
    /// The SHA-256 of the article text the index was made over.
    article_sha256: String,
    /// Where each claim is in `keys`, made on the first [`SearchIndex::refold`] after the
    /// claims were added, removed or moved.
    positions: Option<HashMap<ClaimId, usize>>,
}

/// What a claim's folded text is made from: its span in the article (the article's text
/// being the same), its attribution and its note.
#[derive(Debug, Clone, PartialEq)]
struct Made {
    span: Span,
    attributed_to: Option<String>,
    note: String,
}

impl Made {
    fn of(claim: &Claim) -> Self {
        Made {
            span: claim.span,
            attributed_to: claim.attributed_to.clone(),
            note: claim.note.clone(),
        }
    }

    /// A placeholder left where an entry was moved out.
    fn default_for(span: Span) -> Self {
        Made {
            span,
            attributed_to: None,
            note: String::new(),
        }
    }

    /// Whether `claim` is still what this was made from (compared, not copied: most are).
    fn matches(&self, claim: &Claim) -> bool {
        self.span == claim.span
            && self.attributed_to == claim.attributed_to
            && self.note == claim.note
    }
}

fn fold_claim(claim: &Claim) -> String {
    let mut text = fold(&claim.quote.exact);
    for extra in [
        claim.attributed_to.as_deref().unwrap_or(""),
        claim.note.as_str(),
    ] {
        if !extra.is_empty() {
            text.push('\n');
            text.push_str(&fold(extra));
        }
    }
    text
}

impl SearchIndex {
    /// Fold the text, attribution and note of every claim of `review`.
    pub fn new(review: &Review) -> Self {
        let mut index = SearchIndex::default();
        index.update(review);
        index
    }

    /// Bring the index up to date with `review` when only the claims `changed` may have a
    /// new note or attribution since it was last brought up to date (no claim added,
    /// removed or moved; the caller knows: it made the edits). The cost is that of the
    /// claims named, not of the review: 100 000 claims are not compared after one note.
    /// Returns false, changing nothing, when `review` is not laid out as the index
    /// expects; then [`SearchIndex::update`] is what it needs.
    pub fn refold(&mut self, review: &Review, changed: &[ClaimId]) -> bool {
        if self.article_sha256 != review.article.sha256 || self.keys.len() != review.claims.len() {
            return false;
        }
        let keys = &self.keys;
        let positions = self.positions.get_or_insert_with(|| {
            keys.iter()
                .enumerate()
                .map(|(at, (id, _))| (*id, at))
                .collect()
        });
        let mut found = Vec::with_capacity(changed.len());
        for id in changed {
            match positions.get(id) {
                Some(&at) if review.claims[at].id == *id => found.push(at),
                _ => return false,
            }
        }
        for at in found {
            let claim = &review.claims[at];
            if !self.keys[at].1.matches(claim) {
                self.folded[at] = fold_claim(claim);
                self.keys[at].1 = Made::of(claim);
            }
        }
        true
    }

    /// Bring the index up to date with `review`, folding again only what changed.
    pub fn update(&mut self, review: &Review) {
        if self.article_sha256 != review.article.sha256 {
            self.folded.clear();
            self.keys.clear();
            self.positions = None;
            self.article_sha256.clone_from(&review.article.sha256);
        }
        // The same claims in the same places (a note or a verdict edited): in place.
        let same_claims = self.keys.len() == review.claims.len()
            && self
                .keys
                .iter()
                .zip(&review.claims)
                .all(|((id, _), claim)| *id == claim.id);
        if same_claims {
            for (at, claim) in review.claims.iter().enumerate() {
                if !self.keys[at].1.matches(claim) {
                    self.folded[at] = fold_claim(claim);
                    self.keys[at].1 = Made::of(claim);
                }
            }
            return;
        }
        // Where each claim was: by position while the list is as it was, by id once claims
        // were added, removed or moved.
        let mut by_id: Option<HashMap<ClaimId, usize>> = None;
        let mut folded = Vec::with_capacity(review.claims.len());
        let mut keys = Vec::with_capacity(review.claims.len());
        for (position, claim) in review.claims.iter().enumerate() {
            let at = match self.keys.get(position) {
                Some((id, _)) if *id == claim.id => Some(position),
                _ => by_id
                    .get_or_insert_with(|| {
                        let ids = self.keys.iter().enumerate();
                        ids.map(|(at, (id, _))| (*id, at)).collect()
                    })
                    .get(&claim.id)
                    .copied(),
            };
            let kept = at.filter(|&at| self.keys[at].1.matches(claim));
            match kept {
                Some(at) => {
                    folded.push(std::mem::take(&mut self.folded[at]));
                    keys.push(std::mem::replace(
                        &mut self.keys[at],
                        (claim.id, Made::default_for(claim.span)),
                    ));
                }
                None => {
                    folded.push(fold_claim(claim));
                    keys.push((claim.id, Made::of(claim)));
                }
            }
        }
        self.folded = folded;
        self.keys = keys;
        self.positions = None;
    }
}

/// `text` as search compares it: lower case, Arabic letter variants unified, diacritics and
/// tatweel dropped.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Harakat, tanween, shadda, sukun, superscript alef and tatweel.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' | 'ی' => out.push('ي'),
            'ة' => out.push('ه'),
            'ک' => out.push('ك'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            // Arabic letters have no case: skip the general lower-casing tables.
            '\u{0600}'..='\u{06FF}' => out.push(c),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Positions in [`Review::claims`] in the order of `sort` (ties in article order).
pub fn sorted(review: &Review, sort: Sort) -> Vec<usize> {
    sorted_seen(review, sort, &Seen::new())
}

/// Like [`sorted`], the "seen" column sorted by the strength of each claim's match in
/// `seen` (claims without one last when descending).
pub fn sorted_seen(review: &Review, sort: Sort, seen: &Seen) -> Vec<usize> {
    let claims = &review.claims;
    let mut order: Vec<usize> = (0..claims.len()).collect();
    let strength = |i: usize| seen.get(&claims[i].id).map_or(-1.0, |s| s.0);
    match (sort.column, sort.descending) {
        (Column::Number, false) => {}
        (Column::Number, true) => order.reverse(),
        (Column::Seen, false) => order.sort_by(|&a, &b| strength(a).total_cmp(&strength(b))),
        (Column::Seen, true) => order.sort_by(|&a, &b| strength(b).total_cmp(&strength(a))),
        // Stable: equal keys stay in article order, in either direction.
        (column, false) => order.sort_by(|&a, &b| compare(column, &claims[a], &claims[b])),
        (column, true) => order.sort_by(|&a, &b| compare(column, &claims[b], &claims[a])),
    }
    order
}

fn compare(column: Column, a: &Claim, b: &Claim) -> Ordering {
    match column {
        Column::Number => a.id.cmp(&b.id),
        Column::Claim => a.quote.exact.cmp(&b.quote.exact),
        Column::Kinds => a.kinds.cmp(&b.kinds),
        Column::Worthiness => a.worthiness.total_cmp(&b.worthiness),
        Column::AttributedTo => a.attributed_to.cmp(&b.attributed_to),
        Column::Source => a.evidence.len().cmp(&b.evidence.len()),
        // Sorted by `sorted_seen`, which knows the matches.
        Column::Seen => Ordering::Equal,
        Column::Verdict => a.verdict.cmp(&b.verdict),
        Column::Updated => a.updated_at.cmp(&b.updated_at),
    }
}

/// The rows to show: the positions of `order` whose claims pass `filter`.
pub fn filtered(
    review: &Review,
    index: &SearchIndex,
    order: &[usize],
    filter: &Filter,
) -> Vec<usize> {
    filtered_seen(review, index, order, filter, &Seen::new())
}

/// Like [`filtered`], "checked before" answered by `seen`.
pub fn filtered_seen(
    review: &Review,
    index: &SearchIndex,
    order: &[usize],
    filter: &Filter,
    seen: &Seen,
) -> Vec<usize> {
    let needle = fold(filter.text.trim());
    let finder = memchr::memmem::Finder::new(needle.as_bytes());
    order
        .iter()
        .copied()
        .filter(|&i| {
            let claim = &review.claims[i];
            filter.verdict.is_none_or(|v| claim.verdict == v)
                && filter.kind.is_none_or(|k| claim.kinds.contains(&k))
                && (!filter.checked_before || seen.contains_key(&claim.id))
                && (needle.is_empty()
                    || index
                        .folded
                        .get(i)
                        .is_some_and(|t| finder.find(t.as_bytes()).is_some()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, ClaimId, Span};

    fn review() -> Review {
        let text = "الذكاءُ الاصطناعي في 2015. أعلنت الشركة. Musk said so.".to_string();
        let article = Article::new("t".into(), "ar".into(), "UTF-8".into(), text.clone());
        let parts = ["الذكاءُ الاصطناعي في 2015.", "أعلنت الشركة.", "Musk said so."];
        let claims = parts
            .iter()
            .enumerate()
            .map(|(i, part)| {
                let start = text.find(part).unwrap();
                let span = Span::new(start, start + part.len());
                let mut c = Claim::new(ClaimId(i as u32 + 1), &text, span, i);
                c.worthiness = [0.2, 0.9, 0.5][i];
                c
            })
            .collect();
        Review::new(article, claims)
    }

    #[test]
    fn search_ignores_diacritics_alef_forms_and_case() {
        let r = review();
        let index = SearchIndex::new(&r);
        let order = sorted(&r, Sort::default());
        let find = |text: &str| {
            let filter = Filter {
                text: text.into(),
                ..Filter::default()
            };
            filtered(&r, &index, &order, &filter)
        };
        assert_eq!(find("الذكاء"), [0]);
        assert_eq!(find("اعلنت الشركه"), [1]);
        assert_eq!(find("MUSK"), [2]);
        assert_eq!(find("  "), [0, 1, 2]);
        assert!(find("Reuters").is_empty());
    }

    #[test]
    fn verdict_filter_and_sort_by_worthiness() {
        let mut r = review();
        r.claims[2].verdict = Verdict::Verified;
        let index = SearchIndex::new(&r);
        let sort = Sort {
            column: Column::Worthiness,
            descending: true,
        };
        let order = sorted(&r, sort);
        assert_eq!(order, [1, 2, 0]);
        let filter = Filter {
            verdict: Some(Verdict::Unreviewed),
            ..Filter::default()
        };
        assert_eq!(filtered(&r, &index, &order, &filter), [1, 0]);
    }

    /// The claims of `r` (in article order) whose searchable text holds `text`.
    fn find(r: &Review, index: &SearchIndex, text: &str) -> Vec<usize> {
        let filter = Filter {
            text: text.into(),
            ..Filter::default()
        };
        filtered(r, index, &(0..r.claims.len()).collect::<Vec<_>>(), &filter)
    }

    #[test]
    fn the_index_follows_edits_folding_only_what_changed() {
        let mut r = review();
        let mut index = SearchIndex::new(&r);
        assert!(find(&r, &index, "unicorn").is_empty());
        r.claims[1].note = "a unicorn was seen".into();
        index.update(&r);
        assert_eq!(find(&r, &index, "unicorn"), [1]);
        // A claim removed and the others shifted: positions follow.
        r.claims.remove(0);
        index.update(&r);
        assert_eq!(find(&r, &index, "unicorn"), [0]);
        assert_eq!(find(&r, &index, "musk"), [1]);
        // The same note again, in other words: folded anew.
        r.claims[0].note = "a dragon was seen".into();
        index.update(&r);
        assert!(find(&r, &index, "unicorn").is_empty());
        assert_eq!(find(&r, &index, "dragon"), [0]);
    }

    #[test]
    fn refolding_the_claims_named_finds_their_new_notes_and_refuses_a_moved_list() {
        let mut r = review();
        let mut index = SearchIndex::new(&r);
        r.claims[2].note = "a unicorn was seen".into();
        r.claims[0].attributed_to = Some("Dragon Institute".into());
        let (first, third) = (r.claims[0].id, r.claims[2].id);
        assert!(index.refold(&r, &[third, first]));
        assert_eq!(find(&r, &index, "unicorn"), [2]);
        assert_eq!(find(&r, &index, "dragon"), [0]);
        // The same as a full update would give.
        let mut full = SearchIndex::new(&r);
        full.update(&r);
        assert_eq!(index.folded, full.folded);
        // A claim removed: the positions are not the index's any more.
        let removed = r.claims.remove(1);
        assert!(!index.refold(&r, &[third]));
        index.update(&r);
        assert!(!index.refold(&r, &[removed.id]), "a claim that is gone");
        assert!(index.refold(&r, &[third]));
        assert_eq!(find(&r, &index, "unicorn"), [1]);
    }

    #[test]
    fn the_most_worth_checking_come_first_and_ties_keep_the_article_order() {
        let mut r = review();
        for claim in &mut r.claims {
            claim.worthiness = 0.5;
        }
        r.claims[2].worthiness = 0.9;
        assert!(Column::Worthiness.first_descending());
        let sort = Sort {
            column: Column::Worthiness,
            descending: true,
        };
        assert_eq!(sorted(&r, sort), [2, 0, 1]);
    }

    #[test]
    fn claims_checked_before_sort_by_their_match_and_filter_alone() {
        let r = review();
        let index = SearchIndex::new(&r);
        let mut seen = Seen::new();
        seen.insert(r.claims[1].id, (0.5, Verdict::False));
        seen.insert(r.claims[2].id, (0.9, Verdict::Verified));
        let sort = Sort {
            column: Column::Seen,
            descending: Column::Seen.first_descending(),
        };
        let order = sorted_seen(&r, sort, &seen);
        assert_eq!(order, [2, 1, 0]);
        let filter = Filter {
            checked_before: true,
            ..Filter::default()
        };
        assert!(!filter.is_empty());
        assert_eq!(filtered_seen(&r, &index, &order, &filter, &seen), [2, 1]);
        assert!(filtered(&r, &index, &order, &filter).is_empty());
    }
}
