//! A stand-in for the Internet Archive's Save Page Now 2 on 127.0.0.1, answering as the
//! real API documents: `POST /save` with the keys in `Authorization: LOW key:secret` and
//! the address as a form field gives `{"url", "job_id"}`; `GET /save/status/JOB` says
//! `pending` first, then `success` with a timestamp; errors come as
//! `{"status": "error", "status_ext": …, "message": …}` and the rate limit as HTTP 429.
//! Include it after `web_server` (it uses `super::web_server`).

#![allow(dead_code)]

use super::web_server::{Reply, Request, WebServer};
use std::sync::{Arc, Mutex};

/// The keys the stand-in accepts.
pub const ACCESS_KEY: &str = "test-access";
/// The secret it accepts.
pub const SECRET_KEY: &str = "test-secret";
/// The timestamp of every capture it makes.
pub const TIMESTAMP: &str = "20261203101500";

#[derive(Default)]
struct State {
    /// Submits still to be answered with 429.
    rate_limited: usize,
    /// Submits still to be answered with `error:user-session-limit`.
    session_limited: usize,
    /// Jobs made: (id, address, times asked about).
    jobs: Vec<(String, String, usize)>,
    /// How many status answers say `pending` before `success`.
    pending_polls: usize,
    /// Addresses submitted (accepted or not).
    submitted: Vec<String>,
}

/// A running stand-in.
pub struct SavePageNowStandIn {
    pub server: WebServer,
    state: Arc<Mutex<State>>,
}

impl SavePageNowStandIn {
    /// Start one whose jobs say `pending` once before `success`.
    pub fn start() -> Self {
        let state = Arc::new(Mutex::new(State {
            pending_polls: 1,
            ..State::default()
        }));
        let shared = Arc::clone(&state);
        let server = WebServer::start_with_requests(move |request, _| answer(&shared, request));
        SavePageNowStandIn { server, state }
    }

    /// Its address, the setting's endpoint.
    pub fn endpoint(&self) -> String {
        self.server.url("")
    }

    /// Answer the next `count` submits with HTTP 429.
    pub fn rate_limit(&self, count: usize) {
        self.state.lock().unwrap().rate_limited = count;
    }

    /// Answer the next `count` submits with the session-limit error.
    pub fn session_limit(&self, count: usize) {
        self.state.lock().unwrap().session_limited = count;
    }

    /// Every address submitted, in order.
    pub fn submitted(&self) -> Vec<String> {
        self.state.lock().unwrap().submitted.clone()
    }

    /// The copy's address the stand-in gives for `url`.
    pub fn copy_of(&self, url: &str) -> String {
        format!("{}/web/{TIMESTAMP}/{url}", self.endpoint())
    }
}

fn json(status: u16, body: String) -> Reply {
    Reply::Page {
        status,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: body.into_bytes(),
    }
}

fn error(code: &str, message: &str) -> Reply {
    json(
        200,
        format!(r#"{{"status":"error","status_ext":"{code}","message":"{message}"}}"#),
    )
}

fn answer(state: &Mutex<State>, request: &Request) -> Reply {
    let authorised =
        request.header("authorization") == Some(&format!("LOW {ACCESS_KEY}:{SECRET_KEY}"));
    if !authorised {
        return json(
            401,
            r#"{"status":"error","message":"You need to be logged in to use Save Page Now."}"#
                .into(),
        );
    }
    let mut state = state.lock().unwrap();
    if request.method == "POST" && request.path == "/save" {
        let url = form_value(&request.body, "url").unwrap_or_default();
        state.submitted.push(url.clone());
        if state.rate_limited > 0 {
            state.rate_limited -= 1;
            return Reply::Page {
                status: 429,
                headers: vec![("Retry-After".into(), "1".into())],
                body: b"<html><body>Too Many Requests</body></html>".to_vec(),
            };
        }
        if state.session_limited > 0 {
            state.session_limited -= 1;
            return error(
                "error:user-session-limit",
                "You have already reached the limit of active sessions. Please try again later.",
            );
        }
        if url.contains("blocked") {
            return error(
                "error:blocked-url",
                "This URL is in the Save Page Now service block list and cannot be captured.",
            );
        }
        let id = format!("spn2-{:032x}", state.jobs.len() + 1);
        state.jobs.push((id.clone(), url.clone(), 0));
        return json(200, format!(r#"{{"url":"{url}","job_id":"{id}"}}"#));
    }
    if request.method == "GET"
        && let Some(id) = request.path.strip_prefix("/save/status/")
    {
        let pending_polls = state.pending_polls;
        let Some(job) = state.jobs.iter_mut().find(|j| j.0 == id) else {
            return error("error:not-found", "Job not found.");
        };
        job.2 += 1;
        if job.2 <= pending_polls {
            return json(
                200,
                format!(r#"{{"status":"pending","job_id":"{id}","resources":[]}}"#),
            );
        }
        return json(
            200,
            format!(
                r#"{{"status":"success","job_id":"{id}","original_url":"{}","timestamp":"{TIMESTAMP}","duration_sec":2.5,"resources":["{}"],"outlinks":{{}}}}"#,
                job.1, job.1
            ),
        );
    }
    Reply::status(404)
}

/// The value of `name` in a form body (`a=1&url=https%3A%2F%2F…`), decoded.
fn form_value(body: &[u8], name: &str) -> Option<String> {
    let body = String::from_utf8_lossy(body);
    body.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| decode(value))
    })
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let hex = bytes
            .get(at + 1..at + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[at], hex) {
            (b'+', _) => out.push(b' '),
            (b'%', Some(b)) => {
                out.push(b);
                at += 2;
            }
            (b, _) => out.push(b),
        }
        at += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
