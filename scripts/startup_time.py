#!/usr/bin/env python3
"""Start-up as a user sees it (issue 22): the time from starting the process to its first
frame painted with the review in it, for the bundled sample and for a 1 MB review, beside
an empty eframe window of the same size and back end, in the same run, under Xvfb.

    cargo build --release --bin sanad --example empty_window
    python3 scripts/startup_time.py [--runs N] [--sanad PATH] [--empty PATH]

Each window runs with SANAD_STARTUP_PROBE=1 (`src/app/startup_probe.rs`): it prints the
wall-clock time of its first painted frame and closes. The three cases take turns, one run
of each per round, after one warm-up round (page cache, font cache); the medians are
printed with the fastest and slowest run. A scratch HOME keeps the user's settings out.
Needs Xvfb (`apt-get install -y xvfb libgl1-mesa-dri`); DISPLAY is used when it is set.
Uses only the standard library.
"""

import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
REVIEW_BYTES = 1_000_000


def first_frame_ms(command: list, env: dict, cwd: str) -> float:
    started = time.time_ns()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, cwd=cwd, text=True)
    try:
        out, _ = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        sys.exit(f"{command[0]} did not report its first frame within 60 s")
    for line in out.splitlines():
        if line.startswith("first-frame-unix-us "):
            return (int(line.split()[1]) * 1000 - started) / 1e6
    sys.exit(f"{' '.join(command)} printed no first-frame line (exit {process.returncode})")


def one_megabyte_review(sanad: str, folder: pathlib.Path, env: dict) -> pathlib.Path:
    """The two bundled samples repeated until the review made of them is at least 1 MB."""
    texts = [(ROOT / "assets" / "samples" / n).read_text(encoding="utf-8")
             for n in ("en-transit-budget.txt", "ar-musk-ai-startup.txt")]
    review = folder / "one-megabyte.sanad"
    article = folder / "one-megabyte.txt"
    repeats = 1
    while True:
        article.write_text("\n".join(texts[0] for _ in range(repeats)), encoding="utf-8")
        subprocess.run([sanad, "new", str(article), "--output", str(review), "--force"],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        if review.stat().st_size >= REVIEW_BYTES:
            return review
        repeats = max(repeats + 1, int(repeats * REVIEW_BYTES / review.stat().st_size) + 1)


def start_xvfb(env: dict):
    if env.get("DISPLAY"):
        return None
    if not shutil.which("Xvfb"):
        sys.exit("Xvfb is not installed (apt-get install -y xvfb libgl1-mesa-dri)")
    display = ":97"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    env["DISPLAY"] = display
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--sanad", default=str(ROOT / "target" / "release" / "sanad"))
    parser.add_argument("--empty",
                        default=str(ROOT / "target" / "release" / "examples" / "empty_window"))
    args = parser.parse_args()

    scratch = pathlib.Path(tempfile.mkdtemp(prefix="sanad-startup-"))
    env = dict(os.environ, HOME=str(scratch / "home"), SANAD_REVIEWER="mona",
               SANAD_STARTUP_PROBE="1", LANG="en_US.UTF-8", XDG_DATA_HOME=str(scratch / "data"),
               XDG_CONFIG_HOME=str(scratch / "config"))
    (scratch / "home").mkdir()
    server = start_xvfb(env)
    try:
        review = one_megabyte_review(args.sanad, scratch, env)
        cases = {
            "empty eframe window": [args.empty],
            "sanad, bundled sample": [args.sanad],
            f"sanad, {review.stat().st_size / 1e6:.2f} MB review": [args.sanad, str(review)],
        }
        times = {name: [] for name in cases}
        for round_ in range(args.runs + 1):
            for name, command in cases.items():
                ms = first_frame_ms(command, env, str(scratch))
                if round_ > 0:  # the first round only warms the caches
                    times[name].append(ms)
        print(f"first frame after process start, {args.runs} runs each, milliseconds")
        for name, values in times.items():
            print(f"  {name:32} median {statistics.median(values):7.1f}   "
                  f"min {min(values):7.1f}   max {max(values):7.1f}")
    finally:
        if server:
            server.terminate()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
