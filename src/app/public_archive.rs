//! The window's side of Save Page Now: the setting (Settings ▸ Internet Archive…), the
//! requests of the open review that wait in the reviewer's queue (shown in the status
//! bar, sent again every minute while the window is open), and the copies recorded in the
//! review as undoable edits. Requests are only ever made by archiving a source with the
//! setting switched on; opening a review sends nothing of its own.

use super::SanadApp;
use super::i18n::{digits, tr};
use super::ui_text;
use crate::sources::{
    CaptureOutcome, CaptureQueue, Limits, QueuedCapture, SavePageNow, SourceRef, SpnError,
    copy_commands, load_setting, save_setting, work_through,
};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

/// How often waiting requests are sent again while the window is open.
const RETRY_EVERY: Duration = Duration::from_secs(60);

/// What one round of the queue gives back.
type Round = Result<Vec<(QueuedCapture, CaptureOutcome)>, String>;

/// The setting as typed in its window, before it is saved.
struct SettingForm {
    draft: SavePageNow,
    error: Option<String>,
}

/// Save Page Now in the window.
#[derive(Default)]
pub(super) struct PublicArchive {
    /// Where the setting is kept; `None` (tests) keeps it switched off and unread.
    setting_path: Option<PathBuf>,
    setting: SavePageNow,
    queue: Option<CaptureQueue>,
    /// The open review's requests, as last read.
    waiting: Vec<QueuedCapture>,
    round: Option<(Receiver<Round>, Arc<AtomicBool>)>,
    next_round: Option<Instant>,
    form: Option<SettingForm>,
}

impl PublicArchive {
    /// Whether the open review has requests waiting for `claim`'s source at `url`.
    pub fn is_waiting(&self, claim: crate::model::ClaimId, url: &str) -> bool {
        self.waiting
            .iter()
            .any(|w| w.claim == claim && w.url == url && w.copy.is_none())
    }

    /// Whether the setting window is open.
    pub fn is_modal(&self) -> bool {
        self.form.is_some()
    }
}

impl SanadApp {
    /// Keep the Save Page Now setting in `setting` and the requests in the queue file
    /// `queue` (the user's files in the real window; a test's own in tests).
    pub fn use_archive_files(&mut self, setting: PathBuf, queue: PathBuf) {
        let (loaded, problem) = match load_setting(&setting) {
            Ok(loaded) => (loaded, None),
            Err(e) => (SavePageNow::default(), Some(e.to_string())),
        };
        if let Some(reason) = problem {
            self.warn(tr!("spn-setting-unreadable", reason = reason));
        }
        let public = &mut self.web.public;
        public.setting = loaded;
        public.setting_path = Some(setting);
        public.queue = Some(CaptureQueue::at(queue));
        self.read_waiting_requests();
    }

    /// Read the open review's requests again (after opening another review), and send
    /// them at the next frame when there are some.
    pub(super) fn read_waiting_requests(&mut self) {
        let public = &mut self.web.public;
        public.waiting = match (&public.queue, &self.doc.path) {
            (Some(queue), Some(path)) => queue.of_review(path).unwrap_or_default(),
            _ => Vec::new(),
        };
        public.next_round = (!public.waiting.is_empty()).then(Instant::now);
    }

    /// Put the sources archived just now in the queue, when Save Page Now is switched on.
    pub(super) fn ask_for_public_copies(&mut self, archived: &[SourceRef]) {
        let public = &self.web.public;
        if !public.setting.enabled || archived.is_empty() {
            return;
        }
        let (Some(queue), Some(path)) = (public.queue.clone(), self.doc.path.clone()) else {
            return;
        };
        if !public.setting.is_usable() {
            self.warn(tr!("spn-setting-unusable"));
            return;
        }
        let requests = archived
            .iter()
            .map(|s| QueuedCapture::new(&path, s.claim, &s.url))
            .collect();
        if let Err(e) = queue.add(requests) {
            self.fail(tr!("spn-queue-problem", reason = e.to_string()));
            return;
        }
        self.read_waiting_requests();
    }

    /// A frame's work: a round finished, or one due.
    pub(super) fn public_archive_work(&mut self, ctx: &egui::Context) {
        self.setting_window(ctx);
        if let Some((result, _)) = &self.web.public.round {
            match result.try_recv() {
                Ok(round) => {
                    self.web.public.round = None;
                    self.take_round(round);
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    // A capture takes seconds: looked at twice a second, not every frame.
                    ctx.request_repaint_after(Duration::from_millis(500));
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    self.web.public.round = None;
                }
            }
            return;
        }
        let public = &mut self.web.public;
        let Some(due) = public.next_round else {
            return;
        };
        if public.waiting.is_empty() || !public.setting.is_usable() {
            return;
        }
        let now = Instant::now();
        if due > now {
            ctx.request_repaint_after(due - now);
            return;
        }
        let (Some(queue), Some(path)) = (public.queue.clone(), self.doc.path.clone()) else {
            return;
        };
        public.next_round = Some(now + RETRY_EVERY);
        let setting = public.setting.clone();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&cancel);
        let (sender, result) = std::sync::mpsc::channel();
        super::i18n::spawn(move || {
            let round = work_through(&queue, &path, &setting, &Limits::default(), None, &flag)
                .map_err(|e| e.to_string());
            let _ = sender.send(round);
        });
        public.round = Some((result, cancel));
    }

    /// Stop a round in progress (the review is closing or being replaced): what it sent
    /// is kept in the queue and asked about next time.
    pub(super) fn stop_public_archive_round(&mut self) {
        if let Some((_, cancel)) = self.web.public.round.take() {
            cancel.store(true, Ordering::Relaxed);
        }
    }

    fn take_round(&mut self, round: Round) {
        let outcomes = match round {
            Ok(outcomes) => outcomes,
            Err(e) => {
                self.fail(tr!("spn-queue-problem", reason = e));
                return;
            }
        };
        let mut copies = Vec::new();
        let mut refused = None;
        for (request, outcome) in outcomes {
            match outcome {
                CaptureOutcome::Copied(copy) => copies.push((request.claim, request.url, copy)),
                CaptureOutcome::GivenUp(error) => {
                    refused = Some((request.url, error_words(&error)));
                }
                CaptureOutcome::Waiting(_) => {}
            }
        }
        // Recorded as edits (undoable, saved with the review), then out of the queue.
        let commands = copy_commands(&self.doc.review, &copies);
        for command in commands {
            self.edit(command);
        }
        if let (Some(queue), Some(path)) = (&self.web.public.queue, &self.doc.path) {
            let done: Vec<_> = copies.iter().map(|(c, u, _)| (*c, u.clone())).collect();
            if let Err(e) = queue.remove(path, &done) {
                self.fail(tr!("spn-queue-problem", reason = e.to_string()));
            }
        }
        let next = self.web.public.next_round;
        self.read_waiting_requests();
        self.web.public.next_round = next.filter(|_| !self.web.public.waiting.is_empty());
        if let Some((url, reason)) = refused {
            self.fail(tr!("spn-given-up", url = url, reason = reason));
        } else if !copies.is_empty() {
            self.inform(tr!(
                "spn-copies-recorded",
                count = digits(&copies.len().to_string())
            ));
        }
    }

    /// Settings ▸ Internet Archive…: the setting's window.
    pub(super) fn open_archive_setting(&mut self) {
        self.web.public.form = Some(SettingForm {
            draft: self.web.public.setting.clone(),
            error: None,
        });
    }

    fn setting_window(&mut self, ctx: &egui::Context) {
        let Some(form) = self.web.public.form.as_mut() else {
            return;
        };
        let mut save = false;
        let mut cancel = false;
        egui::Modal::new(egui::Id::unique("save page now setting")).show(ctx, |ui| {
            ui_text::start_aligned(ui, |ui| {
                ui.set_width(520.0);
                ui_text::heading(ui, tr!("spn-title"));
                ui_text::weak(ui, tr!("spn-about"));
                let words = ui_text::words(ui, tr!("spn-enabled"));
                ui.checkbox(&mut form.draft.enabled, words);
                let endpoint = ui_text::label(ui, tr!("spn-endpoint"));
                ui.add(
                    egui::TextEdit::singleline(&mut form.draft.endpoint)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(endpoint.id);
                let access = ui_text::label(ui, tr!("spn-access-key"));
                ui.add(
                    egui::TextEdit::singleline(&mut form.draft.access_key)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(access.id);
                let secret = ui_text::label(ui, tr!("spn-secret-key"));
                ui.add(
                    egui::TextEdit::singleline(&mut form.draft.secret_key)
                        .password(true)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(secret.id);
                if let Some(error) = &form.error {
                    ui_text::colored(ui, ui.visuals().error_fg_color, error.as_str());
                }
                ui_text::row(ui, |ui| {
                    save |= ui_text::button(ui, tr!("spn-save")).clicked();
                    cancel |= ui_text::button(ui, tr!("button-cancel")).clicked();
                });
            });
            cancel |= ui.input(|i| i.key_pressed(egui::Key::Escape));
        });
        if cancel {
            self.web.public.form = None;
            return;
        }
        if !save {
            return;
        }
        let draft = form.draft.clone();
        if draft.enabled && !draft.is_usable() {
            form.error = Some(tr!("spn-setting-unusable").into());
            return;
        }
        let saved = match &self.web.public.setting_path {
            Some(path) => save_setting(&draft, path).map_err(|e| e.to_string()),
            None => Ok(()),
        };
        match saved {
            Ok(()) => {
                self.web.public.form = None;
                self.web.public.setting = draft;
                self.read_waiting_requests();
                self.inform(tr!("spn-saved"));
            }
            Err(e) => {
                if let Some(form) = self.web.public.form.as_mut() {
                    form.error = Some(tr!("spn-not-saved", reason = e).into());
                }
            }
        }
    }

    /// The status bar's part: how many of the review's requests wait, and why.
    pub(super) fn public_archive_status(&self, ui: &mut egui::Ui) {
        let public = &self.web.public;
        let waiting: Vec<_> = public.waiting.iter().filter(|w| w.copy.is_none()).collect();
        if waiting.is_empty() {
            return;
        }
        ui.separator();
        if public.round.is_some() {
            ui.spinner();
        }
        let shown = ui_text::label(
            ui,
            tr!("spn-waiting", count = digits(&waiting.len().to_string())),
        );
        let reason = waiting
            .iter()
            .rev()
            .find_map(|w| w.problem.as_ref())
            .map_or_else(String::new, error_words);
        let about = if public.setting.is_usable() {
            tr!("spn-waiting-about", reason = reason)
        } else {
            tr!("spn-waiting-switched-off")
        };
        ui_text::hover(shown, about);
    }
}

/// Why Save Page Now gave no copy, in the interface's language.
fn error_words(error: &SpnError) -> String {
    match error {
        SpnError::NotConfigured(_) => tr!("spn-setting-unusable"),
        SpnError::Unreachable(detail) => tr!("spn-error-unreachable", detail = detail),
        SpnError::RateLimited { wait_seconds, .. } => tr!(
            "spn-error-rate-limited",
            seconds = digits(&wait_seconds.to_string())
        ),
        SpnError::Busy(detail) => tr!("spn-error-busy", detail = detail),
        SpnError::Unauthorized => tr!("spn-error-unauthorized"),
        SpnError::Refused { code, message } => {
            tr!("spn-error-refused", code = code, detail = message)
        }
        SpnError::BadAnswer(detail) => tr!("spn-error-bad-answer", detail = detail),
        SpnError::StillPending => tr!("spn-error-pending"),
        SpnError::Cancelled => tr!("spn-error-cancelled"),
    }
    .into()
}
