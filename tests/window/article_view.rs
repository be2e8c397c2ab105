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
