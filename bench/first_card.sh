#!/usr/bin/env bash
# How fast recall starts on a big collection: the time to show the first card of `study`
# and the dashboard, on 100,000 cards with 1,000,000 review-log rows (built through the store
# API by bench/bench_collection.rs, seeded, so every run measures the same collection).
#
#   bench/first_card.sh            # builds release, makes the collection once, times 30 runs each
#
# "First card" is `study --plain` with empty input: open, migrate check, build today's queue,
# print the first front, then read end of input and print the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin recall --example bench_collection
mkdir -p target/bench
DB=target/bench/collection-100k.db
[ -f "$DB" ] || target/release/examples/bench_collection "$DB"
export RECALL_NOW=2026-06-01T12:00:00 NO_COLOR=1
R=target/release/recall
python3 bench/timeit.py --runs 30 "study: first card" -- $R --db "$DB" study --plain
python3 bench/timeit.py --runs 30 "dashboard (recall)" -- $R --db "$DB"
python3 bench/timeit.py --runs 30 "cards --due --json" -- $R --db "$DB" cards --due --json
python3 bench/timeit.py --runs 30 "stats --json" -- $R --db "$DB" stats --json
