//! The article's main text as readability.js finds it, through dom_smoothie (its Rust
//! port): the page's blocks are scored by their text, links and class names, and the best
//! candidate with its siblings is kept. Measured against Sanad's first extractor on a set
//! of news pages with hand-written main texts (docs/measurements.md, "Main-text
//! extraction"), it keeps the same text and far less furniture, so it is used first and
//! the first extractor stays as the fallback.

/// How many elements a page may have before it is left to the simpler extractor: the
/// scoring walks the page many times, and a page of millions of elements is an attack or
/// an archive, not an article.
const MAX_ELEMENTS: usize = 200_000;

/// How deeply a page may nest to be scored: readability walks each block's ancestors and
/// re-reads its text for every candidate, which grows with the square of the depth. Real
/// articles nest a few dozen deep; a deeper page is left to the simpler extractor.
const MAX_DEPTH: usize = 128;

/// What readability found.
pub(super) struct Readable {
    /// The blocks of the main text, one line each.
    pub lines: Vec<String>,
    /// The author it found.
    pub byline: Option<String>,
    /// The publication time it found.
    pub published: Option<String>,
}

/// Whether the page at `html` (its source) is one readability can score in reasonable time:
/// nested at most [`MAX_DEPTH`] deep, with at most about [`MAX_ELEMENTS`] elements (counted
/// by their `<`, before anything is parsed).
pub(super) fn worth_scoring(html: &str) -> bool {
    let tags = html.bytes().filter(|b| *b == b'<').count();
    tags <= 2 * MAX_ELEMENTS
        && matches!(
            super::nesting::cap_depth(html, MAX_DEPTH),
            std::borrow::Cow::Borrowed(_)
        )
}

/// The main text of `html` (already capped in depth), when readability finds one.
pub(super) fn readable(html: &str) -> Option<Readable> {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Default::default()
    };
    let article = dom_smoothie::Readability::new(html, None, Some(config))
        .and_then(|mut r| r.parse())
        .ok()?;
    let lines: Vec<String> = article
        .text_content
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let clean = |v: Option<String>| {
        v.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|s| !s.is_empty())
    };
    (!lines.is_empty()).then(|| Readable {
        lines,
        byline: clean(article.byline),
        published: clean(article.published_time),
    })
}
