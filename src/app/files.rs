//! Files: open, new from article, save, save as, recent files, dropped files, the
//! unsaved-changes question, exports, merges, updating the article, autosave and recovery.

use super::dialogs::Dialog;
use super::i18n::tr;
use super::path_prompt::{PathPrompt, Purpose, native_dialog};
use super::work::Outcome;
use super::{RECENT_FILES, SanadApp, ui_text};
use crate::model::{ClaimId, Command, Review};
use std::path::{Path, PathBuf};

/// Something that replaces or closes the open review, and so first asks about unsaved
/// changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// Choose a file for this purpose (Open…, New from article…).
    Choose(Purpose),
    /// Open this file (a recent file, a dropped file).
    Open(PathBuf),
    /// Fetch the article at this web address (File ▸ Open web address…).
    OpenWebAddress(String),
    /// A new review of this text (New from clipboard).
    NewFromText(String),
    /// Reopen the article decoded with this encoding.
    Reopen(&'static encoding_rs::Encoding),
    /// Close the window.
    Quit,
}

/// The reader's answer to the unsaved-changes question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unsaved {
    Save,
    Discard,
    Cancel,
}

impl SanadApp {
    /// Carry out `action`, asking first when there are unsaved changes. Called while the
    /// queued actions are performed, once the note being typed is committed.
    pub(super) fn request(&mut self, action: Pending) {
        if self.doc.dirty {
            self.dialogs.open(Dialog::UnsavedChanges(action));
        } else {
            self.proceed(action);
        }
    }

    pub(super) fn proceed(&mut self, action: Pending) {
        match action {
            Pending::Choose(purpose) => self.choose(purpose, None),
            Pending::Open(path) => {
                if let Err(e) = self.open_path(&path) {
                    self.fail(e);
                }
            }
            Pending::OpenWebAddress(url) => self.open_web_address(&url),
            Pending::NewFromText(text) => self.open_text(text),
            Pending::Reopen(encoding) => self.reopen_as(encoding),
            Pending::Quit => {
                self.closing.asked = true;
                self.doc.dirty = false;
                self.finish_autosave();
                crate::store::recovery::discard_recovery(&self.recovery_file());
                self.dialogs.close_file_prompts();
                // The window closes at the end of this frame (`SanadApp::show`).
                self.closing.send_now = true;
            }
        }
    }

    /// Ask for a file for `purpose`: the system's dialog where there is one, else the
    /// prompt inside the window. `then` waits for a Save as… to succeed.
    pub(super) fn choose(&mut self, purpose: Purpose, then: Option<Pending>) {
        let suggestion = self.suggested_path(purpose);
        if self.native_dialogs {
            if let Some(path) = native_dialog(purpose, &suggestion)
                && let Err(e) = self.finish(purpose, path, then)
            {
                self.fail(e);
            }
        } else {
            let prompt = PathPrompt::new(purpose, suggestion);
            self.dialogs.open(Dialog::ChooseFile { prompt, then });
        }
    }

    /// A starting point for the file dialog or prompt.
    fn suggested_path(&self, purpose: Purpose) -> String {
        match purpose {
            Purpose::Export(_) | Purpose::SaveAs => {
                let base = self
                    .doc
                    .path
                    .clone()
                    .or_else(|| self.doc.article_path.clone())
                    .unwrap_or_else(|| PathBuf::from(crate::SAMPLE_NAME));
                base.with_extension(purpose.extension())
                    .display()
                    .to_string()
            }
            Purpose::Open
            | Purpose::NewFromArticle
            | Purpose::UpdateArticle
            | Purpose::Merge
            | Purpose::ImportFactChecks => {
                let dir = self
                    .doc
                    .path
                    .as_deref()
                    .or(self.doc.article_path.as_deref())
                    .and_then(Path::parent)
                    .filter(|d| !d.as_os_str().is_empty());
                dir.map(|d| format!("{}/", d.display())).unwrap_or_default()
            }
        }
    }

    /// Carry out `purpose` with the chosen `path`; the error is one sentence for the reader.
    pub(super) fn finish(
        &mut self,
        purpose: Purpose,
        path: PathBuf,
        then: Option<Pending>,
    ) -> Result<(), String> {
        match purpose {
            Purpose::Open | Purpose::NewFromArticle => self.open_path(&path)?,
            Purpose::SaveAs => self.save_to(&path, then)?,
            Purpose::UpdateArticle => self.update_article(path)?,
            Purpose::ImportFactChecks => self.import_fact_checks(path)?,
            Purpose::Export(format) => {
                let settings = crate::share::ExportSettings {
                    organisation: self.settings.organisation.clone(),
                    review_url: self.settings.review_url.clone(),
                };
                let file = path.display().to_string();
                let doing = tr!("work-exporting", file = &file);
                self.start_work(doing, move |review| {
                    let text = crate::share::export(review, format, &settings);
                    crate::store::write_atomically(&path, text.as_bytes()).map_err(|e| {
                        String::from(tr!(
                            "could-not-export",
                            file = &file,
                            reason = super::errors::save(&e)
                        ))
                    })?;
                    Ok(Outcome::Done(tr!("exported", file = file).into()))
                })?;
            }
            Purpose::Merge => {
                let file = path.display().to_string();
                let doing = tr!("work-merging", file = &file);
                self.start_work(doing, move |review| {
                    let could_not = |reason: String| {
                        String::from(tr!("could-not-merge", file = &file, reason = reason))
                    };
                    let theirs = crate::store::load(&path)
                        .map_err(|e| could_not(super::errors::load(&e)))?;
                    let outcome = crate::share::merge(None, review, &theirs)
                        .map_err(|e| could_not(super::errors::merge(&e)))?;
                    let message = String::from(tr!(
                        "merged",
                        file = &file,
                        conflicts = outcome.conflicts.len()
                    ));
                    let command = Command::AdoptMerge {
                        merged: Box::new(outcome.review),
                        from: path.display().to_string(),
                    };
                    Ok(Outcome::Edit(command, message))
                })?;
            }
        }
        Ok(())
    }

    /// Open a review (`.sanad`) or an article (a new review of it); the open review is
    /// replaced only when the file could be read. A long file is read in the background,
    /// with a progress indicator, and replaces the review when it is ready.
    pub fn open_path(&mut self, path: &Path) -> Result<(), String> {
        self.load(path, None)
    }

    /// Open `path`, an article decoded with `encoding` when one is given: at once for a
    /// short file, else in the background while the window shows its progress and takes no
    /// edits (what is read replaces the review).
    fn load(
        &mut self,
        path: &Path,
        encoding: Option<&'static encoding_rs::Encoding>,
    ) -> Result<(), String> {
        let size = std::fs::metadata(path).map_or(0, |m| m.len());
        if size > BACKGROUND_BYTES {
            let (sender, receiver) = std::sync::mpsc::channel();
            let owned = path.to_path_buf();
            super::i18n::spawn(move || {
                // The window may have closed meanwhile: then nobody listens.
                // The search index is made here too: the first search in a long review
                // would otherwise fold every claim in one frame.
                let opened = read_file(&owned, encoding).map(|mut opened| {
                    opened.index = Some(crate::query::SearchIndex::new(&opened.review));
                    opened
                });
                let _ = sender.send(opened);
            });
            self.jobs.loading = Some(Loading {
                path: path.to_path_buf(),
                started: std::time::Instant::now(),
                result: receiver,
            });
            return Ok(());
        }
        let opened = read_file(path, encoding)?;
        self.opened(path, opened);
        Ok(())
    }

    /// A file read: hold its review from now on.
    fn opened(&mut self, path: &Path, opened: Opened) {
        let Opened {
            review,
            is_review,
            reopened,
            index,
            disk,
        } = opened;
        if is_review {
            let hold = match self.lock_review(path) {
                Ok(hold) => hold,
                Err(super::in_use::Elsewhere(why)) => {
                    self.dialogs.open(Dialog::Error(why));
                    return;
                }
            };
            self.replace(review, Some(path.to_path_buf()), None);
            self.keep(hold);
            self.doc.disk = disk;
            self.look_for_recovery();
        } else {
            self.replace(review, None, Some(path.to_path_buf()));
            self.doc.disk = None;
        }
        if let Some(index) = index {
            self.table.adopt_index(index);
        }
        self.add_recent(path);
        let file = path.display().to_string();
        let claims = self.doc.review.claims.len();
        let encoding = self.doc.review.article.encoding.clone();
        self.inform(if reopened {
            tr!(
                "reopened",
                file = file,
                claims = claims,
                encoding = encoding
            )
        } else {
            tr!("opened", file = file, claims = claims, encoding = encoding)
        });
        self.report_taken_over();
    }

    /// While a file is read in the background: a progress window; when it is read, the
    /// review it holds (or why it could not be opened).
    pub(super) fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some(loading) = &self.jobs.loading else {
            return;
        };
        match loading.result.try_recv() {
            Ok(Ok(opened)) => {
                let path = loading.path.clone();
                self.jobs.loading = None;
                self.opened(&path, opened);
            }
            Ok(Err(e)) => {
                self.jobs.loading = None;
                self.dialogs.open(Dialog::Error(e));
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                let path = loading.path.clone();
                self.jobs.loading = None;
                let why = String::from(tr!("error-read-stopped"));
                self.dialogs
                    .open(Dialog::Error(super::errors::could_not_open(&path, &why)));
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                let name = loading
                    .path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let seconds = loading.started.elapsed().as_secs_f32();
                egui::Modal::new(egui::Id::unique("opening")).show(ctx, |ui| {
                    ui_text::start_aligned(ui, |ui| {
                        ui_text::row(ui, |ui| {
                            ui.add(egui::Spinner::new());
                            let seconds = super::i18n::digits(&format!("{seconds:.1}"));
                            ui_text::label(
                                ui,
                                tr!("opening-progress", file = name, seconds = seconds),
                            );
                        });
                    })
                });
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
        }
    }

    /// Hold `review` from now on, with a fresh history and views.
    pub(super) fn replace(
        &mut self,
        review: Review,
        path: Option<PathBuf>,
        article_path: Option<PathBuf>,
    ) {
        self.remember_selection();
        self.web.forget();
        let article = self.fresh_article_view(&review);
        self.doc.review = std::sync::Arc::new(review);
        if path.is_none() {
            self.doc.lock = None;
        }
        self.doc.path = path;
        self.stop_public_archive_round();
        self.read_waiting_requests();
        self.doc.article_path = article_path;
        self.article = article;
        self.doc.history.clear();
        self.detail.reset();
        self.view.marked.clear();
        self.view.caret = None;
        self.doc.dirty = false;
        self.doc.generation += 1;
        self.checked.forget_matches();
        self.table.text_changed(crate::model::TextChange::Claims);
        self.jobs.last_autosave = None;
        self.view.selected = None;
        if let Some(id) = self
            .remembered_selection()
            .or_else(|| self.doc.review.claims.first().map(|c| c.id))
        {
            self.select_claim(id);
        }
    }

    /// The claim last selected in the open review's file, if it still exists.
    pub(super) fn remembered_selection(&self) -> Option<ClaimId> {
        let path = self.doc.path.as_deref()?;
        let id = ClaimId(*self.settings.selections.get(&absolute(path))?);
        self.doc.review.claim(id).map(|c| c.id)
    }

    /// Keep the selected claim of the open review file in the settings.
    pub(super) fn remember_selection(&mut self) {
        if let (Some(path), Some(id)) = (&self.doc.path, self.view.selected) {
            self.settings.selections.insert(absolute(path), id.0);
        }
    }

    pub(super) fn add_recent(&mut self, path: &Path) {
        let path = absolute(path);
        self.settings.recent.retain(|p| *p != path);
        self.settings.recent.insert(0, path);
        self.settings.recent.truncate(RECENT_FILES);
    }

    /// Save to the review's file; without one, ask where (Save as…).
    pub fn save(&mut self) {
        match self.doc.path.clone() {
            Some(path) => {
                if let Err(e) = self.save_to(&path, None) {
                    self.fail(e);
                }
            }
            None => self.choose(Purpose::SaveAs, None),
        }
    }

    /// Decode the article again with `encoding` (the detected one was wrong): a new review.
    fn reopen_as(&mut self, encoding: &'static encoding_rs::Encoding) {
        let Some(path) = self.doc.article_path.clone() else {
            self.warn(tr!("reopen-only-articles"));
            return;
        };
        if let Err(e) = self.load(&path, Some(encoding)) {
            self.fail(e);
        }
    }

    /// Load a corrected version of the article and re-attach every claim to it.
    /// Re-attach every claim to a corrected version of the article (Review ▸ Update
    /// article…), as background work for a long review.
    fn update_article(&mut self, path: PathBuf) -> Result<(), String> {
        let reviewer = self.reviewer.clone();
        let doing = tr!("work-updating", file = path.display().to_string());
        self.start_work(doing, move |review| {
            let article = crate::import::article_from_path(&path)
                .map_err(|e| super::errors::could_not_open(&path, &super::errors::import(&e)))?;
            let outcome = crate::anchor::reanchor(review, article, &reviewer);
            let orphans = outcome
                .placements
                .iter()
                .filter(|(_, p)| *p == crate::anchor::Placement::Orphan)
                .count();
            let placed = outcome.placements.len() - orphans;
            // The change log is part of the file: its reason stays in English, as files do.
            let reason = format!(
                "updated the article from {}: {placed} claim(s) placed, {orphans} not found",
                path.display()
            );
            let message = String::from(tr!(
                "updated-article",
                file = path.display().to_string(),
                placed = placed,
                orphans = orphans
            ));
            let command = Command::ReplaceReview {
                review: Box::new(outcome.review),
                reason,
            };
            Ok(Outcome::Edit(command, message))
        })
    }

    /// Files dropped on the window: the first one is opened.
    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.first().cloned());
        // On the open Library window, a feed is imported rather than opened.
        if self.view.library_open
            && let Some(path) = dropped.as_ref().map(|f| f.path().to_path_buf())
            && path.extension().is_some_and(|e| {
                ["json", "jsonld", "jsonl", "csv", "tsv"].contains(&e.to_string_lossy().as_ref())
            })
        {
            if let Err(e) = self.import_fact_checks(path) {
                self.fail(e);
            }
            return;
        }
        if let Some(file) = dropped {
            let path = file.path().to_path_buf();
            // A link dragged from a browser arrives as a link file: its page is fetched.
            match crate::sources::shortcut_address(&path) {
                Some(url) => self.actions.request(Pending::OpenWebAddress(url)),
                None => self.actions.request(Pending::Open(path)),
            }
        }
    }

    /// The window's close button: ask about unsaved changes first.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        // With nothing unsaved (not even a note being typed) the window just closes; else
        // it stays open and Quit asks about the changes like File ▸ Quit.
        // Checked only when the window is asked to close: finding the note's claim is a
        // look through every claim, not for every frame.
        if !ctx.input(|i| i.viewport().close_requested()) || self.closing.asked {
            return;
        }
        let unsaved = self.doc.dirty || self.detail.pending_note(&self.doc.review).is_some();
        if unsaved {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.actions.request(Pending::Quit);
        }
    }

    /// Whether the reader chose to close the window.
    pub fn is_closing(&self) -> bool {
        self.closing.asked
    }

    /// Carry out the reader's answer to the unsaved-changes question asked before `action`.
    pub(super) fn answer_unsaved(&mut self, answer: Unsaved, action: Pending) {
        match answer {
            Unsaved::Save => match self.doc.path.clone() {
                // The action waits for the save (which may run in the background).
                Some(path) => {
                    if let Err(e) = self.save_to(&path, Some(action)) {
                        self.fail(e);
                    }
                }
                None => self.choose(Purpose::SaveAs, Some(action)),
            },
            Unsaved::Discard => {
                if action != Pending::Quit {
                    self.finish_autosave();
                    crate::store::recovery::discard_recovery(&self.recovery_file());
                }
                self.doc.dirty = false;
                self.proceed(action);
            }
            Unsaved::Cancel => {}
        }
    }
}

/// The unsaved-changes question before `action`, about the review in the file `name`: the
/// reader's answer once given.
pub(super) fn unsaved_question(
    ctx: &egui::Context,
    action: &Pending,
    name: Option<String>,
) -> Option<Unsaved> {
    let question = match (action, name) {
        (
            Pending::Choose(Purpose::NewFromArticle)
            | Pending::OpenWebAddress(_)
            | Pending::NewFromText(_),
            Some(name),
        ) => {
            tr!("unsaved-before-new", name = name)
        }
        (Pending::Choose(_) | Pending::Open(_), Some(name)) => {
            tr!("unsaved-before-open", name = name)
        }
        (Pending::Reopen(_), Some(name)) => tr!("unsaved-before-reopen", name = name),
        (Pending::Quit, Some(name)) => tr!("unsaved-before-close", name = name),
        (
            Pending::Choose(Purpose::NewFromArticle)
            | Pending::OpenWebAddress(_)
            | Pending::NewFromText(_),
            None,
        ) => tr!("unsaved-this-before-new"),
        (Pending::Choose(_) | Pending::Open(_), None) => tr!("unsaved-this-before-open"),
        (Pending::Reopen(_), None) => tr!("unsaved-this-before-reopen"),
        (Pending::Quit, None) => tr!("unsaved-this-before-close"),
    };
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("unsaved changes")).show(ctx, |ui| {
        ui_text::start_aligned(ui, |ui| {
            ui_text::heading(ui, tr!("unsaved-title"));
            ui_text::label(ui, question);
            ui.add_space(8.0);
            ui_text::row(ui, |ui| {
                if ui_text::button(ui, tr!("action-save")).clicked() {
                    answer = Some(Unsaved::Save);
                }
                if ui_text::button(ui, tr!("button-discard")).clicked() {
                    answer = Some(Unsaved::Discard);
                }
                if ui_text::button(ui, tr!("button-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    answer = Some(Unsaved::Cancel);
                }
            });
        });
    });
    answer
}

/// Files larger than this are read in the background, with a progress indicator: reading
/// and finding the claims of half a megabyte takes about 10 ms, so anything larger could
/// come close to the 100 ms that a reader notices.
const BACKGROUND_BYTES: u64 = 512 * 1024;

/// A file being read in the background.
pub(super) struct Loading {
    path: PathBuf,
    started: std::time::Instant,
    result: std::sync::mpsc::Receiver<Result<Opened, String>>,
}

/// A file read: its review, and whether it was a review file (else an article).
pub(super) struct Opened {
    review: Review,
    is_review: bool,
    /// An article read again with an encoding the reader chose.
    reopened: bool,
    /// Its search index, when it was read in the background.
    index: Option<crate::query::SearchIndex>,
    /// The fingerprint of the review file read (none for an article).
    disk: Option<crate::store::Fingerprint>,
}

/// Read a review (`.sanad`) or an article (a new review of it; decoded with `encoding` when
/// one is given, else with the one detected); the error is one sentence.
fn read_file(
    path: &Path,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<Opened, String> {
    let is_review = encoding.is_none()
        && path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("sanad"));
    let review = if is_review {
        crate::store::load_with_fingerprint(path)
            .map(|(review, fingerprint)| (review, Some(fingerprint)))
            .map_err(|e| super::errors::load(&e))
    } else {
        crate::import::article_from_path_as(path, encoding)
            .map(|article| (crate::review_from_article(article), None))
            .map_err(|e| super::errors::import(&e))
    };
    review
        .map(|(review, disk)| Opened {
            review,
            is_review,
            reopened: encoding.is_some(),
            index: None,
            disk,
        })
        .map_err(|e| super::errors::could_not_open(path, &e))
}

/// `path` made absolute (for recent files and remembered selections), as it is when that
/// fails.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
