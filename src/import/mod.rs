//! Bytes from disk become an [`Article`]: size limits, refusal of what is not text,
//! decoding (any common encoding), saved web pages and Markdown reduced to text lines.

mod decode;
mod html;
mod markdown;
mod nesting;
mod readable;

pub use decode::{DecodeProblem, decode, encoding_named};
pub use html::{Page, extract as extract_html, extract_without_readability};
pub use markdown::strip as strip_markdown;

use crate::model::Article;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest article file opened by default (50 MB).
pub const MAX_ARTICLE_BYTES: u64 = 50 * 1024 * 1024;

/// Why a file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Nothing at that path.
    #[error("{0}: no such file")]
    NotFound(PathBuf),
    /// A directory where a file was expected.
    #[error("{0} is a directory, not a file")]
    IsDirectory(PathBuf),
    /// A FIFO, a device or a socket: reading it could block forever or never end, so only
    /// regular files are read.
    #[error("{path} is {kind}, not a regular file")]
    NotRegular {
        /// The path given.
        path: PathBuf,
        /// What it is ("a FIFO (named pipe)").
        kind: &'static str,
    },
    /// Larger than the limit.
    #[error("{path} is too large ({size} bytes; the limit is {limit})")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Any other I/O failure (permissions, a device error).
    #[error("could not read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
}

/// Why a file could not become an article.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The file has no text.
    #[error("{0} is empty")]
    Empty(PathBuf),
    /// The file holds binary data (an image, a PDF, an executable).
    #[error("{0} is not a text file")]
    Binary(PathBuf),
    /// A Sanad review given where an article was expected: a review of a review would
    /// review the file's syntax, not the article.
    #[error("{0} is a Sanad review, not an article (open it with `sanad FILE` or `sanad check`)")]
    IsReview(PathBuf),
    /// A format Sanad does not read (PDF, Word, images …).
    #[error(
        "{path} is {kind} file: unsupported format (Sanad opens text, Markdown and saved web pages: .txt .md .html)"
    )]
    Unsupported {
        /// The file.
        path: PathBuf,
        /// What it is ("a PDF").
        kind: &'static str,
    },
}

/// Read at most `limit` bytes of the regular file at `path`, refusing directories, FIFOs,
/// devices, sockets and larger files.
///
/// The kind is checked before opening and again on the opened handle, which is opened
/// without blocking: a FIFO put in the file's place in between cannot make the read wait
/// for a writer that never comes.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let io = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound(path.to_path_buf()),
        _ => ReadError::Io {
            path: path.to_path_buf(),
            source,
        },
    };
    check_regular(path, &std::fs::metadata(path).map_err(io)?)?;
    let file = open_without_blocking(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    check_regular(path, &meta)?;
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit,
        });
    }
    // The size can change between the check and the read (a growing log): never read past
    // the limit whatever metadata said.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// `Ok` when `path` names a regular file (through any links); the reason it cannot be read
/// otherwise (missing, a directory, a FIFO, a device …).
pub fn require_regular_file(path: &Path) -> Result<(), ReadError> {
    let meta = std::fs::metadata(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound(path.to_path_buf()),
        _ => ReadError::Io {
            path: path.to_path_buf(),
            source,
        },
    })?;
    check_regular(path, &meta)
}

/// `Ok` for a regular file; the reason it cannot be read otherwise.
pub(crate) fn check_regular(path: &Path, meta: &std::fs::Metadata) -> Result<(), ReadError> {
    if meta.is_file() {
        return Ok(());
    }
    if meta.is_dir() {
        return Err(ReadError::IsDirectory(path.to_path_buf()));
    }
    Err(ReadError::NotRegular {
        path: path.to_path_buf(),
        kind: file_kind(&meta.file_type()),
    })
}

/// What a file that is not a regular file or a directory is, for a message.
pub(crate) fn file_kind(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_symlink() {
        return "a symbolic link";
    }
    if kind.is_dir() {
        return "a directory";
    }
    "not a regular file"
}

/// Open `path` for reading; on Unix with `O_NONBLOCK`, which regular files ignore and which
/// keeps the open of a FIFO from waiting for a writer.
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// What kind of document a file is, from its name and first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// A saved web page.
    Html,
}

/// File extensions of formats Sanad cannot read, with their names for the message.
const UNSUPPORTED: &[(&str, &str)] = &[
    ("pdf", "a PDF"),
    ("doc", "a Word document"),
    ("docx", "a Word document"),
    ("odt", "an OpenDocument text"),
    ("rtf", "an RTF document"),
    ("epub", "an e-book"),
    ("png", "an image"),
    ("jpg", "an image"),
    ("jpeg", "an image"),
    ("gif", "an image"),
    ("webp", "an image"),
    ("zip", "an archive"),
    ("xlsx", "a spreadsheet"),
    ("mp3", "an audio file"),
    ("mp4", "a video"),
];

/// The kind of the file at `path` whose content starts with `bytes`.
pub fn kind_of(path: &Path, bytes: &[u8]) -> Result<DocumentKind, ImportError> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if extension == "sanad" || is_review(bytes) {
        return Err(ImportError::IsReview(path.to_path_buf()));
    }
    if let Some((_, name)) = UNSUPPORTED.iter().find(|(e, _)| *e == extension) {
        return Err(ImportError::Unsupported {
            path: path.to_path_buf(),
            kind: name,
        });
    }
    Ok(match extension.as_str() {
        "html" | "htm" | "xhtml" => DocumentKind::Html,
        "md" | "markdown" => DocumentKind::Markdown,
        _ => {
            let head =
                String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
            let head = head.trim_start_matches('\u{feff}').trim_start();
            if head.starts_with("<!doctype html") || head.starts_with("<html") {
                DocumentKind::Html
            } else {
                DocumentKind::Text
            }
        }
    })
}

/// Whether `bytes` start like a `.sanad` file: `(`, then the format field with Sanad's tag.
fn is_review(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(256)]);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.strip_prefix('(').is_some_and(|rest| {
        let rest: String = rest.split_whitespace().collect();
        rest.starts_with(&format!("format:\"{}\"", crate::model::FORMAT_TAG))
    })
}

/// Open the article at `path` (text, Markdown or a saved web page, in whatever encoding it
/// came) and run the claim engine's sentence segmentation on it.
pub fn article_from_path(path: &Path) -> Result<Article, ImportError> {
    article_from_path_as(path, None)
}

/// Like [`article_from_path`], decoding with `encoding` instead of guessing ("reopen as").
pub fn article_from_path_as(
    path: &Path,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<Article, ImportError> {
    article_from_path_in(path, encoding, None)
}

/// Like [`article_from_path_as`], in `language` (a BCP 47 primary tag) instead of the one
/// detected, when one is given: its segmentation rules are used.
pub fn article_from_path_in(
    path: &Path,
    encoding: Option<&'static encoding_rs::Encoding>,
    language: Option<&str>,
) -> Result<Article, ImportError> {
    read_article(path, encoding, language, Hashes::Made)
}

/// An article read only to list what it says (`sanad claims`): [`article_from_path_in`]
/// without the hashes of its file and its text, which only a review needs (they are left
/// empty; hashing a 10 MB file was a fiftieth of the command). Never make a review of it.
pub fn article_to_list(path: &Path, language: Option<&str>) -> Result<Article, ImportError> {
    read_article(path, None, language, Hashes::Skipped)
}

/// Whether an article read from a file gets its hashes.
#[derive(Clone, Copy, PartialEq)]
enum Hashes {
    Made,
    Skipped,
}

fn read_article(
    path: &Path,
    encoding: Option<&'static encoding_rs::Encoding>,
    language: Option<&str>,
    hashes: Hashes,
) -> Result<Article, ImportError> {
    let bytes = read_limited(path, MAX_ARTICLE_BYTES)?;
    let kind = kind_of(path, &bytes)?;
    let (decoded, source) =
        decode::decode_keeping_source(bytes, encoding).map_err(|problem| match problem {
            DecodeProblem::Empty => ImportError::Empty(path.to_path_buf()),
            DecodeProblem::Binary => ImportError::Binary(path.to_path_buf()),
        })?;
    let fallback_title = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let decoded_text = decoded.text;
    // The file's bytes, when the article's text is not them (kept to be hashed).
    let (text, title, url, source) = match kind {
        DocumentKind::Text => (decoded_text, None, None, source),
        DocumentKind::Markdown => {
            let text = markdown::strip(&decoded_text);
            (
                text,
                None,
                None,
                Some(source.unwrap_or(decoded_text.into_bytes())),
            )
        }
        DocumentKind::Html => {
            let page = html::extract(&decoded_text);
            let source = Some(source.unwrap_or(decoded_text.into_bytes()));
            (page.text, page.title, page.url, source)
        }
    };
    if text.trim().is_empty() {
        return Err(ImportError::Empty(path.to_path_buf()));
    }
    let hashes = match hashes {
        Hashes::Made => ArticleHashes::TextAndFile(source),
        Hashes::Skipped => ArticleHashes::None,
    };
    let mut article = article_over(text, decoded.encoding, &fallback_title, language, hashes);
    if let Some(title) = title {
        article.title = title;
    }
    article.source_url = url;
    Ok(article)
}

/// An article over `text` (already decoded), titled by its first line, language detected,
/// sentences segmented.
pub fn article_from_text(text: String, encoding: &str, fallback_title: &str) -> Article {
    article_from_text_in(text, encoding, fallback_title, None)
}

/// Like [`article_from_text`], in `language` when one is given instead of the one detected.
pub fn article_from_text_in(
    text: String,
    encoding: &str,
    fallback_title: &str,
    language: Option<&str>,
) -> Article {
    article_over(
        text,
        encoding,
        fallback_title,
        language,
        ArticleHashes::Text,
    )
}

/// The hashes an article is given.
enum ArticleHashes {
    /// None: an article only listed, never made a review of.
    None,
    /// Its text's.
    Text,
    /// Its text's and its file's: the file's bytes when they are not the text.
    TextAndFile(Option<Vec<u8>>),
}

/// [`article_from_text_in`], with the hashes `hashes` says, taken beside the segmentation
/// (hashing 10 MB took a twentieth of `sanad new`, on one core while the other waited).
fn article_over(
    text: String,
    encoding: &str,
    fallback_title: &str,
    language: Option<&str>,
    hashes: ArticleHashes,
) -> Article {
    let title = title_of(&text).unwrap_or(fallback_title).to_string();
    let language = language
        .unwrap_or_else(|| crate::engine::detect_language(&text))
        .to_string();
    let mut article =
        Article::with_hash(title, language, encoding.to_string(), text, String::new());
    let (text, language) = (&article.text, &article.language);
    let (sentences, (sha256, source_sha256)) = std::thread::scope(|scope| {
        let long = crate::parallel::threads_for(text.len(), crate::parallel::MIN_PIECE) > 1;
        // A long article's claims are found next, on every core: what the engine builds
        // on first use is built now, beside the segmentation.
        if long {
            scope.spawn(|| crate::engine::prepare(language));
        }
        let hash = || {
            let text_hash = || crate::model::sha256_hex(text);
            match &hashes {
                ArticleHashes::None => (String::new(), String::new()),
                ArticleHashes::Text => (text_hash(), String::new()),
                ArticleHashes::TextAndFile(None) => {
                    let hash = text_hash();
                    (hash.clone(), hash)
                }
                ArticleHashes::TextAndFile(Some(file)) => {
                    (text_hash(), crate::model::sha256_hex_bytes(file))
                }
            }
        };
        let hashing = long.then(|| scope.spawn(hash));
        let sentences = crate::engine::segment_sentences(text, language);
        let hashes = match hashing {
            Some(hashing) => hashing
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => hash(),
        };
        (sentences, hashes)
    });
    article.sentences = sentences;
    article.sha256 = sha256;
    article.source_sha256 = source_sha256;
    article
}

/// The first non-blank line, trimmed, if it is short enough to be a headline.
fn title_of(text: &str) -> Option<&str> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    (line.chars().count() <= 200).then_some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_has_its_texts_hash_and_its_files_whatever_the_file_holds() {
        let dir = tempfile::tempdir().unwrap();
        // Long enough to be hashed beside its segmentation.
        let long = "Rates rose 3% in May. Prices fell, the bank said.\n".repeat(20_000);
        let files: Vec<(&str, Vec<u8>)> = vec![
            ("plain.txt", b"Rates rose 3% in May.\n".to_vec()),
            ("long.txt", long.clone().into_bytes()),
            ("crlf.txt", long.replace('\n', "\r\n").into_bytes()),
            ("bom.txt", [&b"\xEF\xBB\xBF"[..], long.as_bytes()].concat()),
            (
                "latin1.txt",
                b"Le prix a augment\xE9 de 4% en mai.\n".to_vec(),
            ),
            (
                "page.html",
                b"<html><body><p>Rates rose 3% in May.</p></body></html>".to_vec(),
            ),
            (
                "notes.md",
                b"# Rates\n\nRates rose **3%** in May.\n".to_vec(),
            ),
        ];
        for (name, bytes) in files {
            let path = dir.path().join(name);
            std::fs::write(&path, &bytes).unwrap();
            let article = article_from_path(&path).unwrap();
            let file_hash = crate::model::sha256_hex_bytes(&bytes);
            assert_eq!(article.source_sha256, file_hash, "{name}");
            assert_eq!(
                article.sha256,
                crate::model::sha256_hex(&article.text),
                "{name}"
            );
            assert!(!article.sentences.is_empty(), "{name}");
        }
    }

    #[test]
    fn an_article_to_list_is_the_article_without_its_hashes() {
        let dir = tempfile::tempdir().unwrap();
        for (name, body) in [
            (
                "a.txt",
                "Rates rose 3% in May.\nPrices fell again, the bank said.\n",
            ),
            (
                "b.html",
                "<html><body><p>Rates rose 3% in May.</p></body></html>",
            ),
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, body).unwrap();
            let full = article_from_path_in(&path, None, None).unwrap();
            let mut listed = article_to_list(&path, None).unwrap();
            assert!(listed.sha256.is_empty() && listed.source_sha256.is_empty());
            assert!(!full.sha256.is_empty() && !full.source_sha256.is_empty());
            listed.sha256.clone_from(&full.sha256);
            listed.source_sha256.clone_from(&full.source_sha256);
            listed.imported_at = full.imported_at;
            assert_eq!(listed, full, "{name}");
        }
    }

    #[test]
    fn unsupported_formats_are_named() {
        let err = kind_of(Path::new("report.pdf"), b"%PDF").unwrap_err();
        assert!(
            err.to_string().contains("a PDF file: unsupported format"),
            "{err}"
        );
        assert_eq!(
            kind_of(Path::new("page"), b"<!DOCTYPE html><html>").unwrap(),
            DocumentKind::Html
        );
        assert_eq!(
            kind_of(Path::new("notes.md"), b"# x").unwrap(),
            DocumentKind::Markdown
        );
        assert_eq!(
            kind_of(Path::new("a.txt"), b"plain").unwrap(),
            DocumentKind::Text
        );
    }

    #[test]
    fn reading_refuses_directories_missing_files_and_large_files() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_limited(dir.path(), 10),
            Err(ReadError::IsDirectory(_))
        ));
        let missing = dir.path().join("nope.txt");
        assert!(matches!(
            read_limited(&missing, 10),
            Err(ReadError::NotFound(_))
        ));
        let big = dir.path().join("big.txt");
        std::fs::write(&big, [b'a'; 11]).unwrap();
        assert!(matches!(
            read_limited(&big, 10),
            Err(ReadError::TooLarge { .. })
        ));
        assert_eq!(read_limited(&big, 11).unwrap().len(), 11);
    }

    #[cfg(unix)]
    #[test]
    fn fifos_and_devices_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("f.txt");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        let err = read_limited(&fifo, 10).unwrap_err();
        assert!(err.to_string().contains("a FIFO"), "{err}");
        let err = read_limited(Path::new("/dev/zero"), 10).unwrap_err();
        assert!(err.to_string().contains("a character device"), "{err}");
    }
}
