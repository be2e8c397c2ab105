//! The whole command line against generated hostile input, each case within a time bound:
//! nothing a file, a colleague or a pipe does makes Sanad crash, hang or lose work. Each class
//! is tried in several shapes, so that a fix of one example does not pass for a fix of the
//! cause.

use crate::support::{assert_ok, assert_one_line_refusal, run_bounded, sanad_in, stderr, stdout};
use sanad::model::{ClaimId, Command, Evidence, Review, Span, Verdict, apply};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

const SAMPLE: &str = include_str!("../../assets/samples/ar-musk-ai-startup.txt");

fn sample_review() -> Review {
    let article = sanad::import::article_from_text(SAMPLE.to_string(), "UTF-8", "sample");
    sanad::review_from_article(article)
}

fn save(review: &Review, path: &Path) -> PathBuf {
    sanad::store::save(review, path).unwrap();
    path.to_path_buf()
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A review whose claims overlap and nest in every way: inside one claim, across two,
/// the same span twice, a claim over the whole text.
fn overlapping_review() -> Review {
    let mut review = sample_review();
    let text_len = review.article.text.len();
    let text = review.article.text.clone();
    let boundary = |mut at: usize| {
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let spans: Vec<Span> = [
        (0, text_len),
        (
            review.claims[2].span.start + 2,
            review.claims[3].span.end - 2,
        ),
        (review.claims[4].span.start, review.claims[4].span.end),
        (
            review.claims[5].span.start + 4,
            review.claims[5].span.start + 20,
        ),
        (
            review.claims[5].span.start + 8,
            review.claims[6].span.start + 12,
        ),
    ]
    .iter()
    .map(|&(a, b)| Span::new(boundary(a), boundary(b)))
    .collect();
    for span in spans {
        apply(&mut review, Command::AddClaim { span }, "t").unwrap();
    }
    let ids: Vec<ClaimId> = review.claims.iter().map(|c| c.id).collect();
    for (n, id) in ids.into_iter().enumerate() {
        let verdict = Verdict::ALL[n % 7];
        let _ = apply(&mut review, Command::SetVerdict { claim: id, verdict }, "t");
    }
    review
}

#[test]
fn overlapping_and_nested_claims_export_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let review = overlapping_review();
    let path = save(&review, &dir.path().join("overlap.sanad"));
    assert_ok(&sanad_in(dir.path(), &["check", arg(&path)]));
    for format in ["html", "markdown", "csv", "claimreview"] {
        let out = sanad_in(dir.path(), &["export", arg(&path), "--format", format]);
        assert_ok(&out);
        assert!(!out.stdout.is_empty(), "{format}");
    }
    let out = sanad_in(dir.path(), &["export", arg(&path), "--format", "html"]);
    let html = stdout(&out);
    // Every byte of the article is in the report once, marked or not.
    let marks = html.matches("<mark ").count();
    assert!(marks > review.claims.len(), "{marks} marks");
    assert_eq!(
        html.matches("<mark ").count(),
        html.matches("</mark>").count()
    );
}

#[test]
fn deeply_nested_pages_open_in_every_shape() {
    let dir = tempfile::tempdir().unwrap();
    let shapes = [
        format!(
            "<html><body><p>{}deep{}</p></body></html>",
            "<b>".repeat(25_000),
            "</b>".repeat(25_000)
        ),
        format!("<div>{}text", "<div>".repeat(60_000)),
        format!("<body>{}x</body>", "<span><i>".repeat(40_000)),
        format!("<table>{}<td>cell", "<table><tr>".repeat(30_000)),
        format!("{}<p>after", "<ul><li>".repeat(30_000)),
    ];
    for (n, page) in shapes.iter().enumerate() {
        let path = dir.path().join(format!("deep{n}.html"));
        std::fs::write(&path, page).unwrap();
        let out = sanad_in(dir.path(), &["claims", arg(&path), "--format", "tsv"]);
        assert_ok(&out);
    }
}

#[test]
fn a_closed_pipe_ends_the_output_quietly_and_a_full_disk_is_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    // Long enough (over 512 KB) to be read and printed on two threads where there are two.
    std::fs::write(&big, SAMPLE.repeat(160)).unwrap();
    let review = save(&sample_review(), &dir.path().join("r.sanad"));
    for args in [
        vec!["claims", arg(&big)],
        vec!["claims", arg(&big), "--format", "tsv"],
        vec!["export", arg(&review), "--format", "html"],
        vec!["check", arg(&review)],
        vec!["--help"],
    ] {
        // The reader closes its end at once: `| head -c0`.
        let mut command = Process::new(env!("CARGO_BIN_EXE_sanad"));
        command
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(out.stderr.is_empty(), "{args:?}: {}", stderr(&out));
    }
    if Path::new("/dev/full").exists() {
        for args in [
            vec!["export", arg(&review), "--format", "csv"],
            vec!["claims", arg(&big)],
            vec!["claims", arg(&big), "--format", "tsv"],
            vec!["check", arg(&review)],
            vec!["--help"],
            vec!["export", "--help"],
        ] {
            let mut command = Process::new(env!("CARGO_BIN_EXE_sanad"));
            command
                .args(&args)
                .stdout(std::fs::File::create("/dev/full").unwrap())
                .stderr(Stdio::piped());
            let out = run_bounded(command, &args);
            let err = assert_one_line_refusal(&out, 1);
            assert!(err.contains("could not write the output"), "{err}");
        }
    }
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    assert!(Process::new("mkfifo").arg(path).status().unwrap().success());
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_are_refused_never_read_or_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let fifo_article = d.join("f.txt");
    let fifo_review = d.join("g.sanad");
    mkfifo(&fifo_article);
    mkfifo(&fifo_review);
    let review = save(&sample_review(), &d.join("r.sanad"));
    let cases: Vec<Vec<&str>> = vec![
        vec!["new", arg(&fifo_article)],
        vec!["new", arg(&fifo_article), "-o", "x.sanad"],
        vec!["claims", arg(&fifo_article)],
        vec!["check", arg(&fifo_review)],
        vec![
            "set",
            arg(&fifo_review),
            "--claim",
            "1",
            "--verdict",
            "false",
        ],
        vec!["export", arg(&fifo_review), "--format", "csv"],
        vec!["merge", arg(&fifo_review), arg(&review), "-o", "m.sanad"],
        vec![
            "reanchor",
            arg(&review),
            arg(&fifo_article),
            "-o",
            "y.sanad",
        ],
    ];
    for args in &cases {
        let err = assert_one_line_refusal(&sanad_in(d, args), 1);
        assert!(err.contains("FIFO"), "{args:?}: {err}");
    }
    // A FIFO, a device or a read-only file named as the output is refused, even with
    // --force, and is still what it was, with no .bak beside it.
    let readonly = d.join("readonly.sanad");
    std::fs::write(&readonly, "keep me").unwrap();
    let mut permissions = std::fs::metadata(&readonly).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&readonly, permissions).unwrap();
    let mut outputs = vec![fifo_review.clone(), readonly.clone()];
    let device = d.join("null-copy");
    let made_device = Process::new("mknod")
        .args([arg(&device), "c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success());
    if made_device {
        outputs.push(device.clone());
    }
    for output in &outputs {
        for args in [
            vec!["new", SAMPLE_PATH, "-o", arg(output), "--force"],
            vec![
                "export",
                arg(&review),
                "--format",
                "csv",
                "-o",
                arg(output),
                "--force",
            ],
            vec![
                "merge",
                arg(&review),
                arg(&review),
                "-o",
                arg(output),
                "--force",
            ],
        ] {
            let err = assert_one_line_refusal(&sanad_in(d, &args), 1);
            assert!(
                err.contains("not replaced") || err.contains("FIFO"),
                "{err}"
            );
        }
        let meta = std::fs::symlink_metadata(output).unwrap();
        assert!(
            !meta.is_file() || output == &readonly,
            "{output:?} was replaced"
        );
        assert!(
            !d.join(format!(
                "{}.bak",
                output.file_name().unwrap().to_string_lossy()
            ))
            .exists()
        );
    }
    assert_eq!(std::fs::read_to_string(&readonly).unwrap(), "keep me");
}

const SAMPLE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/samples/ar-musk-ai-startup.txt"
);

#[test]
fn adversarial_shapes_stay_fast() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let shapes: Vec<(&str, String)> = vec![
        ("brackets.md", "[a".repeat(300_000)),
        ("tags.md", "<a".repeat(300_000)),
        ("links.md", "[a](".repeat(200_000)),
        ("images.md", "![a]".repeat(200_000)),
        ("run.txt", "a".repeat(300_000)),
        ("arabic-run.txt", "ب".repeat(150_000)),
        ("dots.txt", "A. ".repeat(100_000)),
        // One long claim that repeats itself, and many claims that are the same line.
        ("said.txt", "said ".repeat(60_000)),
        ("lines.txt", "x\n".repeat(30_000)),
        ("bullets.md", "- a\n".repeat(30_000)),
    ];
    let review = save(&sample_review(), &d.join("r.sanad"));
    for (name, content) in &shapes {
        let path = d.join(name);
        std::fs::write(&path, content).unwrap();
        let out_path = d.join(format!("{name}.sanad"));
        assert_ok(&sanad_in(d, &["new", arg(&path), "-o", arg(&out_path)]));
        assert_ok(&sanad_in(d, &["check", arg(&out_path)]));
        // Re-anchoring a review to that text, and that text's review to another.
        let to_shape = d.join(format!("{name}.re.sanad"));
        assert_ok(&sanad_in(
            d,
            &["reanchor", arg(&review), arg(&path), "-o", arg(&to_shape)],
        ));
        assert_ok(&sanad_in(d, &["check", arg(&to_shape)]));
        let changed = d.join(format!("changed-{name}"));
        std::fs::write(&changed, format!("x{content}y")).unwrap();
        let back = d.join(format!("{name}.back.sanad"));
        assert_ok(&sanad_in(
            d,
            &["reanchor", arg(&out_path), arg(&changed), "-o", arg(&back)],
        ));
    }
}

#[test]
fn twelve_writers_at_once_keep_all_twelve_edits() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let review = save(&sample_review(), &d.join("r.sanad"));
    let children: Vec<_> = (1..=12)
        .map(|claim| {
            Process::new(env!("CARGO_BIN_EXE_sanad"))
                .args([
                    "set",
                    arg(&review),
                    "--claim",
                    &claim.to_string(),
                    "--verdict",
                    "false",
                    "--note",
                    &format!("writer {claim}"),
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let saved = sanad::store::load(&review).unwrap();
    for claim in 1..=12 {
        let c = saved.claim(ClaimId(claim)).unwrap();
        assert_eq!(c.verdict, Verdict::False, "claim {claim} lost its verdict");
        assert_eq!(
            c.note,
            format!("writer {claim}"),
            "claim {claim} lost its note"
        );
    }
}

#[test]
fn merges_write_only_reviews_that_load_and_carry_everything_over() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = sample_review();
    // Ids at the end of their range on both sides.
    let mut ours = base.clone();
    ours.next_claim_id = u32::MAX - 1;
    apply(
        &mut ours,
        Command::AddClaim {
            span: base.claims[1].span,
        },
        "o",
    )
    .unwrap();
    let mut theirs = base.clone();
    theirs.next_claim_id = u32::MAX - 1;
    let across = Span::new(base.claims[2].span.start, base.claims[3].span.end);
    apply(&mut theirs, Command::AddClaim { span: across }, "t").unwrap();
    let (o, t) = (
        save(&ours, &d.join("o.sanad")),
        save(&theirs, &d.join("t.sanad")),
    );
    let out = sanad_in(d, &["merge", arg(&o), arg(&t), "-o", "m.sanad"]);
    assert_one_line_refusal(&out, 1);
    assert!(!d.join("m.sanad").exists());

    // Their review segmented differently (another engine version), with orphans and
    // unresolved conflicts of its own.
    let mut theirs = base.clone();
    theirs.article.sentences = vec![Span::new(0, theirs.article.text.len())];
    for claim in &mut theirs.claims {
        claim.sentence = 0;
    }
    let theirs_span = Span::new(base.claims[3].span.start, base.claims[4].span.end);
    apply(&mut theirs, Command::AddClaim { span: theirs_span }, "t").unwrap();
    let mut orphan = theirs.claims[0].clone();
    orphan.id = ClaimId(theirs.next_claim_id);
    theirs.next_claim_id += 1;
    orphan.quote = sanad::model::QuoteSelector::for_span(&theirs.article.text, orphan.span);
    theirs.orphans.push(orphan);
    theirs.conflicts.push(sanad::model::Conflict {
        claim: ClaimId(2),
        field: "note".into(),
        ours: "a".into(),
        theirs: "b".into(),
    });
    let mut ours = base.clone();
    let ours_span = Span::new(base.claims[5].span.start, base.claims[6].span.end);
    apply(&mut ours, Command::AddClaim { span: ours_span }, "o").unwrap();
    let (o, t) = (
        save(&ours, &d.join("o2.sanad")),
        save(&theirs, &d.join("t2.sanad")),
    );
    let out = sanad_in(d, &["merge", arg(&o), arg(&t), "-o", "m2.sanad"]);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    let merged = sanad::store::load(&d.join("m2.sanad")).expect("the merge loads");
    assert_eq!(merged.orphans.len(), 1, "their orphan came along");
    assert!(
        merged.conflicts.iter().any(|c| c.field == "note"),
        "their conflict came along"
    );
    assert_eq!(merged.claims.len(), base.claims.len() + 2);

    // git's merge driver with a base that is not a review: refused, ours untouched.
    let bad_base = d.join("base.sanad");
    std::fs::write(&bad_base, "garbage").unwrap();
    let before = std::fs::read(&o).unwrap();
    let out = sanad_in(d, &["merge-driver", arg(&bad_base), arg(&o), arg(&t)]);
    assert_one_line_refusal(&out, 1);
    assert_eq!(std::fs::read(&o).unwrap(), before);
    // An empty base (both sides added the file) is a two-way merge.
    std::fs::write(&bad_base, "").unwrap();
    let out = sanad_in(d, &["merge-driver", arg(&bad_base), arg(&o), arg(&t)]);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    sanad::store::load(&o).unwrap();
}

#[cfg(unix)]
#[test]
fn saving_through_a_link_writes_the_file_it_points_to() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("real")).unwrap();
    let target = save(&sample_review(), &d.join("real/r.sanad"));
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = d.join("link.sanad");
    std::os::unix::fs::symlink("real/r.sanad", &link).unwrap();
    let out = sanad_in(
        d,
        &["set", "link.sanad", "--claim", "2", "--verdict", "false"],
    );
    assert_ok(&out);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let saved = sanad::store::load(&target).unwrap();
    assert_eq!(saved.claim(ClaimId(2)).unwrap().verdict, Verdict::False);
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn hostile_addresses_never_reach_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let page = d.join("page.html");
    std::fs::write(
        &page,
        r#"<html><head><link rel="canonical" href="javascript:alert(1)"><title>T</title></head><body><p>The minister said growth reached 3 percent in 2025.</p></body></html>"#,
    )
    .unwrap();
    let review = d.join("page.sanad");
    assert_ok(&sanad_in(d, &["new", arg(&page), "-o", arg(&review)]));
    for address in [
        "https://a.example/>[x](javascript:alert(1))<",
        "https://paypal.com\u{202e}lmth.xe\u{202c}@evil.example/",
        "https://a.example/\u{200b}",
        "https://user@evil.example/",
        "javascript:alert(1)",
    ] {
        let out = sanad_in(
            d,
            &["set", arg(&review), "--claim", "1", "--source", address],
        );
        assert_one_line_refusal(&out, 1);
    }
    // A stranger's review holds them anyway: the exports leave them out.
    let mut r = sanad::store::load(&review).unwrap();
    for url in [
        "https://a.example/>[x](javascript:alert(1))<",
        "javascript:alert(2)",
    ] {
        let evidence = Evidence {
            url: Some(url.into()),
            ..Evidence::default()
        };
        apply(
            &mut r,
            Command::AddEvidence {
                claim: ClaimId(1),
                evidence,
            },
            "x",
        )
        .unwrap();
    }
    apply(
        &mut r,
        Command::SetVerdict {
            claim: ClaimId(1),
            verdict: Verdict::False,
        },
        "x",
    )
    .unwrap();
    r.article.source_url = Some("javascript:alert(3)".into());
    let stranger = save(&r, &d.join("stranger.sanad"));
    for format in ["markdown", "claimreview", "html", "csv"] {
        let out = sanad_in(d, &["export", arg(&stranger), "--format", format]);
        assert_ok(&out);
        assert!(
            !stdout(&out).contains("javascript"),
            "{format}: {}",
            stdout(&out)
        );
    }
}

#[test]
fn terminal_output_is_one_line_per_message() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut r = sample_review();
    r.article.title = "Title\x1b[2J\x1b]0;owned\x07\nforged: valid\u{202e}".into();
    let path = save(&r, &d.join("t.sanad"));
    let out = sanad_in(d, &["check", arg(&path)]);
    assert_ok(&out);
    let text = stdout(&out);
    assert!(
        !text.contains('\x1b') && !text.contains('\u{202e}'),
        "{text:?}"
    );
    assert!(!text.lines().any(|l| l.starts_with("forged")), "{text}");
    // A damaged file's parser message quotes it: still one line.
    let broken = d.join("broken.sanad");
    std::fs::write(
        &broken,
        "(\n  format: \"sanad-review\",\n  version: 1,\n  created: \"x\x1b[31m\nline\",\n",
    )
    .unwrap();
    assert_one_line_refusal(&sanad_in(d, &["check", arg(&broken)]), 1);
}

#[test]
fn smaller_promises() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let review = save(&sample_review(), &d.join("r.sanad"));
    let text = std::fs::read_to_string(&review).unwrap();
    // git's autocrlf, and an editor's byte-order mark.
    let crlf = d.join("crlf.sanad");
    std::fs::write(&crlf, format!("\u{feff}{}", text.replace('\n', "\r\n"))).unwrap();
    assert_ok(&sanad_in(d, &["check", arg(&crlf)]));
    assert_ok(&sanad_in(
        d,
        &["set", arg(&crlf), "--claim", "1", "--verdict", "false"],
    ));
    // An existing output is kept unless --force.
    let existing = d.join("existing.out");
    std::fs::write(&existing, "keep").unwrap();
    for args in [
        vec![
            "export",
            arg(&review),
            "--format",
            "csv",
            "-o",
            arg(&existing),
        ],
        vec!["merge", arg(&review), arg(&review), "-o", arg(&existing)],
        vec!["reanchor", arg(&review), SAMPLE_PATH, "-o", arg(&existing)],
        vec!["new", SAMPLE_PATH, "-o", arg(&existing)],
    ] {
        let err = assert_one_line_refusal(&sanad_in(d, &args), 1);
        assert!(err.contains("--force"), "{err}");
    }
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep");
    // A review is not an article.
    let err = assert_one_line_refusal(&sanad_in(d, &["new", arg(&review), "-o", "x.sanad"]), 1);
    assert!(err.contains("is a Sanad review"), "{err}");
    let renamed = d.join("review-as.txt");
    std::fs::copy(&review, &renamed).unwrap();
    assert_one_line_refusal(&sanad_in(d, &["new", arg(&renamed), "-o", "y.sanad"]), 1);
    // A long file name saves, with its backup and lock.
    let long = d.join(format!("{}.sanad", "ن".repeat(120)));
    assert_ok(&sanad_in(d, &["new", SAMPLE_PATH, "-o", arg(&long)]));
    assert_ok(&sanad_in(
        d,
        &["set", arg(&long), "--claim", "1", "--verdict", "false"],
    ));
    assert_ok(&sanad_in(
        d,
        &["set", arg(&long), "--claim", "2", "--verdict", "false"],
    ));
    // An orphan is validated like a claim.
    let mut r = sample_review();
    let mut orphan = r.claims[0].clone();
    orphan.quote = sanad::model::QuoteSelector::for_span(&r.article.text, orphan.span);
    r.orphans.push(orphan); // the same id as claim 1
    let dup = save(&r, &d.join("dup.sanad"));
    let err = assert_one_line_refusal(&sanad_in(d, &["check", arg(&dup)]), 1);
    assert!(err.contains("used twice"), "{err}");
}

#[test]
fn no_message_repeats_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let review = save(&sample_review(), &d.join("r.sanad"));
    let empty = d.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let missing = "missing-file.sanad";
    for args in [
        vec!["check", missing],
        vec!["set", missing, "--claim", "1", "--verdict", "false"],
        vec!["export", missing, "--format", "csv"],
        vec!["new", "missing-article.txt"],
        vec!["new", arg(&empty)],
        vec!["claims", arg(&empty)],
        vec!["merge", missing, arg(&review), "-o", "m.sanad"],
        vec![
            "reanchor",
            arg(&review),
            "missing-article.txt",
            "-o",
            "n.sanad",
        ],
        vec!["check", d.to_str().unwrap()],
        vec!["set", arg(&review), "--claim", "999", "--verdict", "false"],
    ] {
        let err = assert_one_line_refusal(&sanad_in(d, &args), 1);
        let named = args.iter().skip(1).find(|a| err.contains(**a));
        if let Some(path) = named {
            assert_eq!(err.matches(*path).count(), 1, "{args:?}: {err}");
        }
    }
}

#[test]
fn usage_errors_are_one_line_too() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["set", "r.sanad", "--bogus"],
        vec!["export", "r.sanad"],
        vec!["export", "r.sanad", "--format", "pdf"],
        vec!["set", "r.sanad", "--claim", "\u{1b}[2J"],
        vec!["frobnicate", "--now"],
    ] {
        let err = assert_one_line_refusal(&sanad_in(dir.path(), &args), 2);
        assert!(err.contains("--help"), "{args:?}: {err}");
    }
    assert_ok(&sanad_in(dir.path(), &["--help"]));
}
