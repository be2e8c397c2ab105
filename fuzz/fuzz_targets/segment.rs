//! Any text in any language: segmentation never panics and its spans are ordered,
//! non-overlapping, on char boundaries, and cover every non-whitespace character; the claims
//! found in them (furniture, attribution across sentences, scores) lie inside their
//! sentences, with scores from 0 to 1.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for language in ["en", "ar", "fa", "fr", "hy", "el", "ru", "de", "zh", "und"] {
        let spans = sanad::engine::segment_sentences(text, language);
        let mut covered = vec![false; text.len()];
        let mut previous = 0;
        for span in &spans {
            assert!(span.start < span.end && span.start >= previous);
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            covered[span.start..span.end].iter_mut().for_each(|c| *c = true);
            previous = span.end;
        }
        for (i, c) in text.char_indices() {
            assert!(c.is_whitespace() || covered[i], "{c:?} at {i} uncovered");
        }
        if matches!(language, "en" | "ar" | "fa" | "fr") {
            let mut article = sanad::model::Article::new(
                String::new(),
                language.into(),
                "UTF-8".into(),
                text.to_string(),
            );
            article.sentences = spans;
            for claim in sanad::engine::extract_claims(&article) {
                let sentence = article.sentences[claim.sentence];
                assert!(sentence.contains(claim.span), "{claim:?} outside {sentence:?}");
                assert!((0.0..=1.0).contains(&claim.worthiness));
            }
        }
    }
});
