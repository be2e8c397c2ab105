//! One short handler per subcommand. Each reads what it needs, refuses with one line what it
//! cannot use, and writes a file only once what it writes is known to be valid.

use super::output::{Failure, about, print, push_tsv_field, say};
use super::{ExportFormat, Format};
use sanad::engine::FoundClaim;
use sanad::model::{
    Article, ClaimId, Command, Evidence, Review, Verdict, apply, check_web_address,
};
use sanad::{import, share, store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Where a command writes a review.
pub enum Output {
    /// A file the user named: an existing one is kept unless `force`, and the one replaced
    /// is kept as `.bak`.
    New {
        /// The file.
        path: PathBuf,
        /// Whether an existing file may be replaced.
        force: bool,
    },
    /// Git's temporary copy of ours, replaced by the merge driver (no `.bak`: git keeps
    /// every version).
    GitMerge(PathBuf),
}

impl Output {
    pub(super) fn path(&self) -> &Path {
        match self {
            Output::New { path, .. } | Output::GitMerge(path) => path,
        }
    }
}

/// Read the review at `path`, or the one-line reason it cannot be used.
pub fn load(path: &Path) -> Result<Review, Failure> {
    store::load(path).map_err(|e| Failure::Refused(about(path, e)))
}

/// The base git hands the merge driver: none when the file is empty (both sides added the
/// file), else a review that must load like any other: a damaged base is not ignored.
pub fn merge_driver_base(path: &Path) -> Result<Option<Review>, Failure> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == 0 => Ok(None),
        _ => load(path).map(Some),
    }
}

/// Refuse an existing `path` unless `force`: no command replaces a file by surprise.
pub(super) fn refuse_existing(path: &Path, force: bool) -> Result<(), Failure> {
    if !force && std::fs::symlink_metadata(path).is_ok() {
        return Err(Failure::Refused(about(
            path,
            "already exists (use --force to replace it)",
        )));
    }
    Ok(())
}

/// Write `review` to `output` once it is known to load back: validated, and no larger than
/// the loader reads.
pub(super) fn write_review(review: &Review, output: &Output) -> Result<(), Failure> {
    let path = output.path();
    if let Output::New { force, .. } = output {
        refuse_existing(path, *force)?;
    }
    // Git's temporary merge files are not the user's: a backup of them would be litter.
    let backup = matches!(output, Output::New { .. });
    store::save_valid(review, path, backup).map_err(|e| Failure::Refused(about(path, e)))
}

/// `sanad reanchor`: the review's claims attached to a corrected article, written to OUT.
pub fn reanchor(
    review: &Path,
    article: &Path,
    output: &Path,
    force: bool,
) -> Result<ExitCode, Failure> {
    let output = Output::New {
        path: output.to_path_buf(),
        force,
    };
    refuse_existing(output.path(), force)?;
    // OUT may be the review itself (`--force`): read and write it under its lock.
    let _lock = store::FileLock::acquire(output.path()).map_err(|e| about(output.path(), e))?;
    let old = load(review)?;
    let new_article = import::article_from_path(article).map_err(|e| about(article, e))?;
    let outcome = sanad::anchor::reanchor(&old, new_article, &reviewer(None));
    write_review(&outcome.review, &output)?;
    let count =
        |p: sanad::anchor::Placement| outcome.placements.iter().filter(|(_, x)| *x == p).count();
    use sanad::anchor::Placement::*;
    say(&format!(
        "{}: {} claims placed ({} exact, {} by context, {} fuzzy), {} orphan(s)",
        output.path().display(),
        outcome.placements.len() - count(Orphan),
        count(Exact),
        count(Context),
        count(Fuzzy),
        count(Orphan)
    ))?;
    for (id, placement) in &outcome.placements {
        if *placement == Orphan {
            say(&format!("  orphan: claim {id}"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `sanad export`: the review in a publishing format, to OUT or standard output.
pub fn export(
    path: &Path,
    format: ExportFormat,
    output: Option<(PathBuf, bool)>,
    organisation: String,
    url: String,
) -> Result<ExitCode, Failure> {
    if !url.is_empty() {
        check_web_address(&url).map_err(|e| format!("--url {url}: {e}"))?;
    }
    if let Some((out, force)) = &output {
        refuse_existing(out, *force)?;
    }
    let review = load(path)?;
    let format = match format {
        ExportFormat::Claimreview => share::Format::ClaimReview,
        ExportFormat::Csv => share::Format::Csv,
        ExportFormat::Markdown => share::Format::Markdown,
        ExportFormat::Html => share::Format::Html,
    };
    let settings = share::ExportSettings {
        organisation,
        review_url: url,
    };
    let text = share::export(&review, format, &settings);
    match output {
        Some((out, _)) => {
            store::write_atomically(&out, text.as_bytes()).map_err(|e| about(&out, e))?
        }
        None => print(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Merge and write the result; exit 1 when conflicts remain (listed, both values kept).
pub fn merge(
    base: Option<Review>,
    ours: &Path,
    theirs: &Path,
    output: Output,
) -> Result<ExitCode, Failure> {
    // OUT may be one of the reviews merged (`--force`): read and write under its lock. (The
    // merge driver writes git's own temporary copy, which git alone uses.)
    let _lock = match &output {
        Output::New { path, force } => {
            refuse_existing(path, *force)?;
            Some(store::FileLock::acquire(path).map_err(|e| about(path, e))?)
        }
        Output::GitMerge(_) => None,
    };
    let (ours_review, theirs_review) = (load(ours)?, load(theirs)?);
    let outcome = share::merge(base.as_ref(), &ours_review, &theirs_review)
        .map_err(|e| Failure::Refused(e.to_string()))?;
    write_review(&outcome.review, &output)?;
    let shown = output.path().display();
    for (was, now) in &outcome.renumbered {
        say(&format!("  their claim {was} is claim {now} in the result"))?;
    }
    if outcome.conflicts.is_empty() {
        say(&format!("{shown}: merged cleanly"))?;
        return Ok(ExitCode::SUCCESS);
    }
    say(&format!(
        "{shown}: {} conflict(s), both versions kept in the file:",
        outcome.conflicts.len()
    ))?;
    for c in &outcome.conflicts {
        say(&format!(
            "  claim {} {}: ours {:?}, theirs {:?}",
            c.claim, c.field, c.ours, c.theirs
        ))?;
    }
    Ok(ExitCode::from(1))
}

/// `sanad FILE` on a review another Sanad window has open: that window is asked to come
/// forward; exit 0 when it answered, else 1 (a window that does not answer is stuck).
#[cfg(feature = "window")]
fn open_elsewhere(
    path: &std::path::Path,
    holder: &sanad::store::open_lock::Holder,
) -> Result<ExitCode, Failure> {
    let process = holder.process_note();
    let file = path.display();
    let wait = std::time::Duration::from_secs(3);
    if sanad::store::open_lock::ask_to_come_forward(path, wait) {
        say(&format!(
            "{file} is already open in another Sanad window{process}; that window was asked to come forward"
        ))?;
        Ok(ExitCode::SUCCESS)
    } else {
        Err(Failure::Refused(format!(
            "{file} is already open in another Sanad window{process}, which did not answer; close that window first"
        )))
    }
}

pub(super) fn reviewer(by: Option<String>) -> String {
    by.or_else(|| std::env::var("SANAD_REVIEWER").ok())
        .or_else(|| std::env::var("USER").ok())
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}

/// No subcommand: the window, on FILE or on the bundled sample.
pub fn open_window(file: Option<PathBuf>) -> Result<ExitCode, Failure> {
    #[cfg(feature = "window")]
    {
        // A file is read inside the window (long ones in the background, with progress;
        // one that cannot be opened is reported there); without one, the bundled sample.
        match file {
            Some(path) => {
                // A review open in another window is that window's: it is called forward
                // instead of a second window that would overwrite its edits.
                if let Some(holder) = sanad::store::open_lock::holder(&path) {
                    return open_elsewhere(&path, &holder);
                }
                sanad::app::run_opening(path, reviewer(None))?
            }
            None => {
                let article = import::article_from_text(
                    sanad::SAMPLE_ARTICLE.to_string(),
                    "UTF-8",
                    sanad::SAMPLE_NAME,
                );
                sanad::app::run(sanad::review_from_article(article), None, reviewer(None))?
            }
        }
        Ok(ExitCode::SUCCESS)
    }
    #[cfg(not(feature = "window"))]
    {
        let _ = file;
        Err(Failure::Refused(
            "this build of sanad has no window (built without the \"window\" feature)".into(),
        ))
    }
}

/// `sanad new`: a review of an article, written to OUT (ARTICLE.sanad by default).
pub fn new(
    article: &Path,
    output: Option<PathBuf>,
    force: bool,
    language: Option<&str>,
) -> Result<ExitCode, Failure> {
    let output = output.unwrap_or_else(|| article.with_extension("sanad"));
    refuse_existing(&output, force)?;
    let article =
        import::article_from_path_in(article, None, language).map_err(|e| about(article, e))?;
    // Written as the engine finds the claims, straight from what it found: the review's
    // claims are never made.
    let (review, claims) = store::find_and_save_new(article, &output, true)
        .map_err(|e| Failure::Refused(about(&output, e)))?;
    say(&format!(
        "{}: {} claims from {} sentences ({})",
        output.display(),
        claims,
        review.article.sentences.len(),
        review.article.language
    ))?;
    leave_to_exit(review);
    Ok(ExitCode::SUCCESS)
}

/// `sanad claims`: the article's sentences and claims, as JSON or TSV.
pub fn claims(article: &Path, format: Format, language: Option<&str>) -> Result<ExitCode, Failure> {
    // The claims as the engine finds them: no review is made (its claims would each copy
    // their words, a tenth of the command on a long article).
    let path = article;
    let article = sanad::import::article_to_list(path, language).map_err(|e| about(path, e))?;
    match format {
        Format::Json => {
            // In the runs they were found in: joining them would copy them all.
            let found = sanad::engine::find_claim_runs(&article);
            print(&claims_json(&article, found.iter().flatten()))?;
            leave_to_exit(found);
        }
        Format::Tsv => print_tsv(&article)?,
    }
    leave_to_exit(article);
    Ok(ExitCode::SUCCESS)
}

/// The process ends as soon as the command returns: letting the system take back its
/// memory at once is faster than freeing 100 000 claims one by one (10 ms at 10 MB).
fn leave_to_exit<T>(value: T) {
    std::mem::forget(value);
}

/// The first line of `sanad claims --format tsv`.
const TSV_HEADER: &str =
    "id\tsentence\tstart\tend\tcheckable\tworthiness\tkinds\tattributed_to\ttext\n";

/// About how many sentences' claims are found and written at a time: a few hundred
/// kilobytes of rows, dealt out in turn to every core.
const TSV_SENTENCES_AT_A_TIME: usize = 2048;

/// One row per claim, printed in order: the sentences are cut into runs of a few thousand
/// at paragraph breaks, and each run's claims are found and written on any core into a
/// few buffers used again and again, numbered once the runs before have been counted. No
/// list of all the claims is made: on a long article it was a fifth of the memory, and
/// fresh pages are dear (the kernel zeroing them was a third of printing a long answer).
fn print_tsv(article: &Article) -> Result<(), Failure> {
    use sanad::{engine, parallel};
    let threads = parallel::threads_for(article.text.len(), parallel::MIN_PIECE);
    let runs = engine::sentence_runs(article, TSV_SENTENCES_AT_A_TIME);
    parallel::write_numbered_in_order(
        runs.len(),
        threads,
        |k| {
            let run = runs[k].clone();
            // Room for every claim of the run without moving the list.
            let mut found = Vec::with_capacity(run.len() * 3 / 2);
            engine::claims_in_run(article, run, |claim| found.push(claim));
            found
        },
        Vec::len,
        |k, found, before, rows| {
            if k == 0 {
                rows.push_str(TSV_HEADER);
            }
            push_tsv_rows(rows, article, before + 1, &found);
        },
        print,
    )
}

/// The TSV rows of `claims`, claims of `article` numbered from `first_id`, added to `out`.
fn push_tsv_rows(out: &mut String, article: &Article, first_id: usize, claims: &[FoundClaim]) {
    let text = &article.text;
    for (at, c) in claims.iter().enumerate() {
        push_number(out, first_id + at);
        out.push('\t');
        push_number(out, c.sentence);
        out.push('\t');
        push_number(out, c.span.start);
        out.push('\t');
        push_number(out, c.span.end);
        out.push_str(if c.checkable { "\ttrue\t" } else { "\tfalse\t" });
        push_hundredths(out, c.worthiness);
        out.push('\t');
        for (at, kind) in c.kinds.iter().enumerate() {
            if at > 0 {
                out.push(',');
            }
            out.push_str(kind.name());
        }
        out.push('\t');
        push_tsv_field(out, c.attributed_to.as_deref().unwrap_or(""));
        out.push('\t');
        push_tsv_field(out, text.get(c.span.start..c.span.end).unwrap_or(""));
        out.push('\n');
    }
}

/// `number` in decimal, as `{}` writes it, without the formatter's machinery (four numbers
/// a row: the formatter was a twentieth of printing a long article's rows).
fn push_number(out: &mut String, number: usize) {
    out.push_str(itoa::Buffer::new().format(number));
}

/// `score` (0 to 1) with two decimals, as `{:.2}` writes it, without the float formatter
/// (a third of writing a row).
fn push_hundredths(out: &mut String, score: f32) {
    let hundredths = (score.clamp(0.0, 1.0) * 100.0).round() as u32;
    out.push(char::from(b'0' + (hundredths / 100) as u8));
    out.push('.');
    out.push(char::from(b'0' + (hundredths / 10 % 10) as u8));
    out.push(char::from(b'0' + (hundredths % 10) as u8));
}

fn claims_json<'a>(article: &Article, claims: impl Iterator<Item = &'a FoundClaim>) -> String {
    let mut languages = sanad::engine::SentenceLanguages::new(&article.text, &article.language);
    let sentences: Vec<_> = article
        .sentences
        .iter()
        .map(|s| {
            let text = article.slice(*s);
            let language = languages.of(*s);
            serde_json::json!({"start": s.start, "end": s.end, "language": language, "text": text})
        })
        .collect();
    let claims: Vec<_> = claims
        .enumerate()
        .map(|(at, c)| {
            serde_json::json!({
                "id": at + 1,
                "sentence": c.sentence,
                "start": c.span.start,
                "end": c.span.end,
                "text": article.slice(c.span),
                "kinds": c.kinds.iter().map(|k| k.name()).collect::<Vec<_>>(),
                "worthiness": (c.worthiness * 100.0).round() / 100.0,
                "attributed_to": c.attributed_to,
                "checkable": c.checkable,
            })
        })
        .collect();
    let doc = serde_json::json!({
        "language": article.language,
        "sentences": sentences,
        "claims": claims,
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

/// `sanad check`: whether the review is valid, and its summary.
pub fn check(path: &Path) -> Result<ExitCode, Failure> {
    match store::load(path) {
        Ok(review) => {
            for line in summary(path, &review) {
                say(&line)?;
            }
            let problems = super::sources::archive_problems(path, &review);
            for line in &problems {
                say(line)?;
            }
            if !problems.is_empty() {
                return Err(Failure::Refused(about(
                    path,
                    format!("{} problem(s) with archived sources", problems.len()),
                )));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => Err(Failure::Refused(about(path, format!("invalid: {e}")))),
    }
}

fn summary(path: &Path, review: &Review) -> Vec<String> {
    let counts = review.verdict_counts();
    let total = review.claims.len();
    let mut lines = vec![
        format!("{}: valid", path.display()),
        format!(
            "article: {} ({}, {} bytes, {} sentences)",
            review.article.title,
            review.article.language,
            review.article.text.len(),
            review.article.sentences.len()
        ),
        format!("claims: {} ({} reviewed)", total, total - counts[0]),
    ];
    for (verdict, count) in Verdict::ALL.iter().zip(counts) {
        lines.push(format!("  {:<14}{count}", verdict.name()));
    }
    if !review.orphans.is_empty() {
        lines.push(format!("orphans: {}", review.orphans.len()));
    }
    if !review.conflicts.is_empty() {
        lines.push(format!("unresolved conflicts: {}", review.conflicts.len()));
    }
    lines
}

/// What `sanad set` says of the source it adds.
#[derive(Debug, Default)]
pub struct SourceDetails {
    /// Its title.
    pub title: Option<String>,
    /// Who published it.
    pub publisher: Option<String>,
    /// The passage quoted from it.
    pub excerpt: Option<String>,
    /// How it bears on the claim.
    pub stance: Option<sanad::model::Stance>,
}

/// `sanad set`: one claim's verdict, source or note changed and saved, under the file's lock.
pub fn set(
    path: &Path,
    claim: ClaimId,
    verdict: Option<Verdict>,
    source: Option<String>,
    about_source: SourceDetails,
    note: Option<String>,
    by: Option<String>,
) -> Result<ExitCode, Failure> {
    if verdict.is_none() && source.is_none() && note.is_none() {
        return Err(Failure::Usage(
            "nothing to set: give --verdict, --source or --note".into(),
        ));
    }
    // Check everything before touching the file, so a typo never leaves half an edit (the
    // verdict was parsed with the arguments).
    let source = source.map(|url| url.trim().to_string());
    if let Some(url) = &source {
        check_web_address(url).map_err(|e| format!("--source {url}: {e}"))?;
    }
    // A missing file or a FIFO is refused before a lock file is made beside it.
    import::require_regular_file(path).map_err(|e| e.to_string())?;
    // Read, change and write under the file's lock, reading it again once the lock is held:
    // a colleague's `sanad set` that saved a moment ago is built on, not overwritten.
    let _lock = store::FileLock::acquire(path).map_err(|e| about(path, e))?;
    let mut review = load(path)?;
    let by = reviewer(by);
    let mut commands = Vec::new();
    if let Some(verdict) = verdict {
        commands.push(Command::SetVerdict { claim, verdict });
    }
    if let Some(url) = source {
        let evidence = Evidence {
            url: Some(url),
            accessed: Some(chrono::Utc::now().date_naive()),
            title: about_source.title.unwrap_or_default().trim().to_string(),
            publisher: about_source
                .publisher
                .unwrap_or_default()
                .trim()
                .to_string(),
            excerpt: about_source.excerpt.unwrap_or_default().trim().to_string(),
            stance: about_source.stance.unwrap_or_default(),
            ..Evidence::default()
        };
        commands.push(Command::AddEvidence { claim, evidence });
    }
    if let Some(note) = note {
        commands.push(Command::SetNote { claim, note });
    }
    let mut changed = 0;
    for command in commands {
        match apply(&mut review, command, &by) {
            Ok(_) => changed += 1,
            Err(sanad::model::ApplyError::NoChange) => {}
            Err(e) => return Err(Failure::Refused(about(path, e))),
        }
    }
    if changed > 0 {
        store::save(&review, path).map_err(|e| about(path, e))?;
    }
    say(&format!(
        "{}: claim {claim}: {changed} change(s) saved",
        path.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}
