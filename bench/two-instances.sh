#!/usr/bin/env bash
# Two StoreOps instances on one PostgreSQL server (issue 10 §3): Debian's PostgreSQL in a throwaway cluster, the
# simulated marketplace as its own process, instance A (seeds the demo store) and instance B on the same database.
# The driver sends every batch of orders to both instances at once and stock movements to either for the given time,
# then checks with counts: each order created and stored once, on hand exact, reserved = allocations, the ledger
# consistent, every marketplace channel converged. Exits non-zero on any failure; stops everything it started.
# Usage: bench/two-instances.sh [seconds of load, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_LOAD=${1:-60}
PG_PORT=18110
MARKET_PORT=18111
PORT_A=18112
PORT_B=18113
WORK=target/two-instances
SECRET=two-instances-secret
export STOREOPS_ADMIN_PASSWORD=Test-Admin-Password-2026
export STOREOPS_MARKETPLACE_TMALL_DEMO_SECRET=$SECRET
export STOREOPS_MARKETPLACE_JD_DEMO_SECRET=$SECRET
export STOREOPS_MARKETPLACE_DOUYIN_DEMO_SECRET=$SECRET
export STOREOPS_TMALL_URL=http://localhost:$MARKET_PORT
export STOREOPS_JD_URL=http://localhost:$MARKET_PORT
export STOREOPS_DOUYIN_URL=http://localhost:$MARKET_PORT
# the simulator's shops would otherwise sell stock of their own accord, moving it behind the driver's back
export STOREOPS_MARKETPLACE_ORDER_RATE=0
export STOREOPS_DEMO_AUTO_FULFIL=false

./mvnw -q -DskipWeb=true -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
rm -rf "$WORK" && mkdir -p "$WORK"
PG_DIR=$(mktemp -d /tmp/storeops-two-instances.XXXXXX)
rmdir "$PG_DIR"

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  bench/postgres-cluster.sh stop "$PG_DIR"
  rm -rf "$PG_DIR"
}
trap cleanup EXIT

DB_URL=$(bench/postgres-cluster.sh start "$PG_DIR" $PG_PORT)
export STOREOPS_DB_URL=$DB_URL STOREOPS_DB_USER=storeops STOREOPS_DB_PASSWORD=storeops
echo "PostgreSQL: $DB_URL (data in $PG_DIR)"

PORT=$MARKET_PORT "$JAVA" -cp "$CP" io.storeops.marketplace.SimulatedMarketplaceServer $MARKET_PORT > "$WORK/marketplace.log" 2>&1 &
pids+=("$!")
market_up() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$MARKET_PORT/sim/tmall-demo/api/v1/inventory")" != "000" ]; }
for _ in $(seq 1 240); do market_up && break; sleep 0.5; done
market_up || { echo "the simulated marketplace did not start (see $WORK/marketplace.log)" >&2; exit 1; }

start_instance() { # name port demo-mode
  STOREOPS_DEMO=$3 "$JAVA" -cp "$CP" io.storeops.StoreOpsApplication --server.port="$2" \
    --storeops.marketplace.enabled=false --logging.level.root=WARN > "$WORK/$1.log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 720); do
    curl -sf "http://localhost:$2/actuator/health/readiness" >/dev/null 2>&1 && { echo "instance $1 up on port $2"; return 0; }
    sleep 0.5
  done
  echo "instance $1 did not start (see $WORK/$1.log)" >&2
  exit 1
}
# A migrates and seeds the demo store; B finds both done
start_instance a $PORT_A always
start_instance b $PORT_B never

"$JAVA" -cp "$CP" io.storeops.bench.TwoInstancesDriver $PORT_A $PORT_B $MARKET_PORT "$SECONDS_OF_LOAD" $SECRET \
  "$DB_URL" storeops storeops
