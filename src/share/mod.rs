//! Sharing reviews: exports for publishing and spreadsheets, and merging colleagues' work.

mod claimreview;
mod csv_export;
mod html;
mod markdown;
mod merge;

pub use claimreview::{ExportSettings, claimreview_json, rating_value};
pub use csv_export::csv;
pub use html::html;
pub use markdown::markdown;
pub use merge::{MergeError, MergeOutcome, merge};

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
    let counts = review.verdict_counts();
    let total = review.claims.len();
    let mut parts = vec![format!("{}/{} reviewed", total - counts[0], total)];
    for (verdict, count) in Verdict::ALL.iter().zip(counts).skip(1) {
        if count > 0 {
            parts.push(format!("{count} {}", verdict.label_en().to_lowercase()));
        }
    }
    parts.join(" · ")
}
