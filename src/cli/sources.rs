//! The commands of the chain of sources: a review made from a web address, sources archived
//! into the snapshot folder, the sources listed and checked again, and the problems `sanad
//! check` reports (damaged snapshots, excerpts not on their page).

use super::commands::{Output, load, refuse_existing, reviewer, write_review};
use super::output::{Failure, about, complain, say};
use sanad::model::{ClaimId, Review, apply};
use sanad::sources::{
    ExcerptCheck, Limits, PARALLEL_FETCHES, SnapshotFolder, SnapshotState, archive_commands,
    archive_sources, check_excerpt, check_links, unarchived_sources,
};
use sanad::store;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

/// The review file a web address becomes by default: the address's last path segment (or its
/// host), reduced to letters, digits, `-`, `_` and `.`, with `.sanad`.
pub fn default_review_name(url: &str) -> PathBuf {
    let parsed = url::Url::parse(url).ok();
    let last_segment = parsed
        .as_ref()
        .and_then(|u| {
            u.path_segments()?
                .rev()
                .find(|s| !s.is_empty())
                .map(percent_decode)
        })
        .filter(|s| !s.is_empty());
    let from_path = last_segment.is_some();
    let segment = last_segment
        .or_else(|| {
            parsed
                .as_ref()
                .and_then(|u| u.host_str().map(str::to_string))
        })
        .unwrap_or_default();
    let mut name: String = segment
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .take(80)
        .collect();
    name = name.trim_matches(['-', '.']).to_string();
    // `story.html` → `story`: an extension of a few letters is the page's, not the name's.
    if from_path
        && let Some((stem, extension)) = name.rsplit_once('.')
        && (1..=5).contains(&extension.len())
        && extension.chars().all(|c| c.is_ascii_alphanumeric())
    {
        name = stem.trim_matches(['-', '.']).to_string();
    }
    if name.is_empty() {
        name = "article".into();
    }
    PathBuf::from(format!("{name}.sanad"))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[at] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(at + 1).copied().and_then(hex),
                bytes.get(at + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            at += 3;
            continue;
        }
        out.push(bytes[at]);
        at += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `sanad new URL`: the page fetched, its article reviewed, written to OUT.
pub fn new_from_url(
    url: &str,
    output: Option<PathBuf>,
    force: bool,
    language: Option<&str>,
) -> Result<ExitCode, Failure> {
    let output = Output::New {
        path: output.unwrap_or_else(|| default_review_name(url)),
        force,
    };
    refuse_existing(output.path(), force)?;
    let article =
        sanad::sources::open_article(url, language, &Limits::default(), &AtomicBool::new(false))
            .map_err(|e| e.to_string())?;
    let review = sanad::review_from_article(article);
    write_review(&review, &output)?;
    say(&format!(
        "{}: {} claims from {} sentences ({}), fetched from {}",
        output.path().display(),
        review.claims.len(),
        review.article.sentences.len(),
        review.article.language,
        review
            .article
            .fetched
            .as_ref()
            .map_or(url, |f| f.final_url.as_str())
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// `sanad archive`: every source not yet archived (of one claim, or all) fetched and kept
/// in the snapshot folder; the review saved with what was archived. Exit 1 when a source
/// could not be archived (the others are kept).
pub fn archive(
    path: &Path,
    claim: Option<ClaimId>,
    by: Option<String>,
) -> Result<ExitCode, Failure> {
    sanad::import::require_regular_file(path).map_err(|e| e.to_string())?;
    let _lock = store::FileLock::acquire(path).map_err(|e| about(path, e))?;
    let mut review = load(path)?;
    if let Some(id) = claim
        && !review.claims.iter().any(|c| c.id == id)
    {
        return Err(Failure::Refused(about(path, format!("has no claim {id}"))));
    }
    let todo = unarchived_sources(&review, claim);
    let by = reviewer(by);
    let folder = SnapshotFolder::beside(path);
    let results = archive_sources(
        todo.clone(),
        &folder,
        &Limits::default(),
        PARALLEL_FETCHES,
        &AtomicBool::new(false),
    );
    let mut archived = Vec::new();
    let mut failed = 0;
    for (source, result) in results {
        match result {
            Ok(archive) => {
                say(&format!(
                    "claim {} source {}: archived {} (sha256 {})",
                    source.claim,
                    source.index + 1,
                    archive.capture.final_url,
                    archive.capture.sha256
                ))?;
                archived.push((source, archive));
            }
            Err(e) => {
                failed += 1;
                complain(&format!(
                    "claim {} source {}: not archived: {e}",
                    source.claim,
                    source.index + 1
                ));
            }
        }
    }
    for command in archive_commands(&review, &archived) {
        apply(&mut review, command, &by).map_err(|e| about(path, e))?;
    }
    let sources: Vec<_> = archived.iter().map(|(s, _)| s.clone()).collect();
    let copies = super::save_page_now::capture_copies(path, &mut review, &sources, &by)?;
    if !archived.is_empty() || !copies.recorded.is_empty() {
        store::save(&review, path).map_err(|e| about(path, e))?;
        super::save_page_now::forget_recorded(path, &copies);
    }
    if failed > 0 || copies.refused > 0 {
        let mut summary = format!("{} source(s) archived", archived.len());
        if failed > 0 {
            summary.push_str(&format!(", {failed} could not be"));
        }
        if copies.refused > 0 {
            summary.push_str(&format!(
                ", {} refused by the Internet Archive",
                copies.refused
            ));
        }
        return Err(Failure::Refused(about(path, summary)));
    }
    if todo.is_empty() {
        say(&format!(
            "{}: every source is archived already",
            path.display()
        ))?;
    } else {
        say(&format!(
            "{}: {} source(s) archived in {}",
            path.display(),
            archived.len(),
            folder.path().display()
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `sanad sources`: each source of the review with its archive and excerpt check; with
/// `check`, each address fetched again and what it answers. Exit 1 when a source needs
/// looking at (a damaged snapshot, an excerpt not on its page, a page gone or changed).
pub fn sources(path: &Path, check: bool) -> Result<ExitCode, Failure> {
    let review = load(path)?;
    let folder = SnapshotFolder::beside(path);
    // Only read: listing never sends a request.
    let waiting = sanad::sources::CaptureQueue::user()
        .of_review(path)
        .unwrap_or_default();
    let links = check.then(|| {
        check_links(
            &review,
            Some(&folder),
            &Limits::default(),
            PARALLEL_FETCHES,
            &AtomicBool::new(false),
        )
    });
    let mut attention = 0;
    let mut listed = 0;
    for claim in &review.claims {
        for (index, evidence) in claim.evidence.iter().enumerate() {
            listed += 1;
            let name = evidence.url.clone().unwrap_or_else(|| {
                format!(
                    "“{}”",
                    if evidence.title.is_empty() {
                        &evidence.citation
                    } else {
                        &evidence.title
                    }
                )
            });
            let archive = match &evidence.archive {
                Some(a) => format!(
                    "archived {} sha256 {}{}",
                    a.capture.fetched_at.format("%Y-%m-%d %H:%M UTC"),
                    a.capture.sha256,
                    match folder.state(&a.capture.sha256) {
                        SnapshotState::Intact => "",
                        SnapshotState::Missing => " (snapshot missing)",
                        SnapshotState::Damaged => " (snapshot damaged or altered)",
                    }
                ),
                None => "not archived".into(),
            };
            let copy = match evidence
                .archive
                .as_ref()
                .and_then(|a| a.public_copy.as_ref())
            {
                Some(copy) => format!("; Internet Archive copy {copy}"),
                None => evidence
                    .url
                    .as_deref()
                    .and_then(|u| super::save_page_now::waiting_words(&waiting, claim.id, u))
                    .unwrap_or_default(),
            };
            let (excerpt, bad) = excerpt_words(&check_excerpt(evidence, &folder));
            let mut line = format!(
                "claim {} source {}: {name}: {archive}{copy}{excerpt}",
                claim.id,
                index + 1
            );
            let mut needs = bad
                || evidence
                    .archive
                    .as_ref()
                    .is_some_and(|a| folder.state(&a.capture.sha256) != SnapshotState::Intact);
            if let Some(report) = links.as_ref().and_then(|l| {
                l.iter()
                    .find(|r| r.source.claim == claim.id && r.source.index == index)
            }) {
                line.push_str(&format!("; link: {}", report.state.summary()));
                needs |= report.state.needs_attention();
            }
            attention += usize::from(needs);
            say(&line)?;
        }
    }
    if attention > 0 {
        return Err(Failure::Refused(about(
            path,
            format!("{attention} of {listed} source(s) need looking at"),
        )));
    }
    say(&format!("{}: {listed} source(s)", path.display()))?;
    Ok(ExitCode::SUCCESS)
}

/// The words for an excerpt check, and whether it is a problem.
fn excerpt_words(check: &ExcerptCheck) -> (String, bool) {
    match check {
        ExcerptCheck::NoExcerpt | ExcerptCheck::NotArchived => (String::new(), false),
        ExcerptCheck::SnapshotMissing | ExcerptCheck::SnapshotDamaged => {
            ("; excerpt cannot be checked".into(), true)
        }
        ExcerptCheck::Found { .. } => ("; excerpt found in the page".into(), false),
        ExcerptCheck::NotFound { .. } => ("; excerpt NOT found in the archived page".into(), true),
    }
}

/// What `sanad check` reports of the review's archive: snapshots missing or whose bytes no
/// longer match their hash, and excerpts not found in their snapshot; one line each.
pub fn archive_problems(path: &Path, review: &Review) -> Vec<String> {
    let folder = SnapshotFolder::beside(path);
    let mut problems = Vec::new();
    for claim in &review.claims {
        for (index, evidence) in claim.evidence.iter().enumerate() {
            let Some(archive) = &evidence.archive else {
                continue;
            };
            let at = format!("claim {} source {}", claim.id, index + 1);
            let hash = &archive.capture.sha256;
            match folder.state(hash) {
                SnapshotState::Missing => problems.push(format!(
                    "{at}: snapshot {hash} is missing from {}",
                    folder.path().display()
                )),
                SnapshotState::Damaged => problems.push(format!(
                    "{at}: snapshot {hash} is damaged or altered (its bytes no longer match their hash)"
                )),
                SnapshotState::Intact => {
                    if let ExcerptCheck::NotFound { archived } = check_excerpt(evidence, &folder) {
                        problems.push(format!(
                            "{at}: excerpt not found in the page archived on {}",
                            archived.format("%Y-%m-%d")
                        ));
                    }
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_web_address_names_its_review_file() {
        for (url, name) in [
            (
                "https://example.org/news/budget-2025.html",
                "budget-2025.sanad",
            ),
            ("https://example.org/", "example.org.sanad"),
            ("https://example.org/a/b/?x=1", "b.sanad"),
            ("https://ar.example.org/%D8%AE%D8%A8%D8%B1", "خبر.sanad"),
            ("https://example.org/..%2F..%2Fetc", "etc.sanad"),
        ] {
            assert_eq!(default_review_name(url), PathBuf::from(name), "{url}");
        }
    }
}
