//! Bytes to text: byte-order marks (UTF-8, UTF-16 LE/BE), UTF-8, and legacy encodings
//! (Windows-1256, ISO-8859-6, Windows-1252 …) guessed with chardetng and decoded with
//! encoding_rs; binary files are refused. Line endings become `\n`.

use encoding_rs::{Encoding, UTF_8};

/// Why bytes are not article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeProblem {
    /// No text at all (only whitespace counts as none).
    Empty,
    /// NUL bytes, a known binary signature, or mostly control characters.
    Binary,
}

/// Signatures of binary formats fact-checkers are likely to drop by mistake.
const BINARY_SIGNATURES: &[&[u8]] = &[
    b"%PDF",
    b"\x89PNG",
    b"\xFF\xD8\xFF",
    b"GIF8",
    b"PK\x03\x04",
    b"\x7FELF",
    b"MZ",
    b"\xD0\xCF\x11\xE0",
    b"RIFF",
    b"ID3",
    b"\x1F\x8B",
];

/// Text decoded from a file's bytes.
#[derive(Debug)]
pub struct Decoded {
    /// The text, line endings normalised.
    pub text: String,
    /// The name of the encoding it was decoded from.
    pub encoding: &'static str,
    /// Whether the text is the file's bytes as they were (UTF-8, no byte-order mark, Unix
    /// line endings): then the file's hash is the text's.
    pub verbatim: bool,
}

/// Decode `bytes` as article text; `forced` names an encoding to use instead of guessing
/// (the window's "reopen as"). UTF-8 keeps the bytes' own buffer: a 10 MB file is not
/// copied.
pub fn decode(bytes: Vec<u8>, forced: Option<&'static Encoding>) -> Result<Decoded, DecodeProblem> {
    decode_keeping_source(bytes, forced).map(|(decoded, _)| decoded)
}

/// [`decode`], with the bytes given back when the text is not them (another encoding, a
/// byte-order mark, other line endings): what the file's hash is taken of. `None` when
/// the text is the bytes ([`Decoded::verbatim`]), so that the hash can be taken of it.
pub fn decode_keeping_source(
    bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
) -> Result<(Decoded, Option<Vec<u8>>), DecodeProblem> {
    let (text, encoding, mut source) = if let Some(encoding) = forced {
        let text = encoding.decode_with_bom_removal(&bytes).0.into_owned();
        (text, encoding, Some(bytes))
    } else if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        let body = &bytes[bom_len..];
        let text = encoding.decode_without_bom_handling(body).0.into_owned();
        (text, encoding, Some(bytes))
    } else {
        if BINARY_SIGNATURES.iter().any(|s| bytes.starts_with(s)) || has_byte(&bytes, 0) {
            return Err(DecodeProblem::Binary);
        }
        match utf8_text(bytes) {
            Ok(text) => (text, UTF_8, None),
            Err(bytes) => {
                let mut detector =
                    chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                detector.feed(&bytes, true);
                let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
                let text = encoding.decode_without_bom_handling(&bytes).0.into_owned();
                (text, encoding, Some(bytes))
            }
        }
    };
    if text.trim().is_empty() {
        return Err(DecodeProblem::Empty);
    }
    let controls = text
        .chars()
        .take(4096)
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if controls * 20 > text.chars().take(4096).count() || has_byte(text.as_bytes(), 0) {
        return Err(DecodeProblem::Binary);
    }
    // `\r\n` and lone `\r` become `\n`; a text without them is kept as it is, not copied.
    let text = if has_byte(text.as_bytes(), b'\r') {
        let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
        source.get_or_insert(text.into_bytes());
        normalised
    } else {
        text
    };
    let decoded = Decoded {
        text,
        encoding: encoding.name(),
        verbatim: source.is_none(),
    };
    Ok((decoded, source))
}

/// Whether `bytes` hold `byte`: the memchr crate's search, 32 bytes at a time, where the
/// standard library's took 8 (three looks over a 10 MB article, before anything else).
fn has_byte(bytes: &[u8], byte: u8) -> bool {
    memchr::memchr(byte, bytes).is_some()
}

/// `bytes` as text when they are UTF-8, else the bytes given back. Text mostly in letters
/// outside ASCII is checked with SIMD (simdutf8) and then copied: the standard library's
/// check, which steps over ASCII a word at a time but reads other letters one by one, took
/// 30 ms of a 10 MB Arabic article, on one core, before anything else could start. Text
/// mostly ASCII is checked in place: its check is quick, and the copy would cost more.
fn utf8_text(bytes: Vec<u8>) -> Result<String, Vec<u8>> {
    if mostly_ascii(&bytes) {
        return String::from_utf8(bytes).map_err(std::string::FromUtf8Error::into_bytes);
    }
    match simdutf8::basic::from_utf8(&bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) => Err(bytes),
    }
}

/// Whether at most one byte in eight of the first 4 KB of `bytes` is outside ASCII (an
/// article keeps to its script; the sample is read before every article, long or short).
fn mostly_ascii(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(4 * 1024)];
    let others = sample.iter().filter(|b| !b.is_ascii()).count();
    others * 8 <= sample.len()
}

/// The encodings the window offers for "reopen as".
pub fn encoding_named(name: &str) -> Option<&'static Encoding> {
    Encoding::for_label(name.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text and the encoding's name.
    fn decode(
        bytes: &[u8],
        forced: Option<&'static Encoding>,
    ) -> Result<(String, &'static str), DecodeProblem> {
        super::decode(bytes.to_vec(), forced).map(|d| (d.text, d.encoding))
    }

    proptest::proptest! {
        /// Whichever way it is checked, text is UTF-8 exactly when the standard library
        /// says so, and comes back as the same text or the same bytes.
        #[test]
        fn utf8_is_told_as_the_standard_library_tells_it(
            text in "(?s)[a-z \n\u{0600}-\u{06ff}\u{1f600}]{0,60}",
            damage in proptest::option::of((0usize..200, proptest::num::u8::ANY)),
        ) {
            let mut bytes = text.into_bytes();
            if let Some((at, byte)) = damage && !bytes.is_empty() {
                let at = at % bytes.len();
                bytes[at] = byte;
            }
            let expected = String::from_utf8(bytes.clone()).map_err(|e| e.into_bytes());
            proptest::prop_assert_eq!(utf8_text(bytes), expected);
        }
    }

    #[test]
    fn only_plain_utf8_is_its_own_text() {
        assert!(super::decode(b"a\nb".to_vec(), None).unwrap().verbatim);
        // The bytes come back exactly when the text is not them.
        for (bytes, forced) in [
            (&b"a\nb"[..], None),
            (b"a\r\nb", None),
            (b"\xEF\xBB\xBFab", None),
            (b"caf\xE9 cr\xE8me", None),
            (b"ab", Some(UTF_8)),
        ] {
            let (decoded, source) = decode_keeping_source(bytes.to_vec(), forced).unwrap();
            match source {
                Some(source) => assert!(!decoded.verbatim && source == bytes, "{bytes:?}"),
                None => assert!(decoded.verbatim && decoded.text.as_bytes() == bytes),
            }
        }
        assert!(!super::decode(b"a\r\nb".to_vec(), None).unwrap().verbatim);
        assert!(
            !super::decode(b"\xEF\xBB\xBFab".to_vec(), None)
                .unwrap()
                .verbatim
        );
        assert!(
            !super::decode(b"caf\xE9 cr\xE8me".to_vec(), None)
                .unwrap()
                .verbatim
        );
        assert!(!super::decode(b"ab".to_vec(), Some(UTF_8)).unwrap().verbatim);
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFa\r\nb\rc", None).unwrap(),
            ("a\nb\nc".into(), "UTF-8")
        );
        assert_eq!(decode("قال".as_bytes(), None).unwrap().0, "قال");
    }

    #[test]
    fn utf16_with_bom_both_ways() {
        let text = "قال ماسك 2015";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&le, None).unwrap(), (text.to_string(), "UTF-16LE"));
        assert_eq!(decode(&be, None).unwrap(), (text.to_string(), "UTF-16BE"));
    }

    #[test]
    fn windows_1256_arabic_is_recognised() {
        let text = "ذكرت صحيفة فاينانشيال تايمز أن إيلون ماسك يخطط لإطلاق شركة ذكاء اصطناعي ناشئة.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(text);
        let (decoded, name) = decode(&bytes, None).unwrap();
        assert_eq!(decoded, text);
        assert!(name == "windows-1256" || name == "ISO-8859-6", "{name}");
    }

    #[test]
    fn windows_1252_european_text_is_recognised() {
        let text = "Le ministre a déclaré que la réforme était prête, à l'été.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        assert_eq!(
            decode(&bytes, None).unwrap(),
            (text.to_string(), "windows-1252")
        );
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        assert_eq!(decode(b"  \n", None), Err(DecodeProblem::Empty));
        assert_eq!(decode(b"%PDF-1.7\n...", None), Err(DecodeProblem::Binary));
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n", None),
            Err(DecodeProblem::Binary)
        );
        assert_eq!(decode(b"text\0with nul", None), Err(DecodeProblem::Binary));
        assert_eq!(
            decode(&[1, 2, 3, 4, 5, 6, 7, 8, b'a'], None),
            Err(DecodeProblem::Binary)
        );
    }

    #[test]
    fn an_encoding_can_be_forced() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("قال");
        let forced = encoding_named("windows-1256");
        assert_eq!(decode(&bytes, forced).unwrap().0, "قال");
    }
}
