//! Which addresses Sanad will open or write as links: web pages only. Addresses are stored
//! as the reviewer typed them (a review from a stranger may hold anything), and every place
//! that opens one, makes a link of one or writes one into an export asks [`check_web_address`]
//! first, so that `file:`, `javascript:` or `data:` addresses never run, and an address
//! never carries markup out of its field or shows the reader something it is not.

/// Why an address is not one Sanad opens.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebAddressError {
    /// Nothing typed.
    #[error("the address is empty")]
    Empty,
    /// Another scheme than http or https.
    #[error("only http:// and https:// addresses can be opened")]
    NotWeb,
    /// `https://` with no host after it.
    #[error("the address has no host name")]
    NoHost,
    /// Spaces, control characters, or characters that are never part of an address.
    #[error("the address contains spaces, control characters or one of < > \" ` {{ }} | \\ ^")]
    BadCharacters,
    /// Invisible characters that change how the address is shown (a right-to-left override
    /// can make `evil.example` read as `paypal.com`).
    #[error("the address contains invisible direction or zero-width characters")]
    HiddenCharacters,
    /// `user@` or `user:password@` before the host: a way to make an address look like
    /// another site's, never needed for a source.
    #[error(
        "the address has a user name before its host (a disguise: the real host is after the @)"
    )]
    Credentials,
    /// The host or port is not well formed.
    #[error("the address is not well formed ({0})")]
    Malformed(String),
}

/// Check that `url` is an http or https address with a host, exactly as given (callers
/// that take typed input trim it first), with nothing in it that could break out of a link
/// in an export or disguise the host.
pub fn check_web_address(url: &str) -> Result<(), WebAddressError> {
    if url.is_empty() {
        return Err(WebAddressError::Empty);
    }
    if url.chars().any(crate::terminal::is_hidden_format) {
        return Err(WebAddressError::HiddenCharacters);
    }
    if url.chars().any(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '<' | '>' | '"' | '`' | '{' | '}' | '|' | '\\' | '^')
    }) {
        return Err(WebAddressError::BadCharacters);
    }
    let scheme_end = url.find("://").ok_or(WebAddressError::NotWeb)?;
    if !matches!(
        url[..scheme_end].to_ascii_lowercase().as_str(),
        "http" | "https"
    ) {
        return Err(WebAddressError::NotWeb);
    }
    let authority = url[scheme_end + 3..]
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("");
    if authority.contains('@') {
        return Err(WebAddressError::Credentials);
    }
    if authority.is_empty() || authority.starts_with(':') {
        return Err(WebAddressError::NoHost);
    }
    // The WHATWG parser browsers use decides the rest (ports, IPv6 literals, international
    // host names), so that what Sanad accepts is what a browser opens.
    let parsed = url::Url::parse(url).map_err(|e| WebAddressError::Malformed(e.to_string()))?;
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(WebAddressError::NoHost);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_with_a_host_pass() {
        for url in [
            "https://reuters.com/x?y#z",
            "HTTP://example.org",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://ar.wikipedia.org/wiki/إيلون_ماسك",
            "https://en.wikipedia.org/wiki/Tesla_(company)",
            "http://[::1]:8080/a",
        ] {
            assert_eq!(check_web_address(url), Ok(()), "{url}");
        }
        for (url, why) in [
            ("", WebAddressError::Empty),
            ("javascript:alert(1)", WebAddressError::NotWeb),
            ("javascript://%0aalert(1)", WebAddressError::NotWeb),
            ("file:///etc/passwd", WebAddressError::NotWeb),
            ("data:text/html,x", WebAddressError::NotWeb),
            ("https://", WebAddressError::NoHost),
            ("https:///path", WebAddressError::NoHost),
            ("https://a b.com", WebAddressError::BadCharacters),
            (" https://a.com", WebAddressError::BadCharacters),
            ("https://a.com/\u{7}", WebAddressError::BadCharacters),
            (
                "https://a.com/>[x](javascript:alert(1))<",
                WebAddressError::BadCharacters,
            ),
            (
                "https://a.com/\"onmouseover=",
                WebAddressError::BadCharacters,
            ),
            (
                "https://evil.com\\@good.com",
                WebAddressError::BadCharacters,
            ),
            (
                "https://paypal.com\u{202e}lmth.xe\u{202c}@evil.example/",
                WebAddressError::HiddenCharacters,
            ),
            (
                "https://pay\u{200b}pal.com/",
                WebAddressError::HiddenCharacters,
            ),
            (
                "https://paypal.com@evil.example/",
                WebAddressError::Credentials,
            ),
            (
                "https://a.com:99999/",
                WebAddressError::Malformed("invalid port number".into()),
            ),
        ] {
            assert_eq!(check_web_address(url), Err(why), "{url}");
        }
    }
}
