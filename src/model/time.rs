//! Timestamps as stored in review files: UTC, whole seconds, ISO 8601.

use chrono::{DateTime, SubsecRound, Utc};

/// A point in time as the review file stores it (UTC, whole seconds).
pub type Timestamp = DateTime<Utc>;

/// The current time truncated to whole seconds.
///
/// Sub-second digits would make the file noisier to diff and its text length vary with the
/// clock, so every timestamp the model creates goes through here.
pub fn now() -> Timestamp {
    Utc::now().trunc_subsecs(0)
}
