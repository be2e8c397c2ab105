//! The library folder's files: the imported fact-checks, kept in a format that stays
//! stable so that everything else can be rebuilt from them; the review folders and what
//! their last scan found ([`super::desk`]); the search index, a cache stamped with the
//! hash of what it was made from.
//!
//! `imported.jsonl` holds one [`FactCheck`] per line as a JSON object with the fields
//! `url`, `claim`, `headline`, `description`, `rating`, `publisher`, `date` (`YYYY-MM-DD`)
//! and `language`, in the order they were first imported. It is rewritten whole, crash-safely,
//! after each import.

use super::desk::{FOLDERS_FILE, Folder, SCANNED_FILE, Scanned, ScannedFile};
use super::{FactCheck, FactCheckFileError, FactCheckIndex, FactChecks, IndexError};
use std::path::{Path, PathBuf};

/// The file of imported fact-checks, in the library folder.
pub const IMPORTED_FILE: &str = "imported.jsonl";

/// The search index's folder, in the library folder: a cache of [`IMPORTED_FILE`].
pub const INDEX_DIR: &str = "index";

/// The SHA-256 of the [`IMPORTED_FILE`] the index was made from, beside it.
pub(super) const INDEX_STAMP: &str = "index.stamp";

/// Why the library could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    /// There is no folder to keep it in (no `--library`, `$SANAD_LIBRARY` or home folder).
    #[error("no folder for the fact-check library: give one with --library DIR or $SANAD_LIBRARY")]
    NoFolder,
    /// The library's file could not be read.
    #[error(transparent)]
    Read(#[from] crate::import::ReadError),
    /// A line of the library's file is not a fact-check (edited by hand, or damaged).
    #[error("{path}, line {line}, is not a fact-check: {reason}")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// What the JSON reader said.
        reason: String,
    },
    /// A folder given to `library add` is not a folder.
    #[error("{0} is not a folder of reviews")]
    NotAFolder(PathBuf),
    /// A file of the library folder other than the imported fact-checks is damaged.
    #[error("{path} is damaged: {reason}")]
    DamagedFile {
        /// The file.
        path: PathBuf,
        /// What the JSON reader said.
        reason: String,
    },
    /// A file given to import was refused.
    #[error(transparent)]
    File(#[from] FactCheckFileError),
    /// The library could not be written.
    #[error(transparent)]
    Save(#[from] crate::store::SaveError),
    /// The search index could not be made.
    #[error(transparent)]
    Index(#[from] IndexError),
}

/// The library folder: `explicit` (`--library`), else `$SANAD_LIBRARY`, else `library` in
/// the user's data folder (`~/.local/share/sanad/library` on Linux).
pub fn library_dir(explicit: Option<&Path>) -> Result<PathBuf, LibraryError> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os("SANAD_LIBRARY").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "sanad")
        .map(|dirs| dirs.data_dir().join("library"))
        .ok_or(LibraryError::NoFolder)
}

/// The SHA-256 of no bytes: the hash of a file that is not there yet.
fn hash_of_nothing() -> String {
    crate::model::sha256_hex_bytes(b"")
}

/// The imported fact-checks of the folder `dir` and the SHA-256 of the file they were read
/// from (of no bytes when there is none yet).
pub(super) fn read_imported(dir: &Path) -> Result<(FactChecks, String), LibraryError> {
    let path = dir.join(IMPORTED_FILE);
    let mut library = FactChecks::default();
    if !path.exists() {
        return Ok((library, hash_of_nothing()));
    }
    let bytes = crate::import::read_limited(&path, super::MAX_FILE_BYTES)?;
    for (at, line) in String::from_utf8_lossy(&bytes).lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let fact_check: FactCheck =
            serde_json::from_str(line).map_err(|e| LibraryError::Damaged {
                path: path.clone(),
                line: at + 1,
                reason: e.to_string(),
            })?;
        library.upsert(fact_check);
    }
    Ok((library, crate::model::sha256_hex_bytes(&bytes)))
}

/// Write `library` to the folder `dir`, replacing its file crash-safely; the SHA-256 of
/// what was written.
pub(super) fn save_imported(dir: &Path, library: &FactChecks) -> Result<String, LibraryError> {
    let mut out = String::new();
    for fact_check in library.items() {
        // A struct of strings always serialises.
        if let Ok(line) = serde_json::to_string(fact_check) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    crate::store::write_atomically_without_backup(&dir.join(IMPORTED_FILE), out.as_bytes())?;
    Ok(crate::model::sha256_hex_bytes(out.as_bytes()))
}

/// The registered review folders of the library folder `dir` (none before the first
/// `library add`).
pub(super) fn read_folders(dir: &Path) -> Result<Vec<Folder>, LibraryError> {
    let path = dir.join(FOLDERS_FILE);
    if !path.exists() {
        return Ok(Vec::new());
    }
    let bytes = crate::import::read_limited(&path, super::MAX_FILE_BYTES)?;
    serde_json::from_slice(&bytes).map_err(|e| LibraryError::DamagedFile {
        path,
        reason: e.to_string(),
    })
}

/// Write the registered review folders to the library folder `dir`.
pub(super) fn save_folders(dir: &Path, folders: &[Folder]) -> Result<(), LibraryError> {
    let text = serde_json::to_string_pretty(folders).unwrap_or_else(|_| "[]".into());
    crate::store::write_atomically_without_backup(&dir.join(FOLDERS_FILE), text.as_bytes())?;
    Ok(())
}

/// What the last scan of the review folders found. A damaged or missing file is an empty
/// one: it is a cache, and the next scan reads the reviews again.
pub(super) fn read_scanned(dir: &Path) -> Scanned {
    let bytes = crate::import::read_limited(&dir.join(SCANNED_FILE), super::MAX_FILE_BYTES)
        .unwrap_or_default();
    let mut scanned = Scanned::new();
    for line in String::from_utf8_lossy(&bytes).lines() {
        match serde_json::from_str::<ScannedFile>(line) {
            Ok(file) => {
                scanned.insert(file.path.clone(), file);
            }
            Err(_) => return Scanned::new(),
        }
    }
    scanned
}

/// What a scan found as the library keeps it: one JSON object a line, in path order. (A
/// review whose path is not UTF-8 cannot be written in JSON and is left out.)
pub(super) fn encode_scanned(scanned: &Scanned) -> String {
    let mut out = String::new();
    for file in scanned.values() {
        if let Ok(line) = serde_json::to_string(file) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// Write what a scan found to the library folder `dir`.
pub(super) fn save_scanned(dir: &Path, scanned: &Scanned) -> Result<(), LibraryError> {
    let text = encode_scanned(scanned);
    crate::store::write_atomically_without_backup(&dir.join(SCANNED_FILE), text.as_bytes())?;
    Ok(())
}

/// The stamp of an index made from the imported file and the scan whose hashes are given.
pub(super) fn stamp_of(imported: &str, scanned: &str) -> String {
    crate::model::sha256_hex(&format!("{imported}\n{scanned}"))
}

/// The folder `dir`, made if missing, locked against other Sanads writing the library at
/// once (two imports would otherwise each save the library without the other's additions).
pub(super) fn locked(dir: &Path) -> Result<crate::store::FileLock, LibraryError> {
    std::fs::create_dir_all(dir).map_err(|source| crate::store::SaveError::Io {
        step: "create the library folder",
        path: dir.to_path_buf(),
        source,
    })?;
    Ok(crate::store::FileLock::acquire(&dir.join(IMPORTED_FILE))?)
}

/// The index kept in `dir`, when it was made from what `stamp` stamps.
pub(super) fn kept_index(dir: &Path, stamp: &str) -> Option<FactCheckIndex> {
    let kept = std::fs::read_to_string(dir.join(INDEX_STAMP)).ok()?;
    if kept.trim() != stamp {
        return None;
    }
    FactCheckIndex::opened_in(&dir.join(INDEX_DIR)).ok()
}

/// Make the index of `entries` in the folder `dir` again, stamped with `stamp`. The stamp
/// goes first, then the index, then the stamp again: an index interrupted halfway is never
/// taken for a finished one. The caller holds the folder's lock.
pub(super) fn remake_index<'a>(
    dir: &Path,
    entries: impl IntoIterator<Item = &'a FactCheck>,
    stamp: &str,
) -> Result<FactCheckIndex, LibraryError> {
    let stamp_path = dir.join(INDEX_STAMP);
    crate::store::write_atomically_without_backup(&stamp_path, b"making\n")?;
    let index = FactCheckIndex::made_in(&dir.join(INDEX_DIR), entries)?;
    crate::store::write_atomically_without_backup(&stamp_path, format!("{stamp}\n").as_bytes())?;
    Ok(index)
}
