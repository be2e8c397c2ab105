//! The window's side of the chain of sources: File ▸ Open web address… and New from
//! clipboard, archiving a claim's sources, and Review ▸ Check sources. Every fetch is one the
//! reviewer asked for and runs on a background job the window never waits on; opening a
//! page can be cancelled.

use super::SanadApp;
use super::files::Pending;
use super::i18n::{digits, tr};
use super::ui_text;
use crate::model::{Archive, ClaimId, Review, check_web_address};
use crate::sources::{
    ExcerptCheck, Limits, LinkReport, LinkState, PARALLEL_FETCHES, SnapshotFolder, SourceRef,
};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

/// How long New from clipboard waits for the clipboard's text.
const PASTE_WAIT: Duration = Duration::from_millis(1500);

/// A fetch running in the background.
struct Job<T> {
    /// What it fetches (an address), for the progress line.
    what: String,
    started: Instant,
    cancel: Arc<AtomicBool>,
    result: Receiver<T>,
}

impl<T: Send + 'static> Job<T> {
    fn start(what: String, work: impl FnOnce(&AtomicBool) -> T + Send + 'static) -> Self {
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&cancel);
        let (sender, result) = std::sync::mpsc::channel();
        super::i18n::spawn(move || {
            // The window may have closed meanwhile: then nobody listens.
            let _ = sender.send(work(&flag));
        });
        Job {
            what,
            started: Instant::now(),
            cancel,
            result,
        }
    }
}

/// What archiving gives back: each source, and its archive or why it has none.
type Archived = Vec<(SourceRef, Result<Archive, String>)>;

/// The address typed in File ▸ Open web address….
struct AddressPrompt {
    draft: String,
    error: Option<String>,
    focus: bool,
}

/// The window's fetches and what they found.
#[derive(Default)]
pub(super) struct Web {
    prompt: Option<AddressPrompt>,
    opening: Option<Job<Result<Review, String>>>,
    archiving: Option<Job<Archived>>,
    checking: Option<Job<Vec<LinkReport>>>,
    /// The last link check of each source, by claim and address.
    links: HashMap<(ClaimId, String), LinkState>,
    /// Excerpt checks by snapshot hash and excerpt: a check reads and hashes the snapshot,
    /// so it is made once, not every frame.
    excerpts: HashMap<(String, String), ExcerptCheck>,
    /// New from clipboard asked for the clipboard's text at this moment.
    awaiting_paste: Option<Instant>,
    /// Save Page Now: its setting and the review's waiting requests.
    pub public: super::public_archive::PublicArchive,
}

impl Web {
    /// Whether a prompt or a progress window covers the window (its keys wait).
    pub fn is_modal(&self) -> bool {
        self.prompt.is_some() || self.opening.is_some() || self.public.is_modal()
    }

    /// Forget what was found about another review's sources.
    pub fn forget(&mut self) {
        self.links.clear();
        self.excerpts.clear();
    }

    /// Whether sources are being archived or checked.
    pub fn is_busy(&self) -> bool {
        self.archiving.is_some() || self.checking.is_some()
    }

    /// The last link check of `claim`'s source at `url`.
    pub fn link(&self, claim: ClaimId, url: &str) -> Option<&LinkState> {
        self.links.get(&(claim, url.to_string()))
    }
}

impl SanadApp {
    /// File ▸ Open web address…: the prompt for an address.
    pub(super) fn ask_web_address(&mut self) {
        self.web.prompt = Some(AddressPrompt {
            draft: String::new(),
            error: None,
            focus: true,
        });
    }

    /// Fetch `url` and open its article as a new review (after the unsaved-changes
    /// question, which [`Pending::OpenWebAddress`] has asked).
    pub(super) fn open_web_address(&mut self, url: &str) {
        let url = url.trim().to_string();
        if let Err(e) = check_web_address(&url) {
            let reason = super::errors::web_address(&e);
            self.fail(tr!("web-bad-address", url = &url, reason = reason));
            return;
        }
        let language = None;
        self.web.opening = Some(Job::start(url.clone(), move |cancel| {
            crate::sources::open_article(&url, language, &Limits::default(), cancel)
                .map(crate::review_from_article)
                .map_err(|e| super::errors::fetch(&e))
        }));
    }

    /// File ▸ New from clipboard: ask for the clipboard's text; an address is fetched, any
    /// other text becomes the article of a new review.
    pub(super) fn new_from_clipboard(&mut self, ctx: &egui::Context) {
        self.web.awaiting_paste = Some(Instant::now());
        ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
    }

    /// Take in the clipboard's text New from clipboard asked for.
    fn take_paste(&mut self, ctx: &egui::Context) {
        let Some(asked) = self.web.awaiting_paste else {
            return;
        };
        let pasted = ctx.input(|i| {
            i.events.iter().find_map(|e| match e {
                egui::Event::Paste(text) => Some(text.clone()),
                _ => None,
            })
        });
        match pasted {
            Some(text) => {
                self.web.awaiting_paste = None;
                let text = text.trim();
                if crate::sources::is_web_address(text) && !text.contains(char::is_whitespace) {
                    self.actions
                        .request(Pending::OpenWebAddress(text.to_string()));
                } else if !text.is_empty() {
                    self.actions.request(Pending::NewFromText(text.to_string()));
                } else {
                    self.warn(tr!("clipboard-empty"));
                }
            }
            None if asked.elapsed() > PASTE_WAIT => {
                self.web.awaiting_paste = None;
                self.warn(tr!("clipboard-empty"));
            }
            None => ctx.request_repaint_after(Duration::from_millis(50)),
        }
    }

    /// A new review of `text` from the clipboard.
    pub(super) fn open_text(&mut self, text: String) {
        let name = String::from(tr!("clipboard-title"));
        let article = crate::import::article_from_text(text, "UTF-8", &name);
        let review = crate::review_from_article(article);
        let claims = review.claims.len();
        self.adopt_new_review(review);
        self.inform(tr!(
            "opened-clipboard",
            claims = digits(&claims.to_string())
        ));
    }

    /// Archive `claim`'s sources not yet archived (only the one at `index` when given) into
    /// the snapshot folder beside the review's file.
    pub(super) fn archive_sources(&mut self, claim: ClaimId, index: Option<usize>) {
        let Some(path) = self.doc.path.clone() else {
            self.warn(tr!("archive-needs-file"));
            return;
        };
        if self.web.archiving.is_some() {
            return;
        }
        let sources: Vec<SourceRef> =
            crate::sources::unarchived_sources(&self.doc.review, Some(claim))
                .into_iter()
                .filter(|s| index.is_none_or(|i| s.index == i))
                .collect();
        if sources.is_empty() {
            self.inform(tr!("archive-nothing"));
            return;
        }
        let count = sources.len();
        let folder = SnapshotFolder::beside(&path);
        self.inform(tr!("archive-running", count = digits(&count.to_string())));
        self.web.archiving = Some(Job::start(String::new(), move |cancel| {
            crate::sources::archive_sources(
                sources,
                &folder,
                &Limits::default(),
                PARALLEL_FETCHES,
                cancel,
            )
            .into_iter()
            .map(|(s, r)| (s, r.map_err(|e| super::errors::fetch(&e))))
            .collect()
        }));
    }

    /// Review ▸ Check sources: every source address fetched again, in the background.
    pub(super) fn check_sources(&mut self) {
        if self.web.checking.is_some() {
            return;
        }
        let review = Arc::clone(&self.doc.review);
        let count = crate::sources::all_sources(&review).len();
        if count == 0 {
            self.inform(tr!("links-none"));
            return;
        }
        let folder = self.doc.path.as_deref().map(SnapshotFolder::beside);
        self.inform(tr!("links-running", count = digits(&count.to_string())));
        self.web.checking = Some(Job::start(String::new(), move |cancel| {
            crate::sources::check_links(
                &review,
                folder.as_ref(),
                &Limits::default(),
                PARALLEL_FETCHES,
                cancel,
            )
        }));
    }

    /// What `evidence`'s excerpt check says, from the cache when it was made already.
    pub(super) fn excerpt_check(&mut self, evidence: &crate::model::Evidence) -> ExcerptCheck {
        if evidence.excerpt.trim().is_empty() {
            return ExcerptCheck::NoExcerpt;
        }
        let Some(archive) = &evidence.archive else {
            return ExcerptCheck::NotArchived;
        };
        // A review without a file has no folder beside it to keep snapshots in.
        let Some(folder) = self.doc.path.as_deref().map(SnapshotFolder::beside) else {
            return ExcerptCheck::SnapshotMissing;
        };
        let key = (archive.capture.sha256.clone(), evidence.excerpt.clone());
        self.web
            .excerpts
            .entry(key)
            .or_insert_with(|| crate::sources::check_excerpt(evidence, &folder))
            .clone()
    }

    /// The fetches' work of a frame: the prompt, the progress of an article being fetched,
    /// and what finished.
    pub(super) fn web_windows(&mut self, ctx: &egui::Context) {
        self.take_paste(ctx);
        self.address_prompt(ctx);
        self.poll_opening(ctx);
        self.poll_archiving(ctx);
        self.poll_checking(ctx);
        self.public_archive_work(ctx);
    }

    fn address_prompt(&mut self, ctx: &egui::Context) {
        let Some(prompt) = self.web.prompt.as_mut() else {
            return;
        };
        let mut open = false;
        let mut cancel = false;
        egui::Modal::new(egui::Id::unique("web address")).show(ctx, |ui| {
            ui_text::start_aligned(ui, |ui| {
                ui.set_width(480.0);
                ui_text::heading(ui, tr!("web-address-title"));
                let label = ui_text::label(ui, tr!("web-address-label"));
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut prompt.draft)
                            .hint_text("https://")
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id);
                if std::mem::take(&mut prompt.focus) {
                    field.request_focus();
                }
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    open = true;
                }
                if let Some(error) = &prompt.error {
                    ui_text::colored(ui, ui.visuals().error_fg_color, error.as_str());
                }
                ui_text::weak(ui, tr!("web-address-note"));
                ui_text::row(ui, |ui| {
                    open |= ui_text::button(ui, tr!("web-address-open")).clicked();
                    cancel |= ui_text::button(ui, tr!("button-cancel")).clicked();
                });
            });
            cancel |= ui.input(|i| i.key_pressed(egui::Key::Escape));
        });
        if cancel {
            self.web.prompt = None;
        } else if open {
            let url = prompt.draft.trim().to_string();
            match check_web_address(&url) {
                Ok(()) => {
                    self.web.prompt = None;
                    self.actions.request(Pending::OpenWebAddress(url));
                }
                Err(e) => {
                    prompt.error = Some(
                        tr!(
                            "source-bad-address",
                            reason = super::errors::web_address(&e)
                        )
                        .into(),
                    );
                }
            }
        }
    }

    fn poll_opening(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.web.opening else {
            return;
        };
        match super::state::poll_job(&job.result, ctx) {
            Some(Some(Ok(review))) => {
                let url = job.what.clone();
                self.web.opening = None;
                let claims = review.claims.len();
                self.adopt_new_review(review);
                self.inform(tr!(
                    "web-opened",
                    url = url,
                    claims = digits(&claims.to_string())
                ));
            }
            Some(Some(Err(e))) => {
                self.web.opening = None;
                self.dialogs.open(super::dialogs::Dialog::Error(e));
            }
            Some(None) => self.web.opening = None,
            None => {
                let seconds = digits(&format!("{:.1}", job.started.elapsed().as_secs_f32()));
                let url = job.what.clone();
                let mut cancel = false;
                egui::Modal::new(egui::Id::unique("fetching")).show(ctx, |ui| {
                    ui_text::start_aligned(ui, |ui| {
                        ui_text::row(ui, |ui| {
                            ui.add(egui::Spinner::new());
                            ui_text::label(ui, tr!("web-fetching", url = &url, seconds = seconds));
                        });
                        cancel = ui_text::button(ui, tr!("button-cancel")).clicked()
                            || ui.input(|i| i.key_pressed(egui::Key::Escape));
                    });
                });
                if cancel {
                    job.cancel.store(true, Ordering::Relaxed);
                    self.web.opening = None;
                    self.inform(tr!("web-cancelled", url = url));
                }
                ctx.request_repaint_after(Duration::from_millis(100));
            }
        }
    }

    fn poll_archiving(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.web.archiving else {
            return;
        };
        let Some(results) = super::state::poll_job(&job.result, ctx) else {
            return;
        };
        self.web.archiving = None;
        let results = results.unwrap_or_default();
        let mut archived = Vec::new();
        let mut failures = Vec::new();
        for (source, result) in results {
            match result {
                Ok(archive) => archived.push((source, archive)),
                Err(e) => failures.push(e),
            }
        }
        // Found again by claim and address: the review may have changed while pages came.
        for command in crate::sources::archive_commands(&self.doc.review, &archived) {
            self.edit(command);
        }
        let sources: Vec<SourceRef> = archived.iter().map(|(s, _)| s.clone()).collect();
        self.ask_for_public_copies(&sources);
        match failures.first() {
            Some(first) => self.fail(tr!(
                "archive-failed",
                done = digits(&archived.len().to_string()),
                failed = digits(&failures.len().to_string()),
                reason = first.as_str()
            )),
            None => self.inform(tr!(
                "archive-done",
                done = digits(&archived.len().to_string())
            )),
        }
    }

    fn poll_checking(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.web.checking else {
            return;
        };
        let Some(reports) = super::state::poll_job(&job.result, ctx) else {
            return;
        };
        self.web.checking = None;
        let reports = reports.unwrap_or_default();
        let attention = reports.iter().filter(|r| r.state.needs_attention()).count();
        let count = reports.len();
        self.web.links = reports
            .into_iter()
            .map(|r| ((r.source.claim, r.source.url), r.state))
            .collect();
        self.inform(tr!(
            "links-done",
            count = digits(&count.to_string()),
            attention = digits(&attention.to_string())
        ));
    }

    /// Hold `review`, made just now (from an address or the clipboard), with no file yet.
    fn adopt_new_review(&mut self, review: Review) {
        self.replace(review, None, None);
        self.doc.disk = None;
    }
}
