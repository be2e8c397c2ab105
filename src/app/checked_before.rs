//! "Checked before?" in the window: the fact-check library opened in the background when
//! the window starts (and again after a save, an import, a rebuild), every checkable claim
//! of the open review matched against it in the background, and the edits the matches
//! lead to (use one as evidence, dismiss them). The window never waits for the library:
//! until it is open, and while claims are being matched, the table simply has no marks.

use super::SanadApp;
use super::i18n::tr;
use crate::factchecks::suggest::{self, Suggestion, Thresholds};
use crate::factchecks::{Library, LibraryError};
use crate::model::{ClaimId, Command};
use crate::query::Seen;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

/// Claims and their matches, best first, as a matching job sends them.
type ClaimMatches = Vec<(ClaimId, Vec<Suggestion>)>;

/// The library, the matches of the open review's claims, and the jobs that make them.
#[derive(Default)]
pub(super) struct CheckedBefore {
    /// The library folder; `None` when the window has none (tests, unless they give one).
    dir: Option<PathBuf>,
    /// The library, once open.
    pub library: Option<Arc<Library>>,
    /// The library being opened (its folders scanned, its index checked).
    opening: Option<Receiver<Result<Library, String>>>,
    /// Claims being matched.
    matching: Option<Receiver<ClaimMatches>>,
    /// Each matched claim's words when matched, and its matches, best first.
    matches: HashMap<ClaimId, (String, Vec<Suggestion>)>,
    /// Counts changes to `matches` (the table's marks are rebuilt on it).
    pub version: u64,
    /// The review generation whose claims were last looked at for matching.
    looked_at: Option<u64>,
    /// Which matches are listed, and which mark a claim.
    pub thresholds: Thresholds,
    /// Why the library could not be opened, when it could not.
    pub problem: Option<String>,
    /// A feed being imported into the library: what to say when it is in.
    pub importing: Option<Receiver<Result<String, String>>>,
}

impl CheckedBefore {
    /// Forget the matches (another review is open, or the library changed).
    pub fn forget_matches(&mut self) {
        self.matches.clear();
        self.matching = None;
        self.looked_at = None;
        self.version += 1;
    }

    /// The library folder, when the window has one.
    pub fn dir(&self) -> Option<&std::path::Path> {
        self.dir.as_deref()
    }

    /// The matches of `claim` that are listed (strong enough, recent enough, not
    /// dismissed in `review`), best first.
    pub fn listed(&self, review: &crate::model::Review, claim: ClaimId) -> Vec<Suggestion> {
        self.matches
            .get(&claim)
            .map(|(_, all)| {
                all.iter()
                    .filter(|s| self.thresholds.lists(s) && !review.is_dismissed(claim, &s.key))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Each claim's strongest match that marks it (undismissed), as the table sorts and
    /// filters on it.
    pub fn seen(&self, review: &crate::model::Review) -> Seen {
        let mut seen = Seen::new();
        for (id, (_, all)) in &self.matches {
            let best = all
                .iter()
                .filter(|s| self.thresholds.marks(s) && !review.is_dismissed(*id, &s.key))
                .max_by(|a, b| a.strength.total_cmp(&b.strength));
            if let Some(best) = best {
                let verdict = best.verdict.unwrap_or_default();
                seen.insert(*id, (best.strength, verdict));
            }
        }
        seen
    }
}

impl SanadApp {
    /// Use the fact-check library in the folder `dir`: opened now, in the background.
    pub fn use_library(&mut self, dir: PathBuf) {
        self.checked.dir = Some(dir);
        self.open_library();
    }

    /// Open the library again (after a save, an import, a rebuild), in the background; the
    /// one open now is searched until the new one is ready.
    pub(super) fn open_library(&mut self) {
        let Some(dir) = self.checked.dir.clone() else {
            return;
        };
        let (sender, receiver) = std::sync::mpsc::channel();
        super::i18n::spawn(move || {
            let opened = Library::open(&dir).map_err(|e: LibraryError| super::errors::library(&e));
            let _ = sender.send(opened);
        });
        self.checked.opening = Some(receiver);
    }

    /// Whether the library is being opened or claims matched.
    pub fn is_matching(&self) -> bool {
        self.checked.opening.is_some() || self.checked.matching.is_some()
    }

    /// The library's jobs, every frame: a library opened taken in, claims not yet matched
    /// sent to be matched, matches taken in.
    pub(super) fn poll_checked_before(&mut self, ctx: &egui::Context) {
        if let Some(opening) = &self.checked.opening
            && let Some(sent) = super::state::poll_job(opening, ctx)
        {
            self.checked.opening = None;
            match sent {
                Some(Ok(library)) => {
                    self.checked.library = Some(Arc::new(library));
                    self.checked.problem = None;
                    self.checked.forget_matches();
                }
                Some(Err(problem)) => self.checked.problem = Some(problem),
                None => self.checked.problem = Some(tr!("library-could-not-open").into()),
            }
        }
        if let Some(matching) = &self.checked.matching
            && let Some(sent) = super::state::poll_job(matching, ctx)
        {
            self.checked.matching = None;
            for (id, suggestions) in sent.unwrap_or_default() {
                let text = self
                    .doc
                    .review
                    .claim(id)
                    .map(|c| c.quote.exact.clone())
                    .unwrap_or_default();
                self.checked.matches.insert(id, (text, suggestions));
            }
            self.checked.version += 1;
        }
        self.match_new_claims();
    }

    /// Send the checkable claims whose words have no matches yet to be matched, in the
    /// background (once per change of the review).
    fn match_new_claims(&mut self) {
        let Some(library) = &self.checked.library else {
            return;
        };
        if self.checked.matching.is_some() || self.checked.looked_at == Some(self.doc.generation) {
            return;
        }
        self.checked.looked_at = Some(self.doc.generation);
        let claims: Vec<(ClaimId, String)> = self
            .doc
            .review
            .claims
            .iter()
            .filter(|c| c.checkable)
            .filter(|c| {
                self.checked
                    .matches
                    .get(&c.id)
                    .is_none_or(|(text, _)| *text != c.quote.exact)
            })
            .map(|c| (c.id, c.quote.exact.clone()))
            .collect();
        if claims.is_empty() {
            return;
        }
        let library = Arc::clone(library);
        let own = self.doc.path.clone();
        let (sender, receiver) = std::sync::mpsc::channel();
        super::i18n::spawn(move || {
            let _ = sender.send(suggest::match_claims(&library, &claims, own.as_deref()));
        });
        self.checked.matching = Some(receiver);
    }

    /// Wait (in tests) until the library is open and every claim matched, or `limit`.
    pub fn wait_for_matches(&mut self, ctx: &egui::Context, limit: std::time::Duration) {
        let started = std::time::Instant::now();
        while started.elapsed() < limit {
            self.poll_checked_before(ctx);
            if !self.is_matching() && self.checked.library.is_some() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// The matches listed for `claim` (for tests and the detail panel).
    pub fn matches_of(&self, claim: ClaimId) -> Vec<Suggestion> {
        self.checked.listed(&self.doc.review, claim)
    }

    /// Use the best listed match of the selected claim, or of each marked claim, as
    /// evidence, copying its verdict when `with_verdict`: one undoable edit.
    pub(super) fn use_best_matches(&mut self, with_verdict: bool) {
        let commands: Vec<Command> = self
            .targets()
            .into_iter()
            .filter_map(|claim| {
                let best = self
                    .checked
                    .listed(&self.doc.review, claim)
                    .into_iter()
                    .next()?;
                Some(suggest::use_command(claim, &best, with_verdict))
            })
            .collect();
        let n = commands.len();
        let mut commands = commands;
        match commands.pop() {
            None => self.warn(tr!("no-match-to-use")),
            Some(only) if commands.is_empty() => self.edit(only),
            Some(last) => {
                commands.push(last);
                self.edit(Command::Batch { commands });
                self.inform(tr!("matches-used", count = n));
            }
        }
    }

    /// Use `suggestion` for `claim` (a button of the detail panel).
    pub(super) fn use_match(&mut self, claim: ClaimId, suggestion: &Suggestion, verdict: bool) {
        self.edit(suggest::use_command(claim, suggestion, verdict));
    }

    /// Dismiss every listed match of the selected claim, or of each marked claim: one
    /// undoable edit, remembered in the review.
    pub(super) fn dismiss_matches(&mut self) {
        let mut commands = Vec::new();
        for claim in self.targets() {
            for suggestion in self.checked.listed(&self.doc.review, claim) {
                commands.push(Command::SetDismissed {
                    claim,
                    key: suggestion.key,
                    dismissed: true,
                });
            }
        }
        if commands.is_empty() {
            self.warn(tr!("no-suggestions-to-dismiss"));
        } else {
            let n = commands.len();
            self.edit(Command::Batch { commands });
            self.inform(tr!("suggestions-dismissed", count = n));
        }
    }
}
