#!/usr/bin/env bash
# Whole-program timings for `make bench`, with BUILD_DIR/precis:
#  1. every method on all of DUC 2002 (one process, 59 clusters, --format json
#     to /dev/null): clusters per second and milliseconds per cluster;
#  2. scaling: one big cluster made by gluing together the articles of the
#     Multi-News background clusters (1,000 and 3,000 articles by default),
#     seconds per method and the growth from the smaller to the larger size
#     (3.0x is linear for 1,000 -> 3,000).
# Times are wall-clock seconds of a whole run, reading and writing included;
# the best of BENCH_REPEAT runs (default 3) is kept, as machines are shared.
# The data comes from ../shared (or PRECIS_SHARED_DIR); the synthetic
# clusters are made in a temporary folder with python3 and removed afterwards.
#
#   usage: scripts/bench-datasets.sh BUILD_DIR
#   env:   BENCH_SIZES="1000 3000"  BENCH_REPEAT=3  BENCH_METHODS="lead ilp ..."
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
precis=$1/precis
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${PRECIS_SHARED_DIR:-$root/../shared}
duc=$shared/data/duc2002/clusters.jsonl
background=$shared/data/background/multinews-train-10k.jsonl.gz
sizes=${BENCH_SIZES:-1000 3000}
repeat=${BENCH_REPEAT:-3}
[ -x "$precis" ] || { echo "bench-datasets: no $precis (build it first)" >&2; exit 2; }
for f in "$duc" "$background"; do
  [ -r "$f" ] || { echo "bench-datasets: missing $f (set PRECIS_SHARED_DIR)" >&2; exit 1; }
done

# The methods `precis summarize --help` lists ("Method: default (x), a, b, ...").
if [ -n "${BENCH_METHODS:-}" ]; then
  read -r -a methods <<<"$BENCH_METHODS"
else
  list=$("$precis" summarize --help | sed -n 's/.*Method: default ([a-z]*), //p' | tr -d ',')
  read -r -a methods <<<"${list:-lead centroid lexrank textrank mmr kl sumbasic ilp submodular}"
fi

# Seconds (best of $repeat) of: precis summarize <input> -m <method> --format json.
seconds() {
  local input=$1 method=$2 best="" start end t
  for ((r = 0; r < repeat; r++)); do
    start=$(date +%s%N)
    "$precis" summarize "$input" -m "$method" --format json -q >/dev/null
    end=$(date +%s%N)
    t=$(((end - start) / 1000))  # microseconds
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  echo "$best"
}

clusters=$(grep -c . "$duc")
echo "== DUC 2002: $clusters clusters, one process per method ($duc)"
printf '%-12s %10s %12s %12s\n' method seconds clusters/s ms/cluster
for m in "${methods[@]}"; do
  us=$(seconds "$duc" "$m")
  awk -v m="$m" -v us="$us" -v n="$clusters" \
    'BEGIN { printf "%-12s %10.2f %12.1f %12.2f\n", m, us / 1e6, n / (us / 1e6), us / 1e3 / n }'
done

work=$(mktemp -d "${TMPDIR:-/tmp}/precis-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
  python3 - "$background" "$n" "$work/synthetic-$n.jsonl" <<'EOF'
import gzip, json, sys
source, wanted, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
documents = []
with gzip.open(source, "rt", encoding="utf-8") as f:
    for line in f:
        for d in json.loads(line)["documents"]:
            if len(documents) < wanted:
                documents.append(d)
        if len(documents) >= wanted:
            break
if len(documents) < wanted:
    sys.exit("bench-datasets: only %d articles in %s" % (len(documents), source))
with open(out, "w", encoding="utf-8") as f:
    json.dump({"id": "synthetic-%d" % wanted, "source": "Multi-News", "query": None,
               "documents": documents, "references": []}, f, ensure_ascii=False)
    f.write("\n")
EOF
done

echo
echo "== Scaling: one cluster of Multi-News background articles (${size_list[*]} articles)"
printf '%-12s' method
for n in "${size_list[@]}"; do printf ' %10s' "${n}art s"; done
printf ' %9s\n' growth
for m in "${methods[@]}"; do
  printf '%-12s' "$m"
  first="" last=""
  for n in "${size_list[@]}"; do
    us=$(seconds "$work/synthetic-$n.jsonl" "$m")
    [ -z "$first" ] && first=$us
    last=$us
    awk -v us="$us" 'BEGIN { printf " %10.2f", us / 1e6 }'
  done
  awk -v a="$first" -v b="$last" 'BEGIN { printf " %8.1fx\n", b / a }'
done
