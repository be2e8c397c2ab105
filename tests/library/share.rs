//! Exports parse and carry every reviewed claim; merges combine colleagues' work; the git
//! merge driver works with real git.

use sanad::model::{ClaimId, Command, Evidence, Review, Span, Stance, Verdict, apply};
use sanad::share::{self, ExportSettings, Format};
use std::path::Path;
use std::process::Command as Process;

const ARABIC: &str = include_str!("../../assets/samples/ar-musk-ai-startup.txt");

fn sample() -> Review {
    let article = sanad::import::article_from_text(ARABIC.to_string(), "UTF-8", "sample");
    sanad::review_from_article(article)
}

fn set(review: &mut Review, claim: u32, verdict: Verdict, by: &str) {
    apply(
        review,
        Command::SetVerdict {
            claim: ClaimId(claim),
            verdict,
        },
        by,
    )
    .unwrap();
}

fn reviewed() -> Review {
    let mut r = sample();
    set(&mut r, 3, Verdict::Verified, "منى");
    set(&mut r, 9, Verdict::Disputed, "منى");
    set(&mut r, 14, Verdict::NotCheckable, "منى");
    let evidence = Evidence {
        url: Some("https://www.ft.com/content/example?a=1&b=%3C2%3E".into()),
        title: "Musk plans AI start-up".into(),
        stance: Stance::Supports,
        ..Evidence::default()
    };
    apply(
        &mut r,
        Command::AddEvidence {
            claim: ClaimId(3),
            evidence,
        },
        "منى",
    )
    .unwrap();
    apply(
        &mut r,
        Command::SetNote {
            claim: ClaimId(9),
            note: "مصدر واحد فقط, \"غير مؤكد\"\nسطر".into(),
        },
        "منى",
    )
    .unwrap();
    r
}

fn settings() -> ExportSettings {
    ExportSettings {
        organisation: "Sanad Fact Check".into(),
        review_url: "https://factcheck.example/musk".into(),
    }
}

#[test]
fn claimreview_has_every_required_field_for_each_reviewed_claim() {
    let r = reviewed();
    let json: serde_json::Value =
        serde_json::from_str(&share::export(&r, Format::ClaimReview, &settings())).unwrap();
    let items = json.as_array().unwrap();
    // Verified and Disputed; not Unreviewed, not Not checkable.
    assert_eq!(items.len(), 2);
    for item in items {
        assert_eq!(item["@context"], "https://schema.org");
        assert_eq!(item["@type"], "ClaimReview");
        let reviewed = item["claimReviewed"].as_str().unwrap();
        assert!(reviewed.chars().count() <= 76, "{reviewed}");
        assert!(
            item["url"]
                .as_str()
                .unwrap()
                .starts_with("https://factcheck.example/musk#claim-")
        );
        let rating = &item["reviewRating"];
        assert!(
            rating["alternateName"]
                .as_str()
                .is_some_and(|s| !s.is_empty())
        );
        assert!(rating["ratingValue"].is_u64());
        assert_eq!(rating["bestRating"], 5);
        assert_eq!(rating["worstRating"], 1);
        assert_eq!(item["author"]["name"], "Sanad Fact Check");
        assert_eq!(item["itemReviewed"]["@type"], "Claim");
        assert!(item["itemReviewed"]["appearance"].is_object());
        assert!(item["datePublished"].as_str().is_some());
        assert_eq!(item["inLanguage"], "ar");
    }
    let verified = &items[0];
    assert_eq!(verified["reviewRating"]["alternateName"], "صحيح");
    assert_eq!(verified["reviewRating"]["name"], "Verified");
    assert_eq!(verified["reviewRating"]["ratingValue"], 5);
    assert_eq!(
        verified["itemReviewed"]["author"]["name"],
        "فاينانشيال تايمز"
    );
}

#[test]
fn csv_parses_with_one_row_per_claim_and_a_bom() {
    let r = reviewed();
    let text = share::export(&r, Format::Csv, &settings());
    let body = text
        .strip_prefix('\u{FEFF}')
        .expect("UTF-8 BOM for spreadsheets");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), r.claims.len());
    for (row, claim) in rows.iter().zip(&r.claims) {
        assert_eq!(&row[0], claim.id.to_string());
        assert_eq!(&row[4], r.article.slice(claim.span));
        assert_eq!(&row[5], claim.verdict.name());
        assert_eq!(&row[11], claim.note);
    }
}

#[test]
fn markdown_lists_each_claim_with_its_verdict_sources_and_note() {
    let r = reviewed();
    let md = share::export(&r, Format::Markdown, &settings());
    // An Arabic review is reported in Arabic, marked right to left.
    assert!(md.starts_with("\u{200F}# تحقق: "), "{}", &md[..80]);
    assert!(md.contains("### #3 — صحيح"));
    assert!(md.contains("### #9 — متنازع عليه"));
    assert!(md.contains("## الملخص"));
    assert!(md.contains("<https://www.ft.com/content/example?a=1&b=%3C2%3E>"));
    assert!(md.contains("مصدر واحد فقط"));
    // An English one in English.
    let english = english_review();
    let md = share::export(&english, Format::Markdown, &settings());
    assert!(md.starts_with("# Fact-check: "));
    assert!(md.contains("### #1 — Verified"));
    assert!(md.contains("## Summary\n\n1/"));
}

const ENGLISH: &str = include_str!("../../assets/samples/en-transit-budget.txt");

/// The English sample with its first claim verified.
fn english_review() -> Review {
    let article = sanad::import::article_from_text(ENGLISH.to_string(), "UTF-8", "sample");
    let mut review = sanad::review_from_article(article);
    set(&mut review, 1, Verdict::Verified, "a");
    review
}

#[test]
fn the_html_report_speaks_the_articles_language_and_its_chart_names_each_bar() {
    let arabic = share::export(&reviewed(), Format::Html, &settings());
    for words in [
        "<h2 dir=\"rtl\">الملخص</h2>",
        "دليل الألوان",
        "<th>الحكم</th>",
        "روجع ",
    ] {
        assert!(arabic.contains(words), "{words}");
    }
    assert!(!arabic.contains("Legend") && !arabic.contains(">Claims<"));
    // The chart: an Arabic label beside each bar, on the right (mirrored).
    let chart = &arabic[arabic.find("<svg").unwrap()..arabic.find("</svg>").unwrap()];
    assert!(
        chart.contains("direction=\"ltr\"")
            && chart.contains("aria-label=\"عدد الادعاءات حسب الحكم\"")
    );
    for verdict in Verdict::ALL {
        let label = format!("text-anchor=\"end\">{}</text>", verdict.label_ar());
        assert!(chart.contains(&label), "{label}");
    }
    let english = share::export(&english_review(), Format::Html, &settings());
    for words in [
        "<h2 dir=\"ltr\">Summary</h2>",
        "<h2 dir=\"ltr\">Legend</h2>",
        "<th>Verdict</th>",
        "text-anchor=\"start\">Verified</text>",
    ] {
        assert!(english.contains(words), "{words}");
    }
}

/// A small well-formedness check: every opened element is closed in order.
fn assert_well_formed(html: &str) {
    let void = ["meta", "br", "rect", "!DOCTYPE"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').expect("unterminated tag") + open;
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        let self_closing = tag.ends_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '!')
            .collect();
        if void.contains(&name.as_str()) || self_closing {
            continue;
        }
        if tag.starts_with('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.as_str()),
                "mismatched </{name}>"
            );
        } else {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

#[test]
fn html_is_standalone_well_formed_and_right_to_left() {
    let r = reviewed();
    let html = share::export(&r, Format::Html, &settings());
    assert_well_formed(&html);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(!html.contains("<script"), "no scripts");
    assert!(!html.contains("src="), "no external resources");
    assert!(html.contains("<svg"), "the verdict chart is inline SVG");
    assert!(
        html.contains("class=\"v-verified\""),
        "claims are highlighted"
    );
    // Links are escaped; only http(s) addresses become links.
    assert!(html.contains("href=\"https://www.ft.com/content/example?a=1&amp;b=%3C2%3E\""));
    for claim in r.claims.iter().filter(|c| c.verdict.is_reviewed()) {
        assert!(html.contains(&format!("id=\"claim-{}\"", claim.id)));
    }
}

#[test]
fn edits_to_different_claims_merge_cleanly() {
    let base = sample();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    set(&mut ours, 3, Verdict::Verified, "a");
    set(&mut theirs, 9, Verdict::False, "b");
    let out = share::merge(Some(&base), &ours, &theirs).unwrap();
    assert!(out.conflicts.is_empty());
    assert_eq!(
        out.review.claim(ClaimId(3)).unwrap().verdict,
        Verdict::Verified
    );
    assert_eq!(
        out.review.claim(ClaimId(9)).unwrap().verdict,
        Verdict::False
    );
    assert_eq!(out.review.reviewers, vec!["a".to_string(), "b".to_string()]);
    assert_eq!(out.review.log.len(), 2);
    assert!(out.review.log.windows(2).all(|w| w[0].at <= w[1].at));
}

#[test]
fn matches_dismissed_on_either_side_stay_dismissed() {
    let base = sample();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let dismiss = |review: &mut sanad::model::Review, claim: u32, key: &str, by: &str| {
        let command = sanad::model::Command::SetDismissed {
            claim: ClaimId(claim),
            key: key.into(),
            dismissed: true,
        };
        sanad::model::apply(review, command, by).unwrap();
    };
    dismiss(&mut ours, 3, "url\u{1f}https://a.example", "a");
    dismiss(&mut theirs, 3, "url\u{1f}https://a.example", "b");
    dismiss(&mut theirs, 9, "url\u{1f}https://b.example", "b");
    let out = share::merge(Some(&base), &ours, &theirs).unwrap();
    assert!(out.conflicts.is_empty());
    assert_eq!(out.review.dismissed.len(), 2);
    assert!(
        out.review
            .is_dismissed(ClaimId(9), "url\u{1f}https://b.example")
    );
}

#[test]
fn different_verdicts_on_one_claim_conflict_and_keep_both() {
    let base = sample();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    set(&mut ours, 3, Verdict::Verified, "a");
    set(&mut theirs, 3, Verdict::False, "b");
    for base in [Some(&base), None] {
        let out = share::merge(base, &ours, &theirs).unwrap();
        assert_eq!(out.conflicts.len(), 1);
        let c = &out.conflicts[0];
        assert_eq!(
            (c.field.as_str(), c.ours.as_str(), c.theirs.as_str()),
            ("verdict", "verified", "false")
        );
        assert_eq!(
            out.review.conflicts, out.conflicts,
            "the file keeps both versions"
        );
    }
}

#[test]
fn a_review_of_another_article_is_refused() {
    let ours = sample();
    let other = sanad::review_from_article(sanad::import::article_from_text(
        "Another text.".into(),
        "UTF-8",
        "x",
    ));
    let err = share::merge(None, &ours, &other).unwrap_err();
    assert!(err.to_string().contains("different article"));
}

#[test]
fn both_sides_new_claims_are_kept_and_theirs_renumbered() {
    let base = sample();
    let next = base.next_claim_id;
    let mut ours = base.clone();
    let mut theirs = base.clone();
    apply(
        &mut ours,
        Command::AddClaim {
            span: Span::new(0, 10),
        },
        "a",
    )
    .unwrap();
    apply(
        &mut theirs,
        Command::AddClaim {
            span: Span::new(11, 20),
        },
        "b",
    )
    .unwrap();
    let out = share::merge(Some(&base), &ours, &theirs).unwrap();
    assert!(out.conflicts.is_empty());
    let ids: Vec<u32> = out
        .review
        .claims
        .iter()
        .map(|c| c.id.0)
        .filter(|id| *id >= next)
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(ids.contains(&next) && ids.contains(&(next + 1)));
    sanad::store::validate(&out.review).unwrap();
}

#[test]
fn a_deletion_on_one_side_is_taken_three_way() {
    let base = sample();
    let mut ours = base.clone();
    apply(&mut ours, Command::DeleteClaim { claim: ClaimId(4) }, "a").unwrap();
    let theirs = base.clone();
    let out = share::merge(Some(&base), &ours, &theirs).unwrap();
    assert!(out.review.claim(ClaimId(4)).is_none());
    let out = share::merge(Some(&base), &theirs, &ours).unwrap();
    assert!(out.review.claim(ClaimId(4)).is_none());
}

// ---- git as the sync engine -------------------------------------------------------

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Process::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .output()
        .expect("git runs")
}

fn sanad(dir: &Path, args: &[&str]) {
    let out = Process::new(env!("CARGO_BIN_EXE_sanad"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn repo_with_review() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"]);
    let driver = format!("{} merge-driver %O %A %B", env!("CARGO_BIN_EXE_sanad"));
    git(d, &["config", "merge.sanad.name", "Sanad review merge"]);
    git(d, &["config", "merge.sanad.driver", &driver]);
    std::fs::write(d.join(".gitattributes"), "*.sanad merge=sanad\n").unwrap();
    // As the README recommends: the editor's backups stay out of the repository.
    std::fs::write(d.join(".gitignore"), "*.sanad.bak\n").unwrap();
    std::fs::write(d.join("article.txt"), ARABIC).unwrap();
    sanad(d, &["new", "article.txt", "-o", "review.sanad"]);
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "base"]);
    dir
}

fn branch_with_verdict(d: &Path, branch: &str, claim: &str, verdict: &str) {
    git(d, &["checkout", "-q", "-b", branch, "main"]);
    sanad(
        d,
        &[
            "set",
            "review.sanad",
            "--claim",
            claim,
            "--verdict",
            verdict,
            "--by",
            branch,
        ],
    );
    git(d, &["commit", "-q", "-am", branch]);
}

#[test]
fn git_merges_edits_of_different_claims_cleanly() {
    let dir = repo_with_review();
    let d = dir.path();
    branch_with_verdict(d, "a", "3", "verified");
    branch_with_verdict(d, "b", "9", "false");
    git(d, &["checkout", "-q", "a"]);
    let out = git(d, &["merge", "-q", "--no-edit", "b"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = sanad::store::load(&d.join("review.sanad")).unwrap();
    assert_eq!(merged.claim(ClaimId(3)).unwrap().verdict, Verdict::Verified);
    assert_eq!(merged.claim(ClaimId(9)).unwrap().verdict, Verdict::False);
    let status = String::from_utf8_lossy(&git(d, &["status", "--porcelain"]).stdout).into_owned();
    assert!(status.trim().is_empty(), "no stray files: {status}");
}

#[test]
fn git_reports_a_conflict_and_both_versions_stay_recoverable() {
    let dir = repo_with_review();
    let d = dir.path();
    branch_with_verdict(d, "a", "3", "verified");
    branch_with_verdict(d, "b", "3", "false");
    git(d, &["checkout", "-q", "a"]);
    let out = git(d, &["merge", "-q", "--no-edit", "b"]);
    assert!(!out.status.success(), "git must report the conflict");
    let merged =
        sanad::store::load(&d.join("review.sanad")).expect("the merged file is a valid review");
    let c = &merged.conflicts[0];
    assert_eq!((c.ours.as_str(), c.theirs.as_str()), ("verified", "false"));
    // And git still has both sides.
    assert!(git(d, &["show", "a:review.sanad"]).status.success());
    assert!(git(d, &["show", "b:review.sanad"]).status.success());
}
