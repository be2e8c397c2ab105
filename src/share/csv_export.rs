//! One row per claim with every field, RFC 4180, UTF-8 with a byte-order mark so that
//! spreadsheet programs show Arabic correctly.

use crate::model::Review;

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
                let place = e.url.clone().unwrap_or_else(|| e.citation.clone());
                format!("{place} ({:?})", e.stance).to_lowercase()
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
            c.updated_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
            c.updated_by.clone().unwrap_or_default(),
        ];
        let _ = writer.write_record(&record);
    }
    let body = writer.into_inner().unwrap_or_default();
    format!("\u{FEFF}{}", String::from_utf8_lossy(&body))
}
