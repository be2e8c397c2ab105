//! Crash-safe replacement of a file: the target is always either the complete old version
//! or the complete new one, and the old one is kept as `NAME.bak`.
//!
//! Only a regular file that is not read-only is ever replaced; a symbolic link is written
//! through (the file it points to is replaced, keeping its permissions, and the link stays).

use super::SaveError;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// Where a test may make a save fail, to prove the target survives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FailPoint {
    None,
    AfterTempWrite,
    AfterBackup,
}

/// Replace `path` with `bytes`: write a temporary file beside it, flush it to disk, copy the
/// current file to `NAME.bak`, then rename the temporary file over the target.
///
/// Rename within one directory is atomic on every file system we support, so a crash at any
/// moment leaves either the old or the new file, never a mix.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_with_fail_point(path, FailPoint::None, true, write_bytes(bytes))
}

/// Like [`write_atomically`] but without the `.bak` copy: for files that are not the
/// user's (git's temporary merge files), where a backup would be litter.
pub fn write_atomically_without_backup(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_with_fail_point(path, FailPoint::None, false, write_bytes(bytes))
}

/// Like [`write_atomically`], with the file's bytes written by `write` into the temporary
/// file as they are made (a long review's text is written a few megabytes at a time, never
/// held whole). When `write` fails, nothing is replaced and the temporary file is removed.
/// Without the `.bak` copy when `backup` is false.
pub fn write_streamed_atomically(
    path: &Path,
    backup: bool,
    write: impl FnOnce(&mut TempFile) -> Result<(), SaveError>,
) -> Result<(), SaveError> {
    write_with_fail_point(path, FailPoint::None, backup, write)
}

fn write_with_fail_point(
    path: &Path,
    fail: FailPoint,
    backup: bool,
    write: impl FnOnce(&mut TempFile) -> Result<(), SaveError>,
) -> Result<(), SaveError> {
    // A link is written through: the file it points to is replaced, the link stays.
    let path = &resolve_links(path)?;
    let existing = check_target(path)?;
    let temp = temporary_sibling(path);
    let result = (|| {
        write_synced(&temp, existing.as_ref(), FLUSH_EVERY, write)?;
        if fail == FailPoint::AfterTempWrite {
            return Err(injected(&temp));
        }
        if backup && existing.is_some() {
            keep_backup(path)?;
        }
        if fail == FailPoint::AfterBackup {
            return Err(injected(&temp));
        }
        fs::rename(&temp, path).map_err(io("rename", path))?;
        sync_parent(path);
        Ok(())
    })();
    if result.is_err() {
        // Best effort: a leftover temporary file is harmless, the target is what matters.
        let _ = fs::remove_file(&temp);
    }
    result
}

/// `bytes` written to a temporary file by [`write_with_fail_point`].
fn write_bytes(bytes: &[u8]) -> impl FnOnce(&mut TempFile) -> Result<(), SaveError> + '_ {
    move |temp| temp.write(bytes)
}

/// How many links [`resolve_links`] follows before giving up (Linux's own limit).
const MAX_LINKS: usize = 40;

/// The file `path` finally names once every symbolic link on it is followed; `path` itself
/// when it is not a link or does not exist yet. A dangling link resolves to where it points,
/// so saving creates the file the link was made for.
pub(crate) fn resolve_links(path: &Path) -> Result<PathBuf, SaveError> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current).map_err(io("follow the link", &current))?;
                current = match current.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(SaveError::Refused {
        path: path.to_path_buf(),
        reason: "its symbolic links go round in a loop".into(),
    })
}

/// The metadata of the file a save would replace (`None` when there is none yet), once it
/// is known to be one Sanad may replace: a regular file that is not read-only. A device, a
/// FIFO or a directory is never replaced by a regular file, and a read-only file keeps its
/// content even where the folder would let a rename through (as it does for root).
pub(crate) fn check_target(path: &Path) -> Result<Option<fs::Metadata>, SaveError> {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io("look at", path)(e)),
    };
    if !meta.is_file() {
        return Err(SaveError::Refused {
            path: path.to_path_buf(),
            reason: format!(
                "it is {}, and only regular files are replaced",
                crate::import::file_kind(&meta.file_type())
            ),
        });
    }
    if meta.permissions().readonly() {
        return Err(SaveError::Refused {
            path: path.to_path_buf(),
            reason: "it is read-only".into(),
        });
    }
    Ok(Some(meta))
}

/// The longest file name most file systems take, in bytes.
const MAX_NAME_BYTES: usize = 255;

/// `prefix` + the file name of `path` + `suffix`, in the same folder (same folder, so that a
/// rename is atomic). A name that would be too long for the file system keeps only the start
/// of the file name, followed by a hash of the whole of it, so that it stays unique.
pub(crate) fn sibling(path: &Path, prefix: &str, suffix: &str) -> PathBuf {
    let name = path.file_name().unwrap_or_default();
    if prefix.len() + name.len() + suffix.len() <= MAX_NAME_BYTES {
        let mut full = std::ffi::OsString::from(prefix);
        full.push(name);
        full.push(suffix);
        return path.with_file_name(full);
    }
    let lossy = name.to_string_lossy();
    let hash = crate::model::sha256_hex(&lossy);
    let room = MAX_NAME_BYTES.saturating_sub(prefix.len() + suffix.len() + 9);
    let mut cut = room.min(lossy.len());
    while !lossy.is_char_boundary(cut) {
        cut -= 1;
    }
    path.with_file_name(format!("{prefix}{}~{}{suffix}", &lossy[..cut], &hash[..8]))
}

/// A fresh temporary name beside `path`, short enough whatever the length of its name.
fn temporary_sibling(path: &Path) -> PathBuf {
    sibling(
        path,
        ".",
        &format!(".tmp-{}-{}", std::process::id(), next_serial()),
    )
}

/// The backup's path: `NAME.bak` beside `path`.
pub(crate) fn backup_path(path: &Path) -> PathBuf {
    sibling(path, "", ".bak")
}

fn next_serial() -> u32 {
    static SERIAL: AtomicU32 = AtomicU32::new(0);
    SERIAL.fetch_add(1, Ordering::Relaxed)
}

/// Create `temp` (never overwriting), let `write` fill it, and flush it to the disk. The new
/// file takes the permissions of the file it replaces when there is one, so a save does not
/// widen them.
fn write_synced(
    temp: &Path,
    replaced: Option<&fs::Metadata>,
    flush_every: u64,
    write: impl FnOnce(&mut TempFile) -> Result<(), SaveError>,
) -> Result<(), SaveError> {
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(temp)
        .map_err(io("create", temp))?;
    let mut temp_file = TempFile {
        file,
        path: temp,
        len: 0,
        flush_every: flush_every.max(1),
        flusher: None,
    };
    write(&mut temp_file)?;
    if let Some(meta) = replaced {
        let _ = temp_file.file.set_permissions(meta.permissions());
    }
    temp_file.finish()
}

/// After how many bytes a long file's data is flushed to the disk while the rest is still
/// being written, and again after as many more. A few megabytes: what is left to wait for
/// at the end is at most this much, and 4 MB rather than 16 MB took a twentieth off
/// `sanad new` on a long article (docs/measurements.md).
const FLUSH_EVERY: u64 = 4 * 1024 * 1024;

/// A file being written beside the one it will replace. A long one is flushed to the disk
/// as it grows, by a thread of its own, so that the disk writes most of it while the rest
/// is still being made: waiting for all 83 MB of a long review at the end was a quarter of
/// `sanad new`.
pub struct TempFile<'a> {
    file: File,
    path: &'a Path,
    len: u64,
    /// After how many bytes the flusher is asked again ([`FLUSH_EVERY`]).
    flush_every: u64,
    flusher: Option<Flusher>,
}

impl TempFile<'_> {
    /// Appends `bytes`.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), SaveError> {
        self.file.write_all(bytes).map_err(io("write", self.path))?;
        let before = self.len;
        self.len += bytes.len() as u64;
        if self.len / self.flush_every > before / self.flush_every {
            match &self.flusher {
                Some(flusher) => flusher.flush(),
                None => self.flusher = Flusher::start(&self.file),
            }
        }
        Ok(())
    }

    /// Writes `bytes` over those at `at`, which were written before: the file's length
    /// does not change.
    pub fn write_over(&mut self, at: u64, bytes: &[u8]) -> Result<(), SaveError> {
        use std::io::{Seek, SeekFrom};
        if at.saturating_add(bytes.len() as u64) > self.len {
            let past_end = std::io::Error::other("past the end of what was written");
            return Err(io("write", self.path)(past_end));
        }
        (self.file.seek(SeekFrom::Start(at)))
            .and_then(|_| self.file.write_all(bytes))
            .and_then(|_| self.file.seek(SeekFrom::End(0)))
            .map_err(io("write", self.path))?;
        Ok(())
    }

    /// Forgets what was written: the file is empty again.
    pub fn restart(&mut self) -> Result<(), SaveError> {
        use std::io::Seek;
        self.file.set_len(0).map_err(io("empty", self.path))?;
        self.file.rewind().map_err(io("empty", self.path))?;
        self.len = 0;
        Ok(())
    }

    /// Everything written flushed to the disk.
    fn finish(mut self) -> Result<(), SaveError> {
        if let Some(flusher) = &mut self.flusher {
            flusher.stop().map_err(io("flush", self.path))?;
        }
        self.file.sync_all().map_err(io("flush", self.path))
    }
}

/// A thread that flushes a file's data to the disk each time it is asked, while the file
/// is still being written; asking again while it flushes asks once more, never twice.
struct Flusher {
    ask: Option<std::sync::mpsc::SyncSender<()>>,
    thread: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl Flusher {
    /// A flusher of `file` that has been asked once; `None` when it cannot be started (the
    /// file is then flushed at the end only, as a short one is).
    fn start(file: &File) -> Option<Flusher> {
        let file = file.try_clone().ok()?;
        let (ask, asked) = std::sync::mpsc::sync_channel::<()>(1);
        let thread = std::thread::Builder::new()
            .name("flush".into())
            .spawn(move || {
                while asked.recv().is_ok() {
                    // Kept and reported at the end: after a failed flush, Linux may report
                    // the next one as a success though the data never reached the disk.
                    file.sync_data()?;
                }
                Ok(())
            })
            .ok()?;
        let flusher = Flusher {
            ask: Some(ask),
            thread: Some(thread),
        };
        flusher.flush();
        Some(flusher)
    }

    fn flush(&self) {
        if let Some(ask) = &self.ask {
            // Full: a flush is already waiting to start, and it will take these bytes too.
            let _ = ask.try_send(());
        }
    }

    /// Waits for the flush under way, if any; the first failure of any of its flushes.
    fn stop(&mut self) -> std::io::Result<()> {
        // Hanging up ends the thread once its flush is done.
        self.ask = None;
        match self.thread.take().map(|thread| thread.join()) {
            Some(Ok(outcome)) => outcome,
            Some(Err(_)) => Err(std::io::Error::other("the flushing thread failed")),
            None => Ok(()),
        }
    }
}

impl Drop for Flusher {
    fn drop(&mut self) {
        // Stopped without being asked how it went: the write already failed.
        let _ = self.stop();
    }
}

/// Copy the current target to `NAME.bak`, itself through a temporary file and a rename, so
/// a crash never leaves a half-written backup either.
fn keep_backup(path: &Path) -> Result<(), SaveError> {
    let backup = backup_path(path);
    let temp = temporary_sibling(&backup);
    let result = (|| {
        let current = fs::read(path).map_err(io("read", path))?;
        let meta = fs::metadata(path).ok();
        write_synced(&temp, meta.as_ref(), FLUSH_EVERY, write_bytes(&current))?;
        fs::rename(&temp, &backup).map_err(io("rename", &backup))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Flush the directory entry of `path` so the rename itself survives a power cut.
fn sync_parent(path: &Path) {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Directories cannot be opened for syncing on every platform; the rename is already done.
    if let Ok(dir) = File::open(parent) {
        let _ = dir.sync_all();
    }
}

fn io<'a>(step: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> SaveError + 'a {
    move |source| SaveError::Io {
        step,
        path: path.to_path_buf(),
        source,
    }
}

fn injected(path: &Path) -> SaveError {
    SaveError::Io {
        step: "finish",
        path: path.to_path_buf(),
        source: std::io::Error::other("injected failure"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".tmp-"))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_save_keeps_the_previous_version_as_bak() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.sanad");
        write_atomically(&path, b"one").unwrap();
        assert!(!backup_path(&path).exists());
        write_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"one");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn pieces_are_written_in_order_as_one_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.sanad");
        write_atomically(&path, b"old").unwrap();
        write_streamed_atomically(&path, false, |temp| {
            for piece in [&b"one "[..], b"", b"two"] {
                temp.write(piece)?;
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one two");
        assert!(!backup_path(&path).exists());
        write_streamed_atomically(&path, true, |temp| temp.write(b"three")).unwrap();
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"one two");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_long_file_flushed_as_it_grows_is_written_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long");
        let pieces: Vec<Vec<u8>> = (0..40u8).map(|k| vec![k; 1000 + k as usize]).collect();
        write_synced(&path, None, 3000, |temp| {
            for piece in &pieces {
                temp.write(piece)?;
            }
            assert!(temp.flusher.is_some(), "asked to flush as it grew");
            Ok(())
        })
        .unwrap();
        assert_eq!(fs::read(&path).unwrap(), pieces.concat());
        // Started again: only what comes after counts.
        let again = dir.path().join("again");
        write_synced(&again, None, 3000, |temp| {
            temp.write(&pieces.concat())?;
            temp.restart()?;
            assert_eq!(temp.len, 0);
            temp.write(b"short")
        })
        .unwrap();
        assert_eq!(fs::read(&again).unwrap(), b"short");
    }

    #[test]
    fn bytes_written_over_replace_their_place_and_writing_goes_on_at_the_end() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("over");
        write_synced(&path, None, 4, |temp| {
            temp.write(b"next: 0000, then")?;
            temp.write_over(6, b"1234")?;
            temp.write(b" more")?;
            // Past the end: refused, the file as it was.
            assert!(temp.write_over(18, b"4567").is_err());
            assert!(temp.write_over(u64::MAX, b"1").is_err());
            temp.write_over(0, b"")
        })
        .unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"next: 1234, then more");
    }

    #[test]
    fn a_failure_after_the_temp_write_leaves_original_and_bak_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.sanad");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        // Failing after the temp write: nothing else has been touched yet.
        assert!(
            write_with_fail_point(
                &path,
                FailPoint::AfterTempWrite,
                true,
                write_bytes(b"three")
            )
            .is_err()
        );
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"one");
        assert!(leftovers(dir.path()).is_empty());
        // Failing after the backup: the backup is the current version, whole.
        assert!(
            write_with_fail_point(&path, FailPoint::AfterBackup, true, write_bytes(b"three"))
                .is_err()
        );
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"two");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_failed_first_save_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.sanad");
        assert!(
            write_with_fail_point(&path, FailPoint::AfterTempWrite, true, write_bytes(b"x"))
                .is_err()
        );
        assert!(!path.exists());
        assert!(!backup_path(&path).exists());
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_missing_directory_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/dir/r.sanad");
        let err = write_atomically(&path, b"x").unwrap_err();
        assert!(err.to_string().contains("could not create"), "{err}");
    }
}
