//! The library folder: imports kept, the index kept and made again, review folders.

use super::*;
use crate::factchecks::store::INDEX_STAMP;
use crate::factchecks::{INDEX_DIR, Weights, library_dir};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sanad-library-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn imports_are_kept_updated_and_read_back() {
    let dir = scratch("import");
    let library = dir.join("library");
    let feed = dir.join("feed.json");
    std::fs::write(
        &feed,
        r#"[{"@type": "ClaimReview", "url": "https://c.example/1", "claimReviewed": "one",
             "reviewRating": {"alternateName": "False"}},
            {"@type": "ClaimReview", "claimReviewed": "two", "author": {"name": "Misbar"}},
            {"@type": "Person"}]"#,
    )
    .unwrap();
    let first = import_files(&library, std::slice::from_ref(&feed)).unwrap();
    assert_eq!(
        (first.added, first.updated, first.skipped, first.total),
        (2, 0, 1, 2)
    );
    assert_eq!(first.first_skipped[0].0, feed);
    let again = import_files(&library, std::slice::from_ref(&feed)).unwrap();
    assert_eq!((again.added, again.unchanged, again.total), (0, 2, 2));
    std::fs::write(
        &feed,
        r#"{"@type": "ClaimReview", "url": "https://c.example/1", "claimReviewed": "one",
            "reviewRating": {"alternateName": "Mostly false"}}"#,
    )
    .unwrap();
    let rerated = import_files(&library, std::slice::from_ref(&feed)).unwrap();
    assert_eq!((rerated.added, rerated.updated, rerated.total), (0, 1, 2));
    let kept = load(&library).unwrap();
    assert_eq!(kept.items()[0].rating, "Mostly false");
    assert_eq!(kept.items()[1].publisher, "Misbar");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_refused_file_leaves_the_library_as_it_was() {
    let dir = scratch("refused");
    let library = dir.join("library");
    let good = dir.join("good.csv");
    std::fs::write(&good, "claim,rating\nThe sea is rising,True\n").unwrap();
    import_files(&library, std::slice::from_ref(&good)).unwrap();
    let before = std::fs::read(library.join(IMPORTED_FILE)).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, "not a feed at all").unwrap();
    std::fs::write(&good, "claim,rating\nA new claim,False\n").unwrap();
    let refused = import_files(&library, &[good, bad]).unwrap_err();
    assert!(
        refused.to_string().contains("not a fact-check file"),
        "{refused}"
    );
    assert_eq!(std::fs::read(library.join(IMPORTED_FILE)).unwrap(), before);
    // A damaged library says where.
    std::fs::write(library.join(IMPORTED_FILE), "{\"claim\": \"a\"}\n{oops\n").unwrap();
    let damaged = load(&library).unwrap_err().to_string();
    assert!(damaged.contains("line 2"), "{damaged}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_index_is_kept_reused_and_made_again_when_stale_or_damaged() {
    let dir = scratch("index");
    let library = dir.join("library");
    let feed = dir.join("feed.csv");
    std::fs::write(
        &feed,
        "claim,rating\nDrinking hot water kills the virus,False\nThe moon landing was staged,False\n",
    )
    .unwrap();
    import_files(&library, std::slice::from_ref(&feed)).unwrap();
    let kept = load(&library).unwrap();
    let answers = |index: &FactCheckIndex| -> Vec<usize> {
        index
            .search("was the moon landing staged", 2, Weights::default())
            .unwrap()
            .iter()
            .map(|h| h.position)
            .collect()
    };
    let answers_of = |opened: &Library| -> Vec<usize> {
        let found = opened.search("was the moon landing staged", 2).unwrap();
        found
            .iter()
            .map(|f| kept.items().iter().position(|k| k == f.fact_check).unwrap())
            .collect()
    };
    let fresh = answers(&FactCheckIndex::in_memory(kept.items()).unwrap());
    assert_eq!(fresh[0], 1);
    // Made by the import, opened as it is, the same answers.
    let stamp = std::fs::read_to_string(library.join(INDEX_STAMP)).unwrap();
    assert_eq!(stamp.trim().len(), 64);
    assert_eq!(answers_of(&Library::open(&library).unwrap()), fresh);
    // Damaged: made again, the same answers. Each file is replaced by a damaged one, not
    // cut short where it lies: the index opened just above may still be mapped in memory by
    // tantivy's threads for a moment, and a mapped file cut short is a SIGBUS for whoever
    // reads it (Sanad itself only ever removes and rewrites the index's files, never
    // truncates them).
    for entry in std::fs::read_dir(library.join(INDEX_DIR)).unwrap() {
        let path = entry.unwrap().path();
        let damaged = path.with_extension("damaged");
        std::fs::write(&damaged, b"garbage").unwrap();
        std::fs::rename(&damaged, &path).unwrap();
    }
    assert_eq!(answers_of(&Library::open(&library).unwrap()), fresh);
    // Rebuilt from scratch: the same answers.
    std::fs::remove_dir_all(library.join(INDEX_DIR)).unwrap();
    assert_eq!(rebuild(&library).unwrap(), (2, 0));
    assert_eq!(
        answers(&FactCheckIndex::opened_in(&library.join(INDEX_DIR)).unwrap()),
        fresh
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn two_imports_at_once_keep_both() {
    let dir = scratch("concurrent");
    let library = dir.join("library");
    let feeds: Vec<PathBuf> = (0..4)
        .map(|k| {
            let feed = dir.join(format!("feed-{k}.csv"));
            let rows: String = (0..300).map(|n| format!("claim {k}-{n}\n")).collect();
            std::fs::write(&feed, format!("claim\n{rows}")).unwrap();
            feed
        })
        .collect();
    std::thread::scope(|scope| {
        for feed in &feeds {
            let library = &library;
            scope.spawn(move || import_files(library, std::slice::from_ref(feed)).unwrap());
        }
    });
    assert_eq!(load(&library).unwrap().items().len(), 1200);
    let opened = Library::open(&library).unwrap();
    assert_eq!(opened.imported().len(), 1200);
    assert_eq!(opened.search("claim 3-299", 1).unwrap().len(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_folder_is_the_one_given_first() {
    let given = Path::new("/tmp/given");
    assert_eq!(library_dir(Some(given)).unwrap(), given);
}

/// A review of `text` with its first claims given `verdicts`, saved at `path`.
fn save_review(path: &Path, text: &str, verdicts: &[crate::model::Verdict]) {
    let article = crate::import::article_from_text(text.into(), "utf-8", "t");
    let mut review = crate::review_from_article(article);
    for (claim, verdict) in review.claims.iter_mut().zip(verdicts) {
        claim.verdict = *verdict;
    }
    crate::store::save(&review, path).unwrap();
}

#[test]
fn the_desks_reviews_are_found_beside_the_imports_and_follow_their_changes() {
    use crate::model::Verdict;
    let dir = scratch("desk");
    let library = dir.join("library");
    let reviews = dir.join("reviews");
    std::fs::create_dir_all(&reviews).unwrap();
    let feed = dir.join("feed.csv");
    std::fs::write(&feed, "claim,rating\nThe moon landing was staged,False\n").unwrap();
    import_files(&library, std::slice::from_ref(&feed)).unwrap();
    save_review(
        &reviews.join("bread.sanad"),
        "The government raised the price of bread by 50 percent. It rained.",
        &[Verdict::Misleading, Verdict::Unreviewed],
    );
    let summary = add_folders(&library, std::slice::from_ref(&reviews)).unwrap();
    assert_eq!((summary.files, summary.claims), (1, 1));
    let opened = Library::open(&library).unwrap();
    assert_eq!((opened.imported().len(), opened.reviewed().len()), (1, 1));
    assert!(!opened.folders()[0].scanned.is_empty());
    let found = opened.search("bread price raised 50%", 3).unwrap();
    let Origin::Review(claim) = found[0].origin else {
        panic!("{found:?}")
    };
    assert_eq!(claim.claim_id, 1);
    assert!(claim.review_path.ends_with("bread.sanad"));
    assert_eq!(found[0].fact_check.rating, "Misleading");
    assert!(opened.search("moon landing staged", 1).unwrap()[0].origin == Origin::Import,);
    // The review changes: the next opening finds the change (the index made again).
    save_review(
        &reviews.join("bread.sanad"),
        "The government raised the price of bread by 50 percent. It rained.",
        &[Verdict::Verified, Verdict::False],
    );
    let reopened = Library::open(&library).unwrap();
    assert_eq!(reopened.last_scan().read, 1);
    assert_eq!(
        reopened.search("bread price", 1).unwrap()[0]
            .fact_check
            .rating,
        "Verified"
    );
    assert!(!reopened.search("rained", 1).unwrap().is_empty());
    // Unchanged: nothing read, the kept index reused.
    let stamp = std::fs::read_to_string(library.join(INDEX_STAMP)).unwrap();
    let again = Library::open(&library).unwrap();
    assert_eq!(again.last_scan().read, 0);
    assert_eq!(
        std::fs::read_to_string(library.join(INDEX_STAMP)).unwrap(),
        stamp
    );
    // Rebuilt from nothing, the same answers.
    std::fs::remove_dir_all(library.join(INDEX_DIR)).unwrap();
    std::fs::remove_file(library.join(crate::factchecks::desk::SCANNED_FILE)).unwrap();
    assert_eq!(rebuild(&library).unwrap(), (1, 2));
    let rebuilt = Library::open(&library).unwrap();
    assert_eq!(
        rebuilt.search("bread price", 1).unwrap()[0]
            .fact_check
            .rating,
        "Verified"
    );
    // A folder that is not one is refused and nothing is registered.
    let refused = add_folders(&library, &[dir.join("missing")]).unwrap_err();
    assert!(refused.to_string().contains("not a folder"), "{refused}");
    assert_eq!(rebuilt.folders().len(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_empty_library_is_searched_without_writing_anything() {
    let dir = scratch("empty");
    let library = dir.join("nothing-here");
    let opened = Library::open(&library).unwrap();
    assert!(opened.is_empty());
    assert!(opened.search("anything", 5).unwrap().is_empty());
    assert!(!library.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn hostile_review_folders_and_damaged_library_files_do_no_harm() {
    use crate::model::Verdict;
    let dir = scratch("hostile");
    let library = dir.join("library");
    let reviews = dir.join("reviews");
    std::fs::create_dir_all(&reviews).unwrap();
    save_review(
        &reviews.join("real.sanad"),
        "The bridge cost 4 million dollars. It rained.",
        &[Verdict::False],
    );
    // A FIFO named like a review (reading it would wait forever), a link to a review
    // outside the folders and a link looping back to the folder itself: none is read.
    let fifo = reviews.join("pipe.sanad");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    let outside = dir.join("outside.sanad");
    save_review(&outside, "The moon is made of cheese.", &[Verdict::False]);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&outside, reviews.join("link.sanad")).unwrap();
        std::os::unix::fs::symlink(&reviews, reviews.join("loop")).unwrap();
    }
    let summary = add_folders(&library, std::slice::from_ref(&reviews)).unwrap();
    assert_eq!((summary.files, summary.claims), (1, 1), "{summary:?}");
    if made.is_ok_and(|s| s.success()) {
        assert!(fifo.exists());
    }
    let opened = Library::open(&library).unwrap();
    assert!(opened.search("moon cheese", 1).unwrap().is_empty());
    // The scan's cache damaged: read as empty and made again from the reviews.
    std::fs::write(
        library.join(crate::factchecks::desk::SCANNED_FILE),
        "{oops\n",
    )
    .unwrap();
    let again = Library::open(&library).unwrap();
    assert_eq!((again.last_scan().read, again.reviewed().len()), (1, 1));
    // The folders' file damaged: one sentence naming it, nothing else written.
    std::fs::write(library.join(crate::factchecks::desk::FOLDERS_FILE), "[{").unwrap();
    let refused = Library::open(&library).err().expect("refused").to_string();
    assert!(refused.contains("folders.json is damaged"), "{refused}");
    assert!(!refused.contains('\n'));
    assert_eq!(
        std::fs::read_to_string(library.join(crate::factchecks::desk::FOLDERS_FILE)).unwrap(),
        "[{"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
