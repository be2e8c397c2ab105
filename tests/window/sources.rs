//! The chain of sources in the window: an article opened from a web address (and
//! cancelled), a source archived from the detail panel with its excerpt checked, and Review ▸
//! Check sources, against an HTTP server on 127.0.0.1.

#[path = "../common/web_server.rs"]
pub(crate) mod web_server;

use crate::harness::{press, type_into, window, window_sized};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sanad::app::SanadApp;
use sanad::model::{Command, Evidence};
use std::time::{Duration, Instant};
use web_server::{Reply, WebServer};

const PAGE: &str = "<html><head><title>Budget 2025</title></head><body><article>\
    <p>The ministry said spending rose 4% in 2025.</p><p>Officials declined to comment.</p>\
    </article></body></html>";

/// Run frames until `done` holds (the background fetch landed), for at most 15 seconds.
pub(crate) fn run_until(h: &mut Harness<'_, SanadApp>, done: impl Fn(&SanadApp) -> bool) {
    let started = Instant::now();
    while !done(h.state()) {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "never landed: {}",
            h.state().status()
        );
        std::thread::sleep(Duration::from_millis(20));
        h.run_steps(2);
    }
    h.run();
}

fn empty_review() -> sanad::model::Review {
    sanad::review_from_article(sanad::import::article_from_text(
        "Nothing yet.".into(),
        "UTF-8",
        "t",
    ))
}

#[test]
fn an_article_opens_from_a_web_address_and_a_slow_one_can_be_cancelled() {
    let server = WebServer::start(|path, _| match path {
        "/budget" => Reply::html(PAGE),
        _ => Reply::Slow(Duration::from_secs(10)),
    });
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(empty_review(), None, dir.path());
    press(&mut h, Modifiers::COMMAND, Key::L);
    type_into(
        &mut h,
        "Web address (http or https):",
        &server.url("/budget"),
    );
    h.get_by_label("Open").click();
    h.run_steps(2);
    run_until(&mut h, |app| app.review().article.title == "Budget 2025");
    let article = &h.state().review().article;
    assert!(
        article
            .text
            .starts_with("The ministry said spending rose 4% in 2025.")
    );
    assert_eq!(
        article.fetched.as_ref().unwrap().final_url,
        server.url("/budget")
    );
    assert!(h.state().path().is_none(), "a new review, not yet saved");

    // A page that does not come: Cancel stops waiting and keeps the review open.
    press(&mut h, Modifiers::COMMAND, Key::L);
    type_into(&mut h, "Web address (http or https):", &server.url("/slow"));
    h.get_by_label("Open").click();
    h.run_steps(3);
    assert!(h.query_by_label_contains("Fetching").is_some());
    h.get_by_label("Cancel").click();
    h.run();
    assert!(
        h.state().status().starts_with("Stopped fetching"),
        "{}",
        h.state().status()
    );
    assert_eq!(h.state().review().article.title, "Budget 2025");

    // An address that is not a web address is refused in the prompt, nothing fetched.
    press(&mut h, Modifiers::COMMAND, Key::L);
    type_into(&mut h, "Web address (http or https):", "file:///etc/passwd");
    h.get_by_label("Open").click();
    h.run();
    assert!(
        h.query_by_label_contains("only http:// and https://")
            .is_some()
    );
}

#[test]
fn a_source_is_archived_from_the_detail_panel_its_excerpt_checked_and_its_link_checked() {
    let server = WebServer::start(|path, _| match path {
        "/statement" => Reply::html(PAGE),
        "/gone" => Reply::status(410),
        _ => Reply::status(404),
    });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.sanad");
    let mut review = sanad::review_from_article(sanad::import::article_from_text(
        "Officials said spending rose 4% in 2025.".into(),
        "UTF-8",
        "t",
    ));
    let claim = review.claims[0].id;
    for (url, excerpt) in [
        (server.url("/statement"), "spending rose 4%"),
        (server.url("/gone"), ""),
    ] {
        let evidence = Evidence {
            url: Some(url),
            excerpt: excerpt.into(),
            ..Evidence::default()
        };
        sanad::model::apply(&mut review, Command::AddEvidence { claim, evidence }, "t").unwrap();
    }
    sanad::store::save(&review, &file).unwrap();
    // Tall enough for the sources to be in view in the detail panel: a click lands where
    // the button is drawn.
    let language = sanad::i18n::Language::English;
    let mut h = window_sized(
        review,
        Some(file.clone()),
        dir.path(),
        language,
        (1280.0, 1400.0),
    );
    assert!(h.query_all_by_label("Not archived yet").count() == 2);
    // Opening the review fetched nothing.
    assert_eq!(server.hits("/statement") + server.hits("/gone"), 0);

    h.get_all_by_label("Archive").next().unwrap().click();
    h.run_steps(2);

    run_until(&mut h, |app| {
        app.review().claims[0].evidence[0].archive.is_some()
    });
    assert!(
        h.query_by_label_contains("Quoted text found in the page archived on")
            .is_some(),
        "the excerpt check is shown"
    );
    assert!(dir.path().join("r.sanad.sources").is_dir());
    // Archiving is an edit: undone like any other.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(h.state().review().claims[0].evidence[0].archive.is_none());
    press(&mut h, Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
    assert!(h.state().review().claims[0].evidence[0].archive.is_some());

    h.get_by_label("Review").click();
    h.run();
    h.get_by_label("Check sources").click();
    h.run_steps(2);
    run_until(&mut h, |app| app.status().starts_with("Sources checked"));
    assert!(h.query_by_label("Link: still there").is_some());
    assert!(h.query_by_label("Link: gone (410)").is_some());
}

#[test]
fn a_link_dropped_from_a_browser_opens_its_page() {
    let server = WebServer::start(|path, _| match path {
        "/budget" => Reply::html(PAGE),
        _ => Reply::status(404),
    });
    let dir = tempfile::tempdir().unwrap();
    // What a browser leaves when a link is dragged out of it.
    let link = dir.path().join("Budget 2025.url");
    std::fs::write(
        &link,
        format!("[InternetShortcut]\r\nURL={}\r\n", server.url("/budget")),
    )
    .unwrap();
    let mut h = window(empty_review(), None, dir.path());
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(crate::workbench::Dropped(link)));
    h.run_steps(2);
    run_until(&mut h, |app| app.review().article.title == "Budget 2025");
    assert!(
        h.state()
            .review()
            .article
            .text
            .contains("The ministry said spending rose 4% in 2025.")
    );
    assert_eq!(server.hits("/budget"), 1);
}
