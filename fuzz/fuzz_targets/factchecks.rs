//! Fact-check files from strangers: any text given to the fact-check reader is refused or
//! read into fact-checks that keep the library's promises (a claim, only web addresses,
//! ISO dates, plain one-line text), and each is written and read back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(import) = sanad::factchecks::read_text(text) else {
        return;
    };
    assert!(import.first_skipped.len() <= sanad::factchecks::LISTED_SKIPS);
    assert!(import.first_skipped.len() <= import.skipped);
    for fact_check in &import.fact_checks {
        assert!(!fact_check.claim.is_empty());
        assert!(!fact_check.claim.contains('\n'));
        assert!(fact_check.url.is_empty() || sanad::model::check_web_address(&fact_check.url).is_ok());
        assert!(fact_check.date.is_empty() || fact_check.date.len() == 10);
        let line = serde_json::to_string(fact_check).expect("a fact-check serialises");
        let back: sanad::factchecks::FactCheck = serde_json::from_str(&line).expect("reads back");
        assert_eq!(&back, fact_check);
    }
});
