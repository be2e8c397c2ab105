//! "Checked before?" in the window: a fact-check imported into the library is found for a
//! claim of the sample article, marked in the table, listed under the claim, used as
//! evidence with one key and undone, dismissed and remembered.

use crate::harness::{press, window, write};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sanad::app::SanadApp;
use sanad::model::{ClaimId, Review, Verdict};
use std::path::Path;
use std::time::Duration;

const ARABIC: &str = include_str!("../../assets/samples/ar-musk-ai-startup.txt");

/// The words of the sample's claim that a fact-checker elsewhere reviewed, reworded.
const CHECKED: &str = "ماسك حصل على آلاف معالجات GPU من شركة نفيديا";
/// The sample's claim it matches.
const CLAIM_WORDS: &str = "آلاف معالجات GPU";

fn sample() -> Review {
    sanad::review_from_article(sanad::import::article_from_text(
        ARABIC.into(),
        "UTF-8",
        "ar-musk-ai-startup.txt",
    ))
}

/// A library in `dir` holding the fact-check of the sample's claim among others that have
/// nothing to do with it.
fn library_with_the_fact_check(dir: &Path) -> std::path::PathBuf {
    let mut rows = String::from("claim,rating,url,publisher,date,language\n");
    rows.push_str(&format!(
        "{CHECKED},مضلل,https://fact.example/gpu,مسبار,2023-04-20,ar\n"
    ));
    for (n, topic) in [
        "الخبز",
        "الوقود",
        "اللقاح",
        "الانتخابات",
        "الزلزال",
        "الدولار",
    ]
    .iter()
    .enumerate()
    {
        rows.push_str(&format!(
            "ارتفاع أسعار {topic} بنسبة {n}0 في المئة هذا العام,زائف,https://fact.example/{n},فتبينوا,2022-01-0{},ar\n",
            n + 1
        ));
    }
    let feed = write(dir, "feed.csv", &rows);
    let library = dir.join("library");
    sanad::factchecks::import_files(&library, &[feed]).unwrap();
    library
}

fn wait_for_matches(h: &mut Harness<'_, SanadApp>) {
    let ctx = h.ctx.clone();
    h.state_mut()
        .wait_for_matches(&ctx, Duration::from_secs(20));
    h.run();
}

#[test]
fn a_claim_checked_elsewhere_is_marked_listed_used_and_dismissed() {
    let dir = tempfile::tempdir().unwrap();
    let library = library_with_the_fact_check(dir.path());
    let mut h = window(sample(), None, dir.path());
    h.state_mut().use_library(library);
    wait_for_matches(&mut h);

    let claim = h
        .state()
        .review()
        .claims
        .iter()
        .find(|c| c.quote.exact.contains(CLAIM_WORDS))
        .map(|c| c.id)
        .expect("the sample has the claim");
    let matches = h.state().matches_of(claim);
    assert_eq!(matches.len(), 1, "{matches:?}");
    assert_eq!(matches[0].fact_check.url, "https://fact.example/gpu");
    assert_eq!(matches[0].verdict, Some(Verdict::Misleading));
    // Marked in the table: the mark's label names the verdict.
    h.get_by_label_contains("Checked before: Misleading");
    // Only this claim is listed by the sample's other claims' wording: none of them has a
    // fact-check that strong.
    let marked: Vec<ClaimId> = h
        .state()
        .review()
        .claims
        .iter()
        .filter(|c| {
            h.state()
                .matches_of(c.id)
                .iter()
                .any(|m| m.strength >= sanad::factchecks::suggest::Thresholds::STRONG)
        })
        .map(|c| c.id)
        .collect();
    assert_eq!(marked, [claim]);

    // "Checked before" filters the table to it.
    h.get_by_label("Checked before").click();
    h.run();
    assert_eq!(h.state().table_rows(), [claim]);

    // Selected, the detail panel lists the match with its rating and publisher.
    h.state_mut().select_claim(claim);
    h.run();
    h.get_by_label("Checked before? (1)");
    h.get_by_label("مضلل");
    h.get_by_label_contains("مسبار");
    h.get_by_label("Open the fact-check");

    // U uses it as evidence (stance from its rating); undone in one step.
    press(&mut h, Modifiers::NONE, Key::U);
    let used = h.state().review().claim(claim).unwrap().clone();
    assert_eq!(used.evidence.len(), 1);
    assert_eq!(
        used.evidence[0].url.as_deref(),
        Some("https://fact.example/gpu")
    );
    assert_eq!(used.evidence[0].stance, sanad::model::Stance::Refutes);
    assert_eq!(used.verdict, Verdict::Unreviewed);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(h.state().review().claim(claim).unwrap().evidence.is_empty());

    // Shift+U takes its verdict too: one edit, one undo.
    press(&mut h, Modifiers::SHIFT, Key::U);
    let used = h.state().review().claim(claim).unwrap().clone();
    assert_eq!(
        (used.evidence.len(), used.verdict),
        (1, Verdict::Misleading)
    );
    press(&mut h, Modifiers::COMMAND, Key::Z);
    let undone = h.state().review().claim(claim).unwrap().clone();
    assert_eq!(
        (undone.evidence.len(), undone.verdict),
        (0, Verdict::Unreviewed)
    );

    // Dismissed (X, or the match's own button): gone from the list and the table, and
    // remembered in the review.
    h.get_by_label("Dismiss");
    press(&mut h, Modifiers::NONE, Key::X);
    assert!(h.state().matches_of(claim).is_empty());
    assert!(
        h.state()
            .review()
            .is_dismissed(claim, "url\u{1f}https://fact.example/gpu")
    );
    assert!(h.state().table_rows().is_empty(), "no claim marked now");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(
        h.state().review().dismissed.is_empty(),
        "{}",
        h.state().status()
    );
    assert_eq!(h.state().matches_of(claim).len(), 1, "undone, listed again");
}

#[test]
fn without_a_library_the_window_works_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample(), None, dir.path());
    let first = h.state().review().claims[0].id;
    h.state_mut().select_claim(first);
    h.run();
    // No section for it: the panel looks as it did.
    assert!(h.query_by_label_contains("Checked before?").is_none());
    // The keys say so instead of doing anything.
    press(&mut h, Modifiers::NONE, Key::U);
    assert!(h.state().status().contains("No match"));
    assert!(h.state().review().claims[0].evidence.is_empty());
}
