//! The interface's names for the library's values (verdicts, stances, kinds, columns, the
//! edits Undo names, languages), from the catalogue: the library names them in English for
//! files and the command line, the window in the reader's language.

use super::i18n::{Phrase, tr};
use crate::engine::worthiness::Signal;
use crate::model::{ClaimKind, Command, Stance, TextDirection, Verdict};
use crate::query::Column;

/// A verdict's label.
pub fn verdict(verdict: Verdict) -> Phrase {
    match verdict {
        Verdict::Unreviewed => tr!("verdict-unreviewed"),
        Verdict::Verified => tr!("verdict-verified"),
        Verdict::Disputed => tr!("verdict-disputed"),
        Verdict::False => tr!("verdict-false"),
        Verdict::Misleading => tr!("verdict-misleading"),
        Verdict::Unverifiable => tr!("verdict-unverifiable"),
        Verdict::NotCheckable => tr!("verdict-not-checkable"),
    }
}

/// A source's stance.
pub fn stance(stance: Stance) -> Phrase {
    match stance {
        Stance::Supports => tr!("stance-supports"),
        Stance::Refutes => tr!("stance-refutes"),
        Stance::Context => tr!("stance-context"),
    }
}

/// A claim kind's tag, as the table and the filter show it.
pub fn kind(kind: ClaimKind) -> Phrase {
    match kind {
        ClaimKind::Number => tr!("kind-number"),
        ClaimKind::Date => tr!("kind-date"),
        ClaimKind::Quote => tr!("kind-quote"),
        ClaimKind::Attribution => tr!("kind-attribution"),
        ClaimKind::Comparison => tr!("kind-comparison"),
        ClaimKind::NamedEntity => tr!("kind-named-entity"),
        ClaimKind::Causal => tr!("kind-causal"),
        ClaimKind::Prediction => tr!("kind-prediction"),
        ClaimKind::Opinion => tr!("kind-opinion"),
        ClaimKind::Question => tr!("kind-question"),
    }
}

/// A column's heading.
pub fn column(column: Column) -> Phrase {
    match column {
        Column::Number => Phrase::new("#"),
        Column::Claim => tr!("column-claim"),
        Column::Kinds => tr!("column-kinds"),
        Column::Worthiness => tr!("column-worth"),
        Column::AttributedTo => tr!("column-attributed-to"),
        Column::Source => tr!("column-sources"),
        Column::Seen => tr!("column-seen"),
        Column::Verdict => tr!("column-verdict"),
        Column::Updated => tr!("column-updated"),
    }
}

/// What a check-worthiness signal means for the reader.
pub fn signal(signal: Signal) -> Phrase {
    match signal {
        Signal::Kind(ClaimKind::Number) => tr!("signal-figure"),
        Signal::Kind(ClaimKind::Date) => tr!("signal-date"),
        Signal::Kind(ClaimKind::Quote) => tr!("signal-quote"),
        Signal::Kind(ClaimKind::Attribution) => tr!("signal-attribution"),
        Signal::Kind(ClaimKind::Comparison) => tr!("signal-comparison"),
        Signal::Kind(ClaimKind::NamedEntity) => tr!("signal-named-entity"),
        Signal::Kind(ClaimKind::Causal) => tr!("signal-causal"),
        Signal::Kind(ClaimKind::Prediction) => tr!("signal-prediction"),
        Signal::Kind(ClaimKind::Opinion) => tr!("signal-opinion"),
        Signal::Kind(ClaimKind::Question) => tr!("signal-question"),
        Signal::Short => tr!("signal-short"),
        Signal::Long => tr!("signal-long"),
    }
}

/// The edit Undo or Redo would take back or do again ("verdict", "add source").
pub fn edit(command: &Command) -> Phrase {
    match command {
        Command::SetVerdict { .. } => tr!("edit-verdict"),
        Command::SetNote { .. } => tr!("edit-note"),
        Command::AddEvidence { .. } | Command::InsertEvidence { .. } => tr!("edit-add-source"),
        Command::SetEvidence { .. } => tr!("edit-edit-source"),
        Command::RemoveEvidence { .. } => tr!("edit-remove-source"),
        Command::AddClaim { .. } => tr!("edit-new-claim"),
        Command::DeleteClaim { .. } => tr!("edit-delete-claim"),
        Command::SplitClaim { .. } => tr!("edit-split-claim"),
        Command::MergeWithNext { .. } => tr!("edit-merge-claims"),
        Command::ReplaceClaims { .. } => tr!("edit-change-claims"),
        Command::AttachOrphan { .. } => tr!("edit-reattach-claim"),
        Command::SetDirection { .. } => tr!("edit-direction"),
        Command::ResolveConflict { .. } => tr!("edit-resolve-conflict"),
        Command::AdoptMerge { .. } => tr!("edit-merge-review"),
        Command::ReplaceReview { .. } => tr!("edit-replace-review"),
        Command::SetDismissed { .. } => tr!("edit-dismiss-match"),
        Command::Batch { .. } => tr!("edit-several"),
    }
}

/// A paragraph direction choice.
pub fn direction(direction: TextDirection) -> Phrase {
    match direction {
        TextDirection::Auto => tr!("direction-auto"),
        TextDirection::RightToLeft => tr!("direction-rtl"),
        TextDirection::LeftToRight => tr!("direction-ltr"),
    }
}

/// A language's name, from its BCP 47 primary tag (the tag itself when the catalogue has
/// no name for it).
pub fn language(tag: &str) -> Phrase {
    match tag {
        "am" => tr!("language-am"),
        "ar" => tr!("language-ar"),
        "be" => tr!("language-be"),
        "bg" => tr!("language-bg"),
        "ca" => tr!("language-ca"),
        "cs" => tr!("language-cs"),
        "da" => tr!("language-da"),
        "de" => tr!("language-de"),
        "el" => tr!("language-el"),
        "en" => tr!("language-en"),
        "es" => tr!("language-es"),
        "fa" => tr!("language-fa"),
        "fi" => tr!("language-fi"),
        "fr" => tr!("language-fr"),
        "he" => tr!("language-he"),
        "hi" => tr!("language-hi"),
        "hr" => tr!("language-hr"),
        "hu" => tr!("language-hu"),
        "hy" => tr!("language-hy"),
        "id" => tr!("language-id"),
        "it" => tr!("language-it"),
        "ja" => tr!("language-ja"),
        "kk" => tr!("language-kk"),
        "mk" => tr!("language-mk"),
        "mr" => tr!("language-mr"),
        "my" => tr!("language-my"),
        "nl" => tr!("language-nl"),
        "pl" => tr!("language-pl"),
        "pt" => tr!("language-pt"),
        "ro" => tr!("language-ro"),
        "ru" => tr!("language-ru"),
        "sk" => tr!("language-sk"),
        "sr" => tr!("language-sr"),
        "sv" => tr!("language-sv"),
        "tr" => tr!("language-tr"),
        "uk" => tr!("language-uk"),
        "ur" => tr!("language-ur"),
        "vi" => tr!("language-vi"),
        "zh" => tr!("language-zh"),
        other => Phrase::new(other),
    }
}
