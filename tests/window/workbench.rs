//! The workbench as a reviewer works it, headless (egui_kittest, no GPU, no dialogs: the
//! path prompt inside the window stands in for the system's file dialog).

use crate::harness::{answer_prompt, press, type_into, window, write};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sanad::app::SanadApp;
use sanad::model::{ClaimId, Review, Verdict};
use std::path::{Path, PathBuf};

const ARABIC: &str = include_str!("../../assets/samples/ar-musk-ai-startup.txt");
const ENGLISH: &str = include_str!("../../assets/samples/en-transit-budget.txt");

fn sample_review() -> Review {
    sanad::review_from_article(sanad::import::article_from_text(
        ENGLISH.into(),
        "UTF-8",
        "t",
    ))
}

fn claim_text(h: &Harness<'_, SanadApp>, index: usize) -> String {
    h.state().review().claims[index].quote.exact.clone()
}

#[test]
fn open_an_article_work_a_claim_save_and_reopen_to_the_same_state() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "ar.txt", ARABIC);
    let mut h = window(sample_review(), None, dir.path());

    // Open the Arabic sample through File ▸ Open… (Ctrl+O).
    press(&mut h, Modifiers::COMMAND, Key::O);
    answer_prompt(&mut h, &article);
    assert_eq!(h.state().review().article.language, "ar");
    let count = h.state().review().claims.len();
    assert!(count > 20, "the sample has its claims: {count}");

    // Click the third row of the table, mark it verified with V.
    let third = claim_text(&h, 2);
    let id = h.state().review().claims[2].id;
    h.get_all_by_label(&third).next().unwrap().click();
    h.run();
    assert_eq!(h.state().selected(), Some(id));
    press(&mut h, Modifiers::NONE, Key::V);
    assert_eq!(
        h.state().review().claim(id).unwrap().verdict,
        Verdict::Verified
    );

    // Add a source with its address.
    h.get_by_label("Add source…").click();
    h.run();
    type_into(
        &mut h,
        "Address (http or https):",
        "https://www.reuters.com/technology/xai",
    );
    h.run();
    h.get_by_label("Save source").click();
    h.run();
    let evidence = &h.state().review().claim(id).unwrap().evidence;
    assert_eq!(evidence.len(), 1);
    assert_eq!(
        evidence[0].url.as_deref(),
        Some("https://www.reuters.com/technology/xai")
    );
    assert!(evidence[0].accessed.is_some(), "accessed defaults to today");

    // Save: the review has no file yet, so Save asks where (Save as).
    let saved = dir.path().join("ar.sanad");
    press(&mut h, Modifiers::COMMAND, Key::S);
    answer_prompt(&mut h, &saved);
    assert!(!h.state().is_dirty());
    assert_eq!(h.state().path(), Some(saved.as_path()));
    let before = h.state().review().clone();

    // Close it and reopen in a new window (the settings carry the remembered selection;
    // while the first window is open, the review is its own).
    let settings = h.state_mut().settings.clone();
    drop(h);
    let mut again = window(sample_review(), None, dir.path());
    again.state_mut().settings = settings;
    press(&mut again, Modifiers::COMMAND, Key::O);
    answer_prompt(&mut again, &saved);
    assert_eq!(*again.state().review(), before);
    assert_eq!(
        again.state().selected(),
        Some(id),
        "the selected claim is restored"
    );
}

#[test]
fn a_source_with_a_script_address_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    h.get_by_label("Add source…").click();
    h.run();
    type_into(&mut h, "Address (http or https):", "javascript:alert(1)");
    h.run();
    h.get_by_label("Save source").click();
    h.run();
    assert!(h.state().review().claims[0].evidence.is_empty());
    h.get_by_label("Address: only http:// and https:// addresses can be opened.");
}

#[test]
fn undo_and_redo_every_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    let first = h.state().review().claims[0].id;
    press(&mut h, Modifiers::NONE, Key::Num4); // False
    press(&mut h, Modifiers::NONE, Key::J);
    press(&mut h, Modifiers::NONE, Key::D);
    let second = h.state().selected().unwrap();
    assert_ne!(first, second);
    let verdict = |h: &Harness<'_, SanadApp>, id| h.state().review().claim(id).unwrap().verdict;
    assert_eq!(verdict(&h, second), Verdict::Disputed);

    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(verdict(&h, second), Verdict::Unreviewed);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(verdict(&h, first), Verdict::Unreviewed);
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(verdict(&h, first), Verdict::False);
    press(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(verdict(&h, second), Verdict::Disputed);

    // Through the Edit menu too, with what it undoes in the label.
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Undo verdict").click();
    h.run();
    assert_eq!(verdict(&h, second), Verdict::Unreviewed);
    // Every step, undo included, is in the change log with who did it.
    let last = h.state().review().log.last().unwrap();
    assert_eq!(
        (last.by.as_str(), last.new.as_str()),
        ("tester", "unreviewed")
    );
}

#[test]
fn unsaved_changes_are_asked_about_before_opening_another_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.sanad");
    sanad::store::save(&sample_review(), &path).unwrap();
    let other = write(dir.path(), "ar.txt", ARABIC);
    let mut h = window(
        sanad::store::load(&path).unwrap(),
        Some(path.clone()),
        dir.path(),
    );
    press(&mut h, Modifiers::NONE, Key::Num2);
    assert!(h.state().is_dirty());

    // Cancel: nothing happens.
    press(&mut h, Modifiers::COMMAND, Key::O);
    h.get_by_label("Unsaved changes");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(
        h.query_by_label("File:").is_none(),
        "no file prompt after Cancel"
    );
    assert!(h.state().is_dirty());

    // Save: the review is written, then the file prompt opens.
    press(&mut h, Modifiers::COMMAND, Key::O);
    h.get_by_label("Save").click();
    h.run();
    assert!(!h.state().is_dirty());
    let on_disk = sanad::store::load(&path).unwrap();
    assert_eq!(on_disk.claims[0].verdict, Verdict::Verified);
    answer_prompt(&mut h, &other);
    assert_eq!(h.state().review().article.language, "ar");

    // Discard: the change is dropped, the other file opens, the old file is untouched.
    press(&mut h, Modifiers::NONE, Key::Num3);
    press(&mut h, Modifiers::COMMAND, Key::O);
    h.get_by_label("Discard").click();
    h.run();
    answer_prompt(&mut h, &path);
    assert_eq!(h.state().review().claims[0].verdict, Verdict::Verified);
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    press(&mut h, Modifiers::NONE, Key::Num2);
    press(&mut h, Modifiers::COMMAND, Key::Q);
    assert!(!h.state().is_closing());
    h.get_by_label("Discard").click();
    h.run();
    assert!(h.state().is_closing());
}

/// A file dropped on the window, as eframe hands it over.
#[derive(Debug)]
pub(crate) struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_file_is_opened_and_a_bad_one_reported() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "ar.txt", ARABIC);
    let image = dir.path().join("photo.png");
    std::fs::write(&image, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let mut h = window(sample_review(), None, dir.path());
    let before = h.state().review().clone();

    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(image.clone())));
    h.run();
    assert_eq!(
        *h.state().review(),
        before,
        "a refused file changes nothing"
    );
    assert!(
        h.state().status().starts_with("Could not open"),
        "{}",
        h.state().status()
    );

    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(article)));
    h.run();
    assert_eq!(h.state().review().article.language, "ar");
    assert!(
        h.state()
            .settings
            .recent
            .iter()
            .any(|p| p.ends_with("ar.txt")),
        "the dropped file is a recent file"
    );
}

#[test]
fn filter_by_text_and_verdict_and_sort_by_column() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    let total = h.state().review().claims.len();
    press(&mut h, Modifiers::NONE, Key::Num2);

    // Free text: Ctrl+F focuses the search field.
    press(&mut h, Modifiers::COMMAND, Key::F);
    let word = "budget";
    h.get_by_role_and_label(Role::TextInput, "Find:")
        .type_text(word);
    h.run();
    let matching = h
        .state()
        .review()
        .claims
        .iter()
        .filter(|c| c.quote.exact.to_lowercase().contains(word))
        .count();
    assert!(matching > 0 && matching < total);
    h.get_by_label(&format!("{matching} of {total}"));

    h.get_by_label("Clear").click();
    h.run();
    assert_eq!(h.state().table_rows().len(), total);

    // Verdict filter: only the verified claim.
    h.get_by_role_and_label(Role::ComboBox, "Verdict:").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Verified").click();
    h.run();
    h.get_by_label(&format!("1 of {total}"));
    let verified = h.state().review().claims[0].id;
    assert_eq!(h.state().table_rows(), [verified]);
    h.get_by_label("Clear").click();
    h.run();

    // Sort by check-worthiness: a click puts the claims most worth checking first, a second
    // click the least.
    let worth = |h: &Harness<'_, SanadApp>| -> Vec<f32> {
        let review = h.state().review();
        let rows = h.state().table_rows();
        rows.iter()
            .map(|&id| review.claim(id).unwrap().worthiness)
            .collect()
    };
    h.get_by_label("Worth").click();
    h.run();
    let descending = worth(&h);
    assert!(
        descending.windows(2).all(|w| w[0] >= w[1]),
        "{descending:?}"
    );
    h.get_by_label("Worth").click();
    h.run();
    let ascending = worth(&h);
    assert!(ascending.windows(2).all(|w| w[0] <= w[1]), "{ascending:?}");
    assert_ne!(ascending, descending);
    // J walks the table in its order: from the top row to the second.
    let rows = h.state().table_rows();
    h.get_all_by_label(
        &h.state()
            .review()
            .claim(rows[0])
            .unwrap()
            .quote
            .exact
            .clone(),
    )
    .next()
    .unwrap()
    .click();
    h.run();
    press(&mut h, Modifiers::NONE, Key::J);
    assert_eq!(h.state().selected(), Some(rows[1]));
}

#[test]
fn a_bulk_verdict_applies_to_every_selected_row_and_undoes_as_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    let texts: Vec<String> = (0..3).map(|i| claim_text(&h, i)).collect();
    let before: Vec<Verdict> = h.state().review().claims[..4]
        .iter()
        .map(|c| c.verdict)
        .collect();
    h.get_all_by_label(&texts[0]).next().unwrap().click();
    h.run();
    h.get_all_by_label(&texts[2])
        .next()
        .unwrap()
        .click_modifiers(Modifiers::SHIFT);
    h.run();
    h.get_by_label("3 claims selected:");
    press(&mut h, Modifiers::NONE, Key::Num4);
    let verdicts: Vec<Verdict> = h.state().review().claims[..4]
        .iter()
        .map(|c| c.verdict)
        .collect();
    assert_eq!(
        verdicts,
        [Verdict::False, Verdict::False, Verdict::False, before[3]]
    );
    press(&mut h, Modifiers::COMMAND, Key::Z);
    let undone: Vec<Verdict> = h.state().review().claims[..4]
        .iter()
        .map(|c| c.verdict)
        .collect();
    assert_eq!(
        undone, before,
        "one undo puts back every verdict it changed"
    );
}

#[test]
fn merge_with_next_and_delete_by_key_with_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    let count = h.state().review().claims.len();
    let first = h.state().review().claims[0].id;
    press(&mut h, Modifiers::NONE, Key::M);
    assert_eq!(h.state().review().claims.len(), count - 1);
    assert_eq!(h.state().review().claims[0].id, first);
    let next = h.state().review().claims[1].id;
    press(&mut h, Modifiers::NONE, Key::Delete);
    assert_eq!(h.state().review().claims.len(), count - 2);
    assert_eq!(h.state().selected(), Some(next), "the next row is selected");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().review().claims.len(), count);
    assert_eq!(
        h.state()
            .review()
            .claim(ClaimId(first.0))
            .unwrap()
            .quote
            .exact,
        claim_text(&h, 0)
    );
}

#[test]
fn the_reviewer_name_is_asked_once_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    h.state_mut().start_session();
    h.run();
    h.get_by_label("Welcome to Sanad");
    let field = "Your name, recorded with every change you make:";
    h.get_by_role_and_label(Role::TextInput, field).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, field)
        .type_text("Mona");
    h.run();
    h.get_by_label("Continue").click();
    h.run();
    assert_eq!(h.state().settings.reviewer, "Mona");
    press(&mut h, Modifiers::NONE, Key::Num2);
    assert_eq!(h.state().review().log.last().unwrap().by, "Mona");
    // Next start: not asked again.
    let settings = h.state().settings.clone();
    let mut again = window(sample_review(), None, dir.path());
    again.state_mut().settings = settings;
    again.state_mut().start_session();
    again.run();
    assert!(again.query_by_label("Welcome to Sanad").is_none());
}

/// Drag across the article from `from` to `to` (selecting text).
fn drag(h: &mut Harness<'_, SanadApp>, from: egui::Pos2, to: egui::Pos2) {
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    for step in 1..=4 {
        h.hover_at(from + (to - from) * (step as f32 / 4.0));
        h.run();
    }
    h.drop_at(to);
    h.run();
}

/// The rectangle of claim `id`'s highlight in the article.
fn highlight(h: &Harness<'_, SanadApp>, id: ClaimId) -> egui::Rect {
    let claim = h.state().review().claim(id).unwrap();
    let label = format!(
        "Claim {}: {} ({})",
        claim.id,
        claim.quote.exact,
        claim.verdict.label_en()
    );
    h.get_by_label(&label).rect()
}

#[test]
fn a_claim_from_a_selection_in_the_article_then_split_where_clicked() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    let count = h.state().review().claims.len();
    let first = h.state().review().claims[0].id;
    let rect = highlight(&h, first);
    let y = rect.center().y;
    drag(
        &mut h,
        egui::pos2(rect.left() + 1.0, y),
        egui::pos2(rect.left() + rect.width() * 0.6, y),
    );
    press(&mut h, Modifiers::NONE, Key::C);
    let review = h.state().review();
    assert_eq!(review.claims.len(), count + 1);
    let new = h.state().selected().unwrap();
    let made = review.claim(new).unwrap();
    assert!(!made.quote.exact.is_empty());
    assert!(
        review.claims[0].quote.exact.starts_with(&made.quote.exact),
        "{:?} is the start of {:?}",
        made.quote.exact,
        review.claims[0].quote.exact
    );
    assert_eq!(review.log.last().unwrap().field, "claim");

    // Click in the middle of the second claim, then S: split at the clicked word.
    let second = h.state().review().claims[2].id;
    let rect = highlight(&h, second);
    h.hover_at(rect.center());
    h.run();
    h.drag_at(rect.center());
    h.run();
    h.drop_at(rect.center());
    h.run();
    assert_eq!(h.state().selected(), Some(second));
    let before = h
        .state()
        .review()
        .claim(second)
        .unwrap()
        .quote
        .exact
        .clone();
    press(&mut h, Modifiers::NONE, Key::S);
    assert_eq!(h.state().review().claims.len(), count + 2);
    let after = &h.state().review().claim(second).unwrap().quote.exact;
    assert!(before.starts_with(after.as_str()) && after.len() < before.len());
}

#[test]
fn update_article_keeps_unplaced_claims_and_attaches_them_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "v1.txt", ENGLISH);
    let removed = "According to the council's finance office, ridership rose 18% last year and now exceeds 2019 levels, while operating costs grew by only 4.5%.";
    assert!(ENGLISH.contains(removed));
    let corrected = ENGLISH.replace(removed, "Ridership figures will be published next month.");
    let new = write(dir.path(), "v2.txt", &corrected);
    let review = sanad::review_from_article_path(&old).unwrap();
    let count = review.claims.len();
    let path = dir.path().join("r.sanad");
    sanad::store::save(&review, &path).unwrap();
    let mut h = window(review, Some(path), dir.path());

    h.get_by_label("Review").click();
    h.run();
    h.get_by_label("Update article…").click();
    h.run();
    answer_prompt(&mut h, &new);
    let orphans = h.state().review().orphans.len();
    assert!(orphans >= 1, "the removed sentence's claims are kept");
    assert_eq!(h.state().review().claims.len() + orphans, count);
    assert_eq!(
        h.state().review().article.text,
        corrected.replace("\r\n", "\n")
    );

    // Select the new sentence's words in the article and attach the first orphan there.
    let first = h.state().review().claims[0].id;
    let rect = highlight(&h, first);
    drag(
        &mut h,
        egui::pos2(rect.left() + 1.0, rect.center().y),
        egui::pos2(rect.left() + 80.0, rect.center().y),
    );
    h.get_all_by_label("Attach to selection")
        .next()
        .unwrap()
        .click();
    h.run();
    assert_eq!(h.state().review().orphans.len(), orphans - 1);
    assert_eq!(h.state().review().claims.len() + orphans - 1, count);
    // Undo puts it back among the unplaced.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().review().orphans.len(), orphans);
}

/// File ▸ Reopen article as ▸ `encoding` (the frames after the click are the caller's).
fn choose_reopen_as(h: &mut Harness<'_, SanadApp>, encoding: &str) {
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Reopen article as").click();
    h.run();
    h.get_by_label(encoding).click();
}

#[test]
fn an_article_can_be_reopened_as_another_encoding() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(ARABIC);
    let path = dir.path().join("legacy.txt");
    std::fs::write(&path, &bytes).unwrap();
    let mut h = window(sample_review(), None, dir.path());
    h.state_mut().open_path(&path).unwrap();
    h.run();
    assert_eq!(h.state().review().article.encoding, "windows-1256");
    choose_reopen_as(&mut h, "ISO-8859-6");
    h.run();
    let review = h.state().review();
    assert_eq!(review.article.encoding, "ISO-8859-6");
    assert_ne!(review.article.text, ARABIC.replace("\r\n", "\n"));
    assert!(h.state().status().starts_with("Reopened"));
}

#[test]
fn a_long_article_opens_in_the_background_with_progress() {
    let dir = tempfile::tempdir().unwrap();
    let mut long = String::new();
    while long.len() < 2_000_000 {
        long.push_str(ENGLISH);
    }
    let path = write(dir.path(), "long.txt", &long);
    let mut h = window(sample_review(), None, dir.path());
    h.state_mut().open_path(&path).unwrap();
    h.step();
    h.step();
    assert!(h.state().is_loading());
    h.get_by_label_contains("Opening long.txt");
    wait_for_work(&mut h);
    h.run();
    assert!(h.state().review().claims.len() > 1000);
    assert!(h.state().status().starts_with("Opened"));
}

#[test]
fn a_long_article_is_reopened_as_another_encoding_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    let mut long = String::new();
    while long.len() < 1_000_000 {
        long.push_str(ARABIC);
    }
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&long);
    let path = dir.path().join("long-legacy.txt");
    std::fs::write(&path, &bytes).unwrap();
    let mut h = window(sample_review(), None, dir.path());
    h.state_mut().open_path(&path).unwrap();
    wait_for_work(&mut h);
    h.run();
    assert_eq!(h.state().review().article.encoding, "windows-1256");
    choose_reopen_as(&mut h, "ISO-8859-6");
    h.step();
    h.step();
    assert!(h.state().is_loading(), "read in the background");
    h.get_by_label_contains("Opening long-legacy.txt");
    wait_for_work(&mut h);
    h.run();
    assert_eq!(h.state().review().article.encoding, "ISO-8859-6");
    assert!(h.state().status().starts_with("Reopened"));
}

#[test]
fn closing_the_window_while_a_note_is_typed_asks_first_and_keeps_the_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    assert!(!h.state().is_dirty());
    h.get_by_label("Note").focus();
    h.run();
    h.get_by_label("Note")
        .type_text("seen in two other outlets");
    h.run();
    // The close button while the note field still has the focus.
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
    assert!(!h.state().is_closing(), "the window stays open");
    h.get_by_label("Unsaved changes");
    let first = h.state().review().claims[0].id;
    assert_eq!(
        h.state().review().claim(first).unwrap().note,
        "seen in two other outlets",
        "the note typed is an edit before the question"
    );
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!h.state().is_closing());
}

#[test]
fn a_file_that_cannot_be_opened_at_start_is_reported_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    let missing = dir.path().join("missing.txt");
    let error = h.state_mut().open_path(&missing).unwrap_err();
    assert!(error.starts_with("Could not open"), "{error}");
    h.run();
    assert_eq!(
        h.state().review().article.language,
        "en",
        "the open review stays"
    );
}

#[test]
fn a_double_click_selects_a_word_that_becomes_a_claim() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    let count = h.state().review().claims.len();
    let first = h.state().review().claims[0].id;
    let rect = highlight(&h, first);
    let at = egui::pos2(rect.left() + 30.0, rect.center().y);
    h.hover_at(at);
    h.run();
    for pressed in [true, false, true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run();
    press(&mut h, Modifiers::NONE, Key::C);
    let review = h.state().review();
    assert_eq!(review.claims.len(), count + 1);
    let made = review.claim(h.state().selected().unwrap()).unwrap();
    assert!(
        !made.quote.exact.contains(' ') && made.quote.exact.chars().all(char::is_alphanumeric),
        "one whole word: {:?}",
        made.quote.exact
    );
}

#[test]
fn keys_typed_while_the_source_form_is_open_are_not_shortcuts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    let count = h.state().review().claims.len();
    h.get_by_label("Add source…").click();
    h.run();
    // The address field has the focus: the letters are the address.
    h.get_by_role_and_label(Role::TextInput, "Address (http or https):")
        .type_text("https://example.org");
    h.run();
    h.get_by_label("Title").click(); // a click on the form's label, out of the field
    h.run();
    for key in [Key::Delete, Key::Num4, Key::M, Key::D] {
        press(&mut h, Modifiers::NONE, key);
    }
    let review = h.state().review();
    assert_eq!(
        review.claims.len(),
        count,
        "Delete and M did not touch the claims"
    );
    assert_eq!(review.claims[0].verdict, Verdict::Unreviewed);
    // Escape closes the form without a source.
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.query_by_label("Save source").is_none());
    assert!(h.state().review().claims[0].evidence.is_empty());
}

#[test]
fn paragraphs_are_set_apart_and_blank_lines_add_no_more() {
    let dir = tempfile::tempdir().unwrap();
    let text = "The mayor said the budget grew by 12 percent.\n\n\n\nThe council voted on Monday.\nThe plan costs 40 million.";
    let review =
        sanad::review_from_article(sanad::import::article_from_text(text.into(), "UTF-8", "t"));
    let h = window(review, None, dir.path());
    let ids: Vec<ClaimId> = h.state().review().claims.iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), 3);
    let [first, second, third] = [ids[0], ids[1], ids[2]].map(|id| highlight(&h, id));
    let after_blank_lines = second.top() - first.bottom();
    let after_a_newline = third.top() - second.bottom();
    // The same gap after a paragraph, however many blank lines follow it in the file; more
    // than between the rows of one paragraph, less than a row.
    assert!(
        (after_blank_lines - after_a_newline).abs() < 1.0,
        "{after_blank_lines} vs {after_a_newline}"
    );
    assert!(
        after_a_newline > 10.0 && after_a_newline < first.height(),
        "gap {after_a_newline}, row {}",
        first.height()
    );
}

#[test]
fn the_article_keeps_its_share_of_the_window_when_the_window_narrows() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    let panel_left = |h: &Harness<'_, SanadApp>| h.get_by_label("Find:").rect().left();
    let wide = panel_left(&h);
    assert!(
        (500.0..780.0).contains(&wide),
        "claims panel from x = {wide}"
    );
    h.set_size(egui::vec2(900.0, 560.0));
    h.run();
    let narrow = panel_left(&h);
    let share = |left: f32, width: f32| left / width;
    assert!(
        (share(narrow, 900.0) - share(wide, 1280.0)).abs() < 0.05,
        "article {narrow} of 900 after {wide} of 1280"
    );
}

#[test]
fn the_article_text_size_is_kept_for_the_next_file_and_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    let before = h.state().article_text_size();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Larger article text").click();
    h.run();
    assert_eq!(h.state().article_text_size(), before + 2.0);
    assert_eq!(
        h.state().settings.article_text_size,
        Some((before + 2.0) as u16)
    );
    let other = write(
        dir.path(),
        "other.txt",
        "Another article. It has two claims.",
    );
    h.state_mut().open_path(&other).unwrap();
    h.run();
    assert_eq!(h.state().article_text_size(), before + 2.0);

    // A new session with the settings kept starts at that size.
    let settings = h.state().settings.clone();
    let mut app = SanadApp::with_untitled_dir(
        sample_review(),
        None,
        "tester".into(),
        dir.path().to_path_buf(),
    );
    app.settings = settings;
    app.start_session();
    assert_eq!(app.article_text_size(), before + 2.0);
}

#[test]
fn a_narrow_claims_table_gives_the_updated_column_to_the_claims_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(sample_review(), None, dir.path());
    assert!(h.query_by_label("Verdict").is_some());
    assert!(
        h.query_by_label("Updated").is_none(),
        "half of 1280 is narrow"
    );
    h.set_size(egui::vec2(1800.0, 900.0));
    h.run();
    assert!(
        h.query_by_label("Updated").is_some(),
        "half of 1800 is wide"
    );
}

#[test]
fn a_file_changed_on_disk_is_never_overwritten_silently() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.sanad");
    sanad::store::save(&sample_review(), &path).unwrap();
    let mut h = window(
        sanad::store::load(&path).unwrap(),
        Some(path.clone()),
        dir.path(),
    );
    // A colleague's `sanad set` saves claim 2 while the window has claim 1 changed.
    press(&mut h, Modifiers::NONE, Key::Num4);
    let mut theirs = sanad::store::load(&path).unwrap();
    sanad::model::apply(
        &mut theirs,
        sanad::model::Command::SetNote {
            claim: ClaimId(2),
            note: "their note".into(),
        },
        "colleague",
    )
    .unwrap();
    sanad::store::save(&theirs, &path).unwrap();
    let on_disk = std::fs::read(&path).unwrap();

    press(&mut h, Modifiers::COMMAND, Key::S);
    h.get_by_label("Changed on disk");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        on_disk,
        "their file is untouched"
    );
    assert!(h.state().is_dirty());

    // Merge: both edits are in the review, and the next save keeps both.
    h.get_by_label("Merge theirs into mine").click();
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(h.query_by_label("Changed on disk").is_none());
    let saved = sanad::store::load(&path).unwrap();
    assert_eq!(saved.claim(ClaimId(1)).unwrap().verdict, Verdict::False);
    assert_eq!(saved.claim(ClaimId(2)).unwrap().note, "their note");
}

#[test]
fn every_shortcut_fires_its_action_and_no_two_share_one() {
    use sanad::app::Action;
    let mut seen = std::collections::HashMap::new();
    for action in Action::all() {
        for shortcut in action.shortcuts() {
            if let Some(other) = seen.insert(shortcut, action) {
                panic!("{shortcut:?} is both {other:?} and {action:?}");
            }
            // A folder of its own: an edit left unsaved by the last window would leave a
            // recovery copy, and its offer would cover this one.
            let dir = tempfile::tempdir().unwrap();
            let mut h = window(sample_review(), None, dir.path());
            h.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
            h.step();
            assert!(
                h.state().last_shortcut_actions().contains(&action),
                "{shortcut:?} did not fire {action:?} (fired {:?})",
                h.state().last_shortcut_actions()
            );
        }
    }
}

#[test]
fn a_failed_save_is_an_error_that_stays_until_dismissed_and_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the review's file should be: the save is refused.
    let path = dir.path().join("folder.sanad");
    std::fs::create_dir(&path).unwrap();
    let mut h = window(sample_review(), Some(path.clone()), dir.path());
    press(&mut h, Modifiers::NONE, Key::Num2);
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert_eq!(
        h.state().status_severity(),
        Some(sanad::app::Severity::Error)
    );
    assert!(
        h.state().status().contains("folder.sanad"),
        "{}",
        h.state().status()
    );
    assert!(h.state().is_dirty());
    h.get_by_label("Dismiss").click();
    h.run();
    assert_eq!(h.state().status_severity(), None);
    // Success is information.
    std::fs::remove_dir(&path).unwrap();
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert_eq!(
        h.state().status_severity(),
        Some(sanad::app::Severity::Info)
    );
}

#[test]
fn a_long_review_saves_in_the_background_and_edits_made_meanwhile_stay_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let mut long = String::new();
    while long.len() < 1_000_000 {
        long.push_str(ENGLISH);
    }
    let review = sanad::review_from_article(sanad::import::article_from_text(long, "UTF-8", "t"));
    let path = dir.path().join("long.sanad");
    sanad::store::save(&review, &path).unwrap();
    let mut h = window(review, Some(path.clone()), dir.path());
    let first = h.state().selected().unwrap();
    press(&mut h, Modifiers::NONE, Key::Num4);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step();
    assert!(
        h.state().is_saving(),
        "a long review saves in the background"
    );
    h.get_by_label_contains("Saving");
    // An edit while the save runs: the window keeps working, and it is not lost.
    // (One frame at a time: while a save runs the window repaints to show its progress.)
    h.key_press_modifiers(Modifiers::NONE, Key::J);
    h.step();
    h.step();
    let second = h.state().selected().unwrap();
    assert_ne!(first, second);
    h.key_press_modifiers(Modifiers::NONE, Key::Num5);
    h.step();
    h.step();
    let started = std::time::Instant::now();
    while h.state().is_saving() && started.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    assert!(
        h.state().status().starts_with("Saved"),
        "{}",
        h.state().status()
    );
    assert!(
        h.state().is_dirty(),
        "the edit made during the save is not in the file"
    );
    let saved = sanad::store::load(&path).unwrap();
    assert_eq!(saved.claim(first).unwrap().verdict, Verdict::False);
    assert_eq!(saved.claim(second).unwrap().verdict, Verdict::Unreviewed);
    // Saving again writes it: the file is the window's own, not someone else's.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step();
    let started = std::time::Instant::now();
    while h.state().is_saving() && started.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    assert!(!h.state().is_dirty(), "{}", h.state().status());
    let saved = sanad::store::load(&path).unwrap();
    assert_eq!(saved.claim(second).unwrap().verdict, Verdict::Misleading);
}

/// Step frames until the window's background work is done.
/// Step the window until its background jobs (a file read, a save, other work) are done.
fn wait_for_work(h: &mut Harness<'_, SanadApp>) {
    let started = std::time::Instant::now();
    let busy = |app: &SanadApp| app.is_working() || app.is_saving() || app.is_loading();
    while busy(h.state()) && started.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
}

#[test]
fn a_long_merge_runs_in_the_background_and_never_lands_over_edits_made_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let mut long = String::new();
    while long.len() < 1_000_000 {
        long.push_str(ENGLISH);
    }
    let review = sanad::review_from_article(sanad::import::article_from_text(long, "UTF-8", "t"));
    let mut theirs = review.clone();
    // The last claim the engine found checkable (a preset "not checkable" would make their
    // verdict a conflict, not a change to take).
    let last_claim = theirs.claims.iter().rev().find(|c| c.checkable).unwrap();
    let (last, ours_last) = (last_claim.id, last_claim.verdict);
    sanad::model::apply(
        &mut theirs,
        sanad::model::Command::SetVerdict {
            claim: last,
            verdict: Verdict::False,
        },
        "colleague",
    )
    .unwrap();
    let theirs_path = dir.path().join("theirs.sanad");
    sanad::store::save(&theirs, &theirs_path).unwrap();
    let mut h = window(review, None, dir.path());
    let merge = |h: &mut Harness<'_, SanadApp>| {
        h.get_by_label("File").click();
        h.run();
        h.get_by_label("Merge review…").click();
        h.run();
        // As `answer_prompt`, but one frame at a time after OK: the work shows its progress.
        h.get_by_role_and_label(Role::TextInput, "File:").focus();
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.get_by_role_and_label(Role::TextInput, "File:")
            .type_text(theirs_path.to_str().unwrap());
        h.run();
        h.get_by_label("OK").click();
        h.step();
        h.step();
    };

    // An edit while the merge runs: the merge is refused rather than dropping it.
    merge(&mut h);
    assert!(
        h.state().is_working(),
        "a long merge runs in the background"
    );
    h.key_press_modifiers(Modifiers::NONE, Key::Num3);
    h.step();
    h.step();
    wait_for_work(&mut h);
    assert!(
        h.state().status().starts_with("Not done"),
        "{}",
        h.state().status()
    );
    assert_eq!(h.state().review().claim(last).unwrap().verdict, ours_last);
    let first = h.state().review().claims[0].id;
    assert_eq!(
        h.state().review().claim(first).unwrap().verdict,
        Verdict::Disputed
    );

    // Again, without touching anything: it lands, as one undoable edit.
    merge(&mut h);
    wait_for_work(&mut h);
    assert!(
        h.state().status().starts_with("Merged"),
        "{}",
        h.state().status()
    );
    assert_eq!(
        h.state().review().claim(last).unwrap().verdict,
        Verdict::False
    );
}
