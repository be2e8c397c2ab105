//! One standalone HTML file: no scripts, no external resources. The article is shown with
//! its direction (dir="rtl" for Arabic, each paragraph dir="auto"), claims highlighted in
//! verdict colours with a legend, an inline SVG chart of the verdicts (each bar with its
//! verdict's label and colour, read in the report's direction), and the claims table with
//! sources as links (http and https only). The report's own words are in the article's
//! language ([`super::words`]): an Arabic review is reported in Arabic.

use super::words::ReportWords;
use crate::model::{Review, Verdict};
use std::cmp::Reverse;
use std::collections::BTreeSet;

/// Text escaped for HTML element content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn colour(verdict: Verdict) -> String {
    let [r, g, b] = verdict.rgb();
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn rtl_language(language: &str) -> bool {
    matches!(
        language,
        "ar" | "fa" | "ur" | "he" | "ps" | "sd" | "ug" | "yi"
    )
}

/// The HTML report.
pub fn html(review: &Review) -> String {
    let article = &review.article;
    let dir = if rtl_language(&article.language) {
        "rtl"
    } else {
        "ltr"
    };
    let words = ReportWords::for_language(&article.language);
    let words_dir = if words.rtl { "rtl" } else { "ltr" };
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!(
        "<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\"/>\n",
        escape(&article.language)
    ));
    out.push_str(&format!(
        "<title>{}</title>\n<style>\n",
        escape(&article.title)
    ));
    out.push_str("body{font-family:'Noto Naskh Arabic','Noto Sans',sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.8}\n");
    out.push_str("mark{padding:0 .15em;border-radius:3px;color:inherit}\ntable{border-collapse:collapse;width:100%}\n");
    out.push_str("td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:start}\n.chip{display:inline-block;padding:0 .5em;border-radius:1em;color:#fff}\n");
    for verdict in Verdict::ALL {
        out.push_str(&format!(
            ".v-{}{{background:{}55}}\n",
            verdict.name(),
            colour(verdict)
        ));
    }
    out.push_str("</style>\n</head>\n<body>\n");
    out.push_str(&format!(
        "<h1 dir=\"auto\">{}</h1>\n",
        escape(&article.title)
    ));
    if let Some(Ok(url)) = super::checked_address(article.source_url.as_deref()) {
        out.push_str(&format!(
            "<p dir=\"ltr\"><a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a></p>\n",
            escape(url)
        ));
    }
    out.push_str(&format!(
        "<h2 dir=\"{words_dir}\">{}</h2>\n<p dir=\"{words_dir}\">{}</p>\n",
        escape(words.summary),
        escape(&words.progress(&review.verdict_counts()))
    ));
    out.push_str(&chart(review, words));
    out.push_str(&format!(
        "<h2 dir=\"{words_dir}\">{}</h2>\n<p dir=\"{words_dir}\">",
        escape(words.legend)
    ));
    for verdict in Verdict::ALL {
        out.push_str(&format!(
            "<span class=\"chip\" style=\"background:{}\">{}</span> ",
            colour(verdict),
            escape(words.verdict_label(verdict)),
        ));
    }
    out.push_str(&format!(
        "</p>\n<h2 dir=\"{words_dir}\">{}</h2>\n<article>\n",
        escape(words.article)
    ));
    out.push_str(&article_with_highlights(review, words));
    out.push_str(&format!(
        "</article>\n<h2 dir=\"{words_dir}\">{}</h2>\n<table dir=\"{words_dir}\">\n<thead><tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        escape(words.claims),
        escape(words.claim),
        escape(words.verdict),
        escape(words.attributed_to),
        escape(words.sources),
        escape(words.note),
    ));
    for claim in &review.claims {
        let sources: Vec<String> = claim
            .evidence
            .iter()
            .map(|e| {
                let address = super::checked_address(e.url.as_deref());
                let label = match (&address, e.title.is_empty()) {
                    (_, false) => e.title.clone(),
                    (Some(Ok(url)), true) => url.to_string(),
                    (Some(Err(why)), true) => format!("({why})"),
                    (None, true) => e.citation.clone(),
                };
                let mut cell = match address {
                    Some(Ok(url)) => format!(
                        "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                        escape(url),
                        escape(&label)
                    ),
                    _ => escape(&label),
                };
                if let Some(archive) = &e.archive {
                    cell.push_str(&format!(
                        "<br/><small class=\"archive\">{}</small>",
                        escape(&words.archived_line(archive))
                    ));
                    if let Some(Ok(copy)) = super::checked_address(archive.public_copy.as_deref()) {
                        cell.push_str(&format!(
                            " <small><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></small>",
                            escape(copy),
                            escape(words.public_copy)
                        ));
                    }
                }
                cell
            })
            .collect();
        out.push_str(&format!(
            "<tr id=\"claim-{id}\"><td>{id}</td><td dir=\"auto\">{text}</td><td><span class=\"chip\" style=\"background:{c}\">{v}</span></td><td dir=\"auto\">{a}</td><td>{s}</td><td dir=\"auto\">{n}</td></tr>\n",
            id = claim.id,
            text = escape(article.slice(claim.span)),
            c = colour(claim.verdict),
            v = escape(words.verdict_label(claim.verdict)),
            a = escape(claim.attributed_to.as_deref().unwrap_or("")),
            s = sources.join("<br/>"),
            n = escape(&claim.note),
        ));
    }
    out.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    out
}

/// The article, one `<p dir="auto">` per line, claims wrapped in `<mark>`.
///
/// Claims may overlap or nest ([`crate::model::claim_at`] says how they are shown): the
/// text is cut at every claim's start and end, and each stretch is marked with the colour of
/// the innermost claim over it, its title naming every claim over it. One pass over the
/// boundaries, whatever the claims' order or nesting.
fn article_with_highlights(review: &Review, words: &ReportWords) -> String {
    let text = &review.article.text;
    let claims = &review.claims;
    let mut starts: Vec<usize> = (0..claims.len()).collect();
    starts.sort_by_key(|&i| claims[i].span.start);
    let mut ends = starts.clone();
    ends.sort_by_key(|&i| claims[i].span.end);
    let mut cuts: Vec<usize> = claims
        .iter()
        .flat_map(|c| [c.span.start, c.span.end])
        .filter(|&at| at < text.len())
        .collect();
    cuts.push(text.len());
    cuts.sort_unstable();
    cuts.dedup();
    // Claims over the current stretch, innermost last: by start, then by end reversed.
    let mut active: BTreeSet<(usize, Reverse<usize>, usize)> = BTreeSet::new();
    let (mut next_start, mut next_end) = (0, 0);
    let mut out = String::from("<p dir=\"auto\">");
    let mut at = 0;
    for cut in cuts {
        while let Some(&i) = ends.get(next_end).filter(|&&i| claims[i].span.end <= at) {
            active.remove(&(claims[i].span.start, Reverse(claims[i].span.end), i));
            next_end += 1;
        }
        while let Some(&i) = starts
            .get(next_start)
            .filter(|&&i| claims[i].span.start <= at)
        {
            if claims[i].span.end > at {
                active.insert((claims[i].span.start, Reverse(claims[i].span.end), i));
            }
            next_start += 1;
        }
        push_stretch(&mut out, &text[at..cut], &active, review, words);
        at = cut;
    }
    out.push_str("</p>\n");
    out
}

/// The most claims a highlight's title names; the rest are counted.
const TITLE_CLAIMS: usize = 5;

/// One stretch of text under the same claims, its lines as paragraphs.
fn push_stretch(
    out: &mut String,
    stretch: &str,
    active: &BTreeSet<(usize, Reverse<usize>, usize)>,
    review: &Review,
    words: &ReportWords,
) {
    let innermost = active.last().map(|&(_, _, i)| &review.claims[i]);
    let title = innermost.map(|claim| {
        let mut ids: Vec<String> = active
            .iter()
            .rev()
            .take(TITLE_CLAIMS)
            .map(|&(_, _, i)| format!("#{}", review.claims[i].id))
            .collect();
        if active.len() > TITLE_CLAIMS {
            ids.push(format!("+{}", active.len() - TITLE_CLAIMS));
        }
        format!("{} {}", ids.join(" "), words.verdict_label(claim.verdict))
    });
    for (n, line) in stretch.split('\n').enumerate() {
        if n > 0 {
            out.push_str("</p>\n<p dir=\"auto\">");
        }
        if line.is_empty() {
            continue;
        }
        match (innermost, &title) {
            (Some(claim), Some(title)) => out.push_str(&format!(
                "<mark class=\"v-{}\" title=\"{}\">{}</mark>",
                claim.verdict.name(),
                escape(title),
                escape(line)
            )),
            _ => out.push_str(&escape(line)),
        }
    }
}

/// The chart's width, where its labels end and its bars start, and the bars' longest.
const CHART_WIDTH: f32 = 420.0;
const LABEL_WIDTH: f32 = 130.0;
const LONGEST_BAR: f32 = 240.0;

/// A horizontal bar chart of the verdict counts, as inline SVG: each bar with its verdict's
/// label (in the report's words) and count. Right to left, it is mirrored: the labels on
/// the right, the bars growing leftwards. The SVG's own direction is fixed to left to right
/// so that its coordinates mean the same in either document.
fn chart(review: &Review, words: &ReportWords) -> String {
    let counts = review.verdict_counts();
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f32;
    let row = 22.0;
    let height = row * counts.len() as f32 + 8.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{CHART_WIDTH}\" height=\"{height}\" direction=\"ltr\" role=\"img\" aria-label=\"{}\">\n",
        escape(words.claims_per_verdict)
    );
    for (i, (verdict, count)) in Verdict::ALL.iter().zip(counts).enumerate() {
        let y = 4.0 + i as f32 * row;
        let width = LONGEST_BAR * count as f32 / max;
        let (label_x, label_anchor, bar_x, count_x, count_anchor) = if words.rtl {
            let bars_end = CHART_WIDTH - LABEL_WIDTH;
            (
                CHART_WIDTH,
                "end",
                bars_end - width,
                bars_end - width - 6.0,
                "end",
            )
        } else {
            (
                0.0,
                "start",
                LABEL_WIDTH,
                LABEL_WIDTH + width + 6.0,
                "start",
            )
        };
        svg.push_str(&format!(
            "<text x=\"{label_x:.0}\" y=\"{:.0}\" font-size=\"13\" text-anchor=\"{label_anchor}\">{}</text><rect x=\"{bar_x:.1}\" y=\"{:.0}\" width=\"{width:.1}\" height=\"{:.0}\" fill=\"{}\"><title>{}</title></rect><text x=\"{count_x:.0}\" y=\"{:.0}\" font-size=\"13\" text-anchor=\"{count_anchor}\">{count}</text>\n",
            y + 15.0,
            escape(words.verdict_label(*verdict)),
            y + 3.0,
            row - 6.0,
            colour(*verdict),
            escape(words.verdict_label(*verdict)),
            y + 15.0
        ));
    }
    svg.push_str("</svg>\n");
    svg
}
