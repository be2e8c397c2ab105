//! BM25's best ordered again by what a fact-checker knows matters: the people, places and
//! organisations a claim names. A fact-check that names them too moves up (measured on the
//! development tweets: `docs/measurements.md`). Names are read from capital letters, so
//! this helps claims in scripts that have them; Arabic claims keep BM25's order.

use super::{FactCheck, Hit};

/// How many of BM25's best are ordered again.
pub const CANDIDATES: usize = 20;

/// What each name a fact-check shares with the claim adds, as a share of the best score
/// (chosen on the tuning tweets, in a first trial: 0.03 → 0.822, 0.06 → 0.825, 0.1 → 0.830,
/// 0.15 → 0.829).
pub const NAME_BONUS: f32 = 0.1;

/// The analysed terms of the names in `text`: its capitalised words, except the first of
/// each sentence (capitalised anyway), hashtags and handles.
pub fn names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut starts_sentence = true;
    for word in text.split_whitespace() {
        let letters: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
        let capitalised = letters.chars().next().is_some_and(char::is_uppercase);
        if capitalised && !starts_sentence && !word.starts_with(['#', '@']) {
            names.extend(super::terms(&letters));
        }
        starts_sentence = word.ends_with(['.', '!', '?']);
    }
    names.sort();
    names.dedup();
    names
}

/// Order `hits` (BM25's best for `text`, best first) again: each name of `text` that a
/// fact-check's claim or headline has adds [`NAME_BONUS`] of the best score to its score.
/// `fact_check` gives the fact-check of a hit's position.
pub fn by_names<'a>(
    text: &str,
    hits: &mut [Hit],
    fact_check: impl Fn(usize) -> Option<&'a FactCheck>,
) {
    let names = names(text);
    let Some(best) = hits.first().map(|h| h.score) else {
        return;
    };
    if names.is_empty() {
        return;
    }
    for hit in hits.iter_mut() {
        let Some(found) = fact_check(hit.position) else {
            continue;
        };
        let mut its = super::terms(&found.claim);
        its.extend(super::terms(&found.headline));
        let shared = names.iter().filter(|name| its.contains(name)).count();
        hit.score += NAME_BONUS * best * shared as f32;
    }
    hits.sort_by(|a, b| b.score.total_cmp(&a.score));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_capitalised_words_inside_sentences() {
        assert_eq!(
            names("Breaking: Nancy Pelosi met #Obama and @CNN. Then she left"),
            ["nanci", "pelosi"]
        );
        assert!(names("no names here. None").is_empty());
        assert!(names("قال الوزير إن الأسعار سترتفع").is_empty());
    }

    #[test]
    fn a_fact_check_naming_the_claims_people_moves_up() {
        let library = [
            FactCheck {
                claim: "A senator wants to ban cars".into(),
                ..FactCheck::default()
            },
            FactCheck {
                claim: "Ted Cruz wants to ban electric cars".into(),
                ..FactCheck::default()
            },
        ];
        let mut hits = [
            Hit {
                position: 0,
                score: 10.0,
            },
            Hit {
                position: 1,
                score: 9.5,
            },
        ];
        by_names("so Ted Cruz wants to ban cars now", &mut hits, |at| {
            library.get(at)
        });
        assert_eq!(hits[0].position, 1);
        assert!((hits[0].score - 11.5).abs() < 1e-4);
        // Without names, the order is BM25's.
        let mut unchanged = hits;
        by_names("they want to ban cars", &mut unchanged, |at| {
            library.get(at)
        });
        assert_eq!(unchanged, hits);
    }
}
