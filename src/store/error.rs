//! What can go wrong reading or writing a review file.

use super::ValidationError;
use std::path::PathBuf;

/// Why a review file could not be loaded. The file is untouched in every case.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read (missing, a directory, no permission, too large).
    #[error(transparent)]
    Read(#[from] crate::import::ReadError),
    /// The file has no content.
    #[error("the file is empty")]
    Empty,
    /// The bytes are not UTF-8 text.
    #[error("the file is not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The text is not valid RON, or not shaped like a review.
    #[error("syntax error at line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// A RON file, but not a Sanad review.
    #[error("not a Sanad review (format tag \"{0}\")")]
    WrongFormat(String),
    /// Written by a newer Sanad.
    #[error(
        "written by a newer Sanad (file version {found}, this build reads up to {supported}); please update Sanad"
    )]
    FutureVersion {
        /// The file's version.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// A version number no Sanad ever wrote.
    #[error("unknown file version {0}")]
    UnknownVersion(u32),
    /// Well-formed, but its content contradicts itself.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
}

/// Why a review could not be saved. The previous file on disk is intact in every case.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The review could not be turned into RON.
    #[error("could not encode the review: {0}")]
    Serialize(String),
    /// The target is not a file Sanad replaces (a device, a FIFO, a read-only file, a link
    /// loop).
    #[error("{path} was not replaced: {reason}")]
    Refused {
        /// The file that would have been replaced.
        path: PathBuf,
        /// Why not.
        reason: String,
    },
    /// The review would make a file larger than Sanad reads back.
    #[error(
        "the review would make a file of at least {size} bytes, more than the {limit} bytes Sanad reads back; nothing was written"
    )]
    TooLarge {
        /// The encoded size.
        size: u64,
        /// The limit ([`super::MAX_FILE_BYTES`]).
        limit: u64,
    },
    /// The review is not consistent (a bug made it so): writing it would make a file that
    /// does not open.
    #[error("not written: the result would not be a valid review ({0})")]
    Invalid(ValidationError),
    /// The file changed on disk since it was read (another program or colleague saved it):
    /// writing now would silently drop their changes.
    #[error("{0} was changed by someone else since it was opened; nothing was written")]
    ChangedOnDisk(PathBuf),
    /// Another Sanad kept the file locked for longer than a save ever takes.
    #[error("{0} is being saved by another program; try again")]
    Busy(PathBuf),
    /// A file system step failed.
    #[error("could not {step} {path}: {source}")]
    Io {
        /// What we were doing ("write", "rename", …).
        step: &'static str,
        /// The file concerned.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
}
