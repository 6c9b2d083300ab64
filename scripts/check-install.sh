#!/usr/bin/env bash
# Installs a build tree to a temporary prefix (cmake --install) and checks what a user of
# the library gets: the files in their places, libprecis.so exporting only the public
# API, and a small program (tests/consumer) built against the installed package through
# pkg-config and through find_package(precis), linked shared and static, summarizing
# examples/harbor-bridge exactly as the installed `precis` does.
#   check-install.sh SOURCE BUILD
set -euo pipefail
src=$1 build=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log" >&2; exit 1; }
fail=0
check() {  # check WHAT COMMAND...
  local what=$1; shift
  if ! "$@" >"$tmp/check.log" 2>&1; then
    echo "check-install: $what failed:" >&2
    cat "$tmp/check.log" >&2
    fail=1
  fi
}
libdir=$(cd "$prefix" && ls -d lib*/pkgconfig | head -1 | xargs dirname)
version=$(sed -n 's/^Version: //p' "$prefix/$libdir/pkgconfig/precis.pc")
major=${version%%.*}
for f in bin/precis bin/precis-serve include/precis/precis.h include/precis/export.h \
         "$libdir/libprecis.a" "$libdir/libprecis.so.$version" "$libdir/pkgconfig/precis.pc" \
         "$libdir/cmake/precis/precisConfig.cmake" "$libdir/cmake/precis/precisConfigVersion.cmake" \
         share/man/man1/precis.1 share/bash-completion/completions/precis; do
  [ -e "$prefix/$f" ] || { echo "check-install: no $f" >&2; fail=1; }
done
[ "$(readlink "$prefix/$libdir/libprecis.so")" = "libprecis.so.$major" ] ||
  { echo "check-install: libprecis.so is not a link to libprecis.so.$major" >&2; fail=1; }
[ "$(readlink "$prefix/$libdir/libprecis.so.$major")" = "libprecis.so.$version" ] ||
  { echo "check-install: libprecis.so.$major is not a link to libprecis.so.$version" >&2; fail=1; }
soname=$(objdump -p "$prefix/$libdir/libprecis.so.$version" | awk '$1 == "SONAME" {print $2}')
[ "$soname" = "libprecis.so.$major" ] || { echo "check-install: SONAME is '$soname'" >&2; fail=1; }
# Only the public API is exported: no symbol of the internal namespaces.
exported=$(nm -D --defined-only -C "$prefix/$libdir/libprecis.so.$version")
internal=$(grep -E '^[0-9a-f]+ [A-Za-z] precis::(base|read|text|clean|select|render|rouge|pipeline|timeline|figures|eval|data)::' <<<"$exported" || true)
if [ -n "$internal" ]; then
  echo "check-install: libprecis.so exports internals:" >&2
  head -5 <<<"$internal" >&2
  fail=1
fi
grep -q 'precis::Summarizer::Create' <<<"$exported" ||
  { echo "check-install: libprecis.so does not export precis::Summarizer::Create" >&2; fail=1; }
# The man page and the completion script.
check "man page" grep -q 'precis summarize' "$prefix/share/man/man1/precis.1"
check "bash completion" bash -n "$prefix/share/bash-completion/completions/precis"
complete_words() {  # complete_words WORD... : what completing the last word offers
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _precis
           echo "${COMPREPLY[*]}"' _ "$prefix/share/bash-completion/completions/precis" "$@"
}
for c in "s:summarize serve stories story" "summarize --method le:lead lexrank" "timeline -i js:jsonl"; do
  read -ra words <<<"${c%%:*}"
  got=$(complete_words "$prefix/bin/precis" "${words[@]}" 2>&1)
  [ "$got" = "${c#*:}" ] ||
    { echo "check-install: completing 'precis ${c%%:*}' offers '$got', not '${c#*:}'" >&2; fail=1; }
done

example=$src/examples/harbor-bridge
expected=$("$prefix/bin/precis" summarize "$example" --words 60)
[ -n "$expected" ] || { echo "check-install: the installed precis printed nothing" >&2; fail=1; }
run_consumer() {  # run_consumer HOW PROGRAM
  local out
  if ! out=$("$2" "$example" 2>"$tmp/run.err"); then
    echo "check-install: $1: the program failed:" >&2
    cat "$tmp/run.err" >&2
    fail=1
  elif [ "$out" != "$expected" ]; then
    echo "check-install: $1: the program printed another summary than precis:" >&2
    diff <(echo "$expected") <(echo "$out") >&2 || true
    fail=1
  fi
}
cxx=${CXX:-c++}
export PKG_CONFIG_PATH=$prefix/$libdir/pkgconfig
# pkg-config, shared.
check "pkg-config --modversion" test "$(pkg-config --modversion precis)" = "$version"
check "pkg-config shared build" $cxx -o "$tmp/pc_shared" "$src/tests/consumer/consumer.cc" \
  $(pkg-config --cflags --libs precis) -Wl,-rpath,"$prefix/$libdir"
if [ -x "$tmp/pc_shared" ]; then
  check "pkg-config shared program links libprecis.so.$major" \
    grep -q "libprecis.so.$major => $prefix/$libdir/" <(ldd "$tmp/pc_shared")
  run_consumer "pkg-config, shared" "$tmp/pc_shared"
fi
# pkg-config, static: libprecis.a and the libraries of `pkg-config --static`.
static_libs=$(pkg-config --static --libs precis | sed 's/\(^\| \)-lprecis\( \|$\)/ /')
check "pkg-config static build" $cxx -o "$tmp/pc_static" "$src/tests/consumer/consumer.cc" \
  $(pkg-config --cflags precis) "$(pkg-config --variable=libdir precis)/libprecis.a" $static_libs
if [ -x "$tmp/pc_static" ]; then
  check "pkg-config static program does not need libprecis.so" \
    bash -c "! ldd '$tmp/pc_static' | grep -q libprecis"
  run_consumer "pkg-config, static" "$tmp/pc_static"
fi
# find_package(precis): precis::precis (shared) and precis::precis_static.
check "find_package configure" cmake -S "$src/tests/consumer" -B "$tmp/consumer" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Debug
check "find_package build" cmake --build "$tmp/consumer" -j1
for kind in shared static; do
  [ -x "$tmp/consumer/consumer_$kind" ] && run_consumer "find_package, $kind" "$tmp/consumer/consumer_$kind"
done
[ "$fail" = 0 ] && echo "check-install: the installed package builds and runs programs (pkg-config and find_package, shared and static)"
exit "$fail"
