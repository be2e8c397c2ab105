//! The command line: argument definitions and one short handler per subcommand.

use clap::{Parser, Subcommand, ValueEnum};
use sanad::model::{ClaimId, Command, Evidence, Review, Verdict, apply};
use sanad::{import, share, store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Sanad: a fact-checking workbench. With no command, opens the window.
#[derive(Debug, Parser)]
#[command(name = "sanad", version, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// An article (.txt, .md) or a review (.sanad) to open; the bundled sample if omitted.
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Make a review from an article, without the window.
    New {
        /// The article to review.
        article: PathBuf,
        /// Where to write the review [default: ARTICLE with the extension .sanad].
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Print an article's sentences and claims with byte offsets.
    Claims {
        /// The article.
        article: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Validate a review and summarise it. Exit 0 valid, 1 invalid, 2 usage.
    Check {
        /// The review file.
        review: PathBuf,
    },
    /// Edit one claim of a review and save it.
    Set {
        /// The review file.
        review: PathBuf,
        /// The claim's number (the # column).
        #[arg(long)]
        claim: u32,
        /// The verdict: unreviewed, verified, disputed, false, misleading, unverifiable,
        /// not-checkable, or its key 1-7.
        #[arg(long)]
        verdict: Option<String>,
        /// A source's address (http or https) to add as evidence.
        #[arg(long)]
        source: Option<String>,
        /// The reviewer's note (replaces the current one).
        #[arg(long)]
        note: Option<String>,
        /// Who makes the change [default: $SANAD_REVIEWER, else $USER].
        #[arg(long)]
        by: Option<String>,
    },
    /// Export a review for publishing or spreadsheets (to stdout without -o).
    Export {
        /// The review file.
        review: PathBuf,
        /// The format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Where to write [default: stdout].
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The fact-checking organisation (ClaimReview author).
        #[arg(long, default_value = "")]
        organisation: String,
        /// The published fact-check's address (ClaimReview url; #claim-N is appended).
        #[arg(long, default_value = "")]
        url: String,
    },
    /// Combine two reviews of the same article. Exit 0 clean, 1 conflicts (listed; the
    /// output keeps both versions), 2 usage.
    Merge {
        /// Our review.
        ours: PathBuf,
        /// Their review.
        theirs: PathBuf,
        /// The common ancestor, for a three-way merge.
        #[arg(long)]
        base: Option<PathBuf>,
        /// Where to write the merged review.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Attach a review's claims to a corrected version of its article; claims that cannot
    /// be placed are kept as orphans.
    Reanchor {
        /// The review file.
        review: PathBuf,
        /// The corrected article.
        article: PathBuf,
        /// Where to write the re-anchored review.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Git merge driver for *.sanad: `sanad merge-driver %O %A %B` writes the merge to %A.
    MergeDriver {
        /// The common ancestor (%O).
        base: PathBuf,
        /// Ours (%A), replaced by the result.
        ours: PathBuf,
        /// Theirs (%B).
        theirs: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// schema.org ClaimReview JSON-LD, one per reviewed claim.
    Claimreview,
    /// CSV, one row per claim (UTF-8 with BOM).
    Csv,
    /// A Markdown report.
    Markdown,
    /// A standalone HTML report.
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Tsv,
}

/// Run the parsed command line; `Err` is the one-line message for stderr (exit 1).
pub fn run(args: Args) -> Result<ExitCode, String> {
    match args.command {
        None => open_window(args.file),
        Some(Cmd::New {
            article,
            output,
            force,
        }) => new(&article, output, force),
        Some(Cmd::Claims { article, format }) => claims(&article, format),
        Some(Cmd::Check { review }) => Ok(check(&review)),
        Some(Cmd::Set {
            review,
            claim,
            verdict,
            source,
            note,
            by,
        }) => set(&review, ClaimId(claim), verdict, source, note, by),
        Some(Cmd::Export {
            review,
            format,
            output,
            organisation,
            url,
        }) => export(&review, format, output, organisation, url),
        Some(Cmd::Merge {
            ours,
            theirs,
            base,
            output,
        }) => merge(base.as_deref(), &ours, &theirs, &output, true),
        Some(Cmd::Reanchor {
            review,
            article,
            output,
        }) => reanchor(&review, &article, &output),
        Some(Cmd::MergeDriver { base, ours, theirs }) => {
            // git gives an empty base when both sides added the file.
            let base = store::load(&base).ok().map(|_| base);
            merge(base.as_deref(), &ours, &theirs, &ours, false)
        }
    }
}

fn reanchor(review: &Path, article: &Path, output: &Path) -> Result<ExitCode, String> {
    let old = load(review)?;
    let new_article = import::article_from_path(article).map_err(|e| e.to_string())?;
    let outcome = sanad::anchor::reanchor(&old, new_article, &reviewer(None));
    store::save(&outcome.review, output).map_err(|e| e.to_string())?;
    let count =
        |p: sanad::anchor::Placement| outcome.placements.iter().filter(|(_, x)| *x == p).count();
    use sanad::anchor::Placement::*;
    println!(
        "{}: {} claims placed ({} exact, {} by context, {} fuzzy), {} orphan(s)",
        output.display(),
        outcome.placements.len() - count(Orphan),
        count(Exact),
        count(Context),
        count(Fuzzy),
        count(Orphan)
    );
    for (id, placement) in &outcome.placements {
        if *placement == Orphan {
            println!("  orphan: claim {id}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn load(path: &Path) -> Result<Review, String> {
    store::load(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn export(
    path: &Path,
    format: ExportFormat,
    output: Option<PathBuf>,
    organisation: String,
    url: String,
) -> Result<ExitCode, String> {
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
        Some(out) => store::write_atomically(&out, text.as_bytes()).map_err(|e| e.to_string())?,
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// Merge and write the result to `output` (with a `.bak` of what was there when `backup`).
fn merge(
    base: Option<&Path>,
    ours: &Path,
    theirs: &Path,
    output: &Path,
    backup: bool,
) -> Result<ExitCode, String> {
    let base = base.map(load).transpose()?;
    let (ours_review, theirs_review) = (load(ours)?, load(theirs)?);
    let outcome =
        share::merge(base.as_ref(), &ours_review, &theirs_review).map_err(|e| e.to_string())?;
    let text = store::to_ron(&outcome.review).map_err(|e| e.to_string())?;
    let written = if backup {
        store::write_atomically(output, text.as_bytes())
    } else {
        store::write_atomically_without_backup(output, text.as_bytes())
    };
    written.map_err(|e| e.to_string())?;
    if outcome.conflicts.is_empty() {
        println!("{}: merged cleanly", output.display());
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{}: {} conflict(s), both versions kept in the file:",
        output.display(),
        outcome.conflicts.len()
    );
    for c in &outcome.conflicts {
        println!(
            "  claim {} {}: ours {:?}, theirs {:?}",
            c.claim, c.field, c.ours, c.theirs
        );
    }
    Ok(ExitCode::from(1))
}

fn reviewer(by: Option<String>) -> String {
    by.or_else(|| std::env::var("SANAD_REVIEWER").ok())
        .or_else(|| std::env::var("USER").ok())
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}

fn open_window(file: Option<PathBuf>) -> Result<ExitCode, String> {
    #[cfg(feature = "window")]
    {
        // A file is read inside the window (long ones in the background, with progress;
        // one that cannot be opened is reported there); without one, the bundled sample.
        match file {
            Some(path) => sanad::app::run_opening(path, reviewer(None))?,
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
        Err("this build of sanad has no window (built without the \"window\" feature)".into())
    }
}

fn new(article: &Path, output: Option<PathBuf>, force: bool) -> Result<ExitCode, String> {
    let output = output.unwrap_or_else(|| article.with_extension("sanad"));
    if output.exists() && !force {
        return Err(format!(
            "{} already exists (use --force to replace it)",
            output.display()
        ));
    }
    let review = sanad::review_from_article_path(article).map_err(|e| e.to_string())?;
    store::save(&review, &output).map_err(|e| e.to_string())?;
    println!(
        "{}: {} claims from {} sentences ({})",
        output.display(),
        review.claims.len(),
        review.article.sentences.len(),
        review.article.language
    );
    Ok(ExitCode::SUCCESS)
}

fn claims(article: &Path, format: Format) -> Result<ExitCode, String> {
    let review = sanad::review_from_article_path(article).map_err(|e| e.to_string())?;
    let text = &review.article.text;
    let out = match format {
        Format::Json => claims_json(&review),
        Format::Tsv => {
            let mut out = String::from(
                "id\tsentence\tstart\tend\tcheckable\tworthiness\tkinds\tattributed_to\ttext\n",
            );
            for c in &review.claims {
                let kinds: Vec<&str> = c.kinds.iter().map(|k| k.name()).collect();
                out.push_str(&format!(
                    "{}\t{}\t{}\t{}\t{}\t{:.2}\t{}\t{}\t{}\n",
                    c.id,
                    c.sentence,
                    c.span.start,
                    c.span.end,
                    c.checkable,
                    c.worthiness,
                    kinds.join(","),
                    tsv_field(c.attributed_to.as_deref().unwrap_or("")),
                    tsv_field(&text[c.span.start..c.span.end]),
                ));
            }
            out
        }
    };
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// Tabs and line breaks would break the TSV row: they become spaces.
fn tsv_field(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

fn claims_json(review: &Review) -> String {
    let article = &review.article;
    let sentences: Vec<_> = article
        .sentences
        .iter()
        .map(|s| serde_json::json!({"start": s.start, "end": s.end, "text": article.slice(*s)}))
        .collect();
    let claims: Vec<_> = review
        .claims
        .iter()
        .map(|c| {
            serde_json::json!({
                "id": c.id.0,
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

fn check(path: &Path) -> ExitCode {
    match store::load(path) {
        Ok(review) => {
            print!("{}", summary(path, &review));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("sanad: {}: invalid: {e}", path.display());
            ExitCode::from(1)
        }
    }
}

fn summary(path: &Path, review: &Review) -> String {
    let counts = review.verdict_counts();
    let total = review.claims.len();
    let mut out = format!(
        "{}: valid\narticle: {} ({}, {} bytes, {} sentences)\nclaims: {} ({} reviewed)\n",
        path.display(),
        review.article.title,
        review.article.language,
        review.article.text.len(),
        review.article.sentences.len(),
        total,
        total - counts[0],
    );
    for (verdict, count) in Verdict::ALL.iter().zip(counts) {
        out.push_str(&format!("  {:<14}{count}\n", verdict.name()));
    }
    out
}

fn set(
    path: &Path,
    claim: ClaimId,
    verdict: Option<String>,
    source: Option<String>,
    note: Option<String>,
    by: Option<String>,
) -> Result<ExitCode, String> {
    if verdict.is_none() && source.is_none() && note.is_none() {
        eprintln!("sanad: nothing to set: give --verdict, --source or --note");
        return Ok(ExitCode::from(2));
    }
    // Parse everything before touching the file, so a typo never leaves half an edit.
    let verdict = match verdict {
        Some(v) => Some(v.parse::<Verdict>().map_err(|e| e.to_string())?),
        None => None,
    };
    if let Some(url) = source.as_deref().filter(|url| !is_web_url(url)) {
        return Err(format!(
            "--source {url}: only http and https addresses are accepted"
        ));
    }
    let mut review = store::load(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let by = reviewer(by);
    let mut commands = Vec::new();
    if let Some(verdict) = verdict {
        commands.push(Command::SetVerdict { claim, verdict });
    }
    if let Some(url) = source {
        let evidence = Evidence {
            url: Some(url),
            accessed: Some(chrono::Utc::now().date_naive()),
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
            Err(e) => return Err(format!("{}: {e}", path.display())),
        }
    }
    if changed > 0 {
        store::save(&review, path).map_err(|e| e.to_string())?;
    }
    println!(
        "{}: claim {claim}: {changed} change(s) saved",
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Whether `url` is an http or https address with a host.
fn is_web_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/') && !r.contains(char::is_whitespace))
}
