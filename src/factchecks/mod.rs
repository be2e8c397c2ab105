//! Fact-checks the world has published, as the desk imports them: schema.org `ClaimReview`
//! JSON-LD in every shape it is published in (one object, an array, a `DataFeed`, JSON
//! Lines, Sanad's own export) and CSV with a header naming its columns. Each becomes one
//! [`FactCheck`]: plain text, a checked web address, an ISO date. Importing the same
//! fact-check again updates it ([`FactChecks::upsert`]); an item that cannot be one is
//! skipped with its reason ([`Import::skipped`]), and a file that is neither JSON nor CSV is
//! refused whole ([`FactCheckFileError`]).

mod analysis;
mod clean;
mod csv_rows;
pub mod desk;
mod index;
mod json_ld;
mod library;
pub mod rating;
pub mod rerank;
mod store;
pub mod suggest;

pub use analysis::terms;
pub use index::{FactCheckIndex, Hit, IndexError, Weights};
pub use library::{
    Found, ImportSummary, Library, Origin, add_folders, desk_status, import_files, load, rebuild,
    strength,
};
pub use store::{IMPORTED_FILE, INDEX_DIR, LibraryError, library_dir};

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The largest fact-check file read: the public feeds are a few tens of megabytes.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// How many skipped items an import lists with their reason (the rest are only counted).
pub const LISTED_SKIPS: usize = 10;

/// One published fact-check: what was claimed and how it was rated, by whom and when.
/// Every text is plain (HTML stripped, spaces collapsed); empty when the source does not say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct FactCheck {
    /// The fact-check's page: an http or https address, or empty.
    #[serde(default)]
    pub url: String,
    /// The claim it reviewed (`claimReviewed`).
    pub claim: String,
    /// The page's title (`headline`).
    #[serde(default)]
    pub headline: String,
    /// Its summary (`description`).
    #[serde(default)]
    pub description: String,
    /// The verdict as the publisher words it (`reviewRating.alternateName`): "False",
    /// "Mostly true", "مضلل".
    #[serde(default)]
    pub rating: String,
    /// Who published it (`author.name`, or the address's host).
    #[serde(default)]
    pub publisher: String,
    /// When it was published, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// Its language, a BCP 47 code ("en", "ar").
    #[serde(default)]
    pub language: String,
}

impl FactCheck {
    /// What makes two imports the same fact-check: its page, or, when it has none, its
    /// claim (folded as the search folds it), publisher and date.
    pub fn key(&self) -> String {
        if self.url.is_empty() {
            format!(
                "claim\u{1f}{}\u{1f}{}\u{1f}{}",
                crate::query::fold(&self.claim),
                crate::query::fold(&self.publisher),
                self.date
            )
        } else {
            format!("url\u{1f}{}", self.url)
        }
    }
}

/// An item of a file that could not be a fact-check, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Where it was: "item 3", "line 12", "row 7".
    pub at: String,
    /// Why, in a few words: "no claimReviewed".
    pub reason: String,
}

/// What a file held: its fact-checks in order, and how many items were skipped (the first
/// [`LISTED_SKIPS`] with their reason).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Import {
    /// The fact-checks read.
    pub fact_checks: Vec<FactCheck>,
    /// How many items were skipped.
    pub skipped: usize,
    /// The first skipped items, with their reason.
    pub first_skipped: Vec<Skipped>,
}

impl Import {
    /// Count an item skipped at `at` for `reason`, listing it while the list has room.
    fn skip(&mut self, at: String, reason: impl Into<String>) {
        self.skipped += 1;
        if self.first_skipped.len() < LISTED_SKIPS {
            self.first_skipped.push(Skipped {
                at,
                reason: reason.into(),
            });
        }
    }
}

/// Why a file of fact-checks was refused whole (nothing in it is imported).
#[derive(Debug, thiserror::Error)]
pub enum FactCheckFileError {
    /// The file could not be read.
    #[error(transparent)]
    Read(#[from] crate::import::ReadError),
    /// Not UTF-8 text.
    #[error("{0} is not UTF-8 text (fact-checks are read from JSON or CSV)")]
    NotText(PathBuf),
    /// Neither JSON nor a CSV with a claim column.
    #[error(
        "{0} is not a fact-check file: expected ClaimReview JSON-LD, JSON Lines or CSV with a claim column"
    )]
    NotFactChecks(PathBuf),
}

/// The fact-checks of the file at `path` (see the module's documentation for the shapes).
pub fn read_file(path: &Path) -> Result<Import, FactCheckFileError> {
    let bytes = crate::import::read_limited(path, MAX_FILE_BYTES)?;
    let text = String::from_utf8(bytes).map_err(|_| FactCheckFileError::NotText(path.into()))?;
    read_text(&text).ok_or_else(|| FactCheckFileError::NotFactChecks(path.into()))
}

/// The fact-checks of `text`: JSON, else JSON Lines, else CSV with a header naming a claim
/// column; `None` when it is none of them.
pub fn read_text(text: &str) -> Option<Import> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    json_ld::read(text).or_else(|| csv_rows::read(text))
}

/// What [`FactChecks::upsert`] did with a fact-check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upsert {
    /// It was new.
    Added,
    /// One with its key was there and has changed.
    Updated,
    /// One with its key was there, the same.
    Unchanged,
}

/// The imported fact-checks, one per key, in the order they were first imported.
#[derive(Debug, Clone, Default)]
pub struct FactChecks {
    items: Vec<FactCheck>,
    by_key: HashMap<String, usize>,
}

impl FactChecks {
    /// The fact-checks, in the order they were first imported.
    pub fn items(&self) -> &[FactCheck] {
        &self.items
    }

    /// Add `fact_check`, or replace the one with its key.
    pub fn upsert(&mut self, fact_check: FactCheck) -> Upsert {
        let key = fact_check.key();
        match self.by_key.get(&key) {
            Some(&at) if self.items[at] == fact_check => Upsert::Unchanged,
            Some(&at) => {
                self.items[at] = fact_check;
                Upsert::Updated
            }
            None => {
                self.by_key.insert(key, self.items.len());
                self.items.push(fact_check);
                Upsert::Added
            }
        }
    }
}

#[cfg(test)]
mod tests;
