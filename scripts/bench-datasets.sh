#!/usr/bin/env bash
# Whole-program timings for `make bench`, with BUILD_DIR/precis:
#  1. every method on all of DUC 2002 (one process, 59 clusters, --format json
#     to /dev/null): clusters per second and milliseconds per cluster;
#  2. scaling: one big cluster made by gluing together the articles of the
#     Multi-News background clusters (1,000, 10,000 and all 28,806 articles by
#     default), for the default method and lead: seconds, peak memory (and
#     its ratio to the cluster's JSONL size) per size, and the growth
#     exponent fitted from the smallest to the largest size (1.0 is linear);
#  3. a stream of clusters: the first 1,000 and all 10,000 Multi-News
#     background clusters summarized in one run each: seconds and clusters
#     per second (the same rate for both is linear growth; the CLI once
#     asked the allocator about its free memory after every cluster, which
#     grew with the stream and made 10,000 clusters take 36 s instead of 6);
#  4. `precis eval` on the 1,000 Multi-News dev clusters (260 words, ROUGE
#     with its bootstrap, readability counts) at --jobs 1 and 2: wall seconds
#     of the whole run (reading included) and clusters per second, the two
#     settings alternated round after round.
# Times are wall-clock seconds of a whole run, reading and writing included;
# the best of BENCH_REPEAT runs (default 3) is kept, as machines are shared.
# The data comes from ../shared (or PRECIS_SHARED_DIR); the synthetic
# clusters are made in a temporary folder with python3 and removed afterwards.
#
#   usage: scripts/bench-datasets.sh BUILD_DIR
#   env:   BENCH_SIZES="1000 10000 28806"  BENCH_REPEAT=3  BENCH_METHODS="lead ilp ..."
#          BENCH_SCALING_METHODS="coverage lead"  BENCH_EVAL_JOBS="1 2"
#          PRECIS_BENCH_RESULTS (a file each figure is appended to as a JSON line,
#          for scripts/bench-summary.py)
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
sizes=${BENCH_SIZES:-1000 10000 28806}
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

# record GROUP NAME VALUE UNIT: one JSON line for scripts/bench-summary.py.
record() {
  [ -n "${PRECIS_BENCH_RESULTS:-}" ] || return 0
  printf '{"group": "%s", "name": "%s", "value": %s, "unit": "%s"}\n' "$1" "$2" "$3" "$4" \
    >>"$PRECIS_BENCH_RESULTS"
}

# Microseconds (best of $repeat) of: precis summarize <input> -m <method>
# --format json; the peak resident memory in KB of the runs goes to $peak_kb.
peak_kb=0
seconds() {
  local input=$1 method=$2 best="" start end t kb
  peak_kb=0
  for ((r = 0; r < repeat; r++)); do
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/kb" "$precis" summarize "$input" -m "$method" --format json \
      -q >/dev/null
    kb=$(tail -n 1 "$work/kb")
    end=$(date +%s%N)
    t=$(((end - start) / 1000))  # microseconds
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
    if [[ "$kb" =~ ^[0-9]+$ ]] && [ "$kb" -gt "$peak_kb" ]; then peak_kb=$kb; fi
  done
  echo "$best"
}

work=$(mktemp -d "${TMPDIR:-/tmp}/precis-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# A copy is timed, not the file the linker just wrote: the page cache may
# hold a freshly written binary in large folios, which adds megabytes to
# every run's peak resident memory (measured: 10.3 MB against 6.5 MB for a
# copy on a tiny input).
cp "$precis" "$work/precis"
precis=$work/precis

clusters=$(grep -c . "$duc")
echo "== DUC 2002: $clusters clusters, one process per method ($duc)"
printf '%-12s %10s %12s %12s\n' method seconds clusters/s ms/cluster
for m in "${methods[@]}"; do
  us=$(seconds "$duc" "$m")
  awk -v m="$m" -v us="$us" -v n="$clusters" \
    'BEGIN { printf "%-12s %10.2f %12.1f %12.2f\n", m, us / 1e6, n / (us / 1e6), us / 1e3 / n }'
  record duc-process "$m" "$(awk -v us="$us" -v n="$clusters" 'BEGIN { printf "%.3f", us / 1e3 / n }')" ms
done

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

if [ -n "${BENCH_SCALING_METHODS:-}" ]; then
  read -r -a scaling_methods <<<"$BENCH_SCALING_METHODS"
else
  scaling_methods=(coverage lead)
fi
echo
echo "== Scaling: one cluster of Multi-News background articles (${size_list[*]} articles)"
printf '%-10s %8s %10s %9s %10s %8s\n' method articles input_MB seconds peak_MB ratio
for m in "${scaling_methods[@]}"; do
  first_n="" first_us="" n="" us=""
  for n in "${size_list[@]}"; do
    input=$work/synthetic-$n.jsonl
    # Not us=$(seconds ...): a subshell would lose peak_kb.
    seconds "$input" "$m" >"$work/us"
    us=$(cat "$work/us")
    bytes=$(stat -c %s "$input")
    awk -v m="$m" -v n="$n" -v b="$bytes" -v us="$us" -v kb="$peak_kb" 'BEGIN {
      printf "%-10s %8d %10.1f %9.2f %10.1f %7.1fx\n", m, n, b / 1048576, us / 1e6, kb / 1024,
             kb * 1024 / b }'
    record "scaling-$m" "$n seconds" "$(awk -v us="$us" 'BEGIN { printf "%.3f", us / 1e6 }')" s
    record "scaling-$m" "$n peak" "$(awk -v kb="$peak_kb" 'BEGIN { printf "%.1f", kb / 1024 }')" MiB
    record "scaling-$m" "$n ratio" "$(awk -v kb="$peak_kb" -v b="$bytes" 'BEGIN { printf "%.2f", kb * 1024 / b }')" x
    [ -z "$first_n" ] && first_n=$n && first_us=$us
  done
  awk -v m="$m" -v n0="$first_n" -v n1="$n" -v t0="$first_us" -v t1="$us" 'BEGIN {
    if (n1 > n0) printf "%-10s growth exponent %d -> %d articles: %.2f\n", m, n0, n1,
                        log(t1 / t0) / log(n1 / n0) }'
  if [ "$n" -gt "$first_n" ]; then
    record "scaling-$m" "exponent $first_n-$n" \
      "$(awk -v n0="$first_n" -v n1="$n" -v t0="$first_us" -v t1="$us" \
        'BEGIN { printf "%.3f", log(t1 / t0) / log(n1 / n0) }')" ""
  fi
done

echo
echo "== A stream of clusters: Multi-News background clusters in one run (best of $repeat)"
printf '%-10s %10s %12s\n' clusters seconds clusters/s
gzip -dc "$background" | sed -n '1,1000p' >"$work/stream-1000.jsonl"  # sed reads it all: no SIGPIPE
gzip -dc "$background" >"$work/stream-all.jsonl"
for input in "$work/stream-1000.jsonl" "$work/stream-all.jsonl"; do
  us=$(seconds "$input" coverage)
  n=$(grep -c . "$input")
  awk -v n="$n" -v us="$us" 'BEGIN { printf "%-10d %10.2f %12.1f\n", n, us / 1e6, n / (us / 1e6) }'
  record stream "$n clusters" "$(awk -v n="$n" -v us="$us" 'BEGIN { printf "%.1f", n / (us / 1e6) }')" clusters/s
done

multinews=$shared/data/multinews-val/clusters.jsonl
if [ -r "$multinews" ]; then
  read -r -a job_list <<<"${BENCH_EVAL_JOBS:-1 2}"
  declare -A best_eval=()
  for ((r = 0; r < repeat; r++)); do
    for j in "${job_list[@]}"; do
      start=$(date +%s%N)
      "$precis" eval "$multinews" --words 260 --jobs "$j" -q >/dev/null
      end=$(date +%s%N)
      t=$(((end - start) / 1000))
      if [ -z "${best_eval[$j]:-}" ] || [ "$t" -lt "${best_eval[$j]}" ]; then best_eval[$j]=$t; fi
    done
  done
  n=$(grep -c . "$multinews")
  echo
  echo "== precis eval: $n Multi-News dev clusters, 260 words (whole run, best of $repeat)"
  printf '%-6s %10s %12s\n' jobs seconds clusters/s
  for j in "${job_list[@]}"; do
    awk -v j="$j" -v us="${best_eval[$j]}" -v n="$n" \
      'BEGIN { printf "%-6s %10.2f %12.1f\n", j, us / 1e6, n / (us / 1e6) }'
    record eval "jobs $j" "$(awk -v us="${best_eval[$j]}" -v n="$n" 'BEGIN { printf "%.1f", n / (us / 1e6) }')" clusters/s
  done
fi
