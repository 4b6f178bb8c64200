#!/usr/bin/env bash
# The decks the generator's speed rounds keep byte-identical: BIN OUTDIR, run from anywhere.
#   bench/generate_decks.sh /tmp/recall-old /tmp/decks-old
#   bench/generate_decks.sh target/release/recall /tmp/decks-new
#   diff -r /tmp/decks-old /tmp/decks-new && echo identical
# Three decks per text plus four (295 with 97 texts): the two seed sources as one deck
# (--lang nl), alone and with --max 1000 and --max 20; each tests/gold/texts/*.txt alone
# (--lang auto), alone and with --max 1000 and --max 5; all texts as one deck with --max 60.
# A small --max keeps the best-scored cards, so those decks also show a change of score.
set -eu
BIN=$(realpath "$1")
OUT=$2
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
cd "$(dirname "$0")/.."
seeds=(decks/sources/*.txt)
"$BIN" generate "${seeds[@]}" --deck "Vitamine K2" --lang nl -o "$OUT/seeds.toml" 2>"$OUT/seeds.err" >/dev/null
"$BIN" generate "${seeds[@]}" --deck "Vitamine K2" --lang nl --max 1000 -o "$OUT/seeds.max.toml" 2>"$OUT/seeds.max.err" >/dev/null
"$BIN" generate "${seeds[@]}" --deck "Vitamine K2" --lang nl --max 20 -o "$OUT/seeds.max20.toml" >/dev/null 2>&1
for f in tests/gold/texts/*.txt; do
  b=$(basename "$f" .txt)
  "$BIN" generate "$f" --lang auto -o "$OUT/$b.toml" 2>"$OUT/$b.err" >/dev/null
  "$BIN" generate "$f" --lang auto --max 1000 -o "$OUT/$b.max.toml" 2>"$OUT/$b.max.err" >/dev/null
  "$BIN" generate "$f" --lang auto --max 5 -o "$OUT/$b.max5.toml" >/dev/null 2>&1
done
"$BIN" generate tests/gold/texts/*.txt --lang auto --max 60 -o "$OUT/all.max60.toml" >/dev/null 2>&1
echo "$(ls "$OUT"/*.toml | wc -l) decks in $OUT"
