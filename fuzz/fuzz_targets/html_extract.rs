//! Saved web pages from anywhere: any bytes, decoded as a page, give text without a panic, a
//! stack overflow or a hang, and the page's address, when one is kept, is a web address.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok((text, _)) = sanad::import::decode(data, None) else {
        return;
    };
    let page = sanad::import::extract_html(&text);
    if let Some(url) = &page.url {
        assert!(sanad::model::check_web_address(url).is_ok(), "{url:?}");
    }
    // Nested input: the same bytes wrapped a thousand elements deep.
    let deep = format!("{}{text}", "<div><b>".repeat(1000));
    let _ = sanad::import::extract_html(&deep);
});
