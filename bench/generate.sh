#!/usr/bin/env bash
# Generator throughput: a release build of bench/generate_bench.rs over a corpus of the
# shipped sources and evaluation texts repeated to MB megabytes (default 50), one core
# (taskset -c 0), one document at a time. Runs RUNS times (default 5) and prints each run, the
# median MB/s of wall time and of user CPU time (the CPU figure is the one that does not
# depend on what else the machine is doing), and the peak memory (max RSS).
#   ONE_DOCUMENT=1 bench/generate.sh 5   # the whole corpus as one document instead
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-50}
RUNS=${RUNS:-5}
cargo build --release --example generate_bench >/dev/null 2>&1
BIN=target/release/examples/generate_bench
wall=()
cpu=()
for i in $(seq "$RUNS"); do
  line=$(taskset -c 0 /usr/bin/time -f "user_s=%U maxrss_kb=%M" "$BIN" "$MB" 2>/tmp/generate_bench.time)
  t=$(cat /tmp/generate_bench.time)
  echo "run $i: $line  $t"
  wall+=("$(echo "$line" | sed -E 's/.*generate [0-9.]+ s = ([0-9.]+) MB\/s.*/\1/')")
  user=$(echo "$t" | sed -E 's/.*user_s=([0-9.]+).*/\1/')
  mb=$(echo "$line" | sed -E 's/^([0-9.]+) MB.*/\1/')
  cpu+=("$(awk -v m="$mb" -v u="$user" 'BEGIN {printf "%.1f", m / u}')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median over $RUNS runs: $(median "${wall[@]}") MB/s (wall, generation only), $(median "${cpu[@]}") MB/s (user CPU, generation and TOML writing)"
