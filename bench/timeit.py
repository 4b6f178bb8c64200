#!/usr/bin/env python3
"""Time whole commands: `timeit.py [--runs N] [--stdin TEXT] LABEL -- CMD ARGS...`

Prints `LABEL: median X ms (min Y, max Z, N runs)`. The first run is a warm-up and not counted,
so the figures are for a warm page cache, like a learner's second command of the day.
"""
import argparse
import statistics
import subprocess
import sys
import time


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--stdin", default="")
    p.add_argument("label")
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    a = p.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    times = []
    for i in range(a.runs + 1):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, input=a.stdin.encode(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        t1 = time.perf_counter()
        if r.returncode != 0:
            sys.exit(f"{a.label}: command failed: {r.stderr.decode().strip()}")
        if i > 0:
            times.append((t1 - t0) * 1000)
    print(f"{a.label}: median {statistics.median(times):.1f} ms "
          f"(min {min(times):.1f}, max {max(times):.1f}, {len(times)} runs)")


if __name__ == "__main__":
    main()
