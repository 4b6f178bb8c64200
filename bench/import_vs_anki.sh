#!/usr/bin/env bash
# recall import vs the official Anki importer, side by side, on the 100,000-note files.
#
#   bench/import_vs_anki.sh [RUNS]        (default 5 runs per case)
#
# Makes the oracle venv and the 100k files when missing (../shared/tools/anki: setup.sh,
# make_big_fixtures.py; files in $ORACLE_BIG_DIR, default /tmp/oracle-big, never in the repo),
# builds recall in release mode, then for each case runs both importers RUNS times into a fresh
# empty collection and prints the medians of wall time and peak RSS (/usr/bin/time -v) and
# the ratios. "import" compares Anki's import call alone (bench_anki.py's import_s: the
# collection already open, Python started) with the whole recall process (start, open,
# import, commit); "process" compares both whole processes (Anki's includes starting Python).
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

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "Anki (bench_anki.py, $RUNS runs per case)..."
"$TOOLS/run.sh" bench_anki.py --runs "$RUNS" --cases apkg_modern,tsv >/dev/null
ANKI_JSON="$BIG/bench_results.json"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf '\n| case | Anki import s | Anki process s | Anki peak MiB | recall process s | recall peak MiB | import ratio | process ratio |\n|---|---|---|---|---|---|---|---|\n'
for case in apkg_modern:big_100k_modern.apkg tsv:big_100k.tsv; do
  name="${case%%:*}"; file="$BIG/${case#*:}"
  : > "$tmp/t"; : > "$tmp/m"
  for _ in $(seq "$RUNS"); do
    rm -f "$tmp"/c.db*
    /usr/bin/time -v "$RECALL" --db "$tmp/c.db" import "$file" >/dev/null 2>"$tmp/tv"
    grep "Elapsed (wall clock)" "$tmp/tv" | awk -F': ' '{n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' >> "$tmp/t"
    grep "Maximum resident" "$tmp/tv" | awk '{print $NF/1024}' >> "$tmp/m"
  done
  r_t=$(median < "$tmp/t"); r_m=$(median < "$tmp/m")
  a_t=$(python3 -c "import json;print(json.load(open('$ANKI_JSON'))['cases']['$name']['median']['import_s'])")
  a_w=$(python3 -c "import json;print(json.load(open('$ANKI_JSON'))['cases']['$name']['median']['wall_incl_startup_s'])")
  a_m=$(python3 -c "import json;m=json.load(open('$ANKI_JSON'))['cases']['$name']['median'];print(m.get('time_v_maxrss_kb',m['ru_maxrss_kb'])/1024)")
  printf '| %s | %.3f | %.3f | %.0f | %.3f | %.0f | %.2fx | %.2fx |\n' "$name" "$a_t" "$a_w" "$a_m" "$r_t" "$r_m" \
    "$(python3 -c "print($a_t/$r_t)")" "$(python3 -c "print($a_w/$r_t)")"
done
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (numbers taken while other jobs run are noisy)"
