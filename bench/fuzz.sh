#!/usr/bin/env bash
# Run every cargo-fuzz target for SECONDS each (default 600), seeded with the project's own
# decks, fixtures and bad inputs. Crashes land in fuzz/artifacts/TARGET/; turn each into a
# regression test before fixing it.
#
#   cargo install cargo-fuzz      # once
#   bench/fuzz.sh [SECONDS] [TARGET...]
#
# cargo-fuzz needs nightly compiler flags; RUSTC_BOOTSTRAP=1 lets the stable toolchain accept
# them (this machine has no nightly).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(RUSTC_BOOTSTRAP=1 cargo fuzz list)
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  case "$t" in
    deck_toml) cp ../decks/*.toml ../tests/bad/deck/* "corpus/$t/" 2>/dev/null || true ;;
    text_import)
      for f in ../tests/fixtures/anki/*.txt ../tests/fixtures/anki/*.csv ../tests/bad/csv/*; do
        { printf '\001'; cat "$f"; } > "corpus/$t/$(basename "$f")"   # first byte: .tsv
      done ;;
    generate_text) cp ../decks/sources/*.txt ../tests/gold/texts/*.txt ../tests/bad/generate/* "corpus/$t/" 2>/dev/null || true ;;
    anki_package) cp ../tests/fixtures/anki/*.apkg ../tests/bad/apkg/*.apkg "corpus/$t/" 2>/dev/null || true ;;
  esac
  echo "== $t for ${seconds}s"
  # -s none: the AddressSanitizer build segfaults at start-up on this machine ("failed to
  # intercept 'strndup'"), which the filter below used to hide; panics and overflow checks
  # are what these targets look for, and they need no sanitizer.
  RUSTC_BOOTSTRAP=1 cargo fuzz run -s none "$t" "corpus/$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 2>&1 \
    | grep -E "^(#[0-9]+\s+DONE|Done|==|SUMMARY|.*panicked|error(\[|:)|ERROR|.*SEGV)" || true
done
