//! Any bytes, as any kind of document: decoding, web-page extraction, Markdown stripping
//! and the whole claim engine must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok((text, _)) = sanad::import::decode(data, None) else {
        return;
    };
    let page = sanad::import::extract_html(&text);
    let markdown = sanad::import::strip_markdown(&text);
    for candidate in [text, page.text, markdown] {
        let article = sanad::import::article_from_text(candidate, "UTF-8", "fuzz");
        let _ = sanad::review_from_article(article);
    }
});
