//! `sanad new URL`, `sanad set` with a source's details, `sanad archive`, `sanad sources`
//! and `sanad check` on archived sources, against an HTTP server on 127.0.0.1.

#[path = "../common/web_server.rs"]
mod web_server;

use crate::support::{assert_ok, assert_one_line_refusal, sanad_in, stdout};
use web_server::{Reply, WebServer};

const STORY: &str = r#"<!doctype html><html><head><title>Dam report</title>
<meta name="author" content="J. R. Okafor"></head><body><article>
<p>The U.S. Army Corps of Engineers said the dam holds 4.2 billion cubic metres.</p>
<p>Engineers said repairs would take two years.</p></article></body></html>"#;

const SOURCE: &str = r#"<html><head><title>Corps statement</title></head><body>
<p>The reservoir behind the dam holds 4.2 billion cubic metres at full pool.</p></body></html>"#;

fn server() -> WebServer {
    WebServer::start(|path, count| match path {
        "/news/dam-report.html" => Reply::html(STORY),
        "/statement" if count == 0 => Reply::html(SOURCE),
        "/statement" => Reply::html(&SOURCE.replace("4.2 billion", "3.9 billion")),
        "/gone" => Reply::status(410),
        "/blocked-page" => Reply::html(SOURCE),
        "/paper.pdf" => Reply::ok("application/pdf", b"%PDF-1.5 x".to_vec()),
        _ => Reply::status(404),
    })
}

#[test]
fn a_review_is_made_from_a_web_address() {
    let server = server();
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/news/dam-report.html");
    let out = sanad_in(dir.path(), &["new", &url]);
    assert_ok(&out);
    assert!(
        stdout(&out).starts_with("dam-report.sanad: "),
        "{}",
        stdout(&out)
    );
    let review = sanad::store::load(&dir.path().join("dam-report.sanad")).unwrap();
    assert_eq!(review.article.title, "Dam report");
    assert_eq!(review.article.byline, "J. R. Okafor");
    let capture = review.article.fetched.as_ref().unwrap();
    assert_eq!(capture.final_url, url);
    assert_eq!(
        capture.sha256,
        sanad::model::sha256_hex_bytes(STORY.as_bytes())
    );
    assert!(review.article.text.starts_with("The U.S. Army Corps"));

    // What cannot be opened is one line, and nothing is written.
    for (path, words) in [
        ("/paper.pdf", "serves a PDF; save it and"),
        ("/gone", "answered 410 (gone)"),
    ] {
        let out = sanad_in(dir.path(), &["new", &server.url(path), "-o", "x.sanad"]);
        let err = assert_one_line_refusal(&out, 1);
        assert!(err.contains(words), "{err}");
        assert!(!dir.path().join("x.sanad").exists());
    }
}

#[test]
fn sources_are_added_archived_checked_and_listed() {
    let server = server();
    let dir = tempfile::tempdir().unwrap();
    let out = sanad_in(
        dir.path(),
        &["new", &server.url("/news/dam-report.html"), "-o", "r.sanad"],
    );
    assert_ok(&out);
    let statement = server.url("/statement");
    let out = sanad_in(
        dir.path(),
        &[
            "set",
            "r.sanad",
            "--claim",
            "1",
            "--source",
            &statement,
            "--title",
            "Corps statement",
            "--publisher",
            "USACE",
            "--excerpt",
            "holds 4.2 billion cubic metres",
            "--stance",
            "supports",
        ],
    );
    assert_ok(&out);
    let gone = server.url("/gone");
    assert_ok(&sanad_in(
        dir.path(),
        &["set", "r.sanad", "--claim", "1", "--source", &gone],
    ));
    // Details without a source are a usage error.
    let out = sanad_in(
        dir.path(),
        &["set", "r.sanad", "--claim", "1", "--excerpt", "x"],
    );
    assert_eq!(out.status.code(), Some(2));

    // Archiving: the live source is kept, the gone one reported, exit 1.
    let out = sanad_in(dir.path(), &["archive", "r.sanad", "--claim", "1"]);
    assert_eq!(out.status.code(), Some(1));
    let review = sanad::store::load(&dir.path().join("r.sanad")).unwrap();
    let source = &review.claims[0].evidence[0];
    assert_eq!(source.publisher, "USACE");
    assert_eq!(source.stance, sanad::model::Stance::Supports);
    let archive = source.archive.as_ref().unwrap();
    assert_eq!(
        archive.capture.sha256,
        sanad::model::sha256_hex_bytes(SOURCE.as_bytes())
    );
    let snapshot = dir
        .path()
        .join("r.sanad.sources")
        .join(format!("{}.zst", archive.capture.sha256));
    assert!(snapshot.is_file());
    assert!(review.claims[0].evidence[1].archive.is_none());
    // Archived sources are not fetched again.
    let out = sanad_in(dir.path(), &["archive", "r.sanad"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(server.hits("/statement"), 1);

    // The excerpt is on the archived page: check passes.
    let out = sanad_in(dir.path(), &["check", "r.sanad"]);
    assert_ok(&out);
    let out = sanad_in(dir.path(), &["sources", "r.sanad"]);
    assert!(
        stdout(&out).contains("excerpt found in the page"),
        "{}",
        stdout(&out)
    );

    // The page changed since: the link check says so, and how much is still there.
    let out = sanad_in(dir.path(), &["sources", "r.sanad", "--check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("changed since its snapshot"), "{text}");
    assert!(text.contains("link: gone (410)"), "{text}");

    // An excerpt edited away from the page is reported by check.
    let mut edited = review.clone();
    edited.claims[0].evidence[0].excerpt = "holds 9 billion cubic metres".into();
    sanad::store::save(&edited, &dir.path().join("r.sanad")).unwrap();
    let out = sanad_in(dir.path(), &["check", "r.sanad"]);
    assert_one_line_refusal(&out, 1);
    assert!(
        stdout(&out).contains("excerpt not found in the page archived on"),
        "{}",
        stdout(&out)
    );

    // An altered snapshot is damaged; a missing one is reported; neither is a crash.
    sanad::store::save(&review, &dir.path().join("r.sanad")).unwrap();
    std::fs::write(
        &snapshot,
        zstd::bulk::compress(b"<p>forged</p>", 3).unwrap(),
    )
    .unwrap();
    let out = sanad_in(dir.path(), &["check", "r.sanad"]);
    assert_one_line_refusal(&out, 1);
    assert!(
        stdout(&out).contains("is damaged or altered"),
        "{}",
        stdout(&out)
    );
    std::fs::remove_dir_all(dir.path().join("r.sanad.sources")).unwrap();
    let out = sanad_in(dir.path(), &["check", "r.sanad"]);
    assert_one_line_refusal(&out, 1);
    assert!(stdout(&out).contains("is missing from"), "{}", stdout(&out));
}

#[path = "../common/save_page_now.rs"]
mod stand_in;

/// Write the Save Page Now setting `sanad_in(dir, …)` reads, switched on, at `endpoint`.
fn switch_on_save_page_now(dir: &std::path::Path, endpoint: &str) {
    let folder = dir.join(".config/sanad");
    std::fs::create_dir_all(&folder).unwrap();
    let setting = sanad::sources::SavePageNow {
        enabled: true,
        endpoint: endpoint.into(),
        access_key: stand_in::ACCESS_KEY.into(),
        secret_key: stand_in::SECRET_KEY.into(),
        poll_ms: 10,
    };
    sanad::sources::save_setting(&setting, &folder.join("save-page-now.json")).unwrap();
}

#[test]
fn save_page_now_requests_wait_offline_and_are_recorded_later() {
    let server = server();
    let dir = tempfile::tempdir().unwrap();
    assert_ok(&sanad_in(
        dir.path(),
        &["new", &server.url("/news/dam-report.html"), "-o", "r.sanad"],
    ));
    let statement = server.url("/statement");
    assert_ok(&sanad_in(
        dir.path(),
        &["set", "r.sanad", "--claim", "1", "--source", &statement],
    ));
    // Switched off (the default): archiving asks nobody else.
    let archive = stand_in::SavePageNowStandIn::start();
    assert_ok(&sanad_in(dir.path(), &["archive", "r.sanad"]));
    assert!(archive.submitted().is_empty());
    assert!(!dir.path().join(".local/share/sanad").exists());

    // Offline: the request waits in the queue, the snapshot is kept, exit 0.
    assert_ok(&sanad_in(
        dir.path(),
        &["set", "r.sanad", "--claim", "2", "--source", &statement],
    ));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    drop(listener);
    switch_on_save_page_now(dir.path(), &dead);
    let out = sanad_in(dir.path(), &["archive", "r.sanad"]);
    assert_ok(&out);
    assert!(
        stdout(&out).contains("Internet Archive request waits in"),
        "{}",
        stdout(&out)
    );
    let queue = dir
        .path()
        .join(".local/share/sanad/save-page-now-queue.json");
    assert!(
        std::fs::read_to_string(&queue)
            .unwrap()
            .contains("/statement")
    );
    let out = sanad_in(dir.path(), &["sources", "r.sanad"]);
    assert!(
        stdout(&out)
            .contains("Internet Archive request waiting (the Internet Archive is unreachable")
    );

    // Online again: the next `sanad archive` sends it and records the copy.
    switch_on_save_page_now(dir.path(), &archive.endpoint());
    let out = sanad_in(dir.path(), &["archive", "r.sanad"]);
    assert_ok(&out);
    let said = stdout(&out);
    let copy = archive.copy_of(&statement);
    assert!(
        said.contains(&format!("Internet Archive copy {copy}")),
        "{said}"
    );
    assert!(said.contains("every source is archived already"), "{said}");
    assert_eq!(archive.submitted(), std::slice::from_ref(&statement));
    let review = sanad::store::load(&dir.path().join("r.sanad")).unwrap();
    let recorded = review.claims[1].evidence[0].archive.as_ref().unwrap();
    assert_eq!(recorded.public_copy.as_deref(), Some(copy.as_str()));
    assert!(
        !std::fs::read_to_string(&queue)
            .unwrap()
            .contains("/statement")
    );
    let out = sanad_in(dir.path(), &["sources", "r.sanad"]);
    assert!(stdout(&out).contains(&format!("Internet Archive copy {copy}")));

    // A page the archive refuses for good: one line, exit 1, nothing left waiting.
    let blocked = server.url("/blocked-page");
    assert_ok(&sanad_in(
        dir.path(),
        &["set", "r.sanad", "--claim", "1", "--source", &blocked],
    ));
    let out = sanad_in(dir.path(), &["archive", "r.sanad"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error:blocked-url"), "{err}");
    assert!(!std::fs::read_to_string(&queue).unwrap().contains("blocked"));
}
