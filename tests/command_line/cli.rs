//! The command line end to end, as a subprocess: what a user or a script sees.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/samples/ar-musk-ai-startup.txt"
);

fn sanad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sanad"))
        .args(args)
        .env("SANAD_REVIEWER", "tester")
        .output()
        .expect("the sanad binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A failure is one line on stderr, no panic, no backtrace.
fn assert_one_line_error(out: &Output, code: i32) {
    assert_eq!(out.status.code(), Some(code), "stderr: {}", stderr(out));
    let err = stderr(out);
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err}");
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
}

fn review_path(dir: &Path) -> PathBuf {
    dir.join("musk.sanad")
}

#[test]
fn new_set_check_on_the_arabic_sample() {
    let dir = tempfile::tempdir().unwrap();
    let review = review_path(dir.path());
    let review_arg = review.to_str().unwrap();

    let out = sanad(&["new", SAMPLE, "-o", review_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("claims"));

    let out = sanad(&[
        "set",
        review_arg,
        "--claim",
        "3",
        "--verdict",
        "verified",
        "--source",
        "https://www.ft.com/content/example",
        "--note",
        "تأكدنا من التقرير",
        "--by",
        "منى",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = sanad(&["check", review_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stdout(&out);
    assert!(summary.contains("valid"), "{summary}");
    assert!(summary.contains("verified      1"), "{summary}");

    let loaded = sanad::store::load(&review).unwrap();
    let claim = loaded.claim(sanad::model::ClaimId(3)).unwrap();
    assert_eq!(claim.verdict, sanad::model::Verdict::Verified);
    assert_eq!(claim.note, "تأكدنا من التقرير");
    assert_eq!(
        claim.evidence[0].url.as_deref(),
        Some("https://www.ft.com/content/example")
    );
    assert_eq!(claim.updated_by.as_deref(), Some("منى"));
    let fields: Vec<&str> = loaded.log.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["verdict", "evidence", "note"]);
    // The save kept the previous version.
    assert!(dir.path().join("musk.sanad.bak").exists());
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let review = review_path(dir.path());
    std::fs::write(&review, "precious").unwrap();
    let out = sanad(&["new", SAMPLE, "-o", review.to_str().unwrap()]);
    assert_one_line_error(&out, 1);
    assert_eq!(std::fs::read_to_string(&review).unwrap(), "precious");
    let out = sanad(&["new", SAMPLE, "-o", review.to_str().unwrap(), "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn bad_edits_leave_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let review = review_path(dir.path());
    let arg = review.to_str().unwrap();
    assert!(sanad(&["new", SAMPLE, "-o", arg]).status.success());
    let before = std::fs::read(&review).unwrap();

    for args in [
        vec!["set", arg, "--claim", "999", "--verdict", "false"],
        vec![
            "set",
            arg,
            "--claim",
            "3",
            "--source",
            "javascript:alert(1)",
        ],
        vec!["set", arg, "--claim", "3", "--source", "file:///etc/passwd"],
    ] {
        let out = sanad(&args);
        assert_one_line_error(&out, 1);
        assert_eq!(std::fs::read(&review).unwrap(), before, "{args:?}");
    }
    // Usage errors: nothing to set, a verdict that is none of the seven.
    let out = sanad(&["set", arg, "--claim", "3"]);
    assert_one_line_error(&out, 2);
    assert_eq!(std::fs::read(&review).unwrap(), before);
    let out = sanad(&["set", arg, "--claim", "3", "--verdict", "probably"]);
    assert_one_line_error(&out, 2);
    assert!(stderr(&out).contains("unknown verdict"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&review).unwrap(), before);
}

#[test]
fn check_reports_invalid_files_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.sanad");
    std::fs::write(&bad, "(format: \"sanad-review\", version: 1,").unwrap();
    let out = sanad(&["check", bad.to_str().unwrap()]);
    assert_one_line_error(&out, 1);
    assert!(stderr(&out).contains("line 1"), "{}", stderr(&out));
    let out = sanad(&["check", dir.path().join("missing.sanad").to_str().unwrap()]);
    assert_one_line_error(&out, 1);
}

#[test]
fn usage_errors_exit_2() {
    let out = sanad(&["check"]);
    assert_eq!(out.status.code(), Some(2));
    let out = sanad(&["set", "x.sanad", "--claim", "not-a-number", "--note", "x"]);
    assert_eq!(out.status.code(), Some(2));
    let out = sanad(&["claims", SAMPLE, "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn every_subcommand_has_help() {
    for sub in [
        "new",
        "claims",
        "check",
        "set",
        "export",
        "merge",
        "merge-driver",
    ] {
        let out = sanad(&[sub, "--help"]);
        assert!(out.status.success(), "{sub}");
        assert!(stdout(&out).contains("Usage"), "{sub}");
    }
}

#[test]
fn claims_json_gives_byte_offsets_into_the_article() {
    let out = sanad(&["claims", SAMPLE, "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["language"], "ar");
    let text = std::fs::read_to_string(SAMPLE).unwrap();
    let claims = doc["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    for claim in claims {
        let start = claim["start"].as_u64().unwrap() as usize;
        let end = claim["end"].as_u64().unwrap() as usize;
        assert_eq!(claim["text"].as_str().unwrap(), &text[start..end]);
    }
    let out = sanad(&["claims", SAMPLE, "--format", "tsv"]);
    assert!(out.status.success());
    let rows = stdout(&out).lines().count();
    assert_eq!(rows, claims.len() + 1, "one header and one row per claim");
}

#[test]
fn unreadable_articles_are_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("image.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    for path in [
        binary,
        empty,
        dir.path().to_path_buf(),
        dir.path().join("missing.txt"),
    ] {
        let out = sanad(&["claims", path.to_str().unwrap()]);
        assert_one_line_error(&out, 1);
    }
}

#[test]
fn export_and_merge_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.sanad");
    let ours = dir.path().join("ours.sanad");
    let theirs = dir.path().join("theirs.sanad");
    let out = dir.path().join("merged.sanad");
    let b = base.to_str().unwrap();
    assert!(sanad(&["new", SAMPLE, "-o", b]).status.success());
    std::fs::copy(&base, &ours).unwrap();
    std::fs::copy(&base, &theirs).unwrap();
    let (o, t) = (ours.to_str().unwrap(), theirs.to_str().unwrap());
    assert!(
        sanad(&["set", o, "--claim", "3", "--verdict", "verified"])
            .status
            .success()
    );
    assert!(
        sanad(&["set", t, "--claim", "3", "--verdict", "false"])
            .status
            .success()
    );

    for format in ["claimreview", "csv", "markdown", "html"] {
        let exported = sanad(&["export", o, "--format", format]);
        assert!(exported.status.success(), "{format}: {}", stderr(&exported));
        assert!(!exported.stdout.is_empty());
    }
    let html = dir.path().join("report.html");
    assert!(
        sanad(&[
            "export",
            o,
            "--format",
            "html",
            "-o",
            html.to_str().unwrap()
        ])
        .status
        .success()
    );
    assert!(std::fs::read_to_string(&html).unwrap().contains("<html"));

    let merged = sanad(&["merge", o, t, "--base", b, "-o", out.to_str().unwrap()]);
    assert_eq!(merged.status.code(), Some(1), "conflicts exit 1");
    assert!(stdout(&merged).contains("claim 3 verdict"));
    assert!(sanad::store::load(&out).unwrap().conflicts.len() == 1);

    let other = dir.path().join("other.txt");
    std::fs::write(&other, "A different article entirely.").unwrap();
    let other_review = dir.path().join("other.sanad");
    assert!(
        sanad(&[
            "new",
            other.to_str().unwrap(),
            "-o",
            other_review.to_str().unwrap()
        ])
        .status
        .success()
    );
    let refused = sanad(&[
        "merge",
        o,
        other_review.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_one_line_error(&refused, 1);
}

#[test]
fn web_pages_and_legacy_encodings_open_as_articles() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<html><head><title>T</title><link rel=canonical href=\"https://x.example/a\"></head>\
         <body><nav>menu</nav><article><p>قال ماسك إن الشركة تعمل.</p><script>x()</script></article></body></html>",
    )
    .unwrap();
    let review = dir.path().join("page.sanad");
    assert!(
        sanad(&[
            "new",
            page.to_str().unwrap(),
            "-o",
            review.to_str().unwrap()
        ])
        .status
        .success()
    );
    let loaded = sanad::store::load(&review).unwrap();
    assert_eq!(loaded.article.text, "قال ماسك إن الشركة تعمل.");
    assert_eq!(
        loaded.article.source_url.as_deref(),
        Some("https://x.example/a")
    );
    assert_eq!(loaded.article.source_sha256.len(), 64);

    let legacy = dir.path().join("legacy.txt");
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(SAMPLE_TEXT);
    std::fs::write(&legacy, &bytes).unwrap();
    let out = sanad(&["claims", legacy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["language"], "ar");

    let pdf = dir.path().join("report.pdf");
    std::fs::write(&pdf, b"%PDF-1.7").unwrap();
    let out = sanad(&["claims", pdf.to_str().unwrap()]);
    assert_one_line_error(&out, 1);
    assert!(stderr(&out).contains("unsupported format"));
}

const SAMPLE_TEXT: &str = "ذكرت صحيفة فاينانشيال تايمز أن إيلون ماسك يخطط لإطلاق شركة ذكاء اصطناعي ناشئة من شأنها أن تتنافس مع شركة أوبن أيه آي.";

#[test]
fn the_language_can_be_told_and_an_unknown_one_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    // Short Danish: "kl." is an abbreviation in Danish only.
    let article = dir.path().join("kort.txt");
    std::fs::write(&article, "Mødet starter kl. 8 i morgen. Vi ses.\n").unwrap();
    let arg = article.to_str().unwrap();
    let out = sanad(&["claims", arg, "--lang", "da"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["language"], "da");
    assert_eq!(json["sentences"].as_array().unwrap().len(), 2);

    let review = dir.path().join("kort.sanad");
    let out = sanad(&["new", arg, "-o", review.to_str().unwrap(), "--lang", "DA"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(sanad::store::load(&review).unwrap().article.language, "da");

    for command in ["claims", "new"] {
        let out = sanad(&[command, arg, "--lang", "klingon"]);
        assert_one_line_error(&out, 2);
        assert!(
            stderr(&out).contains("unknown language"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn each_sentence_of_a_mixed_article_carries_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("mixed.txt");
    std::fs::write(
        &article,
        "قال وزير المالية إن العجز تراجع إلى ستة في المئة هذا العام.\nDr. Jane Holt of the U.S. Treasury said the figure was accurate. She said it would be revised.\nوأكد البنك المركزي أن التضخم سينخفض.\n",
    )
    .unwrap();
    let out = sanad(&["claims", article.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["language"], "ar");
    let languages: Vec<&str> = json["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["language"].as_str().unwrap())
        .collect();
    // The English paragraph is cut with English rules: "Dr." and "U.S." end nothing.
    assert_eq!(languages, ["ar", "en", "en", "ar"], "{json}");
    let speakers: Vec<&str> = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["attributed_to"].as_str())
        .collect();
    assert!(speakers.contains(&"Dr. Jane Holt"), "{speakers:?}");
}

#[test]
fn completions_the_manual_page_and_the_version_come_from_the_same_definitions() {
    for (shell, marker) in [
        ("bash", "_sanad()"),
        ("zsh", "#compdef sanad"),
        ("fish", "complete -c sanad"),
    ] {
        let out = sanad(&["completions", shell]);
        assert!(out.status.success(), "{}", stderr(&out));
        let script = stdout(&out);
        assert!(
            script.contains(marker),
            "{shell}: {}",
            &script[..script.len().min(200)]
        );
        // Every subcommand is completed, the newest too.
        for command in ["archive", "sources", "export", "library"] {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
    }
    let out = sanad(&["completions", "tcsh-or-so"]);
    assert_eq!(out.status.code(), Some(2));
    let out = sanad(&["manpage"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH sanad"),
        "{}",
        &page[..200]
    );
    assert!(page.contains(".TH sanad 1"), "{}", &page[..300]);
    assert!(page.contains("archive"));
    let out = sanad(&["--version"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let version = stdout(&out);
    assert!(
        version.starts_with(&format!("sanad {}", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    // Built from this git checkout, the version names its commit.
    if std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(".git")
        .exists()
    {
        assert!(version.contains("(commit "), "{version}");
    }
}

#[test]
fn the_desktop_files_are_installed_into_the_data_folder_and_removed_again() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_sanad"))
            .args(args)
            .env("XDG_DATA_HOME", &data)
            .env("HOME", home.path())
            .output()
            .unwrap()
    };
    let out = run(&["install-desktop"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let entry = std::fs::read_to_string(data.join("applications/sanad.desktop")).unwrap();
    assert!(
        entry.contains(&format!("\nExec={} %f\n", env!("CARGO_BIN_EXE_sanad"))),
        "{entry}"
    );
    assert!(entry.contains("MimeType=application/x-sanad-review;"));
    assert!(entry.contains("Name[ar]=سند"));
    let mime = std::fs::read_to_string(data.join("mime/packages/sanad.xml")).unwrap();
    assert!(mime.contains(r#"<glob pattern="*.sanad"/>"#));
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        assert!(
            data.join(format!("icons/hicolor/{size}x{size}/apps/sanad.png"))
                .is_file()
        );
    }
    assert!(data.join("icons/hicolor/scalable/apps/sanad.svg").is_file());
    if which("desktop-file-validate") {
        let check = Command::new("desktop-file-validate")
            .arg(data.join("applications/sanad.desktop"))
            .output()
            .unwrap();
        assert!(check.status.success(), "{}", stdout(&check));
    }
    if which("update-mime-database") {
        // The database made from it knows the type by its name.
        let globs = std::fs::read_to_string(data.join("mime/globs2")).unwrap();
        assert!(
            globs.contains("application/x-sanad-review:*.sanad"),
            "{globs}"
        );
    }
    if which("xdg-mime") && which("update-mime-database") {
        // The desktop's own query knows a review by its name and, renamed, by its first line.
        let review = home.path().join("x.sanad");
        let out = sanad(&["new", SAMPLE, "-o", review.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
        let unnamed = home.path().join("no-extension");
        std::fs::copy(&review, &unnamed).unwrap();
        for file in [&review, &unnamed] {
            let query = Command::new("xdg-mime")
                .args(["query", "filetype"])
                .arg(file)
                .env("XDG_DATA_HOME", &data)
                .output()
                .unwrap();
            assert_eq!(stdout(&query).trim(), "application/x-sanad-review");
        }
    }
    let out = run(&["install-desktop", "--uninstall"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let left: Vec<_> = walk(&data);
    assert!(left.is_empty(), "left behind: {left:?}");
    assert!(!data.join("applications/sanad.desktop").exists());
    assert!(!data.join("mime/packages/sanad.xml").exists());
    assert!(!data.join("icons/hicolor/48x48/apps/sanad.png").exists());
    assert!(!data.join("icons/hicolor/scalable/apps/sanad.svg").exists());
    if which("update-mime-database") {
        let globs = std::fs::read_to_string(data.join("mime/globs2")).unwrap_or_default();
        assert!(!globs.contains("sanad"), "{globs}");
    }
    // Removing again is not an error.
    assert!(run(&["install-desktop", "--uninstall"]).status.success());
}

/// Every file below `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            if entry.path().is_dir() {
                folders.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
    }
    files
}

/// Whether `tool` is on the PATH.
fn which(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(tool).is_file()))
}
