//! The .sanad file: round trips, determinism, and every way a file can be refused without
//! being touched.

use proptest::prelude::*;
use sanad::model::{
    Article, ChangeEntry, Claim, ClaimId, ClaimKind, Command, Evidence, QuoteSelector, Review,
    Span, Stance, Verdict, apply,
};
use sanad::store::{self, LoadError, ValidationError};
use std::path::Path;

const SAMPLE: &str = include_str!("../../assets/samples/ar-musk-ai-startup.txt");

fn sample_review() -> Review {
    let article = sanad::import::article_from_text(SAMPLE.to_string(), "UTF-8", "sample");
    let mut review = sanad::review_from_article(article);
    let claim = review.claims[2].id;
    let commands = [
        Command::SetVerdict {
            claim,
            verdict: Verdict::Disputed,
        },
        Command::AddEvidence {
            claim,
            evidence: Evidence {
                url: Some("https://www.ft.com/content/example".into()),
                title: "Elon Musk plans AI start-up".into(),
                publisher: "فاينانشيال تايمز".into(),
                stance: Stance::Supports,
                accessed: chrono::NaiveDate::from_ymd_opt(2026, 11, 28),
                ..Evidence::default()
            },
        },
        Command::SetNote {
            claim,
            note: "مصدران مستقلان \"يؤكدان\"\nسطر ثانٍ".into(),
        },
    ];
    for command in commands {
        apply(&mut review, command, "منى").unwrap();
    }
    review
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn save_then_load_gives_the_same_review() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.sanad");
    let review = sample_review();
    store::save(&review, &path).unwrap();
    assert_eq!(store::load(&path).unwrap(), review);
}

#[test]
fn saving_the_same_state_twice_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.sanad");
    let review = sample_review();
    store::save(&review, &path).unwrap();
    let first = std::fs::read(&path).unwrap();
    let reloaded = store::load(&path).unwrap();
    store::save(&reloaded, &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
    // The previous version is kept beside it.
    let backup = dir.path().join("r.sanad.bak");
    assert_eq!(std::fs::read(backup).unwrap(), first);
}

#[test]
fn timestamps_are_utc_iso_8601_whole_seconds() {
    let text = store::to_ron(&sample_review()).unwrap();
    let created = text
        .lines()
        .find(|l| l.trim_start().starts_with("created:"))
        .unwrap();
    let value = created.split('"').nth(1).unwrap();
    assert_eq!(value.len(), "2026-11-28T18:00:00Z".len(), "{value}");
    assert!(value.ends_with('Z'));
}

/// Loading `bytes` fails as `check` says, and the file is byte-for-byte unchanged.
fn refused(bytes: &[u8], check: impl Fn(&LoadError) -> bool) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "bad.sanad", bytes);
    let err = match store::load(&path) {
        Ok(_) => panic!("the file was accepted"),
        Err(err) => err,
    };
    assert!(check(&err), "unexpected error: {err:?}");
    assert!(!err.to_string().is_empty());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the file was modified"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "loading created files");
}

fn good_text() -> String {
    store::to_ron(&sample_review()).unwrap()
}

#[test]
fn an_empty_file_is_refused() {
    refused(b"", |e| matches!(e, LoadError::Empty));
    refused(b"  \n", |e| matches!(e, LoadError::Empty));
}

#[test]
fn a_truncated_file_is_a_syntax_error_with_its_position() {
    let text = good_text();
    let cut = &text.as_bytes()[..text.len() / 2];
    // Cut on a char boundary so the complaint is about RON, not UTF-8.
    let cut = std::str::from_utf8(cut)
        .unwrap_or_else(|e| std::str::from_utf8(&cut[..e.valid_up_to()]).unwrap());
    refused(
        cut.as_bytes(),
        |e| matches!(e, LoadError::Syntax { line, column, .. } if *line > 1 && *column >= 1),
    );
}

#[test]
fn invalid_utf8_is_refused() {
    let mut bytes = good_text().into_bytes();
    bytes.insert(40, 0xFF);
    refused(&bytes, |e| matches!(e, LoadError::NotUtf8 { offset: 40 }));
}

#[test]
fn a_wrong_format_tag_is_refused() {
    let text = good_text().replacen("sanad-review", "other-tool", 1);
    refused(
        text.as_bytes(),
        |e| matches!(e, LoadError::WrongFormat(t) if t == "other-tool"),
    );
}

#[test]
fn a_future_version_is_refused_clearly() {
    let text = good_text().replacen("version: 1,", "version: 7,", 1);
    refused(text.as_bytes(), |e| {
        matches!(
            e,
            LoadError::FutureVersion {
                found: 7,
                supported: 1
            }
        )
    });
    let err = store::from_ron(&text).unwrap_err().to_string();
    assert!(err.contains("newer Sanad"), "{err}");
}

#[test]
fn version_zero_is_unknown() {
    let text = good_text().replacen("version: 1,", "version: 0,", 1);
    refused(text.as_bytes(), |e| {
        matches!(e, LoadError::UnknownVersion(0))
    });
}

/// The review text with claim 1's span replaced by `span`.
fn with_first_span(span: &str) -> String {
    good_text().replacen("span: (0, 105)", &format!("span: {span}"), 1)
}

#[test]
fn a_span_out_of_range_is_refused() {
    let text = with_first_span("(0, 99999)");
    refused(text.as_bytes(), |e| {
        matches!(
            e,
            LoadError::Invalid(ValidationError::BadClaimSpan { id: 1, .. })
        )
    });
}

#[test]
fn a_span_inside_a_multibyte_char_is_refused() {
    // Byte 1 is inside the first Arabic letter (two bytes in UTF-8).
    let text = with_first_span("(1, 105)");
    refused(text.as_bytes(), |e| {
        matches!(
            e,
            LoadError::Invalid(ValidationError::BadClaimSpan { id: 1, .. })
        )
    });
}

#[test]
fn a_quote_that_does_not_match_its_span_is_refused() {
    // Current files leave the words of placed claims out; a file that has them (an older
    // one, or one edited by hand) must agree with the text.
    let text = with_first_span("(0, 105),\n      quote: (exact: \"not these words\")");
    refused(text.as_bytes(), |e| {
        matches!(
            e,
            LoadError::Invalid(ValidationError::QuoteMismatch { id: 1 })
        )
    });
}

#[test]
fn duplicate_ids_are_refused() {
    let text = good_text().replacen("id: 2,", "id: 1,", 1);
    refused(text.as_bytes(), |e| {
        matches!(e, LoadError::Invalid(ValidationError::DuplicateId(1)))
    });
}

#[test]
fn an_edited_article_text_is_refused() {
    // The article text comes before the claims in the file: the first hit is in the text.
    let text = good_text().replacen("الحضارة الإنسانية", "الحضارة البشرية", 1);
    refused(text.as_bytes(), |e| {
        matches!(e, LoadError::Invalid(ValidationError::TextHashMismatch))
    });
}

#[test]
fn deep_nesting_is_refused_without_exhausting_the_stack() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    refused(text.as_bytes(), |e| matches!(e, LoadError::Syntax { .. }));
}

#[test]
fn a_directory_or_missing_file_is_a_read_error() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(store::load(dir.path()), Err(LoadError::Read(_))));
    assert!(matches!(
        store::load(&dir.path().join("missing.sanad")),
        Err(LoadError::Read(_))
    ));
}

// ---- property test: arbitrary reviews survive a round trip ---------------------------

fn arb_text() -> impl Strategy<Value = String> {
    // Arabic, Latin, digits, quotes, newlines, bidi controls, combining marks, escapes.
    proptest::collection::vec(
        prop_oneof![
            "[a-zA-Z0-9 .,!?]{0,12}",
            "[\u{0621}-\u{064A} ]{0,12}",
            Just("\n".to_string()),
            Just("\u{202B}«\"\\»\u{202C}".to_string()),
            Just("\u{064B}\u{0301}".to_string()),
            Just("٢٠١٥".to_string()),
        ],
        1..20,
    )
    .prop_map(|parts| parts.concat())
}

fn arb_review() -> impl Strategy<Value = Review> {
    (
        arb_text(),
        proptest::collection::vec((any::<usize>(), any::<usize>(), 0u8..7, 0.0f32..=1.0), 0..8),
        arb_text(),
        proptest::option::of("[a-z:/.]{0,20}"),
    )
        .prop_map(|(text, raw_claims, note, url)| {
            let text = if text.is_empty() { "x".into() } else { text };
            let mut article = Article::new("t".into(), "ar".into(), "UTF-8".into(), text);
            article.sentences = vec![Span::new(0, article.text.len())];
            article.source_url = url.clone();
            let boundaries: Vec<usize> = article
                .text
                .char_indices()
                .map(|(i, _)| i)
                .chain([article.text.len()])
                .collect();
            let claims = raw_claims
                .into_iter()
                .enumerate()
                .map(|(i, (a, b, verdict, worthiness))| {
                    let a = boundaries[a % boundaries.len()];
                    let b = boundaries[b % boundaries.len()];
                    let span = Span::new(a.min(b), a.max(b));
                    let mut claim = Claim::new(ClaimId(i as u32 + 1), &article.text, span, 0);
                    claim.verdict = Verdict::ALL[usize::from(verdict)];
                    claim.worthiness = worthiness;
                    claim.kinds = vec![ClaimKind::Number, ClaimKind::Quote];
                    claim.note = note.clone();
                    claim.attributed_to = url.clone();
                    claim.evidence = vec![Evidence {
                        url: url.clone(),
                        excerpt: note.clone(),
                        ..Evidence::default()
                    }];
                    claim
                })
                .collect();
            let mut review = Review::new(article, claims);
            review.methodology = note.clone();
            review.log.push(ChangeEntry {
                at: review.created,
                by: note.clone(),
                claim: Some(ClaimId(1)),
                field: "note".into(),
                old: String::new(),
                new: note,
            });
            review
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_reviews_survive_a_round_trip(review in arb_review()) {
        let text = store::to_ron(&review).unwrap();
        let back = store::from_ron(&text).unwrap();
        prop_assert_eq!(&back, &review);
        prop_assert_eq!(store::to_ron(&back).unwrap(), text);
    }

    #[test]
    fn selectors_always_match_their_spans(review in arb_review()) {
        for claim in &review.claims {
            // Claims in the text carry their words; the context is computed when needed.
            let expected = QuoteSelector::exact(&review.article.text, claim.span);
            prop_assert_eq!(&claim.quote, &expected);
        }
    }
}

#[test]
fn a_file_without_the_direction_field_opens_as_automatic() {
    let text = good_text();
    let without: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("direction:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without, text, "the field is written");
    let review = store::from_ron(&without).unwrap();
    assert_eq!(review.article.direction, sanad::model::TextDirection::Auto);
}
