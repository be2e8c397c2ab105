//! A readable Markdown report: the summary, then each claim with its verdict, sources and
//! note.

use crate::model::{Review, Verdict};

/// Markdown with `|`, `*`, `_`, backticks, brackets and `#` escaped so claim text cannot
/// change the report's structure.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '<' | '>'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

/// The Markdown report.
pub fn markdown(review: &Review) -> String {
    let article = &review.article;
    let mut out = format!("# Fact-check: {}\n\n", escape(&article.title));
    // An address is written only in the autolink form `<…>`, and only once it has passed the
    // address check, which refuses `<`, `>`, spaces and controls: it cannot end the link early
    // or start another.
    match super::checked_address(article.source_url.as_deref()) {
        Some(Ok(url)) => out.push_str(&format!("Article: <{url}>  \n")),
        Some(Err(why)) => out.push_str(&format!("Article: ({why})  \n")),
        None => {}
    }
    out.push_str(&format!(
        "Language: {} · Reviewers: {} · Last change: {}\n\n",
        escape(&article.language),
        if review.reviewers.is_empty() {
            "—".to_string()
        } else {
            escape(&review.reviewers.join(", "))
        },
        review.modified.format("%Y-%m-%d %H:%M UTC"),
    ));
    out.push_str("## Summary\n\n");
    out.push_str(&format!("{}\n\n", super::summary_line(review)));
    out.push_str("| Verdict | Claims |\n|---|---|\n");
    for (verdict, count) in Verdict::ALL.iter().zip(review.verdict_counts()) {
        out.push_str(&format!(
            "| {} ({}) | {count} |\n",
            verdict.label_en(),
            verdict.label_ar()
        ));
    }
    if !review.methodology.is_empty() {
        out.push_str(&format!(
            "\n## Methodology\n\n{}\n",
            escape(&review.methodology)
        ));
    }
    out.push_str("\n## Claims\n");
    for claim in &review.claims {
        out.push_str(&format!(
            "\n### #{} — {}\n\n> {}\n\n",
            claim.id,
            claim.verdict.label_en(),
            escape(article.slice(claim.span))
        ));
        if let Some(source) = &claim.attributed_to {
            out.push_str(&format!("Attributed to: {}  \n", escape(source)));
        }
        if !claim.checkable {
            out.push_str("Not a checkable statement.  \n");
        }
        for evidence in &claim.evidence {
            let place = match super::checked_address(evidence.url.as_deref()) {
                Some(Ok(url)) => format!("<{url}>"),
                Some(Err(why)) => format!("({why})"),
                None => escape(&evidence.citation),
            };
            let title = if evidence.title.is_empty() {
                String::new()
            } else {
                format!("{} — ", escape(&evidence.title))
            };
            out.push_str(&format!("- {title}{place} ({:?})\n", evidence.stance));
        }
        if !claim.note.is_empty() {
            out.push_str(&format!("\nNote: {}\n", escape(&claim.note)));
        }
    }
    out
}
