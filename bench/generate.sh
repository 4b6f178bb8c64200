#!/usr/bin/env bash
# Generator throughput: a release build of examples/generate_bench.rs over a corpus of the
# shipped sources and evaluation texts repeated to MB megabytes (default 50), one core, one
# document at a time. Runs RUNS times (default 5) and prints each run, the median MB/s and the
# peak memory (max RSS) of the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-50}
RUNS=${RUNS:-5}
cargo build --release --example generate_bench >/dev/null 2>&1
BIN=target/release/examples/generate_bench
rates=()
for i in $(seq "$RUNS"); do
  line=$(taskset -c 0 /usr/bin/time -f "maxrss_kb=%M" "$BIN" "$MB" 2>/tmp/generate_bench.time)
  echo "run $i: $line  $(cat /tmp/generate_bench.time)"
  rates+=("$(echo "$line" | sed -E 's/.*generate [0-9.]+ s = ([0-9.]+) MB\/s.*/\1/')")
done
printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " MB/s over " NR " runs"}'
