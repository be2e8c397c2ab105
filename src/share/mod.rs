//! Sharing reviews: exports for publishing and spreadsheets, and merging colleagues' work.

mod claimreview;
mod csv_export;
mod html;
mod markdown;
mod merge;
mod words;

pub use claimreview::{ExportSettings, claimreview_json, rating_value};
pub use csv_export::csv;
pub use html::html;
pub use markdown::markdown;
pub use merge::{MergeError, MergeOutcome, merge};
pub use words::ReportWords;

use crate::model::{Review, Verdict};

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// schema.org ClaimReview JSON-LD.
    ClaimReview,
    /// RFC 4180 CSV, UTF-8 with BOM.
    Csv,
    /// A Markdown report.
    Markdown,
    /// A standalone HTML report.
    Html,
}

/// Export `review` in `format`.
pub fn export(review: &Review, format: Format, settings: &ExportSettings) -> String {
    match format {
        Format::ClaimReview => claimreview_json(review, settings),
        Format::Csv => csv(review),
        Format::Markdown => markdown(review),
        Format::Html => html(review),
    }
}

/// `url` when it passes [`crate::model::check_web_address`]: the only way an address
/// reaches an export. `None` for a missing address.
pub(crate) fn checked_address(url: Option<&str>) -> Option<Result<&str, String>> {
    let url = url?;
    Some(
        crate::model::check_web_address(url)
            .map(|()| url)
            .map_err(|e| format!("address left out: {e}")),
    )
}

/// "12/40 reviewed · 5 verified · 3 disputed …": the counts that are not zero.
pub fn summary_line(review: &Review) -> String {
    progress_line(&review.verdict_counts())
}

/// How many of the checkable claims counted in `counts` (in the order of [`Verdict::ALL`])
/// have a verdict, and how many checkable claims there are: what is not checkable is in
/// neither.
pub fn reviewed_of(counts: &[usize; 7]) -> (usize, usize) {
    let count = |verdict: Verdict| counts[usize::from(verdict.key()) - 1];
    let total = counts.iter().sum::<usize>() - count(Verdict::NotCheckable);
    (total - count(Verdict::Unreviewed), total)
}

/// The progress of a review whose claims have the verdict `counts` (in the order of
/// [`Verdict::ALL`]): "12/40 reviewed · 5 verified · 2 not checkable". Claims that are not
/// checkable (the engine's page furniture, or the reviewer's) leave the "reviewed" count:
/// there is nothing in them to review.
pub fn progress_line(counts: &[usize; 7]) -> String {
    let (reviewed, total) = reviewed_of(counts);
    let mut parts = vec![format!("{reviewed}/{total} reviewed")];
    for (verdict, &count) in Verdict::ALL.iter().zip(counts).skip(1) {
        if count > 0 {
            parts.push(format!("{count} {}", verdict.label_en().to_lowercase()));
        }
    }
    parts.join(" · ")
}

#[cfg(test)]
mod progress_tests {
    #[test]
    fn progress_names_only_the_verdicts_given_and_leaves_out_what_is_not_checkable() {
        let counts = [28, 5, 3, 0, 4, 0, 0];
        assert_eq!(
            super::progress_line(&counts),
            "12/40 reviewed · 5 verified · 3 disputed · 4 misleading"
        );
        let counts = [28, 5, 3, 0, 4, 0, 6];
        assert_eq!(
            super::progress_line(&counts),
            "12/40 reviewed · 5 verified · 3 disputed · 4 misleading · 6 not checkable"
        );
    }
}
