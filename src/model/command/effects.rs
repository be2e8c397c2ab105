//! What an edit makes stale in the views of a review (the article's layout, the search
//! index), said by every command: one exhaustive match, so a new command must say it.

use super::Command;
use crate::model::ClaimId;

/// What applying a command may make stale in the views of a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Effects {
    /// The article itself (its text, direction or whole review): its layout is rebuilt.
    pub article: bool,
    /// The claims' searchable text or positions: what of the search index is stale.
    pub claims_text: TextChange,
}

/// Which claims' searchable text (words, attribution, note) or positions an edit changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextChange {
    /// None: the search index stays valid.
    #[default]
    Nothing,
    /// This claim's note, nothing else: positions and every other claim as they were.
    Note(ClaimId),
    /// Claims added, removed, moved, re-spanned, or several changed.
    Claims,
}

impl TextChange {
    fn and(self, other: TextChange) -> TextChange {
        match (self, other) {
            (TextChange::Nothing, change) | (change, TextChange::Nothing) => change,
            (TextChange::Note(a), TextChange::Note(b)) if a == b => TextChange::Note(a),
            _ => TextChange::Claims,
        }
    }
}

impl Effects {
    fn either(self, other: Effects) -> Effects {
        Effects {
            article: self.article || other.article,
            claims_text: self.claims_text.and(other.claims_text),
        }
    }
}

impl Command {
    /// What this command may make stale. Every variant is named, so a new command must say
    /// what it touches (a match ending in `_ => false` would silently keep a stale index).
    pub fn effects(&self) -> Effects {
        const NOTHING_INDEXED: Effects = Effects {
            article: false,
            claims_text: TextChange::Nothing,
        };
        const CLAIMS_TEXT: Effects = Effects {
            article: false,
            claims_text: TextChange::Claims,
        };
        const EVERYTHING: Effects = Effects {
            article: true,
            claims_text: TextChange::Claims,
        };
        match self {
            // Verdicts and sources are not searched: the index stays valid.
            Command::SetVerdict { .. }
            | Command::AddEvidence { .. }
            | Command::InsertEvidence { .. }
            | Command::SetEvidence { .. }
            | Command::RemoveEvidence { .. }
            | Command::SetDismissed { .. } => NOTHING_INDEXED,
            // The note is searched: one claim's entry is stale.
            Command::SetNote { claim, .. } => Effects {
                article: false,
                claims_text: TextChange::Note(*claim),
            },
            // Claims added, removed or moved change positions.
            Command::AddClaim { .. }
            | Command::DeleteClaim { .. }
            | Command::SplitClaim { .. }
            | Command::MergeWithNext { .. }
            | Command::ReplaceClaims { .. }
            | Command::AttachOrphan { .. }
            | Command::ResolveConflict { .. } => CLAIMS_TEXT,
            Command::SetDirection { .. }
            | Command::AdoptMerge { .. }
            | Command::ReplaceReview { .. } => EVERYTHING,
            Command::Batch { commands } => commands
                .iter()
                .fold(NOTHING_INDEXED, |all, c| all.either(c.effects())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(claim: u32) -> Command {
        Command::SetNote {
            claim: ClaimId(claim),
            note: "n".into(),
        }
    }

    #[test]
    fn a_batch_of_notes_names_its_claim_only_when_it_is_one() {
        let one = Command::Batch {
            commands: vec![note(3), note(3)],
        };
        assert_eq!(one.effects().claims_text, TextChange::Note(ClaimId(3)));
        let two = Command::Batch {
            commands: vec![note(3), note(4)],
        };
        assert_eq!(two.effects().claims_text, TextChange::Claims);
        let with_verdict = Command::Batch {
            commands: vec![
                Command::SetVerdict {
                    claim: ClaimId(4),
                    verdict: crate::model::Verdict::False,
                },
                note(3),
            ],
        };
        assert_eq!(
            with_verdict.effects().claims_text,
            TextChange::Note(ClaimId(3))
        );
        assert!(!with_verdict.effects().article);
    }
}
