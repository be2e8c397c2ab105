//! The article view driven headlessly: claim highlights are exposed to assistive technology
//! with their claims' text, and clicking one reports that claim.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sanad::app::article_view::{ArticleResponse, ArticleView};
use sanad::import::article_from_text;
use sanad::model::{ClaimId, Review};

const ARABIC: &str = include_str!("../../assets/samples/ar-musk-ai-startup.txt");

struct State {
    review: Review,
    view: ArticleView,
    last: ArticleResponse,
}

fn harness() -> Harness<'static, State> {
    let review = sanad::review_from_article(article_from_text(ARABIC.into(), "UTF-8", "t"));
    let view = ArticleView::new(&review.article.text, review.article.direction);
    Harness::builder()
        .with_size((900.0, 1200.0))
        .with_context_setup(sanad::app::fonts::install)
        .build_ui_state(
            |ui, state: &mut State| {
                let response = state.view.show(ui, &state.review, None);
                if response.claim_clicked.is_some() || response.clicked.is_some() {
                    state.last = response;
                }
            },
            State {
                review,
                view,
                last: ArticleResponse::default(),
            },
        )
}

#[test]
fn every_visible_claim_highlight_is_labelled_for_screen_readers() {
    let mut h = harness();
    h.run();
    for claim in &h.state().review.claims.clone()[..5] {
        // Panics unless exactly one node's label holds the claim's number and its text.
        h.get_by_label_contains(&format!("Claim {}: {}", claim.id, claim.quote.exact));
    }
}

#[test]
fn clicking_a_highlight_reports_its_claim() {
    let mut h = harness();
    h.run();
    h.get_by_label_contains("Claim 3:").click();
    h.run();
    assert_eq!(h.state().last.claim_clicked, Some(ClaimId(3)));
}

#[test]
fn the_detail_header_never_runs_its_buttons_over_the_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let review = sanad::review_from_article(sanad::import::article_from_text(
        include_str!("../../assets/samples/en-transit-budget.txt").into(),
        "UTF-8",
        "t",
    ));
    let mut h = crate::harness::window(review, None, dir.path());
    for width in [1280.0, 900.0] {
        h.set_size(egui::vec2(width, 700.0));
        h.run();
        let heading = h.get_by_label_contains("Claim #").rect();
        // The verdict's label beside the heading (the table has others).
        let verdict = h
            .get_all_by_label("Unreviewed")
            .map(|n| n.rect())
            .find(|r| heading.y_range().contains(r.center().y))
            .expect("the verdict beside the heading");
        for button in ["Split here", "Merge with next", "Delete"] {
            let rect = h.get_by_label(button).rect();
            assert!(
                !rect.intersects(verdict) && !rect.intersects(heading),
                "at {width}: {button} {rect:?} over the header {heading:?} {verdict:?}"
            );
        }
    }
}
