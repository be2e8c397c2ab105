//! One window per review: a lock file beside the review (`.NAME.open`) says which Sanad
//! has it open, so that a second window on the same file is refused — and the first one
//! asked to come forward — instead of two windows overwriting each other's edits.
//!
//! The lock file holds the owner's process id, host, reviewer and start time, for the
//! message the second window shows. Whether the owner still runs is decided by the
//! operating system, not by the text: the owner keeps an advisory lock on the lock file
//! for as long as it has the review open, and the system drops that lock when the process
//! ends, however it ends. A lock file nobody holds was left by a process that crashed or
//! was killed; its process id says which, and it is taken over. Where the file system
//! cannot lock files, the process id decides: a process of that id still running on this
//! host keeps the review, any other record is stale.
//!
//! A second Sanad asks the owner to come forward by creating `.NAME.raise` beside the
//! review; the owner looks for it twice a second on a thread of its own (no repaints while
//! nothing happens) and removes it when it has answered.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The most of a lock file that is read: a stranger's huge file is not ours to read whole.
const MAX_RECORD_BYTES: u64 = 4096;

/// How often the owner looks for a request to come forward.
const WATCH_EVERY: Duration = Duration::from_millis(500);

/// Who has a review open, as its lock file says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Holder {
    /// The owner's process id, when the file names one.
    pub pid: Option<u32>,
    /// The host it runs on ("" when unknown).
    pub host: String,
    /// The reviewer's name in that window ("" when unknown).
    pub reviewer: String,
    /// When it opened the review (RFC 3339, "" when unknown).
    pub since: String,
}

/// Why a review could not be taken for this window.
#[derive(Debug, thiserror::Error)]
pub enum OpenLockError {
    /// Another running Sanad has the review open.
    #[error("{} is already open in another Sanad window{}", review.display(), holder.process_note())]
    Held {
        /// The review.
        review: PathBuf,
        /// Who has it.
        holder: Holder,
    },
    /// The lock file could not be made or read.
    #[error("could not {step} {}: {source}", path.display())]
    Io {
        /// What we were doing.
        step: &'static str,
        /// The lock file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
}

impl Holder {
    /// " (process 123 on host)", or nothing when the record names no process: for
    /// English messages.
    pub fn process_note(&self) -> String {
        match self.pid {
            Some(pid) if self.host.is_empty() => format!(" (process {pid})"),
            Some(pid) => format!(" (process {pid} on {})", self.host),
            None => String::new(),
        }
    }
}

/// This window's hold on a review, released (and its lock file removed) when dropped.
#[derive(Debug)]
pub struct OpenLock {
    file: Option<File>,
    lock_path: PathBuf,
    raise_path: PathBuf,
    /// Set by the watcher when another Sanad asked this one to come forward.
    raise_asked: Arc<AtomicBool>,
    /// Tells the watcher to stop.
    stop: Arc<AtomicBool>,
    /// Whether the watcher was started.
    watching: AtomicBool,
    /// The record of a crashed owner this lock replaced, if any.
    taken_over: Option<Holder>,
}

impl OpenLock {
    /// Take `review` for this window, as `reviewer`; refused while another running Sanad
    /// has it open. A lock left by a process that no longer runs is taken over (see
    /// [`OpenLock::take_taken_over`]). Links are followed, so every name of a file shares one lock.
    pub fn acquire(review: &Path, reviewer: &str) -> Result<OpenLock, OpenLockError> {
        let target = super::atomic::resolve_links(review).unwrap_or_else(|_| review.into());
        let lock_path = lock_path(&target);
        let raise_path = super::atomic::sibling(&target, ".", ".raise");
        let io = |step, source| OpenLockError::Io {
            step,
            path: lock_path.clone(),
            source,
        };
        // The owner removes its lock file as it closes: a file opened just before that is
        // no longer the one at the path, and is opened again.
        for _ in 0..3 {
            let mut file =
                open_regular(&lock_path, true).map_err(|e| io("create the lock file", e))?;
            let previous = read_record(&mut file);
            let locked = match file.try_lock() {
                Ok(()) => true,
                Err(TryLockError::WouldBlock) => {
                    return Err(OpenLockError::Held {
                        review: review.to_path_buf(),
                        holder: previous,
                    });
                }
                // No locks on this file system: the process id decides.
                Err(TryLockError::Error(_)) => {
                    if previous.pid.is_some() && holder_runs(&previous) {
                        return Err(OpenLockError::Held {
                            review: review.to_path_buf(),
                            holder: previous,
                        });
                    }
                    false
                }
            };
            if locked && !same_file(&file, &lock_path) {
                continue;
            }
            write_record(&mut file, reviewer).map_err(|e| io("write the lock file", e))?;
            let taken_over = previous.pid.is_some().then_some(previous);
            let raise_asked = Arc::new(AtomicBool::new(false));
            let stop = Arc::new(AtomicBool::new(false));
            // A request left from before is not for this window.
            let _ = fs::remove_file(&raise_path);
            return Ok(OpenLock {
                file: Some(file),
                lock_path,
                raise_path,
                raise_asked,
                stop,
                watching: AtomicBool::new(false),
                taken_over,
            });
        }
        Err(io(
            "hold the lock file",
            std::io::Error::other("it kept being replaced"),
        ))
    }

    /// The record of the process that had the review open and no longer runs, when this
    /// lock took its place; given once, for the message that says so.
    pub fn take_taken_over(&mut self) -> Option<Holder> {
        self.taken_over.take()
    }

    /// Watch for another Sanad asking this one to come forward: `wake` is called (from
    /// the watching thread) when one does, and [`OpenLock::take_raise_request`] says so.
    /// Only the first call starts watching.
    pub fn watch(&self, wake: impl Fn() + Send + 'static) {
        if self.watching.swap(true, Ordering::Relaxed) {
            return;
        }
        let raise_path = self.raise_path.clone();
        let asked = Arc::clone(&self.raise_asked);
        let stop = Arc::clone(&self.stop);
        let spawned = std::thread::Builder::new()
            .name("sanad-open-lock".into())
            .spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    if raise_path.exists() {
                        // Asked before the request is removed: the asker takes its removal
                        // as the answer, and may look at this window at once (a test did,
                        // and once found the flag not yet set).
                        asked.store(true, Ordering::SeqCst);
                        let _ = fs::remove_file(&raise_path);
                        wake();
                    }
                    std::thread::sleep(WATCH_EVERY);
                }
            });
        // Without the thread the window still works; it only cannot be called forward.
        drop(spawned);
    }

    /// Whether this is the lock of the review at `review` (under any of its names).
    pub fn is_for(&self, review: &Path) -> bool {
        let target = super::atomic::resolve_links(review).unwrap_or_else(|_| review.into());
        lock_path(&target) == self.lock_path
    }

    /// Whether another Sanad asked this window to come forward since the last call.
    pub fn take_raise_request(&self) -> bool {
        self.raise_asked.swap(false, Ordering::SeqCst)
    }
}

impl Drop for OpenLock {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Removed while still locked, so that nobody locks the file about to disappear.
        let _ = fs::remove_file(&self.lock_path);
        drop(self.file.take());
    }
}

/// Who has `review` open in another running Sanad, if anyone; looks without taking or
/// making anything (a review nobody has open has no lock file).
pub fn holder(review: &Path) -> Option<Holder> {
    let target = super::atomic::resolve_links(review).unwrap_or_else(|_| review.into());
    let mut file = open_regular(&lock_path(&target), false).ok()?;
    let record = read_record(&mut file);
    match file.try_lock() {
        Err(TryLockError::WouldBlock) => Some(record),
        Err(TryLockError::Error(_)) if holder_runs(&record) => Some(record),
        // Dropping the file lets go of the lock just taken to look.
        _ => None,
    }
}

/// Ask the Sanad that has `review` open to come forward, without waiting for it; the path
/// of the request, when it could be made.
pub fn request_to_come_forward(review: &Path) -> Option<PathBuf> {
    let target = super::atomic::resolve_links(review).unwrap_or_else(|_| review.into());
    let raise_path = super::atomic::sibling(&target, ".", ".raise");
    let mut file = open_regular(&raise_path, true).ok()?;
    file.set_len(0).ok()?;
    file.write_all(std::process::id().to_string().as_bytes())
        .ok()?;
    Some(raise_path)
}

/// Ask the Sanad that has `review` open to come forward, and wait up to `wait` for it to
/// answer; whether it did.
pub fn ask_to_come_forward(review: &Path, wait: Duration) -> bool {
    let Some(raise_path) = request_to_come_forward(review) else {
        return false;
    };
    let started = Instant::now();
    while started.elapsed() < wait {
        if !raise_path.exists() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // Nobody answered: the request is withdrawn rather than left for a later window.
    let _ = fs::remove_file(&raise_path);
    false
}

/// The lock file of the review at `target`: `.NAME.open` beside it.
pub fn lock_path(target: &Path) -> PathBuf {
    super::atomic::sibling(target, ".", ".open")
}

/// `path` opened to read and write (made when `create`), only as a regular file of its
/// own: never through a link (a stranger's folder could point `.NAME.open` at any file,
/// which the record would overwrite), and never waiting on a FIFO.
fn open_regular(path: &Path, create: bool) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options
        .read(true)
        .write(true)
        .create(create)
        .truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(std::io::Error::other("it is a link"));
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other("it is not a regular file"));
    }
    Ok(file)
}

/// Whether the lock file open as `file` is still the one at `path`.
fn same_file(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        path.exists()
    }
}

/// The record in a lock file (empty when the file is new or unreadable).
fn read_record(file: &mut File) -> Holder {
    let mut text = String::new();
    let _ = Read::by_ref(file)
        .take(MAX_RECORD_BYTES)
        .read_to_string(&mut text);
    parse_record(&text)
}

/// `pid 123`, `host name`, `reviewer name`, `since time`, one per line; anything else is
/// passed over.
fn parse_record(text: &str) -> Holder {
    let mut holder = Holder::default();
    for line in text.lines() {
        let (key, value) = line.split_once(' ').unwrap_or((line, ""));
        let value = value.trim().to_string();
        match key {
            "pid" => holder.pid = value.parse().ok(),
            "host" => holder.host = value,
            "reviewer" => holder.reviewer = value,
            "since" => holder.since = value,
            _ => {}
        }
    }
    holder
}

fn write_record(file: &mut File, reviewer: &str) -> std::io::Result<()> {
    // One line per field: a name with a line break must not make a second field.
    let reviewer = reviewer.replace(['\n', '\r'], " ");
    let record = format!(
        "pid {}\nhost {}\nreviewer {reviewer}\nsince {}\n",
        std::process::id(),
        this_host(),
        chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    );
    file.set_len(0)?;
    file.rewind()?;
    file.write_all(record.as_bytes())?;
    file.flush()
}

/// This machine's name, as records name it.
fn this_host() -> String {
    gethostname::gethostname()
        .to_string_lossy()
        .replace(['\n', '\r'], " ")
}

/// Whether the process a record names still runs: only knowable on this host, and only
/// where the system lists its processes; otherwise it is assumed to.
fn holder_runs(holder: &Holder) -> bool {
    let Some(pid) = holder.pid else {
        return false;
    };
    if !holder.host.is_empty() && holder.host != this_host() {
        return true;
    }
    if pid == std::process::id() {
        return false;
    }
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_read_back() {
        let holder =
            parse_record("pid 42\nhost desk-3\nreviewer Mona Ali\nsince 2026-12-03T10:00:00Z\n");
        assert_eq!(holder.pid, Some(42));
        assert_eq!(holder.host, "desk-3");
        assert_eq!(holder.reviewer, "Mona Ali");
        assert_eq!(holder.since, "2026-12-03T10:00:00Z");
        assert_eq!(parse_record("garbage\npid x\n"), Holder::default());
    }

    #[test]
    fn a_second_lock_on_one_review_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let review = dir.path().join("r.sanad");
        let mut first = OpenLock::acquire(&review, "mona").unwrap();
        assert!(first.take_taken_over().is_none());
        match OpenLock::acquire(&review, "omar") {
            Err(OpenLockError::Held { holder, .. }) => {
                assert_eq!(holder.pid, Some(std::process::id()));
                assert_eq!(holder.reviewer, "mona");
            }
            other => panic!("expected Held, got {other:?}"),
        }
        assert_eq!(holder(&review).map(|h| h.reviewer), Some("mona".into()));
        drop(first);
        assert!(!lock_path(&review).exists(), "the lock file is removed");
        assert_eq!(holder(&review), None);
        let mut second = OpenLock::acquire(&review, "omar").unwrap();
        assert!(second.take_taken_over().is_none());
    }

    #[test]
    fn a_lock_nobody_holds_is_taken_over_and_names_the_dead_process() {
        let dir = tempfile::tempdir().unwrap();
        let review = dir.path().join("r.sanad");
        // What a killed Sanad leaves: the record, with no process holding its lock.
        fs::write(lock_path(&review), "pid 4194000\nhost elsewhere-or-here\n").unwrap();
        assert_eq!(holder(&review), None, "nobody runs with it");
        let mut lock = OpenLock::acquire(&review, "mona").unwrap();
        assert_eq!(lock.take_taken_over().and_then(|h| h.pid), Some(4194000));
        assert_eq!(lock.take_taken_over(), None, "told once");
        let record = fs::read_to_string(lock_path(&review)).unwrap();
        assert!(record.starts_with(&format!("pid {}\n", std::process::id())));
    }

    #[test]
    fn a_request_to_come_forward_reaches_the_owner() {
        let dir = tempfile::tempdir().unwrap();
        let review = dir.path().join("r.sanad");
        let lock = OpenLock::acquire(&review, "mona").unwrap();
        assert!(lock.is_for(&review));
        assert!(!lock.is_for(&dir.path().join("other.sanad")));
        let (tx, rx) = std::sync::mpsc::channel();
        lock.watch(move || {
            let _ = tx.send(());
        });
        assert!(!lock.take_raise_request());
        assert!(ask_to_come_forward(&review, Duration::from_secs(10)));
        rx.recv_timeout(Duration::from_secs(10)).unwrap();
        assert!(lock.take_raise_request());
        assert!(!lock.take_raise_request(), "answered once");
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_or_special_lock_file_is_never_written_through_nor_waited_on() {
        let dir = tempfile::tempdir().unwrap();
        let review = dir.path().join("r.sanad");
        let outside = dir.path().join("precious.txt");
        fs::write(&outside, "keep me").unwrap();
        std::os::unix::fs::symlink(&outside, lock_path(&review)).unwrap();
        let raise = super::super::atomic::sibling(&review, ".", ".raise");
        std::os::unix::fs::symlink(&outside, &raise).unwrap();
        assert!(matches!(
            OpenLock::acquire(&review, "mona"),
            Err(OpenLockError::Io { .. })
        ));
        assert_eq!(holder(&review), None);
        assert!(!ask_to_come_forward(&review, Duration::from_millis(100)));
        assert_eq!(fs::read_to_string(&outside).unwrap(), "keep me");

        // A FIFO in its place: refused at once, never read from.
        let fifo = dir.path().join("f.sanad");
        let status = std::process::Command::new("mkfifo")
            .arg(lock_path(&fifo))
            .status();
        if status.is_ok_and(|s| s.success()) {
            assert!(OpenLock::acquire(&fifo, "mona").is_err());
            assert_eq!(holder(&fifo), None);
        }
    }

    #[test]
    fn nobody_answers_for_a_review_not_open() {
        let dir = tempfile::tempdir().unwrap();
        let review = dir.path().join("r.sanad");
        assert!(!ask_to_come_forward(&review, Duration::from_millis(200)));
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            0,
            "request withdrawn"
        );
    }
}
