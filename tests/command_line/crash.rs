//! No lost work: a process saving a review is killed (SIGKILL) at random moments, 200 times.
//! Every time, the .sanad on disk is the complete old version or the complete new one.

use std::process::Command;
use std::time::Duration;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/samples/ar-musk-ai-startup.txt"
);

/// `sanad set REVIEW --claim 3 --note NOTE`, not yet started.
fn set_note(review: &str, note: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sanad"));
    command.args([
        "set",
        review,
        "--claim",
        "3",
        "--note",
        note,
        "--by",
        "crash-test",
    ]);
    command
}

#[test]
fn a_killed_save_leaves_the_old_or_the_new_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("r.sanad");
    let arg = review.to_str().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sanad"))
        .args(["new", SAMPLE, "-o", arg])
        .output()
        .unwrap();
    assert!(out.status.success());
    // How long one whole `set` takes on this machine (debug builds and loaded CI machines
    // are slower): kills are spread from the start to past the end of that.
    let started = std::time::Instant::now();
    let out = set_note(arg, "calibration").output().unwrap();
    assert!(out.status.success());
    let span_micros = (started.elapsed().as_micros() as u64 * 3 / 2).max(1_000);
    let mut seed: u64 = 0x5A4E_4144;
    let mut previous_note = "calibration".to_string();
    let (mut old_seen, mut new_seen) = (0, 0);
    for round in 0..200 {
        // A cheap deterministic generator for the moment of the kill.
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = Duration::from_micros((seed >> 33) % span_micros);
        let note = format!("ملاحظة رقم {round} — {}", "نص طويل ".repeat(round % 50));
        let mut child = set_note(arg, &note).spawn().unwrap();
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        let loaded = sanad::store::load(&review)
            .unwrap_or_else(|e| panic!("round {round}: the review was damaged: {e}"));
        let current = loaded.claim(sanad::model::ClaimId(3)).unwrap().note.clone();
        if current == note {
            new_seen += 1;
        } else {
            assert_eq!(
                current, previous_note,
                "round {round}: neither the old nor the new version"
            );
            old_seen += 1;
        }
        previous_note = current;
    }
    // Both outcomes happened, so the kills really landed at different moments.
    assert!(
        old_seen > 0 && new_seen > 0,
        "old {old_seen}, new {new_seen}"
    );
}
