//! The claim engine: an article's text becomes sentences, and sentences become claims.
//!
//! Everything here works on byte spans into the original text; nothing is copied or
//! rewritten, so a span found here can be highlighted in the window as it is.

mod bucket_set;
mod claims;
mod language;
mod pieces;
mod scan;
mod segment;
pub mod worthiness;

pub use claims::{
    FoundClaim, Kinds, claims_in_run, extract_claims, find_claim_runs, find_claims, is_boilerplate,
    prepare, sentence_kinds, sentence_runs,
};
pub use language::{
    SentenceLanguages, block_language, detect_language, known_languages, language_name,
};
pub use segment::segment_sentences;
