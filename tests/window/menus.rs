//! The window driven headlessly (egui_kittest, no GPU), as a reviewer uses it: open an
//! article, pick claims in the table, give verdicts by key, add sources, save and reopen,
//! undo and redo, the unsaved-changes question, dropped files, filter and sort, exports,
//! merges and crash recovery.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sanad::app::SanadApp;
use sanad::model::{ClaimId, Command, Review, Verdict, apply};

const ARABIC: &str = include_str!("../../assets/samples/ar-musk-ai-startup.txt");

fn review() -> Review {
    sanad::review_from_article(sanad::import::article_from_text(
        ARABIC.into(),
        "UTF-8",
        "t",
    ))
}

/// The window over `review`, saved to `path`; its autosaves go beside it.
fn window(review: Review, path: std::path::PathBuf) -> Harness<'static, SanadApp> {
    let dir = path
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    crate::harness::window(review, Some(path), &dir)
}

fn open_menu_item(h: &mut Harness<'_, SanadApp>, item: &str) {
    h.get_by_label("File").click();
    h.run();
    if item.starts_with("Export") {
        h.get_by_label("Export").click();
        h.run();
    }
    h.get_by_label(item).click();
    h.run();
}

#[test]
fn file_export_csv_writes_a_parsable_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(review(), dir.path().join("r.sanad"));
    h.run();
    open_menu_item(&mut h, "Export CSV…");
    let out = dir.path().join("out.csv");
    crate::harness::answer_prompt(&mut h, &out);
    let text = std::fs::read_to_string(&out).expect("the export was written");
    let rows = csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes())
        .records()
        .count();
    assert_eq!(rows, h.state().review().claims.len());
}

#[test]
fn merging_a_colleague_review_shows_conflicts_to_resolve_one_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut ours = review();
    let mut theirs = ours.clone();
    apply(
        &mut ours,
        Command::SetVerdict {
            claim: ClaimId(3),
            verdict: Verdict::Verified,
        },
        "a",
    )
    .unwrap();
    apply(
        &mut theirs,
        Command::SetVerdict {
            claim: ClaimId(3),
            verdict: Verdict::False,
        },
        "b",
    )
    .unwrap();
    apply(
        &mut theirs,
        Command::SetVerdict {
            claim: ClaimId(9),
            verdict: Verdict::Disputed,
        },
        "b",
    )
    .unwrap();
    let theirs_path = dir.path().join("theirs.sanad");
    sanad::store::save(&theirs, &theirs_path).unwrap();

    let mut h = window(ours, dir.path().join("ours.sanad"));
    h.run();
    open_menu_item(&mut h, "Merge review…");
    crate::harness::answer_prompt(&mut h, &theirs_path);
    {
        let review = h.state().review();
        assert_eq!(
            review.claim(ClaimId(9)).unwrap().verdict,
            Verdict::Disputed,
            "their one-sided change is taken"
        );
        assert_eq!(review.conflicts.len(), 1);
        assert_eq!(review.log.last().unwrap().field, "merge");
    }
    h.get_by_label("Take theirs: false").click();
    h.run();
    let review = h.state().review();
    assert!(review.conflicts.is_empty());
    assert_eq!(review.claim(ClaimId(3)).unwrap().verdict, Verdict::False);
}

#[test]
fn claimreview_export_uses_the_publishing_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(review(), dir.path().join("r.sanad"));
    h.state_mut().settings.organisation = "Sanad Fact Check".into();
    h.run();
    // Key 2 gives the selected claim (#1) the verdict Verified.
    h.key_press(egui::Key::Num2);
    h.run();
    assert_eq!(h.state().review().claims[0].verdict, Verdict::Verified);
    open_menu_item(&mut h, "Export ClaimReview JSON-LD…");
    let out = dir.path().join("out.json");
    crate::harness::answer_prompt(&mut h, &out);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(json[0]["author"]["name"], "Sanad Fact Check");
}

/// A review saved at `dir/r.sanad`, and a recovery copy beside it where claim #3 is
/// Misleading, as a crash leaves it.
fn review_with_recovery_copy(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("r.sanad");
    let saved = review();
    sanad::store::save(&saved, &path).unwrap();
    let mut unsaved = saved.clone();
    apply(
        &mut unsaved,
        Command::SetVerdict {
            claim: ClaimId(3),
            verdict: Verdict::Misleading,
        },
        "a",
    )
    .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let target = sanad::store::recovery::recovery_path(Some(&path));
    sanad::store::recovery::write_recovery(&unsaved, &target).unwrap();
    path
}

#[test]
fn unsaved_work_left_by_a_crash_is_offered_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = review_with_recovery_copy(dir.path());
    let mut h = window(sanad::store::load(&path).unwrap(), path.clone());
    h.run();
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(
        h.state().review().claim(ClaimId(3)).unwrap().verdict,
        Verdict::Misleading
    );
}

#[test]
fn a_recovery_offer_and_the_name_prompt_arriving_together_are_asked_in_turn() {
    let dir = tempfile::tempdir().unwrap();
    let path = review_with_recovery_copy(dir.path());
    let mut h = window(sanad::store::load(&path).unwrap(), path.clone());
    // First start: the name is asked too, in the same frame as the offer.
    h.state_mut().start_session();
    h.run();
    h.get_by_label("Restore");
    assert!(
        h.query_by_label("Welcome to Sanad").is_none(),
        "one dialog at a time"
    );
    assert!(!h.state().is_dirty(), "keys wait while a dialog is open");
    h.get_by_label("Restore").click();
    h.run();
    assert!(h.query_by_label("Restore").is_none());
    h.get_by_label("Welcome to Sanad");
    assert_eq!(
        h.state().review().claim(ClaimId(3)).unwrap().verdict,
        Verdict::Misleading
    );
}

#[test]
fn the_article_language_is_an_undoable_edit_that_keeps_reviewed_claims() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        "Er kam am 12. Juni nach Berlin. Der Bürgermeister sagte, das Budget sei 40 Millionen.\n";
    let article = sanad::import::article_from_text_in(text.into(), "UTF-8", "t", Some("en"));
    let mut review = sanad::review_from_article(article);
    let last = review.claims.last().unwrap().id;
    apply(
        &mut review,
        Command::SetVerdict {
            claim: last,
            verdict: Verdict::Verified,
        },
        "a",
    )
    .unwrap();
    let english_sentences = review.article.sentences.len();
    let mut h = window(review, dir.path().join("r.sanad"));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Article language").click();
    h.run();
    h.get_by_label("German (de)").click();
    h.run();
    let changed = h.state().review();
    assert_eq!(changed.article.language, "de");
    assert!(changed.article.sentences.len() < english_sentences);
    assert_eq!(changed.claim(last).unwrap().verdict, Verdict::Verified);
    assert!(h.state().is_dirty());
    crate::harness::press(&mut h, egui::Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(h.state().review().article.language, "en");
    assert_eq!(
        h.state().review().article.sentences.len(),
        english_sentences
    );
}
