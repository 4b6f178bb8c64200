#!/usr/bin/env python3
"""Time whole commands: `timeit.py [--runs N] [--stdin TEXT] LABEL -- CMD ARGS...`

Prints `LABEL: median X ms (min Y, max Z, N runs; cpu C ms)`. The first run is a warm-up and
not counted, so the figures are for a warm page cache, like a learner's second command of the
day. `cpu` is the median of the process's user + system time: on a machine busy with other
work it moves much less than the wall-clock figures.
"""
import argparse
import resource
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
    cpu = []
    for i in range(a.runs + 1):
        u0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        r = subprocess.run(cmd, input=a.stdin.encode(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        t1 = time.perf_counter()
        u1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        if r.returncode != 0:
            sys.exit(f"{a.label}: command failed: {r.stderr.decode().strip()}")
        if i > 0:
            times.append((t1 - t0) * 1000)
            cpu.append((u1.ru_utime - u0.ru_utime + u1.ru_stime - u0.ru_stime) * 1000)
    print(f"{a.label}: median {statistics.median(times):.1f} ms "
          f"(min {min(times):.1f}, max {max(times):.1f}, {len(times)} runs; "
          f"cpu {statistics.median(cpu):.1f} ms)")


if __name__ == "__main__":
    main()
