//! One writer at a time: an advisory lock held around a review's read-modify-write, so that
//! two `sanad set` (or a window and a script) saving the same file at once each see the
//! other's change instead of one silently dropping it.
//!
//! The lock is never taken on the review itself: a save replaces the review by a rename,
//! which would leave a waiting writer holding a lock on the old, replaced file. On Unix it
//! is taken on the folder that holds the review (nothing is left beside the review, and a
//! folder is never replaced); elsewhere, where a folder cannot be opened, on an empty file
//! beside it (`.NAME.lock`), which is left in place: deleting it would let two writers lock
//! two different files of the same name.

use super::SaveError;
#[cfg(not(unix))]
use std::fs::OpenOptions;
use std::fs::{File, TryLockError};
use std::path::Path;
use std::time::{Duration, Instant};

/// How long a writer waits for another to finish. A save of the largest review takes well
/// under a second; a lock held for longer belongs to something stuck, and the user is told.
const WAIT: Duration = Duration::from_secs(20);

/// An exclusive lock on a review file, released when dropped.
#[derive(Debug)]
pub struct FileLock {
    _file: File,
}

impl FileLock {
    /// Wait (at most 20 seconds) until no other Sanad holds the lock on `path`, then hold it.
    /// A link is followed first, so that every name of one file shares one lock.
    pub fn acquire(path: &Path) -> Result<FileLock, SaveError> {
        let target = super::atomic::resolve_links(path)?;
        let (file, lock_path) = open_lock(&target)?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(FileLock { _file: file }),
                Err(TryLockError::WouldBlock) if started.elapsed() < WAIT => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(TryLockError::WouldBlock) => return Err(SaveError::Busy(target)),
                Err(TryLockError::Error(source)) => {
                    return Err(SaveError::Io {
                        step: "lock",
                        path: lock_path,
                        source,
                    });
                }
            }
        }
    }
}

/// The file whose lock stands for the lock of `target`: its folder.
#[cfg(unix)]
fn open_lock(target: &Path) -> Result<(File, std::path::PathBuf), SaveError> {
    let folder = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let file = File::open(&folder).map_err(|source| SaveError::Io {
        step: "open the folder of",
        path: target.to_path_buf(),
        source,
    })?;
    Ok((file, folder))
}

/// The file whose lock stands for the lock of `target`: `.NAME.lock` beside it.
#[cfg(not(unix))]
fn open_lock(target: &Path) -> Result<(File, std::path::PathBuf), SaveError> {
    let lock_path = super::atomic::sibling(target, ".", ".lock");
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|source| SaveError::Io {
            step: "create the lock file",
            path: lock_path.clone(),
            source,
        })?;
    Ok((file, lock_path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.sanad");
        let first = FileLock::acquire(&path).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let waiter = {
            let path = path.clone();
            std::thread::spawn(move || {
                let _second = FileLock::acquire(&path).unwrap();
                tx.send(()).unwrap();
            })
        };
        assert!(rx.recv_timeout(Duration::from_millis(200)).is_err());
        drop(first);
        rx.recv_timeout(Duration::from_secs(10)).unwrap();
        waiter.join().unwrap();
        #[cfg(unix)]
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "nothing left behind"
        );
    }
}
