#!/usr/bin/env bash
# The throw-away PostgreSQL server the store tests share under ctest (a fixture:
# started before the first test that needs it, stopped after the last):
#   pg-test-server.sh start|stop DIR
# Debian's `postgresql` package's initdb and pg_ctl (/usr/lib/postgresql/<version>/bin,
# or $PRECIS_PG_BIN) make a cluster in DIR, served on a unix socket in DIR only (no TCP
# port), trust authentication for the user "precis". initdb refuses root: as root, DIR
# is given to `nobody` and the server runs as it. Without PostgreSQL this does nothing
# (the tests skip). src/store/pg/test_server.h uses the server when it answers, and
# otherwise starts one of its own (a test binary run by hand).
set -euo pipefail
cmd=$1 dir=$2
bin=${PRECIS_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
as=()
[ "$(id -u)" = 0 ] && as=(runuser -u nobody --)
stop() {
  if [ -d "$dir/data" ] && [ -x "$bin/pg_ctl" ]; then
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}
case $cmd in
  start)
    if [ ! -x "$bin/initdb" ]; then
      echo "pg-test-server: no PostgreSQL (Debian: postgresql); its tests are skipped"
      exit 0
    fi
    stop
    mkdir -p "$dir"
    [ ${#as[@]} -gt 0 ] && chown nobody "$dir"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U precis -E UTF8 --locale=C --no-sync \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-k $dir -c listen_addresses='' -F" start >/dev/null || { cat "$dir/server.log"; exit 1; }
    echo "pg-test-server: serving on $dir"
    ;;
  stop) stop ;;
  *) echo "usage: pg-test-server.sh start|stop DIR" >&2; exit 2 ;;
esac
