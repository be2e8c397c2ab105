//! Editing the review from the window: every edit goes through `SanadApp::edit` (which keeps
//! its inverse for undo and tells the views what may have changed), and the claims work
//! (selection, verdicts, split, claim from selection) is built on it.

use super::SanadApp;
use super::i18n::tr;
use crate::model::{ClaimId, Command, Effects, Verdict};
use std::sync::Arc;

impl SanadApp {
    /// Run an edit, keeping its inverse for undo.
    pub(super) fn edit(&mut self, command: Command) {
        let effects = command.effects();
        // Deleting the current claim moves on to its neighbour in the table, not the top.
        let neighbour = match &command {
            Command::DeleteClaim { claim } if Some(*claim) == self.view.selected => {
                self.neighbour_row(*claim)
            }
            _ => None,
        };
        let review = Arc::make_mut(&mut self.doc.review);
        match self.doc.history.apply(review, command, &self.reviewer) {
            Ok(()) => {
                if neighbour.is_some() {
                    self.view.selected = neighbour;
                }
                // Verdicts and sources leave the search index valid: no rebuild.
                self.changed(effects);
            }
            Err(e) => self.fail(tr!("could-not-edit", reason = super::errors::edit(&e))),
        }
    }

    /// The claim of the row after `id`'s in the table (else the one before).
    pub(super) fn neighbour_row(&self, id: ClaimId) -> Option<ClaimId> {
        let rows = self.table.rows();
        let claims = &self.doc.review.claims;
        let at = rows.iter().position(|&i| claims[i].id == id)?;
        let next = rows
            .get(at + 1)
            .or_else(|| at.checked_sub(1).and_then(|b| rows.get(b)));
        next.map(|&i| claims[i].id)
    }

    /// View ▸ Article language: the article's sentences and the engine's claims found again
    /// with `language`'s rules, every reviewed claim kept; one undoable edit, worked out in
    /// the background for a long review.
    pub(super) fn change_language(&mut self, language: &'static str) {
        if self.doc.review.article.language == language {
            return;
        }
        // The change log is part of the file: its reason stays in English, as files do.
        let name = crate::engine::language_name(language);
        let shown = super::words::language(language);
        let doing = tr!("work-relanguage", language = &shown);
        let result = self.start_work(doing, move |review| {
            let changed = crate::relanguage::relanguage(review, language);
            let reason = format!("article language set to {name} ({language})");
            let message = String::from(tr!(
                "relanguaged",
                language = shown,
                sentences = changed.article.sentences.len(),
                claims = changed.claims.len()
            ));
            let command = Command::ReplaceReview {
                review: Box::new(changed),
                reason,
            };
            Ok(super::work::Outcome::Edit(command, message))
        });
        if let Err(e) = result {
            self.fail(e);
        }
    }

    /// Undo the last edit (Ctrl+Z).
    pub(super) fn undo(&mut self) {
        let review = Arc::make_mut(&mut self.doc.review);
        let outcome = self.doc.history.undo(review, &self.reviewer);
        self.stepped(outcome, false);
    }

    /// Redo the last undone edit (Ctrl+Shift+Z, Ctrl+Y).
    pub(super) fn redo(&mut self) {
        let review = Arc::make_mut(&mut self.doc.review);
        let outcome = self.doc.history.redo(review, &self.reviewer);
        self.stepped(outcome, true);
    }

    /// After an undo or a redo (`redo`): views rebuild, the status bar says what happened.
    pub(super) fn stepped(
        &mut self,
        outcome: Option<Result<Effects, crate::model::ApplyError>>,
        redo: bool,
    ) {
        match (outcome, redo) {
            (Some(Ok(effects)), _) => {
                self.changed(effects);
                self.inform(if redo { tr!("redone") } else { tr!("undone") });
            }
            (Some(Err(e)), false) => {
                self.fail(tr!("could-not-undo", reason = super::errors::edit(&e)))
            }
            (Some(Err(e)), true) => {
                self.fail(tr!("could-not-redo", reason = super::errors::edit(&e)))
            }
            (None, false) => self.warn(tr!("nothing-to-undo")),
            (None, true) => self.warn(tr!("nothing-to-redo")),
        }
    }

    /// After any change to the review: views rebuild (the article view when the article may
    /// have changed, the search index when the claims' text may have), the selection stays
    /// valid.
    pub(super) fn changed(&mut self, effects: Effects) {
        self.doc.dirty = true;
        self.doc.generation += 1;
        self.table.text_changed(effects.claims_text);
        if effects.article {
            self.article = self.fresh_article_view(&self.doc.review);
        }
        let exists = |id: ClaimId| self.doc.review.claim(id).is_some();
        if !self.view.selected.is_some_and(exists) {
            self.view.selected = self.doc.review.claims.first().map(|c| c.id);
        }
        self.view
            .marked
            .retain(|id| self.doc.review.claim(*id).is_some());
    }

    /// A note typed but not yet committed (its field still has the focus) becomes an edit,
    /// before anything else happens to the review.
    pub(super) fn commit_note(&mut self) {
        if let Some(command) = self.detail.pending_note(&self.doc.review) {
            self.edit(command);
        }
    }

    /// Select claim `id`, bring it into view in the article and flash it there, and scroll
    /// the table to its row.
    pub(super) fn select(&mut self, id: ClaimId) {
        self.view.selected = Some(id);
        self.view.caret = None;
        if let Some(index) = self.doc.review.claims.iter().position(|c| c.id == id) {
            let claim = &self.doc.review.claims[index];
            self.article
                .flash(claim.id, claim.span.start..claim.span.end);
            self.table.scroll_to_claim(index);
        }
    }

    /// The claims the bulk verdict applies to: the marked rows, else the selected claim.
    pub(super) fn targets(&self) -> Vec<ClaimId> {
        if self.view.marked.is_empty() {
            self.view.selected.into_iter().collect()
        } else {
            self.view.marked.iter().copied().collect()
        }
    }

    /// Give the selected claim, or every marked one, `verdict` (one undoable edit).
    pub(super) fn set_verdict(&mut self, verdict: Verdict) {
        let mut commands: Vec<Command> = self
            .targets()
            .into_iter()
            .map(|claim| Command::SetVerdict { claim, verdict })
            .collect();
        match commands.len() {
            0 => {}
            1 => {
                if let Some(command) = commands.pop() {
                    self.edit(command);
                }
            }
            n => {
                self.edit(Command::Batch { commands });
                self.inform(tr!(
                    "claims-marked",
                    count = n,
                    verdict = super::words::verdict(verdict)
                ));
            }
        }
    }

    /// Move the selection `step` rows through the table as it is sorted and filtered.
    pub(super) fn step_selection(&mut self, step: isize) {
        let rows = self.table.rows();
        if rows.is_empty() {
            return;
        }
        let current = self.view.selected.and_then(|id| {
            rows.iter()
                .position(|&i| self.doc.review.claims[i].id == id)
        });
        let next = match current {
            Some(at) => at.saturating_add_signed(step).min(rows.len() - 1),
            None => 0,
        };
        let id = self.doc.review.claims[rows[next]].id;
        self.select(id);
    }

    /// Select the next unreviewed claim after the current one in table order (N).
    pub(super) fn next_unreviewed(&mut self) {
        let rows = self.table.rows().to_vec();
        let claims = &self.doc.review.claims;
        let current = self
            .view
            .selected
            .and_then(|id| rows.iter().position(|&i| claims[i].id == id))
            .map_or(0, |at| at + 1);
        let found = rows[current.min(rows.len())..]
            .iter()
            .chain(&rows[..current.min(rows.len())])
            .find(|&&i| claims[i].verdict == Verdict::Unreviewed)
            .map(|&i| claims[i].id);
        match found {
            Some(id) => self.select(id),
            None => self.warn(tr!("every-claim-has-verdict")),
        }
    }

    /// Split the selected claim where the reader clicked in it.
    pub(super) fn split_selected(&mut self) {
        match (self.view.selected, self.view.caret) {
            (Some(claim), Some(at)) => {
                self.edit(Command::SplitClaim { claim, at });
                self.view.caret = None;
            }
            _ => self.warn(tr!("split-how")),
        }
    }

    /// Make a claim of the text selected in the article.
    pub(super) fn claim_from_selection(&mut self) {
        let Some(range) = self.article.selection() else {
            self.warn(tr!("select-text-first"));
            return;
        };
        let span = trimmed(&self.doc.review.article.text, range);
        let next_id = ClaimId(self.doc.review.next_claim_id);
        self.edit(Command::AddClaim { span });
        if self.doc.review.claim(next_id).is_some() {
            self.select(next_id);
            self.article.clear_selection();
        }
    }
}

/// `range` of `text` without the whitespace at its ends.
pub(super) fn trimmed(text: &str, range: std::ops::Range<usize>) -> crate::model::Span {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    crate::model::Span::new(start, end.max(start))
}
