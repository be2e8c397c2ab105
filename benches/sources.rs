//! Time to archive 100 sources from a local HTTP server (each a distinct 20 kB article page:
//! fetched, hashed, its text extracted, compressed and written into a fresh snapshot folder),
//! a few at a time as `sanad archive` does and one at a time for reference; and the excerpt
//! check of one archived source (read the snapshot back, check its hash, find the excerpt).
//!
//! Also the main-text extraction of the twelve pages of `tests/data/extraction/` and of
//! one 1 MB page, by what Sanad uses now (readability first) and by the first extractor in
//! the same run.
//!
//! Run: `cargo bench --bench sources`.

#[path = "../tests/common/web_server.rs"]
mod web_server;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use sanad::model::{ClaimId, Evidence};
use sanad::sources::{
    Limits, PARALLEL_FETCHES, SnapshotFolder, SourceRef, archive_page, archive_sources,
    check_excerpt,
};
use std::sync::atomic::AtomicBool;
use std::time::Duration;
use web_server::{Reply, WebServer};

const ENGLISH: &str = include_str!("../assets/samples/en-transit-budget.txt");

/// Page `n`: the sample's paragraphs with the page's number, about 20 kB of HTML.
fn page(n: usize) -> String {
    let mut html = format!("<html><head><title>Source {n}</title></head><body><article>");
    while html.len() < 20_000 {
        for line in ENGLISH.lines().filter(|l| !l.trim().is_empty()) {
            html.push_str(&format!("<p>{line} ({n})</p>"));
        }
    }
    html.push_str("</article></body></html>");
    html
}

fn sources(server: &WebServer) -> Vec<SourceRef> {
    (0..100)
        .map(|n| SourceRef {
            claim: ClaimId(1),
            index: n,
            url: server.url(&format!("/source/{n}")),
        })
        .collect()
}

fn archiving(c: &mut Criterion) {
    let server = WebServer::start(|path, _| {
        let n: usize = path
            .rsplit('/')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        Reply::html(&page(n))
    });
    let limits = Limits::default();
    let cancel = AtomicBool::new(false);
    let mut group = c.benchmark_group("archive 100 sources");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    for (name, threads) in [("4 at a time", PARALLEL_FETCHES), ("one at a time", 1)] {
        group.bench_function(name, |b| {
            b.iter_batched(
                || tempfile::tempdir().unwrap(),
                |dir| {
                    let folder = SnapshotFolder::beside(&dir.path().join("r.sanad"));
                    let done =
                        archive_sources(sources(&server), &folder, &limits, threads, &cancel);
                    assert!(done.iter().all(|(_, r)| r.is_ok()));
                    dir
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();

    let dir = tempfile::tempdir().unwrap();
    let folder = SnapshotFolder::beside(&dir.path().join("r.sanad"));
    let archive = archive_page(&server.url("/source/7"), &folder, &limits, &cancel).unwrap();
    let evidence = Evidence {
        url: Some(server.url("/source/7")),
        excerpt: "the largest transit budget the city has ever approved".into(),
        archive: Some(Box::new(archive)),
        ..Evidence::default()
    };
    c.bench_function("excerpt check of one 20 kB snapshot", |b| {
        b.iter(|| check_excerpt(&evidence, &folder))
    });
}

fn extraction(c: &mut Criterion) {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/extraction");
    let mut pages: Vec<String> = std::fs::read_dir(folder)
        .expect("the extraction set")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    pages.sort();
    // A long story in a page with its furniture: about 1 MB.
    let mut long = String::from("<html><body><nav><a href=\"/\">Home</a></nav><article>");
    while long.len() < 1_000_000 {
        for line in ENGLISH.lines().filter(|l| !l.trim().is_empty()) {
            long.push_str(&format!(
                "<p>{line}</p><div class=\"related\"><a href=\"/x\">More</a></div>"
            ));
        }
    }
    long.push_str("</article><footer>© News</footer></body></html>");
    let mut group = c.benchmark_group("main text");
    group.bench_function("twelve news pages, readability first", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| sanad::import::extract_html(p).text.len())
                .sum::<usize>()
        })
    });
    group.bench_function("twelve news pages, first extractor", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| sanad::import::extract_without_readability(p).len())
                .sum::<usize>()
        })
    });
    group.sample_size(10);
    group.bench_function("1 MB page, readability first", |b| {
        b.iter(|| sanad::import::extract_html(&long).text.len())
    });
    group.bench_function("1 MB page, first extractor", |b| {
        b.iter(|| sanad::import::extract_without_readability(&long).len())
    });
    group.finish();
}

criterion_group!(benches, archiving, extraction);
criterion_main!(benches);
