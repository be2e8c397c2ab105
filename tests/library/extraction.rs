//! The main text of news pages against their hand-written main texts
//! (`tests/data/extraction/`, made by `scripts/make_extraction_set.py`): what Sanad
//! extracts now (readability, the headline kept) is held to the figures measured when it
//! was chosen, and to beating the first extractor it replaced.

#[path = "../common/extraction_score.rs"]
mod extraction_score;

use extraction_score::score;

#[test]
fn news_pages_keep_their_story_and_lose_their_furniture() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/extraction");
    let mut pages = 0;
    let (mut now, mut first) = (0.0, 0.0);
    let mut names: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    names.sort();
    for path in names {
        let html = std::fs::read_to_string(&path).unwrap();
        let gold = std::fs::read_to_string(path.with_extension("txt")).unwrap();
        let page = sanad::import::extract_html(&html);
        let s = score(&page.text, &gold);
        assert!(
            s.recall >= 0.9,
            "{}: the story lost words (recall {:.2}):\n{}",
            path.display(),
            s.recall,
            page.text
        );
        now += s.f1;
        first += score(&sanad::import::extract_without_readability(&html), &gold).f1;
        pages += 1;
    }
    assert!(pages >= 12);
    let (now, first) = (now / pages as f64, first / pages as f64);
    assert!(now >= 0.92, "mean F1 {now:.3}");
    assert!(
        now > first + 0.1,
        "{now:.3} against the first extractor's {first:.3}"
    );
}
