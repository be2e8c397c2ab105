//! The fields of a fact-check as Sanad keeps them, whatever the publisher wrote: plain
//! text, a checked address, an ISO date, a language code.

use chrono::NaiveDate;

/// `text` without HTML (tags dropped, entities decoded, scripts and styles left out) and
/// with its spaces collapsed. Feeds put markup in their summaries ("<p>Rumor: …</p>").
pub fn plain_text(text: &str) -> String {
    if !text.contains(['<', '&']) {
        return collapse(text);
    }
    let fragment = scraper::Html::parse_fragment(text);
    let mut out = String::with_capacity(text.len());
    for node in fragment.root_element().descendants() {
        let Some(piece) = node.value().as_text() else {
            continue;
        };
        let hidden = node.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "script" | "style" | "template"))
        });
        if !hidden {
            out.push_str(piece);
            out.push(' ');
        }
    }
    collapse(&out)
}

/// `text` with each run of white space one space, none at the ends, and no other control
/// characters (an escape sequence in a stranger's feed must not reach a terminal).
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !c.is_control()));
    }
    out
}

/// `url` when it is a web address Sanad would open (the one check every address passes),
/// else empty: only http and https pages are kept as links.
pub fn web_address(url: &str) -> String {
    let url = url.trim();
    if crate::model::check_web_address(url).is_ok() {
        url.to_string()
    } else {
        String::new()
    }
}

/// The host of a web address, without "www.": a publisher's name when the feed gives none.
pub fn host_of(url: &str) -> String {
    let host = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    host.strip_prefix("www.").unwrap_or(&host).to_string()
}

/// `text`'s date as `YYYY-MM-DD`: a date, or the date of a date and time ("2020-03-01",
/// "2020-03-01T10:00:00Z", "2020-03-01 10:00"); empty when it is neither.
pub fn iso_date(text: &str) -> String {
    let text = text.trim();
    let day = text.get(..10).unwrap_or(text);
    let rest_is_time = text
        .get(10..)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['T', 't', ' ']));
    match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(date) if rest_is_time => date.to_string(),
        _ => String::new(),
    }
}

/// `text` as a language code when it looks like one ("en", "ar-EG", "fil"), lower-cased in
/// its language part; empty otherwise (a feed's "English" is not a code).
pub fn language_code(text: &str) -> String {
    let text = text.trim();
    let mut parts = text.split(['-', '_']);
    let language = parts.next().unwrap_or("");
    let is_code = (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        && parts
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if is_code {
        let mut code = language.to_ascii_lowercase();
        code.push_str(&text[language.len()..].replace('_', "-"));
        code
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_dropped_and_entities_decoded() {
        assert_eq!(
            plain_text("<p>Rumor: <b>5G</b> &amp; viruses</p>\n<script>x()</script>"),
            "Rumor: 5G & viruses"
        );
        assert_eq!(plain_text("  a\n\tb  "), "a b");
        assert_eq!(plain_text("red\u{1b}[31m alert\u{7}"), "red[31m alert");
        assert_eq!(plain_text("1 < 2 and 3 > 2"), "1 < 2 and 3 > 2");
    }

    #[test]
    fn only_web_addresses_are_kept() {
        assert_eq!(web_address(" https://x.example/a "), "https://x.example/a");
        assert_eq!(web_address("javascript:alert(1)"), "");
        assert_eq!(web_address("file:///etc/passwd"), "");
        assert_eq!(
            host_of("https://www.snopes.com/fact-check/x/"),
            "snopes.com"
        );
    }

    #[test]
    fn dates_and_languages_are_normalised_or_left_empty() {
        assert_eq!(iso_date("2020-03-01T10:00:00Z"), "2020-03-01");
        assert_eq!(iso_date("2020-03-01"), "2020-03-01");
        assert_eq!(iso_date("2020-02-30"), "");
        assert_eq!(iso_date("March 1, 2020"), "");
        assert_eq!(iso_date("2020-03-011"), "");
        assert_eq!(language_code("AR_eg"), "ar-eg");
        assert_eq!(language_code("en"), "en");
        assert_eq!(language_code("English"), "");
    }
}
