//! Overlapping and nested claims, generated at random over the sample article: every consumer
//! (exports, merge, re-anchoring, the claim under a click, saving and loading) handles them.
//! And adversarial shapes of text through every import and engine step keep their promises.

use proptest::prelude::*;
use sanad::model::{ClaimId, Command, Review, Span, Verdict, apply, claim_at};
use sanad::share::{self, ExportSettings, Format};

const SAMPLE: &str = include_str!("../../assets/samples/en-transit-budget.txt");

fn sample() -> Review {
    sanad::review_from_article(sanad::import::article_from_text(
        SAMPLE.into(),
        "UTF-8",
        "t",
    ))
}

/// `review` with claims added over `spans` (fractions of the text), verdicts set at random.
fn with_claims(mut review: Review, spans: &[(u16, u16, u8)]) -> Review {
    let text = review.article.text.clone();
    let boundary = |fraction: u16| {
        let mut at = text.len() * usize::from(fraction) / usize::from(u16::MAX);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    for &(a, b, verdict) in spans {
        let (start, end) = (boundary(a.min(b)), boundary(a.max(b)));
        if start == end {
            continue;
        }
        apply(
            &mut review,
            Command::AddClaim {
                span: Span::new(start, end),
            },
            "p",
        )
        .unwrap();
        let id = ClaimId(review.next_claim_id - 1);
        let verdict = Verdict::ALL[usize::from(verdict) % 7];
        let _ = apply(&mut review, Command::SetVerdict { claim: id, verdict }, "p");
    }
    review
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_consumer_handles_overlapping_claims(
        ours in proptest::collection::vec((any::<u16>(), any::<u16>(), any::<u8>()), 0..12),
        theirs in proptest::collection::vec((any::<u16>(), any::<u16>(), any::<u8>()), 0..12),
        click in any::<u16>(),
    ) {
        let base = sample();
        let ours = with_claims(base.clone(), &ours);
        let theirs = with_claims(base.clone(), &theirs);
        sanad::store::validate(&ours).unwrap();
        // Exports: no panic; the HTML report holds every byte of the text once.
        let settings = ExportSettings::default();
        for format in [Format::Html, Format::Markdown, Format::Csv, Format::ClaimReview] {
            share::export(&ours, format, &settings);
        }
        let html = share::export(&ours, Format::Html, &settings);
        prop_assert_eq!(html.matches("<mark ").count(), html.matches("</mark>").count());
        // A click lands on the innermost claim over it.
        let offset = ours.article.text.len() * usize::from(click) / usize::from(u16::MAX);
        if let Some(claim) = claim_at(&ours.claims, offset) {
            prop_assert!(claim.span.start <= offset && offset < claim.span.end);
            for other in &ours.claims {
                if other.span.start <= offset && offset < other.span.end {
                    prop_assert!(other.span.start <= claim.span.start);
                }
            }
        }
        // Merges, with and without a base, validate and load back.
        for base in [Some(&base), None] {
            let merged = share::merge(base, &ours, &theirs).unwrap();
            sanad::store::validate(&merged.review).unwrap();
            let text = sanad::store::encode(&merged.review).unwrap();
            prop_assert_eq!(sanad::store::from_ron(&text).unwrap(), merged.review);
        }
        // Re-anchoring to the same text places every claim, overlaps kept.
        let article = sanad::import::article_from_text(SAMPLE.into(), "UTF-8", "t");
        let moved = sanad::anchor::reanchor(&ours, article, "p");
        sanad::store::validate(&moved.review).unwrap();
        prop_assert_eq!(moved.review.claims.len() + moved.review.orphans.len(), ours.claims.len());
    }

    #[test]
    fn adversarial_shapes_pass_through_every_step(
        tokens in proptest::collection::vec(
            prop_oneof![
                Just("["), Just("]("), Just(")"), Just("<"), Just(">"), Just("<b>"), Just("<div>"),
                Just("</div>"), Just("a"), Just("ب"), Just(". "), Just("A. "), Just("*"), Just("_"),
                Just("\n"), Just("  "), Just("«"), Just("»"), Just("\u{064E}"), Just("\""),
            ],
            1..64,
        ),
        repeat in 1usize..400,
    ) {
        let text = tokens.concat().repeat(repeat);
        let markdown = sanad::import::strip_markdown(&text);
        let page = sanad::import::extract_html(&text);
        for body in [text.as_str(), markdown.as_str(), page.text.as_str()] {
            if body.trim().is_empty() {
                continue;
            }
            let review = sanad::review_from_article(
                sanad::import::article_from_text(body.to_string(), "UTF-8", "t"));
            sanad::store::validate(&review).unwrap();
            let changed = sanad::import::article_from_text(format!("x{body}y"), "UTF-8", "t");
            let moved = sanad::anchor::reanchor(&review, changed, "p");
            sanad::store::validate(&moved.review).unwrap();
        }
    }
}
