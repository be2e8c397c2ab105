//! One standalone HTML file: no scripts, no external resources. The article is shown with
//! its direction (dir="rtl" for Arabic, each paragraph dir="auto"), claims highlighted in
//! verdict colours with a legend, an inline SVG chart of the verdicts, and the claims table
//! with sources as links (http and https only).

use crate::model::{Review, Verdict};

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

fn is_web_url(url: &str) -> bool {
    crate::model::check_web_address(url).is_ok()
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
    if let Some(url) = article.source_url.as_deref().filter(|u| is_web_url(u)) {
        out.push_str(&format!(
            "<p dir=\"ltr\"><a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a></p>\n",
            escape(url)
        ));
    }
    out.push_str(&format!(
        "<p dir=\"ltr\">{}</p>\n",
        escape(&super::summary_line(review))
    ));
    out.push_str(&chart(review));
    out.push_str("<h2>Legend</h2>\n<p dir=\"ltr\">");
    for verdict in Verdict::ALL {
        out.push_str(&format!(
            "<span class=\"chip\" style=\"background:{}\">{} · {}</span> ",
            colour(verdict),
            escape(verdict.label_en()),
            escape(verdict.label_ar())
        ));
    }
    out.push_str("</p>\n<h2>Article</h2>\n<article>\n");
    out.push_str(&article_with_highlights(review));
    out.push_str("</article>\n<h2>Claims</h2>\n<table>\n<thead><tr><th>#</th><th>Claim</th><th>Verdict</th><th>Attributed to</th><th>Sources</th><th>Note</th></tr></thead>\n<tbody>\n");
    for claim in &review.claims {
        let sources: Vec<String> = claim
            .evidence
            .iter()
            .map(|e| {
                let label = if e.title.is_empty() {
                    e.url.clone().unwrap_or_else(|| e.citation.clone())
                } else {
                    e.title.clone()
                };
                match e.url.as_deref().filter(|u| is_web_url(u)) {
                    Some(url) => format!(
                        "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                        escape(url),
                        escape(&label)
                    ),
                    None => escape(&label),
                }
            })
            .collect();
        out.push_str(&format!(
            "<tr id=\"claim-{id}\"><td>{id}</td><td dir=\"auto\">{text}</td><td><span class=\"chip\" style=\"background:{c}\">{v}</span></td><td dir=\"auto\">{a}</td><td>{s}</td><td dir=\"auto\">{n}</td></tr>\n",
            id = claim.id,
            text = escape(article.slice(claim.span)),
            c = colour(claim.verdict),
            v = escape(claim.verdict.label(&article.language)),
            a = escape(claim.attributed_to.as_deref().unwrap_or("")),
            s = sources.join("<br/>"),
            n = escape(&claim.note),
        ));
    }
    out.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    out
}

/// The article, one `<p dir="auto">` per line, claims wrapped in `<mark>`.
fn article_with_highlights(review: &Review) -> String {
    let text = &review.article.text;
    let mut out = String::new();
    let mut claims = review.claims.iter().peekable();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        out.push_str("<p dir=\"auto\">");
        let mut at = start;
        while let Some(claim) = claims.peek() {
            if claim.span.start >= end {
                break;
            }
            let (a, b) = (claim.span.start.max(at), claim.span.end.min(end));
            if a > at {
                out.push_str(&escape(&text[at..a]));
            }
            out.push_str(&format!(
                "<mark class=\"v-{}\" title=\"#{} {}\">{}</mark>",
                claim.verdict.name(),
                claim.id,
                escape(claim.verdict.label_en()),
                escape(&text[a..b])
            ));
            at = b;
            if claim.span.end <= end {
                claims.next();
            } else {
                break;
            }
        }
        out.push_str(&escape(&text[at..end]));
        out.push_str("</p>\n");
        start = end + 1;
    }
    out
}

/// A horizontal bar chart of the verdict counts, as inline SVG.
fn chart(review: &Review) -> String {
    let counts = review.verdict_counts();
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f32;
    let row = 22.0;
    let height = row * counts.len() as f32 + 8.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"{height}\" role=\"img\" aria-label=\"Claims per verdict\">\n"
    );
    for (i, (verdict, count)) in Verdict::ALL.iter().zip(counts).enumerate() {
        let y = 4.0 + i as f32 * row;
        let width = 240.0 * count as f32 / max;
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{:.0}\" font-size=\"13\">{}</text><rect x=\"120\" y=\"{:.0}\" width=\"{width:.1}\" height=\"{:.0}\" fill=\"{}\"/><text x=\"{:.0}\" y=\"{:.0}\" font-size=\"13\">{count}</text>\n",
            y + 15.0,
            escape(verdict.label_en()),
            y + 3.0,
            row - 6.0,
            colour(*verdict),
            126.0 + width,
            y + 15.0
        ));
    }
    svg.push_str("</svg>\n");
    svg
}
