#!/usr/bin/env bash
# Feed mutated copies of the project's texts through `recall generate` and report crashes only
# (exit codes other than 0 and 1, with the panic line; the input is kept in
# target/mutate-crashes/); no card is printed. Two kinds of edits:
# multibyte letters and punctuation (each rule applied to every text), and random structural
# edits (brackets, markup, list items, abbreviations, doubled or dropped words) per seed.
#
#   cargo build && bench/mutate_texts.sh [SEEDS] [RATE] [FIRST]   # default 10 seeds from 1, rate 0.08
#
# BIN=path overrides the binary (default target/debug/recall). Needs perl.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/debug/recall}
seeds=${1:-10}
rate=${2:-0.08}
first=${3:-1}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
texts=(decks/sources/*.txt tests/gold/texts/*.txt)
crashes=0
runs=0

run() { # FILE: generate with every language choice, report a crash
  for lang in auto nl en; do
    err=$(RECALL_DB="$tmp/x.db" RUST_BACKTRACE=0 timeout 60 "$BIN" generate "$1" --lang $lang \
      -o "$tmp/out.toml" 2>&1 >/dev/null)
    rc=$?
    runs=$((runs + 1))
    if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
      echo "exit $rc, --lang $lang, $1: $(echo "$err" | grep -m1 -A1 panicked | tr '\n' ' ')"
      mkdir -p target/mutate-crashes && cp "$1" target/mutate-crashes/
      crashes=$((crashes + 1))
    fi
  done
}

multibyte=(
  's/e/ë/g; s/a/ä/g'
  's/\bt/ţ/g; s/\bd/đ/g; s/\bT/Ţ/g; s/\bD/Đ/g'
  's/I/İ/g; s/S/ẞ/g; s/K/\x{212A}/g'
  's/(\w)\b/$1\x{1F600}/g if $.%2'
  's/"/“/g; s/'"'"'/’/g; s/\./。/g if $.%3==0'
  's/([0-9])/chr(ord($1)+0x0660-48)/ge'
  '$_=uc'
  's/e/e\x{0301}/g'
  's/ed\b/\x{2082}ed/g; s/en\b/\x{2082}\x{2082}en/g'
  's/,/\x{FF0C}/g; s/ /\x{00A0}/g if $.%2'
  's/(\w+)/$1\x{200B}/g if $.%5==0'
  's/-/\x{2011}/g; s/\(/\x{FF08}/g; s/\)/\x{FF09}/g'
)
for f in "${texts[@]}"; do
  for i in "${!multibyte[@]}"; do
    out="$tmp/m$i-$(basename "$f")"
    perl -CSD -pe "${multibyte[$i]}" "$f" > "$out" && run "$out"
  done
done

for seed in $(seq "$first" $((first + seeds - 1))); do
  for f in "${texts[@]}"; do
    out="$tmp/s$seed-$(basename "$f")"
    perl -CSD -Mutf8 -e '
      srand('"$seed"');
      my @ins = ("()","( )","(",")","[]","{{c1::x}}","{{","}}","::"," | ","**","_","`",
        "[a](b)","\"","“","’s",",,",". .","...","…",";",":"," - ","–","/","%","<b>","&amp;",
        "\t","\n","\n\n","\n- ","\n# ","\n1. ","?","!","(e.g.","i.e.)","n.Chr.","dr.","U.S.",
        "1.000","20%","0","-1","½","2,5","ca.","o.a.");
      while (<>) { my @o;
        for my $x (split / /, $_, -1) { my $r = rand();
          if ($r < '"$rate"') { push @o, $ins[int rand @ins], $x }
          elsif ($r < 2*'"$rate"') { push @o, $x . $ins[int rand @ins] }
          elsif ($r < 2.3*'"$rate"') { }
          elsif ($r < 2.6*'"$rate"') { push @o, $x, $x }
          else { push @o, $x } }
        print join(" ", @o) }' "$f" > "$out" && run "$out"
  done
done
echo "$runs runs, $crashes crashes"
[ "$crashes" -eq 0 ]
