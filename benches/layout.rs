//! Cost of the article view per frame, on a headless egui context (CPU only): the Arabic
//! sample with caches warm, and a 1 MB article at its top and scrolled to the middle, where
//! only the visible paragraphs are measured and laid out.
//!
//! Run: `cargo bench --bench layout`.

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Context, RawInput, Rect, Vec2};
use sanad::app::article_view::ArticleView;
use sanad::import::article_from_text;
use sanad::model::Review;
use std::time::Duration;

const ARABIC: &str = include_str!("../assets/samples/ar-musk-ai-startup.txt");

fn review_of(text: String) -> Review {
    sanad::review_from_article(article_from_text(text, "UTF-8", "bench"))
}

/// One frame of a 1000×800 window showing the article view.
fn frame(ctx: &Context, view: &mut ArticleView, review: &Review) {
    let input = RawInput {
        screen_rect: Some(Rect::from_min_size(
            Default::default(),
            Vec2::new(1000.0, 800.0),
        )),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| {
        egui::CentralPanel::default().show(ui, |ui| view.show(ui, review, None));
    });
    output.textures_delta.clear();
}

fn context() -> Context {
    let ctx = Context::default();
    ctx.set_fonts(sanad::app::fonts::definitions());
    ctx
}

fn layout(c: &mut Criterion) {
    let mut group = c.benchmark_group("article_view");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(4));

    let review = review_of(ARABIC.to_string());
    let ctx = context();
    let mut view = ArticleView::new(&review.article.text, review.article.direction);
    for _ in 0..3 {
        frame(&ctx, &mut view, &review);
    }
    group.bench_function("sample_frame_warm", |b| {
        b.iter(|| frame(&ctx, &mut view, &review))
    });

    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(ARABIC);
        big.push('\n');
    }
    let review = review_of(big);
    let ctx = context();
    group.bench_function("1MB_open_first_frame", |b| {
        b.iter(|| {
            let mut view = ArticleView::new(&review.article.text, review.article.direction);
            frame(&ctx, &mut view, &review);
        })
    });
    let mut view = ArticleView::new(&review.article.text, review.article.direction);
    let middle = review.article.text.len() / 2;
    view.scroll_to(middle..middle + 1);
    for _ in 0..3 {
        frame(&ctx, &mut view, &review);
    }
    group.bench_function("1MB_frame_scrolled_to_middle_warm", |b| {
        b.iter(|| frame(&ctx, &mut view, &review))
    });
    group.finish();
}

criterion_group!(benches, layout);
criterion_main!(benches);
