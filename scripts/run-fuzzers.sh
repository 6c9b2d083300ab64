#!/usr/bin/env bash
# Runs every libFuzzer binary (*_fuzz) built in BUILD_DIR for SECONDS each,
# one after the other, starting from a copy of its seed corpus
# (fuzz/corpus/<name>/, if any) in a temporary folder, with the dictionary
# fuzz/<name>.dict when there is one. Fails when any fuzzer
# finds a crash, a leak or a timeout; the reproducer is kept and its path shown.
#
# Each input may take at most FUZZ_TIMEOUT seconds (default 10) and 2 GB;
# inputs are up to FUZZ_MAX_LEN bytes (default 65536; `make fuzz-long` uses
# 1 MB so that deep nesting and floods of attributes are reached).
# FUZZ_ONLY="read_html_fuzz rouge_fuzz" runs only those (e.g. several
# shells each running a share of them).
#
#   usage: scripts/run-fuzzers.sh BUILD_DIR SECONDS
set -euo pipefail
timeout=${FUZZ_TIMEOUT:-10}
max_len=${FUZZ_MAX_LEN:-65536}

if [ $# -ne 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 BUILD_DIR SECONDS" >&2
  exit 2
fi
build=$1
seconds=$2
root=$(cd "$(dirname "$0")/.." && pwd)
[ -d "$build" ] || { echo "run-fuzzers: no build folder $build" >&2; exit 2; }

mapfile -t fuzzers < <(find -L "$build" -maxdepth 2 -type f -name '*_fuzz' -perm -u+x | sort)
if [ -n "${FUZZ_ONLY:-}" ]; then
  chosen=()
  for fuzzer in "${fuzzers[@]}"; do
    [[ " $FUZZ_ONLY " == *" $(basename "$fuzzer") "* ]] && chosen+=("$fuzzer")
  done
  fuzzers=("${chosen[@]}")
fi
if [ ${#fuzzers[@]} -eq 0 ]; then
  echo "run-fuzzers: no *_fuzz binaries in $build (configure with -DPRECIS_FUZZ=ON)" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/precis-fuzz.XXXXXX")
failed=()
for fuzzer in "${fuzzers[@]}"; do
  name=$(basename "$fuzzer")
  corpus="$work/$name/corpus"
  artifacts="$work/$name/artifacts"
  mkdir -p "$corpus" "$artifacts"
  if [ -d "$root/fuzz/corpus/$name" ]; then
    cp -R "$root/fuzz/corpus/$name/." "$corpus/"
  fi
  dict=()
  [ -f "$root/fuzz/$name.dict" ] && dict=(-dict="$root/fuzz/$name.dict")
  log="$work/$name/log.txt"
  echo "run-fuzzers: $name for ${seconds}s"
  if "$fuzzer" "$corpus" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" >"$log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^Done ' "$log" | sed "s/^/  /" || true
  else
    echo "run-fuzzers: $name FAILED; log: $log" >&2
    tail -n 30 "$log" >&2
    ls "$artifacts" | sed "s|^|  reproducer: $artifacts/|" >&2
    failed+=("$name")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: failures in ${failed[*]} (outputs kept in $work)" >&2
  exit 1
fi
rm -rf "$work"
echo "run-fuzzers: ${#fuzzers[@]} fuzzers ran ${seconds}s each without failures"
