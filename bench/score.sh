#!/usr/bin/env bash
# Score generated decks against gold fact lists with ../shared/tools/score_deck.py.
#   bench/score.sh            the seeds (public samples) and the tuning texts
#   bench/score.sh --heldout  the held-out texts of the second round as well
#   bench/score.sh --round3   the texts of the third round only (held out in round 3, tuning since)
#   bench/score.sh --round4   the held-out texts of the fourth round only (report, never tune)
#   bench/score.sh --round5   the held-out texts of the fifth round only (report, never tune)
#   bench/score.sh --round6   the texts of the sixth round only (held out in round 6, tuning since)
#   bench/score.sh --round7   the texts of the seventh round only (held out in rounds 7-13, tuning since 14)
#   bench/score.sh --round8   the texts of the eighth round only (held out in rounds 8-13, tuning since 14)
#   bench/score.sh --round9   the texts of the ninth round only (held out in rounds 9-14, tuning since 15)
#   bench/score.sh --round10  the texts of the tenth round only (held out in rounds 10-14, tuning since 15)
#   bench/score.sh --round11  the texts of the eleventh round only (held out in rounds 11-15, tuning since 16)
#   bench/score.sh --round12  the texts of the twelfth round only (held out in rounds 12-16, tuning since 17)
#   bench/score.sh --round13  the texts of the thirteenth round only (held out in rounds 13-18, tuning since 19)
#   bench/score.sh --round14  the held-out texts of the fourteenth round only (report, never tune)
#   bench/score.sh --round15  the held-out texts of the fifteenth round only (report, never tune)
#   bench/score.sh --round16  the held-out texts of the sixteenth round only (report, never tune)
#   bench/score.sh --round17  the held-out texts of the seventeenth round only (report, never tune)
#   bench/score.sh --round18  the held-out texts of the eighteenth round only (report, never tune;
#                             rounds 14, 15, 16, 17 and 18 are the held-out rounds, none is part of --all)
#   bench/score.sh --fresh21  fresh21's four texts only (tuning texts from the start, part of --all)
#   bench/score.sh --all      seeds, tuning texts, rounds 2 to 13 and fresh21 (everything that may be tuned on)
# The last line sums the texts (seeds aside): mean recall, cards, facts hit, cards per covered fact.
# Needs python3 and the shared folder beside the checkout; the Rust tests do not need either.
#   bench/score.sh --fresh22  fresh22's four tuning texts only (they are part of --all as well)
#   bench/score.sh --fresh24  fresh24's four tuning texts only (they are part of --all as well)
#   bench/score.sh --fresh26  fresh26's four tuning texts only (they are part of --all as well)
#   bench/score.sh --fresh28  fresh28's four tuning texts only (they are part of --all as well)
#   bench/score.sh --fresh29  fresh29's four tuning texts only (they are part of --all as well)
#   bench/score.sh --fresh30  fresh30's four tuning texts only (they are part of --all as well)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/debug/recall}
SCORER=${SCORER:-../shared/tools/score_deck.py}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
MISSES=${MISSES:-}
score() { # gold deck: the summary line, with the cards per covered fact
  python3 "$SCORER" "$1" "$2" --misses >"$OUT/report"
  if [ -n "$MISSES" ]; then sed -n '/missed facts/,/^$/p' "$OUT/report"; fi
  hit=$(sed -n 's/^fact recall.*(\([0-9]*\)\/.*/\1/p' "$OUT/report")
  facts=$(sed -n 's/^fact recall.*([0-9]*\/\([0-9]*\)).*/\1/p' "$OUT/report")
  tail -1 "$OUT/report" | awk -v h="$hit" -v f="$facts" '{ c = $2; sub("cards=", "", c); print h, f, c }' >>"$OUT/sum.$3"
  tail -1 "$OUT/report" | awk -v h="$hit" '{ c = $2; sub("cards=", "", c); printf "%s per_fact=%.2f\n", $0, (h > 0 ? c / h : 0) }'
}
"$BIN" generate decks/sources/*.txt --deck "Vitamine K2" --lang nl -o "$OUT/seeds.toml" 2>/dev/null
for g in ../shared/gold/*.sample.json; do
  printf '%-40s ' "$(basename "$g")"; score "$g" "$OUT/seeds.toml" seeds
done
texts="nl-overgangsmetalen nl-ontdekte-elementen en-antimicrobial-resistance en-healthy-sleep en-niaid-flu-vlp-vaccine en-nih-irregular-sleep en-nih-iodine-nicu"
if [ "${1:-}" = "--heldout" ]; then texts="$texts nl-honingbijen-fotosynthese en-nasa-planetary-exploration en-niaid-zika-vaccines"; fi
if [ "${1:-}" = "--round3" ]; then texts="nl-vulkanisme-aardbevingen en-nih-research-briefs"; fi
if [ "${1:-}" = "--round4" ]; then texts="nl-zwarte-gaten-sterren en-nih-kidney-stones-lactose"; fi
if [ "${1:-}" = "--round5" ]; then texts="nl-koralen-koraalriffen nl-vitamine-c-mitochondrien en-niaid-malaria en-niams-bone-health"; fi
if [ "${1:-}" = "--round6" ]; then texts="nl-vleermuizen nl-walvisachtigen en-niaid-tuberculosis en-nasa-moon-facts"; fi
if [ "${1:-}" = "--round7" ]; then texts="nl-haaien nl-mieren en-usgs-glaciers en-noaa-tsunamis"; fi
if [ "${1:-}" = "--round8" ]; then texts="nl-regenwormen-paddenstoelen nl-spinnen en-nasa-sun en-niddk-diabetes nl-amfibieen-kikkers nl-libellen-juffers en-nasa-hurricanes en-niddk-celiac nl-uilen-pinguins nl-vlinders-lieveheersbeestjes en-noaa-el-nino en-nidcd-noise-hearing-loss"; fi
if [ "${1:-}" = "--round9" ]; then texts="nl-amfibieen-kikkers nl-libellen-juffers en-nasa-hurricanes en-niddk-celiac"; fi
if [ "${1:-}" = "--round10" ]; then texts="nl-uilen-pinguins nl-vlinders-lieveheersbeestjes en-noaa-el-nino en-nidcd-noise-hearing-loss"; fi
if [ "${1:-}" = "--round11" ]; then texts="nl-slakken-kwallen nl-regenboog-bijzonnen en-nasa-mars en-nhlbi-asthma-copd"; fi
if [ "${1:-}" = "--round12" ]; then texts="nl-hart nl-stoommachine-watt en-niams-gout en-noaa-tides"; fi
if [ "${1:-}" = "--round13" ]; then texts="nl-lever-gal nl-varens en-usgs-subsidence-sinkholes en-nih-headaches nl-spechten-kolibries nl-fata-morgana en-nps-caves en-nih-digestion-lungs"; fi
if [ "${1:-}" = "--round14" ]; then texts="nl-schildpadden nl-korstmossen en-noaa-tornadoes en-nih-shingles"; fi
if [ "${1:-}" = "--round15" ]; then texts="nl-beriberi nl-krokodilachtigen en-usgs-landslides en-nhlbi-anemia"; fi
if [ "${1:-}" = "--round16" ]; then texts="nl-inktvissen nl-leeuwenhoek-kamerlingh-onnes en-noaa-lightning en-niams-vitiligo"; fi
if [ "${1:-}" = "--round17" ]; then texts="nl-mossen-veenmos nl-alvleesklier-milt en-nasa-asteroids-meteors en-ods-vitamins-a-d"; fi
if [ "${1:-}" = "--round18" ]; then texts="nl-beuk nl-ijstijden en-noaa-kelp-forests"; fi
if [ "${1:-}" = "--fresh21" ]; then texts="nl-spechten-kolibries nl-fata-morgana en-nps-caves en-nih-digestion-lungs"; fi
if [ "${1:-}" = "--all" ]; then texts="$texts nl-honingbijen-fotosynthese en-nasa-planetary-exploration en-niaid-zika-vaccines nl-vulkanisme-aardbevingen en-nih-research-briefs nl-zwarte-gaten-sterren en-nih-kidney-stones-lactose nl-koralen-koraalriffen nl-vitamine-c-mitochondrien en-niaid-malaria en-niams-bone-health nl-vleermuizen nl-walvisachtigen en-niaid-tuberculosis en-nasa-moon-facts nl-haaien nl-mieren en-usgs-glaciers en-noaa-tsunamis nl-regenwormen-paddenstoelen nl-spinnen en-nasa-sun en-niddk-diabetes nl-amfibieen-kikkers nl-libellen-juffers en-nasa-hurricanes en-niddk-celiac nl-uilen-pinguins nl-vlinders-lieveheersbeestjes en-noaa-el-nino en-nidcd-noise-hearing-loss nl-slakken-kwallen nl-regenboog-bijzonnen en-nasa-mars en-nhlbi-asthma-copd nl-hart nl-stoommachine-watt en-niams-gout en-noaa-tides nl-lever-gal nl-varens en-usgs-subsidence-sinkholes en-nih-headaches nl-spechten-kolibries nl-fata-morgana en-nps-caves en-nih-digestion-lungs"; fi
if [ -n "${ONLY:-}" ]; then texts="$ONLY"; fi
fresh22="nl-aardappel nl-moesson-fohn en-epa-ground-level-ozone en-fda-seasonal-allergies"
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--all" ]; then texts="$texts $fresh22"; fi
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--fresh22" ]; then texts="$fresh22"; fi
fresh24="nl-stekelhuidigen-zeesterren nl-kompas-aardmagnetisme en-cdc-lyme-disease en-noaa-harmful-algal-blooms"
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--all" ]; then texts="$texts $fresh24"; fi
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--fresh24" ]; then texts="$fresh24"; fi
fresh26="nl-nieren-nefron nl-porselein-delfts-blauw en-nasa-saturn en-ods-potassium-magnesium"
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--all" ]; then texts="$texts $fresh26"; fi
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--fresh26" ]; then texts="$fresh26"; fi
fresh28="nl-mangrove nl-spoetnik en-usgs-volcanic-hazards en-cdc-handwashing"
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--all" ]; then texts="$texts $fresh28"; fi
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--fresh28" ]; then texts="$fresh28"; fi
fresh29="nl-oor nl-telescoop en-nasa-jupiter en-epa-radon"
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--all" ]; then texts="$texts $fresh29"; fi
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--fresh29" ]; then texts="$fresh29"; fi
fresh30="nl-tarwe nl-keukenzout en-usgs-groundwater en-cdc-tetanus"
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--all" ]; then texts="$texts $fresh30"; fi
if [ -z "${ONLY:-}" ] && [ "${1:-}" = "--fresh30" ]; then texts="$fresh30"; fi
for t in $texts; do
  "$BIN" generate "tests/gold/texts/$t.txt" -o "$OUT/$t.toml" 2>/dev/null
  printf '%-40s ' "$t.json"; score "tests/gold/$t.json" "$OUT/$t.toml" texts
  if [ -n "${SHOW:-}" ]; then python3 - "$OUT/$t.toml" <<'PY'
import sys, tomllib
d = tomllib.load(open(sys.argv[1], 'rb'))
for i, c in enumerate(d['card'], 1):
    print(f"  {i:2} " + (f"C  {c['cloze']}" if 'cloze' in c else f"Q  {c['front']}  ->  {c['back']}"))
PY
  fi
done
awk '{ r += $1 / $2; h += $1; c += $3; n++ } END { if (n) printf "%-40s mean_recall=%.4f cards=%d hit=%d per_fact=%.3f\n", "texts (" n ")", r / n, c, h, (h > 0 ? c / h : 0) }' "$OUT/sum.texts"
