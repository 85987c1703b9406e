#!/usr/bin/env bash
# Fault run for the channel stock sync (issue 3): the simulated marketplace runs as its own process; the application
# syncs three demo channels to it while a driver sends stock movements with 30 % failed pushes and 2 s latency spikes
# injected; halfway the application is killed with SIGKILL and restarted on the same data. Afterwards the faults are
# cleared and the driver reports how long until every channel holds the exact available-to-sell of every SKU.
# Usage: bench/fault-run.sh [seconds of load, default 40]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_LOAD=${1:-40}
APP_PORT=18091
MARKET_PORT=18090
WORK=target/fault-run
export STOREOPS_ADMIN_PASSWORD=Test-Admin-Password-2026
export STOREOPS_MARKETPLACE_TMALL_DEMO_SECRET=fault-run-secret
export STOREOPS_MARKETPLACE_JD_DEMO_SECRET=fault-run-secret
export STOREOPS_MARKETPLACE_DOUYIN_DEMO_SECRET=fault-run-secret
export STOREOPS_TMALL_URL=http://localhost:$MARKET_PORT
export STOREOPS_JD_URL=http://localhost:$MARKET_PORT
export STOREOPS_DOUYIN_URL=http://localhost:$MARKET_PORT
# the simulator's demo shops would otherwise place orders that StoreOps does not reserve yet, moving their stock
export STOREOPS_MARKETPLACE_ORDER_RATE=0

./mvnw -q -DskipWeb=true -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
rm -rf "$WORK" && mkdir -p "$WORK"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start_app() {
  "$JAVA" -cp "$CP" io.storeops.StoreOpsApplication --server.port=$APP_PORT \
    --storeops.database.embedded.data-dir="$WORK/postgres" --storeops.demo.mode=always \
    --logging.level.root=WARN >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  pids+=("$APP_PID")
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "application did not start" >&2; exit 1
}

PORT=$MARKET_PORT "$JAVA" -cp "$CP" io.storeops.marketplace.SimulatedMarketplaceServer $MARKET_PORT > "$WORK/marketplace.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$MARKET_PORT/sim/tmall-demo/api/v1/inventory")" != "000" ] && break
  sleep 0.5
done
start_app
echo "application up (pid $APP_PID), demo store seeded"

"$JAVA" -cp "$CP" io.storeops.bench.FaultRunDriver $APP_PORT $MARKET_PORT "$SECONDS_OF_LOAD" fault-run-secret &
DRIVER=$!
sleep $((SECONDS_OF_LOAD / 2))
echo "kill -9 of the application (pid $APP_PID) in the middle of the load"
kill -9 "$APP_PID"
sleep 1
start_app
echo "application restarted (pid $APP_PID) on the same data"
wait "$DRIVER"
