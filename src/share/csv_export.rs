//! One row per claim with every field, RFC 4180, UTF-8 with a byte-order mark so that
//! spreadsheet programs show Arabic correctly.
//!
//! A cell that a spreadsheet would take for a formula (it starts with `=`, `+`, `-`, `@`, a
//! tab or a carriage return, after any spaces) gets a leading `'`, as OWASP's "CSV
//! injection" guidance recommends: the text of an article or a stranger's note must never
//! run as `=HYPERLINK(…)` or `=cmd|…` on a colleague's machine. The apostrophe is shown by
//! some programs; a reader loses nothing but one character.

use crate::model::{Review, Stance};
use std::borrow::Cow;

/// The CSV export.
pub fn csv(review: &Review) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = [
        "id",
        "start",
        "end",
        "sentence",
        "claim",
        "verdict",
        "verdict_label",
        "checkable",
        "worthiness",
        "kinds",
        "attributed_to",
        "note",
        "sources",
        "archived_at",
        "archive_sha256",
        "archive_copies",
        "updated_at",
        "updated_by",
    ];
    let _ = writer.write_record(header);
    let language = &review.article.language;
    for c in &review.claims {
        let kinds: Vec<&str> = c.kinds.iter().map(|k| k.name()).collect();
        let sources: Vec<String> = c
            .evidence
            .iter()
            .map(|e| {
                let place = match super::checked_address(e.url.as_deref()) {
                    Some(Ok(url)) => url.to_string(),
                    Some(Err(why)) => format!("({why})"),
                    None => e.citation.clone(),
                };
                format!("{place} ({})", stance_name(e.stance))
            })
            .collect();
        let record = [
            c.id.to_string(),
            c.span.start.to_string(),
            c.span.end.to_string(),
            c.sentence.to_string(),
            review.article.slice(c.span).to_string(),
            c.verdict.name().to_string(),
            c.verdict.label(language).to_string(),
            c.checkable.to_string(),
            format!("{:.2}", c.worthiness),
            kinds.join(","),
            c.attributed_to.clone().unwrap_or_default(),
            c.note.clone(),
            sources.join(" | "),
            archive_column(c, |a| a.capture.fetched_at.to_rfc3339()),
            archive_column(c, |a| a.capture.sha256.clone()),
            archive_column(c, |a| a.public_copy.clone().unwrap_or_default()),
            c.updated_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
            c.updated_by.clone().unwrap_or_default(),
        ];
        let _ = writer.write_record(
            record
                .iter()
                .map(|cell| neutralise_formula(cell).into_owned()),
        );
    }
    let body = writer.into_inner().unwrap_or_default();
    format!("\u{FEFF}{}", String::from_utf8_lossy(&body))
}

/// One archive field of each of the claim's sources, in the order of the sources column
/// (empty for a source not archived), joined like it.
fn archive_column(
    claim: &crate::model::Claim,
    field: impl Fn(&crate::model::Archive) -> String,
) -> String {
    let cells: Vec<String> = claim
        .evidence
        .iter()
        .map(|e| e.archive.as_deref().map(&field).unwrap_or_default())
        .collect();
    if cells.iter().all(String::is_empty) {
        String::new()
    } else {
        cells.join(" | ")
    }
}

fn stance_name(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "supports",
        Stance::Refutes => "refutes",
        Stance::Context => "context",
    }
}

/// `cell`, with a `'` in front when a spreadsheet would read it as a formula.
fn neutralise_formula(cell: &str) -> Cow<'_, str> {
    let first = cell.trim_start_matches(' ').chars().next();
    if matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::neutralise_formula;

    #[test]
    fn cells_a_spreadsheet_would_run_get_an_apostrophe() {
        for cell in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
            "  =1",
        ] {
            assert_eq!(neutralise_formula(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in ["", "1.5", "قال الوزير = نعم", "a=b", "https://x.org/?a=-1"] {
            assert_eq!(neutralise_formula(cell), cell);
        }
    }
}
