#!/usr/bin/env python3
"""Whole-process speed of the command line on 10 MB articles, beside ICU4X's sentence
splitting alone on the same files, in the same run (issue 18's targets: `sanad claims` at
>= 50 MB/s and <= 3x ICU; `sanad new` <= 0.4 s; `sanad check` <= 0.5 s).

    cargo build --release --bin sanad --example icu_sentences
    python3 scripts/cli_speed.py [--runs N] [--out DIR] [--before OLD_SANAD]

The articles are the bundled samples repeated to 10 MB (English, Arabic) and 10 MB of
short English sentences (the shape that makes the largest review). Each command runs N
times after one warm-up; the median wall time is printed. With `--before`, an earlier
build's binary runs the same commands in turn with this one (A, B, A, B…: this machine is
noisy, and only interleaved runs compare builds) and gets a row of its own. Uses only the
standard library.
"""

import argparse
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SANAD = ROOT / "target" / "release" / "sanad"
ICU = ROOT / "target" / "release" / "examples" / "icu_sentences"
SIZE = 10_000_000


def sample_article(name: str) -> str:
    text = (ROOT / "assets" / "samples" / name).read_text(encoding="utf-8")
    out, size = [], 0
    while size < SIZE:
        out.append(text + "\n")
        size += len(text.encode()) + 1
    return "".join(out)


def short_sentences() -> str:
    words = ["rates", "rose", "sharply", "today", "prices", "fell", "again", "banks",
             "lent", "more", "oil", "jumped"]
    out, size, i = [], 0, 0
    while size < SIZE:
        sentence = (f"{words[i % 12].capitalize()} {words[(i * 5 + 1) % 12]} "
                    f"{words[(i * 7 + 2) % 12]} {words[(i * 11 + 3) % 12]} by {i % 97}%. ")
        out.append(sentence)
        size += len(sentence)
        i += 1
        if i % 6 == 0:
            out.append("\n")
            size += 1
    return "".join(out)


def median_seconds(commands: list, runs: int, before=None) -> list:
    """The median wall time of each command, run in turn `runs` times after a warm-up."""
    times = [[] for _ in commands]
    for attempt in range(runs + 1):
        for index, command in enumerate(commands):
            if before:
                before(index)
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=True)
            if attempt > 0:  # the first run only warms the page cache
                times[index].append(time.perf_counter() - start)
    return [statistics.median(each) for each in times]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--out", default="/tmp/sanad-speed")
    parser.add_argument("--before", help="an earlier build's sanad, measured in turn with this one")
    args = parser.parse_args()
    binaries = {"": SANAD}
    if args.before:
        binaries = {"": SANAD, " (before)": pathlib.Path(args.before).resolve()}
    for binary in (*binaries.values(), ICU):
        if not binary.exists():
            print(f"missing {binary}: cargo build --release --bin sanad --example icu_sentences",
                  file=sys.stderr)
            return 1
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    articles = {
        "English sample x10 MB": sample_article("en-transit-budget.txt"),
        "Arabic sample x10 MB": sample_article("ar-musk-ai-startup.txt"),
        "short sentences 10 MB": short_sentences(),
    }
    print(f"{'article':33} {'claims tsv':>11} {'MB/s':>6} {'ICU alone':>10} {'ratio':>6} "
          f"{'new':>8} {'check':>8} {'review':>8}")
    for index, (label, text) in enumerate(articles.items()):
        article = out / f"article-{index}.txt"
        article.write_text(text, encoding="utf-8")
        reviews = {name: out / f"article-{index}{name.replace(' ', '-')}.sanad"
                   for name in binaries}
        mb = article.stat().st_size / 1e6
        *claims, icu = median_seconds(
            [[str(sanad), "claims", str(article), "--format", "tsv"]
             for sanad in binaries.values()] + [[str(ICU), str(article)]],
            args.runs)

        def remove_review(index):
            # A new review, as `sanad new` makes it: no earlier file to keep as .bak.
            review = list(reviews.values())[index]
            for path in (review, review.with_name(review.name + ".bak")):
                path.unlink(missing_ok=True)

        new = median_seconds(
            [[str(sanad), "new", str(article), "-o", str(reviews[name])]
             for name, sanad in binaries.items()],
            args.runs, before=remove_review)
        check = median_seconds([[str(sanad), "check", str(reviews[name])]
                                for name, sanad in binaries.items()], args.runs)
        for k, name in enumerate(binaries):
            size = reviews[name].stat().st_size / 1e6
            print(f"{label + name:33} {claims[k] * 1000:8.0f} ms {mb / claims[k]:6.1f} "
                  f"{icu * 1000:7.0f} ms {claims[k] / icu:5.2f}x {new[k] * 1000:5.0f} ms "
                  f"{check[k] * 1000:5.0f} ms {size:5.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
