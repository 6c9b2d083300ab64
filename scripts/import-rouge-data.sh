#!/usr/bin/env bash
# Re-copies ROUGE-1.5.5's data files from the shared conformance folder into
# data/rouge/, where the build embeds them (the program never reads ../shared).
#   smart_common_words.txt  the stopword list used by -s
#   wordnet-exceptions.tsv  the WordNet-2.0 exception table used by -m
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="${PRECIS_SHARED_DIR:-$repo/../shared}/rouge"
dst="$repo/data/rouge"

for f in smart_common_words.txt wordnet-exceptions.tsv; do
  if [ ! -r "$src/$f" ]; then
    echo "import-rouge-data: cannot read $src/$f" >&2
    exit 1
  fi
done
mkdir -p "$dst"
for f in smart_common_words.txt wordnet-exceptions.tsv; do
  cp "$src/$f" "$dst/$f"
  chmod 0644 "$dst/$f"
done
echo "import-rouge-data: copied $(wc -l <"$dst/smart_common_words.txt") stopwords and" \
  "$(wc -l <"$dst/wordnet-exceptions.tsv") exceptions into data/rouge" >&2
