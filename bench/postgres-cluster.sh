#!/usr/bin/env bash
# A throwaway PostgreSQL server from Debian's `postgresql` package (installed with apt-get when missing), for the CI run
# against an external database and for bench/two-instances.sh.
#   bench/postgres-cluster.sh start DIR PORT   initdb into DIR (must not exist), start on localhost:PORT, create the
#                                              database `storeops` owned by user `storeops` (password `storeops`)
#   bench/postgres-cluster.sh stop DIR         stop the server fast (its data is thrown away by the caller)
# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user (runuser).
set -euo pipefail
command=${1:?start or stop}
dir=${2:?data directory}

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$bin" ]; then
    echo "Installing Debian's postgresql" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    port=${3:?port}
    bin=$(pg_bin)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir" && chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 \
      --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=localhost -c max_connections=200 -c timezone=UTC" start >/dev/null
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
      -c "create user storeops password 'storeops'" -c "create database storeops owner storeops" >/dev/null
    echo "jdbc:postgresql://localhost:$port/storeops"
    ;;
  stop)
    bin=$(pg_bin)
    [ -f "$dir/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
  *)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
