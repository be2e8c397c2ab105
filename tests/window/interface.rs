//! The window in Arabic: chosen in the settings and applied at once, its labels found by
//! their Arabic names, mirrored (menu bar from the right, the article on the right, the
//! table's # at the right), and at 900 points wide nothing crowds the claim's text.

use crate::harness::window_sized;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sanad::app::SanadApp;
use sanad::i18n::Language;
use sanad::model::Review;

const ARABIC: &str = include_str!("../../assets/samples/ar-musk-ai-startup.txt");
const ENGLISH: &str = include_str!("../../assets/samples/en-transit-budget.txt");

fn review(text: &str) -> Review {
    sanad::review_from_article(sanad::import::article_from_text(text.into(), "UTF-8", "t"))
}

fn window(language: Language, width: f32) -> (Harness<'static, SanadApp>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.sanad");
    let mut h = window_sized(
        review(ARABIC),
        Some(path),
        dir.path(),
        language,
        (width, 800.0),
    );
    h.run();
    (h, dir)
}

#[test]
fn the_interface_language_changes_at_once_without_a_restart() {
    let (mut h, _dir) = window(Language::English, 1280.0);
    assert!(h.query_by_label("File").is_some());
    h.state_mut().set_interface_language(Some(Language::Arabic));
    h.run();
    assert!(h.query_by_label("File").is_none(), "no English menu left");
    h.get_by_label("ملف").click();
    h.run();
    let save_as = h.get_by_label_contains("حفظ باسم…").rect();
    let file = h.get_by_label("ملف").rect();
    assert!(
        save_as.right() <= file.right() + 1.0,
        "the menu opens leftwards"
    );
    assert!(save_as.top() >= file.bottom() - 1.0, "under its button");
    assert_eq!(
        h.state().settings.interface_language,
        "ar",
        "kept in the settings"
    );
    h.state_mut()
        .set_interface_language(Some(Language::English));
    h.run();
    assert!(h.query_by_label("File").is_some());
}

#[test]
fn an_arabic_interface_is_mirrored() {
    let (h, _dir) = window(Language::Arabic, 1280.0);
    // The menu bar starts at the right: ملف (File) right of مساعدة (Help).
    let file = h.get_by_label("ملف").rect();
    let help = h.get_by_label("مساعدة").rect();
    assert!(
        file.left() > help.right(),
        "ملف at the right end: {file:?} {help:?}"
    );
    assert!(
        file.right() > 1100.0,
        "ملف near the window's right edge: {file:?}"
    );
    // The table's # column at the right, the claim's text to its left.
    let number = h.get_by_label("#").rect();
    let claim = h.get_by_label("الادعاء").rect();
    assert!(
        number.left() > claim.right(),
        "# right of the claim: {number:?} {claim:?}"
    );
    // The claims at the left, the article at the right.
    let first_claim = h
        .get_all_by_label_contains("الادعاء 1:")
        .next()
        .map(|n| n.rect());
    let first_claim = first_claim.expect("the article's first claim");
    assert!(
        first_claim.left() > number.right(),
        "the article right of the table"
    );
}

#[test]
fn an_english_interface_keeps_its_layout() {
    let (h, _dir) = window(Language::English, 1280.0);
    let file = h.get_by_label("File").rect();
    let help = h.get_by_label("Help").rect();
    assert!(file.right() < help.left(), "File at the left end");
    let number = h.get_by_label("#").rect();
    let claim = h.get_by_label("Claim").rect();
    assert!(number.right() < claim.left());
}

#[test]
fn at_900_points_the_claim_column_keeps_a_third_of_the_table_in_both_directions() {
    for language in [Language::English, Language::Arabic] {
        let (h, _dir) = window(language, 900.0);
        let share = h.state().claim_column_share();
        assert!(
            share >= 0.33,
            "{language:?}: the claim column has {share:.2} of the table"
        );
    }
}

#[test]
fn the_status_bar_counts_in_arabic_and_in_arabic_indic_digits_when_asked() {
    let (mut h, _dir) = window(Language::Arabic, 1280.0);
    let claims = h
        .state()
        .review()
        .claims
        .iter()
        .filter(|c| c.checkable)
        .count();
    let progress = format!("روجع 0 من {claims}");
    assert!(h.query_by_label_contains(&progress).is_some(), "{progress}");
    h.state_mut().settings.arabic_indic_digits = true;
    h.run();
    let indic = sanad::i18n::Digits::ArabicIndic.apply(&progress);
    assert!(h.query_by_label_contains(&indic).is_some(), "{indic}");
    // The article's own text keeps its digits: a claim with a year is drawn with it.
    let claim = h
        .state()
        .review()
        .claims
        .iter()
        .find(|c| c.quote.exact.chars().any(|c| c.is_ascii_digit()))
        .expect("a claim with a figure")
        .clone();
    h.state_mut().select_claim(claim.id);
    h.run();
    h.run();
    let id = sanad::i18n::Digits::ArabicIndic.apply(&claim.id.to_string());
    let label = format!("الادعاء {id}: {}", claim.quote.exact);
    assert!(h.query_by_label_contains(&label).is_some(), "{label}");
}

#[test]
fn an_english_article_under_an_arabic_interface_keeps_its_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window_sized(
        review(ENGLISH),
        None,
        dir.path(),
        Language::Arabic,
        (1280.0, 800.0),
    );
    h.run();
    assert!(h.query_by_label("ملف").is_some());
    let first = h.state().review().claims[0].quote.exact.clone();
    let label = format!("الادعاء 1: {first}");
    assert!(
        h.query_all_by_label_contains(&label[..label.len().min(40)])
            .next()
            .is_some(),
        "the claim is announced in the interface's words around the article's"
    );
}

#[test]
fn arabic_menus_open_their_windows_and_dialogs_speak_arabic() {
    let (mut h, _dir) = window(Language::Arabic, 1280.0);
    h.get_by_label("مساعدة").click();
    h.run();
    h.get_by_label("اختصارات لوحة المفاتيح").click();
    h.run();
    h.run();
    assert!(h.state().review().claims.len() > 1);
    // The window's rows: what a key does, and the keys as a US keyboard names them.
    h.get_by_label("الادعاء التالي");
    h.get_by_label("J أو Down");
    // The unsaved-changes question, in Arabic, with its buttons.
    let id = h.state().review().claims[0].id;
    h.state_mut().select_claim(id);
    h.run();
    crate::harness::press(&mut h, egui::Modifiers::NONE, egui::Key::Num3);
    assert!(h.state().is_dirty());
    h.state_mut().queue(sanad::app::Action::Quit);
    h.run();
    h.run();
    h.get_by_label("هل تحفظ التغييرات في r.sanad قبل الإغلاق؟");
    h.get_by_label("تجاهل التغييرات");
    h.get_by_label("إلغاء").click();
    h.run();
    assert!(!h.state().is_closing());
}

#[test]
fn view_interface_language_switches_by_its_menu_and_exports_keep_machine_formats() {
    let (mut h, dir) = window(Language::English, 1280.0);
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Interface language").hover();
    h.run();
    h.get_by_label("العربية").click();
    h.run();
    h.run();
    assert!(
        h.query_by_label("ملف").is_some(),
        "the menu bar in Arabic at once"
    );
    assert_eq!(h.state().settings.interface_language, "ar");
    // Arabic-Indic digits in the interface, never in what is written to a file.
    h.state_mut().settings.arabic_indic_digits = true;
    let id = h.state().review().claims[0].id;
    h.state_mut().select_claim(id);
    h.run();
    crate::harness::press(&mut h, egui::Modifiers::NONE, egui::Key::Num4);
    h.get_by_label("ملف").click();
    h.run();
    h.get_by_label("تصدير").hover();
    h.run();
    h.get_by_label("تصدير CSV…").click();
    h.run();
    let out = dir.path().join("out.csv");
    crate::harness::answer_prompt_labelled(&mut h, &out, "الملف:", "موافق");
    let csv = std::fs::read_to_string(&out).expect("exported");
    assert!(
        !csv.chars().any(|c| ('٠'..='٩').contains(&c)),
        "Western digits in the file"
    );
    assert!(csv.contains("false"), "the machine name of the verdict");
    let year = chrono::Utc::now().format("%Y-").to_string();
    assert!(csv.contains(&year), "an ISO date");
}
