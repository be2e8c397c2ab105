//! One window per review: a second window on a review another window has open never edits
//! its file, the first one is asked to come forward, and a lock left by a crashed process
//! is taken over.

use crate::harness::{answer_prompt, press, window};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sanad::app::SanadApp;
use sanad::model::Review;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const ENGLISH: &str = include_str!("../../assets/samples/en-transit-budget.txt");

fn saved_review(dir: &Path) -> PathBuf {
    let review: Review = sanad::review_from_article(sanad::import::article_from_text(
        ENGLISH.into(),
        "UTF-8",
        "t",
    ));
    let path = dir.join("r.sanad");
    sanad::store::save(&review, &path).unwrap();
    path
}

fn open(path: &Path, dir: &Path) -> Harness<'static, SanadApp> {
    window(
        sanad::store::load(path).unwrap(),
        Some(path.to_path_buf()),
        dir,
    )
}

/// Run frames until `done`, for at most ten seconds (the owner looks twice a second).
fn run_until(h: &mut Harness<'_, SanadApp>, done: impl Fn(&SanadApp) -> bool) {
    let started = Instant::now();
    while !done(h.state()) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "gave up waiting"
        );
        std::thread::sleep(Duration::from_millis(50));
        h.run();
    }
}

#[test]
fn a_second_window_on_an_open_review_gets_a_copy_and_calls_the_first_forward() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_review(dir.path());
    let mut first = open(&path, dir.path());
    assert_eq!(first.state().path(), Some(path.as_path()));

    let mut second = open(&path, dir.path());
    assert_eq!(second.state().path(), None, "the second window has no file");
    assert!(
        second
            .state()
            .status()
            .contains("already open in another Sanad window"),
        "{}",
        second.state().status()
    );
    run_until(&mut first, |app| {
        app.status()
            .contains("Another Sanad window tried to open r.sanad")
    });

    // An edit in the second window and Save as… onto the first one's file: refused.
    press(&mut second, Modifiers::NONE, Key::Num4);
    let on_disk = std::fs::read(&path).unwrap();
    let why = format!(
        "{} is already open in another Sanad window (process {}",
        path.display(),
        std::process::id()
    );
    let before = second.query_all_by_label_contains(&why).count();
    press(&mut second, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    answer_prompt(&mut second, &path);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        on_disk,
        "the file is untouched"
    );
    // The prompt stays open and says why.
    assert!(second.query_all_by_label_contains(&why).count() > before);
    assert!(second.state().is_dirty());
    assert_eq!(second.state().path(), None);

    // Once the first window closes its file, the second may save over it.
    drop(first);
    second.get_by_label("OK").click();
    second.run();
    assert_eq!(second.state().path(), Some(path.as_path()));
    assert!(!second.state().is_dirty());
}

#[test]
fn opening_a_review_open_in_another_window_is_refused_and_keeps_the_open_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_review(dir.path());
    let other = dir.path().join("other.sanad");
    std::fs::copy(&path, &other).unwrap();
    let _first = open(&path, dir.path());
    let mut second = open(&other, dir.path());

    press(&mut second, Modifiers::COMMAND, Key::O);
    answer_prompt(&mut second, &path);
    second.get_by_label_contains(&format!(
        "{} is already open in another Sanad window",
        path.display()
    ));
    assert_eq!(
        second.state().path(),
        Some(other.as_path()),
        "still on its own file"
    );
}

#[test]
fn reopening_its_own_file_keeps_the_window_its_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_review(dir.path());
    let mut h = open(&path, dir.path());
    press(&mut h, Modifiers::COMMAND, Key::O);
    answer_prompt(&mut h, &path);
    assert_eq!(h.state().path(), Some(path.as_path()));
    assert!(
        sanad::store::open_lock::holder(&path).is_some(),
        "still held"
    );
    drop(h);
    assert!(
        sanad::store::open_lock::holder(&path).is_none(),
        "let go when closed"
    );
}

#[test]
fn a_lock_left_by_a_crashed_process_is_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_review(dir.path());
    // What a Sanad killed mid-session leaves: its record, with nobody holding its lock.
    let lock = sanad::store::open_lock::lock_path(&path);
    std::fs::write(&lock, "pid 4194001\nhost somewhere\nreviewer mona\n").unwrap();
    let h = open(&path, dir.path());
    assert_eq!(h.state().path(), Some(path.as_path()));
    assert!(
        h.state()
            .status()
            .contains("process 4194001, which no longer runs"),
        "{}",
        h.state().status()
    );
    assert!(
        std::fs::read_to_string(&lock)
            .unwrap()
            .contains("reviewer tester")
    );
}
