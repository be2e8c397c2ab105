//! Pixel snapshots of the article view, rendered by egui_kittest with wgpu (Mesa's software
//! Vulkan, lavapipe, on machines without a GPU). Behind the `snapshots` feature:
//! `cargo test --features snapshots --test snapshots`; create or update the reference images
//! in tests/snapshots with `UPDATE_SNAPSHOTS=1`. Where no wgpu adapter exists the tests say
//! so and pass, so a machine without Vulkan is not mistaken for a rendering bug.
#![cfg(feature = "snapshots")]

use egui_kittest::Harness;
use sanad::app::article_view::ArticleView;
use sanad::import::article_from_text;
use sanad::model::{Command, Review, Verdict, apply};

fn review(text: &str) -> Review {
    sanad::review_from_article(article_from_text(text.to_string(), "UTF-8", "snapshot"))
}

/// Render `review` in an article view of the given size and compare with snapshot `name`.
fn snapshot(name: &str, review: Review, size: (f32, f32)) {
    snapshot_hovering(name, review, size, None);
}

/// [`snapshot`], with the pointer resting at `hover`.
fn snapshot_hovering(name: &str, review: Review, size: (f32, f32), hover: Option<egui::Pos2>) {
    snapshot_built(name, move || {
        let mut view = ArticleView::new(&review.article.text, review.article.direction);
        let mut harness = Harness::builder()
            .with_size(size)
            .with_context_setup(sanad::app::fonts::install)
            .wgpu()
            .build_ui(move |ui| {
                egui::CentralPanel::default().show(ui, |ui| {
                    view.show(ui, &review, None);
                });
            });
        harness.run();
        if let Some(pos) = hover {
            harness.hover_at(pos);
            harness.run();
        }
        harness
    });
}

/// Build a harness with `build` and compare it with snapshot `name`; a machine without a
/// wgpu adapter (building panics) skips it, saying so.
fn snapshot_built<State>(name: &str, build: impl FnOnce() -> Harness<'static, State>) {
    let built = std::panic::catch_unwind(std::panic::AssertUnwindSafe(build));
    let Ok(mut harness) = built else {
        eprintln!("skipping snapshot {name}: no wgpu adapter on this machine");
        return;
    };
    harness.snapshot(name);
}

#[test]
fn arabic_paragraph_with_a_highlighted_claim() {
    let mut r = review(
        "ذكرت صحيفة فاينانشيال تايمز أن إيلون ماسك يخطط لإطلاق شركة ذكاء اصطناعي ناشئة من شأنها أن تتنافس مع شركة OpenAI.",
    );
    let claim = r.claims[0].id;
    apply(
        &mut r,
        Command::SetVerdict {
            claim,
            verdict: Verdict::Disputed,
        },
        "snapshot",
    )
    .unwrap();
    snapshot("arabic_highlighted_claim", r, (520.0, 160.0));
}

#[test]
fn mixed_arabic_latin_and_digits_on_one_line() {
    let r = review("حصل ماسك على آلاف معالجات GPU منذ 2015 و٢٠٢٣ من شركة Nvidia");
    snapshot("mixed_line", r, (700.0, 80.0));
}

#[test]
fn brackets_are_mirrored_in_arabic() {
    let r = review("وقع ماسك عريضة (مع رواد أعمال آخرين) تدعو إلى وقف «فوري» [لمدة 6 أشهر]");
    snapshot("brackets", r, (700.0, 80.0));
}

#[test]
fn the_claim_under_the_pointer_is_tinted_on_all_its_rows() {
    // The pointer rests on the first row, inside the first claim (after the attribution
    // "قال الوزير إن"), which wraps over three rows: all three are tinted, nothing else is.
    let r = review(
        "قال الوزير إن الحكومة ستبني ثلاثة آلاف مدرسة جديدة في جميع المحافظات خلال عام 2025. وأضاف أن الميزانية تبلغ 4 مليارات دولار.",
    );
    snapshot_hovering(
        "hovered_claim",
        r,
        (420.0, 160.0),
        Some(egui::pos2(200.0, 26.0)),
    );
}

/// The whole window over the Arabic sample with its interface in `language`, `size` large.
fn window_snapshot(name: &str, language: sanad::i18n::Language, size: (f32, f32)) {
    let dir = tempfile::tempdir().expect("a scratch folder");
    let untitled = dir.path().to_path_buf();
    snapshot_built(name, move || {
        let review = review(sanad::SAMPLE_ARTICLE);
        let mut app =
            sanad::app::SanadApp::with_untitled_dir(review, None, "tester".into(), untitled);
        app.set_interface_language(Some(language));
        let mut harness = Harness::builder()
            .with_size(size)
            .with_context_setup(|ctx| {
                sanad::app::fonts::install(ctx);
                ctx.all_styles_mut(|s| s.animation_time = 0.0);
            })
            .wgpu()
            .build_ui_state(|ui, app: &mut sanad::app::SanadApp| app.show(ui), app);
        harness.run();
        harness.run();
        harness
    });
}

#[test]
fn the_window_mirrored_in_arabic_at_900_points() {
    window_snapshot(
        "window_arabic_900",
        sanad::i18n::Language::Arabic,
        (900.0, 640.0),
    );
}

#[test]
fn the_window_in_english_at_900_points() {
    window_snapshot(
        "window_english_900",
        sanad::i18n::Language::English,
        (900.0, 640.0),
    );
}
