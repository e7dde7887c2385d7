#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests of Axcelerate.HubSpot.PostgreSql, on 127.0.0.1 with trust authentication
# (local test use only; never point it at anything that matters).
#
#   eng/postgres.sh start   start the cluster (initdb on first use) and print its connection string on stdout
#   eng/postgres.sh env     print `export AXCELERATE_HUBSPOT_POSTGRES=...` for eval, starting the cluster if needed
#   eng/postgres.sh stop    stop the cluster and delete its directory
#   eng/postgres.sh halt    stop the cluster but keep its directory, so the next start skips initdb (what the tests do)
#   eng/postgres.sh status  say whether it runs
#
# When AXCELERATE_HUBSPOT_POSTGRES is set, a server was given: start/env print it and nothing is started or stopped.
# The cluster lives in $AXCELERATE_HUBSPOT_POSTGRES_DIR (default: a directory in /tmp named after this checkout, so
# start and stop from one checkout agree and two checkouts never share a cluster). It uses the distribution's binaries
# (/usr/lib/postgresql/<version>/bin, the newest version) or initdb/pg_ctl on PATH. PostgreSQL refuses to run as root:
# as root the cluster belongs to, and runs as, the `postgres` user the distribution's package creates.
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
checkout_id="$(printf '%s' "$repo_root" | cksum | cut -d' ' -f1)"
state_dir="${AXCELERATE_HUBSPOT_POSTGRES_DIR:-${TMPDIR:-/tmp}/axcelerate-hubspot-pg-$checkout_id}"
data_dir="$state_dir/data"
port_file="$state_dir/port"

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
      echo "$candidate"
      return 0
    fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

# Runs a PostgreSQL binary as the cluster's owner: the postgres user when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      log "running as root, but there is no 'postgres' user to run PostgreSQL as (install the distribution's postgresql package)"
      exit 1
    fi
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

connection_string() {
  echo "Host=127.0.0.1;Port=$(cat "$port_file");Username=postgres;Database=postgres"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

is_running() {
  [ -f "$data_dir/postmaster.pid" ] && [ -f "$port_file" ] && as_owner "$bin/pg_ctl" status -D "$data_dir" >/dev/null 2>&1
}

init() {
  mkdir -p "$state_dir"
  chmod 755 "$state_dir"
  if [ ! -f "$data_dir/PG_VERSION" ]; then
    rm -rf "$data_dir"
    mkdir -p "$data_dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$data_dir"; fi
    chmod 700 "$data_dir"
    log "initdb $data_dir ($bin)"
    as_owner "$bin/initdb" -D "$data_dir" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$state_dir/initdb.log" 2>&1 \
      || { cat "$state_dir/initdb.log" >&2; exit 1; }
  fi
}

start() {
  if is_running; then
    connection_string
    return 0
  fi

  init
  local attempt port
  for attempt in 1 2 3 4 5; do
    port="$(free_port)"
    echo "$port" >"$port_file"
    # Sockets only on 127.0.0.1 and in the cluster's own directory; fsync off: a test cluster need not survive a crash.
    if as_owner "$bin/pg_ctl" start -D "$data_dir" -w -t 60 -l "$data_dir/server.log" \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        >/dev/null 2>&1; then
      log "started on 127.0.0.1:$port"
      connection_string
      return 0
    fi
    log "could not start on port $port (attempt $attempt)"
    if [ "$attempt" -eq 2 ]; then
      # A directory left half-deleted or damaged by an interrupted run: start over from a fresh initdb.
      log "re-creating the cluster in $data_dir"
      rm -rf "$data_dir"
      init
    fi
  done
  tail -n 20 "$data_dir/server.log" >&2 || true
  exit 1
}

halt() {
  if [ -f "$data_dir/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" stop -D "$data_dir" -m fast -w -t 60 >/dev/null 2>&1 || log "pg_ctl stop failed"
    log "stopped"
  fi
}

stop() {
  halt
  rm -rf "$state_dir"
}

command="${1:-}"
if [ -n "${AXCELERATE_HUBSPOT_POSTGRES:-}" ]; then
  case "$command" in
    start) echo "$AXCELERATE_HUBSPOT_POSTGRES"; exit 0 ;;
    env) printf 'export AXCELERATE_HUBSPOT_POSTGRES=%q\n' "$AXCELERATE_HUBSPOT_POSTGRES"; exit 0 ;;
    stop|halt) log "AXCELERATE_HUBSPOT_POSTGRES is set: a server was given, nothing to stop"; exit 0 ;;
    status) echo "given: AXCELERATE_HUBSPOT_POSTGRES"; exit 0 ;;
  esac
fi

case "$command" in
  start|env|stop|halt|status) ;;
  *) echo "usage: $0 start|env|stop|halt|status" >&2; exit 2 ;;
esac

if ! bin="$(find_bin)"; then
  if [ "$command" = "stop" ] || [ "$command" = "halt" ] || [ "$command" = "status" ]; then
    [ "$command" = "status" ] && echo "stopped"
    rm -rf "$state_dir"
    exit 0
  fi
  log "no PostgreSQL binaries found (looked in /usr/lib/postgresql/*/bin and PATH); install them, e.g. 'apt-get install postgresql', or set AXCELERATE_HUBSPOT_POSTGRES to a server's connection string"
  exit 1
fi

case "$command" in
  start) start ;;
  env) printf 'export AXCELERATE_HUBSPOT_POSTGRES=%q\n' "$(start)" ;;
  stop) stop ;;
  halt) halt ;;
  status) if is_running; then echo "running: $(connection_string)"; else echo "stopped"; fi ;;
esac
