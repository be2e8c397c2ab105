//! Review files from strangers: any bytes given to the .sanad loader are refused with an
//! error or accepted as a valid review, never a panic; an accepted review saves back to
//! text that loads again to the same review.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(review) = sanad::store::from_ron(text) {
        let again = sanad::store::to_ron(&review).expect("a loaded review serialises");
        let back = sanad::store::from_ron(&again).expect("a saved review loads");
        assert_eq!(back, review);
    }
});
