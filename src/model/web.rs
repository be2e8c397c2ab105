//! Which evidence addresses Sanad will open: web pages only. Addresses are stored as the
//! reviewer typed them (a review from a stranger may hold anything), and checked here
//! before a click opens them or an export turns them into links, so that `file:`,
//! `javascript:` or `data:` addresses never run.

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
    /// Spaces or control characters inside.
    #[error("the address contains spaces or control characters")]
    BadCharacters,
}

/// Check that `url` is an http or https address with a host.
pub fn check_web_address(url: &str) -> Result<(), WebAddressError> {
    let url = url.trim();
    if url.is_empty() {
        return Err(WebAddressError::Empty);
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(WebAddressError::BadCharacters);
    }
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or(WebAddressError::NotWeb)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    if host.is_empty() || host.starts_with(':') {
        return Err(WebAddressError::NoHost);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_with_a_host_pass() {
        assert_eq!(check_web_address("https://reuters.com/x?y#z"), Ok(()));
        assert_eq!(check_web_address(" HTTP://example.org "), Ok(()));
        for (url, why) in [
            ("", WebAddressError::Empty),
            ("javascript:alert(1)", WebAddressError::NotWeb),
            ("file:///etc/passwd", WebAddressError::NotWeb),
            ("data:text/html,x", WebAddressError::NotWeb),
            ("https://", WebAddressError::NoHost),
            ("https:///path", WebAddressError::NoHost),
            ("https://a b.com", WebAddressError::BadCharacters),
            ("https://a.com/\u{7}", WebAddressError::BadCharacters),
        ] {
            assert_eq!(check_web_address(url), Err(why), "{url}");
        }
    }
}
