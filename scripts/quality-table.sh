#!/usr/bin/env bash
# Reproduces the dev-set tables of docs/QUALITY.md: every precis method on the
# four dev sets (scripts/eval-all.sh), the anchors' per-cluster scores turned
# into runs (scripts/anchor-scores.py), paired comparisons of the default
# method with the best anchors and the previous default, and the Markdown.
#   usage: scripts/quality-table.sh BUILD_DIR OUT_DIR     (JOBS=2 by default)
set -euo pipefail
build=${1:?build dir}
out=${2:?output dir}
here=$(cd "$(dirname "$0")" && pwd)
shared=$(cd "$here/../.." && pwd)/shared
default=coverage
mkdir -p "$out"
methods=(lead centroid lexrank textrank mmr kl sumbasic ilp submodular coverage)
"$here/eval-all.sh" "$build" "$out" "${methods[@]}"
# All 1000 Multi-News validation clusters (dev data too): the first 100 are
# too few to separate the methods.
for m in "${methods[@]}"; do
  "$build/precis" eval "$shared/data/multinews-val/clusters.jsonl" -m "$m" --words 260 \
    -j "${JOBS:-2}" -q --out "$out/multinews1000-$m"
done
python3 "$here/anchor-scores.py" "$shared/data/anchors/duc2002-100w-percluster.csv" --all "$out/anchors/duc2002"
python3 "$here/anchor-scores.py" "$shared/data/anchors/multinews-val-first100-260w-percluster.csv" --all "$out/anchors/multinews100"
compare() {  # set, name of A, folder of A
  "$build/precis" eval --compare "$3" "$out/$1-$default" > "$out/compare-$1--$2.txt"
}
# The best anchors on each metric, then the strongest precis baselines.
compare duc2002 sumy-LexRank "$out/anchors/duc2002/sumy-LexRank"
compare duc2002 ILP-sume-GLPK "$out/anchors/duc2002/ILP-sume-GLPK"
compare duc2002 PKU-Submodular "$out/anchors/duc2002/PKU-Submodular"
compare multinews100 sumy-SumBasic "$out/anchors/multinews100/sumy-SumBasic"
compare multinews100 PKU-ILP "$out/anchors/multinews100/PKU-ILP"
compare multinews100 sumy-LexRank "$out/anchors/multinews100/sumy-LexRank"
for set in duc2002 duc2001 multinews100 duc2006 multinews1000; do
  compare "$set" precis-ilp "$out/$set-ilp"
  compare "$set" precis-mmr "$out/$set-mmr"
done
compare multinews1000 precis-sumbasic "$out/multinews1000-sumbasic"
compare multinews100 precis-sumbasic "$out/multinews100-sumbasic"
python3 "$here/quality-table.py" "$out" "$shared/data/ANCHORS.md" | tee "$out/quality.md"
