//! Undo and redo: each applied command leaves its inverse on a stack. Undoing applies that
//! inverse (through [`apply`], so it is checked and logged like any edit) and keeps the
//! inverse's own inverse for redo.

use super::{ApplyError, Command, Effects, Review, apply};

/// How many edits can be undone; older ones are forgotten so that a long session's
/// snapshots (merges, re-anchoring) cannot fill the memory.
pub const UNDO_LIMIT: usize = 500;

/// The undo and redo stacks of one open review.
#[derive(Debug, Default, Clone)]
pub struct History {
    undo: Vec<Command>,
    redo: Vec<Command>,
}

impl History {
    /// Apply `command` and remember how to undo it; a new edit forgets what could be redone.
    pub fn apply(
        &mut self,
        review: &mut Review,
        command: Command,
        by: &str,
    ) -> Result<(), ApplyError> {
        let inverse = apply(review, command, by)?;
        push(&mut self.undo, inverse);
        self.redo.clear();
        Ok(())
    }

    /// Undo the last edit, and say what it may have made stale; `None` when there is nothing
    /// to undo.
    pub fn undo(&mut self, review: &mut Review, by: &str) -> Option<Result<Effects, ApplyError>> {
        let inverse = self.undo.pop()?;
        Some(step(review, inverse, by, &mut self.undo, &mut self.redo))
    }

    /// Redo the last undone edit, and say what it may have made stale; `None` when there is
    /// nothing to redo.
    pub fn redo(&mut self, review: &mut Review, by: &str) -> Option<Result<Effects, ApplyError>> {
        let command = self.redo.pop()?;
        Some(step(review, command, by, &mut self.redo, &mut self.undo))
    }

    /// What Undo would undo ("verdict"), if anything.
    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.last().map(Command::describe)
    }

    /// What Redo would redo, if anything.
    pub fn redo_label(&self) -> Option<&'static str> {
        self.redo.last().map(Command::describe)
    }

    /// The edit Undo would take back, if any.
    pub fn undo_command(&self) -> Option<&Command> {
        self.undo.last()
    }

    /// The edit Redo would do again, if any.
    pub fn redo_command(&self) -> Option<&Command> {
        self.redo.last()
    }

    /// Forget everything (another review was opened).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

/// Apply `command` taken from `from`; its inverse goes to `to`. On failure (the review
/// changed under the stack, which should not happen) the command goes back where it was.
fn step(
    review: &mut Review,
    command: Command,
    by: &str,
    from: &mut Vec<Command>,
    to: &mut Vec<Command>,
) -> Result<Effects, ApplyError> {
    let effects = command.effects();
    match apply(review, command.clone(), by) {
        Ok(inverse) => {
            push(to, inverse);
            Ok(effects)
        }
        Err(e) => {
            from.push(command);
            Err(e)
        }
    }
}

fn push(stack: &mut Vec<Command>, command: Command) {
    if stack.len() == UNDO_LIMIT {
        stack.remove(0);
    }
    stack.push(command);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Claim, ClaimId, Evidence, Span, Verdict};

    fn review() -> Review {
        let text = "One claim here. Two claims there. Three.".to_string();
        let mut article = Article::new("t".into(), "en".into(), "UTF-8".into(), text.clone());
        article.sentences = vec![Span::new(0, 15), Span::new(16, 33), Span::new(34, 40)];
        let claims = vec![
            Claim::new(ClaimId(1), &text, Span::new(0, 15), 0),
            Claim::new(ClaimId(2), &text, Span::new(16, 33), 1),
            Claim::new(ClaimId(3), &text, Span::new(34, 40), 2),
        ];
        Review::new(article, claims)
    }

    /// What an edit changes, without the log and time stamps that every edit (undo too)
    /// adds to.
    fn content(r: &Review) -> (Vec<Claim>, Vec<Claim>, crate::model::TextDirection) {
        let strip = |c: &Claim| Claim {
            updated_at: None,
            updated_by: None,
            ..c.clone()
        };
        (
            r.claims.iter().map(strip).collect(),
            r.orphans.iter().map(strip).collect(),
            r.article.direction,
        )
    }

    fn every_kind_of_edit() -> Vec<Command> {
        let source = Evidence {
            url: Some("https://example.org".into()),
            ..Evidence::default()
        };
        vec![
            Command::SetVerdict {
                claim: ClaimId(1),
                verdict: Verdict::Verified,
            },
            Command::SetNote {
                claim: ClaimId(2),
                note: "check the budget".into(),
            },
            Command::AddEvidence {
                claim: ClaimId(1),
                evidence: source.clone(),
            },
            Command::SetEvidence {
                claim: ClaimId(1),
                index: 0,
                evidence: Evidence {
                    title: "Report".into(),
                    ..source
                },
            },
            Command::RemoveEvidence {
                claim: ClaimId(1),
                index: 0,
            },
            Command::SplitClaim {
                claim: ClaimId(2),
                at: 20,
            },
            Command::MergeWithNext { claim: ClaimId(1) },
            Command::DeleteClaim { claim: ClaimId(3) },
            Command::AddClaim {
                span: Span::new(34, 39),
            },
            Command::SetDirection {
                direction: crate::model::TextDirection::RightToLeft,
            },
            Command::Batch {
                commands: vec![
                    Command::SetVerdict {
                        claim: ClaimId(1),
                        verdict: Verdict::False,
                    },
                    Command::SetVerdict {
                        claim: ClaimId(4),
                        verdict: Verdict::False,
                    },
                ],
            },
        ]
    }

    #[test]
    fn every_edit_undoes_and_redoes_exactly() {
        let mut r = review();
        let mut history = History::default();
        let mut states = vec![content(&r)];
        for command in every_kind_of_edit() {
            let name = format!("{command:?}");
            history.apply(&mut r, command, "a").expect(&name);
            states.push(content(&r));
        }
        for expected in states.iter().rev().skip(1) {
            history.undo(&mut r, "a").unwrap().unwrap();
            assert_eq!(&content(&r), expected);
        }
        assert!(history.undo(&mut r, "a").is_none());
        for expected in states.iter().skip(1) {
            history.redo(&mut r, "a").unwrap().unwrap();
            assert_eq!(&content(&r), expected);
        }
        assert!(history.redo(&mut r, "a").is_none());
    }

    #[test]
    fn undo_is_logged_with_who_did_it() {
        let mut r = review();
        let mut history = History::default();
        let cmd = Command::SetVerdict {
            claim: ClaimId(1),
            verdict: Verdict::Verified,
        };
        history.apply(&mut r, cmd, "Mona").unwrap();
        history.undo(&mut r, "Omar").unwrap().unwrap();
        let last = r.log.last().unwrap();
        assert_eq!((last.by.as_str(), last.old.as_str()), ("Omar", "verified"));
        assert_eq!(history.redo_label(), Some("verdict"));
    }

    #[test]
    fn a_new_edit_forgets_the_redo_stack() {
        let mut r = review();
        let mut history = History::default();
        let verdict = |verdict| Command::SetVerdict {
            claim: ClaimId(1),
            verdict,
        };
        history
            .apply(&mut r, verdict(Verdict::Verified), "a")
            .unwrap();
        history.undo(&mut r, "a").unwrap().unwrap();
        history.apply(&mut r, verdict(Verdict::False), "a").unwrap();
        assert!(history.redo(&mut r, "a").is_none());
    }

    #[test]
    fn a_failing_batch_changes_nothing() {
        let mut r = review();
        let before = r.clone();
        let batch = Command::Batch {
            commands: vec![
                Command::SetVerdict {
                    claim: ClaimId(1),
                    verdict: Verdict::Verified,
                },
                Command::SetVerdict {
                    claim: ClaimId(99),
                    verdict: Verdict::Verified,
                },
            ],
        };
        assert_eq!(
            apply(&mut r, batch, "a"),
            Err(ApplyError::NoSuchClaim(ClaimId(99)))
        );
        assert_eq!(content(&r), content(&before));
        assert_eq!(r.log, before.log);
    }

    #[test]
    fn split_trims_the_cut_and_refuses_empty_parts() {
        let mut r = review();
        apply(
            &mut r,
            Command::SplitClaim {
                claim: ClaimId(2),
                at: 27,
            },
            "a",
        )
        .unwrap();
        let texts: Vec<&str> = r.claims.iter().map(|c| c.quote.exact.as_str()).collect();
        assert_eq!(texts, ["One claim here.", "Two claims", "there.", "Three."]);
        assert_eq!(r.claims[2].id, ClaimId(4));
        let at_edge = Command::SplitClaim {
            claim: ClaimId(4),
            at: 27,
        };
        assert!(matches!(
            apply(&mut r, at_edge, "a"),
            Err(ApplyError::BadSplit { .. })
        ));
    }

    #[test]
    fn merging_keeps_both_claims_sources_and_notes() {
        let mut r = review();
        r.claims[1].note = "second".into();
        r.claims[1].verdict = Verdict::Disputed;
        apply(&mut r, Command::MergeWithNext { claim: ClaimId(1) }, "a").unwrap();
        assert_eq!(r.claims.len(), 2);
        assert_eq!(r.claims[0].quote.exact, "One claim here. Two claims there.");
        assert_eq!(r.claims[0].verdict, Verdict::Disputed);
        assert_eq!(r.claims[0].note, "second");
        let last = Command::MergeWithNext { claim: ClaimId(3) };
        assert_eq!(
            apply(&mut r, last, "a"),
            Err(ApplyError::NothingToMerge(ClaimId(3)))
        );
    }
}
