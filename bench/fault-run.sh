#!/usr/bin/env bash
# Fault run for the channel stock sync (issue 3, issue 10): the simulated marketplace runs as its own process; the
# application syncs three demo channels to it while a driver (FaultRunDriver) sends stock movements, each with a
# reference of its own, with 30 % failed pushes and 2 s latency spikes injected. Halfway the power goes: the
# application JVM, its embedded postmaster and every backend are frozen and killed with SIGKILL at once
# (bench/power-cut.sh), and the application is restarted on the same data directory. Afterwards the faults are
# cleared and the driver checks: every acknowledged movement exactly once in the ledger, refused ones never,
# unanswered ones at most once; the ledger check is clean; every channel holds the exact available-to-sell of every SKU
# within 180 s (and how long that took). Exits non-zero if a check fails; never leaves a process (postgres included)
# behind. Usage: bench/fault-run.sh [seconds of load, default 40]; BUILD_DIR=/abs/path to build elsewhere than target/.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/power-cut.sh
SECONDS_OF_LOAD=${1:-40}
APP_PORT=${APP_PORT:-18091}
MARKET_PORT=${MARKET_PORT:-18090}
BUILD_DIR=${BUILD_DIR:-$PWD/target}
WORK=$BUILD_DIR/fault-run
DATA=$WORK/postgres
export STOREOPS_ADMIN_PASSWORD=Test-Admin-Password-2026
export STOREOPS_MARKETPLACE_TMALL_DEMO_SECRET=fault-run-secret
export STOREOPS_MARKETPLACE_JD_DEMO_SECRET=fault-run-secret
export STOREOPS_MARKETPLACE_DOUYIN_DEMO_SECRET=fault-run-secret
export STOREOPS_TMALL_URL=http://localhost:$MARKET_PORT
export STOREOPS_JD_URL=http://localhost:$MARKET_PORT
export STOREOPS_DOUYIN_URL=http://localhost:$MARKET_PORT
# the simulator's demo shops would otherwise place orders that StoreOps does not reserve yet, moving their stock
export STOREOPS_MARKETPLACE_ORDER_RATE=0

./mvnw -q -DskipWeb=true -Dspotless.check.skip=true -DbuildDir="$BUILD_DIR" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$BUILD_DIR/bench-classpath.txt" -Dmdep.includeScope=test
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="$BUILD_DIR/test-classes:$BUILD_DIR/classes:$(cat "$BUILD_DIR/bench-classpath.txt")"
stop_postgres "$DATA"
rm -rf "$WORK" && mkdir -p "$WORK"

pids=()
cleanup() {
  local status=$? p deadline=$((SECONDS + 20))
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do
    while alive "$p" && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
    kill -KILL "$p" 2>/dev/null || true
  done
  stop_postgres "$DATA"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_app() {
  "$JAVA" -cp "$CP" io.storeops.StoreOpsApplication --server.port=$APP_PORT \
    --storeops.database.embedded.data-dir="$DATA" --storeops.demo.mode=always \
    --logging.level.root=WARN --logging.level.io.zonky.test.db.postgres.embedded=INFO >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  pids+=("$APP_PID")
  for _ in $(seq 1 600); do
    curl -sf "http://localhost:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
    alive "$APP_PID" || break
    sleep 0.5
  done
  echo "application did not start; the end of $WORK/app.log:" >&2
  tail -30 "$WORK/app.log" >&2
  exit 1
}

PORT=$MARKET_PORT "$JAVA" -cp "$CP" io.storeops.marketplace.SimulatedMarketplaceServer $MARKET_PORT > "$WORK/marketplace.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$MARKET_PORT/sim/tmall-demo/api/v1/inventory")" != "000" ] && break
  sleep 0.5
done
start_app
echo "application up (pid $APP_PID), demo store seeded"

"$JAVA" -cp "$CP" io.storeops.bench.FaultRunDriver $APP_PORT $MARKET_PORT "$SECONDS_OF_LOAD" fault-run-secret "$DATA" &
DRIVER=$!
pids+=("$DRIVER")
for _ in $(seq 1 240); do
  [ -f "$WORK/load-started" ] && break
  alive "$DRIVER" || break
  sleep 0.5
done
sleep $((SECONDS_OF_LOAD / 2))
power_cut "$APP_PID" "$DATA"
start_app
echo "application restarted (pid $APP_PID) on the same data directory after the power cut"
grep -h "not properly shut down\|redo done" "$WORK/app.log" | tail -2 || true
set +e
wait "$DRIVER"
STATUS=$?
set -e
echo "application log: $WORK/app.log ($(grep -c ' ERROR ' "$WORK/app.log" || true) ERROR lines)"
exit $STATUS
