//! A fetched answer as text: what kind of document it is (from its media type, else its
//! first bytes), its character set (the HTTP header's, else the page's own `<meta>`, else
//! guessed), and its main text. Pages are parsed, never run.

use super::Fetched;
use crate::import::{self, DecodeProblem, Page};
use crate::model::Article;

/// What a fetched answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// An HTML (or XHTML) page.
    Html,
    /// Plain text or Markdown.
    Text,
    /// A PDF document.
    Pdf,
    /// Anything else (an image, a video, JSON …).
    Other,
}

/// Why a fetched answer gives no article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    /// The server answered with an error or an unexpected status.
    #[error("{url} answered {status}{}", status_meaning(*.status))]
    Status {
        /// The address.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// A PDF.
    #[error("{0} serves a PDF; save it and copy its text into a .txt file, then open that file")]
    Pdf(String),
    /// Not a page of text.
    #[error("{url} serves {media_type}, not a web page or text")]
    NotText {
        /// The address.
        url: String,
        /// The media type it named.
        media_type: String,
    },
    /// A page with no readable text.
    #[error("{0} has no text to review")]
    Empty(String),
}

/// A few words on what a status means, for the message.
fn status_meaning(status: u16) -> &'static str {
    match status {
        404 => " (not found)",
        410 => " (gone)",
        401 | 403 => " (access refused)",
        429 => " (too many requests; try again later)",
        500..=599 => " (a server error)",
        _ => "",
    }
}

/// The media type without its parameters, lower case ("text/html").
fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The kind of an answer, from its media type, else its first bytes.
pub fn kind_of(fetched: &Fetched) -> PageKind {
    let head = &fetched.bytes[..fetched.bytes.len().min(1024)];
    let sniffed = || {
        if head.starts_with(b"%PDF") {
            return PageKind::Pdf;
        }
        let text = String::from_utf8_lossy(head).to_ascii_lowercase();
        let text = text.trim_start_matches('\u{feff}').trim_start();
        if text.starts_with("<!doctype html") || text.starts_with("<html") || text.contains("<body")
        {
            PageKind::Html
        } else {
            PageKind::Text
        }
    };
    match media_type(&fetched.capture.content_type).as_str() {
        "text/html" | "application/xhtml+xml" => PageKind::Html,
        "text/plain" | "text/markdown" | "text/x-markdown" => PageKind::Text,
        "application/pdf" | "application/x-pdf" => PageKind::Pdf,
        // No type, or the generic one: look at the bytes.
        "" | "application/octet-stream" => sniffed(),
        _ => PageKind::Other,
    }
}

/// The character set the HTTP header names, when it names one Sanad knows.
fn header_charset(content_type: &str) -> Option<&'static encoding_rs::Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        (name.trim().eq_ignore_ascii_case("charset"))
            .then(|| import::encoding_named(value.trim().trim_matches(['"', '\''])))
            .flatten()
    })
}

/// The character set an HTML page declares in its first 1024 bytes (`<meta charset>` or
/// `<meta http-equiv="content-type" content="…; charset=…">`), as browsers prescan it.
fn meta_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("charset") {
        rest = &rest[at + "charset".len()..];
        let value = rest.trim_start();
        let Some(value) = value.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start().trim_start_matches(['"', '\'']);
        let end = value
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')))
            .unwrap_or(value.len());
        if let Some(encoding) = import::encoding_named(&value[..end]) {
            // A page saved as UTF-16 cannot say so in ASCII: browsers read it as UTF-8.
            return Some(
                if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                    encoding_rs::UTF_8
                } else {
                    encoding
                },
            );
        }
    }
    None
}

/// The answer's text decoded, with the page's metadata for HTML.
pub fn read_page(fetched: &Fetched) -> Result<Page, PageError> {
    let url = &fetched.capture.final_url;
    let kind = kind_of(fetched);
    match kind {
        PageKind::Pdf => return Err(PageError::Pdf(url.clone())),
        PageKind::Other => {
            return Err(PageError::NotText {
                url: url.clone(),
                media_type: media_type(&fetched.capture.content_type),
            });
        }
        PageKind::Html | PageKind::Text => {}
    }
    // A byte-order mark outranks both declarations, as in browsers.
    let has_bom = encoding_rs::Encoding::for_bom(&fetched.bytes).is_some();
    let declared = (!has_bom)
        .then(|| {
            header_charset(&fetched.capture.content_type).or_else(|| {
                (kind == PageKind::Html)
                    .then(|| meta_charset(&fetched.bytes))
                    .flatten()
            })
        })
        .flatten();
    let decoded =
        import::decode(fetched.bytes.clone(), declared).map_err(|problem| match problem {
            DecodeProblem::Empty => PageError::Empty(url.clone()),
            DecodeProblem::Binary => PageError::NotText {
                url: url.clone(),
                media_type: "binary data".into(),
            },
        })?;
    Ok(match kind {
        PageKind::Html => import::extract_html(&decoded.text),
        _ => Page {
            title: None,
            url: None,
            byline: None,
            published: None,
            text: decoded.text,
        },
    })
}

/// The article a fetched page gives, in `language` when one is given: its text, title,
/// author and date, and where and when it was fetched.
pub fn article_from_fetch(fetched: &Fetched, language: Option<&str>) -> Result<Article, PageError> {
    let url = &fetched.capture.final_url;
    if !fetched.is_success() {
        return Err(PageError::Status {
            url: url.clone(),
            status: fetched.capture.status,
        });
    }
    let page = read_page(fetched)?;
    if page.text.trim().is_empty() {
        return Err(PageError::Empty(url.clone()));
    }
    let host = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    let mut article = import::article_from_text_in(page.text, "UTF-8", &host, language);
    if let Some(title) = page.title {
        article.title = title;
    }
    article.source_url = Some(page.url.unwrap_or_else(|| url.clone()));
    article.source_sha256 = fetched.capture.sha256.clone();
    article.byline = page.byline.unwrap_or_default();
    article.published = page.published.unwrap_or_default();
    article.fetched = Some(fetched.capture.clone());
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Capture;

    fn fetched(content_type: &str, bytes: &[u8]) -> Fetched {
        Fetched {
            capture: Capture {
                requested: "https://example.org/a".into(),
                final_url: "https://example.org/a".into(),
                fetched_at: crate::model::now(),
                status: 200,
                content_type: content_type.into(),
                sha256: crate::model::sha256_hex_bytes(bytes),
            },
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn the_header_charset_comes_before_the_meta_and_the_meta_before_guessing() {
        // "مرحبا" in Windows-1256.
        let arabic = [0xE3, 0xD1, 0xCD, 0xC8, 0xC7];
        let page = |meta: &str| {
            let mut bytes = format!("<html><head>{meta}</head><body><p>").into_bytes();
            bytes.extend_from_slice(&arabic);
            bytes.extend_from_slice(b"</p></body></html>");
            bytes
        };
        let text = |f: Fetched| read_page(&f).unwrap().text;
        assert_eq!(
            text(fetched("text/html; charset=windows-1256", &page(""))),
            "مرحبا"
        );
        assert_eq!(
            text(fetched(
                "text/html",
                &page(r#"<meta charset="windows-1256">"#)
            )),
            "مرحبا"
        );
        assert_eq!(
            text(fetched(
                "text/html",
                &page(
                    r#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">"#
                )
            )),
            "مرحبا"
        );
        // The header wins over a wrong meta.
        assert_eq!(
            text(fetched(
                "text/html; charset=\"windows-1256\"",
                &page(r#"<meta charset="iso-8859-1">"#)
            )),
            "مرحبا"
        );
    }

    #[test]
    fn pdfs_and_other_media_are_refused_with_one_line() {
        let err = article_from_fetch(&fetched("application/pdf", b"%PDF-1.4"), None).unwrap_err();
        assert!(
            err.to_string().contains("serves a PDF; save it and"),
            "{err}"
        );
        let err = article_from_fetch(&fetched("", b"%PDF-1.4 x"), None).unwrap_err();
        assert!(matches!(err, PageError::Pdf(_)));
        let err = article_from_fetch(&fetched("image/png", b"\x89PNG"), None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "https://example.org/a serves image/png, not a web page or text"
        );
        let mut gone = fetched("text/html", b"<p>x</p>");
        gone.capture.status = 410;
        let err = article_from_fetch(&gone, None).unwrap_err();
        assert_eq!(err.to_string(), "https://example.org/a answered 410 (gone)");
    }

    #[test]
    fn the_article_keeps_its_provenance_and_metadata() {
        let html = br#"<html><head><title>Budget</title><meta name="author" content="Lina Haddad">
            <meta property="article:published_time" content="2026-11-03T10:30:00Z"></head>
            <body><article><p>The ministry said spending rose 4% in 2025.</p></article></body></html>"#;
        let f = fetched("text/html; charset=utf-8", html);
        let article = article_from_fetch(&f, None).unwrap();
        assert_eq!(article.title, "Budget");
        assert_eq!(article.byline, "Lina Haddad");
        assert_eq!(article.published, "2026-11-03T10:30:00Z");
        assert_eq!(article.text, "The ministry said spending rose 4% in 2025.");
        assert_eq!(article.source_sha256, f.capture.sha256);
        assert_eq!(article.fetched.as_ref(), Some(&f.capture));
        assert_eq!(article.source_url.as_deref(), Some("https://example.org/a"));
    }
}
