//! `sanad library`: importing published fact-checks into a library folder, as a user does.

use crate::support::{assert_ok, assert_one_line_refusal, sanad_in, stdout};
use std::path::Path;

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sanad-cli-library-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn library(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["library"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--library", "lib"]);
    sanad_in(dir, &all)
}

#[test]
fn a_feed_and_a_csv_are_imported_counted_and_imported_again_without_duplicates() {
    let dir = scratch("import");
    std::fs::write(
        dir.join("feed.json"),
        r#"{"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
            {"@type": "DataFeedItem", "item": [
              {"@type": "ClaimReview", "url": "https://c.example/a", "claimReviewed": "Tea cures cancer",
               "reviewRating": {"alternateName": "False"}, "author": {"name": "Checks"}, "inLanguage": "en",
               "datePublished": "2021-05-01"},
              {"@type": "ClaimReview", "claimReviewed": ""}]}]}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("sheet.csv"),
        "claim,rating,publisher,language\nالأرض مسطحة,خطأ,مسبار,ar\n",
    )
    .unwrap();
    let out = library(&dir, &["import", "feed.json", "sheet.csv"]);
    assert_ok(&out);
    let said = stdout(&out);
    assert!(
        said.contains("2 added, 0 updated, 0 unchanged, 1 skipped (2 fact-checks"),
        "{said}"
    );
    assert!(
        said.contains("feed.json, item 2: no claimReviewed"),
        "{said}"
    );
    let again = library(&dir, &["import", "feed.json"]);
    assert!(
        stdout(&again).contains("0 added, 0 updated, 1 unchanged"),
        "{}",
        stdout(&again)
    );
    let stats = library(&dir, &["stats"]);
    assert_ok(&stats);
    let said = stdout(&stats);
    assert!(said.contains("2 fact-checks"), "{said}");
    assert!(said.contains("languages: ar 1, en 1"), "{said}");
    assert!(said.contains("dates: 2021-05-01 to 2021-05-01"), "{said}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_file_that_is_not_fact_checks_is_refused_and_nothing_is_imported() {
    let dir = scratch("refused");
    std::fs::write(dir.join("good.csv"), "claim\nThe sea is rising\n").unwrap();
    std::fs::write(dir.join("notes.txt"), "a shopping list\neggs\n").unwrap();
    let refused = library(&dir, &["import", "good.csv", "notes.txt"]);
    let line = assert_one_line_refusal(&refused, 1);
    assert!(
        line.contains("notes.txt is not a fact-check file"),
        "{line}"
    );
    assert!(!dir.join("lib").exists(), "nothing written");
    let missing = library(&dir, &["import", "missing.json"]);
    assert_one_line_refusal(&missing, 1);
    let none = sanad_in(&dir, &["library", "import"]);
    assert_one_line_refusal(&none, 2);
    // An empty library has nothing to count, and says so.
    let stats = library(&dir, &["stats"]);
    assert_ok(&stats);
    assert!(stdout(&stats).contains("0 fact-checks"));
    std::fs::remove_dir_all(&dir).unwrap();
}
