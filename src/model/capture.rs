//! What Sanad keeps of a page it fetched: where it was asked for, where it answered, when,
//! and the SHA-256 of the bytes that came. An article opened from a web address carries
//! one; a source kept in the review's snapshot folder carries one inside its [`Archive`].

use super::Timestamp;
use serde::{Deserialize, Serialize};

/// One fetch of a web page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capture {
    /// The address the reviewer gave.
    pub requested: String,
    /// The address that answered, after redirects.
    pub final_url: String,
    /// When the answer came.
    pub fetched_at: Timestamp,
    /// The HTTP status of the answer.
    pub status: u16,
    /// The answer's media type as the server named it ("text/html; charset=utf-8").
    #[serde(default)]
    pub content_type: String,
    /// SHA-256 (lower-case hex) of the bytes received, before any decoding.
    pub sha256: String,
}

/// A source's page as it was archived: the fetch, the page's title, and where a public
/// archive keeps a copy too. The bytes and the extracted text are in the review's snapshot
/// folder, under [`Capture::sha256`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Archive {
    /// The fetch the snapshot was made from.
    pub capture: Capture,
    /// The page's title, when it has one.
    #[serde(default)]
    pub title: String,
    /// The Internet Archive's copy of the address, when Save Page Now was asked and answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_copy: Option<String>,
}
