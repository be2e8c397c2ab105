//! Fetching, archiving, excerpt checks and link checks against a real HTTP server on
//! 127.0.0.1, started by each test.

#[path = "../common/web_server.rs"]
pub(crate) mod web_server;

use sanad::model::{ClaimId, Evidence, sha256_hex_bytes};
use sanad::sources::{
    ExcerptCheck, FetchError, Limits, LinkState, OpenError, PageError, SnapshotFolder,
    SnapshotState, archive_commands, archive_page, archive_sources, check_excerpt, check_links,
    fetch, open_article, unarchived_sources,
};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};
use web_server::{Reply, WebServer};

const PAGE: &str = r#"<!doctype html><html><head><title>Spending report</title></head>
<body><nav>Home | World</nav><article><h1>Spending rose</h1>
<p>The ministry said spending rose 4% in 2025, the largest rise in a decade.</p>
<p>Officials said the figure would be revised in March.</p></article>
<footer>© News</footer></body></html>"#;

fn no_cancel() -> AtomicBool {
    AtomicBool::new(false)
}

fn quick() -> Limits {
    Limits {
        timeout: Duration::from_secs(2),
        ..Limits::default()
    }
}

/// "مرحبا بالعالم" in Windows-1256.
const ARABIC_1256: &[u8] = &[
    0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x20, 0xC8, 0xC7, 0xE1, 0xDA, 0xC7, 0xE1, 0xE3,
];

fn arabic_page(head: &str) -> Vec<u8> {
    let mut page = format!("<html><head>{head}</head><body><p>").into_bytes();
    page.extend_from_slice(ARABIC_1256);
    page.extend_from_slice(b"</p></body></html>");
    page
}

#[test]
fn an_article_opens_from_its_address_with_its_provenance() {
    let server = WebServer::start(|path, _| match path {
        "/old" => Reply::redirect(301, "/story"),
        "/story" => Reply::html(PAGE),
        _ => Reply::status(404),
    });
    let before = sanad::model::now();
    let article = open_article(&server.url("/old"), None, &quick(), &no_cancel()).unwrap();
    assert_eq!(article.title, "Spending report");
    assert_eq!(
        article.text,
        "Spending rose\nThe ministry said spending rose 4% in 2025, the largest rise in a decade.\n\
         Officials said the figure would be revised in March."
    );
    let capture = article.fetched.as_ref().unwrap();
    assert_eq!(capture.requested, server.url("/old"));
    assert_eq!(capture.final_url, server.url("/story"));
    assert_eq!(capture.status, 200);
    assert_eq!(capture.sha256, sha256_hex_bytes(PAGE.as_bytes()));
    assert_eq!(article.source_sha256, capture.sha256);
    assert!(capture.fetched_at >= before);
    assert!(!article.sentences.is_empty());
    // Nothing that identifies the reader is sent.
    for request in server.requests() {
        let lower = request.to_ascii_lowercase();
        assert!(
            !lower.contains("cookie") && !lower.contains("authorization"),
            "{request}"
        );
    }
}

#[test]
fn the_charset_comes_from_the_header_then_the_meta_then_detection() {
    let server = WebServer::start(|path, _| match path {
        "/header" => Reply::ok("text/html; charset=windows-1256", arabic_page("")),
        "/meta" => Reply::ok("text/html", arabic_page(r#"<meta charset="windows-1256">"#)),
        "/guess" => Reply::ok("text/html", arabic_page("")),
        "/text" => Reply::ok("text/plain; charset=windows-1256", ARABIC_1256.to_vec()),
        _ => Reply::status(404),
    });
    for path in ["/header", "/meta", "/guess", "/text"] {
        let article = open_article(&server.url(path), None, &quick(), &no_cancel()).unwrap();
        assert_eq!(article.text, "مرحبا بالعالم", "{path}");
    }
}

#[test]
fn redirects_are_bounded_and_only_to_web_addresses() {
    let server = WebServer::start(|path, _| match path {
        "/loop" => Reply::redirect(302, "/loop"),
        "/file" => Reply::redirect(302, "file:///etc/passwd"),
        "/script" => Reply::redirect(307, "javascript:alert(1)"),
        "/nowhere" => Reply::Page {
            status: 302,
            headers: Vec::new(),
            body: Vec::new(),
        },
        _ => Reply::status(404),
    });
    let err = fetch(&server.url("/loop"), &quick(), &no_cancel()).unwrap_err();
    assert!(
        matches!(err, FetchError::TooManyRedirects { limit: 10, .. }),
        "{err}"
    );
    assert_eq!(server.hits("/loop"), 11);
    for path in ["/file", "/script"] {
        let err = fetch(&server.url(path), &quick(), &no_cancel()).unwrap_err();
        assert!(
            matches!(err, FetchError::BadAddress { .. }),
            "{path}: {err}"
        );
    }
    let err = fetch(&server.url("/nowhere"), &quick(), &no_cancel()).unwrap_err();
    assert!(matches!(err, FetchError::BadRedirect(_)), "{err}");
    let err = fetch("ftp://127.0.0.1/x", &quick(), &no_cancel()).unwrap_err();
    assert!(matches!(err, FetchError::BadAddress { .. }), "{err}");
}

#[test]
fn errors_slow_servers_endless_bodies_and_pdfs_are_refused_with_one_line() {
    let server = WebServer::start(|path, _| match path {
        "/gone" => Reply::status(410),
        "/missing" => Reply::status(404),
        "/slow" => Reply::Slow(Duration::from_secs(5)),
        "/endless" => Reply::Endless,
        "/report.pdf" => Reply::ok("application/pdf", b"%PDF-1.7 ...".to_vec()),
        "/image" => Reply::ok("image/png", b"\x89PNG....".to_vec()),
        _ => Reply::status(404),
    });
    let open = |path: &str, limits: &Limits| {
        open_article(&server.url(path), None, limits, &no_cancel()).unwrap_err()
    };
    assert!(matches!(
        open("/gone", &quick()),
        OpenError::Page(PageError::Status { status: 410, .. })
    ));
    assert!(
        open("/missing", &quick())
            .to_string()
            .ends_with("answered 404 (not found)")
    );
    let started = Instant::now();
    let slow = Limits {
        timeout: Duration::from_millis(800),
        ..Limits::default()
    };
    assert!(matches!(
        open("/slow", &slow),
        OpenError::Fetch(FetchError::Timeout { .. })
    ));
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    let small = Limits {
        max_bytes: 1024 * 1024,
        ..quick()
    };
    assert!(matches!(
        open("/endless", &small),
        OpenError::Fetch(FetchError::TooLarge { .. })
    ));
    let pdf = open("/report.pdf", &quick()).to_string();
    assert!(pdf.contains("serves a PDF; save it and"), "{pdf}");
    assert!(!pdf.contains('\n'));
    assert!(
        open("/image", &quick())
            .to_string()
            .contains("serves image/png")
    );
    let err = fetch("http://127.0.0.1:1/", &quick(), &no_cancel()).unwrap_err();
    assert!(matches!(err, FetchError::Unreachable { .. }), "{err}");
}

#[test]
fn a_cancelled_fetch_stops() {
    let server = WebServer::start(|_, _| Reply::Endless);
    let cancel = AtomicBool::new(true);
    let err = fetch(&server.url("/"), &quick(), &cancel).unwrap_err();
    assert!(matches!(err, FetchError::Cancelled(_)), "{err}");
}

/// A review of a one-line article whose first claim cites `urls` with `excerpt`.
pub(crate) fn review_citing(urls: &[String], excerpt: &str) -> sanad::model::Review {
    let article = sanad::import::article_from_text(
        "The ministry said spending rose 4% in 2025.".into(),
        "UTF-8",
        "t",
    );
    let mut review = sanad::review_from_article(article);
    let claim = review.claims[0].id;
    for url in urls {
        let evidence = Evidence {
            url: Some(url.clone()),
            excerpt: excerpt.into(),
            ..Evidence::default()
        };
        sanad::model::apply(
            &mut review,
            sanad::model::Command::AddEvidence { claim, evidence },
            "t",
        )
        .unwrap();
    }
    review
}

#[test]
fn archiving_keeps_the_page_and_the_excerpt_is_checked_against_it() {
    let server = WebServer::start(|path, _| match path {
        "/story" => Reply::html(PAGE),
        "/report.pdf" => Reply::ok("application/pdf", b"%PDF-1.7 ...".to_vec()),
        _ => Reply::status(404),
    });
    let dir = tempfile::tempdir().unwrap();
    let folder = SnapshotFolder::beside(&dir.path().join("r.sanad"));
    let mut review = review_citing(
        &[
            server.url("/story"),
            server.url("/report.pdf"),
            server.url("/missing"),
        ],
        "Spending  rose ٤% in ٢٠٢٥, the largest",
    );
    let claim = review.claims[0].id;
    let todo = unarchived_sources(&review, Some(claim));
    assert_eq!(todo.len(), 3);
    let results = archive_sources(todo, &folder, &quick(), 4, &no_cancel());
    assert!(results[0].1.is_ok() && results[1].1.is_ok());
    assert!(
        results[2]
            .1
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("404")
    );
    let archived: Vec<_> = results
        .into_iter()
        .filter_map(|(s, r)| r.ok().map(|a| (s, a)))
        .collect();
    for command in archive_commands(&review, &archived) {
        sanad::model::apply(&mut review, command, "t").unwrap();
    }
    let sources = &review.claims[0].evidence;
    let page = sources[0].archive.as_ref().unwrap();
    assert_eq!(page.capture.sha256, sha256_hex_bytes(PAGE.as_bytes()));
    assert_eq!(page.title, "Spending report");
    assert_eq!(sources[0].title, "Spending report");
    assert_eq!(folder.state(&page.capture.sha256), SnapshotState::Intact);
    assert_eq!(
        folder.bytes(&page.capture.sha256, 1 << 20).unwrap(),
        PAGE.as_bytes()
    );
    // The PDF's bytes are kept and hashed; it has no text to quote from.
    let pdf = sources[1].archive.as_ref().unwrap();
    assert_eq!(folder.state(&pdf.capture.sha256), SnapshotState::Intact);
    assert!(sources[2].archive.is_none());
    assert_eq!(unarchived_sources(&review, None).len(), 1);

    match check_excerpt(&sources[0], &folder) {
        ExcerptCheck::Found { context, archived } => {
            assert_eq!(context.1, "spending rose 4% in 2025, the largest");
            assert!(context.0.ends_with("The ministry said "));
            assert_eq!(archived, page.capture.fetched_at);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        check_excerpt(&sources[1], &folder),
        ExcerptCheck::NotFound { .. }
    ));
    assert_eq!(
        check_excerpt(&sources[2], &folder),
        ExcerptCheck::NotArchived
    );
    let mut unquoted = sources[0].clone();
    unquoted.excerpt = "spending fell".into();
    assert!(matches!(
        check_excerpt(&unquoted, &folder),
        ExcerptCheck::NotFound { .. }
    ));

    // An altered snapshot is damaged; a missing folder is reported, never fatal.
    let body = folder.path().join(format!("{}.zst", page.capture.sha256));
    std::fs::write(&body, zstd::bulk::compress(b"<p>forged</p>", 3).unwrap()).unwrap();
    assert_eq!(
        check_excerpt(&sources[0], &folder),
        ExcerptCheck::SnapshotDamaged
    );
    std::fs::remove_dir_all(folder.path()).unwrap();
    assert_eq!(
        check_excerpt(&sources[0], &folder),
        ExcerptCheck::SnapshotMissing
    );
}

#[test]
fn two_reviews_citing_one_page_hold_the_same_files() {
    let server = WebServer::start(|_, _| Reply::html(PAGE));
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<_> = ["a.sanad", "b.sanad"]
        .iter()
        .map(|name| {
            let folder = SnapshotFolder::beside(&dir.path().join(name));
            archive_page(&server.url("/story"), &folder, &quick(), &no_cancel()).unwrap();
            let mut files: Vec<_> = std::fs::read_dir(folder.path())
                .unwrap()
                .map(|e| {
                    let path = e.unwrap().path();
                    (
                        path.file_name().unwrap().to_owned(),
                        std::fs::read(path).unwrap(),
                    )
                })
                .collect();
            files.sort();
            files
        })
        .collect();
    assert_eq!(names[0].len(), 2);
    assert_eq!(names[0], names[1]);
}

#[test]
fn the_link_report_tells_alive_redirected_gone_unreachable_and_changed_apart() {
    let server = WebServer::start(|path, count| match path {
        "/same" => Reply::html(PAGE),
        "/moved" => Reply::redirect(308, "/same"),
        "/gone" => Reply::status(410),
        "/missing" => Reply::status(404),
        "/broken" => Reply::status(500),
        // The page is edited after it was archived: one paragraph of two replaced.
        "/edited" if count == 0 => Reply::html(PAGE),
        "/edited" => Reply::html(&PAGE.replace(
            "Officials said the figure would be revised in March.",
            "A later correction replaced this paragraph with different words entirely now.",
        )),
        _ => Reply::status(404),
    });
    let dir = tempfile::tempdir().unwrap();
    let folder = SnapshotFolder::beside(&dir.path().join("r.sanad"));
    let paths = ["/same", "/moved", "/gone", "/missing", "/broken", "/edited"];
    let urls: Vec<String> = paths.iter().map(|p| server.url(p)).collect();
    let mut review = review_citing(&urls, "");
    let mut unreachable = review.claims[0].evidence[0].clone();
    unreachable.url = Some("http://127.0.0.1:1/".into());
    sanad::model::apply(
        &mut review,
        sanad::model::Command::AddEvidence {
            claim: ClaimId(1),
            evidence: unreachable,
        },
        "t",
    )
    .unwrap();
    let edited = unarchived_sources(&review, None)
        .into_iter()
        .filter(|s| s.url.ends_with("/edited"))
        .collect();
    let archived: Vec<_> = archive_sources(edited, &folder, &quick(), 1, &no_cancel())
        .into_iter()
        .map(|(s, r)| (s, r.unwrap()))
        .collect();
    for command in archive_commands(&review, &archived) {
        sanad::model::apply(&mut review, command, "t").unwrap();
    }
    let report = check_links(&review, Some(&folder), &quick(), 4, &no_cancel());
    let states: Vec<_> = report.iter().map(|r| r.state.clone()).collect();
    assert_eq!(
        states[0],
        LinkState::Alive {
            redirected_to: None,
            changed: None
        }
    );
    assert_eq!(
        states[1],
        LinkState::Alive {
            redirected_to: Some(server.url("/same")),
            changed: None
        }
    );
    assert_eq!(states[2], LinkState::Gone { status: 410 });
    assert_eq!(states[3], LinkState::Gone { status: 404 });
    assert_eq!(states[4], LinkState::Failing { status: 500 });
    let LinkState::Alive {
        changed: Some(share),
        ..
    } = states[5]
    else {
        panic!("{:?}", states[5]);
    };
    assert!(share > 0.3 && share < 0.9, "{share}");
    assert!(states[5].summary().contains("% of its text still there"));
    assert!(matches!(states[6], LinkState::Unreachable { .. }));
}

#[test]
fn exports_carry_the_archive_and_claimreview_does_not() {
    let mut review = review_citing(&["https://example.org/report".into()], "rose 4%");
    let hash = "ab".repeat(32);
    review.claims[0].evidence[0].archive = Some(Box::new(sanad::model::Archive {
        capture: sanad::model::Capture {
            requested: "https://example.org/report".into(),
            final_url: "https://example.org/report".into(),
            fetched_at: "2026-11-03T10:30:00Z".parse().unwrap(),
            status: 200,
            content_type: "text/html".into(),
            sha256: hash.clone(),
        },
        title: "Report".into(),
        public_copy: Some(
            "https://web.archive.org/web/20261103103000/https://example.org/report".into(),
        ),
    }));
    let export = |format| sanad::share::export(&review, format, &Default::default());
    let markdown = export(sanad::share::Format::Markdown);
    assert!(
        markdown.contains(&format!("archived 2026-11-03 10:30 UTC, SHA-256 {hash}")),
        "{markdown}"
    );
    assert!(markdown.contains("Internet Archive copy: <https://web.archive.org/web/20261103103000/https://example.org/report>"));
    let html = export(sanad::share::Format::Html);
    assert!(html.contains(&format!("archived 2026-11-03 10:30 UTC, SHA-256 {hash}")));
    assert!(html.contains(
        "href=\"https://web.archive.org/web/20261103103000/https://example.org/report\""
    ));
    let csv = export(sanad::share::Format::Csv);
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains("archived_at,archive_sha256,archive_copies"),
        "{header}"
    );
    assert!(csv.contains(&hash) && csv.contains("2026-11-03T10:30:00+00:00"));
    let claimreview = export(sanad::share::Format::ClaimReview);
    assert!(!claimreview.contains(&hash) && !claimreview.contains("web.archive.org"));
    // A stranger's public copy that is not a web address is never made a link.
    review.claims[0].evidence[0]
        .archive
        .as_mut()
        .unwrap()
        .public_copy = Some("javascript:alert(1)".into());
    let html = sanad::share::export(&review, sanad::share::Format::Html, &Default::default());
    assert!(!html.contains("javascript:"));
}
