//! Speed of the fact-check library: one query against 200 000 fact-checks, with plain BM25
//! over the claim alone measured in the same run for reference, and the making of an index.
//!
//! Run: `cargo bench --bench library`. The fact-checks are synthesised from the sentences of
//! the bundled sample articles, each varied with its own figures and words, so that the
//! index's vocabulary grows as a real library's does.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use sanad::factchecks::{FactCheck, FactCheckIndex, Weights};
use std::hint::black_box;
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

criterion_group!(benches, bench_library);
criterion_main!(benches);
