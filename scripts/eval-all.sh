#!/usr/bin/env bash
# Runs `precis eval` for every method on the dev sets and collects the tables.
#   usage: scripts/eval-all.sh BUILD_DIR OUT_DIR [method ...]
# Sets: DUC 2002 and DUC 2001 at 100 words (recall), Multi-News validation
# (first 100 clusters, the anchors' sample) at 260 words (F), DUC 2006 dev
# at 250 words (recall).
set -euo pipefail
build=${1:?build dir}
out=${2:?output dir}
shift 2
methods=("$@")
[ ${#methods[@]} -eq 0 ] && methods=(lead centroid lexrank textrank mmr kl sumbasic ilp submodular)
shared=$(cd "$(dirname "$0")/../.." && pwd)/shared
jobs=${JOBS:-2}
mkdir -p "$out"
for m in "${methods[@]}"; do
  "$build/precis" eval "$shared/data/duc2002/clusters.jsonl" -m "$m" --words 100 -j "$jobs" -q --out "$out/duc2002-$m"
  "$build/precis" eval "$shared/data/duc2001/clusters.jsonl" -m "$m" --words 100 -j "$jobs" -q --out "$out/duc2001-$m"
  "$build/precis" eval "$shared/data/multinews-val/clusters.jsonl" -m "$m" --words 260 --limit 100 -j "$jobs" -q --out "$out/multinews100-$m"
  "$build/precis" eval "$shared/data/duc2006-dev/clusters.jsonl" -m "$m" --words 250 -j "$jobs" -q --out "$out/duc2006-$m"
done
