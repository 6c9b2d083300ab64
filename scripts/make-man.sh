#!/usr/bin/env bash
# Writes precis(1) from `precis --help` and every command's --help with help2man:
#   make-man.sh PRECIS_BINARY OUT
# The commands are those `precis --help` lists (the verb registry).
set -euo pipefail
precis=$1 out=$2
mkdir -p "$(dirname "$out")"
include=$(mktemp)
trap 'rm -f "$include"' EXIT
{
  echo "[COMMANDS]"
  "$precis" --help | awk '/^commands:/ {on=1; next} /^$/ {on=0} on && /^  [a-z]/ {print $1}' |
    while read -r verb; do
      echo ".SS \"precis $verb\""
      echo ".nf"
      # Roff: a backslash is \e, and a line must not start with . or '.
      "$precis" "$verb" --help | sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
      echo ".fi"
    done
  echo "[EXIT STATUS]"
  "$precis" --help | awk '/^exit status:/ {on=1; next} /^$/ {on=0} on && /^  [0-9]/ {print ".TP\n" $1; $1=""; sub(/^ +/, ""); print}'
} >"$include"
help2man --no-info --section 1 --name "multi-document news summarizer with citations" \
  --include "$include" --output "$out" "$precis"
