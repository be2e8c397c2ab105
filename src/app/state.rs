//! The window's state, split by what it is: the reader's view of the review, the work
//! running in the background, and closing. (The dialogs have their own module.)

use super::files::Loading;
use crate::model::ClaimId;
use std::collections::BTreeSet;

/// How the reader is looking at the review: what is selected and marked, where the caret
/// is, how the window is divided.
pub(super) struct View {
    /// The current claim.
    pub selected: Option<ClaimId>,
    /// Claims picked with Ctrl/Shift+click for a bulk verdict.
    pub marked: BTreeSet<ClaimId>,
    /// Where the reader last clicked inside the selected claim: the split point.
    pub caret: Option<usize>,
    /// The share of the window's width the claims panel takes: kept when the window is
    /// resized (so the article is not squeezed to a strip), changed by dragging the panel.
    pub claims_share: f32,
    /// The window's width last frame, to tell a window resize from a panel drag.
    pub last_width: Option<f32>,
    /// The verdict counts of the status bar, and the generation they were counted at.
    pub counts: (Option<u64>, [usize; 7]),
    /// Help ▸ Keyboard shortcuts is open (beside the window, not over it).
    pub shortcuts_open: bool,
    /// Help ▸ About is open.
    pub about_open: bool,
    /// View ▸ Library is open.
    pub library_open: bool,
}

impl View {
    /// The view of a review just opened: `selected` current, the claims panel taking
    /// `claims_share` of the width.
    pub fn new(selected: Option<ClaimId>, claims_share: f32) -> Self {
        View {
            selected,
            marked: BTreeSet::new(),
            caret: None,
            claims_share,
            last_width: None,
            counts: (None, [0; 7]),
            shortcuts_open: false,
            about_open: false,
            library_open: false,
        }
    }
}

/// Work running in the background.
#[derive(Default)]
pub(super) struct Jobs {
    /// A file being read.
    pub loading: Option<Loading>,
    /// A long review being saved.
    pub saving: Option<super::saving::SaveJob>,
    /// An export, a merge or an update of the article running on a copy of a long review.
    pub work: Option<super::work::Work>,
    /// An autosave being written.
    pub autosaving: Option<std::thread::JoinHandle<Result<(), String>>>,
    /// When unsaved changes were last written to the recovery file.
    pub last_autosave: Option<std::time::Instant>,
}

/// Closing the window.
#[derive(Default)]
pub(super) struct Closing {
    /// The reader answered the unsaved-changes question: the window may close.
    pub asked: bool,
    /// Send the close command at the end of this frame.
    pub send_now: bool,
}

/// What a background job's channel says this frame: still running (a repaint is asked for
/// shortly, to look again), or done with what it sent (`None` when it stopped without
/// sending: it panicked).
pub(super) fn poll_job<T>(
    result: &std::sync::mpsc::Receiver<T>,
    ctx: &egui::Context,
) -> Option<Option<T>> {
    match result.try_recv() {
        Ok(value) => Some(Some(value)),
        Err(std::sync::mpsc::TryRecvError::Empty) => {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
            None
        }
        Err(std::sync::mpsc::TryRecvError::Disconnected) => Some(None),
    }
}
