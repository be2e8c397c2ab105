//! Save Page Now against a stand-in of its API on 127.0.0.1: a capture asked for and
//! polled, the queue that keeps requests while offline or rate-limited and across a
//! restart, and the copy recorded in the review.

use super::sources::web_server;

#[path = "../common/save_page_now.rs"]
mod stand_in;

use sanad::model::{ClaimId, Review, apply};
use sanad::sources::{
    CaptureOutcome, CaptureQueue, Limits, QueuedCapture, SavePageNow, SpnError, copy_commands,
    work_through,
};
use stand_in::{ACCESS_KEY, SECRET_KEY, SavePageNowStandIn};
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

fn setting(endpoint: &str) -> SavePageNow {
    SavePageNow {
        enabled: true,
        endpoint: endpoint.into(),
        access_key: ACCESS_KEY.into(),
        secret_key: SECRET_KEY.into(),
        poll_ms: 10,
    }
}

fn quick() -> Limits {
    Limits {
        timeout: Duration::from_secs(2),
        ..Limits::default()
    }
}

/// An address on this machine where nothing listens: the network as seen offline.
fn nowhere() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

fn work(queue: &CaptureQueue, review: &Path, setting: &SavePageNow) -> Vec<CaptureOutcome> {
    work_through(
        queue,
        review,
        setting,
        &quick(),
        Some(Duration::from_secs(5)),
        &AtomicBool::new(false),
    )
    .unwrap()
    .into_iter()
    .map(|(_, outcome)| outcome)
    .collect()
}

/// A review file whose one claim cites `url`, archived (a snapshot record, as archiving
/// leaves it).
fn archived_review(dir: &Path, url: &str) -> (std::path::PathBuf, Review) {
    let mut review = super::sources::review_citing(&[url.to_string()], "");
    review.claims[0].evidence[0].archive = Some(Box::new(sanad::model::Archive {
        capture: sanad::model::Capture {
            requested: url.into(),
            final_url: url.into(),
            fetched_at: sanad::model::now(),
            status: 200,
            content_type: "text/html".into(),
            sha256: "ab".repeat(32),
        },
        title: String::new(),
        public_copy: None,
    }));
    let path = dir.join("r.sanad");
    sanad::store::save(&review, &path).unwrap();
    (path, review)
}

#[test]
fn a_capture_is_submitted_polled_and_recorded() {
    let archive = SavePageNowStandIn::start();
    let spn = setting(&archive.endpoint());
    let cancel = AtomicBool::new(false);
    let job = spn
        .submit("https://example.org/a?b=1&c=2", &quick(), &cancel)
        .unwrap();
    assert!(job.starts_with("spn2-"));
    assert_eq!(archive.submitted(), ["https://example.org/a?b=1&c=2"]);
    let copy = spn.wait_for(&job, &quick(), None, &cancel).unwrap();
    assert_eq!(copy, archive.copy_of("https://example.org/a?b=1&c=2"));
    let head = archive.server.requests().join("");
    assert!(head.contains(&format!("LOW {ACCESS_KEY}:{SECRET_KEY}")));
    assert!(!head.to_ascii_lowercase().contains("cookie"));

    let mut wrong = spn.clone();
    wrong.secret_key = "wrong".into();
    assert_eq!(
        wrong.submit("https://example.org/a", &quick(), &cancel),
        Err(SpnError::Unauthorized)
    );
    // Keys are never sent in clear to another machine.
    let mut clear = spn.clone();
    clear.endpoint = "http://web.archive.org".into();
    assert!(matches!(
        clear.submit("https://example.org/a", &quick(), &cancel),
        Err(SpnError::NotConfigured(_))
    ));
}

#[test]
fn offline_requests_wait_in_the_queue_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let url = "https://example.org/report";
    let (path, mut review) = archived_review(dir.path(), url);
    let queue = CaptureQueue::at(dir.path().join("queue.json"));
    queue
        .add(vec![QueuedCapture::new(&path, ClaimId(1), url)])
        .unwrap();

    let offline = work(&queue, &path, &setting(&nowhere()));
    assert!(
        matches!(
            &offline[..],
            [CaptureOutcome::Waiting(SpnError::Unreachable(_))]
        ),
        "{offline:?}"
    );
    let waiting = queue.of_review(&path).unwrap();
    assert_eq!(waiting.len(), 1);
    assert!(
        matches!(waiting[0].problem, Some(SpnError::Unreachable(_))),
        "{waiting:?}"
    );

    // A restart: the queue read again from its file, now online.
    let archive = SavePageNowStandIn::start();
    let restarted = CaptureQueue::at(dir.path().join("queue.json"));
    let online = work(&restarted, &path, &setting(&archive.endpoint()));
    let copy = archive.copy_of(url);
    assert_eq!(online, [CaptureOutcome::Copied(copy.clone())]);
    // Kept in the queue until the review records it.
    assert_eq!(
        restarted.of_review(&path).unwrap()[0].copy.as_ref(),
        Some(&copy)
    );

    let claim = review.claims[0].id;
    for command in copy_commands(&review, &[(claim, url.to_string(), copy.clone())]) {
        apply(&mut review, command, "t").unwrap();
    }
    let archived = review.claims[0].evidence[0].archive.as_ref().unwrap();
    assert_eq!(archived.public_copy.as_ref(), Some(&copy));
    assert!(copy_commands(&review, &[(claim, url.to_string(), copy)]).is_empty());
    restarted
        .remove(&path, &[(claim, url.to_string())])
        .unwrap();
    assert!(restarted.load().unwrap().is_empty());
}

#[test]
fn the_rate_limit_is_kept_and_a_job_is_never_sent_twice() {
    let dir = tempfile::tempdir().unwrap();
    let url = "https://example.org/busy";
    let (path, _) = archived_review(dir.path(), url);
    let queue = CaptureQueue::at(dir.path().join("queue.json"));
    queue
        .add(vec![QueuedCapture::new(&path, ClaimId(1), url)])
        .unwrap();
    let archive = SavePageNowStandIn::start();
    let spn = setting(&archive.endpoint());

    archive.rate_limit(1);
    let limited = work(&queue, &path, &spn);
    assert!(
        matches!(
            &limited[..],
            [CaptureOutcome::Waiting(SpnError::RateLimited {
                wait_seconds: 1,
                ..
            })]
        ),
        "{limited:?}"
    );
    // Asked again at once: the archive is not asked before the time it gave.
    let again = work(&queue, &path, &spn);
    assert!(matches!(
        &again[..],
        [CaptureOutcome::Waiting(SpnError::RateLimited { .. })]
    ));
    assert_eq!(archive.submitted().len(), 1);

    std::thread::sleep(Duration::from_millis(2100));
    archive.session_limit(1);
    let session = work(&queue, &path, &spn);
    assert!(
        matches!(
            &session[..],
            [CaptureOutcome::Waiting(SpnError::RateLimited {
                wait_seconds: 60,
                ..
            })]
        ),
        "{session:?}"
    );
    assert_eq!(archive.submitted().len(), 2);

    // A job still capturing when the time ran out is asked about later, not sent again.
    let mut request = queue.of_review(&path).unwrap().remove(0);
    request.next_try = None;
    queue.remove(&path, &[(ClaimId(1), url.into())]).unwrap();
    queue.add(vec![request]).unwrap();
    let pending = work_through(
        &queue,
        &path,
        &SavePageNow {
            poll_ms: 1000,
            ..spn.clone()
        },
        &quick(),
        Some(Duration::from_millis(100)),
        &AtomicBool::new(false),
    )
    .unwrap();
    assert!(matches!(
        pending[0].1,
        CaptureOutcome::Waiting(SpnError::StillPending)
    ));
    assert!(queue.of_review(&path).unwrap()[0].job.is_some());
    let done = work(&CaptureQueue::at(queue.path()), &path, &spn);
    assert_eq!(done, [CaptureOutcome::Copied(archive.copy_of(url))]);
    assert_eq!(
        archive.submitted().len(),
        3,
        "one submit per attempt, none to finish"
    );
}

#[test]
fn a_refused_capture_is_given_up_and_leaves_the_queue() {
    let dir = tempfile::tempdir().unwrap();
    let url = "https://blocked.example.org/page";
    let (path, _) = archived_review(dir.path(), url);
    let queue = CaptureQueue::at(dir.path().join("queue.json"));
    queue
        .add(vec![QueuedCapture::new(&path, ClaimId(1), url)])
        .unwrap();
    let archive = SavePageNowStandIn::start();
    let outcome = work(&queue, &path, &setting(&archive.endpoint()));
    let [CaptureOutcome::GivenUp(SpnError::Refused { code, message })] = &outcome[..] else {
        panic!("{outcome:?}");
    };
    assert_eq!(code, "error:blocked-url");
    assert!(message.contains("block list"));
    assert!(queue.load().unwrap().is_empty());

    // Wrong keys: kept, waiting for the setting to be corrected.
    queue
        .add(vec![QueuedCapture::new(
            &path,
            ClaimId(1),
            "https://example.org/x",
        )])
        .unwrap();
    let mut wrong = setting(&archive.endpoint());
    wrong.access_key = "nobody".into();
    assert_eq!(
        work(&queue, &path, &wrong),
        [CaptureOutcome::Waiting(SpnError::Unauthorized)]
    );
    assert_eq!(queue.load().unwrap().len(), 1);
}
