//! Saved web pages to article text: the page is parsed with a real HTML parser
//! (html5ever, through scraper); scripts, styles, navigation, headers and footers, asides,
//! forms, adverts and related-links blocks are dropped; headings, paragraphs, list items and
//! captions become lines; entities are decoded by the parser. Nothing is fetched and no
//! script runs: the page is only read.

use scraper::{ElementRef, Html, Node, Selector};

/// A node of the parsed page.
type NodeRef<'a> = ego_tree::NodeRef<'a, Node>;

/// The text and metadata of a web page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The page title (`og:title`, else `<title>`, else the first heading).
    pub title: Option<String>,
    /// The article's address (`<link rel="canonical">`, else `og:url`).
    pub url: Option<String>,
    /// Who wrote it, when the page says (`<meta name="author">`, `article:author`, an
    /// element marked `rel="author"` or `itemprop="author"`).
    pub byline: Option<String>,
    /// When it was published, as the page states it (`article:published_time`,
    /// `itemprop="datePublished"`, else the first `<time datetime>`).
    pub published: Option<String>,
    /// The article body, one line per block.
    pub text: String,
}

/// Elements whose whole content is page furniture.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "input", "textarea", "object", "embed", "video", "audio",
    "canvas", "menu", "dialog",
];

/// Class or id words that mark adverts, share bars, related links and the like.
const FURNITURE: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "related",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "comments",
    "comment",
    "cookie",
    "promo",
    "sponsored",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "outbrain",
    "taboola",
    "recommended",
    "popup",
];

/// Elements that are blocks of text: each becomes its own line.
const BLOCKS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "figcaption",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "td",
    "th",
    "caption",
    "div",
    "section",
    "article",
    "main",
    "br",
    "tr",
    "ul",
    "ol",
    "figure",
];

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

fn first_attr(doc: &Html, css: &str, attr: &str) -> Option<String> {
    let sel = selector(css)?;
    doc.select(&sel)
        .find_map(|e| e.value().attr(attr))
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn is_furniture(element: &ElementRef) -> bool {
    let value = element.value();
    if DROPPED.contains(&value.name()) {
        return true;
    }
    if value.attr("hidden").is_some() || value.attr("aria-hidden") == Some("true") {
        return true;
    }
    let words = value
        .attr("class")
        .unwrap_or("")
        .split_whitespace()
        .chain(value.attr("id").unwrap_or("").split_whitespace())
        .flat_map(|w| w.split(['-', '_']))
        .map(str::to_ascii_lowercase);
    words.into_iter().any(|w| FURNITURE.contains(&w.as_str()))
}

/// Extract the article from the HTML source `html`.
pub fn extract(html: &str) -> Page {
    let html = super::nesting::cap_depth(html, super::nesting::MAX_DEPTH);
    let doc = Html::parse_document(&html);
    let title = first_attr(&doc, r#"meta[property="og:title"]"#, "content").or_else(|| {
        let sel = selector("title")?;
        doc.select(&sel)
            .next()
            .map(|t| collapse(&t.text().collect::<String>()))
            .filter(|t| !t.is_empty())
    });
    // Only a web address is kept: a page may name `javascript:` or `file:` as its canonical
    // address, and the article's address ends up in every export.
    let web = |url: &String| crate::model::check_web_address(url).is_ok();
    let url = first_attr(&doc, r#"link[rel="canonical"]"#, "href")
        .filter(web)
        .or_else(|| first_attr(&doc, r#"meta[property="og:url"]"#, "content").filter(web));
    // Readability scores what is left once the furniture Sanad knows by name is gone: it
    // keeps short adverts and "read also" boxes that sit inside the story otherwise.
    let readable = super::readable::worth_scoring(&html)
        .then(|| super::readable::readable(&without_furniture(&doc)))
        .flatten();
    let (byline, published) = (byline_of(&doc), published_of(&doc));
    let Some(readable) = readable else {
        return Page {
            title,
            url,
            byline,
            published,
            text: walked_text(&doc),
        };
    };
    let mut lines = readable.lines;
    // Readability leaves out the headline (it is the title), but the headline is often the
    // article's first claim: it is kept as the first line.
    if let Some(headline) = headline_of(&doc)
        && !lines.iter().take(3).any(|l| *l == headline)
    {
        lines.insert(0, headline);
    }
    Page {
        title,
        url,
        byline: byline.or(readable.byline),
        published: published.or(readable.published),
        text: lines.join("\n"),
    }
}

/// The first extractor, the fallback when readability finds nothing: the article element
/// when the page marks one, else the main element, else the body, with the furniture left
/// out by element and class name.
fn walked_text(doc: &Html) -> String {
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .filter_map(|css| selector(css))
        .find_map(|sel| doc.select(&sel).next());
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    if let Some(root) = root {
        walk(root, &mut lines, &mut current);
    }
    flush(&mut lines, &mut current);
    lines.join("\n")
}

/// Containers that are never furniture, whatever their class says (`<body class="has-sidebar">`).
const NEVER_FURNITURE: &[&str] = &["html", "body", "main", "article"];

/// `doc` as HTML again with its furniture removed: the dropped elements (but not headers,
/// which hold headlines, nor forms, which wrap whole pages on some sites) and the elements
/// whose class or id names furniture.
fn without_furniture(doc: &Html) -> String {
    let furniture: Vec<ego_tree::NodeId> = doc
        .tree
        .root()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| {
            let name = e.value().name();
            !NEVER_FURNITURE.contains(&name)
                && name != "header"
                && name != "form"
                && is_furniture(e)
        })
        .map(|e| e.id())
        .collect();
    let mut pruned = doc.clone();
    for id in furniture {
        if let Some(mut node) = pruned.tree.get_mut(id) {
            node.detach();
        }
    }
    pruned.html()
}

/// The text the first extractor finds in the HTML source `html`, without readability: the
/// fallback, and the reference `examples/extractor_eval.rs` measures readability against.
pub fn extract_without_readability(html: &str) -> String {
    let html = super::nesting::cap_depth(html, super::nesting::MAX_DEPTH);
    walked_text(&Html::parse_document(&html))
}

/// The page's first top-level heading.
fn headline_of(doc: &Html) -> Option<String> {
    let sel = selector("h1")?;
    doc.select(&sel)
        .map(|h| collapse(&h.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

/// The author the page names, from its metadata first, then from a marked element.
fn byline_of(doc: &Html) -> Option<String> {
    let from_meta = [
        (r#"meta[name="author"]"#, "content"),
        (r#"meta[property="article:author"]"#, "content"),
        (r#"meta[itemprop="author"]"#, "content"),
    ]
    .iter()
    .filter_map(|(css, attr)| first_attr(doc, css, attr))
    // `article:author` is often a profile address, not a name.
    .find(|v| !v.contains("://"));
    from_meta
        .or_else(|| {
            ["[rel=author]", "[itemprop=author]", ".byline"]
                .iter()
                .filter_map(|css| selector(css))
                .find_map(|sel| {
                    doc.select(&sel)
                        .map(|e| collapse(&e.text().collect::<String>()))
                        .find(|t| !t.is_empty())
                })
        })
        .map(|v| v.chars().take(200).collect())
}

/// The publication date the page states, as written there.
fn published_of(doc: &Html) -> Option<String> {
    [
        (r#"meta[property="article:published_time"]"#, "content"),
        (r#"meta[itemprop="datePublished"]"#, "content"),
        (r#"[itemprop="datePublished"]"#, "datetime"),
        (r#"meta[name="date"]"#, "content"),
        ("time[datetime]", "datetime"),
    ]
    .iter()
    .find_map(|(css, attr)| first_attr(doc, css, attr))
    .map(|v| v.chars().take(64).collect())
}

/// One step of the walk over the page: enter a node, or leave a block element.
enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave { block: bool },
}

/// The text of `root` and its descendants, one line per block, furniture left out.
///
/// The walk keeps its own stack instead of recursing: a page nested 25 000 elements deep
/// (or a million) is read like any other instead of overflowing the thread's stack.
fn walk(root: ElementRef, lines: &mut Vec<String>, current: &mut String) {
    let mut stack = vec![Step::Enter(*root)];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Enter(node) => node,
            Step::Leave { block } => {
                if block {
                    flush(lines, current);
                }
                continue;
            }
        };
        match node.value() {
            Node::Text(text) => current.push_str(text),
            Node::Element(_) => {
                let Some(element) = ElementRef::wrap(node) else {
                    continue;
                };
                if is_furniture(&element) {
                    continue;
                }
                let block = BLOCKS.contains(&element.value().name());
                if block {
                    flush(lines, current);
                }
                stack.push(Step::Leave { block });
                stack.extend(node.children().rev().map(Step::Enter));
            }
            _ => {}
        }
    }
}

/// End the current line: whitespace collapsed, empty lines dropped.
fn flush(lines: &mut Vec<String>, current: &mut String) {
    let line = collapse(current);
    if !line.is_empty() {
        lines.push(line);
    }
    current.clear();
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html dir="rtl"><head>
<title>خبر | موقع</title>
<meta property="og:title" content="ماسك يخطط لشركة ذكاء اصطناعي">
<link rel="canonical" href="https://news.example/musk-ai">
<script>alert("never run")</script><style>p{color:red}</style>
</head><body>
<header><nav><a href="/">الرئيسية</a></nav></header>
<article>
<h1>ماسك يخطط لشركة ذكاء اصطناعي</h1>
<p>ذكرت صحيفة فاينانشيال تايمز أن إيلون ماسك يخطط لإطلاق شركة &amp; فريق.</p>
<div class="ad-slot">إعلان</div>
<figure><img src="x.jpg"><figcaption>إيلون ماسك في 2023</figcaption></figure>
<ul><li>النقطة الأولى</li><li>النقطة الثانية</li></ul>
<div class="related-links"><a href="/other">اقرأ أيضاً</a></div>
<form><input value="بحث"></form>
</article>
<aside>الأكثر قراءة</aside>
<footer>حقوق النشر</footer>
</body></html>"#;

    #[test]
    fn the_article_body_is_kept_and_the_furniture_dropped() {
        let page = extract(PAGE);
        assert_eq!(page.title.as_deref(), Some("ماسك يخطط لشركة ذكاء اصطناعي"));
        assert_eq!(page.url.as_deref(), Some("https://news.example/musk-ai"));
        let lines: Vec<&str> = page.text.lines().collect();
        assert_eq!(
            lines,
            [
                "ماسك يخطط لشركة ذكاء اصطناعي",
                "ذكرت صحيفة فاينانشيال تايمز أن إيلون ماسك يخطط لإطلاق شركة & فريق.",
                "إيلون ماسك في 2023",
                "النقطة الأولى",
                "النقطة الثانية",
            ]
        );
        for furniture in [
            "alert",
            "color",
            "الرئيسية",
            "إعلان",
            "اقرأ",
            "بحث",
            "الأكثر",
            "حقوق",
        ] {
            assert!(!page.text.contains(furniture), "{furniture} leaked");
        }
    }

    #[test]
    fn deeply_nested_pages_keep_their_text() {
        let depth = 100_000;
        let page = format!(
            "<html><body><p>{}deep text{}</p><p>after</p></body></html>",
            "<b>".repeat(depth),
            "</b>".repeat(depth)
        );
        assert_eq!(extract(&page).text, "deep text\nafter");
        let divs = format!("<div>{}x", "<div><span>".repeat(depth));
        assert_eq!(extract(&divs).text, "x");
    }

    #[test]
    fn a_canonical_address_that_is_not_a_web_address_is_dropped() {
        let page = extract(
            r#"<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://news.example/a"></head><body><p>x</p></body></html>"#,
        );
        assert_eq!(page.url.as_deref(), Some("https://news.example/a"));
        let page = extract(
            r#"<html><head><link rel="canonical" href="file:///etc/passwd"></head><body><p>x</p></body></html>"#,
        );
        assert_eq!(page.url, None);
    }

    #[test]
    fn pages_without_article_markup_use_the_body() {
        let page = extract("<html><body><p>One.</p><p>Two.</p></body></html>");
        assert_eq!(page.text, "One.\nTwo.");
        assert_eq!(page.title, None);
    }

    #[test]
    fn a_furniture_word_on_the_page_itself_keeps_the_story() {
        let page = extract(
            r#"<html><body class="has-sidebar layout-ads"><main class="with-share">
<h1>Rates rise</h1><p>The central bank raised its main rate by half a point to 12.5 percent on Monday.</p>
<div class="share-bar">Share on X</div></main></body></html>"#,
        );
        assert_eq!(
            page.text,
            "Rates rise\nThe central bank raised its main rate by half a point to 12.5 percent on Monday."
        );
    }

    #[test]
    fn a_page_too_deep_or_too_large_for_scoring_is_read_by_the_first_extractor() {
        let deep = format!("<body>{}<p>Deep text.</p></body>", "<div>".repeat(200));
        assert_eq!(extract(&deep).text, "Deep text.");
        assert!(!super::super::readable::worth_scoring(&deep));
        assert!(super::super::readable::worth_scoring("<p>x</p>"));
    }
}
