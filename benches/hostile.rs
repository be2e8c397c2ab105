//! Hostile shapes grow linearly: the cost per byte of Markdown made of `[a`, of a page
//! nested as deep as it is long, of re-anchoring a review to one long run of a letter, and
//! of the claim engine on that run, at three sizes each, beside an ordinary input of the same
//! size measured in the same run (the reference: what the same step costs on real text).
//!
//! Run: `cargo bench --no-default-features --bench hostile` (no window needed). Linear means
//! the time per byte stays flat as the size triples; before these inputs were bounded,
//! 600 KB of `[a` took 17 s and a 300 KB run of a letter took 44 s to re-anchor.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sanad::import::{article_from_text, extract_html, strip_markdown};
use std::hint::black_box;
use std::time::Duration;

const ENGLISH: &str = include_str!("../assets/samples/en-transit-budget.txt");

const SIZES: [(&str, usize); 3] = [("100KB", 100_000), ("300KB", 300_000), ("900KB", 900_000)];

/// `piece` repeated to at least `size` bytes.
fn repeat_to(piece: &str, size: usize) -> String {
    piece.repeat(size.div_ceil(piece.len()))
}

fn group<'a>(
    c: &'a mut Criterion,
    name: &str,
) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_millis(500));
    group
}

fn markdown(c: &mut Criterion) {
    let mut group = group(c, "hostile/markdown");
    for (label, size) in SIZES {
        let brackets = repeat_to("[a", size);
        let ordinary = repeat_to(&format!("{ENGLISH}\n"), size);
        group.throughput(Throughput::Bytes(size as u64));
        group.bench_with_input(BenchmarkId::new("brackets", label), &brackets, |b, t| {
            b.iter(|| strip_markdown(black_box(t)))
        });
        group.bench_with_input(BenchmarkId::new("ordinary", label), &ordinary, |b, t| {
            b.iter(|| strip_markdown(black_box(t)))
        });
    }
}

fn nested_pages(c: &mut Criterion) {
    let mut group = group(c, "hostile/html");
    for (label, size) in SIZES {
        let nested = repeat_to("<div><b>", size);
        let flat = repeat_to("<p>The council approved the budget on Tuesday.</p>\n", size);
        group.throughput(Throughput::Bytes(size as u64));
        group.bench_with_input(BenchmarkId::new("nested", label), &nested, |b, t| {
            b.iter(|| extract_html(black_box(t)))
        });
        group.bench_with_input(BenchmarkId::new("flat", label), &flat, |b, t| {
            b.iter(|| extract_html(black_box(t)))
        });
    }
}

fn reanchoring(c: &mut Criterion) {
    let mut group = group(c, "hostile/reanchor");
    for (label, size) in SIZES {
        let text = repeat_to(&format!("{ENGLISH}\n"), size);
        let review = sanad::review_from_article(article_from_text(text.clone(), "UTF-8", "t"));
        let run = article_from_text("a".repeat(size), "UTF-8", "t");
        let corrected = article_from_text(format!("A correction.\n{text}"), "UTF-8", "t");
        group.throughput(Throughput::Bytes(size as u64));
        group.bench_with_input(BenchmarkId::new("to-a-run", label), &run, |b, a| {
            b.iter(|| sanad::anchor::reanchor(&review, a.clone(), "b"))
        });
        group.bench_with_input(
            BenchmarkId::new("to-a-correction", label),
            &corrected,
            |b, a| b.iter(|| sanad::anchor::reanchor(&review, a.clone(), "b")),
        );
        // A review of one line again and again (every claim the same words), to itself.
        let lines = "x\n".repeat(size / 2);
        let lines_review =
            sanad::review_from_article(article_from_text(lines.clone(), "UTF-8", "t"));
        let lines_article = article_from_text(lines, "UTF-8", "t");
        group.bench_with_input(
            BenchmarkId::new("repeated-line", label),
            &lines_article,
            |b, a| b.iter(|| sanad::anchor::reanchor(&lines_review, a.clone(), "b")),
        );
    }
}

fn engine_on_a_run(c: &mut Criterion) {
    let mut group = group(c, "hostile/engine");
    for (label, size) in SIZES {
        let run = "a".repeat(size);
        let dots = repeat_to("A. ", size);
        let ordinary = repeat_to(&format!("{ENGLISH}\n"), size);
        group.throughput(Throughput::Bytes(size as u64));
        for (name, text) in [("run", &run), ("dots", &dots), ("ordinary", &ordinary)] {
            group.bench_with_input(BenchmarkId::new(name, label), text, |b, t| {
                b.iter(|| sanad::review_from_article(article_from_text(t.clone(), "UTF-8", "t")))
            });
        }
    }
}

criterion_group!(
    benches,
    markdown,
    nested_pages,
    reanchoring,
    engine_on_a_run
);
criterion_main!(benches);
