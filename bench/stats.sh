#!/usr/bin/env bash
# The statistics on a big collection: `stats --json`, the terminal page, the HTML report and
# the dashboard, next to the first card of `study`, on 100,000 cards with 1,000,000 review-log
# rows (built through the store API by bench/bench_collection.rs, seeded, so every run
# measures the same collection). Targets: stats --json <= 150 ms, dashboard <= 50 ms, first
# card <= 50 ms.
#
#   bench/stats.sh [RUNS]      # builds release, makes the collection once, times RUNS runs each
#
# Medians of whole processes with a warm page cache (bench/timeit.py). On a machine shared
# with other builds the figures are noisy: run it twice and compare.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-30}"
cargo build --release --quiet --bin recall --example bench_collection
mkdir -p target/bench
DB=target/bench/collection-100k.db
# A collection made by an older build may lack this build's indexes: opening migrates it.
[ -f "$DB" ] || target/release/examples/bench_collection "$DB"
export RECALL_NOW=2026-06-01T12:00:00 NO_COLOR=1
R=target/release/recall
"$R" --db "$DB" decks > /dev/null   # apply any pending migration before timing
T="python3 bench/timeit.py --runs $RUNS"
$T "study: first card" -- "$R" --db "$DB" study --plain
$T "dashboard (recall)" -- "$R" --db "$DB"
$T "stats --json" -- "$R" --db "$DB" stats --json
$T "stats (terminal page)" -- "$R" --db "$DB" stats
$T "stats --html -" -- "$R" --db "$DB" stats --html -
$T "stats --json --deck 'Bench::Part 3'" -- "$R" --db "$DB" stats --json --deck "Bench::Part 3"
