//! The review model: plain data with serde, no I/O.
//!
//! Text positions are byte offsets into the article's UTF-8 text, always on char boundaries;
//! the text itself is never rewritten after import.

mod article;
mod capture;
mod claim;
mod command;
mod history;
mod review;
mod spans;
mod time;
mod verdict;
mod web;

pub use article::{
    Article, Span, TextDirection, lowercase_hex, sha256_hex, sha256_hex_bytes, sha256_hex_pieces,
};
pub use capture::{Archive, Capture};
pub use claim::{Claim, ClaimId, ClaimKind, Evidence, QuoteSelector, Stance};
pub use command::{ApplyError, Command, Effects, TextChange, apply};
pub use history::{History, UNDO_LIMIT};
pub use review::{ChangeEntry, Conflict, Dismissed, FORMAT_TAG, Review, SCHEMA_VERSION};
pub use spans::{ReachIndex, claim_at};
pub use time::{Timestamp, now};
pub use verdict::{ParseVerdictError, Verdict};
pub use web::{WebAddressError, check_web_address};
