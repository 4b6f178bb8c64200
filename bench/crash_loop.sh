#!/usr/bin/env bash
# The crash-safety tests of tests/crash.rs with many more kills: `study --plain` and `import`
# killed with SIGKILL at random moments, the collection checked after every kill.
#
#   bench/crash_loop.sh [ITERATIONS]      # default 1000 kills per test
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
export RUST_BACKTRACE=0
RECALL_CRASH_ITERATIONS=$n cargo test --release --test crash -- --nocapture --test-threads 1
echo "crash loop: $n kills of study and $n kills of import survived with nothing lost"
