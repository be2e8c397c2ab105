//! Save Page Now in the window: the setting edited in its window and kept in its file, a
//! source archived with it switched on getting its Internet Archive copy, and a request
//! made offline waiting in the status bar and sent after a restart — against stand-ins on
//! 127.0.0.1.

use super::sources::{run_until, web_server};

#[path = "../common/save_page_now.rs"]
mod stand_in;

use crate::harness::{type_into, window_sized};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sanad::app::SanadApp;
use sanad::model::{Command, Evidence};
use sanad::sources::{SavePageNow, load_setting, save_setting};
use stand_in::SavePageNowStandIn;
use std::path::{Path, PathBuf};
use web_server::{Reply, WebServer};

const PAGE: &str = "<html><head><title>Statement</title></head><body>\
    <p>The ministry said spending rose 4% in 2025.</p></body></html>";

/// A saved review whose one claim cites `url`.
fn review_citing(dir: &Path, url: &str) -> (PathBuf, sanad::model::Review) {
    let mut review = sanad::review_from_article(sanad::import::article_from_text(
        "Officials said spending rose 4% in 2025.".into(),
        "UTF-8",
        "t",
    ));
    let claim = review.claims[0].id;
    let evidence = Evidence {
        url: Some(url.into()),
        ..Evidence::default()
    };
    sanad::model::apply(&mut review, Command::AddEvidence { claim, evidence }, "t").unwrap();
    let file = dir.join("r.sanad");
    sanad::store::save(&review, &file).unwrap();
    (file, review)
}

fn switched_on(endpoint: &str) -> SavePageNow {
    SavePageNow {
        enabled: true,
        endpoint: endpoint.into(),
        access_key: stand_in::ACCESS_KEY.into(),
        secret_key: stand_in::SECRET_KEY.into(),
        poll_ms: 10,
    }
}

fn open(dir: &Path, file: &Path, review: sanad::model::Review) -> Harness<'static, SanadApp> {
    let mut h = window_sized(
        review,
        Some(file.to_path_buf()),
        dir,
        sanad::i18n::Language::English,
        (1280.0, 1400.0),
    );
    h.state_mut()
        .use_archive_files(dir.join("spn.json"), dir.join("queue.json"));
    h.run_steps(2);
    h
}

fn copy_of(app: &SanadApp) -> Option<String> {
    app.review().claims[0].evidence[0]
        .archive
        .as_ref()
        .and_then(|a| a.public_copy.clone())
}

#[test]
fn the_setting_is_edited_in_its_window_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (file, review) = review_citing(dir.path(), "https://example.org/a");
    let mut h = open(dir.path(), &file, review);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("Internet Archive (Save Page Now)…").click();
    h.run();
    h.get_by_label("Ask the Internet Archive too when archiving a source")
        .click();
    h.run();
    // Switched on without keys: refused in the window, nothing written.
    h.get_by_label("Save").click();
    h.run();
    assert!(
        h.query_by_label_contains("needs an https service address")
            .is_some()
    );
    assert!(!dir.path().join("spn.json").exists());
    type_into(&mut h, "Access key:", "my-key");
    // A password field: its own role, its text never exposed.
    h.get_by_role_and_label(Role::PasswordInput, "Secret key:")
        .focus();
    h.run();
    h.get_by_role_and_label(Role::PasswordInput, "Secret key:")
        .type_text("my-secret");
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert_eq!(h.state().status(), "The Save Page Now setting was saved.");
    let kept = load_setting(&dir.path().join("spn.json")).unwrap();
    assert!(kept.enabled);
    assert_eq!(kept.endpoint, "https://web.archive.org");
    assert_eq!(
        (kept.access_key.as_str(), kept.secret_key.as_str()),
        ("my-key", "my-secret")
    );
    // The secret is never shown as text.
    assert!(h.query_by_label_contains("my-secret").is_none());
}

#[test]
fn an_archived_source_gets_its_copy_and_an_offline_request_waits_across_a_restart() {
    let pages = WebServer::start(|path, _| match path {
        "/statement" => Reply::html(PAGE),
        _ => Reply::status(404),
    });
    let archive = SavePageNowStandIn::start();
    let dir = tempfile::tempdir().unwrap();
    let url = pages.url("/statement");
    let (file, review) = review_citing(dir.path(), &url);

    // Offline: the page is archived, the request waits and the status bar says so.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    drop(listener);
    save_setting(&switched_on(&dead), &dir.path().join("spn.json")).unwrap();
    let mut h = open(dir.path(), &file, review);
    assert!(archive.submitted().is_empty(), "opening sends nothing");
    h.get_by_label("Archive").click();
    h.run_steps(2);
    run_until(&mut h, |app| {
        app.review().claims[0].evidence[0].archive.is_some()
    });
    run_until(&mut h, |_| {
        std::fs::read_to_string(dir.path().join("queue.json"))
            .is_ok_and(|q| q.contains("unreachable"))
    });
    h.run_steps(3);
    assert!(h.query_by_label("Internet Archive: 1 waiting").is_some());
    assert!(
        h.query_by_label("Internet Archive copy requested; waiting for the archive")
            .is_some()
    );
    let archived = h.state().review().clone();
    sanad::store::save(&archived, &file).unwrap();
    drop(h);

    // A restart, online: the waiting request is sent and the copy recorded as an edit.
    save_setting(
        &switched_on(&archive.endpoint()),
        &dir.path().join("spn.json"),
    )
    .unwrap();
    let mut h = open(dir.path(), &file, archived);
    run_until(&mut h, |app| copy_of(app).is_some());
    assert_eq!(copy_of(h.state()), Some(archive.copy_of(&url)));
    assert_eq!(archive.submitted(), std::slice::from_ref(&url));
    assert!(
        h.state().is_dirty(),
        "recorded as an edit, saved with the review"
    );
    assert!(h.query_by_label("Internet Archive copy:").is_some());
    assert!(h.query_by_label(&archive.copy_of(&url)).is_some());
    assert!(h.query_by_label_contains("waiting").is_none());
    let queue = std::fs::read_to_string(dir.path().join("queue.json")).unwrap();
    assert!(!queue.contains("/statement"), "{queue}");
}
