#!/usr/bin/env bash
# Installs the Debian 12 packages precis needs to build and test. Idempotent:
# does nothing when everything is present. Runs apt-get as root, or via sudo.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libicu-dev libstemmer-dev nlohmann-json3-dev libcli11-dev libglpk-dev
  libgumbo-dev zlib1g-dev libsqlite3-dev libcpp-httplib-dev libltdl-dev libgtest-dev libgmock-dev libbenchmark-dev libexpat1-dev
  # The PostgreSQL story store (libpq), and the throw-away server its tests start
  # (initdb/pg_ctl from /usr/lib/postgresql/15/bin; the package's own cluster is not used).
  libpq-dev postgresql
  clang libclang-rt-14-dev clang-format
  python3-dev pybind11-dev python3-setuptools python3-wheel python3-pip python3-venv
  help2man
  # The web page's test in a real browser (tests/browser/: Node drives headless chromium).
  chromium nodejs fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
