//! The library folder: where the imported fact-checks are kept, in a format that stays
//! stable so that everything else (the search index, later) can be rebuilt from it.
//!
//! `imported.jsonl` holds one [`FactCheck`] per line as a JSON object with the fields
//! `url`, `claim`, `headline`, `description`, `rating`, `publisher`, `date` (`YYYY-MM-DD`)
//! and `language`, in the order they were first imported. It is rewritten whole, crash-safely,
//! after each import.

use super::{
    FactCheck, FactCheckFileError, FactCheckIndex, FactChecks, IndexError, Skipped, Upsert,
};
use std::path::{Path, PathBuf};

/// The file of imported fact-checks, in the library folder.
pub const IMPORTED_FILE: &str = "imported.jsonl";

/// The search index's folder, in the library folder: a cache of [`IMPORTED_FILE`].
pub const INDEX_DIR: &str = "index";

/// The SHA-256 of the [`IMPORTED_FILE`] the index was made from, beside it.
const INDEX_STAMP: &str = "index.stamp";

/// Why the library could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    /// There is no folder to keep it in (no `--library`, `$SANAD_LIBRARY` or home folder).
    #[error("no folder for the fact-check library: give one with --library DIR or $SANAD_LIBRARY")]
    NoFolder,
    /// The library's file could not be read.
    #[error(transparent)]
    Read(#[from] crate::import::ReadError),
    /// A line of the library's file is not a fact-check (edited by hand, or damaged).
    #[error("{path}, line {line}, is not a fact-check: {reason}")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// What the JSON reader said.
        reason: String,
    },
    /// A file given to import was refused.
    #[error(transparent)]
    File(#[from] FactCheckFileError),
    /// The library could not be written.
    #[error(transparent)]
    Save(#[from] crate::store::SaveError),
    /// The search index could not be made.
    #[error(transparent)]
    Index(#[from] IndexError),
}

/// The library folder: `explicit` (`--library`), else `$SANAD_LIBRARY`, else `library` in
/// the user's data folder (`~/.local/share/sanad/library` on Linux).
pub fn library_dir(explicit: Option<&Path>) -> Result<PathBuf, LibraryError> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os("SANAD_LIBRARY").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "sanad")
        .map(|dirs| dirs.data_dir().join("library"))
        .ok_or(LibraryError::NoFolder)
}

/// What importing files into the library did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Fact-checks new to the library.
    pub added: usize,
    /// Fact-checks the library had, changed.
    pub updated: usize,
    /// Fact-checks the library had, the same.
    pub unchanged: usize,
    /// Items of the files that were not fact-checks.
    pub skipped: usize,
    /// The first of them (with their file), and why.
    pub first_skipped: Vec<(PathBuf, Skipped)>,
    /// How many fact-checks the library holds now.
    pub total: usize,
}

/// The fact-checks kept in the library folder `dir` (none when it has no file yet).
pub fn load(dir: &Path) -> Result<FactChecks, LibraryError> {
    Ok(read_library(dir)?.0)
}

/// The fact-checks of the folder `dir` and the SHA-256 of the file they were read from (of
/// no bytes when there is none yet): what the index's stamp is compared with.
fn read_library(dir: &Path) -> Result<(FactChecks, String), LibraryError> {
    let path = dir.join(IMPORTED_FILE);
    let mut library = FactChecks::default();
    if !path.exists() {
        return Ok((library, crate::model::sha256_hex_bytes(b"")));
    }
    let bytes = crate::import::read_limited(&path, super::MAX_FILE_BYTES)?;
    for (at, line) in String::from_utf8_lossy(&bytes).lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let fact_check: FactCheck =
            serde_json::from_str(line).map_err(|e| LibraryError::Damaged {
                path: path.clone(),
                line: at + 1,
                reason: e.to_string(),
            })?;
        library.upsert(fact_check);
    }
    Ok((library, crate::model::sha256_hex_bytes(&bytes)))
}

/// Write `library` to the folder `dir`, replacing its file crash-safely; the SHA-256 of
/// what was written.
fn save(dir: &Path, library: &FactChecks) -> Result<String, LibraryError> {
    let mut out = String::new();
    for fact_check in library.items() {
        // A struct of strings always serialises.
        if let Ok(line) = serde_json::to_string(fact_check) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    crate::store::write_atomically_without_backup(&dir.join(IMPORTED_FILE), out.as_bytes())?;
    Ok(crate::model::sha256_hex_bytes(out.as_bytes()))
}

/// The folder `dir`, made if missing, locked against other Sanads writing the library at
/// once (two imports would otherwise each save the library without the other's additions).
fn locked(dir: &Path) -> Result<crate::store::FileLock, LibraryError> {
    std::fs::create_dir_all(dir).map_err(|source| crate::store::SaveError::Io {
        step: "create the library folder",
        path: dir.to_path_buf(),
        source,
    })?;
    Ok(crate::store::FileLock::acquire(&dir.join(IMPORTED_FILE))?)
}

/// The fact-checks of the library folder `dir` and their search index: the one kept there
/// when it was made from the file as it is now, else made again (and kept, when the folder
/// can be written; in memory when it cannot, or when the library has no file yet).
pub fn open(dir: &Path) -> Result<(FactChecks, FactCheckIndex), LibraryError> {
    if !dir.join(IMPORTED_FILE).exists() {
        let library = FactChecks::default();
        let index = FactCheckIndex::in_memory(library.items())?;
        return Ok((library, index));
    }
    let (library, stamp) = read_library(dir)?;
    if let Some(index) = kept_index(dir, &stamp) {
        return Ok((library, index));
    }
    let remade = locked(dir).and_then(|_lock| remake_index(dir, &library, &stamp));
    let index = match remade {
        Ok(index) => index,
        Err(_) => FactCheckIndex::in_memory(library.items())?,
    };
    Ok((library, index))
}

/// The index kept in `dir`, when it was made from the file whose SHA-256 is `stamp`.
fn kept_index(dir: &Path, stamp: &str) -> Option<FactCheckIndex> {
    let kept = std::fs::read_to_string(dir.join(INDEX_STAMP)).ok()?;
    if kept.trim() != stamp {
        return None;
    }
    FactCheckIndex::opened_in(&dir.join(INDEX_DIR)).ok()
}

/// Make the index of `library` in the folder `dir` again, stamped with `stamp` (the
/// SHA-256 of the file it is made from). The stamp goes first, then the index, then the
/// stamp again: an index interrupted halfway is never taken for a finished one. The caller
/// holds the folder's lock.
fn remake_index(
    dir: &Path,
    library: &FactChecks,
    stamp: &str,
) -> Result<FactCheckIndex, LibraryError> {
    let stamp_path = dir.join(INDEX_STAMP);
    crate::store::write_atomically_without_backup(&stamp_path, b"making\n")?;
    let index = FactCheckIndex::made_in(&dir.join(INDEX_DIR), library.items())?;
    crate::store::write_atomically_without_backup(&stamp_path, format!("{stamp}\n").as_bytes())?;
    Ok(index)
}

/// Make the library folder's index again from its file (`sanad library rebuild`); how many
/// fact-checks it holds.
pub fn rebuild(dir: &Path) -> Result<usize, LibraryError> {
    let _lock = locked(dir)?;
    let (library, stamp) = read_library(dir)?;
    remake_index(dir, &library, &stamp)?;
    Ok(library.items().len())
}

/// Import `files` into the library folder `dir`. Every file is read before anything is
/// written: one refused file leaves the library as it was.
pub fn import_files(dir: &Path, files: &[PathBuf]) -> Result<ImportSummary, LibraryError> {
    let imports = files
        .iter()
        .map(|path| super::read_file(path).map(|import| (path, import)))
        .collect::<Result<Vec<_>, _>>()?;
    let _lock = locked(dir)?;
    let (mut library, _) = read_library(dir)?;
    let mut summary = ImportSummary::default();
    for (path, import) in imports {
        summary.skipped += import.skipped;
        for skipped in import.first_skipped {
            if summary.first_skipped.len() < super::LISTED_SKIPS {
                summary.first_skipped.push((path.clone(), skipped));
            }
        }
        for fact_check in import.fact_checks {
            match library.upsert(fact_check) {
                Upsert::Added => summary.added += 1,
                Upsert::Updated => summary.updated += 1,
                Upsert::Unchanged => summary.unchanged += 1,
            }
        }
    }
    if summary.added + summary.updated > 0 {
        let stamp = save(dir, &library)?;
        // Made now, so that the next search does not wait for it.
        remake_index(dir, &library, &stamp)?;
    }
    summary.total = library.items().len();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("sanad-library-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn imports_are_kept_updated_and_read_back() {
        let dir = scratch("import");
        let library = dir.join("library");
        let feed = dir.join("feed.json");
        std::fs::write(
            &feed,
            r#"[{"@type": "ClaimReview", "url": "https://c.example/1", "claimReviewed": "one",
                 "reviewRating": {"alternateName": "False"}},
                {"@type": "ClaimReview", "claimReviewed": "two", "author": {"name": "Misbar"}},
                {"@type": "Person"}]"#,
        )
        .unwrap();
        let first = import_files(&library, std::slice::from_ref(&feed)).unwrap();
        assert_eq!(
            (first.added, first.updated, first.skipped, first.total),
            (2, 0, 1, 2)
        );
        assert_eq!(first.first_skipped[0].0, feed);
        let again = import_files(&library, std::slice::from_ref(&feed)).unwrap();
        assert_eq!((again.added, again.unchanged, again.total), (0, 2, 2));
        std::fs::write(
            &feed,
            r#"{"@type": "ClaimReview", "url": "https://c.example/1", "claimReviewed": "one",
                "reviewRating": {"alternateName": "Mostly false"}}"#,
        )
        .unwrap();
        let rerated = import_files(&library, std::slice::from_ref(&feed)).unwrap();
        assert_eq!((rerated.added, rerated.updated, rerated.total), (0, 1, 2));
        let kept = load(&library).unwrap();
        assert_eq!(kept.items()[0].rating, "Mostly false");
        assert_eq!(kept.items()[1].publisher, "Misbar");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_refused_file_leaves_the_library_as_it_was() {
        let dir = scratch("refused");
        let library = dir.join("library");
        let good = dir.join("good.csv");
        std::fs::write(&good, "claim,rating\nThe sea is rising,True\n").unwrap();
        import_files(&library, std::slice::from_ref(&good)).unwrap();
        let before = std::fs::read(library.join(IMPORTED_FILE)).unwrap();
        let bad = dir.join("bad.txt");
        std::fs::write(&bad, "not a feed at all").unwrap();
        std::fs::write(&good, "claim,rating\nA new claim,False\n").unwrap();
        let refused = import_files(&library, &[good, bad]).unwrap_err();
        assert!(
            refused.to_string().contains("not a fact-check file"),
            "{refused}"
        );
        assert_eq!(std::fs::read(library.join(IMPORTED_FILE)).unwrap(), before);
        // A damaged library says where.
        std::fs::write(library.join(IMPORTED_FILE), "{\"claim\": \"a\"}\n{oops\n").unwrap();
        let damaged = load(&library).unwrap_err().to_string();
        assert!(damaged.contains("line 2"), "{damaged}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_index_is_kept_reused_and_made_again_when_stale_or_damaged() {
        let dir = scratch("index");
        let library = dir.join("library");
        let feed = dir.join("feed.csv");
        std::fs::write(
            &feed,
            "claim,rating\nDrinking hot water kills the virus,False\nThe moon landing was staged,False\n",
        )
        .unwrap();
        import_files(&library, std::slice::from_ref(&feed)).unwrap();
        let kept = load(&library).unwrap();
        let answers = |index: &FactCheckIndex| -> Vec<usize> {
            index
                .search(
                    "was the moon landing staged",
                    2,
                    super::super::Weights::default(),
                )
                .unwrap()
                .iter()
                .map(|h| h.position)
                .collect()
        };
        let fresh = answers(&FactCheckIndex::in_memory(kept.items()).unwrap());
        assert_eq!(fresh[0], 1);
        // Made by the import, opened as it is, the same answers.
        let stamp = std::fs::read_to_string(library.join(INDEX_STAMP)).unwrap();
        assert_eq!(stamp.trim().len(), 64);
        assert_eq!(answers(&open(&library).unwrap().1), fresh);
        // Damaged: made again, the same answers.
        for entry in std::fs::read_dir(library.join(INDEX_DIR)).unwrap() {
            std::fs::write(entry.unwrap().path(), b"garbage").unwrap();
        }
        assert_eq!(answers(&open(&library).unwrap().1), fresh);
        // Rebuilt from scratch: the same answers.
        std::fs::remove_dir_all(library.join(INDEX_DIR)).unwrap();
        assert_eq!(rebuild(&library).unwrap(), 2);
        assert_eq!(
            answers(&FactCheckIndex::opened_in(&library.join(INDEX_DIR)).unwrap()),
            fresh
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn two_imports_at_once_keep_both() {
        let dir = scratch("concurrent");
        let library = dir.join("library");
        let feeds: Vec<PathBuf> = (0..4)
            .map(|k| {
                let feed = dir.join(format!("feed-{k}.csv"));
                let rows: String = (0..300).map(|n| format!("claim {k}-{n}\n")).collect();
                std::fs::write(&feed, format!("claim\n{rows}")).unwrap();
                feed
            })
            .collect();
        std::thread::scope(|scope| {
            for feed in &feeds {
                let library = &library;
                scope.spawn(move || import_files(library, std::slice::from_ref(feed)).unwrap());
            }
        });
        assert_eq!(load(&library).unwrap().items().len(), 1200);
        let (kept, index) = open(&library).unwrap();
        assert_eq!(kept.items().len(), 1200);
        let hit = index
            .search("claim 3-299", 1, super::super::Weights::default())
            .unwrap();
        assert_eq!(hit.len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_folder_is_the_one_given_first() {
        let given = Path::new("/tmp/given");
        assert_eq!(library_dir(Some(given)).unwrap(), given);
    }
}
