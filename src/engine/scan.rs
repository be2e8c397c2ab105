//! Quick answers about text the engine asks of every sentence and claim of every article:
//! whether any byte is of a kind, asked many bytes at a time (a loop that stops at the very
//! byte it looks for reads the bytes one by one), and whether a character is a letter or a
//! digit, answered without Unicode's tables for the scripts most articles are in.

/// How many bytes are asked about together: what the compiler turns into a few vector
/// instructions.
const LANES: usize = 32;

/// Whether any byte of `bytes` is one `wanted` says yes to. The bytes are asked about
/// [`LANES`] at a time without stopping inside them, and the search stops after the first
/// group that holds one. (Not [`position`]`.is_some()`: that reads the group again to find
/// the byte, which on short claims with a figure cost 2 % of `sanad claims`' instructions.)
pub(crate) fn any_byte(bytes: &[u8], wanted: impl Fn(u8) -> bool) -> bool {
    let groups = bytes.chunks_exact(LANES);
    let rest = groups.remainder();
    let in_group = |group: &[u8]| group.iter().fold(false, |any, &b| any | wanted(b));
    groups.into_iter().any(&in_group) || in_group(rest)
}

/// Where the first byte of `bytes` that `wanted` says yes to is. The bytes are asked about
/// [`LANES`] at a time without stopping inside them; only the group that holds the byte is
/// read again byte by byte.
pub(crate) fn position(bytes: &[u8], wanted: impl Fn(u8) -> bool) -> Option<usize> {
    let mut at = 0;
    for group in bytes.chunks(LANES) {
        if group.iter().fold(false, |any, &b| any | wanted(b)) {
            return group.iter().position(|&b| wanted(b)).map(|k| at + k);
        }
        at += group.len();
    }
    None
}

/// Whether some byte of `bytes` and the byte after it are a pair `maybe` says yes to and
/// `surely` confirms (given the first byte's index). The pairs are asked about [`LANES`]
/// at a time, as [`position`] asks; only a group that holds a likely pair is read again
/// pair by pair. (A search that stops at every likely first byte, such as every space,
/// costs a call per byte found.)
pub(crate) fn any_pair(
    bytes: &[u8],
    maybe: impl Fn(u8, u8) -> bool,
    mut surely: impl FnMut(usize) -> bool,
) -> bool {
    let Some(last) = bytes.len().checked_sub(1) else {
        return false;
    };
    let (firsts, seconds) = (&bytes[..last], &bytes[1..]);
    let mut at = 0;
    for (a, b) in firsts.chunks(LANES).zip(seconds.chunks(LANES)) {
        let likely = a
            .iter()
            .zip(b)
            .fold(false, |any, (&x, &y)| any | maybe(x, y));
        if likely {
            let mut pairs = a.iter().zip(b).enumerate();
            if pairs.any(|(k, (&x, &y))| maybe(x, y) && surely(at + k)) {
                return true;
            }
        }
        at += a.len();
    }
    false
}

/// The lines of `text`, each with its line feed, as `str::split_inclusive('\n')` gives
/// them, found by the memchr crate 32 bytes at a time (the standard library's search,
/// 8 at a time, was 1.3 % of reading an English article).
pub(crate) fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |at| at + 1);
        let (line, after) = rest.split_at(end);
        rest = after;
        Some(line)
    })
}

/// `char::is_alphanumeric`, answered without Unicode's tables for ASCII and the Arabic
/// letters and digits: the tables' look-up was a twentieth of reading an Arabic article.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}' => true,
        '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_alphabetic`, answered as [`is_alphanumeric`] is.
pub(crate) fn is_alphabetic(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{0660}'..='\u{066D}' | '\u{06D4}' => false,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_numeric`, answered as [`is_alphanumeric`] is.
pub(crate) fn is_numeric(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_digit(),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => false,
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => true,
        _ => c.is_numeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_quick_answers_are_the_standard_librarys() {
        for c in ('\0'..='\u{2FFF}').chain(['\u{FEFF}', '\u{1F600}', '\u{10FFFF}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{:?}", c);
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{:?}", c);
            assert_eq!(is_numeric(c), c.is_numeric(), "{:?}", c);
        }
    }

    proptest! {
        #[test]
        fn any_byte_is_any(bytes in proptest::collection::vec(any::<u8>(), 0..100), at in 0usize..100) {
            let wanted = |b: u8| b.is_ascii_digit();
            prop_assert_eq!(any_byte(&bytes, wanted), bytes.iter().any(|&b| wanted(b)));
            // The byte wanted in every place, the groups' edges included.
            let mut with = bytes.clone();
            if at < with.len() {
                with[at] = b'7';
                prop_assert!(any_byte(&with, wanted));
            }
        }

        #[test]
        fn lines_are_those_split_inclusive_gives(text in "(?s)[a\n\r\u{0627} ]{0,30}") {
            let lines: Vec<&str> = lines_inclusive(&text).collect();
            let expected: Vec<&str> = text.split_inclusive('\n').collect();
            prop_assert_eq!(lines, expected);
        }

        #[test]
        fn position_is_the_first_position(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
            let wanted = |b: u8| b.is_ascii_digit();
            prop_assert_eq!(position(&bytes, wanted), bytes.iter().position(|&b| wanted(b)));
        }

        #[test]
        fn any_pair_is_any_window(bytes in proptest::collection::vec(any::<u8>(), 0..100), odd in any::<bool>()) {
            let maybe = |a: u8, b: u8| a == b' ' && b.is_ascii_uppercase();
            // A confirmation that says no to some likely pairs, so the search goes on.
            let surely = |at: usize| odd || at.is_multiple_of(2);
            let by_window = bytes
                .windows(2)
                .enumerate()
                .any(|(at, w)| maybe(w[0], w[1]) && surely(at));
            prop_assert_eq!(any_pair(&bytes, maybe, surely), by_window);
        }
    }
}
