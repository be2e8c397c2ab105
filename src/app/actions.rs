//! Every action a reviewer can take from a menu, a key or a button, in one table: its label,
//! its description, its default shortcuts, when it is enabled, and the one place it is carried
//! out ([`SanadApp::perform`]). The menus, the keyboard handler, Help ▸ Keyboard shortcuts
//! and the buttons' tooltips all read it, so a shortcut is stated once and shown the way the
//! platform writes it (⌘S on a Mac, Ctrl+S elsewhere).
//!
//! Adding an action is one variant here, its lines in the tables below, and one arm in
//! `perform`.

use super::SanadApp;
use super::files::Pending;
use super::i18n::{Phrase, tr};
use super::path_prompt::Purpose;
use super::{ui_text, words};
use crate::model::{ClaimId, Command, Verdict};
use crate::share::Format;
use egui::{Key, KeyboardShortcut, Modifiers};

/// What the reader asked for during a frame, carried out after drawing, in order.
#[derive(Debug)]
pub(super) enum Queued {
    /// A menu item, a key, a button.
    Action(Action),
    /// Something that replaces or closes the review (a recent file, a dropped file, the
    /// window's close button): asks about unsaved changes first.
    Request(Pending),
    /// A click on a row of the claims table, with the modifiers held.
    ClickRow(ClaimId, Modifiers),
    /// A click in the article on this claim, at this offset of the text when known.
    ClickArticle(ClaimId, Option<usize>),
}

/// What was asked for and not yet carried out, and the last actions a key asked for.
#[derive(Debug, Default)]
pub(super) struct Queue {
    queued: Vec<Queued>,
    last_fired: Vec<Action>,
}

impl Queue {
    /// Ask for `action` to be carried out after drawing, asking about unsaved changes.
    pub fn request(&mut self, action: Pending) {
        self.queued.push(Queued::Request(action));
    }

    /// Ask for `what` to be carried out after drawing.
    pub fn push(&mut self, what: Queued) {
        self.queued.push(what);
    }

    /// The actions the keyboard asked for this frame, carried out after drawing and
    /// remembered as the last it asked for (when it asked for any).
    pub fn fired(&mut self, fired: Vec<Action>) {
        if !fired.is_empty() {
            self.last_fired.clone_from(&fired);
        }
        self.queued.extend(fired.into_iter().map(Queued::Action));
    }
}

/// Something the reviewer can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// File ▸ New from article…
    NewFromArticle,
    /// File ▸ Open…
    Open,
    /// File ▸ Open web address…
    OpenWebAddress,
    /// File ▸ New from clipboard
    NewFromClipboard,
    /// File ▸ Save
    Save,
    /// File ▸ Save as…
    SaveAs,
    /// File ▸ Export ▸ one format.
    Export(ExportKind),
    /// File ▸ Merge review…
    MergeReview,
    /// File ▸ Quit
    Quit,
    /// Edit ▸ Undo
    Undo,
    /// Edit ▸ Redo
    Redo,
    /// Edit ▸ Find (the filter field)
    Find,
    /// Edit ▸ Select all shown claims
    SelectAllShown,
    /// The next row of the table.
    NextClaim,
    /// The previous row of the table.
    PreviousClaim,
    /// Review ▸ Next unreviewed claim
    NextUnreviewed,
    /// A verdict for the selected claim (or every marked row).
    SetVerdict(Verdict),
    /// Review ▸ Claim from selection
    ClaimFromSelection,
    /// Review ▸ Split claim here
    SplitClaim,
    /// Review ▸ Merge claim with next
    MergeWithNext,
    /// Delete the selected claim.
    DeleteClaim,
    /// Write in the selected claim's note.
    WriteNote,
    /// Review ▸ Update article…
    UpdateArticle,
    /// Clear the rows marked for a bulk verdict.
    ClearMarks,
    /// View ▸ Highlight claims
    ToggleHighlights,
    /// View ▸ Zoom in
    ZoomIn,
    /// View ▸ Zoom out
    ZoomOut,
    /// View ▸ Actual size
    ActualSize,
    /// View ▸ Larger article text
    LargerText,
    /// View ▸ Smaller article text
    SmallerText,
    /// Review ▸ Use this fact-check: the best match as evidence.
    UseMatch,
    /// Review ▸ Use this fact-check and its verdict.
    UseMatchWithVerdict,
    /// Review ▸ Dismiss suggestions.
    DismissMatches,
    /// Review ▸ Archive the claim's sources
    ArchiveSources,
    /// Review ▸ Check sources
    CheckSources,
    /// View ▸ Library
    ShowLibrary,
    /// Help ▸ Keyboard shortcuts
    ShowShortcuts,
    /// Help ▸ About Sanad
    ShowAbout,
}

/// The export formats, as actions name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportKind {
    /// schema.org ClaimReview JSON-LD.
    ClaimReview,
    /// CSV for spreadsheets.
    Csv,
    /// A Markdown report.
    Markdown,
    /// A standalone HTML report.
    Html,
}

impl ExportKind {
    fn format(self) -> Format {
        match self {
            ExportKind::ClaimReview => Format::ClaimReview,
            ExportKind::Csv => Format::Csv,
            ExportKind::Markdown => Format::Markdown,
            ExportKind::Html => Format::Html,
        }
    }
}

const NONE: Modifiers = Modifiers::NONE;
const COMMAND: Modifiers = Modifiers::COMMAND;
const COMMAND_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(NONE, key)
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(COMMAND, key)
}

/// The verdict keys, in verdict order (1 = Unreviewed … 7 = Not checkable).
const VERDICT_KEYS: [Key; 7] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
];

impl Action {
    /// Every action, in the order Help ▸ Keyboard shortcuts lists them.
    pub fn all() -> Vec<Action> {
        let mut all = vec![
            Action::NextClaim,
            Action::PreviousClaim,
            Action::NextUnreviewed,
        ];
        all.extend(Verdict::ALL.map(Action::SetVerdict));
        all.extend([
            Action::ClaimFromSelection,
            Action::SplitClaim,
            Action::MergeWithNext,
            Action::DeleteClaim,
            Action::WriteNote,
            Action::ToggleHighlights,
            Action::ClearMarks,
            Action::SelectAllShown,
            Action::UpdateArticle,
            Action::UseMatch,
            Action::UseMatchWithVerdict,
            Action::DismissMatches,
            Action::ArchiveSources,
            Action::CheckSources,
            Action::ShowLibrary,
            Action::Undo,
            Action::Redo,
            Action::Find,
            Action::NewFromArticle,
            Action::Open,
            Action::OpenWebAddress,
            Action::NewFromClipboard,
            Action::Save,
            Action::SaveAs,
            Action::Export(ExportKind::ClaimReview),
            Action::Export(ExportKind::Csv),
            Action::Export(ExportKind::Markdown),
            Action::Export(ExportKind::Html),
            Action::MergeReview,
            Action::Quit,
            Action::ZoomIn,
            Action::ZoomOut,
            Action::ActualSize,
            Action::LargerText,
            Action::SmallerText,
            Action::ShowShortcuts,
            Action::ShowAbout,
        ]);
        all
    }

    /// The words on its menu item or button.
    pub fn label(self) -> Phrase {
        match self {
            Action::NewFromArticle => tr!("action-new-from-article"),
            Action::Open => tr!("action-open"),
            Action::OpenWebAddress => tr!("action-open-web-address"),
            Action::NewFromClipboard => tr!("action-new-from-clipboard"),
            Action::ArchiveSources => tr!("action-archive-sources"),
            Action::CheckSources => tr!("action-check-sources"),
            Action::Save => tr!("action-save"),
            Action::SaveAs => tr!("action-save-as"),
            Action::Export(ExportKind::ClaimReview) => tr!("action-export-claimreview"),
            Action::Export(ExportKind::Csv) => tr!("action-export-csv"),
            Action::Export(ExportKind::Markdown) => tr!("action-export-markdown"),
            Action::Export(ExportKind::Html) => tr!("action-export-html"),
            Action::MergeReview => tr!("action-merge-review"),
            Action::Quit => tr!("action-quit"),
            Action::Undo => tr!("action-undo"),
            Action::Redo => tr!("action-redo"),
            Action::Find => tr!("action-find"),
            Action::SelectAllShown => tr!("action-select-all-shown"),
            Action::NextClaim => tr!("action-next-claim"),
            Action::PreviousClaim => tr!("action-previous-claim"),
            Action::NextUnreviewed => tr!("action-next-unreviewed"),
            Action::SetVerdict(verdict) => {
                tr!("action-set-verdict", verdict = words::verdict(verdict))
            }
            Action::ClaimFromSelection => tr!("action-claim-from-selection"),
            Action::SplitClaim => tr!("action-split-claim"),
            Action::MergeWithNext => tr!("action-merge-with-next"),
            Action::DeleteClaim => tr!("action-delete-claim"),
            Action::WriteNote => tr!("action-write-note"),
            Action::UpdateArticle => tr!("action-update-article"),
            Action::ClearMarks => tr!("action-clear-marks"),
            Action::ToggleHighlights => tr!("action-toggle-highlights"),
            Action::ZoomIn => tr!("action-zoom-in"),
            Action::ZoomOut => tr!("action-zoom-out"),
            Action::ActualSize => tr!("action-actual-size"),
            Action::LargerText => tr!("action-larger-text"),
            Action::SmallerText => tr!("action-smaller-text"),
            Action::UseMatch => tr!("action-use-match"),
            Action::UseMatchWithVerdict => tr!("action-use-match-with-verdict"),
            Action::DismissMatches => tr!("action-dismiss-matches"),
            Action::ShowLibrary => tr!("action-show-library"),
            Action::ShowShortcuts => tr!("action-show-shortcuts"),
            Action::ShowAbout => tr!("action-show-about"),
        }
    }

    /// What it does, for tooltips and Help ▸ Keyboard shortcuts.
    pub fn description(self) -> Phrase {
        match self {
            Action::NewFromArticle => tr!("action-new-from-article-about"),
            Action::Open => tr!("action-open-about"),
            Action::OpenWebAddress => tr!("action-open-web-address-about"),
            Action::NewFromClipboard => tr!("action-new-from-clipboard-about"),
            Action::ArchiveSources => tr!("action-archive-sources-about"),
            Action::CheckSources => tr!("action-check-sources-about"),
            Action::Save => tr!("action-save-about"),
            Action::SaveAs => tr!("action-save-as-about"),
            Action::Export(_) => tr!("action-export-about"),
            Action::MergeReview => tr!("action-merge-review-about"),
            Action::Quit => tr!("action-quit-about"),
            Action::Undo => tr!("action-undo-about"),
            Action::Redo => tr!("action-redo-about"),
            Action::Find => tr!("action-find-about"),
            Action::SelectAllShown => tr!("action-select-all-shown-about"),
            Action::NextClaim => tr!("action-next-claim-about"),
            Action::PreviousClaim => tr!("action-previous-claim-about"),
            Action::NextUnreviewed => tr!("action-next-unreviewed-about"),
            Action::SetVerdict(verdict) => {
                tr!(
                    "action-set-verdict-about",
                    verdict = words::verdict(verdict)
                )
            }
            Action::ClaimFromSelection => tr!("action-claim-from-selection-about"),
            Action::SplitClaim => tr!("action-split-claim-about"),
            Action::MergeWithNext => tr!("action-merge-with-next-about"),
            Action::DeleteClaim => tr!("action-delete-claim-about"),
            Action::WriteNote => tr!("action-write-note-about"),
            Action::UpdateArticle => tr!("action-update-article-about"),
            Action::ClearMarks => tr!("action-clear-marks-about"),
            Action::ToggleHighlights => tr!("action-toggle-highlights-about"),
            Action::ZoomIn => tr!("action-zoom-in-about"),
            Action::ZoomOut => tr!("action-zoom-out-about"),
            Action::ActualSize => tr!("action-actual-size-about"),
            Action::LargerText => tr!("action-larger-text-about"),
            Action::SmallerText => tr!("action-smaller-text-about"),
            Action::UseMatch => tr!("action-use-match-about"),
            Action::UseMatchWithVerdict => tr!("action-use-match-with-verdict-about"),
            Action::DismissMatches => tr!("action-dismiss-matches-about"),
            Action::ShowLibrary => tr!("action-show-library-about"),
            Action::ShowShortcuts => tr!("action-show-shortcuts-about"),
            Action::ShowAbout => tr!("action-show-about-about"),
        }
    }

    /// Its default shortcuts, the first one shown in menus.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        match self {
            Action::NewFromArticle => vec![command(Key::N)],
            Action::Open => vec![command(Key::O)],
            Action::Save => vec![command(Key::S)],
            Action::SaveAs => vec![KeyboardShortcut::new(COMMAND_SHIFT, Key::S)],
            Action::Quit => vec![command(Key::Q)],
            Action::Undo => vec![command(Key::Z)],
            Action::Redo => vec![
                KeyboardShortcut::new(COMMAND_SHIFT, Key::Z),
                command(Key::Y),
            ],
            Action::Find => vec![command(Key::F)],
            Action::NextClaim => vec![key(Key::J), key(Key::ArrowDown)],
            Action::PreviousClaim => vec![key(Key::K), key(Key::ArrowUp)],
            Action::NextUnreviewed => vec![key(Key::N)],
            Action::SetVerdict(verdict) => {
                let mut keys = vec![key(VERDICT_KEYS[usize::from(verdict.key()) - 1])];
                match verdict {
                    Verdict::Verified => keys.push(key(Key::V)),
                    Verdict::Disputed => keys.push(key(Key::D)),
                    _ => {}
                }
                keys
            }
            Action::ClaimFromSelection => vec![key(Key::C)],
            Action::SplitClaim => vec![key(Key::S)],
            Action::MergeWithNext => vec![key(Key::M)],
            Action::DeleteClaim => vec![key(Key::Delete)],
            Action::WriteNote => vec![key(Key::E)],
            Action::ClearMarks => vec![key(Key::Escape)],
            Action::ToggleHighlights => vec![key(Key::H)],
            Action::UseMatch => vec![key(Key::U)],
            Action::UseMatchWithVerdict => vec![KeyboardShortcut::new(Modifiers::SHIFT, Key::U)],
            Action::DismissMatches => vec![key(Key::X)],
            // Ctrl+L is the address bar in every browser: the web address here too.
            Action::OpenWebAddress => vec![command(Key::L)],
            Action::ShowLibrary => vec![KeyboardShortcut::new(COMMAND_SHIFT, Key::L)],
            Action::ZoomIn => vec![command(Key::Plus), command(Key::Equals)],
            Action::ZoomOut => vec![command(Key::Minus)],
            Action::ActualSize => vec![command(Key::Num0)],
            Action::Export(_)
            | Action::MergeReview
            | Action::SelectAllShown
            | Action::NewFromClipboard
            | Action::ArchiveSources
            | Action::CheckSources
            | Action::UpdateArticle
            | Action::LargerText
            | Action::SmallerText
            | Action::ShowShortcuts
            | Action::ShowAbout => Vec::new(),
        }
    }

    /// Whether its shortcut works while a text field has the focus: file commands do; the
    /// single keys and Undo are the field's own there (they type text, or undo typing).
    pub(super) fn works_while_typing(self) -> bool {
        matches!(
            self,
            Action::NewFromArticle
                | Action::Open
                | Action::OpenWebAddress
                | Action::Save
                | Action::SaveAs
                | Action::Quit
                | Action::Find
                | Action::ZoomIn
                | Action::ZoomOut
                | Action::ActualSize
                | Action::ShowLibrary
        )
    }
}

impl SanadApp {
    /// Whether `action` can be carried out now (menus grey it out otherwise).
    pub fn is_enabled(&self, action: Action) -> bool {
        match action {
            Action::Undo => self.doc.history.undo_label().is_some(),
            Action::Redo => self.doc.history.redo_label().is_some(),
            Action::ClaimFromSelection => self.article.selection().is_some(),
            Action::SplitClaim => self.view.caret.is_some(),
            Action::MergeWithNext | Action::DeleteClaim | Action::WriteNote => {
                self.view.selected.is_some()
            }
            Action::ArchiveSources => {
                self.doc.path.is_some()
                    && !self.web.is_busy()
                    && self.view.selected.is_some_and(|id| {
                        !crate::sources::unarchived_sources(&self.doc.review, Some(id)).is_empty()
                    })
            }
            Action::CheckSources => {
                !self.web.is_busy()
                    && self
                        .doc
                        .review
                        .claims
                        .iter()
                        .any(|c| !c.evidence.is_empty())
            }
            Action::SetVerdict(_)
            | Action::UseMatch
            | Action::UseMatchWithVerdict
            | Action::DismissMatches => {
                self.view.selected.is_some() || !self.view.marked.is_empty()
            }
            _ => true,
        }
    }

    /// Ask for `action` to be carried out at the end of this frame, after drawing: a menu
    /// item or a key never changes the review halfway through a frame.
    pub fn queue(&mut self, action: Action) {
        self.actions.push(Queued::Action(action));
    }

    /// Carry out what was asked for during this frame. A note being typed is committed
    /// first, once, here, the one place: every action, every change of the selection and
    /// the unsaved-changes question see the review with it.
    pub(super) fn perform_queued(&mut self, ctx: &egui::Context) {
        if self.actions.queued.is_empty() {
            return;
        }
        self.commit_note();
        for queued in std::mem::take(&mut self.actions.queued) {
            match queued {
                Queued::Action(action) => self.perform(action, ctx),
                Queued::Request(action) => self.request(action),
                Queued::ClickRow(id, modifiers) => self.click_row(id, modifiers),
                Queued::ClickArticle(id, offset) => self.click_article(id, offset),
            }
        }
        // What was carried out is drawn in the next frame.
        ctx.request_repaint();
    }

    /// Carry out `action`: the one place every menu item, key and button goes through.
    pub fn perform(&mut self, action: Action, ctx: &egui::Context) {
        if !self.is_enabled(action) {
            return;
        }
        match action {
            Action::NewFromArticle => self.request(Pending::Choose(Purpose::NewFromArticle)),
            Action::Open => self.request(Pending::Choose(Purpose::Open)),
            Action::OpenWebAddress => self.ask_web_address(),
            Action::NewFromClipboard => self.new_from_clipboard(ctx),
            Action::ArchiveSources => {
                if let Some(claim) = self.view.selected {
                    self.archive_sources(claim, None);
                }
            }
            Action::CheckSources => self.check_sources(),
            Action::Save => self.save(),
            Action::SaveAs => self.choose(Purpose::SaveAs, None),
            Action::Export(kind) => self.choose(Purpose::Export(kind.format()), None),
            Action::MergeReview => self.choose(Purpose::Merge, None),
            Action::Quit => self.request(Pending::Quit),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Find => self.table.focus_search = true,
            Action::SelectAllShown => {
                let claims = &self.doc.review.claims;
                self.view.marked = self.table.rows().iter().map(|&i| claims[i].id).collect();
            }
            Action::NextClaim => self.step_selection(1),
            Action::PreviousClaim => self.step_selection(-1),
            Action::NextUnreviewed => self.next_unreviewed(),
            Action::SetVerdict(verdict) => self.set_verdict(verdict),
            Action::ClaimFromSelection => self.claim_from_selection(),
            Action::SplitClaim => self.split_selected(),
            Action::MergeWithNext => {
                if let Some(claim) = self.view.selected {
                    self.edit(Command::MergeWithNext { claim });
                }
            }
            Action::DeleteClaim => {
                if let Some(claim) = self.view.selected {
                    self.edit(Command::DeleteClaim { claim });
                }
            }
            Action::WriteNote => self.detail.focus_note = true,
            Action::UpdateArticle => self.choose(Purpose::UpdateArticle, None),
            Action::ClearMarks => self.view.marked.clear(),
            Action::ToggleHighlights => self.article.highlights = !self.article.highlights,
            Action::ZoomIn => egui::gui_zoom::zoom_in(ctx),
            Action::ZoomOut => egui::gui_zoom::zoom_out(ctx),
            Action::ActualSize => ctx.set_zoom_factor(1.0),
            Action::LargerText => self.change_text_size(2.0),
            Action::SmallerText => self.change_text_size(-2.0),
            Action::UseMatch => self.use_best_matches(false),
            Action::UseMatchWithVerdict => self.use_best_matches(true),
            Action::DismissMatches => self.dismiss_matches(),
            Action::ShowLibrary => self.view.library_open = true,
            Action::ShowShortcuts => self.view.shortcuts_open = true,
            Action::ShowAbout => self.view.about_open = true,
        }
    }

    /// The actions the keyboard asked for the last time it asked for any (for tests, and
    /// for finding out which binding a key press took).
    pub fn last_shortcut_actions(&self) -> &[Action] {
        &self.actions.last_fired
    }

    /// A menu item for `action`: its label, its first shortcut as the platform writes it,
    /// greyed out when not enabled, its description on hover. Carried out when clicked.
    pub(super) fn action_item(&mut self, ui: &mut egui::Ui, action: Action) {
        let shortcut = action
            .shortcuts()
            .first()
            .map(|shortcut| ui.ctx().format_shortcut(shortcut));
        let enabled = self.is_enabled(action);
        let response = ui_text::add_menu_item(ui, enabled, action.label(), shortcut);
        let response = ui_text::hover(response, action.description());
        if response.clicked() {
            self.queue(action);
        }
    }

    /// An action's shortcuts as the platform writes them ("Ctrl+S", "⌘S"), joined with "or".
    pub(super) fn shortcut_text(ctx: &egui::Context, action: Action) -> String {
        action
            .shortcuts()
            .iter()
            .map(|s| ctx.format_shortcut(s))
            .collect::<Vec<_>>()
            .join(tr!("shortcut-or").as_str())
    }
}

/// An action's description and shortcuts, for a button's tooltip: "delete the claim (Del)".
pub(super) fn tooltip(ctx: &egui::Context, action: Action) -> Phrase {
    let keys = SanadApp::shortcut_text(ctx, action);
    let capital = Phrase::new(super::capitalised(action.description().as_str()));
    if keys.is_empty() {
        capital
    } else {
        tr!("tooltip-with-keys", about = capital, keys = keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let mut seen: HashMap<KeyboardShortcut, Action> = HashMap::new();
        for action in Action::all() {
            for shortcut in action.shortcuts() {
                if let Some(other) = seen.insert(shortcut, action) {
                    panic!("{shortcut:?} is both {other:?} and {action:?}");
                }
            }
        }
    }

    #[test]
    fn every_action_has_a_label_and_a_description() {
        let all = Action::all();
        for action in &all {
            assert!(!action.label().as_str().is_empty());
            assert!(!action.description().as_str().is_empty());
        }
        let unique: std::collections::HashSet<_> = all.iter().collect();
        assert_eq!(unique.len(), all.len(), "listed once each");
    }
}
