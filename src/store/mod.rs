//! The `.sanad` file: pretty RON, written crash-safely, read with full validation.
//!
//! A file that fails to load is never modified: loading only reads.

mod atomic;
mod claim_text;
mod encode;
mod error;
mod fields;
mod head;
mod lock;
mod new_review;
pub mod open_lock;
pub mod recovery;
mod split;
pub mod validate;

pub use atomic::{
    TempFile, write_atomically, write_atomically_without_backup, write_streamed_atomically,
};
use encode::TextSink;
pub use encode::to_ron;
pub use error::{LoadError, SaveError};
pub use lock::FileLock;
pub use new_review::find_and_save_new;
pub use open_lock::{OpenLock, OpenLockError};
pub use validate::{ValidationError, validate};

use crate::model::{FORMAT_TAG, QuoteSelector, Review, SCHEMA_VERSION};
use serde::Deserialize;
use std::path::Path;

/// The largest review file we read (an article of 50 MB plus its claims fits well inside).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// How deeply RON values may nest: our format needs 6; a hostile file cannot exhaust the stack.
const MAX_NESTING: usize = 32;

/// Parse and validate the text of a `.sanad` file.
///
/// A byte-order mark is ignored, and so are CRLF line endings when the file only parses
/// or validates with LF ones: git's `autocrlf` turns every line ending of a checked-out
/// review into CRLF, the article's text included, and Sanad itself never writes a CR.
pub fn from_ron(text: &str) -> Result<Review, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match parse_and_validate(text) {
        Err(first) if text.contains("\r\n") => {
            parse_and_validate(&text.replace("\r\n", "\n")).map_err(|_| first)
        }
        result => result,
    }
}

fn parse_and_validate(text: &str) -> Result<Review, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
    // The common case, a current file, is parsed once (a long review takes a third of a
    // second to parse). Only when that fails, or the file is not current, is the header
    // read on its own: so that a newer or older file is refused or migrated for what it
    // is rather than with a confusing complaint about a field this build does not know.
    let parsed = match split::parse(text, &options) {
        Some(review) => Ok(review),
        None => options.from_str::<Review>(text),
    };
    let review: Review = match parsed {
        Ok(review) if review.format == FORMAT_TAG && review.version == SCHEMA_VERSION => review,
        parsed => {
            let header: Header = options.from_str(text).map_err(syntax_error)?;
            if header.format != FORMAT_TAG {
                return Err(LoadError::WrongFormat(header.format));
            }
            if header.version > SCHEMA_VERSION {
                return Err(LoadError::FutureVersion {
                    found: header.version,
                    supported: SCHEMA_VERSION,
                });
            }
            match parsed {
                Err(e) if header.version == SCHEMA_VERSION => return Err(syntax_error(e)),
                _ => {
                    let migrated = migrate(text, header.version)?;
                    options.from_str(&migrated).map_err(syntax_error)?
                }
            }
        }
    };
    validate(&review)?;
    let mut review = review;
    // Kept sorted, each once, whatever a hand-edited file holds: the commands rely on it.
    review.dismissed.sort();
    review.dismissed.dedup();
    // The file leaves out the words of claims in the text: they follow from the spans,
    // checked above. (An older file that has them, with context, gets the current form.)
    let text = &review.article.text;
    crate::parallel::for_each_mut(&mut review.claims, 50_000, |claim| {
        claim.quote = QuoteSelector::exact(text, claim.span);
    });
    Ok(review)
}

/// Read, parse and validate the `.sanad` file at `path`. The file is only read, and not
/// hashed: a caller that will replace it uses [`load_with_fingerprint`] (hashing an 83 MB
/// review took a sixth of the two cores' time in `sanad check`).
pub fn load(path: &Path) -> Result<Review, LoadError> {
    let bytes = read_review_file(path)?;
    from_ron(review_text(&bytes)?)
}

/// The bytes of the review file at `path`, refused past [`MAX_FILE_BYTES`].
fn read_review_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    crate::import::read_limited(path, MAX_FILE_BYTES).map_err(LoadError::Read)
}

/// A review file's bytes as text: it is UTF-8 or it is refused.
fn review_text(bytes: &[u8]) -> Result<&str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
        offset: e.valid_up_to(),
    })
}

/// Like [`load`], with the fingerprint of the bytes read: what [`save_checked`] compares
/// the file with before replacing it.
pub fn load_with_fingerprint(path: &Path) -> Result<(Review, Fingerprint), LoadError> {
    let bytes = read_review_file(path)?;
    let text = review_text(&bytes)?;
    if bytes.len() < split::MIN_FILE {
        let review = from_ron(text)?;
        return Ok((review, Fingerprint::new(path, &bytes)));
    }
    // A long file's hash (60 ms at 100 MB) is taken beside the parse, not after it.
    let (review, fingerprint) = std::thread::scope(|scope| {
        let fingerprint = scope.spawn(|| Fingerprint::new(path, &bytes));
        let review = from_ron(text);
        (review, fingerprint.join())
    });
    match fingerprint {
        Ok(fingerprint) => Ok((review?, fingerprint)),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// The text of `review` as a file, refused when it would be larger than [`load`] reads back.
pub fn encode(review: &Review) -> Result<String, SaveError> {
    let mut text = String::new();
    write_within(review, MAX_FILE_BYTES, &mut text)?;
    Ok(text)
}

/// `review`'s file text given to `sink`, refused as soon as it would be larger than
/// `limit` (what [`load`] reads back).
fn write_within(review: &Review, limit: u64, sink: &mut impl TextSink) -> Result<(), SaveError> {
    let whole = || encode::ron_text(review);
    write_listing_within(review, review.claims.as_slice(), whole, limit, sink)
}

/// [`encode::write_listing`] refused as soon as the text would be larger than `limit`.
fn write_listing_within<C: encode::ClaimItems + ?Sized>(
    head: &Review,
    claims: &C,
    whole: impl FnOnce() -> Result<String, SaveError>,
    limit: u64,
    sink: &mut impl TextSink,
) -> Result<(), SaveError> {
    // A review of millions of tiny claims (9 MB of "A. A. A.") would take seconds and
    // gigabytes to encode only to be refused: what the file holds at the very least (its
    // text, and each claim at its shortest) is known at once.
    let floor = head.article.text.len() as u64 + claims.count() as u64 * shortest_claim_bytes();
    if floor > limit {
        return Err(SaveError::TooLarge { size: floor, limit });
    }
    let mut limited = Limited {
        sink,
        limit,
        len: 0,
    };
    encode::write_listing(head, claims, whole, &mut limited)
}

/// A sink that refuses text past its limit.
struct Limited<'a, S> {
    sink: &'a mut S,
    limit: u64,
    len: u64,
}

impl<S: TextSink> TextSink for Limited<'_, S> {
    fn take(&mut self, text: &str) -> Result<(), SaveError> {
        self.len += text.len() as u64;
        if self.len > self.limit {
            return Err(SaveError::TooLarge {
                size: self.len,
                limit: self.limit,
            });
        }
        self.sink.take(text)
    }

    fn restart(&mut self) -> Result<(), SaveError> {
        self.len = 0;
        self.sink.restart()
    }
}

impl TextSink for atomic::TempFile<'_> {
    fn take(&mut self, text: &str) -> Result<(), SaveError> {
        self.write(text.as_bytes())
    }

    fn restart(&mut self) -> Result<(), SaveError> {
        atomic::TempFile::restart(self)
    }
}

/// A sink that hashes what it passes on: the fingerprint of a file as it is written.
struct Hashing<'a, S> {
    sink: &'a mut S,
    hasher: sha2::Sha256,
    len: u64,
}

impl<S: TextSink> TextSink for Hashing<'_, S> {
    fn take(&mut self, text: &str) -> Result<(), SaveError> {
        use sha2::Digest;
        self.hasher.update(text.as_bytes());
        self.len += text.len() as u64;
        self.sink.take(text)
    }

    fn restart(&mut self) -> Result<(), SaveError> {
        use sha2::Digest;
        self.hasher = sha2::Sha256::new();
        self.len = 0;
        self.sink.restart()
    }
}

/// How many bytes the shortest claim adds to a review file: measured once, by encoding a
/// review with and without one claim of nothing.
fn shortest_claim_bytes() -> u64 {
    static BYTES: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *BYTES.get_or_init(|| {
        let article =
            crate::model::Article::new(String::new(), String::new(), String::new(), String::new());
        let empty = Review::new(article, Vec::new());
        let mut one = empty.clone();
        one.claims.push(crate::model::Claim::new(
            crate::model::ClaimId(1),
            "",
            crate::model::Span::new(0, 0),
            0,
        ));
        match (to_ron(&one), to_ron(&empty)) {
            (Ok(a), Ok(b)) => a.len().saturating_sub(b.len()) as u64,
            _ => 0,
        }
    })
}

/// Write `review` to `path` crash-safely, keeping the previous file as `NAME.sanad.bak`.
pub fn save(review: &Review, path: &Path) -> Result<(), SaveError> {
    write_streamed_atomically(path, true, |temp| {
        write_within(review, MAX_FILE_BYTES, temp)
    })
}

/// Write `review` to `path` crash-safely once it is known to be valid: it is checked
/// while it is written, and an invalid review replaces nothing. Without the `.bak` copy
/// when `backup` is false (git's temporary merge files are not the user's).
pub fn save_valid(review: &Review, path: &Path, backup: bool) -> Result<(), SaveError> {
    save_validating(review, path, backup, |temp| {
        write_within(review, MAX_FILE_BYTES, temp)
    })
}

/// The file `write` writes, written to `path` crash-safely as [`save_valid`] writes one,
/// `review` (what it writes) validated beside the writing.
fn save_validating(
    review: &Review,
    path: &Path,
    backup: bool,
    write: impl FnOnce(&mut atomic::TempFile<'_>) -> Result<(), SaveError>,
) -> Result<(), SaveError> {
    std::thread::scope(|scope| {
        let valid = scope.spawn(|| validate(review));
        write_streamed_atomically(path, backup, |temp| {
            let written = write(temp);
            match valid.join() {
                Ok(valid) => valid.map_err(SaveError::Invalid).and(written),
                // The check's own panic, carried to this thread as if it had run here.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    })
}

/// Save `review` to `path` under the file's lock, unless the file on disk is no longer the
/// one read as `expected` (someone else saved it since): then nothing is written and the
/// caller offers to reload or merge. `expected` is `None` for a file that did not exist.
/// The fingerprint of the file as written is returned, for the next save.
pub fn save_checked(
    review: &Review,
    path: &Path,
    expected: Option<&Fingerprint>,
) -> Result<Fingerprint, SaveError> {
    let _lock = FileLock::acquire(path)?;
    // A folder or a device where the file should be is refused for what it is, not as a
    // file someone changed.
    atomic::check_target(&atomic::resolve_links(path)?)?;
    if !Fingerprint::still_matches(path, expected) {
        return Err(SaveError::ChangedOnDisk(path.to_path_buf()));
    }
    let mut written = (0, String::new());
    write_streamed_atomically(path, true, |temp| {
        use sha2::Digest;
        let mut hashing = Hashing {
            sink: temp,
            hasher: sha2::Sha256::new(),
            len: 0,
        };
        write_within(review, MAX_FILE_BYTES, &mut hashing)?;
        written = (
            hashing.len,
            crate::model::lowercase_hex(&hashing.hasher.finalize()),
        );
        Ok(())
    })?;
    let (len, sha256) = written;
    Ok(Fingerprint {
        len,
        modified: std::fs::metadata(path).and_then(|m| m.modified()).ok(),
        sha256,
    })
}

/// What a review file was when Sanad last read or wrote it: enough to tell that another
/// program has replaced it since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    modified: Option<std::time::SystemTime>,
    sha256: String,
}

impl Fingerprint {
    /// The fingerprint of `bytes`, just read from or written to `path`.
    pub fn new(path: &Path, bytes: &[u8]) -> Self {
        Fingerprint {
            len: bytes.len() as u64,
            modified: std::fs::metadata(path).and_then(|m| m.modified()).ok(),
            sha256: crate::model::sha256_hex_bytes(bytes),
        }
    }

    /// The fingerprint of the file at `path` as it is now; `None` when it cannot be read.
    pub fn of_file(path: &Path) -> Option<Fingerprint> {
        let bytes = crate::import::read_limited(path, MAX_FILE_BYTES).ok()?;
        Some(Fingerprint::new(path, &bytes))
    }

    /// Whether the file at `path` is still the one `expected` describes (`None`: there was
    /// no file, and there still is none). Size and time answer at once when they are
    /// unchanged; otherwise the content decides (a file touched but not changed matches).
    pub fn still_matches(path: &Path, expected: Option<&Fingerprint>) -> bool {
        let meta = std::fs::metadata(path).ok();
        let Some(expected) = expected else {
            return meta.is_none();
        };
        let Some(meta) = meta else {
            return false;
        };
        if meta.len() != expected.len {
            return false;
        }
        if expected.modified.is_some() && meta.modified().ok() == expected.modified {
            return true;
        }
        crate::import::read_limited(path, MAX_FILE_BYTES)
            .is_ok_and(|bytes| crate::model::sha256_hex_bytes(&bytes) == expected.sha256)
    }
}

/// Just enough of a review to decide whether and how to read the rest.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// Bring the text of an older file up to [`SCHEMA_VERSION`].
///
/// Version 1 is the first; when version 2 changes a field, its conversion goes here, one
/// step per version, so every older file keeps opening.
fn migrate(text: &str, version: u32) -> Result<std::borrow::Cow<'_, str>, LoadError> {
    match version {
        SCHEMA_VERSION => Ok(std::borrow::Cow::Borrowed(text)),
        older => Err(LoadError::UnknownVersion(older)),
    }
}

fn syntax_error(e: ron::error::SpannedError) -> LoadError {
    LoadError::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review() -> Review {
        crate::review_from_article(crate::import::article_from_text(
            "A. A. A. A.".into(),
            "UTF-8",
            "t",
        ))
    }

    #[test]
    fn a_review_larger_than_the_loader_reads_is_refused_before_writing() {
        let review = review();
        let size = to_ron(&review).unwrap().len() as u64;
        assert!(write_within(&review, size, &mut String::new()).is_ok());
        let err = write_within(&review, size - 1, &mut String::new()).unwrap_err();
        assert!(matches!(err, SaveError::TooLarge { .. }), "{err}");
        assert!(err.to_string().contains("nothing was written"), "{err}");
    }

    #[test]
    fn an_invalid_review_replaces_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.sanad");
        save(&review(), &path).unwrap();
        let before = std::fs::read(&path).unwrap();
        let mut bad = review();
        bad.claims[0].span = crate::model::Span::new(0, 10_000);
        let err = save_valid(&bad, &path, true).unwrap_err();
        assert!(matches!(err, SaveError::Invalid(_)), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no backup, no temporary file left");
    }

    #[test]
    fn a_long_review_written_on_every_core_reads_back() {
        let text = "Prices rose 4% in May, the bank said. ".repeat(25_000);
        let review =
            crate::review_from_article(crate::import::article_from_text(text, "UTF-8", "t"));
        assert!(review.claims.len() > 20_000);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.sanad");
        save_valid(&review, &path, true).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            to_ron(&review).unwrap()
        );
        assert_eq!(load(&path).unwrap(), review);
        let (_, read) = load_with_fingerprint(&path).unwrap();
        let mut changed = review.clone();
        changed.methodology = "Called the bank.".into();
        let written = save_checked(&changed, &path, Some(&read)).unwrap();
        assert_eq!(written, Fingerprint::of_file(&path).unwrap());
    }

    #[test]
    fn a_long_files_claims_read_straight_are_still_checked() {
        // Over split::MIN_FILE: cut into pieces, claims read straight. Edited by a
        // stranger: a span past the text, an id twice, a name with a control character.
        let text = "Prices rose 4% in May, the bank said. ".repeat(25_000);
        let review =
            crate::review_from_article(crate::import::article_from_text(text, "UTF-8", "t"));
        let file = to_ron(&review).unwrap();
        assert!(file.len() > split::MIN_FILE);
        let past = file.replacen("span: (38, 75)", "span: (38, 999999999)", 1);
        assert!(matches!(
            from_ron(&past),
            Err(LoadError::Invalid(ValidationError::BadClaimSpan { .. }))
        ));
        let twice = file.replacen("id: 3,", "id: 2,", 1);
        assert!(matches!(
            from_ron(&twice),
            Err(LoadError::Invalid(ValidationError::DuplicateId(2)))
        ));
        let named = file.replacen(
            "verdict: Unreviewed,",
            "verdict: Unreviewed,\n      updated_by: Some(\"A\u{1b}\u{0}\"),",
            1,
        );
        let read = from_ron(&named).unwrap();
        assert_eq!(read.claims[0].updated_by.as_deref(), Some("A\u{1b}\u{0}"));
        assert_eq!(to_ron(&read).unwrap(), named, "written back as it was read");
    }

    #[test]
    fn byte_order_marks_and_crlf_line_endings_load() {
        let text = to_ron(&review()).unwrap();
        let expected = from_ron(&text).unwrap();
        let autocrlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        assert_eq!(from_ron(&autocrlf).unwrap(), expected);
    }

    #[test]
    fn a_file_changed_since_it_was_read_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.sanad");
        let review = review();
        let written = save_checked(&review, &path, None).unwrap();
        assert!(save_checked(&review, &path, None).is_err(), "it exists now");
        let mut theirs = review.clone();
        theirs.methodology = "theirs".into();
        std::thread::sleep(std::time::Duration::from_millis(20));
        save(&theirs, &path).unwrap();
        let err = save_checked(&review, &path, Some(&written)).unwrap_err();
        assert!(matches!(err, SaveError::ChangedOnDisk(_)), "{err}");
        assert_eq!(load(&path).unwrap().methodology, "theirs");
    }
}
