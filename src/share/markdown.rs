//! A readable Markdown report: the summary, then each claim with its verdict, sources and
//! note, in the words of the article's language ([`super::words`]; an Arabic review's report
//! is Arabic, and opens with a right-to-left mark so that viewers set it right to left).

use super::words::ReportWords;
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
    let words = ReportWords::for_language(&article.language);
    let mut out = String::new();
    if words.rtl {
        out.push('\u{200F}');
    }
    out.push_str(&format!(
        "# {}: {}\n\n",
        words.fact_check,
        escape(&article.title)
    ));
    // An address is written only in the autolink form `<…>`, and only once it has passed the
    // address check, which refuses `<`, `>`, spaces and controls: it cannot end the link early
    // or start another.
    match super::checked_address(article.source_url.as_deref()) {
        Some(Ok(url)) => out.push_str(&format!("{}: <{url}>  \n", words.article)),
        Some(Err(why)) => out.push_str(&format!("{}: ({why})  \n", words.article)),
        None => {}
    }
    out.push_str(&format!(
        "{}: {} · {}: {} · {}: {}\n\n",
        words.language_label,
        escape(&article.language),
        words.reviewers,
        if review.reviewers.is_empty() {
            "—".to_string()
        } else {
            escape(&review.reviewers.join(", "))
        },
        words.last_change,
        review.modified.format("%Y-%m-%d %H:%M UTC"),
    ));
    out.push_str(&format!("## {}\n\n", words.summary));
    out.push_str(&format!("{}\n\n", words.progress(&review.verdict_counts())));
    out.push_str(&format!(
        "| {} | {} |\n|---|---|\n",
        words.verdict, words.claims
    ));
    for (verdict, count) in Verdict::ALL.iter().zip(review.verdict_counts()) {
        out.push_str(&format!(
            "| {} | {count} |\n",
            words.verdict_label(*verdict)
        ));
    }
    if !review.methodology.is_empty() {
        out.push_str(&format!(
            "\n## {}\n\n{}\n",
            words.methodology,
            escape(&review.methodology)
        ));
    }
    out.push_str(&format!("\n## {}\n", words.claims));
    for claim in &review.claims {
        out.push_str(&format!(
            "\n### #{} — {}\n\n> {}\n\n",
            claim.id,
            words.verdict_label(claim.verdict),
            escape(article.slice(claim.span))
        ));
        if let Some(source) = &claim.attributed_to {
            out.push_str(&format!("{}: {}  \n", words.attributed_to, escape(source)));
        }
        if !claim.checkable {
            out.push_str(&format!("{}  \n", words.not_checkable));
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
            out.push_str(&format!(
                "- {title}{place} ({})\n",
                words.stance(evidence.stance)
            ));
            if let Some(archive) = &evidence.archive {
                out.push_str(&format!("  - {}\n", escape(&words.archived_line(archive))));
                if let Some(Ok(copy)) = super::checked_address(archive.public_copy.as_deref()) {
                    out.push_str(&format!("  - {}: <{copy}>\n", words.public_copy));
                }
            }
        }
        if !claim.note.is_empty() {
            out.push_str(&format!("\n{}: {}\n", words.note, escape(&claim.note)));
        }
    }
    out
}
