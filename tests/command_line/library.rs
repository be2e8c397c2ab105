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

#[test]
fn a_claim_is_matched_to_the_fact_check_that_reviewed_it() {
    let dir = scratch("match");
    std::fs::write(
        dir.join("feed.jsonl"),
        concat!(
            r#"{"@type": "ClaimReview", "url": "https://c.example/water", "claimReviewed": "Drinking hot water kills the coronavirus.", "reviewRating": {"alternateName": "False"}, "author": {"name": "Checks"}}"#,
            "\n",
            r#"{"@type": "ClaimReview", "url": "https://c.example/bread", "claimReviewed": "أعلنت الحكومة رفع سعر الخبز ٥٠٪", "reviewRating": {"alternateName": "مضلل"}, "inLanguage": "ar"}"#,
            "\n",
        ),
    )
    .unwrap();
    assert_ok(&library(&dir, &["import", "feed.jsonl"]));
    let out = library(
        &dir,
        &[
            "match",
            "Does drinking hot water kill covid? https://t.co/x",
            "--top",
            "1",
        ],
    );
    assert_ok(&out);
    let line: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(line["matches"][0]["url"], "https://c.example/water");
    assert_eq!(line["matches"][0]["rating"], "False");
    assert_eq!(line["matches"][0]["source"], "import");
    std::fs::write(
        dir.join("queries.tsv"),
        "q1\tالحكومه اعلنت رفع سعر الخبز 50%\nq2\tzebra\n",
    )
    .unwrap();
    let out = library(
        &dir,
        &["match", "--batch", "queries.tsv", "--format", "tsv"],
    );
    assert_ok(&out);
    let rows: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    assert_eq!(rows.len(), 2, "a header and one match: {rows:?}");
    assert!(rows[1].starts_with("q1\t1\t"), "{}", rows[1]);
    assert!(rows[1].contains("https://c.example/bread"), "{}", rows[1]);
    assert_one_line_refusal(&library(&dir, &["match", "--batch", "missing.tsv"]), 1);
    assert_one_line_refusal(&library(&dir, &["match", "x", "--top", "0"]), 2);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_desks_own_reviews_are_registered_scanned_and_matched() {
    let dir = scratch("desk");
    std::fs::create_dir_all(dir.join("reviews/2026")).unwrap();
    std::fs::write(
        dir.join("article.txt"),
        "The minister said bread prices rose by 50 percent last month. It was sunny.\n",
    )
    .unwrap();
    let review = "reviews/2026/bread.sanad";
    assert_ok(&sanad_in(&dir, &["new", "article.txt", "-o", review]));
    let set = sanad_in(
        &dir,
        &[
            "set",
            review,
            "--claim",
            "1",
            "--verdict",
            "misleading",
            "--by",
            "Huda",
        ],
    );
    assert_ok(&set);
    let added = library(&dir, &["add", "reviews"]);
    assert_ok(&added);
    assert!(
        stdout(&added).contains("1 review files (1 read), 1 judged claims"),
        "{}",
        stdout(&added)
    );
    let out = library(&dir, &["match", "bread prices went up 50%", "--top", "1"]);
    assert_ok(&out);
    let line: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let best = &line["matches"][0];
    assert_eq!(best["source"], "review");
    assert_eq!(best["claim_id"], 1);
    assert_eq!(best["rating"], "Misleading");
    assert_eq!(best["publisher"], "Huda");
    assert_eq!(best["url"], "");
    assert!(
        best["review_path"]
            .as_str()
            .unwrap()
            .ends_with("bread.sanad"),
        "{best}"
    );
    // The review changes: the next match sees it, with nothing registered again.
    assert_ok(&sanad_in(
        &dir,
        &[
            "set",
            review,
            "--claim",
            "1",
            "--verdict",
            "false",
            "--by",
            "Huda",
        ],
    ));
    let out = library(
        &dir,
        &["match", "bread prices went up 50%", "--format", "tsv"],
    );
    assert!(
        stdout(&out).contains("\treview\tFalse\tHuda\t"),
        "{}",
        stdout(&out)
    );
    let stats = library(&dir, &["stats"]);
    assert!(
        stdout(&stats).contains("1 files, 1 judged claims, last scanned 20"),
        "{}",
        stdout(&stats)
    );
    let rebuilt = library(&dir, &["rebuild"]);
    assert!(
        stdout(&rebuilt).contains("0 fact-checks and 1 judged claims"),
        "{}",
        stdout(&rebuilt)
    );
    let refused = library(&dir, &["add", "article.txt"]);
    let said = assert_one_line_refusal(&refused, 1);
    assert!(said.contains("not a folder of reviews"), "{said}");
    std::fs::remove_dir_all(&dir).unwrap();
}
