#!/usr/bin/env bash
# First-contact decks: build the generator at the commit that added each round's texts (gold
# lists committed before the generator ran on them), generate that round's decks, and score
# them per card against today's gold lists. Tables and drop rules: bench/first_contact.py table.
#   bench/first_contact.sh            every round below (slow: one debug build per commit)
#   ROUNDS="fresh28 fresh26" bench/first_contact.sh
# Output in $OUT (default /tmp/first_contact): bin/ROUND, ROUND/texts, ROUND/*.toml, ROUND/rows.json.
# Uses one extra detached worktree ($OLD), reused for each commit, removed at the end.
# Never add a held-out round (14-18) here.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/first_contact}
OLD=${OLD:-$(pwd)-first-contact}
declare -A COMMIT=(
  [fresh30]=05e607b
  [fresh29]=17d2699
  [fresh28]=5a299da [fresh26]=8c961ca [fresh24]=c73e24c [fresh22]=81ad910 [fresh21]=adadaef
  [r13]=01e826c [r12]=755add1 [r11]=80699fc [r10]=e2f30b4)
declare -A TEXTS=(
  [fresh30]="nl-tarwe nl-keukenzout en-usgs-groundwater en-cdc-tetanus"
  [fresh29]="nl-oor nl-telescoop en-nasa-jupiter en-epa-radon"
  [fresh28]="nl-mangrove nl-spoetnik en-usgs-volcanic-hazards en-cdc-handwashing"
  [fresh26]="nl-nieren-nefron nl-porselein-delfts-blauw en-nasa-saturn en-ods-potassium-magnesium"
  [fresh24]="nl-stekelhuidigen-zeesterren nl-kompas-aardmagnetisme en-cdc-lyme-disease en-noaa-harmful-algal-blooms"
  [fresh22]="nl-aardappel nl-moesson-fohn en-epa-ground-level-ozone en-fda-seasonal-allergies"
  [fresh21]="nl-spechten-kolibries nl-fata-morgana en-nps-caves en-nih-digestion-lungs"
  [r13]="nl-lever-gal nl-varens en-usgs-subsidence-sinkholes en-nih-headaches"
  [r12]="nl-hart nl-stoommachine-watt en-niams-gout en-noaa-tides"
  [r11]="nl-slakken-kwallen nl-regenboog-bijzonnen en-nasa-mars en-nhlbi-asthma-copd"
  [r10]="nl-uilen-pinguins nl-vlinders-lieveheersbeestjes en-noaa-el-nino en-nidcd-noise-hearing-loss")
ROUNDS=${ROUNDS:-"fresh30 fresh29 fresh28 fresh26 fresh24 fresh22 fresh21 r13 r12 r11 r10"}
for r in $ROUNDS; do
  c=${COMMIT[$r]}
  if [ ! -x "$OUT/bin/$r/recall" ]; then
    if [ ! -d "$OLD" ]; then
      git worktree add -q --detach "$OLD" "$c"
      cp -r target "$OLD/target" 2>/dev/null || true  # only the recall crate rebuilds
    fi
    git -C "$OLD" checkout -q --detach "$c"
    (cd "$OLD" && cargo build -q --bin recall --example generate_debug)
    mkdir -p "$OUT/bin/$r"
    cp "$OLD/target/debug/recall" "$OLD/target/debug/examples/generate_debug" "$OUT/bin/$r/"
  fi
  mkdir -p "$OUT/$r/texts"
  for t in ${TEXTS[$r]}; do git show "$c:tests/gold/texts/$t.txt" >"$OUT/$r/texts/$t.txt"; done
  # shellcheck disable=SC2086
  python3 bench/first_contact.py rows "$r" "$OUT/bin/$r" "$OUT/$r/texts" "$OUT/$r/rows.json" ${TEXTS[$r]}
done
if [ -d "$OLD" ] && [ -z "${KEEP_OLD:-}" ]; then git worktree remove --force "$OLD"; fi
python3 bench/first_contact.py table "$OUT"/*/rows.json
