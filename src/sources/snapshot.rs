//! The snapshot folder beside a review (`NAME.sanad.sources/`): each archived page as two
//! files named by the SHA-256 of the bytes received, `HASH.zst` (those bytes, compressed
//! with zstd) and `HASH.txt` (the text extracted from them). A name depends only on the
//! content, so two reviews citing the same page hold the same files and git stores them
//! once; a file is written once and never changed. A missing or altered file is reported,
//! never fatal.

use crate::store::write_atomically_without_backup;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The compression level: the pages are small and archiving should not wait on zstd.
const LEVEL: i32 = 9;

/// The snapshot folder of one review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotFolder {
    dir: PathBuf,
}

/// What is on disk for one snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SnapshotState {
    /// Both files are there and the bytes match their hash.
    Intact,
    /// No file under that hash.
    Missing,
    /// The bytes no longer match the hash, or a file cannot be read (damaged or altered).
    Damaged,
}

/// Why a snapshot could not be written.
#[derive(Debug, thiserror::Error)]
#[error("could not write the snapshot in {}: {reason}", dir.display())]
pub struct SnapshotError {
    /// The folder.
    pub dir: PathBuf,
    /// Why, in the operating system's words.
    pub reason: String,
}

/// Whether `hash` is a SHA-256 in lower-case hex: nothing else may become a file name (a
/// stranger's review could name `../../.bashrc`).
fn is_hash(hash: &str) -> bool {
    hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

impl SnapshotFolder {
    /// The folder beside the review at `review` (`r.sanad` → `r.sanad.sources`).
    pub fn beside(review: &Path) -> Self {
        let mut name = review.file_name().unwrap_or_default().to_os_string();
        name.push(".sources");
        Self {
            dir: review.with_file_name(name),
        }
    }

    /// The folder's path.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    fn file(&self, hash: &str, extension: &str) -> Option<PathBuf> {
        is_hash(hash).then(|| self.dir.join(format!("{hash}.{extension}")))
    }

    /// Keep `bytes` (whose SHA-256 is `hash`) and the `text` extracted from them. A snapshot
    /// already there is left as it is.
    pub fn store(&self, hash: &str, bytes: &[u8], text: &str) -> Result<(), SnapshotError> {
        let error = |reason: &dyn std::fmt::Display| SnapshotError {
            dir: self.dir.clone(),
            reason: reason.to_string(),
        };
        let (Some(body), Some(text_file)) = (self.file(hash, "zst"), self.file(hash, "txt")) else {
            return Err(error(&"not a SHA-256 hash"));
        };
        // A review from a stranger may come with links in or for its folder: a snapshot is
        // written only into a real folder, as a real file, never through a link.
        if is_link(&self.dir) {
            return Err(error(&"the snapshot folder is a symbolic link"));
        }
        std::fs::create_dir_all(&self.dir).map_err(|e| error(&e))?;
        for path in [&body, &text_file] {
            if is_link(path) {
                std::fs::remove_file(path).map_err(|e| error(&e))?;
            }
        }
        if self.state(hash) == SnapshotState::Intact {
            return Ok(());
        }
        let compressed = zstd::bulk::compress(bytes, LEVEL).map_err(|e| error(&e))?;
        // The text first: a snapshot is looked for by its bytes' file.
        write_atomically_without_backup(&text_file, text.as_bytes()).map_err(|e| error(&e))?;
        write_atomically_without_backup(&body, &compressed).map_err(|e| error(&e))?;
        Ok(())
    }

    /// The bytes kept under `hash`, read back and checked against it; `limit` bounds what
    /// a damaged or hostile file can make Sanad decompress.
    pub fn bytes(&self, hash: &str, limit: u64) -> Option<Vec<u8>> {
        let file = std::fs::File::open(self.file(hash, "zst")?).ok()?;
        let mut bytes = Vec::new();
        zstd::stream::Decoder::new(file)
            .ok()?
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .ok()?;
        (bytes.len() as u64 <= limit && crate::model::sha256_hex_bytes(&bytes) == hash)
            .then_some(bytes)
    }

    /// The text extracted from the page kept under `hash`.
    pub fn text(&self, hash: &str) -> Option<String> {
        let path = self.file(hash, "txt")?;
        let bytes = crate::import::read_limited(&path, crate::import::MAX_ARTICLE_BYTES).ok()?;
        String::from_utf8(bytes).ok()
    }

    /// Whether the snapshot under `hash` is there and unaltered.
    pub fn state(&self, hash: &str) -> SnapshotState {
        let (Some(body), Some(text)) = (self.file(hash, "zst"), self.file(hash, "txt")) else {
            return SnapshotState::Damaged;
        };
        if !body.exists() && !text.exists() {
            return SnapshotState::Missing;
        }
        if self.bytes(hash, crate::import::MAX_ARTICLE_BYTES).is_some() && self.text(hash).is_some()
        {
            SnapshotState::Intact
        } else {
            SnapshotState::Damaged
        }
    }
}

/// Whether `path` is a symbolic link (not followed).
fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_reads_back_and_an_altered_one_is_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let folder = SnapshotFolder::beside(&dir.path().join("r.sanad"));
        assert_eq!(folder.path(), dir.path().join("r.sanad.sources"));
        let bytes = b"<p>The page</p>";
        let hash = crate::model::sha256_hex_bytes(bytes);
        assert_eq!(folder.state(&hash), SnapshotState::Missing);
        folder.store(&hash, bytes, "The page").unwrap();
        assert_eq!(folder.state(&hash), SnapshotState::Intact);
        assert_eq!(folder.bytes(&hash, 1000).unwrap(), bytes);
        assert_eq!(folder.text(&hash).unwrap(), "The page");
        // Stored again: nothing changes.
        folder.store(&hash, bytes, "The page").unwrap();
        let other = zstd::bulk::compress(b"<p>Another page</p>", 3).unwrap();
        std::fs::write(folder.path().join(format!("{hash}.zst")), other).unwrap();
        assert_eq!(folder.state(&hash), SnapshotState::Damaged);
        std::fs::write(folder.path().join(format!("{hash}.zst")), b"not zstd").unwrap();
        assert_eq!(folder.state(&hash), SnapshotState::Damaged);
    }

    #[cfg(unix)]
    #[test]
    fn a_snapshot_is_never_written_through_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "keep me").unwrap();
        let folder = SnapshotFolder::beside(&dir.path().join("r.sanad"));
        std::fs::create_dir_all(folder.path()).unwrap();
        let bytes = b"<p>page</p>";
        let hash = crate::model::sha256_hex_bytes(bytes);
        std::os::unix::fs::symlink(&victim, folder.path().join(format!("{hash}.txt"))).unwrap();
        folder.store(&hash, bytes, "page").unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
        assert_eq!(folder.text(&hash).unwrap(), "page");
        // A folder that is a link is refused.
        let other = SnapshotFolder::beside(&dir.path().join("s.sanad"));
        std::os::unix::fs::symlink(dir.path(), other.path()).unwrap();
        assert!(other.store(&hash, bytes, "page").is_err());
    }

    #[test]
    fn only_hashes_become_file_names() {
        let dir = tempfile::tempdir().unwrap();
        let folder = SnapshotFolder::beside(&dir.path().join("r.sanad"));
        for hash in ["../../x", "ABC", "", &"g".repeat(64)] {
            assert_eq!(folder.state(hash), SnapshotState::Damaged, "{hash}");
            assert!(folder.store(hash, b"x", "x").is_err());
        }
        assert!(!folder.path().exists());
    }
}
