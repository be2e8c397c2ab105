//! One window per review ([`crate::store::open_lock`]): the window holds the lock of the
//! review it has open, refuses a review another Sanad window has open (asking that window
//! to come forward), and comes forward itself when another one asks.

use super::SanadApp;
use super::i18n::tr;
use crate::store::open_lock::{self, Holder};
use crate::store::{OpenLock, OpenLockError};
use std::path::Path;

/// Why a review cannot be this window's: one sentence for the reader.
pub(super) struct Elsewhere(pub String);

/// How this window may hold a review's file.
pub(super) enum Hold {
    /// It holds that file's lock already.
    Same,
    /// A new lock, to keep once the file is this window's.
    New(OpenLock),
    /// The file system gave no lock: the review is this window's without one.
    Unavailable,
}

impl SanadApp {
    /// The lock of the review at `path` for this window (see [`Hold`]; a file system
    /// that gives no lock is warned about, and the review opens all the same); refused
    /// while another Sanad has the review open, which is then asked to come forward.
    pub(super) fn lock_review(&mut self, path: &Path) -> Result<Hold, Elsewhere> {
        if self.doc.lock.as_ref().is_some_and(|lock| lock.is_for(path)) {
            return Ok(Hold::Same);
        }
        let file = path.display().to_string();
        match OpenLock::acquire(path, &self.reviewer) {
            Ok(lock) => Ok(Hold::New(lock)),
            Err(OpenLockError::Held { holder, .. }) => {
                let _ = open_lock::request_to_come_forward(path);
                Err(Elsewhere(open_elsewhere(&file, &holder)))
            }
            Err(OpenLockError::Io { source, .. }) => {
                self.warn(tr!(
                    "lock-not-made",
                    file = file,
                    reason = source.to_string()
                ));
                Ok(Hold::Unavailable)
            }
        }
    }

    /// At start, on a review given with its file: hold its lock, or — when another Sanad
    /// has it open — keep it as a copy with no file (a save asks where), so that the two
    /// windows never write one file.
    pub(super) fn lock_at_start(&mut self) {
        let Some(path) = self.doc.path.clone() else {
            return;
        };
        match self.lock_review(&path) {
            Ok(hold) => {
                self.keep(hold);
                self.report_taken_over();
            }
            Err(Elsewhere(why)) => {
                self.doc.path = None;
                self.doc.disk = None;
                self.warn(tr!("open-elsewhere-copy", why = why));
            }
        }
    }

    /// The review's file is this window's now: hold it as `hold` says.
    pub(super) fn keep(&mut self, hold: Hold) {
        match hold {
            Hold::Same => {}
            Hold::New(lock) => self.doc.lock = Some(lock),
            Hold::Unavailable => self.doc.lock = None,
        }
    }

    /// When the lock just taken replaced one a crashed Sanad left: say so (after the
    /// message about the file, which it would otherwise hide).
    pub(super) fn report_taken_over(&mut self) {
        let Some(lock) = &mut self.doc.lock else {
            return;
        };
        if let Some(pid) = lock.take_taken_over().and_then(|h| h.pid) {
            let file = self.doc.file_name().unwrap_or_default();
            self.warn(tr!("lock-taken-over", file = file, process = pid));
        }
    }

    /// Another Sanad asked for this window's review: come forward, and say why.
    pub(super) fn answer_come_forward(&mut self, ctx: &egui::Context) {
        let Some(lock) = &self.doc.lock else {
            return;
        };
        let wake = ctx.clone();
        lock.watch(move || wake.request_repaint());
        if !lock.take_raise_request() {
            return;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
        ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        // Where the system gives no focus to a window that did not ask (Wayland), the
        // task bar marks it instead.
        ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
            egui::UserAttentionType::Informational,
        ));
        let file = self.doc.file_name().unwrap_or_default();
        self.inform(tr!("came-forward", file = file));
    }
}

/// "FILE is already open in another Sanad window (process N on HOST); …".
fn open_elsewhere(file: &str, holder: &Holder) -> String {
    match holder.pid {
        Some(pid) => tr!(
            "open-elsewhere",
            file = file,
            process = pid,
            host = holder.host.clone()
        )
        .into(),
        None => tr!("open-elsewhere-unknown", file = file).into(),
    }
}
