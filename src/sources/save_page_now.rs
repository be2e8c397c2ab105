//! The Internet Archive's Save Page Now (version 2), as its API documents it: a capture is
//! asked for with `POST {endpoint}/save` (the address as a form field, the reviewer's
//! archive.org keys in `Authorization: LOW access:secret`), which answers with a job; the
//! job is polled with `GET {endpoint}/save/status/{job}` until it says `success` (with the
//! capture's timestamp) or `error` (with a code such as `error:too-many-daily-captures`).
//! The copy is then at `{endpoint}/web/{timestamp}/{address}`.
//!
//! Nothing here runs by itself: it is asked for when the reviewer archives a source with
//! Save Page Now switched on, and what cannot be done now waits in the
//! [queue](super::archive_queue).

use super::fetch::Limits;
use crate::model::check_web_address;
use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The Internet Archive's own address, the endpoint unless the reviewer names another.
pub const DEFAULT_ENDPOINT: &str = "https://web.archive.org";

/// How often a job is asked about by default: the API's documentation asks clients not to
/// poll more often than every few seconds.
pub const DEFAULT_POLL_MS: u64 = 5000;

/// How long one capture is waited for before it is left pending (and asked about again
/// later): the archive's own captures usually take well under a minute.
const CAPTURE_BUDGET: Duration = Duration::from_secs(120);

/// Where and as whom Save Page Now is asked: the reviewer's setting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavePageNow {
    /// Whether archiving a source asks Save Page Now too (off until the reviewer says so).
    pub enabled: bool,
    /// The service's address (`https://web.archive.org`).
    pub endpoint: String,
    /// The archive.org S3-style access key.
    pub access_key: String,
    /// Its secret.
    pub secret_key: String,
    /// How often a job is asked about, in milliseconds.
    pub poll_ms: u64,
}

impl Default for SavePageNow {
    fn default() -> Self {
        SavePageNow {
            enabled: false,
            endpoint: DEFAULT_ENDPOINT.into(),
            access_key: String::new(),
            secret_key: String::new(),
            poll_ms: DEFAULT_POLL_MS,
        }
    }
}

/// Why Save Page Now gave no copy (yet). Kept in the queue with the request, so that the
/// window can say it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "kebab-case")]
pub enum SpnError {
    /// The setting cannot be used: no keys, or an endpoint that would send them in clear.
    #[error("the Save Page Now setting is not usable: {0}")]
    NotConfigured(String),
    /// No answer: offline, or the service is down. The request waits.
    #[error("the Internet Archive is unreachable ({0})")]
    Unreachable(String),
    /// Too many captures asked for (HTTP 429, or a session or daily limit). The request
    /// waits at least this long.
    #[error("the Internet Archive asks to wait ({reason})")]
    RateLimited {
        /// What the service said.
        reason: String,
        /// How long to wait before asking again.
        wait_seconds: u64,
    },
    /// The service failed on its side (5xx, no browser free, a job that broke). The
    /// request waits.
    #[error("the Internet Archive could not capture it now ({0})")]
    Busy(String),
    /// The keys were refused. The request waits until the setting is corrected.
    #[error("the Internet Archive refused the keys in the Save Page Now setting")]
    Unauthorized,
    /// The capture itself was refused or failed for good (blocked site, page not found…).
    #[error("the Internet Archive did not capture it: {message} ({code})")]
    Refused {
        /// The service's code (`error:blocked-url`).
        code: String,
        /// Its message.
        message: String,
    },
    /// An answer that is not the API's.
    #[error("the Internet Archive gave an answer Sanad does not understand ({0})")]
    BadAnswer(String),
    /// The capture was still pending when the time for it ran out. The job is asked about
    /// again later.
    #[error("the Internet Archive is still capturing it")]
    StillPending,
    /// The reviewer cancelled.
    #[error("the request was cancelled")]
    Cancelled,
}

impl SpnError {
    /// Whether the request should wait and be tried again, rather than be given up.
    pub fn should_retry(&self) -> bool {
        !matches!(
            self,
            SpnError::Refused { .. } | SpnError::BadAnswer(_) | SpnError::NotConfigured(_)
        )
    }

    /// How long to wait before trying again.
    pub fn retry_after(&self) -> Duration {
        match self {
            SpnError::RateLimited { wait_seconds, .. } => Duration::from_secs(*wait_seconds),
            SpnError::StillPending => Duration::from_secs(30),
            _ => Duration::from_secs(60),
        }
    }
}

/// What a job says when asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobState {
    /// Still capturing.
    Pending,
    /// Captured: the copy's address.
    Done(String),
}

/// The API's answers, every field optional: what is missing is a bad answer, not a panic.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Answer {
    job_id: Option<String>,
    status: Option<String>,
    status_ext: Option<String>,
    message: Option<String>,
    timestamp: Option<String>,
    original_url: Option<String>,
}

/// The largest answer read: the API's answers are a few kilobytes (a status lists the
/// page's resources).
const MAX_ANSWER_BYTES: u64 = 4 * 1024 * 1024;

impl SavePageNow {
    /// The endpoint without a trailing `/`, checked: an http(s) address, and https unless
    /// it is this machine (the keys are never sent in clear over a network).
    fn base(&self) -> Result<&str, SpnError> {
        let base = self.endpoint.trim().trim_end_matches('/');
        check_web_address(base).map_err(|e| SpnError::NotConfigured(e.to_string()))?;
        let lower = base.to_ascii_lowercase();
        let local = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
            .iter()
            .any(|l| {
                lower
                    .strip_prefix(l)
                    .is_some_and(|r| r.is_empty() || r.starts_with([':', '/']))
            });
        if !lower.starts_with("https://") && !local {
            return Err(SpnError::NotConfigured(
                "the endpoint must be an https:// address".into(),
            ));
        }
        if self.access_key.trim().is_empty() || self.secret_key.trim().is_empty() {
            return Err(SpnError::NotConfigured(
                "the access key and the secret are needed".into(),
            ));
        }
        Ok(base)
    }

    /// Whether archiving asks Save Page Now (switched on, with keys and a usable endpoint).
    pub fn is_usable(&self) -> bool {
        self.enabled && self.base().is_ok()
    }

    fn authorization(&self) -> String {
        format!("LOW {}:{}", self.access_key.trim(), self.secret_key.trim())
    }

    /// Ask for a capture of `url`: the job's id.
    pub fn submit(
        &self,
        url: &str,
        limits: &Limits,
        cancel: &AtomicBool,
    ) -> Result<String, SpnError> {
        check_web_address(url).map_err(|e| SpnError::Refused {
            code: "sanad:bad-address".into(),
            message: e.to_string(),
        })?;
        let base = self.base()?;
        if cancel.load(Ordering::Relaxed) {
            return Err(SpnError::Cancelled);
        }
        let response = super::fetch::agent(limits)
            .post(&format!("{base}/save"))
            .header("Accept", "application/json")
            .header("Authorization", &self.authorization())
            .send_form([("url", url)])
            .map_err(|e| SpnError::Unreachable(e.to_string()))?;
        let answer = read_answer(response)?;
        if let Some(error) = answer_error(&answer) {
            return Err(error);
        }
        answer
            .job_id
            .filter(|id| is_job_id(id))
            .ok_or_else(|| SpnError::BadAnswer("no job id".into()))
    }

    /// What the job `job` says now.
    pub fn status(
        &self,
        job: &str,
        limits: &Limits,
        cancel: &AtomicBool,
    ) -> Result<JobState, SpnError> {
        let base = self.base()?;
        if !is_job_id(job) {
            return Err(SpnError::BadAnswer(format!("the job id {job:?}")));
        }
        if cancel.load(Ordering::Relaxed) {
            return Err(SpnError::Cancelled);
        }
        let response = super::fetch::agent(limits)
            .get(&format!("{base}/save/status/{job}"))
            .header("Accept", "application/json")
            .header("Authorization", &self.authorization())
            .call()
            .map_err(|e| SpnError::Unreachable(e.to_string()))?;
        let answer = read_answer(response)?;
        if let Some(error) = answer_error(&answer) {
            return Err(error);
        }
        match answer.status.as_deref() {
            Some("pending") => Ok(JobState::Pending),
            Some("success") => {
                let timestamp = answer.timestamp.unwrap_or_default();
                let original = answer.original_url.unwrap_or_default();
                if timestamp.len() < 8 || !timestamp.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(SpnError::BadAnswer(format!("the timestamp {timestamp:?}")));
                }
                let copy = format!("{base}/web/{timestamp}/{original}");
                check_web_address(&copy)
                    .map_err(|e| SpnError::BadAnswer(format!("the copy's address: {e}")))?;
                Ok(JobState::Done(copy))
            }
            other => Err(SpnError::BadAnswer(format!("the status {other:?}"))),
        }
    }

    /// Ask the job `job` until it is done, every [`SavePageNow::poll_ms`], for at most
    /// `budget`.
    pub fn wait_for(
        &self,
        job: &str,
        limits: &Limits,
        budget: Option<Duration>,
        cancel: &AtomicBool,
    ) -> Result<String, SpnError> {
        let started = Instant::now();
        let budget = budget.unwrap_or(CAPTURE_BUDGET);
        let every = Duration::from_millis(self.poll_ms.max(1));
        loop {
            if let JobState::Done(copy) = self.status(job, limits, cancel)? {
                return Ok(copy);
            }
            if started.elapsed() + every > budget {
                return Err(SpnError::StillPending);
            }
            // Slept in short steps so that a cancel is heard.
            let until = Instant::now() + every;
            while Instant::now() < until {
                if cancel.load(Ordering::Relaxed) {
                    return Err(SpnError::Cancelled);
                }
                std::thread::sleep((until - Instant::now()).min(Duration::from_millis(50)));
            }
        }
    }
}

/// A job id as the API makes them (`spn2-` and hex); anything else is never put in a path.
fn is_job_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
}

/// The answer's JSON; the HTTP status decides first (429, 401/403, 5xx).
fn read_answer(response: ureq::http::Response<ureq::Body>) -> Result<Answer, SpnError> {
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let body = response
        .into_body()
        .into_with_config()
        .limit(MAX_ANSWER_BYTES)
        .read_to_vec()
        .map_err(|e| SpnError::Unreachable(e.to_string()))?;
    let answer: Option<Answer> = serde_json::from_slice(&body).ok();
    match status {
        429 => Err(SpnError::RateLimited {
            reason: answer
                .and_then(|a| a.message)
                .unwrap_or_else(|| "too many requests".into()),
            wait_seconds: retry_after.unwrap_or(60).clamp(1, 24 * 3600),
        }),
        401 | 403 => Err(SpnError::Unauthorized),
        500..=599 => Err(SpnError::Busy(format!("HTTP {status}"))),
        _ => {
            let answer =
                answer.ok_or_else(|| SpnError::BadAnswer(format!("HTTP {status}, not JSON")))?;
            if !(200..300).contains(&status) && answer.status.as_deref() != Some("error") {
                return Err(SpnError::BadAnswer(format!("HTTP {status}")));
            }
            Ok(answer)
        }
    }
}

/// The error an answer with `"status": "error"` stands for, by its documented code.
fn answer_error(answer: &Answer) -> Option<SpnError> {
    if answer.status.as_deref() != Some("error") {
        return None;
    }
    let code = answer.status_ext.clone().unwrap_or_else(|| "error".into());
    let message = answer
        .message
        .clone()
        .unwrap_or_else(|| code.clone())
        .chars()
        .filter(|c| !c.is_control())
        .take(300)
        .collect::<String>();
    Some(match code.as_str() {
        "error:too-many-daily-captures" => SpnError::RateLimited {
            reason: message,
            wait_seconds: 3600,
        },
        "error:user-session-limit"
        | "error:too-many-requests"
        | "error:bandwidth-limit-exceeded" => SpnError::RateLimited {
            reason: message,
            wait_seconds: 60,
        },
        "error:unauthorized" => SpnError::Unauthorized,
        "error:no-browsers-available"
        | "error:celery"
        | "error:internal-server-error"
        | "error:service-unavailable"
        | "error:gateway-timeout"
        | "error:bad-gateway"
        | "error:soft-time-limit-exceeded"
        | "error:job-failed"
        | "error:capture-location-error" => SpnError::Busy(message),
        _ => SpnError::Refused { code, message },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setting(endpoint: &str) -> SavePageNow {
        SavePageNow {
            enabled: true,
            endpoint: endpoint.into(),
            access_key: "key".into(),
            secret_key: "secret".into(),
            poll_ms: 10,
        }
    }

    #[test]
    fn keys_go_only_over_https_or_to_this_machine() {
        assert!(setting("https://web.archive.org").is_usable());
        assert!(setting("http://127.0.0.1:8080/").is_usable());
        assert!(setting("http://localhost").is_usable());
        assert!(!setting("http://web.archive.org").is_usable());
        assert!(!setting("http://localhost.example.org").is_usable());
        assert!(!setting("ftp://web.archive.org").is_usable());
        let mut no_key = setting("https://web.archive.org");
        no_key.secret_key = " ".into();
        assert!(!no_key.is_usable());
        assert!(!SavePageNow::default().is_usable(), "off by default");
    }

    #[test]
    fn documented_error_codes_are_told_apart() {
        let error = |code: &str| {
            answer_error(&Answer {
                status: Some("error".into()),
                status_ext: Some(code.into()),
                message: Some("m\u{1b}[31m".into()),
                ..Answer::default()
            })
            .unwrap()
        };
        assert!(matches!(
            error("error:too-many-daily-captures"),
            SpnError::RateLimited {
                wait_seconds: 3600,
                ..
            }
        ));
        assert!(matches!(
            error("error:user-session-limit"),
            SpnError::RateLimited {
                wait_seconds: 60,
                ..
            }
        ));
        assert!(matches!(
            error("error:no-browsers-available"),
            SpnError::Busy(_)
        ));
        assert_eq!(error("error:unauthorized"), SpnError::Unauthorized);
        let refused = error("error:blocked-url");
        assert!(!refused.should_retry());
        assert_eq!(
            refused,
            SpnError::Refused {
                code: "error:blocked-url".into(),
                message: "m[31m".into()
            },
            "control characters never reach a terminal"
        );
        assert!(error("error:too-many-daily-captures").should_retry());
    }

    #[test]
    fn job_ids_are_never_a_path() {
        assert!(is_job_id("spn2-9c1f1a6b2d3e4f"));
        assert!(!is_job_id("../../etc"));
        assert!(!is_job_id("a/b"));
        assert!(!is_job_id(""));
    }
}
