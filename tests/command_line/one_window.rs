//! `sanad REVIEW` while another Sanad has the review open: that one is called forward and no
//! second window is opened (so these run without a display).

use crate::support::{assert_ok, assert_one_line_refusal, sanad_in, stdout};
use sanad::store::OpenLock;

fn saved_review(dir: &std::path::Path) -> std::path::PathBuf {
    let article = sanad::import::article_from_text("The budget rose by 4%.".into(), "UTF-8", "t");
    let path = dir.join("r.sanad");
    sanad::store::save(&sanad::review_from_article(article), &path).unwrap();
    path
}

#[test]
fn a_review_open_elsewhere_calls_that_window_forward_instead_of_opening_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_review(dir.path());
    // This test process stands for the Sanad window that has the review open.
    let lock = OpenLock::acquire(&path, "mona").unwrap();
    lock.watch(|| {});
    let out = sanad_in(dir.path(), &["r.sanad"]);
    assert_ok(&out);
    let said = stdout(&out);
    assert!(
        said.contains("r.sanad is already open in another Sanad window"),
        "{said}"
    );
    assert!(
        said.contains(&format!("process {}", std::process::id())),
        "{said}"
    );
    assert!(said.contains("asked to come forward"), "{said}");
    assert!(lock.take_raise_request(), "the owner was asked");
}

#[test]
fn a_window_that_does_not_answer_is_one_line_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_review(dir.path());
    // Held, but nobody watches for the request: a stuck window.
    let _lock = OpenLock::acquire(&path, "mona").unwrap();
    let out = sanad_in(dir.path(), &["r.sanad"]);
    let err = assert_one_line_refusal(&out, 1);
    assert!(err.contains("which did not answer"), "{err}");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !leftovers.iter().any(|n| n.ends_with(".raise")),
        "{leftovers:?}"
    );
}
