//! Sanad: a fact-checking workbench.
//!
//! The library does all the work and knows nothing of the window: bytes become an
//! [`model::Article`], the [`engine`] splits it into sentences and claims, a [`model::Review`]
//! holds the verdicts and evidence, and [`store`] reads and writes the `.sanad` file. Only
//! the `app` module (behind the binary) imports egui.

// User input never reaches an unwrap: outside tests, a value that may be missing is handled.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod anchor;
pub mod engine;
pub mod factchecks;
pub mod i18n;
pub mod import;
pub mod model;
pub mod parallel;
pub mod query;
pub mod relanguage;
pub mod share;
pub mod sources;
pub mod store;
pub mod terminal;
pub mod text;

#[cfg(feature = "window")]
pub mod app;

use model::Review;
use std::path::Path;

/// A new review of the article at `path`: decoded, segmented, its claims extracted.
pub fn review_from_article_path(path: &Path) -> Result<Review, import::ImportError> {
    review_from_article_path_in(path, None)
}

/// Like [`review_from_article_path`], the article in `language` (its segmentation and claim
/// rules) when one is given instead of the one detected.
pub fn review_from_article_path_in(
    path: &Path,
    language: Option<&str>,
) -> Result<Review, import::ImportError> {
    let article = import::article_from_path_in(path, None, language)?;
    Ok(review_from_article(article))
}

/// A new review of an imported article, with the engine's claims.
pub fn review_from_article(article: model::Article) -> Review {
    let claims = engine::extract_claims(&article);
    Review::new(article, claims)
}

/// The Arabic sample article bundled with the program, opened when no file is given.
pub const SAMPLE_ARTICLE: &str = include_str!("../assets/samples/ar-musk-ai-startup.txt");

/// The name of the bundled sample, shown as its file name.
pub const SAMPLE_NAME: &str = "ar-musk-ai-startup.txt";
