//! Any text in any language: segmentation never panics and its spans are ordered,
//! non-overlapping, on char boundaries, and cover every non-whitespace character.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for language in ["en", "ar", "hy", "el", "ru", "de", "zh", "und"] {
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
    }
});
