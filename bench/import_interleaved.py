#!/usr/bin/env python3
"""Interleaved imports: two or more recall builds (or settings) take turns, one import each.

    bench/import_interleaved.py RUNS FILE NAME=BINARY [NAME=VAR+VALUE,VAR+VALUE:BINARY ...]

Each run of each variant imports FILE into a new empty collection made just before by
`recall --db c.db stats` (set NEWCOL+1 among a variant's variables for a collection the import
creates), with `sync` before the import. Prints the medians per variant: wall time, CPU time
(user + system), peak RSS (and the highest), the phases of RECALL_IMPORT_TIMING=1 (files
opened, saving, indexes, commit, the saving thread's wait for batches after the first),
system time and minor page faults. On a loaded host, read the medians for their direction
only; the builds take turns so that the load treats them alike.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def ms(err, key):
    m = re.search(re.escape(key) + r" ([\d.]+)(ms|µs|s)\b", err)
    if not m:
        return float("nan")
    v, unit = float(m.group(1)), m.group(2)
    return v * {"s": 1000.0, "ms": 1.0, "µs": 0.001}[unit]


def main():
    runs, path = int(sys.argv[1]), sys.argv[2]
    variants = []
    for arg in sys.argv[3:]:
        name, rest = arg.split("=", 1)
        settings, binary = rest.rsplit(":", 1) if ":" in rest else ("", rest)
        env = dict(os.environ, RECALL_IMPORT_TIMING="1")
        for kv in filter(None, settings.split(",")):
            k, v = kv.split("+", 1)
            env[k] = v
        variants.append((name, binary, env))
    results = {name: [] for name, _, _ in variants}
    work = tempfile.mkdtemp(prefix="recall-interleaved-")
    try:
        for _ in range(runs):
            for name, binary, env in variants:
                shutil.rmtree(work)
                os.makedirs(work)
                db = os.path.join(work, "c.db")
                if not env.get("NEWCOL"):
                    subprocess.run([binary, "--db", db, "stats"], stdout=subprocess.DEVNULL, check=True)
                os.sync()
                start = time.perf_counter()
                p = subprocess.Popen([binary, "--db", db, "import", path], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, env=env)
                err = p.stderr.read().decode()
                _, status, ru = os.wait4(p.pid, 0)
                wall = (time.perf_counter() - start) * 1000
                if status != 0:
                    sys.exit(f"{name}: import failed: {err}")
                results[name].append((
                    wall, (ru.ru_utime + ru.ru_stime) * 1000, ru.ru_maxrss / 1024,
                    ms(err, "files opened"), ms(err, "saving batches"), ms(err, "indexes"),
                    ms(err, "commit"), ms(err, "for the first batch and"),
                    ru.ru_stime * 1000, ru.ru_minflt,
                ))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"load average now {os.getloadavg()}")
    print("variant     n    wall     cpu  peak MiB (max)  files  saving indexes commit starved    sys minflt")
    for name, rows in results.items():
        med = lambda i: statistics.median(r[i] for r in rows)
        print(f"{name:10} {len(rows):2} {med(0):7.1f} {med(1):7.1f} {med(2):6.1f} ({max(r[2] for r in rows):5.1f})"
              f" {med(3):6.1f} {med(4):7.1f} {med(5):7.1f} {med(6):6.1f} {med(7):7.1f} {med(8):6.1f} {med(9):6.0f}")


if __name__ == "__main__":
    main()
