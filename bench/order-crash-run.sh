#!/usr/bin/env bash
# Crash run for order ingestion (F4.1–F4.3): the application runs as its own process on an embedded PostgreSQL in a
# work directory; a driver (OrderCrashDriver) seeds 200 SKUs in three warehouses and sends order batches to
# POST /api/v1/orders/batch from 4 threads at full speed, remembering every order whose batch was acknowledged (200).
# A third into the load the application is killed with SIGKILL and restarted on the same data; the driver rides it
# out. Afterwards the driver resends every order that was not acknowledged (and 2,000 acknowledged ones again) and
# checks: every acknowledged order exists exactly once, no duplicates, reserved of every stock row = the sum of its
# order allocations, on hand unchanged, the ledger check reports no mismatch. Exits non-zero if a check fails.
# Usage: bench/order-crash-run.sh [seconds of load, default 60]; BUILD_DIR=/abs/path to build elsewhere than target/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_LOAD=${1:-60}
APP_PORT=${APP_PORT:-18093}
BUILD_DIR=${BUILD_DIR:-$PWD/target}
WORK=$BUILD_DIR/order-crash-run
export STOREOPS_ADMIN_PASSWORD=Test-Admin-Password-2026

./mvnw -q -DskipWeb=true -Dspotless.check.skip=true -DbuildDir="$BUILD_DIR" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$BUILD_DIR/bench-classpath.txt" -Dmdep.includeScope=test
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="$BUILD_DIR/test-classes:$BUILD_DIR/classes:$(cat "$BUILD_DIR/bench-classpath.txt")"
rm -rf "$WORK" && mkdir -p "$WORK"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start_app() {
  "$JAVA" -cp "$CP" io.storeops.StoreOpsApplication --server.port=$APP_PORT \
    --storeops.database.embedded.data-dir="$WORK/postgres" --storeops.demo.mode=never \
    --logging.level.root=WARN >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  pids+=("$APP_PID")
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "application did not start" >&2; exit 1
}

start_app
echo "application up (pid $APP_PID) on an empty database in $WORK/postgres"

"$JAVA" -cp "$CP" io.storeops.bench.OrderCrashDriver $APP_PORT "$SECONDS_OF_LOAD" "$WORK" &
DRIVER=$!
pids+=("$DRIVER")
for _ in $(seq 1 240); do
  [ -f "$WORK/load-started" ] && break
  kill -0 "$DRIVER" 2>/dev/null || break
  sleep 0.5
done
sleep $((SECONDS_OF_LOAD / 3))
echo "kill -9 of the application (pid $APP_PID) in the middle of the load"
kill -9 "$APP_PID"
sleep 1
start_app
echo "application restarted (pid $APP_PID) on the same data"
set +e
wait "$DRIVER"
STATUS=$?
set -e
echo "application log: $WORK/app.log ($(grep -c ' ERROR ' "$WORK/app.log" || true) ERROR lines)"
exit $STATUS
