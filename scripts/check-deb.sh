#!/usr/bin/env bash
# Builds the Debian package of a build tree with CPack and checks what it holds:
#   check-deb.sh BUILD VERSION PYTHON(0|1)
# The package goes to a temporary folder, so the build tree is left as it was.
set -euo pipefail
build=$1 version=$2 python=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 ||
  { cat "$out/cpack.log" >&2; exit 1; }
deb=$(ls "$out"/precis_"$version"_*.deb)
contents=$(dpkg-deb -c "$deb")
info=$(dpkg-deb -I "$deb")
fail=0
expect() {  # expect WHAT TEXT PATTERN
  if ! grep -Eq -- "$3" <<<"$2"; then
    echo "check-deb: $(basename "$deb"): no $1 (expected /$3/)" >&2
    fail=1
  fi
}
expect "precis binary" "$contents" ' \./usr/bin/precis$'
expect "precis-serve binary" "$contents" ' \./usr/bin/precis-serve$'
for header in precis summarizer document reader render rouge eval status version; do
  expect "header $header.h" "$contents" " \./usr/include/precis/$header\.h$"
done
for header in export json extract figures citation; do
  expect "header $header.h" "$contents" " \./usr/include/precis/$header\.h$"
done
major=${version%%.*}
expect "static library" "$contents" ' \./usr/lib/([^/ ]+/)?libprecis\.a$'
expect "shared library" "$contents" " \./usr/lib/([^/ ]+/)?libprecis\.so\.$version\$"
expect "SONAME link" "$contents" " \./usr/lib/([^/ ]+/)?libprecis\.so\.$major -> libprecis\.so\.$version\$"
expect "development link" "$contents" " \./usr/lib/([^/ ]+/)?libprecis\.so -> libprecis\.so\.$major\$"
expect "precis.pc" "$contents" ' \./usr/lib/([^/ ]+/)?pkgconfig/precis\.pc$'
expect "CMake package" "$contents" ' \./usr/lib/([^/ ]+/)?cmake/precis/precisConfig\.cmake$'
expect "CMake package version" "$contents" ' \./usr/lib/([^/ ]+/)?cmake/precis/precisConfigVersion\.cmake$'
expect "man page" "$contents" ' \./usr/share/man/man1/precis\.1(\.gz)?$'
expect "bash completion" "$contents" ' \./usr/share/bash-completion/completions/precis$'
expect "package name" "$info" '^ Package: precis$'
expect "version" "$info" "^ Version: $version$"
if [ "$python" = 1 ]; then
  expect "Python module" "$contents" ' \./usr/lib/python3/dist-packages/precis\.cpython-[0-9]+-[^ ]*\.so$'
  expect "type stubs" "$contents" ' \./usr/lib/python3/dist-packages/precis\.pyi$'
  expect "dependency on python3" "$info" '^ Depends: .*python3 \(>= 3\.'
  expect "dependency on ICU" "$info" '^ Depends: .*libicu'
fi
expect "dependency on cpp-httplib (precis-serve)" "$info" '^ Depends: .*libcpp-httplib'
# Unpacked into a scratch folder: the (static) precis summarizes the bundled example.
root=$out/root
dpkg-deb -x "$deb" "$root"
example=$(dirname "$0")/../examples/harbor-bridge
if ! "$root/usr/bin/precis" summarize "$example" --words 40 >"$out/summary.txt" 2>"$out/summary.err" ||
  [ ! -s "$out/summary.txt" ]; then
  echo "check-deb: the packaged precis did not summarize $example:" >&2
  cat "$out/summary.err" >&2
  fail=1
fi
if [ -x "$build/precis-pg" ]; then  # PostgreSQL stores from the static precis (libpq)
  expect "precis-pg binary" "$contents" ' \./usr/bin/precis-pg$'
  expect "dependency on libpq (precis-pg)" "$info" '^ Depends: .*libpq5'
fi
[ "$fail" = 0 ] && echo "check-deb: $(basename "$deb") holds the binaries, the headers, libprecis, precis.pc, the CMake package, the man page and bash completion, and summarizes"
exit "$fail"
