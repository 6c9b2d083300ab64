#!/usr/bin/env bash
# Learns the table of text recurring across unrelated stories (page
# furniture: site notices, sign-up lines, crawl notices, credit formulas)
# from the background news, each cluster one story, and writes
# data/clean/recurring-shingles.tsv, which the build embeds.
#
#   scripts/make-recurring-table.sh BUILD_DIR [MIN_STORIES]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: $0 BUILD_DIR [MIN_STORIES]}
shared=${PRECIS_SHARED_DIR:-$root/../shared}
cmake --build "$build" --target precis_recurring_table >/dev/null
"$build/precis_recurring_table" ${2:+--min-stories "$2"} \
  "$shared/data/background/multinews-train-10k.jsonl.gz" >"$root/data/clean/recurring-shingles.tsv"
