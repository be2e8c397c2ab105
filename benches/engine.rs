//! Speed of the claim engine on news text, with the Unicode UAX #29 sentence splitter
//! (unicode-segmentation) measured in the same run for reference.
//!
//! Run: `cargo bench --bench engine`. Inputs are the bundled sample articles repeated to
//! 10 KB, 1 MB and 10 MB, so cost can be checked to grow linearly.

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sanad::engine::{extract_claims, segment_sentences};
use sanad::model::Article;
use std::hint::black_box;
use std::time::Duration;
use unicode_segmentation::UnicodeSegmentation;

const ARABIC: &str = include_str!("../assets/samples/ar-musk-ai-startup.txt");
const ENGLISH: &str = include_str!("../assets/samples/en-transit-budget.txt");

const SIZES: [(&str, usize); 3] = [("10KB", 10_000), ("1MB", 1_000_000), ("10MB", 10_000_000)];

/// `sample` repeated (whole copies, one per paragraph) to at least `size` bytes.
fn corpus(sample: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + sample.len());
    while text.len() < size {
        text.push_str(sample);
        text.push('\n');
    }
    text
}

fn bench_language(c: &mut Criterion, language: &str, sample: &str) {
    let mut group = c.benchmark_group(format!("engine/{language}"));
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1));
    for (label, size) in SIZES {
        let text = corpus(sample, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("segment", label), &text, |b, text| {
            b.iter(|| segment_sentences(black_box(text), language))
        });
        // The pipeline: segmentation, claim splitting, tags, attribution, score. Copying the
        // input and freeing the claims stay out of the timing (iter_batched).
        group.bench_with_input(BenchmarkId::new("pipeline", label), &text, |b, text| {
            b.iter_batched(
                || {
                    let mut article = Article::new(
                        String::new(),
                        language.into(),
                        "UTF-8".into(),
                        String::new(),
                    );
                    article.text = text.clone();
                    article
                },
                |mut article| {
                    article.sentences = segment_sentences(black_box(&article.text), language);
                    let claims = extract_claims(&article);
                    (article, claims)
                },
                BatchSize::PerIteration,
            )
        });
        // ICU4X's sentence splitting alone (UAX #29 with ICU's data), the reference the
        // pipeline is compared with in the same run.
        let icu = icu_segmenter::SentenceSegmenter::new(Default::default());
        group.bench_with_input(
            BenchmarkId::new("icu4x-reference", label),
            &text,
            |b, text| b.iter(|| icu.segment_str(black_box(text)).count()),
        );
        if size == 1_000_000 {
            group.bench_with_input(
                BenchmarkId::new("uax29-reference", label),
                &text,
                |b, text| b.iter(|| black_box(text).split_sentence_bound_indices().count()),
            );
        }
    }
    group.finish();
}

fn engine(c: &mut Criterion) {
    bench_language(c, "en", ENGLISH);
    bench_language(c, "ar", ARABIC);
}

criterion_group!(benches, engine);
criterion_main!(benches);
