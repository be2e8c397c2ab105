#!/usr/bin/env python3
"""Compare whole commands on a noisy machine: each command runs in turn with the others
(A, B, C, A, B, C…), RUNS times after two warm-up rounds, and the median, first and third
quartiles of its wall time are printed. Run back to back instead (as `hyperfine` does),
a change in the machine's speed lands on one command only.

    python3 scripts/interleave.py RUNS "COMMAND ..." "COMMAND ..." [--remove PATH]...

A command is split on spaces (no shell). Each `--remove PATH` is deleted before every run
(the review `sanad new` writes, which it will not overwrite). Standard library only.
"""

import argparse
import pathlib
import statistics
import subprocess
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("runs", type=int)
    parser.add_argument("commands", nargs="+")
    parser.add_argument("--remove", action="append", default=[])
    args = parser.parse_args()
    commands = [command.split() for command in args.commands]
    times = [[] for _ in commands]
    for round_number in range(args.runs + 2):
        for command, kept in zip(commands, times):
            for path in args.remove:
                pathlib.Path(path).unlink(missing_ok=True)
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if round_number >= 2:
                kept.append(time.perf_counter() - start)
    for command, kept in zip(args.commands, times):
        q1, _, q3 = statistics.quantiles(kept, n=4)
        median = statistics.median(kept)
        print(f"{median * 1000:7.0f} ms (q1 {q1 * 1000:.0f}, q3 {q3 * 1000:.0f})  {command}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
