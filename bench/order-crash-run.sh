#!/usr/bin/env bash
# Power-cut run for order ingestion (F4.1–F4.3) and the coupons around it: the application runs as its own process on
# an embedded PostgreSQL in a work directory; a driver (OrderCrashDriver) seeds 200 SKUs in three warehouses (most of
# them plentiful, so orders are being allocated when the power goes, a few scarce so some wait for stock), activates a
# 下单返券 template (one coupon per new order's buyer), issues coupons to redeem, and then sends order batches to
# POST /api/v1/orders/batch from 4 threads and coupon redemptions from a fifth, remembering every acknowledged order
# (its outcome received) and redemption. A third into the load the application JVM, the postmaster and every backend
# are frozen and killed with SIGKILL at once (bench/power-cut.sh) and the application is restarted on the same data
# directory; the driver rides it out. Afterwards the driver resends what was not acknowledged (and 2,000 acknowledged
# orders again) and checks: every acknowledged order stored exactly once with the status it was acknowledged with,
# reserved of every stock row = the sum of its order allocations, on hand unchanged, the ledger check clean, every
# order's buyer holding exactly one auto-issued coupon per order, every acknowledged redemption stored once.
# Exits non-zero if any check fails; never leaves a process (postgres included) behind.
# Usage: bench/order-crash-run.sh [seconds of load, default 60]; BUILD_DIR=/abs/path to build elsewhere than target/.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/power-cut.sh
SECONDS_OF_LOAD=${1:-60}
APP_PORT=${APP_PORT:-18093}
BUILD_DIR=${BUILD_DIR:-$PWD/target}
WORK=$BUILD_DIR/order-crash-run
DATA=$WORK/postgres
export STOREOPS_ADMIN_PASSWORD=Test-Admin-Password-2026
# the simulator's demo shops would otherwise place orders of their own (which also earn 下单返券 coupons)
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
    --storeops.database.embedded.data-dir="$DATA" --storeops.demo.mode=never \
    --storeops.promotions.auto-issue-interval-ms=250 \
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

start_app
echo "application up (pid $APP_PID) on an empty database in $DATA"

"$JAVA" -cp "$CP" io.storeops.bench.OrderCrashDriver $APP_PORT "$SECONDS_OF_LOAD" "$WORK" &
DRIVER=$!
pids+=("$DRIVER")
for _ in $(seq 1 240); do
  [ -f "$WORK/load-started" ] && break
  alive "$DRIVER" || break
  sleep 0.5
done
sleep $((SECONDS_OF_LOAD / 3))
power_cut "$APP_PID" "$DATA"
start_app
echo "application restarted (pid $APP_PID) on the same data directory after the power cut"
grep -h "database system was interrupted\|redo done\|redo starts\|not properly shut down" "$WORK/app.log" | tail -3 || true
set +e
wait "$DRIVER"
STATUS=$?
set -e
echo "application log: $WORK/app.log ($(grep -c ' ERROR ' "$WORK/app.log" || true) ERROR lines)"
exit $STATUS
