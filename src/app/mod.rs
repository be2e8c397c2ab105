//! The window: the only module that knows egui. It reads the [`Review`] and changes it only
//! through [`Command`](crate::model::Command)s applied by `SanadApp::edit` (which keeps the undo history), so the
//! window, the command line and the tests share one path for every edit.
//!
//! Panels are small modules: the claims table, the detail panel, the article view, the
//! menus, the file handling, the keyboard and the status bar.

mod actions;
pub mod article_view;
mod autosave;
mod bidi_label;
pub mod bidi_text_edit;
mod checked_before;
mod dates;
mod detail;
mod dialogs;
mod disk_conflict;
mod document;
mod editing;
mod errors;
mod files;
pub mod fonts;
mod frame;
pub mod i18n;
pub mod icon;
mod in_use;
mod interface;
mod keys;
mod launch;
mod library_view;
mod menu;
mod message;
mod path_prompt;
mod public_archive;
mod saving;
mod shaping;
mod source_status;
pub mod startup_probe;
mod state;
mod status;
mod table;
mod table_columns;
mod ui_text;
mod web;
mod words;
mod work;

use crate::model::{ClaimId, Review, Verdict};
use article_view::ArticleView;
use egui::Color32;
use i18n::tr;
use std::collections::BTreeMap;
use std::path::PathBuf;

pub use actions::{Action, ExportKind};
pub use files::Pending;
pub use launch::{run, run_opening};
pub use message::Severity;
pub use startup_probe::StartupProbe;

/// The window: the open document, the reader's view of it, the panels that draw it, the
/// dialogs and background jobs, and what is kept between sessions.
pub struct SanadApp {
    /// The open review, its file and its history.
    doc: document::Document,
    /// Who is working: recorded with every change.
    reviewer: String,
    /// Selection, marked rows, caret, panel sizes.
    view: state::View,
    /// The article, the claims table and the detail panel.
    article: ArticleView,
    table: table::ClaimsTable,
    detail: detail::DetailPanel,
    /// What is open over the window.
    dialogs: dialogs::Dialogs,
    /// Work running in the background.
    jobs: state::Jobs,
    /// The last message for the status bar.
    status: message::Message,
    /// Closing: the reader answered the unsaved-changes question, and the close command is
    /// sent at the end of this frame.
    closing: state::Closing,
    /// Use the system's file dialogs (off in tests, and where none exists).
    pub native_dialogs: bool,
    /// Actions asked for in this frame, carried out after drawing.
    actions: actions::Queue,
    /// The window title last sent: sending one requests a repaint, so only changes are sent
    /// (otherwise the window would repaint forever and use the CPU while idle).
    shown_title: String,
    /// Settings kept between sessions (eframe storage).
    pub settings: Settings,
    /// Where a review without a file is autosaved.
    untitled_dir: PathBuf,
    /// The fact-check library and the matches of the review's claims.
    checked: checked_before::CheckedBefore,
    /// View ▸ Library's search.
    library_search: library_view::LibrarySearch,
    /// Pages fetched, sources archived and checked.
    web: web::Web,
    /// The language the system's locale asks for, read once at start.
    system_language: crate::i18n::Language,
}

/// What the window remembers between sessions.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The reviewer's name, recorded with every change.
    pub reviewer: String,
    /// The fact-checking organisation, the author of ClaimReview exports.
    pub organisation: String,
    /// The address of the published fact-check page (ClaimReview url).
    pub review_url: String,
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
    /// The claim last selected in each review file, to come back to it.
    pub selections: BTreeMap<PathBuf, u32>,
    /// The article's text size in points, when the reader changed it.
    pub article_text_size: Option<u16>,
    /// The strength (percent) of a library match that marks a claim "checked before", when
    /// the reader changed it.
    pub strong_match_percent: Option<u8>,
    /// The strength (percent) of a library match that is listed as a suggestion, when the
    /// reader changed it.
    pub suggestion_percent: Option<u8>,
    /// Fact-checks published before this day (YYYY-MM-DD) are not suggested; empty for
    /// all of them.
    pub matches_not_before: String,
    /// The interface language's tag (`en`, `ar`); empty to follow the system's locale.
    pub interface_language: String,
    /// Numbers in the interface written with Arabic-Indic digits (٠–٩) rather than 0–9.
    pub arabic_indic_digits: bool,
}

/// The eframe storage key of [`Settings`].
const SETTINGS_KEY: &str = "sanad-settings";

/// The claims panel's share of the window's width at first start: the article, which the
/// reviewer reads, gets the other half.
const CLAIMS_SHARE: f32 = 0.5;

/// How many recent files the File menu lists.
const RECENT_FILES: usize = 10;

impl SanadApp {
    /// A window over `review`, saved to `path` when it has one; offers to restore unsaved
    /// work that a crash left behind.
    pub fn new(review: Review, path: Option<PathBuf>, reviewer: String) -> Self {
        let untitled_dir = crate::store::recovery::untitled_dir();
        let mut app = Self::with_untitled_dir(review, path, reviewer, untitled_dir);
        app.use_archive_files(
            crate::sources::setting_path(),
            crate::sources::CaptureQueue::user().path().to_path_buf(),
        );
        app
    }

    /// Like [`SanadApp::new`], autosaving a review that has no file yet into
    /// `untitled_dir` (tests keep theirs apart from the user's).
    pub fn with_untitled_dir(
        review: Review,
        path: Option<PathBuf>,
        reviewer: String,
        untitled_dir: PathBuf,
    ) -> Self {
        let mut app = Self::without_recovery(review, path, reviewer);
        app.untitled_dir = untitled_dir;
        app.lock_at_start();
        app.look_for_recovery();
        app
    }

    fn without_recovery(review: Review, path: Option<PathBuf>, reviewer: String) -> Self {
        let article = ArticleView::new(&review.article.text, review.article.direction);
        let selected = review.claims.first().map(|c| c.id);
        SanadApp {
            doc: document::Document::new(review, path),
            reviewer,
            view: state::View::new(selected, CLAIMS_SHARE),
            article,
            table: table::ClaimsTable::default(),
            detail: detail::DetailPanel::default(),
            dialogs: dialogs::Dialogs::default(),
            jobs: state::Jobs::default(),
            status: message::Message::none(),
            closing: state::Closing::default(),
            native_dialogs: false,
            actions: actions::Queue::default(),
            shown_title: String::new(),
            settings: Settings::default(),
            untitled_dir: PathBuf::new(),
            checked: checked_before::CheckedBefore::default(),
            library_search: library_view::LibrarySearch::default(),
            web: web::Web::default(),
            system_language: crate::i18n::system_language(),
        }
    }

    /// A view of `review`'s article that keeps the reader's text size and highlight choice.
    fn fresh_article_view(&self, review: &Review) -> ArticleView {
        let mut view = ArticleView::new(&review.article.text, review.article.direction);
        view.set_font_size(self.article.font_size);
        view.highlights = self.article.highlights;
        view
    }

    /// Change the article's text size by `step` points, and remember it.
    fn change_text_size(&mut self, step: f32) {
        self.article.set_font_size(self.article.font_size + step);
        self.settings.article_text_size = Some(self.article.font_size.round() as u16);
    }

    /// The review as the window holds it (for tests).
    pub fn review(&self) -> &Review {
        &self.doc.review
    }

    /// The file the review is saved to, if it has one.
    pub fn path(&self) -> Option<&std::path::Path> {
        self.doc.path.as_deref()
    }

    /// The selected claim.
    pub fn selected(&self) -> Option<ClaimId> {
        self.view.selected
    }

    /// The claims in the order the table shows them (sorted and filtered).
    pub fn table_rows(&self) -> Vec<ClaimId> {
        let claims = &self.doc.review.claims;
        self.table.rows().iter().map(|&i| claims[i].id).collect()
    }

    /// Select claim `id` as a click on its row would: the article and the table scroll to
    /// it (also for tests and benchmarks driving the window).
    pub fn select_claim(&mut self, id: ClaimId) {
        self.refresh_table();
        self.select(id);
    }

    /// Bring the table's rows up to date with the review, sort and filter.
    fn refresh_table(&mut self) {
        let review = &self.doc.review;
        let checked = &self.checked;
        self.table
            .refresh(review, self.doc.generation, checked.version, || {
                checked.seen(review)
            });
    }

    /// Whether a file is being read in the background.
    pub fn is_loading(&self) -> bool {
        self.jobs.loading.is_some()
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.doc.dirty
    }

    /// Whether a file is still being read in the background (the window shows its
    /// progress, not yet its review).
    pub fn is_opening(&self) -> bool {
        self.jobs.loading.is_some()
    }

    /// The claim column's share of the claims table's width, as last drawn.
    pub fn claim_column_share(&self) -> f32 {
        self.table.claim_share()
    }

    /// The article's text size in points.
    pub fn article_text_size(&self) -> f32 {
        self.article.font_size
    }

    /// The last message of the status bar.
    pub fn status(&self) -> &str {
        &self.status.text
    }

    /// Something done: shown in the status bar, then faded.
    fn inform(&mut self, text: impl Into<String>) {
        self.status = message::Message::new(message::Severity::Info, text);
    }

    /// Something not done, at no cost: shown until the next message.
    fn warn(&mut self, text: impl Into<String>) {
        self.status = message::Message::new(message::Severity::Warning, text);
    }

    /// Something that failed: shown in the error colour until dismissed.
    fn fail(&mut self, text: impl Into<String>) {
        self.status = message::Message::new(message::Severity::Error, text);
    }

    /// How much the last message matters (`None` when there is none).
    pub fn status_severity(&self) -> Option<message::Severity> {
        (!self.status.text.is_empty()).then_some(self.status.severity)
    }

    fn title(&self) -> String {
        let name = self
            .doc
            .file_name()
            .unwrap_or_else(|| self.doc.review.article.title.clone());
        let title = tr!("window-title", name = name);
        if self.doc.dirty {
            format!("● {title}")
        } else {
            title.to_string()
        }
    }
}

/// An error message as a sentence.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The colour of `verdict` in the window.
fn verdict_color(verdict: Verdict) -> Color32 {
    let [r, g, b] = verdict.rgb();
    Color32::from_rgb(r, g, b)
}
