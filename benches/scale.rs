//! Scale: a long article from file to review, `sanad new` as a whole process, the review
//! saved and loaded, and the claims table's filter per keystroke, at 100 KB, 1 MB and
//! 10 MB (criterion medians). Frame times and memory: `benches/frames.rs`.
//!
//! Run: `cargo bench --bench scale`.

mod support;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use sanad::query::{Filter, SearchIndex, Sort, filtered, sorted};
use std::time::Duration;
use support::{SIZES, long_article, long_review};

fn open(c: &mut Criterion) {
    let mut group = c.benchmark_group("open_article");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in SIZES {
        let path = dir.path().join(format!("{name}.txt"));
        std::fs::write(&path, long_article(bytes)).unwrap();
        // Read, decode, segment and extract the claims: the review the window opens.
        group.bench_with_input(BenchmarkId::from_parameter(name), &path, |b, path| {
            b.iter(|| sanad::review_from_article_path(path).unwrap())
        });
    }
    group.finish();
}

/// `sanad new ARTICLE -o REVIEW` as a whole process: start, read, find the claims, write.
fn new_process(c: &mut Criterion) {
    let mut group = c.benchmark_group("sanad_new_process");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in SIZES {
        let article = dir.path().join(format!("{name}.txt"));
        std::fs::write(&article, long_article(bytes)).unwrap();
        let review = dir.path().join(format!("{name}.sanad"));
        group.bench_with_input(BenchmarkId::from_parameter(name), &article, |b, article| {
            b.iter(|| {
                let status = std::process::Command::new(env!("CARGO_BIN_EXE_sanad"))
                    .arg("new")
                    .arg(article)
                    .arg("-o")
                    .arg(&review)
                    .arg("--force")
                    .stdout(std::process::Stdio::null())
                    .status()
                    .unwrap();
                assert!(status.success());
            })
        });
    }
    group.finish();
}

fn save_and_load(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("review_file");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    for (name, bytes) in SIZES {
        let review = long_review(bytes);
        let path = dir.path().join(format!("{name}.sanad"));
        sanad::store::save(&review, &path).unwrap();
        let size = std::fs::metadata(&path).unwrap().len();
        eprintln!(
            "{name}: {} claims, {} sentences, review file {:.1} MB",
            review.claims.len(),
            review.article.sentences.len(),
            size as f64 / 1e6
        );
        group.bench_with_input(BenchmarkId::new("save", name), &review, |b, review| {
            b.iter(|| sanad::store::save(review, &path).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("load", name), &path, |b, path| {
            b.iter(|| sanad::store::load(path).unwrap())
        });
    }
    group.finish();
}

/// The search index: folding every claim's text (the first search in a review), and bringing
/// it up to date after one note was edited (the first keystroke after a change).
fn search_index(c: &mut Criterion) {
    let mut group = c.benchmark_group("search_index");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for (name, bytes) in SIZES {
        let review = long_review(bytes);
        group.bench_with_input(BenchmarkId::new("all", name), &review, |b, review| {
            b.iter(|| SearchIndex::new(review))
        });
        // After one note is edited: only that claim is folded again (the previous build
        // folded every claim, as "all" does).
        let mut index = SearchIndex::new(&review);
        let mut edited = review.clone();
        let middle = edited.claims.len() / 2;
        group.bench_function(BenchmarkId::new("after_one_edit", name), |b| {
            let mut round = 0u64;
            b.iter(|| {
                round += 1;
                edited.claims[middle].note = format!("note {round}");
                index.update(&edited);
            })
        });
    }
    group.finish();
}

fn filter(c: &mut Criterion) {
    let mut group = c.benchmark_group("filter_keystroke");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(4));
    for (name, bytes) in SIZES {
        let review = long_review(bytes);
        let index = SearchIndex::new(&review);
        let order = sorted(&review, Sort::default());
        // The third letter of a word being typed: a common prefix, many matches to keep.
        let typed = Filter {
            text: "ماس".into(),
            ..Filter::default()
        };
        group.bench_with_input(BenchmarkId::from_parameter(name), &typed, |b, typed| {
            b.iter(|| filtered(&review, &index, &order, typed))
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    open,
    new_process,
    save_and_load,
    search_index,
    filter
);
criterion_main!(benches);
