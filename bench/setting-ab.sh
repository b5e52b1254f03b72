#!/usr/bin/env bash
# One side of an A/B of a server setting, on latency at a constant rate (how the H2 write delay was chosen; README,
# Performance). Starts target/kpi-policy.jar on a fresh H2 file database with the given JVM options and database URL
# suffix, warms it up with closed-loop load, then runs RUNS rate runs and prints, per run, p50/p99 (wrk2-style, from
# bench/LoadDriver.java) and the server's CPU per request; then the GCs started by a humongous allocation (G1), and
# the young and full pauses of the measured runs (from -Xlog:gc). Run the two sides alternately, more than once each:
#   bench/setting-ab.sh delay-100 "" ""
#   bench/setting-ab.sh delay-500 "" ";WRITE_DELAY=500"
# With MODE=batch it measures batches instead (how H2's page compression was chosen): WARM_BATCHES batches of 10,000
# to warm up, then BATCHES measured, each timed; the server's CPU per item and the database's size after them, e.g.:
#   MODE=batch bench/setting-ab.sh uncompressed "" ";COMPRESS=FALSE"
# With MODE=closed it measures closed-loop throughput instead (how the immutable evaluation KieBase and fewer Tomcat
# workers were compared): RUNS runs of RATE_SECONDS over 8 connections, each with the server's CPU per request.
# With MODE=reload it measures rules reloads (how the evaluation rules' class lookups were compared): after the
# closed-loop warm-up, RELOAD_BATCHES batches of 10,000 (a quarter end; 0 for none), then RELOADS reloads, each after
# a comment appended to the copy of scoring.drl; it prints every reload's buildMillis and the median of the last
# twenty (the JIT warms over the first ten), e.g. two builds alternated:
#   MODE=reload JAR=/tmp/kpi-before.jar bench/setting-ab.sh before "" ""
# With RELOAD_EVERY=N (rate mode) an analyst reloads the rules every N seconds during each rate run (an edit to the
# copy of scoring.drl, then POST /api/v1/rulesets/reload), to compare the tail with and without reloads, e.g.:
#   RELOAD_EVERY=2 bench/setting-ab.sh reloading "" ""      against      bench/setting-ab.sh quiet "" ""
# With BATCH_DURING=1 (rate mode) batches of 10,000 run back to back during each rate run (a quarter end while HR
# systems still send single evaluations); each rate run then waits for the batch in flight and prints each batch's
# rate (its server CPU per request then counts the batches' CPU too), e.g.:
#   RATE=100 BATCH_DURING=1 bench/setting-ab.sh quarter-end-singles "" ""   against   RATE=100 bench/setting-ab.sh singles "" ""
# JAR= names another build (e.g. a copy of target/kpi-policy.jar from before a change); a Spring setting can be
# given as a JVM option, e.g.:
#   MODE=closed WARMUP_SECONDS=120 bench/setting-ab.sh workers-4 "-Dserver.tomcat.threads.max=4" ""
# Settings (environment): PORT=18090 WARMUP_SECONDS=60 RATE=1000 RATE_SECONDS=30 RUNS=2 REQUEST=saas-all-guardrails
#   MODE=rate (or batch, or closed, or reload) WARM_BATCHES=6 BATCHES=4 RELOAD_BATCHES=6 RELOADS=30 RELOAD_EVERY=0
#   BATCH_DURING=0 BATCH_ITEMS=10000 (the requests in each batch of every mode) JAR=target/kpi-policy.jar
#   SERVER_JAVA_OPTS="-Xms512m -Xmx512m -XX:+UseParallelGC" (the options README recommends; the given JVM options come
#   after them, so another collector is compared by setting this, e.g. SERVER_JAVA_OPTS="-Xms512m -Xmx512m" for G1).
# Needs the packaged jar: mvn -B -q -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/.."
LABEL=${1:?label}
JVM_OPTS=${2:-}
URL_SUFFIX=${3:-}
PORT=${PORT:-18090}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
RATE=${RATE:-1000}
RATE_SECONDS=${RATE_SECONDS:-30}
RUNS=${RUNS:-2}
MODE=${MODE:-rate}
JAR=${JAR:-target/kpi-policy.jar}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}
WARM_BATCHES=${WARM_BATCHES:-6}
BATCHES=${BATCHES:-4}
RELOAD_BATCHES=${RELOAD_BATCHES:-6}
RELOADS=${RELOADS:-30}
RELOAD_EVERY=${RELOAD_EVERY:-0}
BATCH_DURING=${BATCH_DURING:-0}
BATCH_ITEMS=${BATCH_ITEMS:-10000}
BODY="$PWD/bench/requests/${REQUEST:-saas-all-guardrails}.json"
BENCH_HASH='$2a$10$YGaZEEfl/COdOjUK.MhSku/n9c65TjY2b34u3pD5m4LLJY1IB2Fpa'
URL="http://bench:bench-load-key@127.0.0.1:$PORT/api/v1/evaluations"
WORK=$(mktemp -d /tmp/kpi-setting-ab.XXXXXX)
SERVER_PID=""
RELOADER_PID=""
BATCHER_PID=""
cleanup() {
  [ -n "$RELOADER_PID" ] && { kill "$RELOADER_PID" 2>/dev/null || true; }
  [ -n "$BATCHER_PID" ] && { kill "$BATCHER_PID" 2>/dev/null || true; }
  [ -n "$SERVER_PID" ] && { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
  rm -rf "$WORK/db"
  echo "logs kept in $WORK"
}
trap cleanup EXIT

javac -d "$WORK/driver" bench/LoadDriver.java
driver() { timeout 700 java -Xmx512m -cp "$WORK/driver" LoadDriver "$@"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
# An analyst's edit (a comment appended to the copy of scoring.drl) and a reload; prints "<HTTP status> <buildMillis>".
reload_once() {
  local r
  echo "// bench reload $1 $(date +%s%N)" >> "$WORK/rules/scoring.drl"
  r=$(curl -s --max-time 30 -w ' %{http_code}' -u bench:bench-load-key -X POST \
    "http://127.0.0.1:$PORT/api/v1/rulesets/reload" || true)
  echo "${r##* } $(echo "$r" | grep -o '"buildMillis":[0-9]*' | cut -d: -f2)"
}
# Every RELOAD_EVERY seconds until killed, one reload_once line per reload to $1.
reload_every() {
  local i=0
  while sleep "$RELOAD_EVERY"; do
    i=$((i + 1))
    reload_once "during load $i" >> "$1"
  done
}
# $1 batches of BATCH_ITEMS requests, one after the other, labelled $2; one driver line for all of them.
batches() { driver --mode batch --url "$URL/batch" --body "$BODY" --items "$BATCH_ITEMS" --batches "$1" --label "$2"; }
# Batches back to back until $2 exists, one driver line per batch to $1.
batch_until() {
  local i=0
  until [ -e "$2" ]; do
    i=$((i + 1))
    batches 1 "batch$i" >> "$1"
  done
}
cp -r rules "$WORK/rules"

# shellcheck disable=SC2086 # JVM_OPTS is a list of options
java $SERVER_JAVA_OPTS $JVM_OPTS -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --server.port="$PORT" \
  --server.address=127.0.0.1 --spring.datasource.url="jdbc:h2:file:$WORK/db/kpi$URL_SUFFIX" \
  --kpi.rules.dir="$WORK/rules" --kpi.rules.cache-dir="$WORK/rules-cache" --kpi.rules.watch=false \
  "--kpi.security.users[0].name=bench" \
  "--kpi.security.users[0].password-hash=$BENCH_HASH" "--kpi.security.users[0].roles=HR_SYSTEM,ANALYST" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
driver --mode first --url "$URL" --body "$BODY" --since-millis "$(date +%s%3N)" --timeout-seconds 90 --label "$LABEL"
if [ "$MODE" = batch ]; then
  batches "$WARM_BATCHES" "$LABEL-warmup" >/dev/null
else
  driver --mode closed --url "$URL" --body "$BODY" --connections 8 --seconds "$WARMUP_SECONDS" --label "$LABEL-warmup" >/dev/null
fi
humongous_before=$(grep -c 'Humongous' "$WORK/gc.log" || true)
rate_start=$(awk -F'[][s]' '{t=$2} END {print t+0}' "$WORK/gc.log")
if [ "$MODE" = batch ]; then
  t0=$(cpu_ticks)
  batches "$BATCHES" "$LABEL"
  t1=$(cpu_ticks)
  echo "$LABEL server_cpu_per_item=$(( (t1 - t0) * 1000000 / $(getconf CLK_TCK) / (BATCHES * BATCH_ITEMS) ))us database=$(du -sh "$WORK/db" | cut -f1)"
  RUNS=0
fi
if [ "$MODE" = reload ]; then
  [ "$RELOAD_BATCHES" -gt 0 ] && batches "$RELOAD_BATCHES" "$LABEL-quarter-end" >/dev/null
  ms=()
  t0=$(cpu_ticks); w0=$(date +%s%3N)
  for i in $(seq 1 "$RELOADS"); do
    ms+=("$(reload_once "$i" | cut -d' ' -f2)")
  done
  t1=$(cpu_ticks); w1=$(date +%s%3N)
  last=("${ms[@]:$(( RELOADS > 20 ? RELOADS - 20 : 0 ))}")
  echo "$LABEL reloads build_ms=${ms[*]} median_of_last_${#last[@]}=$(printf '%s\n' "${last[@]}" | sort -n \
    | awk '{v[NR]=$1} END {print (NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2)}')"
  # The server's CPU over the reloads' wall time: above 1 core, something beside the builds (H2's housekeeping, the JIT).
  echo "$LABEL reloads server_cpu=$(( (t1 - t0) * 1000 / $(getconf CLK_TCK) ))ms over $(( w1 - w0 ))ms database=$(du -sh "$WORK/db" | cut -f1)"
  RUNS=0
fi
for run in $(seq 1 "$RUNS"); do
  t0=$(cpu_ticks)
  if [ "$MODE" = closed ]; then
    out=$(driver --mode closed --url "$URL" --body "$BODY" --connections 8 --seconds "$RATE_SECONDS" --label "$LABEL-closed$run")
  else
    if [ "$RELOAD_EVERY" -gt 0 ]; then
      reload_every "$WORK/reloads-run$run.txt" & RELOADER_PID=$!
    fi
    if [ "$BATCH_DURING" = 1 ]; then
      batch_until "$WORK/batches-run$run.txt" "$WORK/stop-batches-run$run" & BATCHER_PID=$!
    fi
    out=$(driver --mode rate --url "$URL" --body "$BODY" --connections 32 --rate "$RATE" --seconds "$RATE_SECONDS" \
            --max-requests $((RATE * RATE_SECONDS + 1)) --label "$LABEL-rate$run")
    if [ -n "$RELOADER_PID" ]; then
      kill "$RELOADER_PID" 2>/dev/null || true; wait "$RELOADER_PID" 2>/dev/null || true; RELOADER_PID=""
    fi
    if [ -n "$BATCHER_PID" ]; then
      # The batch in flight ends first, so that the next run starts on an idle server.
      touch "$WORK/stop-batches-run$run"; wait "$BATCHER_PID" 2>/dev/null || true; BATCHER_PID=""
    fi
  fi
  t1=$(cpu_ticks)
  requests=$(echo "$out" | grep -o 'requests=[0-9]*' | cut -d= -f2)
  echo "$out server_cpu_per_request=$(( (t1 - t0) * 1000000 / $(getconf CLK_TCK) / (requests > 0 ? requests : 1) ))us"
  if [ -f "$WORK/batches-run$run.txt" ]; then
    echo "$LABEL-rate$run batches during the run: $(grep -o '=[0-9]*/s([^,]*' "$WORK/batches-run$run.txt" | tr '\n' ' ')"
  fi
  if [ -f "$WORK/reloads-run$run.txt" ]; then
    echo "$LABEL-rate$run reloads during the run (status build_ms): $(tr '\n' ',' < "$WORK/reloads-run$run.txt")"
  fi
done
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
echo "$LABEL humongous-triggered GCs (G1) in the measured runs: $(( $(grep -c 'Humongous' "$WORK/gc.log" || true) - humongous_before ))"
# Pauses logged after the warm-up: "[12.345s][info][gc] GC(7) Pause Young (Normal) (...) 300M->90M(391M) 5.432ms"
pauses() {
  awk -F'[][]' -v from="$rate_start" -v kind="$1" '$0 ~ kind {t=$2; sub(/s$/,"",t); if (t+0 > from) {ms=$NF; sub(/.* /,"",ms); sub(/ms$/,"",ms); print ms}}' \
    "$WORK/gc.log" | sort -n | awk -v l="$LABEL" -v what="$2" '{p[NR]=$1; s+=$1}
      END {if (NR) {i=int(NR*0.9); if (i<1) i=1; m=int((NR+1)/2)
           printf "%s %s in the measured runs: %d, median %.1f ms, p90 %.1f ms, max %.1f ms, total %.0f ms\n", l, what, NR, p[m], p[i], p[NR], s}
           else printf "%s %s in the measured runs: none\n", l, what}'
}
pauses 'Pause Young' 'young pauses'
pauses 'Pause Full' 'full pauses'
