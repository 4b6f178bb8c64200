#!/usr/bin/env bash
# recall import vs the official Anki importer, side by side, on the 100,000-note files.
#
#   bench/import_vs_anki.sh [RUNS]        (default 5 runs per case)
#
# Makes the oracle venv and the 100k files when missing (../shared/tools/anki: setup.sh,
# make_big_fixtures.py; files in $ORACLE_BIG_DIR, default /tmp/oracle-big, never in the repo),
# builds recall in release mode, then runs the two importers in turn (Anki, recall, Anki,
# recall, ...: a machine whose load changes treats both alike), and prints the medians of wall
# time and peak RSS and the ratios. recall is timed twice a run, as whole processes (start,
# open, import, commit, close; wall time to the millisecond, peak RSS from getrusage):
#   - "existing": into an empty collection made by an earlier command, as Anki's import call
#     is timed (bench_anki.py's import_s: its new collection already made and open, Python
#     started); "import ratio" = Anki's import_s / this;
#   - "new": into a collection the import itself creates (the stricter figure);
#     "process ratio" = Anki's whole process (starting Python, creating its collection,
#     importing, closing) / this.
set -euo pipefail
RUNS="${1:-5}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${ANKI_TOOLS:-$HERE/../shared/tools/anki}"
BIG="${ORACLE_BIG_DIR:-/tmp/oracle-big}"
export ORACLE_BIG_DIR="$BIG"

[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
"$TOOLS/setup.sh" >/dev/null
[ -f "$BIG/big_100k_modern.apkg" ] && [ -f "$BIG/big_100k.tsv" ] || "$TOOLS/run.sh" make_big_fixtures.py
(cd "$HERE" && cargo build --release --quiet)
RECALL="$HERE/target/release/recall"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# Run a command with its output thrown away; print its wall seconds and peak RSS in KiB.
timed() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
wall = time.perf_counter() - t
print(f"{wall:.4f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
PY
}
CASES="apkg_modern:big_100k_modern.apkg tsv:big_100k.tsv"

for run in $(seq "$RUNS"); do
  echo "run $run/$RUNS" >&2
  for case in $CASES; do
    name="${case%%:*}"; file="$BIG/${case#*:}"
    # Each importer starts with no other process's writes waiting for the disk: `sync` first,
    # else the fsyncs of the one timed next also wait for what the one before left behind
    # (Anki's collection, the deleted one of the last run).
    sync
    "$TOOLS/run.sh" bench_anki.py --runs 1 --cases "$name" --out "$tmp/anki.json" >/dev/null
    python3 - "$tmp/anki.json" "$name" >>"$tmp/anki_$name" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))["cases"][sys.argv[2]]["median"]
print(m["import_s"], m["wall_incl_startup_s"], m.get("time_v_maxrss_kb") or m["ru_maxrss_kb"])
PY
    rm -f "$tmp"/c.db* && rm -rf "$tmp"/backups
    "$RECALL" --db "$tmp/c.db" stats >/dev/null # an empty collection, made beforehand
    sync
    timed "$RECALL" --db "$tmp/c.db" import "$file" >>"$tmp/recall_$name"
    rm -f "$tmp"/c.db* && rm -rf "$tmp"/backups
    sync
    timed "$RECALL" --db "$tmp/c.db" import "$file" >>"$tmp/recall_new_$name"
  done
done

printf '\n| case | Anki import s | Anki process s | Anki peak MiB | recall s, existing collection | recall s, new collection | recall peak MiB (highest) | import ratio | process ratio |\n|---|---|---|---|---|---|---|---|---|\n'
for case in $CASES; do
  name="${case%%:*}"
  a_t=$(cut -d' ' -f1 "$tmp/anki_$name" | median)
  a_w=$(cut -d' ' -f2 "$tmp/anki_$name" | median)
  a_m=$(cut -d' ' -f3 "$tmp/anki_$name" | median)
  r_t=$(cut -d' ' -f1 "$tmp/recall_$name" | median)
  r_n=$(cut -d' ' -f1 "$tmp/recall_new_$name" | median)
  r_m=$(cat "$tmp/recall_$name" "$tmp/recall_new_$name" | cut -d' ' -f2 | sort -g | tail -1)
  awk -v n="$name" -v at="$a_t" -v aw="$a_w" -v am="$a_m" -v rt="$r_t" -v rn="$r_n" -v rm="$r_m" 'BEGIN {
    printf "| %s | %.3f | %.3f | %.0f | %.3f | %.3f | %.0f | %.2fx | %.2fx |\n", n, at, aw, am/1024, rt, rn, rm/1024, at/rt, aw/rn }'
done
echo
echo "medians of $RUNS runs; load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (numbers taken while other jobs run are noisy)"
