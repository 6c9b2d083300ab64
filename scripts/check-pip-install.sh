#!/usr/bin/env bash
# Installs the Python module with pip into a fresh virtual environment (made with
# --system-site-packages, no network: --no-build-isolation --no-index) from a built tree,
# and summarizes with it from outside the source tree:
#   check-pip-install.sh SOURCE_DIR BUILD_DIR PYTHON
set -euo pipefail
source_dir=$1 build=$2 python=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$python" -m venv --system-site-packages --without-pip "$tmp/env"
PRECIS_BUILD_DIR=$build "$tmp/env/bin/python" -m pip install -q --no-build-isolation --no-index \
  --no-deps "$source_dir" >"$tmp/pip.log" 2>&1 || { cat "$tmp/pip.log" >&2; exit 1; }
cd "$tmp"
"$tmp/env/bin/python" - "$tmp/env" <<'PY'
import pathlib, sys
import precis
env = pathlib.Path(sys.argv[1]).resolve()
module = pathlib.Path(precis.__file__).resolve()
assert env in module.parents, f"precis imported from {module}, not from {env}"
assert (module.parent / "precis.pyi").exists(), "no precis.pyi next to the module"
summary = precis.summarize(["The harbor bridge closed on Monday. Repairs will take six weeks."],
                           words=10)
assert str(summary) == "The harbor bridge closed on Monday.\n", str(summary)
print(f"check-pip-install: precis {precis.__version__} installed in {env.name} and working")
PY
