//! "Checked before?": the library's matches for the claims of a review, as the window lists
//! them — with the thresholds that decide which matches mark a claim and which are only
//! suggested, the words a match shares with the claim, and the edit that makes a match a
//! claim's evidence.

use super::{FactCheck, Found, Library, Origin};
use crate::model::{ClaimId, Command, Evidence, Verdict};
use chrono::NaiveDate;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// How many matches are looked for per claim.
pub const TOP: usize = 5;

/// One match for a claim, owned (the window keeps it after the library is replaced).
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// What identifies it among the claim's matches, and in a review's dismissals: the
    /// fact-check's key, or `review:PATH#ID` for a claim of the desk's reviews.
    pub key: String,
    /// The fact-check (or the desk's claim shown as one).
    pub fact_check: FactCheck,
    /// The desk's review it comes from, and the claim's id there.
    pub review: Option<(PathBuf, u32)>,
    /// Its rating read as a verdict, when it says one.
    pub verdict: Option<Verdict>,
    /// Its BM25 score.
    pub score: f32,
    /// How much of the claim it says, 0 to 1 ([`super::strength`]).
    pub strength: f32,
    /// The claim's analysed terms it has too.
    pub shared: Vec<String>,
}

impl Suggestion {
    /// `found` as a suggestion for the claim it was found for.
    pub fn from_found(found: &Found<'_>) -> Self {
        let (key, review, verdict) = match found.origin {
            Origin::Import => (
                found.fact_check.key(),
                None,
                super::rating::verdict_of(&found.fact_check.rating),
            ),
            Origin::Review(claim) => (
                format!("review:{}#{}", claim.review_path.display(), claim.claim_id),
                Some((claim.review_path.clone(), claim.claim_id)),
                Some(claim.verdict),
            ),
        };
        Suggestion {
            key,
            fact_check: found.fact_check.clone(),
            review,
            verdict,
            score: found.score,
            strength: found.strength,
            shared: found.shared.clone(),
        }
    }
}

/// Which matches the window shows, and which of them mark the claim.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// A match at least this strong marks the claim "checked before".
    pub strong: f32,
    /// A match at least this strong is listed as a suggestion.
    pub suggest: f32,
    /// Fact-checks published before this day are left out (a 2016 verdict may be stale);
    /// those without a date are kept.
    pub not_before: Option<NaiveDate>,
}

impl Thresholds {
    /// The strength that marks a claim by default: on the development tweets, the best
    /// match at 0.45 or more is the right fact-check 97 % of the time, and only 3 % of
    /// tweets whose fact-check is not in the library get a match that strong
    /// (`cargo run --release --example eval_matching`, docs/measurements.md).
    pub const STRONG: f32 = 0.45;
    /// The strength that lists a suggestion by default: 0.20 keeps 89 % of the right
    /// fact-checks found in the top five, with 2.5 suggestions per tweet.
    pub const SUGGEST: f32 = 0.20;

    /// Whether `suggestion` is listed.
    pub fn lists(&self, suggestion: &Suggestion) -> bool {
        suggestion.strength >= self.suggest.min(self.strong) && self.is_recent(suggestion)
    }

    /// Whether `suggestion` marks its claim.
    pub fn marks(&self, suggestion: &Suggestion) -> bool {
        suggestion.strength >= self.strong && self.is_recent(suggestion)
    }

    /// Whether `suggestion` is recent enough: published on or after [`Self::not_before`],
    /// or undated.
    pub fn is_recent(&self, suggestion: &Suggestion) -> bool {
        let Some(not_before) = self.not_before else {
            return true;
        };
        NaiveDate::parse_from_str(&suggestion.fact_check.date, "%Y-%m-%d")
            .map_or(true, |date| date >= not_before)
    }
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            strong: Thresholds::STRONG,
            suggest: Thresholds::SUGGEST,
            not_before: None,
        }
    }
}

/// The matches for each of `claims` (an id and its words), best first, leaving out the
/// claims of the review at `own_path` itself (a review is not news to itself). Runs of
/// claims are matched on every core.
pub fn match_claims(
    library: &Library,
    claims: &[(ClaimId, String)],
    own_path: Option<&Path>,
) -> Vec<(ClaimId, Vec<Suggestion>)> {
    /// Fewer claims than this are not worth a thread of their own.
    const CLAIMS_PER_THREAD: usize = 16;
    let threads = crate::parallel::threads_for(claims.len(), CLAIMS_PER_THREAD);
    let run = claims.len().div_ceil(threads.max(1)).max(1);
    let pieces = (0..claims.len())
        .step_by(run)
        .map(|start| start..(start + run).min(claims.len()))
        .collect();
    crate::parallel::map_pieces(pieces, |piece| {
        claims[piece]
            .iter()
            .map(|(id, text)| (*id, suggestions(library, text, own_path)))
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

/// The matches for one claim's `text`, best first (none when the search fails: a damaged
/// index is made again on the next opening).
pub fn suggestions(library: &Library, text: &str, own_path: Option<&Path>) -> Vec<Suggestion> {
    let Ok(found) = library.search(text, TOP) else {
        return Vec::new();
    };
    found
        .iter()
        .filter(|f| match (f.origin, own_path) {
            (Origin::Review(claim), Some(own)) => claim.review_path != own,
            _ => true,
        })
        .map(Suggestion::from_found)
        .collect()
}

/// The byte ranges of the words of `text` whose analysed terms are among `shared`: what
/// the window highlights in a match's wording.
pub fn shared_ranges(text: &str, shared: &[String]) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = None;
    let check = |range: Range<usize>, ranges: &mut Vec<Range<usize>>| {
        let word = &text[range.clone()];
        if super::terms(word).iter().any(|t| shared.contains(t)) {
            ranges.push(range);
        }
    };
    for (at, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || is_mark(c);
        match (in_word, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                check(from..at, &mut ranges);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        check(from..text.len(), &mut ranges);
    }
    ranges
}

/// Arabic marks and tatweel belong to the word they sit on.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}'
    )
}

/// The evidence a match becomes: its page (or, for the desk's review, a citation of it),
/// its title, publisher, the claim it reviewed and its rating, the stance its rating
/// implies, consulted today.
pub fn evidence_of(suggestion: &Suggestion) -> Evidence {
    let f = &suggestion.fact_check;
    let title = if f.headline.is_empty() {
        format!("Fact-check: {}", f.claim)
    } else {
        f.headline.clone()
    };
    let citation = match &suggestion.review {
        Some((path, id)) => format!("The desk's review {}, claim #{id}", path.display()),
        None => String::new(),
    };
    let excerpt = if f.rating.is_empty() {
        f.claim.clone()
    } else {
        format!("{} — rated {}", f.claim, f.rating)
    };
    Evidence {
        url: (!f.url.is_empty()).then(|| f.url.clone()),
        citation,
        title,
        publisher: f.publisher.clone(),
        excerpt,
        stance: super::rating::stance_of(suggestion.verdict),
        accessed: Some(chrono::Utc::now().date_naive()),
        archive: None,
    }
}

/// The one edit that uses `suggestion` for `claim`: its evidence added, and, when
/// `copy_verdict` and the match's rating says one, its verdict given to the claim.
pub fn use_command(claim: ClaimId, suggestion: &Suggestion, copy_verdict: bool) -> Command {
    let mut commands = vec![Command::AddEvidence {
        claim,
        evidence: evidence_of(suggestion),
    }];
    if copy_verdict && let Some(verdict) = suggestion.verdict {
        commands.push(Command::SetVerdict { claim, verdict });
    }
    Command::Batch { commands }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suggestion(strength: f32, date: &str) -> Suggestion {
        Suggestion {
            key: "k".into(),
            fact_check: FactCheck {
                url: "https://c.example/1".into(),
                claim: "Bread prices rose by half".into(),
                rating: "Mostly false".into(),
                publisher: "Checks".into(),
                date: date.into(),
                ..FactCheck::default()
            },
            review: None,
            verdict: super::super::rating::verdict_of("Mostly false"),
            score: 1.0,
            strength,
            shared: Vec::new(),
        }
    }

    #[test]
    fn thresholds_mark_list_and_leave_out_old_fact_checks() {
        let mut thresholds = Thresholds::default();
        assert!(thresholds.marks(&suggestion(0.6, "2020-01-01")));
        assert!(!thresholds.marks(&suggestion(0.3, "2020-01-01")));
        assert!(thresholds.lists(&suggestion(0.3, "2020-01-01")));
        assert!(!thresholds.lists(&suggestion(0.1, "2020-01-01")));
        thresholds.not_before = NaiveDate::from_ymd_opt(2021, 1, 1);
        assert!(!thresholds.lists(&suggestion(0.9, "2020-12-31")));
        assert!(thresholds.marks(&suggestion(0.9, "2021-01-01")));
        assert!(thresholds.marks(&suggestion(0.9, "")), "undated kept");
    }

    #[test]
    fn shared_words_are_found_whatever_their_form() {
        let shared = crate::factchecks::terms("prices rise الخبز ٥٠");
        let text = "Bread price rising: الخُبز up 50.";
        let words: Vec<&str> = shared_ranges(text, &shared)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(words, ["price", "rising", "الخُبز", "50"]);
    }

    #[test]
    fn using_a_match_adds_its_evidence_and_may_copy_its_verdict() {
        let used = use_command(ClaimId(4), &suggestion(0.9, "2021-02-03"), true);
        let Command::Batch { commands } = used else {
            panic!("{used:?}")
        };
        let Command::AddEvidence { claim, evidence } = &commands[0] else {
            panic!("{commands:?}")
        };
        assert_eq!(*claim, ClaimId(4));
        assert_eq!(evidence.url.as_deref(), Some("https://c.example/1"));
        assert_eq!(evidence.stance, crate::model::Stance::Refutes);
        assert!(evidence.excerpt.ends_with("rated Mostly false"));
        assert_eq!(
            commands[1],
            Command::SetVerdict {
                claim: ClaimId(4),
                verdict: Verdict::Misleading
            }
        );
        let Command::Batch { commands } = use_command(ClaimId(4), &suggestion(0.9, ""), false)
        else {
            panic!()
        };
        assert_eq!(commands.len(), 1);
    }

    #[test]
    fn many_claims_are_matched_in_order_as_one_at_a_time_would() {
        let dir = std::env::temp_dir().join(format!("sanad-suggest-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let feed = dir.join("feed.csv");
        let rows: String = (0..50)
            .map(|n| format!("Claim number {n} about topic{n},False\n"))
            .collect();
        std::fs::write(&feed, format!("claim,rating\n{rows}")).unwrap();
        let kept = dir.join("library");
        crate::factchecks::import_files(&kept, &[feed]).unwrap();
        let library = Library::open(&kept).unwrap();
        let claims: Vec<(ClaimId, String)> = (0..40)
            .map(|n| (ClaimId(n + 1), format!("something on topic{n}")))
            .collect();
        let matched = match_claims(&library, &claims, None);
        assert_eq!(matched.len(), 40);
        for ((id, text), (matched_id, found)) in claims.iter().zip(&matched) {
            assert_eq!(id, matched_id);
            assert_eq!(*found, suggestions(&library, text, None));
        }
        assert!(matched[7].1[0].fact_check.claim.ends_with("topic7"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
