//! Matching claims to fact-checks in Arabic, on the project's own test set
//! (`tests/data/matching_ar/`, see its README): 40 posts, each worded as people write them,
//! against 234 Arabic fact-checks. Prints recall@1 and recall@5 and the posts missed:
//! `cargo test --test library arabic_posts -- --nocapture`.

use sanad::factchecks::{FactCheck, FactCheckIndex, Weights};

const TARGETS: &str = include_str!("../data/matching_ar/targets.txt");
const DISTRACTORS: &str = include_str!("../data/matching_ar/distractors.txt");
const QUERIES: &str = include_str!("../data/matching_ar/queries.tsv");

fn address(id: &str) -> String {
    format!("https://factcheck.example/ar/{id}")
}

/// The test set's fact-checks: the targets, then the distractors.
fn fact_checks() -> Vec<FactCheck> {
    let mut all = Vec::new();
    for line in TARGETS.lines().filter(|l| !l.trim().is_empty()) {
        let [id, claim, rating, publisher, date] = line.split('|').collect::<Vec<_>>()[..] else {
            panic!("a target line has five fields: {line}");
        };
        all.push(FactCheck {
            url: address(id),
            claim: claim.into(),
            rating: rating.into(),
            publisher: publisher.into(),
            date: date.into(),
            language: "ar".into(),
            ..FactCheck::default()
        });
    }
    for (at, claim) in DISTRACTORS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
    {
        all.push(FactCheck {
            url: address(&format!("d{:03}", at + 1)),
            claim: claim.into(),
            rating: "زائف".into(),
            language: "ar".into(),
            ..FactCheck::default()
        });
    }
    all
}

#[test]
fn arabic_posts_find_the_fact_check_that_reviewed_them() {
    let library = fact_checks();
    assert!(library.len() >= 200, "{} fact-checks", library.len());
    let index = FactCheckIndex::in_memory(&library).unwrap();
    let (mut at_one, mut at_five, mut queries) = (0, 0, 0);
    let mut missed = Vec::new();
    for line in QUERIES.lines().filter(|l| !l.trim().is_empty()) {
        let [query, target, text] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("a query line has three fields: {line}");
        };
        queries += 1;
        let wanted = address(target);
        let hits = index.search(text, 5, Weights::default()).unwrap();
        let rank = hits
            .iter()
            .position(|hit| library[hit.position].url == wanted);
        match rank {
            Some(0) => {
                at_one += 1;
                at_five += 1;
            }
            Some(_) => at_five += 1,
            None => {}
        }
        if rank != Some(0) {
            let first = hits
                .first()
                .map_or("nothing", |h| library[h.position].claim.as_str());
            missed.push(format!(
                "{query} (rank {rank:?}): {text}\n    first: {first}"
            ));
        }
    }
    let recall = |n: usize| n as f64 / queries as f64;
    println!(
        "Arabic posts: {queries} queries, {} fact-checks: recall@1 {:.3}, recall@5 {:.3}",
        library.len(),
        recall(at_one),
        recall(at_five)
    );
    for miss in &missed {
        println!("  {miss}");
    }
    assert!(queries >= 40);
    assert!(recall(at_one) >= 0.9, "recall@1 {:.3}", recall(at_one));
    assert!(recall(at_five) >= 1.0, "recall@5 {:.3}", recall(at_five));
}
