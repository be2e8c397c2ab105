//! One GET of a web page, with the limits every fetch in Sanad keeps: only http and https,
//! every address (the first and each redirect's) passing [`check_web_address`], at most
//! [`Limits::max_redirects`] redirects, one time budget for the whole fetch, a body limit,
//! no cookies and no credentials, and a cancel flag the reader may set at any time.

use crate::model::{Capture, WebAddressError, check_web_address};
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The limits of one fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The time for the whole fetch, redirects and body included.
    pub timeout: Duration,
    /// The largest body read.
    pub max_bytes: u64,
    /// How many redirects are followed.
    pub max_redirects: u32,
}

impl Default for Limits {
    /// 20 seconds, the import limit (50 MB), 10 redirects.
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(20),
            max_bytes: crate::import::MAX_ARTICLE_BYTES,
            max_redirects: 10,
        }
    }
}

/// A page as it came: how it was fetched and the bytes of its body.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The addresses, time, status, media type and hash.
    pub capture: Capture,
    /// The body, after any transfer compression was undone.
    pub bytes: Vec<u8>,
}

impl Fetched {
    /// Whether the server answered with success (2xx).
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.capture.status)
    }
}

/// Why a page could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The address (given, or redirected to) is not one Sanad opens.
    #[error("{url} cannot be fetched: {reason}")]
    BadAddress {
        /// The address.
        url: String,
        /// Why.
        reason: WebAddressError,
    },
    /// A redirect without a usable `Location`.
    #[error("{0} redirects without saying where")]
    BadRedirect(String),
    /// More redirects than the limit (or a loop).
    #[error("{url} redirects more than {limit} times (a redirect loop?)")]
    TooManyRedirects {
        /// The address first asked for.
        url: String,
        /// The limit.
        limit: u32,
    },
    /// The time budget ran out.
    #[error("{url} did not answer within {seconds} seconds")]
    Timeout {
        /// The address.
        url: String,
        /// The budget.
        seconds: u64,
    },
    /// The body is larger than the limit.
    #[error("{url} sends more than {limit} bytes (the limit)")]
    TooLarge {
        /// The address.
        url: String,
        /// The limit.
        limit: u64,
    },
    /// No answer: the host is unknown, refused the connection, or the exchange broke.
    #[error("{url} is unreachable: {reason}")]
    Unreachable {
        /// The address.
        url: String,
        /// What went wrong, in the client's words.
        reason: String,
    },
    /// The reader cancelled the fetch.
    #[error("the fetch of {0} was cancelled")]
    Cancelled(String),
}

/// Statuses that send the client elsewhere.
fn is_redirect(status: u16) -> bool {
    matches!(status, 301 | 302 | 303 | 307 | 308)
}

/// The one client: no automatic redirects (each is checked here), statuses as answers not
/// errors, proxies from `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY`, no cookie store.
pub(super) fn agent(limits: &Limits) -> ureq::Agent {
    ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(limits.timeout))
        .user_agent(concat!(
            "Sanad/",
            env!("CARGO_PKG_VERSION"),
            " (fact-checking)"
        ))
        .build()
        .new_agent()
}

/// Fetch `url` within `limits`; `cancel` set from another thread stops it at the next
/// read. Any HTTP status is an answer: the caller decides what a 404 means.
pub fn fetch(url: &str, limits: &Limits, cancel: &AtomicBool) -> Result<Fetched, FetchError> {
    let started = Instant::now();
    let agent = agent(limits);
    let mut current = url.to_string();
    let mut redirects = 0;
    loop {
        check_web_address(&current).map_err(|reason| FetchError::BadAddress {
            url: current.clone(),
            reason,
        })?;
        if cancel.load(Ordering::Relaxed) {
            return Err(FetchError::Cancelled(url.to_string()));
        }
        let left = limits.timeout.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Err(timeout(url, limits));
        }
        let response = agent
            .get(&current)
            .config()
            .timeout_global(Some(left))
            .build()
            .call()
            .map_err(|e| client_error(url, limits, &e))?;
        let status = response.status().as_u16();
        if is_redirect(status) {
            redirects += 1;
            if redirects > limits.max_redirects {
                return Err(FetchError::TooManyRedirects {
                    url: url.to_string(),
                    limit: limits.max_redirects,
                });
            }
            current = next_address(&current, &response)?;
            continue;
        }
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let bytes = read_body(response.into_body(), url, limits, cancel)?;
        return Ok(Fetched {
            capture: Capture {
                requested: url.to_string(),
                final_url: current,
                fetched_at: crate::model::now(),
                status,
                content_type,
                sha256: crate::model::sha256_hex_bytes(&bytes),
            },
            bytes,
        });
    }
}

/// Where a redirect from `from` points, resolved against it.
fn next_address(
    from: &str,
    response: &ureq::http::Response<ureq::Body>,
) -> Result<String, FetchError> {
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| FetchError::BadRedirect(from.to_string()))?;
    let base = url::Url::parse(from).map_err(|_| FetchError::BadRedirect(from.to_string()))?;
    let next = base
        .join(location.trim())
        .map_err(|_| FetchError::BadRedirect(from.to_string()))?;
    Ok(next.to_string())
}

/// The body, read in chunks so that the limit and the cancel flag are kept while it comes.
fn read_body(
    body: ureq::Body,
    url: &str,
    limits: &Limits,
    cancel: &AtomicBool,
) -> Result<Vec<u8>, FetchError> {
    let mut reader = body.into_with_config().limit(limits.max_bytes + 1).reader();
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(FetchError::Cancelled(url.to_string()));
        }
        let read = match reader.read(&mut chunk) {
            Ok(0) => return Ok(bytes),
            Ok(read) => read,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io_error(url, limits, &e)),
        };
        bytes.extend_from_slice(&chunk[..read]);
        if bytes.len() as u64 > limits.max_bytes {
            return Err(FetchError::TooLarge {
                url: url.to_string(),
                limit: limits.max_bytes,
            });
        }
    }
}

fn timeout(url: &str, limits: &Limits) -> FetchError {
    FetchError::Timeout {
        url: url.to_string(),
        seconds: limits.timeout.as_secs().max(1),
    }
}

/// The client's error in Sanad's terms.
fn client_error(url: &str, limits: &Limits, error: &ureq::Error) -> FetchError {
    match error {
        ureq::Error::Timeout(_) => timeout(url, limits),
        ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge {
            url: url.to_string(),
            limit: limits.max_bytes,
        },
        ureq::Error::Io(e) => io_error(url, limits, e),
        ureq::Error::HostNotFound => FetchError::Unreachable {
            url: url.to_string(),
            reason: "the host name is not known".into(),
        },
        other => FetchError::Unreachable {
            url: url.to_string(),
            reason: other.to_string(),
        },
    }
}

/// An I/O failure while talking to the server (the body's reader wraps the client's errors
/// in these).
fn io_error(url: &str, limits: &Limits, error: &std::io::Error) -> FetchError {
    if error.kind() == std::io::ErrorKind::TimedOut {
        return timeout(url, limits);
    }
    if let Some(inner) = error
        .get_ref()
        .and_then(|e| e.downcast_ref::<ureq::Error>())
    {
        return client_error(url, limits, inner);
    }
    FetchError::Unreachable {
        url: url.to_string(),
        reason: error.to_string(),
    }
}
