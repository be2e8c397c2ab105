//! The library's errors as sentences in the interface language. The library's own messages
//! (its `Display`) stay English for the command line and logs; the window names what went
//! wrong from the error's kind, and quotes a parser's or the system's detail as it is. The
//! sentence around a reason names the file, so reasons do not.

use super::i18n::tr;
use crate::factchecks::{FactCheckFileError, LibraryError};
use crate::import::{ImportError, ReadError};
use crate::model::{ApplyError, WebAddressError};
use crate::share::MergeError;
use crate::store::{LoadError, SaveError};

/// Why an address was refused.
pub fn web_address(error: &WebAddressError) -> String {
    match error {
        WebAddressError::Empty => tr!("error-address-empty"),
        WebAddressError::NotWeb => tr!("error-address-not-web"),
        WebAddressError::NoHost => tr!("error-address-no-host"),
        WebAddressError::BadCharacters => tr!("error-address-bad-characters"),
        WebAddressError::HiddenCharacters => tr!("error-address-hidden-characters"),
        WebAddressError::Credentials => tr!("error-address-credentials"),
        WebAddressError::Malformed(detail) => tr!("error-address-malformed", detail = detail),
    }
    .into()
}

/// Why a file could not be read.
pub fn read(error: &ReadError) -> String {
    match error {
        ReadError::NotFound(_) => tr!("error-read-not-found"),
        ReadError::IsDirectory(_) => tr!("error-read-directory"),
        ReadError::NotRegular { .. } => tr!("error-read-not-regular"),
        ReadError::TooLarge { size, limit, .. } => tr!(
            "error-read-too-large",
            size = super::i18n::digits(&size.to_string()),
            limit = super::i18n::digits(&limit.to_string())
        ),
        ReadError::Io { source, .. } => tr!("error-read-io", detail = source.to_string()),
    }
    .into()
}

/// Why an article could not be imported.
pub fn import(error: &ImportError) -> String {
    match error {
        ImportError::Read(e) => return read(e),
        ImportError::Empty(_) => tr!("error-import-empty"),
        ImportError::Binary(_) => tr!("error-import-binary"),
        ImportError::IsReview(_) => tr!("error-import-is-review"),
        ImportError::Unsupported { .. } => tr!("error-import-unsupported"),
    }
    .into()
}

/// Why a review file could not be loaded.
pub fn load(error: &LoadError) -> String {
    match error {
        LoadError::Read(e) => return read(e),
        LoadError::Empty => tr!("error-load-empty"),
        LoadError::NotUtf8 { offset } => {
            tr!(
                "error-load-not-utf8",
                offset = super::i18n::digits(&offset.to_string())
            )
        }
        LoadError::Syntax {
            line,
            column,
            message,
        } => tr!(
            "error-load-syntax",
            line = super::i18n::digits(&line.to_string()),
            column = super::i18n::digits(&column.to_string()),
            detail = message
        ),
        LoadError::WrongFormat(tag) => tr!("error-load-wrong-format", tag = tag),
        LoadError::FutureVersion { found, supported } => tr!(
            "error-load-future-version",
            found = super::i18n::digits(&found.to_string()),
            supported = super::i18n::digits(&supported.to_string())
        ),
        LoadError::UnknownVersion(version) => tr!(
            "error-load-unknown-version",
            version = super::i18n::digits(&version.to_string())
        ),
        LoadError::Invalid(e) => tr!("error-load-invalid", detail = e.to_string()),
    }
    .into()
}

/// Why a review could not be saved.
pub fn save(error: &SaveError) -> String {
    match error {
        SaveError::Serialize(detail) => tr!("error-save-encode", detail = detail),
        SaveError::Refused { reason, .. } => tr!("error-save-refused", detail = reason),
        SaveError::TooLarge { size, limit } => tr!(
            "error-save-too-large",
            size = super::i18n::digits(&size.to_string()),
            limit = super::i18n::digits(&limit.to_string())
        ),
        SaveError::Invalid(e) => tr!("error-save-invalid", detail = e.to_string()),
        SaveError::ChangedOnDisk(_) => tr!("error-save-changed"),
        SaveError::Busy(_) => tr!("error-save-busy"),
        SaveError::Io { source, .. } => tr!("error-save-io", detail = source.to_string()),
    }
    .into()
}

/// Why an edit could not be made.
pub fn edit(error: &ApplyError) -> String {
    let n = |id: &dyn std::fmt::Display| super::i18n::digits(&id.to_string());
    match error {
        ApplyError::IdsExhausted => tr!("error-edit-ids-exhausted"),
        ApplyError::NoSuchClaim(id) => tr!("error-edit-no-claim", claim = n(id)),
        ApplyError::NoSuchEvidence { claim, index } => {
            tr!("error-edit-no-source", claim = n(claim), index = n(index))
        }
        ApplyError::BadSpan { .. } => tr!("error-edit-bad-span"),
        ApplyError::BadSplit { claim } => tr!("error-edit-bad-split", claim = n(claim)),
        ApplyError::NothingToMerge(id) => tr!("error-edit-nothing-to-merge", claim = n(id)),
        ApplyError::DuplicateClaim(id) => tr!("error-edit-duplicate", claim = n(id)),
        ApplyError::NoChange => tr!("error-edit-no-change"),
        ApplyError::NoSuchConflict(i) => tr!("error-edit-no-conflict", index = n(i)),
        ApplyError::NoSuchOrphan(i) => tr!("error-edit-no-orphan", index = n(i)),
        ApplyError::DifferentArticle => tr!("error-merge-different-articles"),
    }
    .into()
}

/// Why two reviews could not be merged.
pub fn merge(error: &MergeError) -> String {
    match error {
        MergeError::DifferentArticles { .. } => tr!("error-merge-different-articles"),
        MergeError::IdsExhausted => tr!("error-merge-ids-exhausted"),
    }
    .into()
}

/// Why the fact-check library could not be opened or changed.
pub fn library(error: &LibraryError) -> String {
    match error {
        LibraryError::NoFolder => tr!("error-library-no-folder"),
        LibraryError::Read(e) => return read(e),
        LibraryError::Damaged { path, line, reason } => tr!(
            "error-library-damaged-line",
            file = path.display().to_string(),
            line = super::i18n::digits(&line.to_string()),
            detail = reason
        ),
        LibraryError::NotAFolder(path) => {
            tr!(
                "error-library-not-a-folder",
                file = path.display().to_string()
            )
        }
        LibraryError::DamagedFile { path, reason } => tr!(
            "error-library-damaged-file",
            file = path.display().to_string(),
            detail = reason
        ),
        LibraryError::File(FactCheckFileError::Read(e)) => return read(e),
        LibraryError::File(FactCheckFileError::NotText(_)) => tr!("error-fact-checks-not-text"),
        LibraryError::File(FactCheckFileError::NotFactChecks(_)) => {
            tr!("error-fact-checks-not-fact-checks")
        }
        LibraryError::Save(e) => return save(e),
        LibraryError::Index(e) => tr!("error-library-index", detail = e.to_string()),
    }
    .into()
}

/// "Could not open FILE: why".
pub fn could_not_open(path: &std::path::Path, why: &str) -> String {
    tr!(
        "could-not-open",
        file = path.display().to_string(),
        reason = why
    )
    .into()
}

/// Why a page could not be fetched, opened or archived.
pub fn fetch(error: &crate::sources::OpenError) -> String {
    use crate::sources::{FetchError, OpenError, PageError};
    let digits = |n: u64| super::i18n::digits(&n.to_string());
    match error {
        OpenError::Fetch(e) => match e {
            FetchError::BadAddress { url, reason } => {
                tr!(
                    "error-fetch-address",
                    url = url,
                    reason = web_address(reason)
                )
            }
            FetchError::BadRedirect(url) => tr!("error-fetch-bad-redirect", url = url),
            FetchError::TooManyRedirects { url, limit } => tr!(
                "error-fetch-redirects",
                url = url,
                limit = digits(u64::from(*limit))
            ),
            FetchError::Timeout { url, seconds } => {
                tr!("error-fetch-timeout", url = url, seconds = digits(*seconds))
            }
            FetchError::TooLarge { url, limit } => {
                tr!("error-fetch-too-large", url = url, limit = digits(*limit))
            }
            FetchError::Unreachable { url, reason } => {
                tr!("error-fetch-unreachable", url = url, detail = reason)
            }
            FetchError::Cancelled(url) => tr!("error-fetch-cancelled", url = url),
        },
        OpenError::Page(e) => match e {
            PageError::Status { url, status } => tr!(
                "error-fetch-status",
                url = url,
                status = digits(u64::from(*status))
            ),
            PageError::Pdf(url) => tr!("error-fetch-pdf", url = url),
            PageError::NotText { url, media_type } => {
                tr!("error-fetch-not-text", url = url, kind = media_type)
            }
            PageError::Empty(url) => tr!("error-fetch-empty", url = url),
        },
        OpenError::Snapshot(detail) => tr!("error-snapshot-write", detail = detail),
    }
    .into()
}
