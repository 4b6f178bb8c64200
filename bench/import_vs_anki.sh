#!/usr/bin/env bash
# recall import vs the official Anki importer, side by side, on the 100,000-note files.
#
#   bench/import_vs_anki.sh [RUNS]        (default 5 runs per case)
#
# Makes the oracle venv and the 100k files when missing (../shared/tools/anki: setup.sh,
# make_big_fixtures.py; files in $ORACLE_BIG_DIR, default /tmp/oracle-big, never in the repo),
# builds recall in release mode, then runs the two importers in turn (Anki, recall, Anki,
# recall, ...: a machine whose load changes treats both alike), each time into a fresh empty
# collection, and prints the medians of wall time and peak RSS (/usr/bin/time -v) and the
# ratios. "import ratio" compares Anki's import call alone (bench_anki.py's import_s: its
# collection already open, Python started) with the whole recall process (start, open, import,
# commit); "process ratio" compares both whole processes (Anki's includes starting Python).
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
CASES="apkg_modern:big_100k_modern.apkg tsv:big_100k.tsv"

for run in $(seq "$RUNS"); do
  echo "run $run/$RUNS" >&2
  for case in $CASES; do
    name="${case%%:*}"; file="$BIG/${case#*:}"
    "$TOOLS/run.sh" bench_anki.py --runs 1 --cases "$name" --out "$tmp/anki.json" >/dev/null
    python3 - "$tmp/anki.json" "$name" >>"$tmp/anki_$name" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))["cases"][sys.argv[2]]["median"]
print(m["import_s"], m["wall_incl_startup_s"], m.get("time_v_maxrss_kb") or m["ru_maxrss_kb"])
PY
    rm -f "$tmp"/c.db*
    /usr/bin/time -v "$RECALL" --db "$tmp/c.db" import "$file" >/dev/null 2>"$tmp/tv"
    wall=$(grep "Elapsed (wall clock)" "$tmp/tv" | awk -F': ' '{n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}')
    rss=$(grep "Maximum resident" "$tmp/tv" | awk '{print $NF}')
    echo "$wall $rss" >>"$tmp/recall_$name"
  done
done

printf '\n| case | Anki import s | Anki process s | Anki peak MiB | recall process s | recall peak MiB | import ratio | process ratio |\n|---|---|---|---|---|---|---|---|\n'
for case in $CASES; do
  name="${case%%:*}"
  a_t=$(cut -d' ' -f1 "$tmp/anki_$name" | median)
  a_w=$(cut -d' ' -f2 "$tmp/anki_$name" | median)
  a_m=$(cut -d' ' -f3 "$tmp/anki_$name" | median)
  r_t=$(cut -d' ' -f1 "$tmp/recall_$name" | median)
  r_m=$(cut -d' ' -f2 "$tmp/recall_$name" | median)
  awk -v n="$name" -v at="$a_t" -v aw="$a_w" -v am="$a_m" -v rt="$r_t" -v rm="$r_m" 'BEGIN {
    printf "| %s | %.3f | %.3f | %.0f | %.3f | %.0f | %.2fx | %.2fx |\n", n, at, aw, am/1024, rt, rm/1024, at/rt, aw/rt }'
done
echo
echo "medians of $RUNS runs; load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (numbers taken while other jobs run are noisy)"
