//! Main-text extraction scored against hand-written main texts: Sanad's first extractor
//! (`sanad::import::extract_without_readability`), dom_smoothie (the readability.js port) in
//! both of its candidate modes, and what Sanad uses now (`sanad::import::extract_html`:
//! readability, the headline kept, the first extractor as the fallback), on every `NAME.html` in the folders given that has a `NAME.txt` beside
//! it (the article's headline and text, one block per line).
//!
//! The score is the bag-of-words precision, recall and F1 of the extracted text (with the
//! headline) against the hand-written one — the measure of the extraction benchmarks
//! (Scrapinghub's article-extraction-benchmark, trafilatura's evaluation): words are runs
//! of letters and digits, lower-cased, counted with their repetitions.
//!
//! Run: `cargo run --release --example extractor_eval -- tests/data/extraction`

use std::path::{Path, PathBuf};

#[path = "../tests/common/extraction_score.rs"]
mod extraction_score;

use extraction_score::{Score, score};

/// One way of finding a page's main text.
type Extractor = Box<dyn Fn(&str) -> String>;

fn first_extractor(html: &str) -> String {
    sanad::import::extract_without_readability(html)
}

fn sanad(html: &str) -> String {
    sanad::import::extract_html(html).text
}

fn smoothie(html: &str, mode: dom_smoothie::CandidateSelectMode) -> String {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        candidate_select_mode: mode,
        ..Default::default()
    };
    match dom_smoothie::Readability::new(html, None, Some(config)).and_then(|mut r| r.parse()) {
        // The headline is the article's title in Sanad; readability keeps it apart.
        Ok(article) => format!("{}\n{}", article.title, article.text_content),
        Err(_) => String::new(),
    }
}

fn pages(folders: &[PathBuf]) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            eprintln!("{}: cannot be read", folder.display());
            continue;
        };
        let mut names: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
            .collect();
        names.sort();
        for html_path in names {
            let gold_path = html_path.with_extension("txt");
            let (Ok(html), Ok(gold)) = (
                std::fs::read_to_string(&html_path),
                std::fs::read_to_string(&gold_path),
            ) else {
                continue;
            };
            let name = html_path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            found.push((name, html, gold));
        }
    }
    found
}

fn main() {
    let folders: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let folders = if folders.is_empty() {
        vec![Path::new("tests/data/extraction").to_path_buf()]
    } else {
        folders
    };
    let pages = pages(&folders);
    let extractors: [(&str, Extractor); 4] = [
        ("first extractor", Box::new(first_extractor)),
        (
            "dom_smoothie (readability)",
            Box::new(|h| smoothie(h, dom_smoothie::CandidateSelectMode::Readability)),
        ),
        (
            "dom_smoothie (dom_smoothie)",
            Box::new(|h| smoothie(h, dom_smoothie::CandidateSelectMode::DomSmoothie)),
        ),
        ("sanad now", Box::new(sanad)),
    ];
    println!("page\tfirst P/R/F1\treadability P/R/F1\tdom_smoothie P/R/F1\tsanad now P/R/F1");
    let mut sums = [Score::default(); 4];
    for (name, html, gold) in &pages {
        let mut row = name.clone();
        for (i, (_, extract)) in extractors.iter().enumerate() {
            let s = score(&extract(html), gold);
            sums[i].precision += s.precision;
            sums[i].recall += s.recall;
            sums[i].f1 += s.f1;
            row.push_str(&format!("\t{:.2}/{:.2}/{:.2}", s.precision, s.recall, s.f1));
        }
        println!("{row}");
    }
    let n = pages.len().max(1) as f64;
    println!("\nmean over {} pages (precision, recall, F1):", pages.len());
    for (i, (label, _)) in extractors.iter().enumerate() {
        println!(
            "  {label:<28} {:.3}  {:.3}  {:.3}",
            sums[i].precision / n,
            sums[i].recall / n,
            sums[i].f1 / n
        );
    }
}
