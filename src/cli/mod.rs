//! The command line: argument definitions here, one short handler per subcommand in
//! `commands`, and every byte printed through `output`.

mod commands;
mod desktop;
mod library;
pub mod output;
mod save_page_now;
mod sources;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use output::Failure;
use sanad::model::{ClaimId, Verdict};
use std::path::PathBuf;
use std::process::ExitCode;

/// Sanad: a fact-checking workbench. With no command, opens the window.
#[derive(Debug, Parser)]
#[command(
    name = "sanad",
    version = env!("SANAD_VERSION"),
    args_conflicts_with_subcommands = true
)]
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
        /// The article to review: a file, or a web address (http or https) to fetch.
        article: PathBuf,
        /// Where to write the review [default: ARTICLE with the extension .sanad].
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
        /// The article's language (en, ar, fa, fr …) [default: detected from the text].
        #[arg(long, value_parser = language_tag)]
        lang: Option<String>,
    },
    /// Print an article's sentences and claims with byte offsets.
    Claims {
        /// The article.
        article: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// The article's language (en, ar, fa, fr …) [default: detected from the text].
        #[arg(long, value_parser = language_tag)]
        lang: Option<String>,
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
        /// not-checkable, or its key 1-7 (or its Arabic label).
        #[arg(long, value_parser = clap::value_parser!(Verdict))]
        verdict: Option<Verdict>,
        /// A source's address (http or https) to add as evidence.
        #[arg(long)]
        source: Option<String>,
        /// The added source's title.
        #[arg(long, requires = "source")]
        title: Option<String>,
        /// Who published the added source.
        #[arg(long, requires = "source")]
        publisher: Option<String>,
        /// The passage quoted from the added source (checked against its page once archived).
        #[arg(long, requires = "source")]
        excerpt: Option<String>,
        /// How the added source bears on the claim.
        #[arg(long, value_enum, requires = "source")]
        stance: Option<StanceArg>,
        /// The reviewer's note (replaces the current one).
        #[arg(long)]
        note: Option<String>,
        /// Who makes the change [default: $SANAD_REVIEWER, else $USER].
        #[arg(long)]
        by: Option<String>,
    },
    /// Fetch every source not yet archived (of one claim, or of all) and keep its page in
    /// the snapshot folder beside the review (REVIEW.sources/). Exit 1 when one could not
    /// be archived.
    Archive {
        /// The review file.
        review: PathBuf,
        /// Only this claim's sources.
        #[arg(long)]
        claim: Option<u32>,
        /// Who makes the change [default: $SANAD_REVIEWER, else $USER].
        #[arg(long)]
        by: Option<String>,
    },
    /// List the review's sources with their archive and excerpt checks. Exit 1 when one
    /// needs looking at.
    Sources {
        /// The review file.
        review: PathBuf,
        /// Fetch every address again: alive, redirected, gone, unreachable or changed.
        #[arg(long)]
        check: bool,
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
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
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
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
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
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// The desk's library: published fact-checks (ClaimReview feeds, CSV) and the claims
    /// judged in the desk's own review folders.
    Library {
        #[command(subcommand)]
        command: LibraryCmd,
    },
    /// Print the shell completion script for bash, zsh or fish (e.g. `sanad completions
    /// bash > ~/.local/share/bash-completion/completions/sanad`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Put the desktop entry and the `.sanad` file type into the user's data folder
    /// ($XDG_DATA_HOME, else ~/.local/share), and refresh the desktop's caches.
    InstallDesktop {
        /// Remove what the install added instead.
        #[arg(long)]
        uninstall: bool,
    },
    /// Print the manual page (roff), made from the same definitions as `--help`
    /// (e.g. `sanad manpage > ~/.local/share/man/man1/sanad.1`).
    Manpage,
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

#[derive(Debug, Subcommand)]
enum LibraryCmd {
    /// Import fact-checks: ClaimReview JSON-LD (an object, an array, a DataFeed), JSON
    /// Lines, or CSV with a header naming a claim column. The same fact-check imported
    /// again is updated.
    Import {
        /// The files to import.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The library folder [default: $SANAD_LIBRARY, else the user's data folder].
        #[arg(long)]
        library: Option<PathBuf>,
    },
    /// Register folders of reviews (`.sanad` files, searched below each folder) and scan
    /// them now; they are scanned again, incrementally, whenever the library is opened.
    Add {
        /// The folders to register.
        #[arg(required = true)]
        folders: Vec<PathBuf>,
        /// The library folder [default: $SANAD_LIBRARY, else the user's data folder].
        #[arg(long)]
        library: Option<PathBuf>,
    },
    /// The library's fact-checks that best match a claim, best first: JSON Lines (one line
    /// per query) or TSV.
    Match {
        /// The claim to look for (or use --batch).
        #[arg(required_unless_present = "batch", conflicts_with = "batch")]
        text: Option<String>,
        /// A file of queries, one a line: ID, a tab, the claim.
        #[arg(long)]
        batch: Option<PathBuf>,
        /// How many matches per query.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=100))]
        top: u16,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// The library folder [default: $SANAD_LIBRARY, else the user's data folder].
        #[arg(long)]
        library: Option<PathBuf>,
    },
    /// Scan the review folders again from nothing and make the search index again.
    Rebuild {
        /// The library folder [default: $SANAD_LIBRARY, else the user's data folder].
        #[arg(long)]
        library: Option<PathBuf>,
    },
    /// Count the library's fact-checks by language and publisher, and its review folders.
    Stats {
        /// The library folder [default: $SANAD_LIBRARY, else the user's data folder].
        #[arg(long)]
        library: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum ExportFormat {
    /// schema.org ClaimReview JSON-LD, one per reviewed claim.
    Claimreview,
    /// CSV, one row per claim (UTF-8 with BOM).
    Csv,
    /// A Markdown report.
    Markdown,
    /// A standalone HTML report.
    Html,
}

/// How a source bears on its claim, as `--stance` names it.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum StanceArg {
    /// It supports the claim.
    Supports,
    /// It refutes the claim.
    Refutes,
    /// It gives background.
    Context,
}

impl From<StanceArg> for sanad::model::Stance {
    fn from(stance: StanceArg) -> Self {
        match stance {
            StanceArg::Supports => sanad::model::Stance::Supports,
            StanceArg::Refutes => sanad::model::Stance::Refutes,
            StanceArg::Context => sanad::model::Stance::Context,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    Json,
    Tsv,
}

/// A `--lang` value: one of the language tags the engine knows, in any case.
fn language_tag(value: &str) -> Result<String, String> {
    let tag = value.trim().to_ascii_lowercase();
    let known = sanad::engine::known_languages();
    if known.contains(&tag.as_str()) {
        Ok(tag)
    } else {
        Err(format!(
            "unknown language \"{value}\" (expected one of: {})",
            known.join(", ")
        ))
    }
}

/// Run the parsed command line.
pub fn run(args: Args) -> Result<ExitCode, Failure> {
    match args.command {
        None => commands::open_window(args.file),
        Some(Cmd::New {
            article,
            output,
            force,
            lang,
        }) => match article
            .to_str()
            .filter(|a| sanad::sources::is_web_address(a))
        {
            Some(url) => sources::new_from_url(url.trim(), output, force, lang.as_deref()),
            None => commands::new(&article, output, force, lang.as_deref()),
        },
        Some(Cmd::Claims {
            article,
            format,
            lang,
        }) => commands::claims(&article, format, lang.as_deref()),
        Some(Cmd::Check { review }) => commands::check(&review),
        Some(Cmd::Set {
            review,
            claim,
            verdict,
            source,
            title,
            publisher,
            excerpt,
            stance,
            note,
            by,
        }) => {
            let details = commands::SourceDetails {
                title,
                publisher,
                excerpt,
                stance: stance.map(Into::into),
            };
            commands::set(&review, ClaimId(claim), verdict, source, details, note, by)
        }
        Some(Cmd::Archive { review, claim, by }) => {
            sources::archive(&review, claim.map(ClaimId), by)
        }
        Some(Cmd::Sources { review, check }) => sources::sources(&review, check),
        Some(Cmd::Export {
            review,
            format,
            output,
            force,
            organisation,
            url,
        }) => commands::export(
            &review,
            format,
            output.map(|o| (o, force)),
            organisation,
            url,
        ),
        Some(Cmd::Merge {
            ours,
            theirs,
            base,
            output,
            force,
        }) => {
            let base = match base {
                Some(base) => Some(commands::load(&base)?),
                None => None,
            };
            commands::merge(
                base,
                &ours,
                &theirs,
                commands::Output::New {
                    path: output,
                    force,
                },
            )
        }
        Some(Cmd::Reanchor {
            review,
            article,
            output,
            force,
        }) => commands::reanchor(&review, &article, &output, force),
        Some(Cmd::Library {
            command: LibraryCmd::Import { files, library },
        }) => library::import(&files, library.as_deref()),
        Some(Cmd::Library {
            command:
                LibraryCmd::Match {
                    text,
                    batch,
                    top,
                    format,
                    library,
                },
        }) => library::find_matches(
            text,
            batch.as_deref(),
            usize::from(top),
            format,
            library.as_deref(),
        ),
        Some(Cmd::Library {
            command: LibraryCmd::Add { folders, library },
        }) => library::add(&folders, library.as_deref()),
        Some(Cmd::Library {
            command: LibraryCmd::Rebuild { library },
        }) => library::rebuild(library.as_deref()),
        Some(Cmd::Library {
            command: LibraryCmd::Stats { library },
        }) => library::stats(library.as_deref()),
        Some(Cmd::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Args::command(), "sanad", &mut script);
            output::print(&String::from_utf8_lossy(&script))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Cmd::InstallDesktop { uninstall }) => desktop::install_desktop(uninstall),
        Some(Cmd::Manpage) => {
            let mut page = Vec::new();
            clap_mangen::Man::new(Args::command())
                .render(&mut page)
                .map_err(|e| format!("could not make the manual page: {e}"))?;
            output::print(&String::from_utf8_lossy(&page))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Cmd::MergeDriver { base, ours, theirs }) => {
            let base = commands::merge_driver_base(&base)?;
            commands::merge(
                base,
                &ours,
                &theirs,
                commands::Output::GitMerge(ours.clone()),
            )
        }
    }
}
