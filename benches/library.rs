//! Speed of the fact-check library: one query against 200 000 fact-checks, with plain BM25
//! over the claim alone measured in the same run for reference; the making of an index;
//! importing 200 000 fact-checks into a library folder (read, kept, indexed); matching
//! every claim of a 100-claim article; opening a library whose 10 000 review files are
//! unchanged, and with 10 of them changed.
//!
//! Run: `cargo bench --bench library`. The fact-checks are synthesised from the sentences of
//! the bundled sample articles, each varied with its own figures and words, so that the
//! index's vocabulary grows as a real library's does.

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use sanad::factchecks::{FactCheck, FactCheckIndex, Library, Weights};
use sanad::model::{ClaimId, Verdict};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

const ARABIC: &str = include_str!("../assets/samples/ar-musk-ai-startup.txt");
const ENGLISH: &str = include_str!("../assets/samples/en-transit-budget.txt");

/// `count` fact-checks made of the samples' sentences, each with figures and a made-up word
/// of its own.
fn library(count: usize) -> Vec<FactCheck> {
    let sentences: Vec<&str> = ENGLISH
        .split(['.', '\n'])
        .chain(ARABIC.split(['.', '\n']))
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 5)
        .collect();
    (0..count)
        .map(|n| {
            let sentence = sentences[n % sentences.len()];
            let other = sentences[(n * 7 + 3) % sentences.len()];
            FactCheck {
                url: format!("https://checks.example/{n}"),
                claim: format!("{sentence} {} word{n:x}", n % 997),
                headline: other
                    .split_whitespace()
                    .take(8)
                    .collect::<Vec<_>>()
                    .join(" "),
                description: format!("Rumor: {sentence}"),
                rating: "False".into(),
                ..FactCheck::default()
            }
        })
        .collect()
}

fn bench_library(c: &mut Criterion) {
    let mut group = c.benchmark_group("library");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_secs(1));
    let big = library(200_000);
    let index = FactCheckIndex::in_memory(&big).expect("an index in memory");
    let plain = Weights {
        claim: 1.0,
        headline: 0.0,
        description: 0.0,
        together: 0.0,
    };
    let queries = [
        (
            "en",
            "The council approved the transit budget of 12 million dollars",
        ),
        ("ar", "أعلن إيلون ماسك تأسيس شركة ذكاء اصطناعي جديدة"),
    ];
    for (language, query) in queries {
        group.bench_with_input(BenchmarkId::new("query-200k", language), query, |b, q| {
            b.iter(|| index.search(black_box(q), 5, Weights::default()))
        });
        group.bench_with_input(
            BenchmarkId::new("query-200k-plain-bm25-claim", language),
            query,
            |b, q| b.iter(|| index.search(black_box(q), 5, plain)),
        );
    }
    let small = library(14_231);
    group.sample_size(10);
    group.bench_function("index-14231", |b| {
        b.iter(|| FactCheckIndex::in_memory(black_box(&small)))
    });
    group.finish();
}

/// A scratch folder for one benchmark, emptied.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sanad-bench-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// `fact_checks` written as the JSON Lines a feed may be, at `path`.
fn write_feed(path: &Path, fact_checks: &[FactCheck]) {
    let mut out = String::new();
    for f in fact_checks {
        let item = serde_json::json!({
            "@type": "ClaimReview", "url": f.url, "claimReviewed": f.claim,
            "headline": f.headline, "description": f.description,
            "reviewRating": {"alternateName": f.rating},
        });
        out.push_str(&item.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).expect("the feed written");
}

fn bench_import_and_match(c: &mut Criterion) {
    let mut group = c.benchmark_group("library");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(30))
        .warm_up_time(Duration::from_secs(1));
    let dir = scratch("import");
    let feed = dir.join("feed.jsonl");
    write_feed(&feed, &library(200_000));
    group.bench_function("import-200k", |b| {
        b.iter_batched(
            || {
                let kept = dir.join("imported");
                let _ = std::fs::remove_dir_all(&kept);
                kept
            },
            |kept| sanad::factchecks::import_files(&kept, std::slice::from_ref(&feed)),
            BatchSize::PerIteration,
        )
    });
    // A 100-claim article against 200 000 fact-checks (imported here, whatever the filter
    // left of the benchmark above).
    let kept = dir.join("library");
    sanad::factchecks::import_files(&kept, std::slice::from_ref(&feed)).expect("imported");
    let opened = Library::open(&kept).expect("the library opened");
    assert_eq!(opened.imported().len(), 200_000);
    let claims: Vec<(ClaimId, String)> = ENGLISH
        .split(['.', '\n'])
        .chain(ARABIC.split(['.', '\n']))
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 4)
        .cycle()
        .take(100)
        .enumerate()
        .map(|(n, s)| (ClaimId(n as u32 + 1), s.to_string()))
        .collect();
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("match-100-claims-200k", |b| {
        b.iter(|| sanad::factchecks::suggest::match_claims(&opened, black_box(&claims), None))
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

/// `count` review files in `dir`, each a short review with two judged claims.
fn write_reviews(dir: &Path, count: usize) -> Vec<PathBuf> {
    let article = sanad::import::article_from_text(
        "The council approved a budget of 12 million dollars. Fares rose by 10 percent. It rained."
            .into(),
        "UTF-8",
        "t",
    );
    let mut review = sanad::review_from_article(article);
    review.claims[0].verdict = Verdict::False;
    review.claims[1].verdict = Verdict::Verified;
    (0..count)
        .map(|n| {
            let folder = dir.join(format!("desk-{}", n % 100));
            std::fs::create_dir_all(&folder).expect("a review folder");
            let path = folder.join(format!("review-{n}.sanad"));
            review.claims[0].note = format!("round 0 review {n}");
            let text = sanad::store::encode(&review).expect("a review encoded");
            std::fs::write(&path, text).expect("a review written");
            path
        })
        .collect()
}

fn bench_rescan(c: &mut Criterion) {
    let mut group = c.benchmark_group("library");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(1));
    let dir = scratch("rescan");
    let reviews = dir.join("reviews");
    let files = write_reviews(&reviews, 10_000);
    let kept = dir.join("library");
    sanad::factchecks::add_folders(&kept, std::slice::from_ref(&reviews)).expect("registered");
    group.bench_function("open-10000-reviews-unchanged", |b| {
        b.iter(|| Library::open(black_box(&kept)))
    });
    let mut round = 0;
    group.bench_function("open-10000-reviews-10-changed", |b| {
        b.iter_batched(
            || {
                round += 1;
                for path in files.iter().step_by(1000) {
                    let text = std::fs::read_to_string(path).expect("a review read");
                    let was = format!("round {} review", round - 1);
                    let changed = text.replace(&was, &format!("round {round} review"));
                    std::fs::write(path, changed).expect("a review changed");
                }
            },
            |()| Library::open(&kept),
            BatchSize::PerIteration,
        )
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench_library, bench_import_and_match, bench_rescan);
criterion_main!(benches);
