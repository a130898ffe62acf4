#!/usr/bin/env bash
# A private, throw-away PostgreSQL server for the test suites that need a real
# server of their own (the hostile suite, two app instances on one database,
# and the outage test, which stops and starts it). It never touches the
# machine's own cluster, so stopping it disturbs nothing else.
#
#   scripts/pg-private.sh start <name> <port>   initdb if needed, start; prints the URL
#   scripts/pg-private.sh stop <name>           fast shutdown (the data stays)
#   scripts/pg-private.sh kill <name>           immediate shutdown (as a crash would)
#   scripts/pg-private.sh destroy <name>        stop and delete the data
#   scripts/pg-private.sh url <name> <port>     the URL only
#
# Data lives in ${TOBIRA_PG_ROOT:-/tmp/tobira-pg}/<name>. Installs Debian's
# postgresql package when its binaries are missing (as root, or through sudo),
# like scripts/test-all.sh does for Chromium. PostgreSQL refuses to run as
# root, so as root the server runs as the `postgres` user.
# Settings favour speed over durability (fsync off): test data only.
set -euo pipefail

root=${TOBIRA_PG_ROOT:-/tmp/tobira-pg}
cmd=${1:-}
name=${2:-}
port=${3:-}
[[ -n "$cmd" && -n "$name" ]] || { echo "usage: $0 start|stop|kill|destroy|url <name> [port]" >&2; exit 2; }
[[ "$name" =~ ^[a-z0-9_-]+$ ]] || { echo "pg-private: name must be [a-z0-9_-]+" >&2; exit 2; }
dir="$root/$name"

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [[ -n "$found" && -x "$found/initdb" ]] && { echo "$found"; return 0; }
  return 1
}

install_postgres() {
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2
  elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2
  else
    echo "pg-private: PostgreSQL is missing: apt-get install -y postgresql" >&2
    return 1
  fi
}

# Runs a PostgreSQL binary as the user that owns the data (postgres when we are root).
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() { echo "postgresql://tobira:tobira@127.0.0.1:$1/tobira"; }

case "$cmd" in
  url)
    [[ -n "$port" ]] || { echo "pg-private: url needs a port" >&2; exit 2; }
    url "$port"
    ;;
  start)
    [[ -n "$port" ]] || { echo "pg-private: start needs a port" >&2; exit 2; }
    bin=$(pg_bin || { install_postgres && pg_bin; })
    mkdir -p "$root"
    chmod 755 "$root"
    if [[ ! -f "$dir/PG_VERSION" ]]; then
      rm -rf "$dir"
      mkdir -p "$dir"
      [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
      as_owner "$bin/initdb" -D "$dir" -U tobira --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      {
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = '$dir'"
        echo "fsync = off"
        echo "synchronous_commit = off"
        echo "full_page_writes = off"
        echo "max_connections = 200"
        echo "shared_buffers = 128MB"
      } | as_owner tee -a "$dir/postgresql.conf" >/dev/null
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl" -D "$dir" -o "-p $port" -l "$dir/server.log" -w -t 60 start >/dev/null
    fi
    # The role's database, for CREATE/DROP DATABASE by the suites.
    as_owner "$bin/psql" -h "$dir" -p "$port" -U tobira -d postgres -qAtc \
      "SELECT 1 FROM pg_database WHERE datname = 'tobira'" | grep -q 1 ||
      as_owner "$bin/createdb" -h "$dir" -p "$port" -U tobira tobira
    url "$port"
    ;;
  stop | kill)
    bin=$(pg_bin) || exit 0
    [[ -f "$dir/PG_VERSION" ]] || exit 0
    mode=fast
    [[ "$cmd" == kill ]] && mode=immediate
    as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1 && as_owner "$bin/pg_ctl" -D "$dir" -m "$mode" -w stop >/dev/null
    true
    ;;
  destroy)
    "$0" stop "$name"
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop|kill|destroy|url <name> [port]" >&2
    exit 2
    ;;
esac
