//! A bound on how deeply a web page nests, applied to the source before it is parsed.
//!
//! The HTML parser checks its stack of open elements at every new element, so a page nested
//! a hundred thousand `<div>`s deep takes minutes to parse (the cost grows with the square
//! of the depth), and anything that walks the tree recursively overflows the stack. Real
//! pages nest a few dozen deep; Chromium's parser stops nesting at 512. Past
//! [`MAX_DEPTH`], start and end tags are left out of the source and their text is kept, so
//! the page reads as if the deepest elements were one. A page that never nests that deep
//! is passed through untouched.

use std::borrow::Cow;

/// The deepest nesting kept (Chromium's parser limit).
pub const MAX_DEPTH: usize = 512;

/// Elements that hold no content: they never nest.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose end tag may be left out: the next one of their kind (or their parent's
/// end) closes them, so a run of them does not nest.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb",
    "rt", "rp", "rtc", "colgroup", "caption", "html", "head", "body",
];

/// Elements whose content is not markup: their text is skipped to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// `html` with every tag nested deeper than `max_depth` left out (their text stays). One
/// pass over the source.
pub fn cap_depth(html: &str, max_depth: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + found;
        let Some(tag) = read_tag(html, start) else {
            at = start + 1;
            continue;
        };
        at = tag.end;
        let name = tag.name.to_ascii_lowercase();
        if tag.closing {
            if counts(&name) {
                if depth > max_depth {
                    dropped.push((start, tag.end));
                }
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            at = raw_text_end(html, at, &name);
            continue;
        }
        if tag.self_closing || !counts(&name) {
            continue;
        }
        depth += 1;
        if depth > max_depth {
            dropped.push((start, tag.end));
        }
    }
    if dropped.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut kept_from = 0;
    for (start, end) in dropped {
        out.push_str(&html[kept_from..start]);
        kept_from = end;
    }
    out.push_str(&html[kept_from..]);
    Cow::Owned(out)
}

fn counts(name: &str) -> bool {
    !VOID.contains(&name) && !OPTIONAL_END.contains(&name)
}

/// A start or end tag found in the source.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    self_closing: bool,
    /// One past its `>` (or the end of the source).
    end: usize,
}

/// The tag that starts at `start` (a `<`), skipping comments and declarations as tags
/// without a name; `None` when the `<` starts no tag (a `<` in text).
fn read_tag(html: &str, start: usize) -> Option<Tag<'_>> {
    let bytes = html.as_bytes();
    let rest = &html[start..];
    if let Some(comment) = rest.strip_prefix("<!--") {
        let end = comment
            .find("-->")
            .map_or(html.len(), |i| start + 4 + i + 3);
        return Some(Tag {
            name: "",
            closing: true,
            self_closing: true,
            end,
        });
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        let end = rest.find('>').map_or(html.len(), |i| start + i + 1);
        return Some(Tag {
            name: "",
            closing: true,
            self_closing: true,
            end,
        });
    }
    let closing = rest.starts_with("</");
    let name_start = start + if closing { 2 } else { 1 };
    let name_len = bytes[name_start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = &html[name_start..name_start + name_len];
    // The tag ends at the first `>` outside a quoted attribute value.
    let mut quote = None;
    let mut end = html.len();
    for (i, &b) in bytes[name_start + name_len..].iter().enumerate() {
        match (quote, b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => {
                end = name_start + name_len + i + 1;
                break;
            }
            (None, _) => {}
        }
    }
    let self_closing = end >= 2 && bytes[end - 2] == b'/' && end <= html.len();
    Some(Tag {
        name,
        closing,
        self_closing,
        end,
    })
}

/// Where the raw text of element `name` that starts at `from` ends: at its end tag.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let closing = format!("</{name}");
    let bytes = html.as_bytes();
    let mut at = from;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + found;
        let candidate = &bytes[start..(start + closing.len()).min(bytes.len())];
        if candidate.eq_ignore_ascii_case(closing.as_bytes()) {
            return start;
        }
        at = start + 1;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_of_ordinary_depth_pass_untouched() {
        let page = "<html><body><div><p>One <b>two</b><p>three<br>four</div><script>if (a<b) x='</div>'</script></body></html>";
        assert!(matches!(cap_depth(page, 3), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_past_the_limit_go_and_their_text_stays() {
        let page = format!(
            "{}deep{}after",
            "<div class=\"a>b\">".repeat(5),
            "</div>".repeat(5)
        );
        let capped = cap_depth(&page, 2);
        assert_eq!(
            capped,
            "<div class=\"a>b\"><div class=\"a>b\">deep</div></div>after"
        );
    }

    #[test]
    fn the_pass_is_linear_in_a_deep_page() {
        let page = "<div><span>".repeat(200_000);
        let capped = cap_depth(&page, MAX_DEPTH);
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH / 2);
    }
}
