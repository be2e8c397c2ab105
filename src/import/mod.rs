//! Bytes from disk become an [`Article`]: size limits, refusal of what is not text,
//! decoding, line-ending normalisation.

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
    /// The text is in an encoding this build does not read.
    #[error("{0} is not UTF-8 text")]
    NotUtf8(PathBuf),
}

/// Read at most `limit` bytes of the file at `path`, refusing directories and larger files.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let io = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound(path.to_path_buf()),
        _ => ReadError::Io {
            path: path.to_path_buf(),
            source,
        },
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(ReadError::IsDirectory(path.to_path_buf()));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit,
        });
    }
    let file = std::fs::File::open(path).map_err(io)?;
    // The size can change between the check and the read (a growing log, /dev/zero): never
    // read past the limit whatever metadata said.
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

/// Open the article at `path` (UTF-8 text, with or without BOM) and run the claim engine's
/// sentence segmentation on it.
pub fn article_from_path(path: &Path) -> Result<Article, ImportError> {
    let bytes = read_limited(path, MAX_ARTICLE_BYTES)?;
    let text = decode_text(&bytes).map_err(|problem| match problem {
        DecodeProblem::Empty => ImportError::Empty(path.to_path_buf()),
        DecodeProblem::Binary => ImportError::Binary(path.to_path_buf()),
        DecodeProblem::NotUtf8 => ImportError::NotUtf8(path.to_path_buf()),
    })?;
    let fallback_title = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(article_from_text(text, "UTF-8", &fallback_title))
}

/// An article over `text` (already decoded), titled by its first line, language detected,
/// sentences segmented.
pub fn article_from_text(text: String, encoding: &str, fallback_title: &str) -> Article {
    let title = title_of(&text).unwrap_or(fallback_title).to_string();
    let language = crate::engine::detect_language(&text).to_string();
    let mut article = Article::new(title, language, encoding.to_string(), text);
    article.sentences = crate::engine::segment_sentences(&article.text, &article.language);
    article
}

/// Why bytes are not article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeProblem {
    /// No text at all (only whitespace counts as none).
    Empty,
    /// NUL bytes or other signs of a binary file.
    Binary,
    /// Not valid UTF-8.
    NotUtf8,
}

/// Decode UTF-8 bytes (BOM dropped) into text with `\n` line endings.
pub fn decode_text(bytes: &[u8]) -> Result<String, DecodeProblem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(DecodeProblem::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| DecodeProblem::NotUtf8)?;
    if text.trim().is_empty() {
        return Err(DecodeProblem::Empty);
    }
    Ok(normalise_line_endings(text))
}

/// `\r\n` and lone `\r` become `\n`.
fn normalise_line_endings(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
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
    fn decoding_drops_bom_and_normalises_line_endings() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFa\r\nb\rc").unwrap(), "a\nb\nc");
    }

    #[test]
    fn decoding_refuses_empty_binary_and_non_utf8() {
        assert_eq!(decode_text(b"  \n"), Err(DecodeProblem::Empty));
        assert_eq!(decode_text(b"PDF\0\x01"), Err(DecodeProblem::Binary));
        assert_eq!(decode_text(b"caf\xe9"), Err(DecodeProblem::NotUtf8));
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
}
