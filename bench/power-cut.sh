# Sourced by the crash scripts (order-crash-run.sh, fault-run.sh): a power cut of the application and its embedded
# PostgreSQL, and a cleanup that never leaves a postgres process behind.
#
# power_cut APP_PID DATA_DIR
#   Freezes (SIGSTOP) the application JVM, the postmaster that serves DATA_DIR and every backend of it, then kills them
#   all with SIGKILL: from the freeze on nothing moves, so no process outlives another by a single instruction — as
#   close to pulling the plug as a process can get (the operating system's page cache survives, which a real power
#   cut would lose; PostgreSQL runs with fsync and synchronous_commit on, so what it acknowledged is on disk anyway).
#   Fails when a postgres process of DATA_DIR is still alive afterwards.
# stop_postgres DATA_DIR
#   SIGKILLs whatever postmaster and backends of DATA_DIR are still running (used on exit, also after a failure).

# The postmaster serving $1, if one is alive: the pid in postmaster.pid whose command line names that data directory
# (a stale file may name a pid that was reused by another process).
postmaster_of() {
  local data pid
  data=$(cd "$1" 2>/dev/null && pwd) || return 0
  [ -f "$data/postmaster.pid" ] || return 0
  pid=$(head -1 "$data/postmaster.pid" 2>/dev/null | tr -dc '0-9')
  [ -n "$pid" ] && alive "$pid" && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$data" && echo "$pid"
  return 0
}

# Whether process $1 exists and is not a zombie.
alive() {
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != "Z" ] && [ "$state" != "X" ]
}

# The children of process $1 (postgres backends of a postmaster), one line each.
children_of() {
  pgrep -P "$1" 2>/dev/null || true
}

power_cut() {
  local app=$1 data=$2 pm victims more
  pm=$(postmaster_of "$data")
  if [ -z "$pm" ]; then
    echo "power cut failed: no postmaster serves $data" >&2
    return 1
  fi
  victims="$app $pm $(children_of "$pm" | tr '\n' ' ')"
  # shellcheck disable=SC2086
  kill -STOP $victims 2>/dev/null || true
  # a backend forked between the listing and the freeze; none can follow once the postmaster is stopped
  more=$(children_of "$pm" | tr '\n' ' ')
  victims="$victims $more"
  # shellcheck disable=SC2086
  [ -n "${more// /}" ] && kill -STOP $more 2>/dev/null || true
  victims=$(echo $victims | tr ' ' '\n' | sort -un | tr '\n' ' ')
  # shellcheck disable=SC2086
  kill -KILL $victims 2>/dev/null || true
  echo "power cut: SIGKILL to the application (pid $app) and PostgreSQL (postmaster $pm and" \
    "$(($(echo $victims | wc -w) - 2)) backends) at once"
  wait "$app" 2>/dev/null || true
  local deadline=$((SECONDS + 10)) p
  for p in $victims; do
    while alive "$p" && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
    if alive "$p"; then
      echo "power cut failed: process $p is still alive" >&2
      return 1
    fi
  done
  if [ -n "$(postmaster_of "$data")" ]; then
    echo "power cut failed: a postmaster still serves $data" >&2
    return 1
  fi
}

stop_postgres() {
  local data=$1 pm
  pm=$(postmaster_of "$data")
  [ -n "$pm" ] || return 0
  # shellcheck disable=SC2046
  kill -KILL "$pm" $(children_of "$pm") 2>/dev/null || true
  echo "stopped the PostgreSQL left serving $data (postmaster $pm)"
}
