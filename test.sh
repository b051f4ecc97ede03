#!/usr/bin/env bash
# Runs every test. Starts a throwaway PostgreSQL server (installing the OS package when missing) on a
# loopback port, runs the whole solution's tests against it and SQLite, and stops the server afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ]; then
  echo "test.sh: installing PostgreSQL (Debian package postgresql)…" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; fi
fi
bin="$(pg_bin)"

# Browser tests and PDF dossiers drive Debian's headless Chromium; install it the same way when missing.
if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing Chromium (Debian packages chromium, chromium-driver)…" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null; fi
fi

# PostgreSQL refuses to run as root: as root, run it as the postgres system user.
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgdir="$(mktemp -d /tmp/attest-pg.XXXXXX)"
[ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"

stop_pg() {
  run_pg "$bin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_pg EXIT

run_pg "$bin/initdb" -D "$pgdir/data" -U attest --auth=trust -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 \
  || { cat "$pgdir/initdb.log" >&2; exit 1; }
run_pg "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pgdir -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$pgdir/server.log" >&2; exit 1; }
echo "test.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port" >&2

# Each PostgreSQL test creates and drops its own database through this administrative connection.
export ATTEST_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=attest;Database=postgres;Pooling=false"

rm -rf "$root/TestResults"
dotnet build Attest.sln -c Release -nologo -v quiet
status=0
dotnet test Attest.sln -c Release --no-build -nologo --results-directory "$root/TestResults" \
  --logger "trx" 2>&1 | tee "$pgdir/test.log" || status=$?

# One plain closing line for CI readers: the totals over every test project.
python3 - "$root/TestResults" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find(".//{*}Counters")
    if c is not None:
        passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)); skipped += int(c.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
